"""The podcast feed, read back with podcastparser and feedparser."""

from __future__ import annotations

import calendar
import dataclasses
import io
import json
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import feedparser
import podcastparser
import pytest

from articlecast.config import Channel, Settings
from articlecast.errors import ConfigError, PublishError
from articlecast.config import categories
from articlecast.publish import FEED_FILE, Episode, guid_for, render_feed, write_feed
from articlecast.config.categories import apple_categories

FEED_URL = "https://example.com/podcast/feed.xml"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"
CHANNEL = Channel(
    title="Read to me",
    link="https://example.com/",
    description="Articles, read aloud.",
    author="Ann Author",
    owner_name="Ann Owner",
    owner_email="ann@example.com",
    image="https://example.com/cover.png",
    category="News",
    base_url="https://example.com/podcast/",
)
T0 = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2)))
HOSTILE = '<script>alert(1)</script> & "x"'


def make_episode(id: str = "my-article", **changes: Any) -> Episode:
    episode = Episode(
        id=id,
        guid=guid_for(None, None, id),
        title=f"Title of {id}",
        description="Summary. This audio is created with AI assistance.",
        audio_file=f"{id}.mp3",
        audio_bytes=123456,
        duration=61.6,
        transcripts={"text/vtt": f"{id}.vtt"},
        published=T0,
        updated=T0,
        content_hash="hash",
        link=f"https://news.example.org/{id}",
    )
    return dataclasses.replace(episode, **changes)


EPISODES = [
    make_episode("new-one", published=T0 + timedelta(days=1), updated=T0 + timedelta(days=2), author="Bo"),
    make_episode("old one", image="https://example.com/old.png"),
]


def channel_of(data: bytes) -> ET.Element:
    channel = ET.fromstring(data).find("channel")
    assert channel is not None
    return channel


def test_podcastparser_reads_the_items() -> None:
    feed = podcastparser.parse(FEED_URL, io.BytesIO(render_feed(CHANNEL, EPISODES)))
    assert feed["title"] == "Read to me"
    assert feed["cover_url"] == "https://example.com/cover.png"
    assert feed["itunes_owner"] == {"name": "Ann Owner", "email": "ann@example.com"}
    items = feed["episodes"]
    assert [item["title"] for item in items] == ["Title of new-one", "Title of old one"]
    assert [item["guid"] for item in items] == [episode.guid for episode in EPISODES]
    assert [item["published"] for item in items] == [int(episode.published.timestamp()) for episode in EPISODES]
    assert [item["total_time"] for item in items] == [62, 62]
    assert items[1]["enclosures"] == [
        {"url": "https://example.com/podcast/old%20one.mp3", "file_size": 123456, "mime_type": "audio/mpeg"}
    ]
    assert items[0]["description"] == "Summary. This audio is created with AI assistance."
    assert items[0]["link"] == "https://news.example.org/new-one"
    assert items[0]["itunes_author"] == "Bo"
    assert items[1]["episode_art_url"] == "https://example.com/old.png"
    # podcastparser 0.6.11 only knows the podcast namespace by its old GitHub URL, so it
    # cannot see podcast:transcript; feedparser and the raw XML check it below.


def test_feedparser_reads_the_items() -> None:
    parsed = feedparser.parse(render_feed(CHANNEL, EPISODES))
    assert not parsed.bozo
    assert parsed.feed.title == "Read to me"
    assert parsed.feed.podcast_locked == "no"
    entries = parsed.entries
    assert [entry.title for entry in entries] == ["Title of new-one", "Title of old one"]
    assert [entry.id for entry in entries] == [episode.guid for episode in EPISODES]
    assert [calendar.timegm(entry.published_parsed) for entry in entries] == [
        int(episode.published.timestamp()) for episode in EPISODES
    ]
    assert entries[0].itunes_duration == "62"
    enclosure = entries[1].enclosures[0]
    assert (enclosure.href, enclosure.length, enclosure.type) == (
        "https://example.com/podcast/old%20one.mp3",
        "123456",
        "audio/mpeg",
    )
    assert entries[1].podcast_transcript == {
        "url": "https://example.com/podcast/old%20one.vtt",
        "type": "text/vtt",
        "rel": "captions",
    }


