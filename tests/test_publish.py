"""A published folder end to end: real builds through the CLI, read back with tools that did not write it
(ffmpeg's ebur128 and ffprobe, eyeD3, podcastparser, feedparser, webvtt-py, srt, Pillow)."""

from __future__ import annotations

import html
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import uuid
from datetime import datetime, timezone
import xml.etree.ElementTree as ET
from pathlib import Path

import eyed3
import feedparser
import podcastparser
import pytest
import srt
import webvtt
from mutagen.id3 import ID3, CTOCFlags
from PIL import Image

from conftest import SHORT_ARTICLE, decoded_seconds, ebur128, ffprobe, run_cli

BASE = "https://cdn.example.org/audio/"
ITUNES = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"
PODCAST = "{https://podcastindex.org/namespace/1.0}"
ATOM = "{http://www.w3.org/2005/Atom}"
DISCLOSURE = "This audio is created with AI assistance."
SHOW = "Example News & <Friends>"
HOSTILE = "Tom & Jerry: <script>alert(1)</script> is back"
CONFIG = f"""
[channel]
title = "{SHOW}"
link = "https://news.example.org/"
description = "Articles read aloud."
author = "Example News"
owner_name = "Audio desk"
owner_email = "audio@example.org"
image = "show.png"
category = "News"
subcategory = "Daily News"
base_url = "{BASE}"
"""
# Plain text keeps the first line as the title exactly as written, markup included.
HOSTILE_ARTICLE = f"""---
summary: Cartoon & code.
url: https://news.example.org/cartoon
---
{HOSTILE}

The studio said the show would return next week. Viewers were pleased.

The date was confirmed on Friday.
"""
CHAPTERED_ARTICLE = """---
title: Harbour bridge reopens
author: Ann Reporter
date: 2026-03-14T09:30:00+00:00
url: https://news.example.org/bridge
summary: The bridge is open again.
image: art.png
---
The harbour bridge reopened on Monday after eight months of repairs. Traffic was light in the morning.

## What changed

Engineers replaced the deck and two of the cables. The work cost less than planned.

## What comes next

A second bridge will be inspected in the spring. Officials expect no closures.
"""


def write_site(root: Path) -> Path:
    """A working folder with settings, a channel cover, an article image of the wrong shape, and two articles."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "articlecast.toml").write_text(CONFIG)
    Image.new("RGB", (1400, 1400), (200, 30, 30)).save(root / "show.png")
    Image.new("RGB", (1000, 800), (10, 120, 10)).save(root / "art.png")
    (root / "hostile.txt").write_text(HOSTILE_ARTICLE)
    (root / "bridge.md").write_text(CHAPTERED_ARTICLE)
    return root


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = write_site(tmp_path_factory.mktemp("site"))
    result = run_cli("build", "hostile.txt", "bridge.md", "-o", "out", "--fit", cwd=root)
    assert result.returncode == 0, result.stderr
    return root, root / "out"


@pytest.fixture
def copy(site, tmp_path):
    """A copy of the built site that a test may change."""
    root, _ = site
    shutil.copytree(root, tmp_path / "site")
    return tmp_path / "site"


def feed_of(out: Path) -> tuple[bytes, ET.Element]:
    data = (out / "feed.xml").read_bytes()
    channel = ET.fromstring(data).find("channel")
    assert channel is not None
    return data, channel


def items_by_id(channel: ET.Element) -> dict[str, ET.Element]:
    """Feed items keyed by their MP3's stem."""
    return {item.find("enclosure").get("url").rsplit("/", 1)[-1][:-4]: item for item in channel.findall("item")}  # type: ignore[union-attr]


def vtt_times(path: Path) -> list[tuple[int, int]]:
    return [(cue.start_time.in_milliseconds(), cue.end_time.in_milliseconds()) for cue in webvtt.read(str(path))]


def test_mp3s_are_at_the_target_loudness_by_ffmpeg(site):
    _, out = site
    for name in ("hostile", "bridge"):
        loudness, peak = ebur128(out / f"{name}.mp3")
        assert -17.0 <= loudness <= -15.0, (name, loudness)
        assert peak <= -1.0, (name, peak)


def test_disclosure_and_article_are_equally_loud(site):
    _, out = site
    times = vtt_times(out / "bridge.vtt")
    disclosure, _ = ebur128(out / "bridge.mp3", 0, times[0][1] / 1000 + 0.2)
    article, _ = ebur128(out / "bridge.mp3", times[1][0] / 1000 - 0.05)
    assert abs(disclosure - article) <= 1.0, (disclosure, article)


