"""Clip cache, incremental rebuilds, batches and reports, through the real CLI."""

import io
import json
import re
import os
import pty
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from articlecast.cache import SEALED_OVERHEAD, Cache
from conftest import ROOT, SHORT_ARTICLE, assert_identical_from_scratch, decoded_seconds, ffprobe, run_cli

TESTS = ROOT / "tests"
COUNTING_PROFILE = 'engine = "fake_engines:CountingEngine"\n'
PARAGRAPHS = [
    "The council met on Monday to discuss the harbour bridge.",
    "Engineers said the repairs would take three weeks. Traffic will be diverted.",
    "Residents asked why the work could not wait until winter.",
    "The mayor promised a decision by Friday.",
]


def write_article(path, paragraphs=PARAGRAPHS, title="Bridge repairs"):
    path.write_text(f"{title}\n\n" + "\n\n".join(paragraphs) + "\n")
    return path


@pytest.fixture
def env(tmp_path):
    """A private cache and an engine that logs every text it voices."""
    profile = tmp_path / "counting.toml"
    profile.write_text(COUNTING_PROFILE)
    log = tmp_path / "voiced.log"
    return {
        "ARTICLECAST_CACHE": str(tmp_path / "cache"),
        "VOICED_LOG": str(log),
        "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")]),
    }, profile, log


def voiced(log):
    lines = log.read_text().splitlines() if log.exists() else []
    log.unlink(missing_ok=True)
    return lines


def test_rebuild_voices_nothing_and_an_edit_voices_one_sentence(tmp_path, env):
    environment, profile, log = env
    article = write_article(tmp_path / "story.txt")
    build = ["build", str(article), "-o", str(tmp_path / "out"), "--voice", str(profile), "--report", str(tmp_path / "r.json")]
    assert run_cli(*build, env=environment).returncode == 0
    assert len(voiced(log)) == 7  # disclosure, title and 5 sentences
    mp3 = tmp_path / "out" / "story.mp3"
    before = (mp3.read_bytes(), mp3.stat().st_ino, (tmp_path / "out" / "feed.xml").read_bytes())

    assert run_cli(*build, env=environment).returncode == 0
    assert voiced(log) == []
    assert (mp3.read_bytes(), mp3.stat().st_ino, (tmp_path / "out" / "feed.xml").read_bytes()) == before
    assert json.loads((tmp_path / "r.json").read_text())["articles"][0]["status"] == "unchanged"

    edited = PARAGRAPHS.copy()
    edited[1] = "Engineers said the repairs would take four weeks. Traffic will be diverted."
    write_article(article, edited)
    assert run_cli(*build, env=environment).returncode == 0
    assert voiced(log) == ["Engineers said the repairs would take four weeks."]
    report = json.loads((tmp_path / "r.json").read_text())["articles"][0]
    assert (report["status"], report["voiced"], report["cache_hits"], report["segments"]) == ("built", 1, 6, 7)
    assert mp3.read_bytes() != before[0]
    assert decoded_seconds(mp3) == pytest.approx(report["duration"], abs=0.001)


def test_identical_input_gives_identical_bytes(tmp_path):
    assert_identical_from_scratch(tmp_path, write_article(tmp_path / "story.txt"))


def test_concurrent_builds_share_a_cache(tmp_path, env):
    environment, profile, log = env
    articles = [write_article(tmp_path / f"story{n}.txt", PARAGRAPHS[n:] + PARAGRAPHS[:n], f"Story {n}") for n in range(2)]
    processes = [
        subprocess.Popen([sys.executable, "-m", "articlecast", "build", str(article), "-o", str(tmp_path / f"out{n}"), "-q",
                          "--voice", str(profile)], env={**os.environ, **environment}, stderr=subprocess.PIPE, text=True)
        for n, article in enumerate(articles)
    ]  # fmt: skip
    for process in processes:
        assert process.wait(timeout=120) == 0, process.stderr.read()
    for n in range(2):
        mp3 = tmp_path / f"out{n}" / f"story{n}.mp3"
        assert decoded_seconds(mp3) > 10
    assert not list((tmp_path / "cache").rglob(".*.tmp"))
    voiced(log)
    for n, article in enumerate(articles):
        assert run_cli("build", str(article), "-o", str(tmp_path / f"fresh{n}"), "-q", "--voice", str(profile), env=environment).returncode == 0
        assert (tmp_path / f"fresh{n}" / f"story{n}.mp3").read_bytes() == (tmp_path / f"out{n}" / f"story{n}.mp3").read_bytes()
    assert voiced(log) == []


