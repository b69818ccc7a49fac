"""How fast clips are levelled and measured, before and after the sparse true-peak finder (run by hand).

    python bench/loudness.py [--minutes 10] [--repeat 3]

Voices about ten minutes of news-like sentences with the project's engine (eSpeak NG
through pyttsx3, trimmed as the voicing step stores them), then times, in CPU seconds
(best of ``--repeat``), the current ``articlecast.render.loudness`` against the module
as it was at commit ``BEFORE``, read from git: there the true peak of every frame came
from ``scipy.signal.resample_poly`` over the whole clip. It also checks that both give
the same audio (to 1 LSB), the same loudness and true peaks under the ceiling.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import numpy as np
import scipy.signal

from articlecast.config import VoiceProfile
from articlecast.audio import Clip
from articlecast.engines.pyttsx3_engine import Pyttsx3Engine
from articlecast.engines.runner import trim_silence
from articlecast.audio import metering
from articlecast.render import loudness
from articlecast.speech.sentences import split_sentences
from run import article_text

ROOT = Path(__file__).resolve().parent.parent
BEFORE = "1726651"
"""The last commit whose loudness module oversampled every frame."""
PROBE_SECONDS = 120.0
"""As in articlecast.render.audio: the limiter's effect is measured on about this much speech."""


def module_at(commit: str) -> ModuleType:
    """``articlecast.render.loudness`` as it was at ``commit``, imported beside the current one."""
    source = subprocess.run(
        ["git", "show", f"{commit}:articlecast/render/loudness.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout
    module = ModuleType(f"articlecast.render.loudness_{commit}")
    module.__package__ = "articlecast.render"
    sys.modules[module.__name__] = module
    exec(compile(source, f"loudness.py@{commit}", "exec"), module.__dict__)
    return module


def speech(minutes: float) -> list[Clip]:
    """Sentence clips voiced by the project's engine, about ``minutes`` long in all."""
    engine, profile = Pyttsx3Engine(), VoiceProfile()
    paragraphs = article_text(int(minutes * 180)).split("\n\n")[1:]
    clips: list[Clip] = []
    for sentence in (sentence for paragraph in paragraphs for sentence in split_sentences(paragraph)):
        clips.append(trim_silence(engine.synthesize(sentence, profile)))
        if sum(clip.duration for clip in clips) >= minutes * 60:
            break
    return clips


def cpu_seconds(run: Callable[[], object], repeat: int) -> float:
    """The least CPU time of ``repeat`` runs (the machine is shared: wall time is noisy)."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        run()
        times.append(time.process_time() - start)
    return min(times)


def brute_force_true_peak(pcm: bytes) -> float:
    """True peak in dBTP of 16-bit mono PCM, the whole signal oversampled 4x by scipy."""
    samples = np.frombuffer(pcm, "<i2") / 32768.0
    return 20 * float(np.log10(np.abs(scipy.signal.resample_poly(samples, 4, 1)).max()))


def compare(label: str, old: Callable[[], object], new: Callable[[], object], repeat: int) -> None:
    before, after = cpu_seconds(old, repeat), cpu_seconds(new, repeat)
    print(f"{label:44s} {before:7.3f} s  {after:7.3f} s  {before / after:5.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    old = module_at(BEFORE)
    clips = speech(args.minutes)
    seconds = sum(clip.duration for clip in clips)
    every = max(1, round(seconds / PROBE_SECONDS))
    probe = clips[::every]
    print(f"{len(clips)} eSpeak NG clips, {seconds:.0f} s of speech at {clips[0].format.sample_rate} Hz; "
          f"probe of {sum(clip.duration for clip in probe):.0f} s")  # fmt: skip
    planned = loudness.plan_leveler(clips, -15.6, -1.0, probe)
    print(f"planned for -15.6 LUFS: {planned}\n")
    print(f"{'CPU seconds, best of ' + str(args.repeat):44s} {'before':>9s}  {'after':>9s}  speedup")
    for gain_db, ceiling_dbtp in [(planned.gain_db, planned.ceiling_dbtp), (6.0, -2.0), (0.0, -2.0)]:
        compare(
            f"Leveler({gain_db:+.2f} dB, {ceiling_dbtp:.0f} dBTP).apply, all clips",
            lambda: [old.Leveler(gain_db, ceiling_dbtp).apply(clip) for clip in clips],
            lambda: [loudness.Leveler(gain_db, ceiling_dbtp).apply(clip) for clip in clips],
            args.repeat,
        )
    compare("measure, all clips", lambda: old.measure(clips), lambda: metering.measure(clips), args.repeat)
    compare("true_peak_dbtp, each clip", lambda: [old.true_peak_dbtp(clip) for clip in clips],
            lambda: [loudness.true_peak_dbtp(clip) for clip in clips], args.repeat)  # fmt: skip
    compare("plan_leveler (whole, then the probe)", lambda: old.plan_leveler(clips, -15.6, -1.0, probe),
            lambda: loudness.plan_leveler(clips, -15.6, -1.0, probe), args.repeat)  # fmt: skip
    energies = cpu_seconds(lambda: metering.integrated_from_energies([metering.clip_energies(c) for c in clips]), args.repeat)
    print(f"{'clip_energies + integrated_from_energies':44s} {'':9s}  {energies:7.3f} s")

    print("\nSame results?")
    for gain_db, ceiling_dbtp in [(planned.gain_db, planned.ceiling_dbtp), (6.0, -2.0)]:
        before = [old.Leveler(gain_db, ceiling_dbtp).apply(clip) for clip in clips]
        after = [loudness.Leveler(gain_db, ceiling_dbtp).apply(clip) for clip in clips]
        differ = [np.abs(np.frombuffer(a, "<i2").astype(int) - np.frombuffer(b, "<i2")) for a, b in zip(before, after)]
        share = sum(int((d > 0).sum()) for d in differ) / sum(len(d) for d in differ)
        worst = max(brute_force_true_peak(pcm) for pcm in after) - ceiling_dbtp
        print(f"  {gain_db:+.2f} dB, {ceiling_dbtp:.0f} dBTP: {share:.4%} of samples differ, by at most "
              f"{max(int(d.max()) for d in differ)} LSB; highest true peak (scipy, 4x) {worst:+.4f} dB from the ceiling")  # fmt: skip
    print(f"  measure: {old.measure(clips):.4f} vs {metering.measure(clips):.4f} LUFS; from clip energies "
          f"{metering.integrated_from_energies([metering.clip_energies(clip) for clip in clips]):.4f} LUFS")  # fmt: skip
    print(f"  plan_leveler: {old.plan_leveler(clips, -15.6, -1.0, probe)} vs {loudness.plan_leveler(clips, -15.6, -1.0, probe)}")


if __name__ == "__main__":
    main()
