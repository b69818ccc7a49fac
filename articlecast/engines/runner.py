"""Voice segments in worker processes into the clip cache, checking every clip.

A clip is cached under a hash of its spoken text, the voice settings and the
engine's name and version (with its voice file's hash, for an engine that gives
one), so a rebuild voices only what changed. Each worker keeps one engine for
its life. A clip that is empty, silent, in an odd format or
of an implausible length for its text is voiced again (by a fresh worker if its
pool broke), then alone in a fresh process; if it is still wrong, the article
fails with a clear message.
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import Cache, key_of
from ..config import VoiceSettings
from ..errors import EngineError
from ..workers import Workers
from . import engine_version, get_engine, prepare_voicing
from ..audio import AudioFormat, Clip
from ..audio.metering import clip_energies
from ..audio.pcm import as_segment, pydub
from .base import Engine
from ..audio.wav import read_wav, wav_bytes, wav_shape

# Beside each clip: its loudness energies, so that an episode's loudness needs no pass over its audio.
ENERGIES_SUFFIX = ".energies.npy"
# Bump when what is stored for a clip changes (trimming, fades, format).
CLIP_FORMAT_VERSION = 2

# Seconds of speech per character at 1 word per minute, bounds measured with eSpeak NG:
# prose gives 10 to 45, a digit (read as part of a number) up to 100.
SECONDS_PER_CHAR_WPM_MIN = 6.0
SECONDS_PER_CHAR_WPM_MAX = 30.0
SECONDS_PER_DIGIT_WPM_MAX = 150.0
SLACK_SECONDS = 1.0

SILENCE_THRESHOLD_DBFS = -50.0
EDGE_MARGIN_MS = 20
FADE_MS = 5
"""Linear fade at both ends of a trimmed clip, from and to zero: where a clip meets silence there is no step (click)."""

Progress = Callable[[int], None]
_LOGGER = logging.getLogger(__name__)

_worker_engines: dict[str, Engine] = {}
_worker_engines_lock = threading.RLock()


@dataclass(frozen=True)
class CachedClip:
    """A voiced clip stored in the cache."""

    key: str
    path: Path
    format: AudioFormat
    frames: int

    @property
    def duration(self) -> float:
        return self.frames / self.format.sample_rate

    def load(self) -> Clip:
        """The clip's audio."""
        return read_wav(self.path)

    def energies(self) -> Any:
        """The clip's K-weighted 100 ms energies (see :func:`~articlecast.audio.metering.clip_energies`),
        stored beside it when it was voiced; measured and stored now if missing."""
        import numpy as np

        path = self.path.with_name(f"{self.key}{ENERGIES_SUFFIX}")
        try:
            return np.load(path)
        except (FileNotFoundError, ValueError, OSError):
            energies = clip_energies(self.load())
            cache_root = self.path.parent.parent.parent  # <root>/clips/<key[:2]>/<key>.wav
            Cache(cache_root).put("clips", self.key, ENERGIES_SUFFIX, _npy(energies))
            return energies


@dataclass(frozen=True)
class Voicing:
    """The clips of a list of texts, in order, and how many came from the cache."""

    clips: tuple[CachedClip, ...]
    cache_hits: int
    voiced: int


