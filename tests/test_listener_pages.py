"""The listener's pages and the embed snippet, built from real episodes, read back with html5lib (strict) and webvtt-py."""

from __future__ import annotations

import dataclasses
import html
import json
import shutil
import xml.etree.ElementTree as ET

import html5lib
from hypothesis import given, settings
from hypothesis import strategies as st
import pytest
import webvtt

from articlecast.config import Channel
from articlecast.publish import Catalog
from articlecast.publish.pages import ASSETS, page_name, render_episode_page, render_show_page
from conftest import run_cli
from listener_site import build_site

XHTML = "{http://www.w3.org/1999/xhtml}"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    return build_site(tmp_path_factory.mktemp("pages"))


@pytest.fixture
def site(built, tmp_path):
    """A copy of the built folder that a test may change."""
    return shutil.copytree(built, tmp_path / "site")


def parse(data: bytes) -> ET.Element:
    """The page as a tree; html5lib in strict mode raises on any HTML parse error."""
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(data)


def text(element: ET.Element) -> str:
    return "".join(element.itertext())


def find_all(tree: ET.Element, tag: str, cls: str | None = None) -> list[ET.Element]:
    return [e for e in tree.iter(f"{XHTML}{tag}") if cls is None or cls in (e.get("class") or "").split()]


def test_pages_are_valid_html_and_escape_article_text(built):
    for name in ("harbour-bridge.html", "night-market.html", "index.html"):
        tree = parse((built / name).read_bytes())
        assert not find_all(tree, "b") and not find_all(tree, "i") and not find_all(tree, "img", None)[1:], name
        assert [e.get("src") for e in find_all(tree, "script")] == [f"player.js?{e.get('src').split('?')[1]}" for e in find_all(tree, "script")]
        assert not any(e.text for e in find_all(tree, "script")), "no inline script"
        for element in tree.iter():
            for attribute, value in element.attrib.items():
                assert not attribute.startswith("on"), (name, attribute)
                if attribute in ("src", "href"):
                    assert "://" not in value and not value.startswith("/"), f"{name}: {value} is not relative"
    bridge = parse((built / "harbour-bridge.html").read_bytes())
    assert text(find_all(bridge, "h1")[0]) == 'Harbour <b>bridge</b> reopens & "traffic" returns'
    assert "Ann <Reporter>" in text(find_all(bridge, "p", "meta")[0])
    assert text(find_all(bridge, "p", "disclosure")[0]) == "This audio is created with AI assistance."
    market = parse((built / "night-market.html").read_bytes())
    assert any("<img src=x onerror=alert(1)>" in text(e) for e in find_all(market, "span", "seg"))
    audio = find_all(bridge, "audio")[0]
    assert audio.get("controls") is not None and audio.get("src") == "harbour-bridge.mp3"


def test_read_along_segments_have_the_vtt_timings(built):
    tree = parse((built / "harbour-bridge.html").read_bytes())
    segments = find_all(tree, "span", "seg")
    cues = webvtt.read(str(built / "harbour-bridge.vtt"))
    assert len(segments) == len(cues) > 5
    for segment, cue in zip(segments, cues):
        assert float(segment.get("data-start")) == pytest.approx(_seconds(cue.start), abs=0.0015)
        assert float(segment.get("data-end")) == pytest.approx(_seconds(cue.end), abs=0.0015)
        assert text(segment) == html.unescape(cue.text)  # WebVTT escapes &, < and >
    headings = [text(h) for h in find_all(tree, "h3")]
    assert headings == ["What changed", "What comes next"]
    chapters = json.loads((built / "harbour-bridge.chapters.json").read_text())["chapters"]
    links = find_all(tree, "a")
    chapter_links = [a for a in links if (a.get("href") or "").startswith("#t=")]
    assert [text(a) for a in chapter_links] == [c["title"] for c in chapters]
    assert [float(a.get("data-start")) for a in chapter_links] == pytest.approx([c["startTime"] for c in chapters], abs=0.0015)
    # Paragraphs follow the article's: the two sentences of the first paragraph share one <p>.
    paragraph = next(p for p in find_all(tree, "p") if "reopened on Saturday" in text(p))
    assert "crossed at dawn" in text(paragraph) and "Engineers" not in text(paragraph)


def _seconds(stamp: str) -> float:
    hours, minutes, seconds = stamp.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def test_show_page_lists_episodes_newest_first_and_the_feed(built):
    tree = parse((built / "index.html").read_bytes())
    titles = [text(a) for a in find_all(tree, "a") if a.get("href", "").endswith(".html")]
    assert titles == ['Harbour <b>bridge</b> reopens & "traffic" returns', "Night market opens in Kyiv"]
    assert any(a.get("href") == "feed.xml" for a in find_all(tree, "a"))
    assert find_all(tree, "input")[0].get("value") == "feed.xml"