def test_chapters_read_by_ffprobe_eyed3_and_as_json(site):
    _, out = site
    mp3 = out / "bridge.mp3"
    chapters = ffprobe(mp3)["chapters"]
    assert [chapter["tags"]["title"] for chapter in chapters] == ["Harbour bridge reopens", "What changed", "What comes next"]
    starts = [chapter["start"] for chapter in chapters]
    ends = [chapter["end"] for chapter in chapters]
    assert starts[0] == 0 and starts == sorted(starts)
    assert starts[1:] == ends[:-1]
    assert ends[-1] <= decoded_seconds(mp3) * 1000 + 1
    # A chapter starts where its heading is spoken.
    cues = {cue.text: cue.start_time.in_milliseconds() for cue in webvtt.read(str(out / "bridge.vtt"))}
    assert starts[1:] == [cues["What changed"], cues["What comes next"]]

    tag = eyed3.load(str(mp3)).tag
    assert tag.version == (2, 3, 0)
    (toc,) = tag.table_of_contents
    assert toc.toplevel and toc.ordered
    ids = [chapter.element_id for chapter in tag.chapters]
    assert toc.child_ids == ids and len(set(ids)) == len(ids) == 3
    assert [(chapter.times.start, chapter.times.end) for chapter in tag.chapters] == list(zip(starts, ends))

    document = json.loads((out / "bridge.chapters.json").read_text())
    assert document["version"] == "1.2.0"
    assert [chapter["title"] for chapter in document["chapters"]] == [chapter["tags"]["title"] for chapter in chapters]
    assert [round(chapter["startTime"] * 1000) for chapter in document["chapters"]] == starts


def test_article_without_headings_has_no_chapters(site):
    _, out = site
    assert ffprobe(out / "hostile.mp3")["chapters"] == []
    tag = eyed3.load(str(out / "hostile.mp3")).tag
    assert not list(tag.chapters) and not list(tag.table_of_contents)
    assert not (out / "hostile.chapters.json").exists()
    assert items_by_id(feed_of(out)[1])["hostile"].find(f"{PODCAST}chapters") is None


def test_transcripts_agree_and_escape_the_title_once(site):
    _, out = site
    vtt_text = (out / "hostile.vtt").read_text()
    assert "&lt;script&gt;" in vtt_text and "&amp;lt;" not in vtt_text and "<script>" not in vtt_text
    vtt = webvtt.read(str(out / "hostile.vtt"))
    subtitles = list(srt.parse((out / "hostile.srt").read_text()))
    segments = json.loads((out / "hostile.json").read_text())
    assert segments["version"] == "1.0.0"
    segments = segments["segments"]
    assert len(vtt) == len(subtitles) == len(segments) >= 5
    assert [html.unescape(cue.text) for cue in vtt][:2] == [DISCLOSURE, HOSTILE]
    assert [subtitle.content for subtitle in subtitles][:2] == [DISCLOSURE, HOSTILE]
    assert [segment["body"] for segment in segments][:2] == [DISCLOSURE, HOSTILE]
    srt_times = [(round(s.start.total_seconds() * 1000), round(s.end.total_seconds() * 1000)) for s in subtitles]
    json_times = [(round(s["startTime"] * 1000), round(s["endTime"] * 1000)) for s in segments]
    assert vtt_times(out / "hostile.vtt") == srt_times == json_times


