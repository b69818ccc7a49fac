"""A failed article changes nothing in the output folder: an engine failing mid-article, the output
disk full (while writing the episode's files, or at the catalog update), a read-only output folder,
and the cache's disk full. Each case hashes the folder before and after."""

from __future__ import annotations

import hashlib
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from conftest import run_cli

PAGE = 4096
FIRST = """---
title: Harbour lights
date: 2026-03-14
---

The harbour lights were switched on again on Monday evening.
"""
EDITED = FIRST + """
Fishermen said the old lamps had been dark for three winters, and the council paid for new ones.

The mayor thanked the volunteers who cleaned the pier before the ceremony began.
"""


def snapshot(folder: Path) -> dict[str, str]:
    """Every file in the folder, hidden ones (temporaries) included, by its SHA-256."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def build(folder: Path, *args: str, cache: Path | None = None) -> subprocess.CompletedProcess:
    """``articlecast build harbour.md -o out`` in ``folder``, in one process; the tests' fake engines importable."""
    environment = {"PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    if cache:
        environment["ARTICLECAST_CACHE"] = str(cache)
    return run_cli("build", "harbour.md", "-o", "out", "-j", "0", "-q", *args, cwd=folder, env=environment)


def assert_one_error(result: subprocess.CompletedProcess, code: int, fragment: str) -> None:
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and fragment in lines[0], result.stderr


@pytest.fixture
def small_disk(tmp_path):
    """Mount a small tmpfs (a real file system that really fills up); skip where mounting is not allowed."""
    mounted: list[Path] = []

    def mount(name: str, size: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)], capture_output=True)
        if result.returncode:
            pytest.skip(f"cannot mount a small tmpfs here (needs root): {result.stderr.decode().strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in mounted:
        subprocess.run(["umount", "-l", str(point)], check=False)


def published(folder: Path, cache: Path | None = None) -> Path:
    """``folder`` with harbour.md built into out/, then edited (not yet rebuilt)."""
    (folder / "harbour.md").write_text(FIRST, encoding="utf-8")
    assert build(folder, cache=cache).returncode == 0
    (folder / "harbour.md").write_text(EDITED, encoding="utf-8")
    return folder / "out"


def fill(disk: Path, leave: int) -> None:
    """Fill ``disk`` so that ``leave`` bytes (whole pages) stay free."""
    stats = os.statvfs(disk)
    free = stats.f_bavail * stats.f_frsize
    with open(disk / f"filler-{uuid.uuid4().hex}", "wb") as handle:
        handle.write(bytes(max(0, free - leave)))


def edited_files(tmp_path: Path) -> dict[str, int]:
    """The sizes of the edited episode's files, built elsewhere with the same cache."""
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    (scratch / "harbour.md").write_text(EDITED, encoding="utf-8")
    assert build(scratch).returncode == 0
    return {path.name: path.stat().st_size for path in (scratch / "out").glob("harbour.*")}


def pages(size: int) -> int:
    return -(-size // PAGE) * PAGE


def test_an_engine_failing_mid_article_changes_nothing(tmp_path):
    out = published(tmp_path)
    (tmp_path / "harbour.md").write_text(EDITED + "\nThen the new lamps began to explode one by one.\n", encoding="utf-8")
    (tmp_path / "raising.toml").write_text('engine = "fake_engines:RaisingEngine"\n')
    before = snapshot(out)
    result = build(tmp_path, "--voice", str(tmp_path / "raising.toml"))
    assert_one_error(result, 1, "the engine failed (ValueError: the plug-in broke)")
    assert snapshot(out) == before


def test_output_disk_full_while_writing_the_episode_changes_nothing(tmp_path, small_disk):
    sizes = edited_files(tmp_path)
    disk = small_disk("disk", 4 * 1024**2)
    out = published(disk)
    fill(disk, pages(sizes["harbour.mp3"]) + PAGE)  # room for the new MP3, not for its transcripts
    before = snapshot(out)
    result = build(disk)
    assert_one_error(result, 3, "No space left on device")
    assert snapshot(out) == before


def test_output_disk_full_at_the_catalog_update_changes_nothing(tmp_path, small_disk):
    sizes = edited_files(tmp_path)
    disk = small_disk("disk", 4 * 1024**2)
    out = published(disk)
    episode = ("harbour.mp3", "harbour.json", "harbour.srt", "harbour.vtt")
    fill(disk, sum(pages(sizes[name]) for name in episode))  # every episode file fits, the catalog's journal not
    before = snapshot(out)
    result = build(disk)
    assert result.returncode == 3 and "full" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(out) == before


def test_a_read_only_output_folder_is_refused_up_front(tmp_path, small_disk):
    disk = small_disk("disk", 4 * 1024**2)
    out = published(disk)
    before = snapshot(out)
    subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    result = build(disk)
    assert_one_error(result, 3, "cannot be written (Read-only file system); choose another output folder (-o/--out)")
    assert snapshot(out) == before


def test_cache_disk_full_fails_the_build_with_one_line_and_changes_nothing(tmp_path, small_disk):
    out = published(tmp_path)
    cache = small_disk("cache", 64 * 1024)
    fill(cache, 0)
    before = snapshot(out)
    result = build(tmp_path, cache=cache)
    assert_one_error(result, 3, "The clip cache")
    assert "No space left on device" in result.stderr
    assert snapshot(out) == before


def test_nothing_is_written_when_nothing_was_built(tmp_path):
    (tmp_path / "harbour.md").write_text(FIRST, encoding="utf-8")
    (tmp_path / "raising.toml").write_text('engine = "fake_engines:RaisingEngine"\n')
    (tmp_path / "harbour.md").write_text(FIRST.replace("Monday evening", "Monday evening, and did not explode"), encoding="utf-8")
    result = build(tmp_path, "--voice", str(tmp_path / "raising.toml"))
    assert result.returncode == 1
    assert not (tmp_path / "out").exists()


def test_a_missing_engine_is_found_before_any_file_is_written(tmp_path):
    (tmp_path / "harbour.md").write_text(FIRST, encoding="utf-8")
    result = build(tmp_path, "--engine", "no-such-engine")
    assert_one_error(result, 3, "There is no engine 'no-such-engine'")
    assert not (tmp_path / "out").exists()
