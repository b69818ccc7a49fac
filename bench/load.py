"""Load: a batch of many short articles, and a catalog of thousands of episodes (run by hand).

    python bench/load.py [--articles 100 300] [--episodes 500 1000 2000] [--jobs 2]

Batches: builds each number of short articles (``--articles``) in one ``articlecast build`` with
a fresh cache, in a subprocess, and reports wall time, seconds per article and the peak memory
(maximum resident set) of the build process and of its largest worker: time should grow
linearly with the batch, and memory stay flat.

Catalog: fills a catalog with each number of episodes (``--episodes``; rows only, no audio) and
times, in this process, writing ``feed.xml`` alone (under a second for 2,000 episodes) and the
whole publication (feed and web pages), with the peak memory tracemalloc saw for each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from articlecast.config import Channel
from articlecast.publish import BuildKeys, Catalog, Episode
from articlecast.publish.feed import write_feed
from articlecast.publish.folder import publish_feed

CHANNEL = Channel(title="Load News", link="https://load.example.org/", base_url="https://load.example.org/audio/")
ARTICLE = """---
title: Story number {n}
date: 2026-01-01
---

Story {n} begins with one sentence about the harbour. The council met on Monday to discuss it.

A second paragraph of story {n} adds a quote from the mayor, who said the work would finish soon.
"""


def batch(count: int, jobs: int) -> dict[str, float]:
    """Build ``count`` short articles at once; wall time and peak memory."""
    with tempfile.TemporaryDirectory(prefix="articlecast-load-") as folder:
        root = Path(folder)
        (root / "articles").mkdir()
        for n in range(count):
            (root / "articles" / f"story-{n:04d}.md").write_text(ARTICLE.format(n=n), encoding="utf-8")
        program = (
            "import json, resource, sys\n"
            "from articlecast.cli import cli\n"
            "try:\n"
            "    cli(sys.argv[1:], prog_name='articlecast')\n"
            "except SystemExit as end:\n"
            "    code = end.code\n"
            "print(json.dumps({'code': code, 'self': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
            " 'workers': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}), file=sys.stderr)\n"
        )
        command = [sys.executable, "-c", program, "build", "articles", "-o", "out", "-q", "-j", str(jobs)]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=root, capture_output=True, text=True,
                                env={**os.environ, "ARTICLECAST_CACHE": str(root / "cache")})  # fmt: skip
        seconds = time.perf_counter() - started
        usage = json.loads(result.stderr.strip().splitlines()[-1])
        if usage["code"] not in (0, None):
            raise SystemExit(f"the batch of {count} failed: {result.stderr}")
        built = len(list((root / "out").glob("*.mp3")))
    return {"articles": count, "built": built, "seconds": round(seconds, 1), "per_article": round(seconds / count, 3),
            "build_mb": round(usage["self"] / 1024), "worker_mb": round(usage["workers"] / 1024)}  # fmt: skip


def catalog(count: int) -> dict[str, float]:
    """Fill a catalog with ``count`` episodes; time the feed alone and the whole publication."""
    with tempfile.TemporaryDirectory(prefix="articlecast-feed-") as folder:
        out = Path(folder)
        start = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc)
        with Catalog.open(out) as store:
            for n in range(count):
                (out / f"episode-{n}.mp3").write_bytes(b"")
                store.upsert(_episode(n, start + dt.timedelta(hours=n)), BuildKeys(f"in{n}", f"render{n}"))
            episodes = store.episodes()
            feed_seconds = _timed(lambda: write_feed(out, CHANNEL, episodes), out)
            publish_seconds = _timed(lambda: publish_feed(out, CHANNEL, store), out)
            tracemalloc.start()  # a second pass for memory: tracing slows Python down
            _timed(lambda: write_feed(out, CHANNEL, episodes), out)
            feed_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.reset_peak()
            _timed(lambda: publish_feed(out, CHANNEL, store), out)
            publish_peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
        size = (out / "feed.xml").stat().st_size
    return {"episodes": count, "feed_s": round(feed_seconds, 3), "feed_peak_mb": round(feed_peak / 1e6, 1),
            "feed_kb": round(size / 1000), "publish_s": round(publish_seconds, 2),
            "publish_peak_mb": round(publish_peak / 1e6, 1)}  # fmt: skip


def _timed(publish: Callable[[], object], out: Path) -> float:
    """Seconds to publish into ``out`` from scratch (the files written before are removed first)."""
    for path in out.glob("*.html"):
        path.unlink()
    (out / "feed.xml").unlink(missing_ok=True)
    started = time.perf_counter()
    publish()
    return time.perf_counter() - started


def _episode(n: int, when: dt.datetime) -> Episode:
    return Episode(
        id=f"episode-{n}", guid=f"urn:uuid:00000000-0000-4000-8000-{n:012d}", title=f"Episode {n}: the harbour & more",
        description="A summary. This audio is created with AI assistance.", audio_file=f"episode-{n}.mp3",
        audio_bytes=1_000_000 + n, duration=300.0 + n % 60, published=when, updated=when, content_hash=f"hash{n}",
        link=f"https://load.example.org/{n}", author="Desk", transcripts={}, language="en",
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, nargs="*", default=[100, 300])
    parser.add_argument("--episodes", type=int, nargs="*", default=[500, 1000, 2000])
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    for count in options.episodes:
        print(json.dumps(catalog(count)), flush=True)
    for count in options.articles:
        print(json.dumps(batch(count, options.jobs)), flush=True)
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB peak", file=sys.stderr)


if __name__ == "__main__":
    main()
