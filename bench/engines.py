"""Benchmark the speech engines for speed and reliability, run by hand.

    python bench/engines.py [--sentences 1000] [--workers 2] [--speed-sentences 100]

Speed: each engine voices the same sentences one after another in one process
(after a warm-up); "× real time" is seconds of audio per second of wall time.

Reliability: each engine voices ``--sentences`` sentences over ``--workers``
spawned worker processes, each keeping one engine, as a build does, with the
rate switching between 140 and 220 words per minute every ten sentences (two
voice profiles in one batch). Engines are called directly, without the
runner's re-voicing, and every clip is judged twice:

* by the runner's own ``check_clip`` (empty, silent, odd format, implausible length);
* against a reference: the same text at the same rate voiced by the ``espeak``
  engine, whose output does not depend on what was voiced before. A clip more
  than 10% away from the reference duration is "wrong rate" when its length fits
  the other rate, else "truncated" (shorter) or "too long".

The espeak engine is also checked bit for bit against its reference.
"""

from __future__ import annotations

import argparse
import multiprocessing
import resource
import sys
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from articlecast.sources import load_article  # noqa: E402
from articlecast.config import VoiceProfile  # noqa: E402
from articlecast.engines import get_engine, prepare_voicing  # noqa: E402
from articlecast.audio import AudioFormat, Clip  # noqa: E402
from articlecast.engines.runner import check_clip  # noqa: E402
from articlecast.speech.sentences import split_sentences  # noqa: E402

RATES = (140, 220)
TOLERANCE = 0.10


@dataclass(frozen=True)
class Job:
    text: str
    rate: int


def sentences(count: int) -> list[str]:
    """The sample articles' sentences, repeated with a running number until there are ``count``."""
    found = []
    for path in sorted((ROOT / "samples").iterdir()):
        article = load_article(path)
        found += [s for block in article.blocks for s in split_sentences(block.text, article.language)]
    return [found[i % len(found)] if i < len(found) else f"Item {i}: {found[i % len(found)]}" for i in range(count)]


_engine = None


def _voice(engine: str, voice: str, job: Job) -> tuple[int, bytes | None, float, int]:
    """Worker: voice one job; (sample rate, pcm or None on error, seconds taken, peak RSS in KiB)."""
    global _engine
    if _engine is None:
        _engine = get_engine(engine)
    start = time.perf_counter()
    try:
        clip = _engine.synthesize(job.text, VoiceProfile(engine=engine, voice=voice, rate=job.rate))
    except Exception as error:  # noqa: BLE001 - a failure is a result here
        print(f"{engine}: {type(error).__name__}: {error}", file=sys.stderr)
        return 0, None, time.perf_counter() - start, _peak_kib()
    return clip.format.sample_rate, clip.pcm, time.perf_counter() - start, _peak_kib()


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run(engine: str, voice: str, jobs: list[Job], workers: int) -> list[tuple[int, bytes | None, float, int]]:
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        return list(pool.map(_voice, [engine] * len(jobs), [voice] * len(jobs), jobs, chunksize=1))


def speed(engine: str, voice: str, texts: list[str]) -> tuple[float, float]:
    """(× real time, peak memory in MiB) voicing ``texts`` one by one in one process, after a warm-up."""
    jobs = [Job(texts[0], 175)] + [Job(text, 175) for text in texts]
    results = run(engine, voice, jobs, 1)[1:]
    audio = sum(len(pcm or b"") / 2 / rate for rate, pcm, _, _ in results if rate)
    return audio / sum(seconds for _, _, seconds, _ in results), max(peak for *_, peak in results) / 1024


def judge(results, jobs: list[Job], reference, engine: str) -> Counter:
    counts: Counter = Counter()
    for (rate, pcm, _, _), job, (_, ref_pcm, _, _) in zip(results, jobs, reference):
        if pcm is None:
            counts["error"] += 1
            continue
        clip = Clip(pcm, AudioFormat(rate))
        if check_clip(clip, job.text, VoiceProfile(rate=job.rate)):
            counts["rejected by check_clip"] += 1
        ratio = len(pcm) / len(ref_pcm)
        other = RATES[0] / RATES[1] if job.rate == RATES[0] else RATES[1] / RATES[0]
        if not pcm:
            counts["empty"] += 1
        elif abs(ratio - 1) <= TOLERANCE:
            counts["ok"] += 1
        elif abs(ratio / other - 1) <= TOLERANCE:
            counts["wrong rate"] += 1
        elif ratio < 1:
            counts["truncated"] += 1
        else:
            counts["too long"] += 1
        if engine == "espeak" and pcm != ref_pcm:
            counts["bytes differ from reference"] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--speed-sentences", type=int, default=100)
    args = parser.parse_args()

    engines = ["espeak", "pyttsx3"] + (["piper"] if find_spec("piper") else [])
    voices = {name: prepare_voicing(VoiceProfile(engine=name))[1].voice for name in engines}
    texts = sentences(max(args.sentences, args.speed_sentences))

    print(f"Speed ({args.speed_sentences} sentences, one process, 175 wpm):")
    for name in engines:
        count = args.speed_sentences if name != "piper" else min(20, args.speed_sentences)
        factor, peak = speed(name, voices[name], texts[:count])
        print(f"  {name:8} {voices[name]:18} {factor:8.0f}× real time   peak {peak:5.0f} MiB   ({count} sentences)")

    jobs = [Job(text, RATES[(i // 10) % 2]) for i, text in enumerate(texts[: args.sentences])]
    reference = run("espeak", voices["espeak"], jobs, args.workers)
    print(f"\nReliability ({len(jobs)} sentences over {args.workers} workers, rate switching {RATES[0]}/{RATES[1]}):")
    for name in ("espeak", "pyttsx3"):
        start = time.perf_counter()
        results = reference if name == "espeak" else run(name, voices[name], jobs, args.workers)
        counts = judge(results, jobs, reference, name)
        seconds = time.perf_counter() - start if name != "espeak" else float("nan")
        print(f"  {name:8} {dict(sorted(counts.items()))}" + (f"   ({seconds:.0f} s)" if name != "espeak" else ""))
    again = run("espeak", voices["espeak"], jobs, args.workers)
    print(f"  espeak, second run: {dict(sorted(judge(again, jobs, reference, 'espeak').items()))}")


if __name__ == "__main__":
    main()