def test_killed_build_resumes_from_the_cache(tmp_path, env):
    environment, profile, log = env
    paragraphs = [f"Paragraph {n} says that the council will meet again next week to vote on the plan." for n in range(60)]
    article = write_article(tmp_path / "long.txt", paragraphs)
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-m", "articlecast", "build", str(article), "-o", str(out), "--jobs", "1",
                                "--voice", str(profile)], env={**os.environ, **environment})  # fmt: skip
    deadline = time.monotonic() + 60
    while len(voiced_lines := (log.read_text().splitlines() if log.exists() else [])) < 20 and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = [int(pid) for task in Path(f"/proc/{process.pid}/task").iterdir() for pid in (task / "children").read_text().split()]
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 20 <= len(voiced_lines) < 62
    assert not (out / "long.mp3").exists()
    assert workers and wait_until(lambda: not any(Path(f"/proc/{pid}").exists() for pid in workers)), "workers outlived their parent"
    log.unlink()
    report_path = tmp_path / "r.json"
    result = run_cli("build", str(article), "-o", str(out), "--voice", str(profile), "--report", str(report_path), env=environment)
    assert result.returncode == 0, result.stderr
    report = json.loads(report_path.read_text())["articles"][0]
    assert report["cache_hits"] >= 15 and report["voiced"] + report["cache_hits"] == 62
    assert sorted(p.name for p in out.iterdir()) == [
        "catalog.sqlite", "channel_cover.png", "embed.js", "feed.xml", "index.html", "long.html", "long.json", "long.mp3",
        "long.srt", "long.vtt", "player.css", "player.js",
    ]
    assert decoded_seconds(out / "long.mp3") == pytest.approx(report["duration"], abs=0.001)