class Voicer:
    """Voices texts with a profile's engine, through the cache and shared workers."""

    def __init__(self, workers: Workers, cache: Cache) -> None:
        self.workers = workers
        self.cache = cache

    def voice(
        self, texts: Sequence[str], settings: VoiceSettings, version: str | None = None, progress: Progress | None = None
    ) -> Voicing:
        """Voice each text with ``settings``; cached clips are reused. Clips come back in input order.

        ``version`` is the engine's (:func:`~articlecast.engines.engine_version`), with ``settings``
        from :func:`~articlecast.engines.prepare_voicing`; None checks the engine and asks it here.
        """
        if version is None:
            engine, settings = prepare_voicing(settings)
            version = engine_version(engine, settings)
        keys = [clip_key(text, settings, version) for text in texts]
        missing = {key: text for key, text in zip(keys, texts) if self.cache.get("clips", key, ".wav") is None}
        hits = len(texts) - sum(1 for key in keys if key in missing)
        _LOGGER.info("%d of %d clips from the cache; %d to voice with %s", hits, len(texts), len(missing), version)
        if progress and hits:
            progress(hits)
        problems = self._voice_missing(missing, settings, progress)
        if problems:
            key, problem = next(iter(problems.items()))
            raise EngineError(
                f"The engine could not voice the text {_excerpt(missing[key])}: {problem}; "
                "check the engine installation or simplify that sentence."
            )
        return Voicing(tuple(self._cached(key) for key in keys), hits, len(missing))

    def _voice_missing(self, missing: dict[str, str], settings: VoiceSettings, progress: Progress | None) -> dict[str, str]:
        """Voice the missing texts; a bad clip is voiced again, then alone in a fresh process.
        Returns the problem of each text that could not be voiced."""
        pending = dict(missing)
        problems: dict[str, str] = {}

        def advance(future: Future[str | None]) -> None:
            if progress and _outcome(future) is None:
                progress(1)

        for isolated in (False, False, True):
            if not pending:
                break
            outcomes = self._voice_round(pending, settings, isolated, advance)
            problems = {key: problem for key, problem in outcomes.items() if problem}
            pending = {key: missing[key] for key in problems}
            for key, problem in problems.items():
                _LOGGER.warning("Voicing %s again%s: %s", _excerpt(missing[key]), "" if isolated else " alone", problem)
        return problems

    def _voice_round(
        self, pending: dict[str, str], settings: VoiceSettings, isolated: bool, on_done: Callable[[Future[str | None]], None]
    ) -> dict[str, str | None]:
        """Voice the pending texts in the engine's lane (one engine per process: two cannot share
        eSpeak NG), or each in a fresh process of its own; the problem of each, or None."""
        root = str(self.cache.root)
        keys = list(pending)
        arguments = [(pending[key], settings, root, key) for key in keys]
        if not isolated:
            futures = self.workers.gather(settings.engine, voice_into_cache, arguments, on_done)
        else:
            futures = []
            for args in arguments:
                with Workers(1) as fresh:
                    futures += fresh.gather(settings.engine, voice_into_cache, [args], on_done)
        return {key: _outcome(future) for key, future in zip(keys, futures)}

    def _cached(self, key: str) -> CachedClip:
        path = self.cache.path("clips", key, ".wav")
        fmt, frames = wav_shape(path)
        return CachedClip(key, path, fmt, frames)


def clip_key(text: str, settings: VoiceSettings, engine_version: str) -> str:
    """The cache key of a clip: spoken text, voice settings, engine and version, stored format."""
    return key_of("clip", CLIP_FORMAT_VERSION, engine_version, settings.key_fields(), text)


def worker_engine(name: str) -> Engine:
    """This worker's engine called ``name``, made on first use and kept (each engine has its own lane of
    workers; see Workers); while :func:`start_warming` still warms it, this waits for it."""
    with _worker_engines_lock:
        if name not in _worker_engines:
            _worker_engines[name] = get_engine(name)
        return _worker_engines[name]


def start_warming(name: str) -> None:
    """Worker task, submitted before an article's clips: in a thread of its own, make the engine and, for one
    that defines ``warm()`` (a model to load), warm it while the script is prepared. The task returns at once,
    so the worker takes the first clip (which waits for the warm-up) instead of another worker starting.
    Errors are left for the first clip to report."""
    threading.Thread(target=_warm, args=(name,), daemon=True).start()


def _warm(name: str) -> None:
    with _worker_engines_lock:
        try:
            warm = getattr(worker_engine(name), "warm", None)
            if warm is not None:
                warm()
        except Exception:  # noqa: BLE001 - reported by the first clip, in context
            _LOGGER.debug("Warming the engine %r failed", name, exc_info=True)