def test_feed_is_complete_and_escapes_the_title_once(site):
    _, out = site
    data, channel = feed_of(out)
    assert b"&lt;script&gt;" in data and b"&amp;lt;" not in data and b"&amp;amp;" not in data and b"<script>" not in data
    parsed = feedparser.parse(data)
    assert not parsed.bozo
    podcast = podcastparser.parse(BASE + "feed.xml", io.BytesIO(data))
    assert podcast["title"] == parsed.feed.title == SHOW
    assert sorted(entry.title for entry in parsed.entries) == sorted(e["title"] for e in podcast["episodes"])
    assert HOSTILE in [entry.title for entry in parsed.entries]
    assert podcast["cover_url"] == BASE + "channel_cover.png"
    assert podcast["itunes_owner"] == {"name": "Audio desk", "email": "audio@example.org"}

    assert channel.find(f"{ATOM}link").attrib == {"href": BASE + "feed.xml", "rel": "self", "type": "application/rss+xml"}  # type: ignore[union-attr]
    namespace = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
    assert channel.findtext(f"{PODCAST}guid") == str(uuid.uuid5(namespace, "cdn.example.org/audio/feed.xml"))
    assert channel.findtext(f"{PODCAST}locked") == "no"
    assert channel.findtext(f"{ITUNES}type") == "episodic"
    category = channel.find(f"{ITUNES}category")
    assert category is not None and category.get("text") == "News"
    assert category.find(f"{ITUNES}category").get("text") == "Daily News"  # type: ignore[union-attr]

    items = items_by_id(channel)
    assert items["hostile"].findtext("description") == f"Cartoon & code. {DISCLOSURE}"
    assert items["bridge"].findtext("link") == "https://news.example.org/bridge"
    assert items["bridge"].find(f"{ITUNES}image").get("href") == BASE + "bridge.png"  # type: ignore[union-attr]
    assert items["hostile"].find(f"{ITUNES}image") is None
    for name, item in items.items():
        transcripts = {t.get("type"): t.get("url") for t in item.findall(f"{PODCAST}transcript")}
        assert transcripts == {
            "text/vtt": f"{BASE}{name}.vtt",
            "application/x-subrip": f"{BASE}{name}.srt",
            "application/json": f"{BASE}{name}.json",
        }
    assert items["bridge"].find(f"{PODCAST}chapters").attrib == {  # type: ignore[union-attr]
        "url": BASE + "bridge.chapters.json",
        "type": "application/json+chapters",
    }
    for episode in podcast["episodes"]:
        (enclosure,) = episode["enclosures"]
        mp3 = out / enclosure["url"].rsplit("/", 1)[-1]
        assert enclosure["file_size"] == mp3.stat().st_size
        assert abs(episode["total_time"] - decoded_seconds(mp3)) <= 1


def test_tags_and_covers_read_by_eyed3_and_pillow(site):
    root, out = site
    hostile = eyed3.load(str(out / "hostile.mp3")).tag
    assert hostile.version == (2, 3, 0)
    assert (hostile.title, hostile.album) == (HOSTILE, SHOW)
    (picture,) = hostile.images
    assert picture.picture_type == 3 and picture.mime_type == "image/png"
    assert picture.image_data == (root / "show.png").read_bytes() == (out / "channel_cover.png").read_bytes()

    (picture,) = eyed3.load(str(out / "bridge.mp3")).tag.images
    assert picture.picture_type == 3
    assert picture.image_data == (out / "bridge.png").read_bytes()
    with Image.open(out / "bridge.png") as image:  # 1000×800 with --fit: cropped square, scaled up
        assert (image.format, image.size, image.mode) == ("PNG", (1400, 1400), "RGB")


def test_check_passes_on_a_good_folder(site):
    _, out = site
    result = run_cli("check", str(out))
    assert result.returncode == 0, result.stdout
    assert result.stdout == f"OK: feed and 2 episode(s) in {out}\n"


def test_check_reports_each_problem_on_one_line(copy):
    out = copy / "out"
    with (out / "hostile.mp3").open("ab") as handle:
        handle.write(b"\0" * 10)
    (out / "bridge.srt").write_text("this is not\nan SRT file\n")
    chapters = json.loads((out / "bridge.chapters.json").read_text())
    chapters["chapters"].reverse()
    (out / "bridge.chapters.json").write_text(json.dumps(chapters))
    Image.new("RGB", (800, 800)).save(out / "channel_cover.png")
    data, channel = feed_of(out)
    guids = [item.findtext("guid") for item in channel.findall("item")]
    (out / "feed.xml").write_bytes(data.replace(guids[1].encode(), guids[0].encode()))  # type: ignore[union-attr]

    result = run_cli("check", str(out))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    expected = [
        f"guid {guids[0]} is used by 2 items",
        "enclosure length",
        "bridge.srt: is not well-formed",
        "bridge.chapters.json: has a span",
        "channel_cover.png: is 800×800 px, outside 1400 to 3000 px",
    ]
    for fragment in expected:
        assert sum(fragment in line for line in lines) == 1, (fragment, lines)
    assert len(lines) == len(expected)


def test_check_reports_json_that_is_not_an_object_and_a_toc_that_is_not_top_level(copy):
    out = copy / "out"
    (out / "bridge.json").write_text("[]")
    (out / "bridge.chapters.json").write_text('{"version": "1.2.0", "chapters": [[]]}')
    tags = ID3(out / "bridge.mp3")
    tags.getall("CTOC")[0].flags = CTOCFlags.ORDERED
    tags.save(v2_version=3)

    result = run_cli("check", str(out))
    assert (result.returncode, result.stderr) == (1, "")
    lines = result.stdout.splitlines()
    expected = ["bridge.json: is not well-formed", "bridge.chapters.json: is not well-formed", "bridge.mp3: needs one top-level CTOC"]
    for fragment in expected:
        assert sum(fragment in line for line in lines) == 1, (fragment, lines)
    assert len(lines) == len(expected)


