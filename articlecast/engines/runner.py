"""Voice many texts in worker processes, check every clip, and re-voice bad ones.

Workers are started with the ``spawn`` method: forking a process after a speech
engine exists hangs. Each worker keeps one engine for its life. A clip that is
empty, silent, in an odd format or of an implausible length for its text is
voiced again in a fresh pool, then alone in a fresh process; if it is still
wrong, the article fails with a clear message.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from ..config import VoiceProfile
from ..errors import EngineError
from . import get_engine, prepare_voicing
from .base import Clip, Engine, as_segment

# Seconds of speech per character at 1 word per minute, bounds measured with eSpeak NG:
# prose gives 10 to 45, a digit (read as part of a number) up to 100.
SECONDS_PER_CHAR_WPM_MIN = 6.0
SECONDS_PER_CHAR_WPM_MAX = 30.0
SECONDS_PER_DIGIT_WPM_MAX = 150.0
SLACK_SECONDS = 1.0

Progress = Callable[[int], None]

_worker_engine: Engine | None = None


def voice_texts(texts: Sequence[str], profile: VoiceProfile, jobs: int = 1, progress: Progress | None = None) -> list[Clip]:
    """Voice each text with the profile's engine, in ``jobs`` worker processes; clips in input order."""
    profile, jobs = prepare_voicing(profile, jobs)
    clips: list[Clip | None] = [None] * len(texts)
    problems: dict[int, str] = {}
    pending = list(range(len(texts)))
    for attempt_jobs in (max(1, jobs), max(1, jobs), 1):
        if not pending:
            break
        isolate = attempt_jobs == 1 and bool(problems)
        problems = _voice_round(texts, pending, profile, attempt_jobs, isolate, clips, progress)
        pending = sorted(problems)
    if pending:
        index = pending[0]
        raise EngineError(
            f"The engine could not voice the text {_excerpt(texts[index])}: {problems[index]}; "
            "check the engine installation or simplify that sentence."
        )
    return [clip for clip in clips if clip is not None]


def check_clip(clip: Clip, text: str, profile: VoiceProfile) -> str | None:
    """Why ``clip`` is not a good recording of ``text``, or None when it is."""
    fmt = clip.format
    if fmt.sample_width != 2 or fmt.channels not in (1, 2) or not 8000 <= fmt.sample_rate <= 96000:
        return f"unexpected audio format {fmt.sample_rate} Hz, {fmt.channels} channels, {8 * fmt.sample_width} bit"
    if not clip.pcm:
        return "the engine returned no audio"
    if as_segment(clip).max == 0:
        return "the engine returned only silence"
    digits = sum(char.isdigit() for char in text)
    low = SECONDS_PER_CHAR_WPM_MIN * len(text) / profile.rate
    high = (SECONDS_PER_CHAR_WPM_MAX * (len(text) - digits) + SECONDS_PER_DIGIT_WPM_MAX * digits) / profile.rate
    if not low <= clip.duration <= high + SLACK_SECONDS:
        return f"{clip.duration:.2f} s of audio is implausible for {len(text)} characters at {profile.rate} words per minute"
    return None


def _voice_round(
    texts: Sequence[str],
    indices: list[int],
    profile: VoiceProfile,
    jobs: int,
    isolate: bool,
    clips: list[Clip | None],
    progress: Progress | None,
) -> dict[int, str]:
    """Voice ``indices`` into ``clips``; return the problems of those that failed."""
    problems: dict[int, str] = {}
    groups = [[index] for index in indices] if isolate else [indices]
    for group in groups:
        with _pool(min(jobs, len(group))) as pool:
            futures: dict[int, Future[Clip]] = {index: pool.submit(_voice_in_worker, texts[index], profile) for index in group}
            for index, future in futures.items():
                try:
                    clip = future.result()
                except BrokenProcessPool:
                    problems[index] = "the engine process crashed"
                    continue
                except EngineError as error:
                    problems[index] = str(error).rstrip(".")
                    continue
                problem = check_clip(clip, texts[index], profile)
                if problem:
                    problems[index] = problem
                else:
                    clips[index] = clip
                    if progress:
                        progress(1)
    return problems


def _pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_init_worker)


def _init_worker() -> None:
    """Keep engine chatter off our stdout, which may carry JSON for tools."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115


def _voice_in_worker(text: str, profile: VoiceProfile) -> Clip:
    global _worker_engine
    if _worker_engine is None:
        _worker_engine = get_engine(profile.engine)
    return _worker_engine.synthesize(text, profile)


def _excerpt(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
