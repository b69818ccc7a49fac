"""End to end through the CLI with the real engine and encoder; results read with independent tools."""

import io
import json
import shutil
import textwrap

import feedparser
import podcastparser
import pytest
import webvtt
from mutagen.id3 import ID3
from PIL import Image

from conftest import SAMPLES, SHORT_ARTICLE, decoded_seconds, ffprobe, run_cli

SAMPLE_FILES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".md", ".txt"))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    out = tmp_path_factory.mktemp("audio")
    result = run_cli("build", *map(str, SAMPLE_FILES), "-o", str(out), "--jobs", "2")
    assert result.returncode == 0, result.stderr
    return out, result


def parse_both(feed_path):
    data = feed_path.read_bytes()
    return podcastparser.parse("https://example.com/feed.xml", io.BytesIO(data)), feedparser.parse(data)


def test_samples_build_into_mp3_vtt_and_feed(demo):
    out, result = demo
    assert len(SAMPLE_FILES) >= 3
    for sample in SAMPLE_FILES:
        assert (out / f"{sample.stem}.mp3").is_file()
        assert (out / f"{sample.stem}.vtt").is_file()
    assert "Audio saved" not in result.stdout
    assert "Traceback" not in result.stderr
    assert not [p for p in out.iterdir() if p.name.startswith(".")]


def test_mp3s_are_what_podcast_apps_expect(demo):
    out, _ = demo
    for sample in SAMPLE_FILES:
        mp3 = out / f"{sample.stem}.mp3"
        info = ffprobe(mp3)
        (stream,) = [stream for stream in info["streams"] if stream["codec_type"] == "audio"]
        assert (int(stream["sample_rate"]), stream["channels"], int(stream["bit_rate"])) == (44100, 1, 96000)
        assert float(info["format"]["duration"]) == pytest.approx(decoded_seconds(mp3), abs=0.06)
        tags = ID3(mp3, translate=False)
        assert tags.version == (2, 3, 0)
        assert {"TIT2", "TALB", "TCON", "TLEN", "USLT::eng", "TXXX:AI disclosure"} <= set(tags.keys())
        assert int(str(tags["TLEN"])) == pytest.approx(decoded_seconds(mp3) * 1000, abs=2)


def test_feed_lists_every_sample_with_exact_lengths(demo):
    out, _ = demo
    podcast, parsed = parse_both(out / "feed.xml")
    assert not parsed.bozo
    assert len(podcast["episodes"]) == len(parsed.entries) == len(SAMPLE_FILES)
    for episode in podcast["episodes"]:
        (enclosure,) = episode["enclosures"]
        mp3 = out / enclosure["url"].rsplit("/", 1)[-1]
        assert enclosure["file_size"] == mp3.stat().st_size
        assert enclosure["mime_type"] == "audio/mpeg"
        assert abs(episode["total_time"] - decoded_seconds(mp3)) <= 1
        assert "AI assistance" in episode["description"]


def test_transcripts_are_ordered_and_within_the_audio(demo):
    out, _ = demo
    for sample in SAMPLE_FILES:
        cues = webvtt.read(str(out / f"{sample.stem}.vtt"))
        duration = decoded_seconds(out / f"{sample.stem}.mp3")
        times = [(cue.start_time.in_milliseconds() / 1000, cue.end_time.in_milliseconds() / 1000) for cue in cues]
        assert all(start < end <= duration + 0.001 for start, end in times)
        assert all(earlier[1] <= later[0] for earlier, later in zip(times, times[1:]))
        assert cues[0].text == "This audio is created with AI assistance."


