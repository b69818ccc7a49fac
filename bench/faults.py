"""Faults that take too long for CI: kill -9 at each point of a build, and concurrent builds (run by hand).

    python bench/faults.py [--articles 4] [--concurrent 8]

kill -9: for each point (voicing: the first clip in the cache; encoding: the first encoded piece;
writing: the first staged file in the output folder; catalog: the first episode put in place,
whose catalog row follows; feed: the feed being rewritten), a batch is built into a folder that
already holds one episode and killed (SIGKILL, to its whole process group) when the point is
reached; the build is then run again. Each time: the rerun exits 0, every episode is in the feed
and equal (MP3 bytes) to a clean build's, `articlecast check` passes, and no temporary file is
left in the folder or the cache.

Concurrent: ``--concurrent`` builds start at once into one folder, sharing one cache: half build
different articles, half the same one. All must exit 0 and every article land in the feed.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import feedparser

SETTINGS = """[channel]
title = "Fault News"
link = "https://faults.example.org/"
base_url = "https://faults.example.org/audio/"
"""
ARTICLE = """---
title: Story {n}
date: 2026-02-{day:02d}
---

Story {n} opens with a sentence about the harbour, and another about the weather at sea.

The second paragraph of story {n} quotes the harbour master, who said the boats were safe.

A third paragraph of story {n} closes the report with the times of the next tides.
"""
TIMEOUT = 600


def articlecast(*args: str) -> list[str]:
    return [sys.executable, "-m", "articlecast", *args]


def write_articles(folder: Path, count: int, first: int = 0) -> list[str]:
    names = []
    for n in range(first, first + count):
        name = f"story-{n}.md"
        (folder / name).write_text(ARTICLE.format(n=n, day=n % 28 + 1), encoding="utf-8")
        names.append(name)
    return names


def temporaries(*folders: Path) -> list[Path]:
    return [path for folder in folders for path in folder.rglob("*") if path.name.endswith(".tmp")]


def kill_points(out: Path, cache: Path) -> dict[str, Callable[[], bool]]:
    """For each point of a build, whether it has been reached (polled)."""
    return {
        "voicing": lambda: any(cache.glob("clips/*/*.wav")),
        "encoding": lambda: any(cache.glob("pieces/*/*.mp3")),
        "writing": lambda: any(out.glob(".story-*.tmp")),
        "catalog": lambda: any(out.glob("story-[1-9]*.mp3")),  # story-0 was there before
        "feed": lambda: any(out.glob(".feed.xml.*.tmp")) or any(out.glob("story-[1-9]*.html")),
    }


def kill_at(point: str, root: Path, names: list[str], reference: dict[str, bytes]) -> str:
    """Build ``names`` into root/out, kill it at ``point``, build again; what was found wrong, or ''."""
    out, cache = root / "out", root / "cache"
    environment = {**os.environ, "ARTICLECAST_CACHE": str(cache)}
    build = subprocess.Popen(articlecast("build", *names, "-o", "out", "-q", "-j", "2"), cwd=root, env=environment,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)  # fmt: skip
    reached = kill_points(out, cache)[point]
    deadline = time.monotonic() + TIMEOUT
    while not reached() and build.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    if build.poll() is not None:
        return f"the build ended before {point} was seen"
    os.killpg(build.pid, signal.SIGKILL)
    build.wait()
    time.sleep(1.0)  # the workers notice that their parent is gone
    rerun = subprocess.run(articlecast("build", *names, "-o", "out", "-q", "-j", "2"), cwd=root, env=environment,
                           capture_output=True, text=True, timeout=TIMEOUT)  # fmt: skip
    problems = []
    if rerun.returncode != 0:
        problems.append(f"rerun exit {rerun.returncode}: {rerun.stderr.strip()}")
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    if len(feed.entries) != len(names) + 1:
        problems.append(f"{len(feed.entries)} episodes in the feed, not {len(names) + 1}")
    for name, data in reference.items():
        if (out / name).read_bytes() != data:
            problems.append(f"{name} differs from a clean build's")
    check = subprocess.run(articlecast("check", "out"), cwd=root, capture_output=True, text=True, timeout=TIMEOUT)
    if check.returncode != 0:
        problems.append(f"check: {check.stdout.strip()}")
    left = temporaries(out, cache)
    if left:
        problems.append(f"temporary files left: {[path.name for path in left]}")
    return "; ".join(problems)


def kill_nine(count: int) -> bool:
    ok = True
    with tempfile.TemporaryDirectory(prefix="articlecast-faults-") as folder:
        clean = Path(folder) / "clean"
        clean.mkdir()
        (clean / "articlecast.toml").write_text(SETTINGS)
        names = write_articles(clean, count, first=1)
        write_articles(clean, 1, first=0)
        environment = {**os.environ, "ARTICLECAST_CACHE": str(clean / "cache")}
        subprocess.run(articlecast("build", "story-0.md", *names, "-o", "out", "-q"), cwd=clean, env=environment, check=True)
        reference = {f"story-{n}.mp3": (clean / "out" / f"story-{n}.mp3").read_bytes() for n in range(count + 1)}
        for point in kill_points(Path(), Path()):
            root = Path(folder) / point
            root.mkdir()
            (root / "articlecast.toml").write_text(SETTINGS)
            write_articles(root, count + 1)
            subprocess.run(articlecast("build", "story-0.md", "-o", "out", "-q"), cwd=root, check=True,
                           env={**os.environ, "ARTICLECAST_CACHE": str(root / "cache")})  # fmt: skip
            started = time.perf_counter()
            problem = kill_at(point, root, names, reference)
            ok &= not problem
            print(f"kill -9 at {point:9} {'OK' if not problem else 'FAILED: ' + problem} ({time.perf_counter() - started:.0f} s)", flush=True)
    return ok


def concurrent(count: int) -> bool:
    with tempfile.TemporaryDirectory(prefix="articlecast-concurrent-") as folder:
        root = Path(folder)
        (root / "articlecast.toml").write_text(SETTINGS)
        different = write_articles(root, count // 2, first=1)
        same = write_articles(root, 1, first=0) * (count - count // 2)
        environment = {**os.environ, "ARTICLECAST_CACHE": str(root / "cache")}
        started = time.perf_counter()
        builds = [subprocess.Popen(articlecast("build", name, "-o", "out", "-q", "-j", "1"), cwd=root, env=environment,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                  for name in different + same]  # fmt: skip
        failures = [build.communicate(timeout=TIMEOUT)[1] for build in builds if build.wait(timeout=TIMEOUT) != 0]
        feed = feedparser.parse((root / "out" / "feed.xml").read_bytes())
        titles = sorted(entry.title for entry in feed.entries)
        expected = sorted(f"Story {n}" for n in range(count // 2 + 1))
        left = temporaries(root / "out", root / "cache")
        ok = not failures and titles == expected and not left
        print(f"{count} concurrent builds ({count // 2} different articles, {count - count // 2} of the same one): "
              f"{'OK' if ok else 'FAILED'} in {time.perf_counter() - started:.0f} s; {len(titles)} episodes in the feed"
              + (f"; failures: {failures}" if failures else "") + (f"; temporaries left: {left}" if left else ""))  # fmt: skip
        return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=4)
    parser.add_argument("--concurrent", type=int, default=8)
    options = parser.parse_args()
    ok = kill_nine(options.articles)
    ok &= concurrent(options.concurrent)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