def test_item_elements() -> None:
    item = channel_of(render_feed(CHANNEL, EPISODES)).findall("item")[1]
    assert item.findtext("pubDate") == "Wed, 01 May 2024 09:30:00 +0200"
    assert item.find("guid").attrib == {"isPermaLink": "false"}  # type: ignore[union-attr]
    assert item.findtext(f"{ITUNES}explicit") == "false"
    assert item.find(f"{ITUNES}author") is None
    transcript = item.find(f"{PODCAST}transcript")
    assert transcript is not None and transcript.attrib == {
        "url": "https://example.com/podcast/old%20one.vtt",
        "type": "text/vtt",
        "rel": "captions",
    }


def test_title_is_escaped_exactly_once() -> None:
    data = render_feed(CHANNEL, [make_episode(title=HOSTILE, description=HOSTILE)])
    assert b"&lt;script&gt;" in data
    assert b"&amp;" in data
    assert b"&amp;amp;" not in data and b"&amp;lt;" not in data
    assert b"<script>" not in data
    assert podcastparser.parse(FEED_URL, io.BytesIO(data))["episodes"][0]["title"] == HOSTILE
    assert feedparser.parse(data).entries[0].title == HOSTILE
    assert channel_of(data).find("item").findtext("description") == HOSTILE  # type: ignore[union-attr]


def test_characters_xml_cannot_carry_are_dropped() -> None:
    data = render_feed(CHANNEL, [make_episode(title="Form\x0cfeed\x00")])
    assert feedparser.parse(data).entries[0].title == "Formfeed"


def test_channel_elements() -> None:
    data = render_feed(dataclasses.replace(CHANNEL, explicit=True), EPISODES)
    for namespace in (
        b'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"',
        b'xmlns:podcast="https://podcastindex.org/namespace/1.0"',
        b'xmlns:atom="http://www.w3.org/2005/Atom"',
    ):
        assert namespace in data
    channel = channel_of(data)
    assert channel.findtext("language") == "en"
    assert channel.findtext("generator") == "articlecast"
    assert channel.find(f"{ATOM}link").attrib == {  # type: ignore[union-attr]
        "href": FEED_URL,
        "rel": "self",
        "type": "application/rss+xml",
    }
    assert channel.findtext(f"{ITUNES}author") == "Ann Author"
    assert channel.find(f"{ITUNES}image").get("href") == "https://example.com/cover.png"  # type: ignore[union-attr]
    assert channel.find(f"{ITUNES}category").get("text") == "News"  # type: ignore[union-attr]
    assert channel.findtext(f"{ITUNES}explicit") == "true"
    assert channel.findtext(f"{ITUNES}type") == "episodic"
    assert channel.findtext(f"{PODCAST}locked") == "no"
    assert [item.findtext(f"{ITUNES}explicit") for item in channel.findall("item")] == ["true", "true"]


def languages_feed(configured: str | None, languages: list[str | None], feed_limit: int = 0) -> bytes:
    """A feed of episodes in ``languages``, newest first."""
    episodes = [
        make_episode(f"e{number}", language=language, published=T0 - timedelta(days=number))
        for number, language in enumerate(languages)
    ]
    return render_feed(dataclasses.replace(CHANNEL, language=configured, feed_limit=feed_limit), episodes)


@pytest.mark.parametrize(
    "configured, languages, expected",
    [
        (None, ["uk", "uk", "en"], "uk"),  # the most common
        (None, ["en", "uk", "uk", "en"], "en"),  # a tie: the newest episode's
        (None, ["en-gb", "en-gb"], "en-gb"),  # one regional code: kept
        (None, ["en-gb", "en-us", "uk"], "en"),  # counted by base language; a mix of regions gives the base
        (None, [None, "uk", None, None], "uk"),  # unknown languages do not count
        (None, [None], "en"),
        (None, [], "en"),
        ("en", ["uk", "uk"], "en"),  # configured: that wins
        ("uk", [], "uk"),
        ("EN_gb", [], "en-gb"),  # configured in another spelling: written in the feed's
    ],
)
def test_channel_language_is_configured_or_the_episodes(configured, languages, expected) -> None:
    data = languages_feed(configured, languages)
    assert podcastparser.parse(FEED_URL, io.BytesIO(data))["language"] == expected
    assert feedparser.parse(data).feed.language == expected


