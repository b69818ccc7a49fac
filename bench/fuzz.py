"""A long fuzz run: hostile articles (tests/fuzz_articles.py) through ``script`` and, now and then, ``build``, in-process.

Usage: python bench/fuzz.py [--minutes 30] [--build-every 200] [--out fuzz-crashes]

Prints how many examples ran, the refusals (ArticlecastError) by kind, and every crash or hang:
its exception and the input, which is also saved under --out to be replayed.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from hypothesis import HealthCheck, given, settings  # noqa: E402

from articlecast.cache import Cache  # noqa: E402
from articlecast.config import VoiceProfile  # noqa: E402
from articlecast.errors import ArticlecastError  # noqa: E402
from fuzz_articles import article_files, script_of_file  # noqa: E402

SECONDS_PER_EXAMPLE = 30


class Hang(Exception):
    """An example ran longer than SECONDS_PER_EXAMPLE."""


class Tally:
    """Counts of examples and outcomes, and the crashes with their inputs."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.examples = self.scripts = self.builds = 0
        self.refused: collections.Counter[str] = collections.Counter()
        self.crashes: collections.Counter[str] = collections.Counter()
        self.slowest = 0.0
        self.slowest_input: tuple[str, bytes] = ("", b"")

    def crash(self, error: BaseException, suffix: str, data: bytes) -> None:
        where = traceback.extract_tb(error.__traceback__)[-1] if error.__traceback__ else None
        kind = f"{type(error).__name__} at {Path(where.filename).name}:{where.lineno}" if where else type(error).__name__
        if not self.crashes[kind]:
            self.out.mkdir(parents=True, exist_ok=True)
            saved = self.out / f"{hashlib.sha256(data).hexdigest()[:12]}{suffix or '.noext'}"
            saved.write_bytes(data)
            print(f"CRASH {kind}: {str(error)[:200]}\n  input: {saved} {data[:300]!r}", flush=True)
        self.crashes[kind] += 1

    def report(self, seconds: float) -> str:
        lines = [f"{self.examples} examples in {seconds / 60:.1f} min ({self.scripts} scripts, {self.builds} builds, "
                 f"{sum(self.refused.values())} refused, {sum(self.crashes.values())} crashes or hangs; slowest {self.slowest:.1f} s)"]
        lines += [f"  refused {count:6}  {kind}" for kind, count in self.refused.most_common()]
        lines += [f"  CRASH   {count:6}  {kind}" for kind, count in self.crashes.most_common()]
        lines.append(f"  slowest ({self.slowest:.1f} s): {self.slowest_input[0]} {self.slowest_input[1]!r}")
        return "\n".join(lines)


def _expire(*_: object) -> None:
    raise Hang(f"no answer after {SECONDS_PER_EXAMPLE} s")


def run_one(tally: Tally, suffix: str, data: bytes, work: Path, build: bool) -> None:
    """Script (and maybe build) one article; count what happened."""
    path = work / f"article{suffix}"
    path.write_bytes(data)
    started = time.perf_counter()
    signal.alarm(SECONDS_PER_EXAMPLE)
    try:
        script_of_file(path, work / "cache")
        tally.scripts += 1
        if build:
            from articlecast.pipeline import build as build_articles

            report = build_articles([path], work / "out", VoiceProfile(engine="espeak"), jobs=0, cache=Cache(work / "cache"))
            tally.builds += 1
            for result in report.failures:
                if not isinstance(result.exception, ArticlecastError):
                    tally.crash(result.exception or RuntimeError(result.error), suffix, data)
    except ArticlecastError as error:
        tally.refused[type(error).__name__ + ": " + " ".join(str(error).replace(str(path), "FILE").split()[:6])] += 1
    except Exception as error:  # noqa: BLE001 - what the fuzzing is looking for
        tally.crash(error, suffix, data)
    except Hang as error:
        tally.crash(error, suffix, data)
    finally:
        signal.alarm(0)
        seconds = time.perf_counter() - started
        if seconds > tally.slowest:
            tally.slowest, tally.slowest_input = seconds, (suffix, data[:300])
        tally.examples += 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--build-every", type=int, default=200, help="also build every Nth article that gives a script (0: never)")
    parser.add_argument("--out", type=Path, default=Path("fuzz-crashes"), help="where crashing inputs are saved")
    options = parser.parse_args()
    signal.signal(signal.SIGALRM, _expire)
    tally = Tally(options.out)
    work = Path(tempfile.mkdtemp(prefix="articlecast-fuzz-"))
    deadline = time.monotonic() + options.minutes * 60
    started = time.monotonic()

    @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(article_files(long_run=True))
    def batch(drawn: tuple[str, bytes]) -> None:
        if time.monotonic() < deadline:
            build = bool(options.build_every) and tally.examples % options.build_every == 0
            run_one(tally, *drawn, work, build)

    shown = started
    try:
        while time.monotonic() < deadline:
            batch()
            if time.monotonic() - shown > 60:  # a progress line a minute
                shown = time.monotonic()
                print(tally.report(shown - started).splitlines()[0], flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(tally.report(time.monotonic() - started))
    sys.exit(1 if tally.crashes else 0)


if __name__ == "__main__":
    main()