def test_pages_and_assets_are_written_only_when_they_change(site):
    names = ["harbour-bridge.html", "night-market.html", "index.html", *ASSETS]
    before = {name: (site / name).stat().st_mtime_ns for name in names}
    result = run_cli("feed", "-o", str(site))
    assert result.returncode == 0, result.stderr
    assert {name: (site / name).stat().st_mtime_ns for name in names} == before
    (site / "player.js").write_text("tampered")
    settings = site.parent / "articlecast.toml"
    settings.write_text('[channel]\ntitle = "Harbour <News>"\nbase_url = "https://news.example.org/audio/"\n')
    result = run_cli("feed", "-o", str(site), "-c", str(settings))
    assert result.returncode == 0, result.stderr
    assert (site / "player.js").read_text() != "tampered"
    show = parse((site / "index.html").read_bytes())
    assert text(find_all(show, "h1")[0]) == "Harbour <News>"
    assert find_all(show, "input")[0].get("value") == "https://news.example.org/audio/feed.xml"


def test_remove_takes_the_page_away_and_off_the_show_page(site):
    result = run_cli("remove", "night-market", "-o", str(site))
    assert result.returncode == 0, result.stderr
    assert not (site / "night-market.html").exists()
    assert (site / "night-market.mp3").exists()
    assert "night-market.html" not in (site / "index.html").read_text()


def test_an_episode_named_index_keeps_apart_from_the_show_page(built):
    with Catalog.open(built, create=False) as catalog:
        episode = dataclasses.replace(catalog.get("night-market"), id="index")
    assert page_name("index") == "index_episode.html" and page_name("night-market") == "night-market.html"
    show = parse(render_show_page(Channel(), [episode]))
    assert [a.get("href") for a in find_all(show, "a") if a.get("href", "").endswith(".html")] == ["index_episode.html"]
    assert parse(render_episode_page(Channel(), episode, []))  # no transcript: still a valid page


def test_embed_prints_a_snippet_for_the_episode(built):
    result = run_cli("embed", "harbour-bridge", "-o", str(built))
    assert result.returncode == 0, result.stderr
    fragment = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parseFragment(result.stdout)
    player = fragment.find("articlecast-player")
    assert player.get("src") == "harbour-bridge.mp3"
    assert player.get("title") == 'Harbour <b>bridge</b> reopens & "traffic" returns'
    assert player.get("disclosure") == "This audio is created with AI assistance."
    assert float(player.get("duration")) > 20
    assert player.find("a").get("href") == "harbour-bridge.html"
    assert fragment.find("script").get("src").startswith("embed.js?v=")
    absolute = run_cli("embed", "harbour-bridge", "-o", str(built), "--base-url", "https://news.example.org/audio")
    assert 'src="https://news.example.org/audio/harbour-bridge.mp3"' in absolute.stdout
    assert 'src="https://news.example.org/audio/embed.js?v=' in absolute.stdout


def test_embed_of_an_unknown_episode_says_so_in_one_line(built, tmp_path):
    result = run_cli("embed", "no-such-episode", "-o", str(built))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no episode 'no-such-episode'" in result.stderr
    result = run_cli("embed", "x", "-o", str(tmp_path / "empty"))
    assert result.returncode == 1 and "There is no catalog" in result.stderr


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=60), st.text(min_size=1, max_size=60), st.text(max_size=40))
def test_any_article_text_comes_out_as_the_same_text(title, body, author):
    """Whatever the article says (markup, quotes, ampersands, `$name`), the page shows it as text and stays valid HTML."""
    from datetime import datetime, timezone

    from articlecast.publish.catalog import Episode
    from articlecast.publish.pages import Line

    title, body, author = (value.replace("\r", " ").replace("\x0c", " ") for value in (title, body, author))
    now = datetime(2026, 3, 14, tzinfo=timezone.utc)
    episode = Episode("a", "g", title, body, "a.mp3", 1, 10.0, now, now, "h", author=author)
    tree = parse(render_episode_page(Channel(title=title), episode, [Line(title, 0.0, 1.0), Line(body, 1.5, 3.0)]))
    assert text(find_all(tree, "h1")[0]) == _html_safe(title)
    assert [text(s) for s in find_all(tree, "span", "seg")] == [_html_safe(title), _html_safe(body)]
    assert find_all(tree, "main")[0].get("data-artist") == _html_safe(author or Channel().author)
    show = parse(render_show_page(Channel(title=title, description=body), [episode]))
    assert text(find_all(show, "h1")[0]) == _html_safe(title)


def _html_safe(value: str) -> str:
    """What a page can show of ``value``: without the characters no HTML document may hold."""
    return "".join(
        char for char in value
        if (char in "\t\n" or " " <= char) and not "\x7f" <= char <= "\x9f" and not "\ud800" <= char <= "\udfff"
        and not "\ufdd0" <= char <= "\ufdef" and char not in "\ufffe\uffff"
    )  # fmt: skip