def test_channel_language_counts_only_the_episodes_in_the_feed() -> None:
    assert channel_of(languages_feed(None, ["ru", "uk", "uk"], feed_limit=1)).findtext("language") == "ru"


@pytest.mark.parametrize("base_url", ["https://example.com/podcast/", "https://example.com/podcast"])
def test_podcast_guid_for_a_known_url(base_url: str) -> None:
    expected = str(uuid.uuid5(uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6"), "example.com/podcast/feed.xml"))
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, base_url=base_url), []))
    assert channel.findtext(f"{PODCAST}guid") == expected
    assert channel.find(f"{ATOM}link").get("href") == FEED_URL  # type: ignore[union-attr]


def test_without_base_url_urls_are_relative_and_there_is_no_podcast_guid() -> None:
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, base_url=""), EPISODES))
    assert channel.find(f"{PODCAST}guid") is None
    assert channel.find(f"{ATOM}link").get("href") == "feed.xml"  # type: ignore[union-attr]
    item = channel.findall("item")[1]
    assert item.find("enclosure").get("url") == "old%20one.mp3"  # type: ignore[union-attr]
    assert item.find(f"{PODCAST}transcript").get("url") == "old%20one.vtt"  # type: ignore[union-attr]


def test_optional_channel_elements_are_left_out_when_empty() -> None:
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, owner_name="", owner_email="", image=""), []))
    assert channel.find(f"{ITUNES}owner") is None
    assert channel.find(f"{ITUNES}image") is None


def test_long_description_is_cut_cleanly_to_4000_bytes() -> None:
    description = "Zürich café " * 1000
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, description=description), []))
    text = channel.findtext("description") or ""
    assert len(text.encode("utf-8")) <= 4000
    assert text.endswith("café…")
    assert description.startswith(text[:-1])


def test_same_catalog_gives_the_same_bytes_and_last_build_date_is_newest_update() -> None:
    data = render_feed(CHANNEL, EPISODES)
    assert render_feed(CHANNEL, [dataclasses.replace(episode) for episode in EPISODES]) == data
    assert channel_of(data).findtext("lastBuildDate") == "Fri, 03 May 2024 09:30:00 +0200"
    assert channel_of(render_feed(CHANNEL, [])).find("lastBuildDate") is None


def test_repeated_enclosure_is_refused() -> None:
    with pytest.raises(PublishError, match=r"'a' and 'b' have the same audio_file 'same\.mp3'"):
        render_feed(CHANNEL, [make_episode("a", audio_file="same.mp3"), make_episode("b", audio_file="same.mp3")])


def test_write_feed_writes_feed_xml(tmp_path: Path) -> None:
    path = write_feed(tmp_path, CHANNEL, EPISODES)
    assert path == tmp_path / FEED_FILE
    assert path.read_bytes() == render_feed(CHANNEL, EPISODES)
    assert [entry.name for entry in tmp_path.iterdir()] == [FEED_FILE]


def test_write_feed_to_an_unwritable_folder(tmp_path: Path) -> None:
    # Tests run as root, which ignores permissions: a parent that is a regular file stops everyone.
    (tmp_path / "file").write_text("not a folder")
    with pytest.raises(PublishError, match=r"Cannot write .*feed\.xml"):
        write_feed(tmp_path / "file", CHANNEL, EPISODES)


def test_guid_for_prefers_id_then_url_then_stem() -> None:
    by_id = guid_for("abc-123", "https://example.com/a", "a")
    # Golden value: uuid5(project namespace, "id:abc-123"); guids must never change between releases.
    assert by_id == "5ad3314f-4de5-58b8-abc5-9cb27b310596"
    assert guid_for("abc-123", None, "other") == by_id
    by_url = guid_for(None, "https://example.com/a", "a")
    assert guid_for("  ", "https://example.com/a", "b") == by_url != by_id
    assert guid_for(None, None, "a") != by_url
    assert guid_for(None, "", "a") == guid_for(None, None, "a")
    assert uuid.UUID(by_url).version == 5