def voice_into_cache(text: str, settings: VoiceSettings, cache_root: str, key: str) -> str | None:
    """Worker task: voice ``text``, check it, trim it and store it; return a problem, or None."""
    clip = worker_engine(settings.engine).synthesize(text, settings)
    problem = check_clip(clip, text, settings)
    if problem is None:
        trimmed = trim_silence(clip)
        cache = Cache(Path(cache_root))
        cache.put("clips", key, ENERGIES_SUFFIX, _npy(clip_energies(trimmed)))  # before the WAV, which marks the clip done
        cache.put("clips", key, ".wav", wav_bytes(trimmed))
    return problem


def check_clip(clip: Clip, text: str, settings: VoiceSettings) -> str | None:
    """Why ``clip`` is not a good recording of ``text``, or None when it is."""
    fmt = clip.format
    if fmt.sample_width != 2 or fmt.channels not in (1, 2) or not 8000 <= fmt.sample_rate <= 96000:
        return f"unexpected audio format {fmt.sample_rate} Hz, {fmt.channels} channels, {8 * fmt.sample_width} bit"
    if not clip.pcm:
        return "the engine returned no audio"
    if as_segment(clip).max == 0:
        return "the engine returned only silence"
    # a digit, or a Chinese or Japanese character (a syllable or more), is spoken as a whole word may be
    dense = sum(char.isdigit() or unicodedata.east_asian_width(char) in "WF" for char in text)
    low = SECONDS_PER_CHAR_WPM_MIN * len(text) / settings.rate
    high = (SECONDS_PER_CHAR_WPM_MAX * (len(text) - dense) + SECONDS_PER_DIGIT_WPM_MAX * dense) / settings.rate
    if not low <= clip.duration <= high + SLACK_SECONDS:
        return f"{clip.duration:.2f} s of audio is implausible for {len(text)} characters at {settings.rate} words per minute"
    return None


def trim_silence(clip: Clip) -> Clip:
    """The clip without the engine's own leading and trailing silence (a short margin is kept),
    faded in and out over :data:`FADE_MS` so that it starts and ends at zero."""
    detect_leading_silence = pydub().silence.detect_leading_silence
    segment = as_segment(clip)
    lead = max(0, detect_leading_silence(segment, SILENCE_THRESHOLD_DBFS) - EDGE_MARGIN_MS)
    trail = max(0, detect_leading_silence(segment.reverse(), SILENCE_THRESHOLD_DBFS) - EDGE_MARGIN_MS)
    if lead + trail >= len(segment):
        return fade_edges(clip)
    return fade_edges(Clip(segment[lead : len(segment) - trail].raw_data, clip.format))


def fade_edges(clip: Clip) -> Clip:
    """The clip with a linear fade from zero at its start and to zero at its end (integer arithmetic: deterministic)."""
    import numpy as np

    fmt = clip.format
    frames = np.frombuffer(clip.pcm, "<i2").reshape(-1, fmt.channels).astype(np.int32)
    length = min(fmt.sample_rate * FADE_MS // 1000, len(frames) // 2)
    if length < 2:
        return clip
    ramp = np.arange(length, dtype=np.int32)[:, None]  # 0 .. length-1, over length
    frames[:length] = frames[:length] * ramp // length
    frames[-length:] = frames[-length:] * ramp[::-1] // length
    return Clip(frames.astype("<i2").tobytes(), fmt)


def _npy(array: Any) -> bytes:
    import io

    import numpy as np

    buffer = io.BytesIO()
    np.save(buffer, array, allow_pickle=False)
    return buffer.getvalue()


def _outcome(future: Future[str | None]) -> str | None:
    """The task's problem: what it reported, or how it failed."""
    try:
        return future.result()
    except BrokenProcessPool:
        return "the engine process crashed"
    except EngineError as error:
        return str(error).rstrip(".")
    except Exception as error:  # an engine plug-in's own failure: reported, retried, never a traceback
        return f"the engine failed ({type(error).__name__}: {error})"


def _excerpt(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
