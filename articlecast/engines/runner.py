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

import io
import logging
import threading
import unicodedata
import wave
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import CancelledError, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..cache import Cache, key_of
from ..config import VoiceSettings
from ..errors import CacheError, EngineError, VoicingError, WorkerError
from ..workers import TaskRunner
from . import engine_version, get_engine, prepare_voicing
from ..audio import AudioFormat, Clip
from ..audio.metering import clip_energies
from ..audio.pcm import as_segment, pydub
from .base import Engine
from ..audio.wav import wav_bytes, wav_clip, wav_shape

# Beside each clip: its loudness energies, so that an episode's loudness needs no pass over its audio.
ENERGIES_SUFFIX = ".energies.npy"
# Bump when what is stored for a clip changes (trimming, fades, format; 3: sealed with a checksum).
CLIP_FORMAT_VERSION = 3

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
    """A voiced clip stored in the cache (checked when it was found there, and on every read)."""

    key: str
    path: Path
    format: AudioFormat
    frames: int

    @property
    def duration(self) -> float:
        return self.frames / self.format.sample_rate

    def load(self) -> Clip:
        """The clip's audio; :class:`CacheError` if its entry was damaged since it was found."""
        data = self._cache().read_path(self.path)
        if data is None:
            raise CacheError(f"The cached clip {self.path} was removed or damaged during the build; run the build again.")
        return wav_clip(data)

    def energies(self) -> Any:
        """The clip's K-weighted 100 ms energies (see :func:`~articlecast.audio.metering.clip_energies`),
        stored beside it when it was voiced; measured and stored again if missing or damaged."""
        import numpy as np

        cache = self._cache()
        data = cache.read("clips", self.key, ENERGIES_SUFFIX)
        if data is not None:
            try:
                return np.load(io.BytesIO(data), allow_pickle=False)
            except (ValueError, OSError):
                _LOGGER.warning("The energies of the cached clip %s cannot be read; measuring them again", self.path)
        energies = clip_energies(self.load())
        cache.put("clips", self.key, ENERGIES_SUFFIX, _npy(energies))
        return energies

    def _cache(self) -> Cache:
        return Cache(self.path.parent.parent.parent)  # <root>/clips/<key[:2]>/<key>.wav


@dataclass(frozen=True)
class Voicing:
    """The clips of a list of texts, in order, and how many came from the cache."""

    clips: tuple[CachedClip, ...]
    cache_hits: int
    voiced: int