def test_folder_without_settings_is_valid_but_for_its_unconfigured_channel(demo):
    """No articlecast.toml and no image anywhere: a cover is drawn and every file checks out, but check reports
    what breaks podcast apps: the example link and title, and relative URLs (no base_url)."""
    out, _ = demo
    result = run_cli("check", "--json", str(out))
    assert result.returncode == 1, result.stdout
    report = json.loads(result.stdout)
    assert (report["ok"], report["episodes"]) == (False, len(SAMPLE_FILES))
    expected = ["<link> is the example default 'https://example.com/'", "<title> is the example default 'articlecast'",
                '<atom:link rel="self"> \'feed.xml\' is not an absolute URL', "URL(s) are relative, such as"]  # fmt: skip
    for fragment in expected:
        assert sum(fragment in problem for problem in report["problems"]) == 1, (fragment, report["problems"])
    assert len(report["problems"]) == len(expected)
    with Image.open(out / "channel_cover.png") as image:
        assert (image.format, image.size, image.mode) == ("PNG", (1400, 1400), "RGB")


def test_rebuilding_one_article_keeps_the_others_and_its_guid(demo, tmp_path):
    out, _ = demo
    folder = tmp_path / "audio"
    shutil.copytree(out, folder)
    before = {e["guid"]: e for e in parse_both(folder / "feed.xml")[0]["episodes"]}
    result = run_cli("build", str(SAMPLE_FILES[0]), "-o", str(folder))
    assert result.returncode == 0, result.stderr
    after = {e["guid"]: e for e in parse_both(folder / "feed.xml")[0]["episodes"]}
    assert after.keys() == before.keys()
    assert all(after[guid]["published"] == before[guid]["published"] for guid in before)


def test_build_several_into_another_folder_and_help(tmp_path, article):
    first = article(SHORT_ARTICLE, "a.md")
    second = article("Second story\n\nIt has one paragraph. And two sentences.\n", "b.txt")
    result = run_cli("build", str(first), str(second), "-o", str(tmp_path / "out/"), "-q")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "a.html", "a.json", "a.mp3", "a.srt", "a.vtt", "b.html", "b.json", "b.mp3", "b.srt", "b.vtt", "catalog.sqlite",
        "channel_cover.png", "embed.js", "feed.xml", "index.html", "player.css", "player.js",
    ]
    assert run_cli("--help").stdout.startswith("Usage: articlecast")
    assert "build" in run_cli("--help").stdout


def test_channel_settings_come_from_articlecast_toml(tmp_path, article):
    (tmp_path / "articlecast.toml").write_text(
        textwrap.dedent(
            """
            [channel]
            title = "Example News Audio"
            base_url = "https://cdn.example.org/audio/"
            owner_email = "audio@example.org"
            [audio]
            bitrate_kbps = 64
            """
        )
    )
    result = run_cli("build", str(article(SHORT_ARTICLE, "a.md")), "-o", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no articlecast.toml" not in result.stderr
    podcast, _ = parse_both(tmp_path / "out" / "feed.xml")
    assert podcast["title"] == "Example News Audio"
    assert podcast["episodes"][0]["enclosures"][0]["url"] == "https://cdn.example.org/audio/a.mp3"
    assert int(ffprobe(tmp_path / "out" / "a.mp3")["streams"][0]["bit_rate"]) == 64000


def test_missing_settings_file_is_mentioned_once(tmp_path, article):
    other = SHORT_ARTICLE.replace("/bridge", "/other-bridge")
    result = run_cli("build", str(article(SHORT_ARTICLE, "a.md")), str(article(other, "b.md")), "-o", "out", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr.count("no articlecast.toml") == 1


def test_voice_profile_is_used(tmp_path, article):
    path = article(SHORT_ARTICLE, "a.md")
    slow = tmp_path / "slow.toml"
    slow.write_text('rate = 100\ndisclosure = false\n[pauses]\nsentence = 100\n')
    assert run_cli("build", str(path), "-o", str(tmp_path / "fast")).returncode == 0
    assert run_cli("build", str(path), "-o", str(tmp_path / "slow"), "--voice", str(slow)).returncode == 0
    fast_cues = webvtt.read(str(tmp_path / "fast" / "a.vtt"))
    slow_cues = webvtt.read(str(tmp_path / "slow" / "a.vtt"))
    assert fast_cues[0].text.startswith("This audio")
    assert slow_cues[0].text == "Harbour bridge reopens"
    assert decoded_seconds(tmp_path / "slow" / "a.mp3") > decoded_seconds(tmp_path / "fast" / "a.mp3")