def test_feed_limit_keeps_the_newest_items() -> None:
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, feed_limit=1), EPISODES))
    assert [item.findtext("title") for item in channel.findall("item")] == ["Title of new-one"]
    assert len(channel_of(render_feed(dataclasses.replace(CHANNEL, feed_limit=0), EPISODES)).findall("item")) == 2


def test_local_files_become_urls_under_base_url() -> None:
    episode = make_episode(
        "local",
        image="local.jpg",
        transcripts={"text/vtt": "local.vtt", "application/x-subrip": "local.srt", "application/json": "local.json"},
        chapters_file="local.chapters.json",
    )
    channel = channel_of(render_feed(dataclasses.replace(CHANNEL, image="cover.png", subcategory="Daily News"), [episode]))
    assert channel.find(f"{ITUNES}image").get("href") == "https://example.com/podcast/cover.png"  # type: ignore[union-attr]
    assert channel.find(f"{ITUNES}category/{ITUNES}category").get("text") == "Daily News"  # type: ignore[union-attr]
    item = channel.find("item")
    assert item is not None
    assert item.find(f"{ITUNES}image").get("href") == "https://example.com/podcast/local.jpg"  # type: ignore[union-attr]
    assert [(t.get("type"), t.get("url"), t.get("rel")) for t in item.findall(f"{PODCAST}transcript")] == [
        ("text/vtt", "https://example.com/podcast/local.vtt", "captions"),
        ("application/x-subrip", "https://example.com/podcast/local.srt", "captions"),
        ("application/json", "https://example.com/podcast/local.json", None),
    ]
    assert item.find(f"{PODCAST}chapters").attrib == {  # type: ignore[union-attr]
        "url": "https://example.com/podcast/local.chapters.json",
        "type": "application/json+chapters",
    }
    parsed = feedparser.parse(render_feed(CHANNEL, [episode]))
    assert parsed.entries[0].podcast_chapters["url"] == "https://example.com/podcast/local.chapters.json"


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('category = "Newz"', "category 'Newz' is not an Apple Podcasts category; use 'News'"),
        ('category = "News"\nsubcategory = "Politic"', "'Politic' is not a subcategory of 'News'; use 'Politics'"),
        ('category = "History"\nsubcategory = "War"', "category 'History' has no subcategories"),
        ("feed_limit = -1", "feed_limit must be 0 (all episodes) or more"),
        ('language = "Ukrainian"', "language must be a language code such as en or uk, not 'Ukrainian'"),
    ],
)
def test_channel_settings_are_checked(tmp_path: Path, table: str, message: str) -> None:
    path = tmp_path / "articlecast.toml"
    path.write_text(f"[channel]\n{table}\n")
    with pytest.raises(ConfigError, match=re.escape(message)):
        Settings.load(path)


def test_apple_category_list_names_its_source() -> None:
    data = json.loads((Path(categories.__file__).parent / "apple_categories.json").read_text())
    assert "podcasters.apple.com" in data["source"]
    assert apple_categories()["News"][:2] == ("Business News", "Daily News") and len(apple_categories()) == 19


def test_non_latin_urls_are_percent_encoded_in_the_feed() -> None:
    channel = dataclasses.replace(CHANNEL, link="https://новини.example.ua/", base_url="https://cdn.example.ua/подкаст/")
    episode = make_episode("mist", link="https://news.example.ua/новини/міст", image="https://news.example.ua/фото.jpg")
    data = render_feed(channel, [episode])
    data.decode("ascii")  # every URL (and so the whole feed, whose text here is ASCII) is ASCII
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    assert parsed.feed.link == "https://" + "новини".encode("idna").decode() + ".example.ua/"
    entry = parsed.entries[0]
    assert entry.link == "https://news.example.ua/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B8/%D0%BC%D1%96%D1%81%D1%82"
    assert entry.enclosures[0].href == "https://cdn.example.ua/%D0%BF%D0%BE%D0%B4%D0%BA%D0%B0%D1%81%D1%82/mist.mp3"
    assert entry.image.href == "https://news.example.ua/%D1%84%D0%BE%D1%82%D0%BE.jpg"