class Voicer:
    """Voices texts with a profile's engine, through the cache and shared workers."""

    def __init__(self, workers: TaskRunner, cache: Cache) -> None:
        self.workers = workers
        self.cache = cache
        self._claims: dict[str, threading.Event] = {}
        """Clips being voiced for one of the articles, by key: another article with the same sentence waits."""
        self._claims_lock = threading.Lock()

    def voice(
        self, texts: Sequence[str], settings: VoiceSettings, version: str | None = None, progress: Progress | None = None
    ) -> Voicing:
        """Voice each text with ``settings``; cached clips are reused. Clips come back in input order.

        ``version`` is the engine's (:func:`~articlecast.engines.engine_version`), with ``settings``
        from :func:`~articlecast.engines.prepare_voicing`; None checks the engine and asks it here.
        A clip that another call is voicing at the same time is waited for, not voiced twice.
        """
        if version is None:
            engine, settings = prepare_voicing(settings)
            version = engine_version(engine, settings)
        keys = [clip_key(text, settings, version) for text in texts]
        wanted = dict(zip(keys, texts))
        shapes = {key: self._shape(key) for key in wanted}
        missing, elsewhere = self._claim(wanted, shapes)
        _LOGGER.info("%d of %d clips from the cache or voiced elsewhere; %d to voice with %s",
                     len(texts) - len(missing), len(texts), len(missing), version)  # fmt: skip
        if progress and len(texts) > len(missing) + len(elsewhere):
            progress(len(texts) - len(missing) - len(elsewhere))
        try:
            problems = self._voice_missing(missing, settings, progress)
        finally:
            self._release(missing)
        for claim in elsewhere.values():
            claim.wait()
        shapes.update((key, self._shape(key)) for key in elsewhere)
        failed_elsewhere = {key: wanted[key] for key in elsewhere if shapes[key] is None}
        if progress and len(elsewhere) > len(failed_elsewhere):
            progress(len(elsewhere) - len(failed_elsewhere))
        problems |= self._voice_missing(failed_elsewhere, settings, progress)
        if problems:
            key, problem = next(iter(problems.items()))
            raise VoicingError(
                f"The engine could not voice the text {_excerpt(wanted[key])}: {problem}; "
                "check the engine installation or simplify that sentence."
            )
        voiced = [*missing, *failed_elsewhere]
        shapes.update((key, self._shape(key)) for key in voiced)
        return Voicing(tuple(self._cached(key, shapes[key]) for key in keys), len(texts) - len(voiced), len(voiced))

    def _claim(
        self, texts: dict[str, str], shapes: dict[str, tuple[AudioFormat, int] | None]
    ) -> tuple[dict[str, str], dict[str, threading.Event]]:
        """The clips the cache lacks, split into those this call voices (claimed now) and those
        another call is voicing (their claims, to wait for). A claim is released only after its
        clip is in the cache, so a key neither claimed nor cached is this call's to voice."""
        mine: dict[str, str] = {}
        elsewhere: dict[str, threading.Event] = {}
        with self._claims_lock:
            for key in (key for key in texts if shapes[key] is None):
                if key in self._claims:
                    elsewhere[key] = self._claims[key]
                elif (shape := self._shape(key)) is None:
                    mine[key] = texts[key]
                    self._claims[key] = threading.Event()
                else:
                    shapes[key] = shape
        return mine, elsewhere

    def _release(self, keys: Iterable[str]) -> None:
        with self._claims_lock:
            for key in keys:
                self._claims.pop(key).set()

    def _voice_missing(self, missing: dict[str, str], settings: VoiceSettings, progress: Progress | None) -> dict[str, str]:
        """Voice the missing texts; a bad clip is voiced again, then alone in a fresh process.
        Returns the problem of each text that could not be voiced."""
        pending = dict(missing)
        problems: dict[str, str] = {}

        def advance(future: Future[str | None]) -> None:
            if progress and _outcome(future) is None:
                progress(1)

        rounds = (False, False, True)  # isolated: each text alone in a fresh process
        for number, isolated in enumerate(rounds):
            if not pending:
                break
            outcomes = self._voice_round(pending, settings, isolated, advance)
            problems = {key: problem for key, problem in outcomes.items() if problem}
            pending = {key: missing[key] for key in problems}
            if number + 1 < len(rounds):
                for key, problem in problems.items():
                    alone = " alone in a fresh process" if rounds[number + 1] else ""
                    _LOGGER.info("Voicing %s again%s (%s)", _excerpt(missing[key]), alone, problem)
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
                with self.workers.isolated() as fresh:
                    futures += fresh.gather(settings.engine, voice_into_cache, [args], on_done)
        return {key: _outcome(future) for key, future in zip(keys, futures)}

    def _shape(self, key: str) -> tuple[AudioFormat, int] | None:
        """The format and length of the cached clip, or None if it is missing or damaged (then removed)."""
        data = self.cache.read("clips", key, ".wav")
        if data is None:
            return None
        try:
            return wav_shape(data)
        except (wave.Error, EOFError, ValueError):  # sealed but not a WAV: made by another version, say
            self.cache.path("clips", key, ".wav").unlink(missing_ok=True)
            return None

    def _cached(self, key: str, shape: tuple[AudioFormat, int] | None) -> CachedClip:
        if shape is None:
            raise CacheError(f"The clip {key} was voiced but cannot be read from the cache {self.cache.root}; run the build again.")
        return CachedClip(key, self.cache.path("clips", key, ".wav"), *shape)


def clip_key(text: str, settings: VoiceSettings, engine_version: str) -> str:
    """The cache key of a clip: spoken text, voice settings, engine and version, stored format."""
    return key_of("clip", CLIP_FORMAT_VERSION, engine_version, settings.key_fields(), text)


def worker_engine(name: str) -> Engine:
    """This worker's engine called ``name``, made on first use and kept (each engine has its own lane of
    workers; see Workers); while :func:`warm_engine` still warms it, this waits for it."""
    with _worker_engines_lock:
        if name not in _worker_engines:
            _worker_engines[name] = get_engine(name)
        return _worker_engines[name]


def warm_engine(name: str) -> None:
    """Make this worker's engine called ``name`` and, for one that defines ``warm()`` (a model to load),
    warm it: called in a worker's warm-up thread, while the script is prepared. Errors are left for the
    first clip to report, in context."""
    with _worker_engines_lock:
        try:
            warm = getattr(worker_engine(name), "warm", None)
            if warm is not None:
                warm()
        except Exception:  # noqa: BLE001 - reported by the first clip
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
    except (CacheError, WorkerError, CancelledError):  # the cache, a stopped build or a lost cluster: no clip's fault
        raise
    except EngineError as error:
        return str(error).rstrip(".")
    except Exception as error:  # an engine plug-in's own failure: reported, retried, never a traceback
        return f"the engine failed ({type(error).__name__}: {error})"


def _excerpt(text: str, limit: int = 60) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