def wait_until(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


def test_an_engine_plugin_error_fails_its_article_only(tmp_path, env):
    environment, _, _ = env
    profile = tmp_path / "raising.toml"
    profile.write_text('engine = "fake_engines:RaisingEngine"\n')
    write_article(tmp_path / "a.txt")
    write_article(tmp_path / "b.txt", ["This paragraph will explode."], "Another story")
    result = run_cli("build", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"),
                     "--voice", str(profile), env=environment)  # fmt: skip
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "the engine failed (ValueError: the plug-in broke)" in result.stderr
    assert (tmp_path / "out" / "a.mp3").is_file() and not (tmp_path / "out" / "b.mp3").exists()


def test_unchanged_rebuild_restores_a_missing_feed_and_skips_after_other_inputs_change(tmp_path, env):
    environment, _, _ = env
    article = write_article(tmp_path / "story.txt")
    out = tmp_path / "out"
    report = tmp_path / "r.json"
    assert run_cli("build", str(article), "-o", str(out), "-q", env=environment).returncode == 0
    (out / "feed.xml").unlink()
    inode = (out / "story.mp3").stat().st_ino
    assert run_cli("build", str(article), "-o", str(out), "-q", "--fit", "--report", str(report), env=environment).returncode == 0
    assert (out / "feed.xml").is_file()
    assert json.loads(report.read_text())["articles"][0]["status"] == "unchanged"
    assert (out / "story.mp3").stat().st_ino == inode


def test_a_replaced_image_file_rebuilds_the_episode(tmp_path, env):
    from PIL import Image

    environment, _, _ = env
    article = tmp_path / "story.md"
    article.write_text("---\ntitle: Pictures\nimage: art.png\n---\nA short story about colours.\n")
    out = tmp_path / "out"
    for colour in ("red", "blue"):
        Image.new("RGB", (1400, 1400), colour).save(tmp_path / "art.png")
        assert run_cli("build", str(article), "-o", str(out), "-q", env=environment).returncode == 0
        (picture,) = ID3(out / "story.mp3").getall("APIC")
        assert Image.open(io.BytesIO(picture.data)).getpixel((0, 0)) == Image.new("RGB", (1, 1), colour).getpixel((0, 0))


def test_an_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli("build", str(tmp_path / "empty"), "-o", str(tmp_path / "out"))
    assert result.returncode == 1 and "holds no articles" in result.stderr


def test_batch_with_a_bad_article(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    write_article(folder / "a.txt")
    (folder / "b.md").write_text("---\ntitle: [broken\n---\nText.\n")
    write_article(folder / "c.txt", PARAGRAPHS[:2], "Another story")
    (folder / "notes.json").write_text("{}")
    report_path = tmp_path / "report.json"
    result = run_cli("build", str(folder), "-o", str(tmp_path / "out"), "--report", str(report_path))
    assert result.returncode == 1
    assert "not valid YAML" in result.stderr
    assert f"1 of 3 articles failed: {folder / 'b.md'}" in result.stderr
    report = json.loads(report_path.read_text())
    assert report["counts"] == {"built": 2, "unchanged": 0, "failed": 1}
    assert [a["status"] for a in report["articles"]] == ["built", "failed", "built"]
    assert report["articles"][1]["mp3"] is None and "YAML" in report["articles"][1]["error"]
    for entry in (report["articles"][0], report["articles"][2]):
        assert float(ffprobe(entry["mp3"])["format"]["duration"]) == pytest.approx(entry["duration"], abs=0.06)
        assert set(entry["seconds"]) == {"prepare", "voice", "encode", "write"}
    feed = (tmp_path / "out" / "feed.xml").read_text()
    assert feed.count("<item>") == 2


def test_fail_fast_stops_at_the_first_failure(tmp_path):
    (tmp_path / "a.md").write_text("")
    write_article(tmp_path / "b.txt")
    result = run_cli("build", str(tmp_path / "a.md"), str(tmp_path / "b.txt"), "-o", str(tmp_path / "out"), "--fail-fast")
    assert result.returncode == 1
    assert not (tmp_path / "out" / "b.mp3").exists()


def test_glob_patterns_are_expanded(tmp_path):
    write_article(tmp_path / "a.txt")
    result = run_cli("build", str(tmp_path / "*.txt"), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0
    assert (tmp_path / "out" / "a.mp3").is_file()
    assert "No files match" in run_cli("build", str(tmp_path / "*.nothing"), "-o", str(tmp_path / "out")).stderr


def test_progress_is_line_based_off_a_terminal_and_live_on_one(tmp_path):
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(SHORT_ARTICLE.replace("/bridge", f"/{name}"))
    args = ["build", str(tmp_path / "a.md"), str(tmp_path / "b.md"), "-o", str(tmp_path / "out")]
    piped = run_cli(*args)
    assert "\r" not in piped.stdout + piped.stderr and "\x1b" not in piped.stdout + piped.stderr
    finished = sorted(line.split(" -> ")[0] for line in piped.stdout.splitlines()[:2])  # in the order they finish
    assert finished == [str(tmp_path / "a.md"), str(tmp_path / "b.md")]

    main, secondary = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "articlecast", *args[:-1], str(tmp_path / "out2")],
                               stdout=subprocess.PIPE, stderr=secondary, text=True)  # fmt: skip
    os.close(secondary)
    screen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:
            break
        if not chunk:
            break
        screen += chunk
    assert process.wait(timeout=60) == 0
    assert re.search(rb"\r\x1b\[2K\[0/2\] [ab]\.md: \d+/\d+ steps", screen), screen


def test_cache_commands(tmp_path, env):
    environment, _, _ = env
    write_article(tmp_path / "a.txt")
    assert run_cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q", env=environment).returncode == 0
    info = json.loads(run_cli("cache", "info", "--json", env=environment).stdout)
    assert info["path"] == environment["ARTICLECAST_CACHE"] and info["files"] > 9 and info["bytes"] > 0
    assert run_cli("cache", "prune", "--max-size", "0", env=environment).stdout.startswith(f"Removed {info['files']} files")
    assert json.loads(run_cli("cache", "info", "--json", env=environment).stdout)["files"] == 0
    assert run_cli("build", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out2"), "-q", env=environment).returncode == 0
    assert run_cli("cache", "clear", env=environment).returncode == 0
    assert json.loads(run_cli("cache", "info", "--json", env=environment).stdout)["files"] == 0


def test_prune_removes_least_recently_used_first(tmp_path):
    cache = Cache(tmp_path, max_bytes=2500)
    for n, key in enumerate(["aa01", "bb02", "cc03"]):
        path = cache.put("clips", key, ".wav", bytes(1000))
        os.utime(path, (1000 + n, 1000 + n))
    cache.read("clips", "aa01", ".wav")  # used again: now the most recent
    assert cache.prune() == (1, 1000 + SEALED_OVERHEAD)  # each entry holds its checksum too
    assert cache.read("clips", "bb02", ".wav") is None
    assert cache.read("clips", "aa01", ".wav") and cache.read("clips", "cc03", ".wav")
