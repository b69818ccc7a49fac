"""Benchmark a Dask cluster build against a local one (issue 14): the cluster's overhead.

    python bench/cluster.py [--articles 200] [--words 150]

The same generated articles are built from a cold cache twice, with eSpeak NG: locally with
``--jobs 2``, and on a LocalCluster of two single-threaded worker processes on this machine
(started first, and warmed, so that its start is not counted). Both builds' episodes must be
byte-identical. Also printed: the machine's load before each build (the CPU is shared), tasks
per article, and the bytes each task sends and receives.
"""

from __future__ import annotations

import argparse
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import article_text  # noqa: E402


def timed_build(articles: Path, out: Path, cache: Path, **options: object) -> tuple[float, object]:
    from articlecast import VoiceProfile, build, find_articles
    from articlecast.cache import Cache

    profile = VoiceProfile(engine="espeak")
    start = time.perf_counter()
    report = build(find_articles([articles]), out, profile, cache=Cache(cache), **options)
    seconds = time.perf_counter() - start
    failed = [result.source for result in report.results if result.status != "built"]
    if failed:
        sys.exit(f"{len(failed)} articles were not built, e.g. {failed[0]}")
    return seconds, report


def transfer_sizes(cache: Path) -> tuple[int, int]:
    """Mean pickled size of a voicing task's arguments, and mean size of a cached clip and piece."""
    from articlecast.config import VoiceProfile

    settings = VoiceProfile(engine="espeak").voice_for("en")
    args = ("Engineers said that repairs on the bridge would cost $2.5 million, according to officials.", settings, str(cache), "0" * 64)
    clips = list((cache / "clips").glob("*/*.wav"))
    pieces = list((cache / "pieces").glob("*/*.mp3"))
    return len(pickle.dumps(args)), sum(p.stat().st_size for p in clips + pieces) // max(1, len(clips) + len(pieces))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--words", type=int, default=150)
    args = parser.parse_args()
    from distributed import Client, LocalCluster

    work = Path(tempfile.mkdtemp(prefix="articlecast-cluster-bench-"))
    articles = work / "articles"
    articles.mkdir()
    for n in range(args.articles):
        (articles / f"story-{n:03d}.txt").write_text(article_text(args.words, seed=n))
    print(f"{args.articles} articles of about {args.words} words, {os.cpu_count()} CPUs, in {work}")

    print(f"load average before the local build: {os.getloadavg()[0]:.2f}")
    local_seconds, local = timed_build(articles, work / "local", work / "local-cache", jobs=2)
    print(f"local --jobs 2: {local_seconds:.1f} s")

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None) as cluster:
        with Client(cluster) as client:
            from articlecast.render.warmup import warm_up_worker

            client.run(warm_up_worker)
        print(f"load average before the cluster build: {os.getloadavg()[0]:.2f}")
        cluster_seconds, remote = timed_build(articles, work / "cluster", work / "cluster-cache", scheduler=cluster.scheduler_address)
    print(f"2-worker LocalCluster: {cluster_seconds:.1f} s")

    same = all((work / "local" / name).read_bytes() == (work / "cluster" / name).read_bytes()
               for name in os.listdir(work / "local") if name.endswith((".mp3", ".vtt")))  # fmt: skip
    tasks = sum(sum(result.workers.values()) for result in remote.results)
    sent, stored = transfer_sizes(work / "cluster-cache")
    clips = sum(result.segments for result in remote.results)
    print(f"episodes byte-identical: {same}")
    print(f"tasks: {tasks} ({tasks / args.articles:.1f} per article, {clips / args.articles:.1f} clips per article)")
    print(f"per article: local {local_seconds / args.articles * 1000:.0f} ms, cluster {cluster_seconds / args.articles * 1000:.0f} ms")
    print(f"a voicing task's pickled arguments: {sent} bytes; a cache entry (clip or piece): {stored / 1024:.0f} KiB on average")
    cache_bytes = sum(path.stat().st_size for path in (work / "cluster-cache").rglob("*") if path.is_file())
    print(f"cache written per article: {cache_bytes / args.articles / 1024:.0f} KiB")
    for name, report in (("local", local), ("cluster", remote)):
        stages = {stage: sum(r.seconds.get(stage, 0) for r in report.results) / args.articles for stage in ("prepare", "voice", "encode", "write")}
        print(f"{name} seconds per article by stage (articles overlap): " + ", ".join(f"{k} {v:.2f}" for k, v in stages.items()))
    print(f"cluster overhead: {(cluster_seconds / local_seconds - 1) * 100:+.1f}% (target <= +10%)")
    shutil.rmtree(work, ignore_errors=True)
    if not same:
        sys.exit("the cluster's episodes differ from the local build's")


if __name__ == "__main__":
    main()
