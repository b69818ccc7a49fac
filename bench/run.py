"""Benchmark articlecast with eSpeak NG against the floor: raw eSpeak NG plus the lame command, run by hand.
(The natural voice, hibari, has its own: bench/hibari.py.)

    python bench/run.py [--words 10000]

Everything is measured in this one run on this machine, and printed as a ratio to
the floor: ``espeak-ng -w`` on the whole text plus ``lame`` encoding that WAV at
the same output settings, one after the other.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = ["The council", "The minister", "Residents", "The company", "Engineers", "The court", "Police", "Scientists"]
VERBS = ["said", "announced", "warned", "reported", "confirmed", "denied", "argued", "estimated"]
OBJECTS = [
    "that the budget would rise by 3.5% next year",
    "that repairs on the bridge would cost $2.5 million",
    "that about 2,100 people had signed the petition",
    "that the vote was postponed until March 3",
    "that the new line would open at 5 p.m. on Monday",
    "that the river was cleaner than at any time since the 1990s",
    "that talks with the union had broken down again",
    "that the report would be published before the end of the month",
]


def article_text(words: int, seed: int = 7) -> str:
    """A news-like article of about ``words`` words, in paragraphs of three to five sentences."""
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        sentences = [
            f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}, according to officials in district {rng.randint(1, 90)}."
            for _ in range(rng.randint(3, 5))
        ]
        paragraphs.append(" ".join(sentences))
        count += sum(len(s.split()) for s in sentences)
    return "A benchmark article\n\n" + "\n\n".join(paragraphs) + "\n"


def timed(command: list[str], env: dict[str, str] | None = None, stdout=subprocess.DEVNULL) -> float:
    """Seconds a command takes; fails loudly if it fails."""
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, stdout=stdout)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=10_000)
    args = parser.parse_args()
    for tool in ("espeak-ng", "lame"):
        if not shutil.which(tool):
            sys.exit(f"bench needs the {tool} command: apt-get install espeak-ng lame")
    articlecast = [sys.executable, "-m", "articlecast"]
    work = Path(tempfile.mkdtemp(prefix="articlecast-bench-"))
    article = work / "article.txt"
    text = article_text(args.words)
    article.write_text(text)
    print(f"{args.words}-word article ({len(text):,} characters), {os.cpu_count()} CPUs, in {work}")

    voiced = work / "floor.wav"
    floor_voice = timed(["espeak-ng", "-s", "175", "-v", "en", "-w", str(voiced), "-f", str(article)])
    floor_encode = timed(["lame", "--quiet", "-b", "96", "-m", "m", "--resample", "44.1", str(voiced), str(work / "floor.mp3")])
    floor = floor_voice + floor_encode
    audio_seconds = os.path.getsize(voiced) / 44100
    results: list[tuple[str, float, str]] = []

    def build(name: str, *extra: str, cache: str = "cache", out: str = "out", target: Path = article) -> float:
        env = {**os.environ, "ARTICLECAST_CACHE": str(work / cache)}
        seconds = timed([*articlecast, "build", str(target), "-o", str(work / out), "-q", "--engine", "espeak", *extra], env=env)
        results.append((name, seconds, ""))
        return seconds

    cold2 = build("cold build, --jobs 2", "--jobs", "2", cache="cache2", out="out2")
    build("cold build, --jobs 1", "--jobs", "1", cache="cache1", out="out1")
    build("warm rebuild, unchanged", "--jobs", "2", cache="cache2", out="out2")
    article.write_text(text.replace("according to officials in district", "according to officers in district", 1))
    build("rebuild after a one-sentence edit", "--jobs", "2", cache="cache2", out="out2")

    batch = work / "batch"
    batch.mkdir()
    for n in range(50):
        (batch / f"short-{n:02d}.txt").write_text(article_text(150, seed=n))
    batch_seconds = build("batch of 50 short articles, cold, --jobs 2", "--jobs", "2", cache="cache-batch", out="out-batch", target=batch)

    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    helps = [timed([*articlecast, "--help"]) for _ in range(5)]

    print(f"floor: espeak-ng {floor_voice:.2f} s + lame {floor_encode:.2f} s = {floor:.2f} s for {audio_seconds / 60:.1f} min of audio\n")
    print(f"{'measure':48} {'seconds':>9} {'ratio':>8}  target")
    targets = {
        "cold build, --jobs 2": ("floor", 0.8),
        "cold build, --jobs 1": ("floor", 1.2),
        "warm rebuild, unchanged": ("cold", 0.05),
        "rebuild after a one-sentence edit": ("cold", 0.15),
    }
    for name, seconds, _ in results:
        base, target = targets.get(name, ("floor", None))
        reference = cold2 if base == "cold" else floor
        ratio = seconds / reference
        goal = f"<= {target}x {base}" if target else ""
        mark = "" if target is None else ("ok" if ratio <= target else "MISSED")
        print(f"{name:48} {seconds:9.2f} {ratio:7.3f}x  {goal} {mark}")
    print(f"{'batch: seconds per short article':48} {batch_seconds / 50:9.3f}")
    print(f"{'peak RSS of any process (MB)':48} {peak:9.0f}           <= 250 MB {'ok' if peak <= 250 else 'MISSED'}")
    help_time = statistics.median(helps)
    print(f"{'articlecast --help (median of 5, s)':48} {help_time:9.3f}           <= 0.3 s {'ok' if help_time <= 0.3 else 'MISSED'}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
