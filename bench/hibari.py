"""Benchmark the natural voice: articlecast with hibari against hibari's own floor, in one run.

    python bench/hibari.py [--words 3000]

The floor is hibari's own command (``hibari --threads 1``) voicing the whole article in one
process at the speed articlecast uses (rate 175 words per minute), plus ``lame`` encoding that
WAV at articlecast's output settings, one after the other. Against it: articlecast's cold build
with ``--jobs 2`` (target: at most 0.6x the floor), then a warm rebuild and a rebuild after a
one-sentence edit (targets as in bench/run.py, against the cold build). The peak resident memory
of each voicing worker is read from /proc while the cold build runs. The machine's load average
is printed first and last: other processes on the same cores slow every figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from run import article_text, timed

RATE = 175
WORDS_PER_MINUTE_AT_SPEED_1 = 157
TARGETS = {"cold build, --jobs 2": ("floor", 0.6), "warm rebuild, unchanged": ("cold", 0.05), "rebuild after a one-sentence edit": ("cold", 0.15)}


def children_cpu() -> float:
    """CPU seconds (user + system) used so far by this process's finished children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


class PeakMemory:
    """Polls the descendants of a process and keeps each one's peak resident memory (VmHWM, MB)."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.peaks: dict[int, tuple[str, float]] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def _poll(self) -> None:
        while not self._stop.wait(0.1):
            for pid in self._descendants():
                try:
                    status = Path(f"/proc/{pid}/status").read_text()
                    command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
                except OSError:
                    continue
                for line in status.splitlines():
                    if line.startswith("VmHWM:"):
                        peak = int(line.split()[1]) / 1024
                        if peak > self.peaks.get(pid, ("", 0.0))[1]:
                            self.peaks[pid] = (command, peak)

    def _descendants(self) -> list[int]:
        parents: dict[int, int] = {}
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    parents[int(entry.name)] = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        found, frontier = [self.root], [self.root]
        while frontier:
            parent = frontier.pop()
            children = [pid for pid, ppid in parents.items() if ppid == parent]
            found += children
            frontier += children
        return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=3_000)
    args = parser.parse_args()
    hibari = Path(sys.executable).with_name("hibari")
    if not hibari.exists() or not shutil.which("lame"):
        sys.exit("bench needs hibari-tts (pip install articlecast) and the lame command (apt-get install lame)")
    print(f"load average before: {' '.join(f'{load:.2f}' for load in os.getloadavg())} on {os.cpu_count()} CPUs")
    work = Path(tempfile.mkdtemp(prefix="articlecast-bench-hibari-"))
    article = work / "article.txt"
    text = article_text(args.words)
    article.write_text(text)
    print(f"{args.words}-word article ({len(text):,} characters), in {work}")

    cpu = children_cpu()
    voiced = work / "floor.wav"
    speed = f"{RATE / WORDS_PER_MINUTE_AT_SPEED_1:.4f}"
    with article.open() as stdin:
        start = time.perf_counter()
        subprocess.run([str(hibari), "--threads", "1", "--speed", speed, "--seed", "1", "-o", str(voiced)], stdin=stdin, check=True, stdout=subprocess.DEVNULL)
        floor_voice = time.perf_counter() - start
    floor_encode = timed(["lame", "--quiet", "-b", "96", "-m", "m", "--resample", "44.1", str(voiced), str(work / "floor.mp3")])
    floor = floor_voice + floor_encode
    floor_cpu, cpu = children_cpu() - cpu, children_cpu()
    audio_seconds = (os.path.getsize(voiced) - 44) / 2 / 24000

    articlecast = [sys.executable, "-m", "articlecast", "build", str(article), "-o", str(work / "out"), "-q", "--engine", "hibari"]
    env = {**os.environ, "ARTICLECAST_CACHE": str(work / "cache")}
    results: list[tuple[str, float]] = []
    start = time.perf_counter()
    process = subprocess.Popen([*articlecast, "--jobs", "2"], env=env)
    memory = PeakMemory(process.pid)
    if process.wait():
        sys.exit("the cold build failed")
    cold = time.perf_counter() - start
    memory.stop()
    cold_cpu = children_cpu() - cpu
    results.append(("cold build, --jobs 2", cold))
    results.append(("warm rebuild, unchanged", timed([*articlecast, "--jobs", "2"], env=env)))
    article.write_text(text.replace("according to officials in district", "according to officers in district", 1))
    results.append(("rebuild after a one-sentence edit", timed([*articlecast, "--jobs", "2"], env=env)))

    print(f"floor: hibari (1 thread) {floor_voice:.2f} s + lame {floor_encode:.2f} s = {floor:.2f} s for {audio_seconds / 60:.1f} min of audio"
          f" ({audio_seconds / floor_voice:.0f}x real time)\n")
    print(f"{'measure':40} {'seconds':>9} {'ratio':>8}  target")
    for name, seconds in results:
        base, target = TARGETS[name]
        ratio = seconds / (cold if base == "cold" else floor)
        print(f"{name:40} {seconds:9.2f} {ratio:7.3f}x  <= {target}x {base} {'ok' if ratio <= target else 'MISSED'}")
    print(f"{'CPU seconds: floor, cold build':40} {floor_cpu:9.2f} {cold_cpu:8.2f}  (cold build / 2 cores = {cold_cpu / 2 / floor_cpu:.3f}x the floor's CPU:"
          " the ratio on two otherwise idle cores)")
    workers = [peak for command, peak in memory.peaks.values() if "spawn_main" in command]
    others = [peak for command, peak in memory.peaks.values() if "spawn_main" not in command and "resource_tracker" not in command]
    print(f"{'peak RSS per voicing worker (MB)':40} {', '.join(f'{peak:.0f}' for peak in sorted(workers, reverse=True)[:4])}")
    print(f"{'peak RSS of the build process (MB)':40} {max(others, default=0):9.0f}")
    print(f"load average after: {' '.join(f'{load:.2f}' for load in os.getloadavg())}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
