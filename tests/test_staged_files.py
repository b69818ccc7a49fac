"""An episode's files go in place together or not at all (articlecast.files.StagedFiles)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest

from articlecast.files import StagedFiles, remove_orphaned_temporaries
from conftest import run_cli

ARTICLE = "---\ntitle: {title}\ndate: 2026-03-14\n---\n\nThe harbour lights were switched on again on {day} evening.\n"


def names(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_commit_puts_every_file_in_place_and_rollback_puts_the_old_ones_back(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"old audio")
    staged = StagedFiles()
    staged.write(tmp_path / "a.mp3", b"new audio")
    staged.write(tmp_path / "a.vtt", "new transcript")
    assert len(names(tmp_path)) == 3 and not (tmp_path / "a.vtt").exists()  # two temporaries beside the old file
    assert (tmp_path / "a.mp3").read_bytes() == b"old audio"
    staged.commit()
    assert (tmp_path / "a.mp3").read_bytes() == b"new audio" and (tmp_path / "a.vtt").read_text() == "new transcript"
    staged.rollback()  # e.g. the catalog update failed
    assert names(tmp_path) == ["a.mp3"] and (tmp_path / "a.mp3").read_bytes() == b"old audio"


def test_finish_keeps_the_commit_and_leaves_no_temporaries(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"old audio")
    staged = StagedFiles()
    staged.write(tmp_path / "a.mp3", b"new audio")
    staged.write(tmp_path / "a.json", b"{}")
    staged.commit()
    staged.finish()
    assert names(tmp_path) == ["a.json", "a.mp3"] and (tmp_path / "a.mp3").read_bytes() == b"new audio"


def test_a_file_already_holding_the_content_is_not_written(tmp_path):
    (tmp_path / "a.vtt").write_text("same")
    before = (tmp_path / "a.vtt").stat().st_ino
    staged = StagedFiles()
    staged.write(tmp_path / "a.vtt", "same")
    assert names(tmp_path) == ["a.vtt"]
    staged.commit()
    assert (tmp_path / "a.vtt").stat().st_ino == before


def test_a_failed_commit_leaves_every_target_as_it_was(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"old audio")
    staged = StagedFiles()
    staged.write(tmp_path / "a.mp3", b"new audio")
    staged.write(tmp_path / "a.vtt", "transcript")
    (tmp_path / "a.vtt").mkdir()  # the second rename cannot replace a folder
    with pytest.raises(OSError):
        staged.commit()
    assert names(tmp_path) == ["a.mp3", "a.vtt"] and (tmp_path / "a.mp3").read_bytes() == b"old audio"


def test_a_killed_builds_temporaries_are_removed_by_the_next(tmp_path):
    (tmp_path / "a.mp3").write_bytes(b"old audio")
    program = ("import os, sys; from pathlib import Path; from articlecast.files import StagedFiles\n"
               f"s = StagedFiles(); s.write(Path({str(tmp_path / 'a.mp3')!r}), b'new'); os.kill(os.getpid(), 9)")  # fmt: skip
    subprocess.run([sys.executable, "-c", program], check=False)
    assert len(names(tmp_path)) == 2
    assert remove_orphaned_temporaries(tmp_path) == 1
    assert names(tmp_path) == ["a.mp3"] and (tmp_path / "a.mp3").read_bytes() == b"old audio"


def test_a_build_killed_while_writing_is_finished_by_the_next(tmp_path):
    (tmp_path / "harbour.md").write_text(ARTICLE.format(title="Harbour lights", day=f"day {time.time_ns()}"), encoding="utf-8")
    command = [sys.executable, "-m", "articlecast", "build", "harbour.md", "-o", "out", "-q", "-j", "0"]
    build = subprocess.Popen(command, cwd=tmp_path, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while not list((tmp_path / "out").glob(".harbour.*.tmp")):  # the episode's files are being staged
        assert build.poll() is None and time.monotonic() < deadline, build.communicate()
        time.sleep(0.001)
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    assert not (tmp_path / "out" / "harbour.mp3").exists()
    rerun = run_cli(*command[3:], cwd=tmp_path)
    assert rerun.returncode == 0, rerun.stderr
    assert [entry.title for entry in feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries] == ["Harbour lights"]
    assert not [path for path in (tmp_path / "out").iterdir() if path.name.endswith(".tmp")]


def test_concurrent_builds_into_one_folder_and_cache_all_land(tmp_path):
    for name, title in (("a.md", "First story"), ("b.md", "Second story")):
        (tmp_path / name).write_text(ARTICLE.format(title=title, day=f"{title} {time.time_ns()}"), encoding="utf-8")
    builds = [subprocess.Popen([sys.executable, "-m", "articlecast", "build", name, "-o", "out", "-q", "-j", "0"],
                               cwd=tmp_path, stderr=subprocess.PIPE, text=True)
              for name in ("a.md", "b.md", "a.md", "b.md")]  # fmt: skip
    assert [build.wait(timeout=120) for build in builds] == [0, 0, 0, 0], [build.stderr.read() for build in builds]
    titles = sorted(entry.title for entry in feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries)
    assert titles == ["First story", "Second story"]
    assert not [path for path in (tmp_path / "out").iterdir() if path.name.endswith(".tmp")]
