"""`articlecast build` on saved web pages, through the real engine, encoder and feed."""

import datetime as dt
import io

import feedparser
import podcastparser
import pytest
import webvtt
from mutagen.id3 import ID3

from conftest import PAGES, decoded_seconds, ffprobe, run_cli
from conftest import page_expectation as expectation

SMALL_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pier reopens | Coast News</title>
<meta property="og:title" content="Pier reopens"><link rel="canonical" href="https://coast.example/pier">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Pier reopens</h1>
<p>The pier reopened on Saturday after two years of repairs, and the first visitors queued before dawn.</p>
<p>Repairs cost less than the council had feared, the harbour master said on Saturday.</p></article>
<footer>&copy; 2026 Coast News</footer></body></html>"""


def test_build_saved_page_end_to_end(tmp_path):
    result = run_cli("build", str(PAGES / "news-site.html"), "-o", str(tmp_path), "-q")
    assert result.returncode == 0, result.stderr
    want = expectation("news-site")
    mp3 = tmp_path / "news-site.mp3"
    duration = float(ffprobe(mp3)["format"]["duration"])
    assert duration > 20
    assert duration == pytest.approx(decoded_seconds(mp3), abs=0.06)
    cues = " ".join(cue.text for cue in webvtt.read(str(tmp_path / "news-site.vtt")))
    assert "Protected cycle lanes will be built along the full length of Market Street" in cues
    assert "What changes on Market Street" in cues and "Six new pedestrian crossings" in cues
    assert [junk for junk in want["junk"] if junk in cues] == []
    data = (tmp_path / "feed.xml").read_bytes()
    (episode,) = podcastparser.parse("https://example.com/feed.xml", io.BytesIO(data))["episodes"]
    (entry,) = feedparser.parse(data).entries
    assert episode["title"] == entry.title == want["metadata"]["title"]
    assert entry.link == want["metadata"]["url"]
    assert episode["published"] == int(dt.datetime.fromisoformat(want["metadata"]["date"]).timestamp())
    tags = ID3(mp3)
    assert (str(tags["TIT2"]), str(tags["TPE1"])) == (want["metadata"]["title"], "Hannah Price")


def test_cli_overrides_page_metadata(tmp_path):
    page = tmp_path / "pier.html"
    page.write_text(SMALL_PAGE, encoding="utf-8")
    result = run_cli(
        "build", str(page), "-o", str(tmp_path / "out"), "-q",
        "--title", "The pier is open again", "--author", "Coast desk", "--date", "2026-05-02T10:00:00+01:00",
        "--url", "https://coast.example/news/pier", "--language", "en-GB",
    )
    assert result.returncode == 0, result.stderr
    (entry,) = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries
    assert (entry.title, entry.link, entry.author) == ("The pier is open again", "https://coast.example/news/pier", "Coast desk")
    assert entry.published_parsed[:5] == (2026, 5, 2, 9, 0)
    tags = ID3(tmp_path / "out" / "pier.mp3")
    assert str(tags["TIT2"]) == "The pier is open again"
    assert webvtt.read(str(tmp_path / "out" / "pier.vtt"))[1].text == "The pier is open again"


def test_cli_overrides_refuse_several_articles(tmp_path):
    first, second = tmp_path / "a.html", tmp_path / "b.html"
    first.write_text(SMALL_PAGE, encoding="utf-8")
    second.write_text(SMALL_PAGE, encoding="utf-8")
    result = run_cli("build", str(first), str(second), "--title", "One title", "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "Error: Title, author, date, url and language overrides describe one article, but 2 were given; build that article on its own."
    ]
    assert not (tmp_path / "out").exists()


def test_cli_page_without_article_fails_cleanly(tmp_path):
    result = run_cli("build", str(PAGES / "no-article.html"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Error: ")
    assert "no-article.html has no article text that I can find" in result.stderr
    assert not (tmp_path / "out" / "no-article.mp3").exists()