def test_check_accepts_linked_images_hosted_elsewhere(tmp_path, article):
    path = article(SHORT_ARTICLE.replace("---\nThe", "image: https://img.example.org/bridge.jpg\n---\nThe"), "a.md")
    settings = tmp_path / "settings.toml"
    settings.write_text(f'[channel]\ntitle = "{SHOW}"\nlink = "https://news.example.org/"\nbase_url = "{BASE}"\n')
    assert run_cli("build", str(path), "-o", str(tmp_path / "out"), "-c", str(settings)).returncode == 0
    assert b'href="https://img.example.org/bridge.jpg"' in (tmp_path / "out" / "feed.xml").read_bytes()
    result = run_cli("check", str(tmp_path / "out"))
    assert (result.returncode, result.stdout) == (0, f"OK: feed and 1 episode(s) in {tmp_path / 'out'}\n")


def test_episodes_feed_and_remove_commands(copy):
    out = copy / "out"
    listed = json.loads(run_cli("episodes", "--json", "-o", str(out)).stdout)
    assert [episode["id"] for episode in listed] == ["hostile", "bridge"]  # newest first: bridge has a 2026 date
    assert listed[1]["transcripts"]["application/x-subrip"] == "bridge.srt"
    assert [chapter["title"] for chapter in listed[1]["chapters"]][1:] == ["What changed", "What comes next"]
    assert HOSTILE in run_cli("episodes", "-o", str(out)).stdout

    assert run_cli("feed", "-o", "out", "--feed-limit", "1", cwd=copy).returncode == 0
    assert list(items_by_id(feed_of(out)[1])) == ["hostile"]
    assert len(json.loads(run_cli("episodes", "--json", "-o", str(out)).stdout)) == 2

    result = run_cli("remove", "hostile", "-o", "out", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert list(items_by_id(feed_of(out)[1])) == ["bridge"]
    assert (out / "hostile.mp3").exists()

    result = run_cli("remove", "bridge", "-o", "out", "--delete-files", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert feed_of(out)[1].findall("item") == []
    assert sorted(path.name for path in out.iterdir() if path.name.startswith("bridge")) == []

    result = run_cli("remove", "bridge", "-o", "out", cwd=copy)
    assert (result.returncode, result.stderr.count("\n")) == (1, 1)
    assert "There is no episode 'bridge'" in result.stderr


def test_an_article_named_cover_keeps_apart_from_the_channel_cover(copy):
    out = copy / "out"
    (copy / "cover.md").write_text(CHAPTERED_ARTICLE.replace("bridge", "cover"))
    result = run_cli("build", "cover.md", "-o", "out", "--fit", cwd=copy)
    assert result.returncode == 0, result.stderr
    channel_cover = out / feed_of(out)[1].find(f"{ITUNES}image").get("href").rsplit("/", 1)[-1]  # type: ignore[union-attr]
    assert channel_cover.read_bytes() == (copy / "show.png").read_bytes() != (out / "cover.png").read_bytes()

    result = run_cli("remove", "cover", "-o", "out", "--delete-files", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert channel_cover.read_bytes() == (copy / "show.png").read_bytes()
    assert run_cli("check", str(out)).returncode == 0


def test_remove_fits_a_channel_cover_that_needs_it(copy):
    Image.new("RGB", (1400, 1200)).save(copy / "show.png")
    result = run_cli("remove", "hostile", "-o", "out", cwd=copy)
    assert (result.returncode, result.stderr.count("\n")) == (1, 1) and "--fit" in result.stderr
    result = run_cli("remove", "hostile", "-o", "out", "--fit", cwd=copy)
    assert result.returncode == 0, result.stderr
    assert list(items_by_id(feed_of(copy / "out")[1])) == ["bridge"]
    with Image.open(copy / "out" / "channel_cover.png") as image:
        assert image.size == (1400, 1400)


def test_rebuild_keeps_guid_and_date_and_updates_length(copy):
    out = copy / "out"
    before = items_by_id(feed_of(out)[1])["hostile"]
    article = copy / "hostile.txt"
    article.write_text(article.read_text() + "\nA third paragraph makes the episode longer.\n")
    result = run_cli("build", "hostile.txt", "-o", "out", cwd=copy)
    assert result.returncode == 0, result.stderr
    after = items_by_id(feed_of(out)[1])
    assert sorted(after) == ["bridge", "hostile"]
    for field in ("guid", "pubDate"):
        assert after["hostile"].findtext(field) == before.findtext(field)
    length = int(after["hostile"].find("enclosure").get("length"))  # type: ignore[union-attr]
    assert length == (out / "hostile.mp3").stat().st_size != int(before.find("enclosure").get("length"))  # type: ignore[union-attr]
    assert int(after["hostile"].findtext(f"{ITUNES}duration")) > int(before.findtext(f"{ITUNES}duration"))  # type: ignore[arg-type]


def test_two_builds_into_one_folder_at_once_both_land(tmp_path):
    root = write_site(tmp_path / "site")
    command = [sys.executable, "-m", "articlecast", "build", "-o", "out", "-q", "--fit"]
    processes = [
        subprocess.Popen([*command, name], cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("hostile.txt", "bridge.md")
    ]
    outputs = [process.communicate(timeout=300) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    assert sorted(items_by_id(feed_of(root / "out")[1])) == ["bridge", "hostile"]
    listed = json.loads(run_cli("episodes", "--json", "-o", str(root / "out")).stdout)
    assert sorted(episode["id"] for episode in listed) == ["bridge", "hostile"]


@pytest.mark.parametrize("command", [["build", "hostile.txt"], ["episodes"], ["feed"], ["remove", "hostile"]])
def test_corrupt_catalog_is_refused_and_kept(tmp_path, command):
    root = write_site(tmp_path / "site")
    (root / "out").mkdir()
    garbage = b"not a database, but precious" * 100
    (root / "out" / "catalog.sqlite").write_bytes(garbage)
    result = run_cli(*command, "-o", "out", cwd=root)
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith("Error: ") and "is damaged or is not an SQLite database" in result.stderr
    assert "Traceback" not in result.stderr
    assert (root / "out" / "catalog.sqlite").read_bytes() == garbage


def test_catalog_of_another_program_is_refused(tmp_path):
    (tmp_path / "out").mkdir()
    with sqlite3.connect(tmp_path / "out" / "catalog.sqlite") as db:
        db.execute("CREATE TABLE notes (text TEXT)")
    result = run_cli("episodes", "-o", str(tmp_path / "out"))
    assert result.returncode == 1 and "another program" in result.stderr


def test_image_of_the_wrong_size_is_refused_without_fit(tmp_path):
    root = write_site(tmp_path / "site")
    result = run_cli("build", "bridge.md", "-o", "out", cwd=root)
    assert result.returncode == 1
    assert "Error: The image art.png is 1000×800 px, not square; use a square JPEG or PNG" in result.stderr
    assert "--fit" in result.stderr
    assert not (root / "out").exists()  # refused while it was read: nothing written


def test_channel_image_of_the_wrong_size_is_refused(tmp_path):
    root = write_site(tmp_path / "site")
    Image.new("RGB", (1400, 1200)).save(root / "show.png")
    result = run_cli("build", "hostile.txt", "-o", "out", cwd=root)
    assert result.returncode == 1 and "is 1400×1200 px, not square" in result.stderr
    assert not (root / "out").exists()  # refused before anything landed: no folder left behind


def test_unknown_category_is_refused(tmp_path):
    root = write_site(tmp_path / "site")
    (root / "articlecast.toml").write_text(CONFIG.replace('"Daily News"', '"Daily Newz"'))
    result = run_cli("feed", "-o", "out", cwd=root)
    assert result.returncode == 2  # a settings file that is invalid: a usage error
    assert "'Daily Newz' is not a subcategory of 'News'; use 'Daily News'" in result.stderr


def test_rebuilt_episode_loses_the_files_it_no_longer_has(tmp_path):
    from articlecast.publish.catalog import Episode
    from articlecast.publish.folder import remove_stale_files

    names = ["a.mp3", "a.vtt", "a.chapters.json", "a.png", "channel_cover.png"]
    for name in names:
        (tmp_path / name).write_text("x")
    common = dict(id="a", guid="g", title="A", description="", audio_file="a.mp3", audio_bytes=1, duration=1.0)
    dates = dict(published=datetime.now(timezone.utc), updated=datetime.now(timezone.utc), content_hash="h")
    before = Episode(**common, **dates, transcripts={"text/vtt": "a.vtt"}, chapters_file="a.chapters.json", image="a.png")
    after = Episode(**common, **dates, transcripts={"text/vtt": "a.vtt"}, image="https://example.org/a.png")
    remove_stale_files(tmp_path, before, after)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.mp3", "a.vtt", "channel_cover.png"]
