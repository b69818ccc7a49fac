"""The pyttsx3 engine: eSpeak NG on Linux, SAPI5 on Windows, NSSpeechSynthesizer on macOS.

pyttsx3 2.99 needs care (each point measured on Linux, each with a test):

* ``runAndWait()`` returns while eSpeak NG is still synthesising, and the WAV is
  written later from eSpeak's thread, to whatever file name is current *then*;
  so one utterance at a time: we wait for pyttsx3's ``finished-utterance`` event,
  for eSpeak NG's thread to be idle (the callback adds its last samples after that
  event) and for a complete WAV before starting the next.
* ``pyttsx3.init()`` is a per-process singleton: one engine per process, reused.
* It prints "Audio saved to ..." on stdout: silenced here so ours stays clean.
* On macOS, NSSpeechSynthesizer writes AIFF whatever the file is called (not
  measured here: reported upstream, pyttsx3 issue 361), so the clip is asked for
  and read as AIFF there.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import io
import platform
import tempfile
import threading
import time
import wave
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

from ..config import VoiceSettings
from ..errors import EngineError
from .aiff import AiffError, open_aiff, to_little_endian
from ..audio import AudioFormat, Clip
from .base import VoiceInfo, pick_voice
from .espeak_library import ESPEAK_MISSING, ESPEAK_RATE, data_path_for_pyttsx3, load_for_pyttsx3

_SYNTH_TIMEOUT = 60.0
_WAV_TIMEOUT = 5.0
_ATTEMPTS = 2
_WAV_POLL = 0.005

_engine: Any = None
_finished = threading.Event()
_lock = threading.RLock()
"""One call at a time: builds look voices up from several threads of the main process."""
_sample_rate: int | None = None
_CLIP_FILE = "clip.aiff" if platform.system() == "Darwin" else "clip.wav"


class Pyttsx3Engine:
    """Voices text through pyttsx3's default driver for this platform."""

    name: ClassVar[str] = "pyttsx3"
    phonemes: ClassVar[str | None] = None
    """pyttsx3 calls ``espeak_Synth`` without ``espeakPHONEMES``, so eSpeak NG would read ``[[ ]]`` out as text."""
    max_workers: ClassVar[int | None] = None
    deterministic: ClassVar[bool] = False

    def __init__(self) -> None:
        self._voice_ids: dict[str, str] = {}

    def check(self) -> None:
        """Raise :class:`EngineError` when the platform's speech library cannot be loaded."""
        try:
            import pyttsx3  # noqa: F401

            if platform.system() == "Linux":
                load_for_pyttsx3()
                import pyttsx3.drivers._espeak  # noqa: F401  (loads libespeak-ng)
        except (ImportError, OSError, RuntimeError):
            raise EngineError(ESPEAK_MISSING) from None

    def version(self) -> str:
        from importlib.metadata import version

        return f"pyttsx3-{version('pyttsx3')}-{platform.system().lower()}"

    def voices(self) -> list[VoiceInfo]:
        with _lock:
            found = _shared_engine().getProperty("voices")
            rate = self._sample_rate(str(found[0].id)) if found else 0
        return [
            VoiceInfo(str(voice.id), str(voice.name), tuple(str(lang).lower() for lang in voice.languages or ()), rate)
            for voice in found
        ]

    def _sample_rate(self, voice: str) -> int:
        """The platform's output rate: eSpeak NG's on Linux, else measured once by voicing one word."""
        global _sample_rate
        if _sample_rate is None:
            if platform.system() == "Linux":
                _sample_rate = ESPEAK_RATE
            else:  # pragma: no cover - SAPI5 and NSSpeechSynthesizer
                _sample_rate = self.synthesize("Hello.", VoiceSettings(self.name, voice, "en", 175, 1.0, 50)).format.sample_rate
        return _sample_rate

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        with _lock:
            return self._synthesize(text, settings)

    def _synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        """Voice ``text`` into a file and read it; tried again when no file comes (pyttsx3's eSpeak
        driver now and then ends an utterance without writing it, on a busy machine)."""
        engine = _shared_engine()
        self._apply(engine, settings)
        for _ in range(_ATTEMPTS):
            with tempfile.TemporaryDirectory(prefix="articlecast-") as folder:
                path = Path(folder) / _CLIP_FILE
                _finished.clear()
                with contextlib.redirect_stdout(io.StringIO()):
                    engine.save_to_file(text, str(path))
                    engine.runAndWait()
                    if not _finished.wait(_SYNTH_TIMEOUT):
                        raise EngineError(f"pyttsx3 did not finish voicing within {_SYNTH_TIMEOUT:.0f} s.")
                    _wait_until_espeak_is_idle()
                clip = _read_complete(path)
                if clip is not None:
                    return clip
        raise EngineError(f"pyttsx3 wrote no complete audio file in {_ATTEMPTS} tries of {_WAV_TIMEOUT:.0f} s each.")

    def _apply(self, engine: Any, settings: VoiceSettings) -> None:
        voice = settings.voice or self._voice_for(settings.language)
        if voice.lower() not in _known_voices():  # pyttsx3 would keep the previous voice without a word
            raise EngineError(f"pyttsx3 has no voice {voice!r}; run 'articlecast voices --engine pyttsx3' to see them.")
        engine.setProperty("voice", voice)
        engine.setProperty("rate", settings.rate)
        engine.setProperty("volume", settings.volume)
        with contextlib.suppress(KeyError, AttributeError, NotImplementedError):
            engine.setProperty("pitch", settings.pitch)

    def _voice_for(self, language: str) -> str:
        if language not in self._voice_ids:
            voice = pick_voice(self.voices(), language)
            if voice is None:
                raise EngineError(f"pyttsx3 has no voice for language {language!r}; run 'articlecast voices' to see them.")
            self._voice_ids[language] = voice.id
        return self._voice_ids[language]


@lru_cache(maxsize=1)
def _known_voices() -> frozenset[str]:
    return frozenset(str(voice.id).lower() for voice in _shared_engine().getProperty("voices"))


def _shared_engine() -> Any:
    """This process's one pyttsx3 engine (pyttsx3.init() is a singleton)."""
    global _engine
    if _engine is None:
        Pyttsx3Engine().check()
        import pyttsx3

        with data_path_for_pyttsx3():
            _engine = pyttsx3.init()
        _engine.connect("finished-utterance", lambda name, completed: _finished.set())
        atexit.register(_release_engine)
    return _engine


def _release_engine() -> None:
    """Drop the engine while modules still exist (pyttsx3's destructor fails at interpreter teardown)."""
    global _engine
    _engine = None
    gc.collect()


def _wait_until_espeak_is_idle() -> None:
    """On Linux, wait until eSpeak NG's thread has left the utterance's last callback.

    pyttsx3's callback signals the end of an utterance, then still appends that callback's samples to its
    buffer; if the next utterance had begun by then, they went into it (a clip too long by a fraction).
    ``espeak_IsPlaying`` is true while eSpeak NG's thread is busy with a command, callbacks included.
    """
    if platform.system() != "Linux":
        return  # pragma: no cover - SAPI5 and NSSpeechSynthesizer write their files themselves
    from pyttsx3.drivers import _espeak

    deadline = time.monotonic() + _WAV_TIMEOUT
    while _espeak.IsPlaying():
        if time.monotonic() > deadline:
            raise EngineError(f"eSpeak NG was still busy {_WAV_TIMEOUT:.0f} s after pyttsx3 finished voicing.")
        time.sleep(_WAV_POLL)


def _read_complete(path: Path) -> Clip | None:
    """The audio file once it is entirely on disk (its header's data size matches the file); None if it is
    not within :data:`_WAV_TIMEOUT`."""
    deadline = time.monotonic() + _WAV_TIMEOUT
    while time.monotonic() < deadline:
        clip = _try_read(path)
        if clip is not None:
            return clip
        time.sleep(_WAV_POLL)
    return None


def _try_read(path: Path) -> Clip | None:
    """The clip in a WAV file, or an AIFF file if it is named ``.aiff``; None while it is incomplete."""
    aiff = path.suffix == ".aiff"
    try:
        with open_aiff(path) if aiff else wave.open(str(path), "rb") as reader:
            fmt = AudioFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
            expected = reader.getnframes() * fmt.frame_size
            pcm = reader.readframes(reader.getnframes())
    except (FileNotFoundError, EOFError, wave.Error, AiffError):
        return None
    if not pcm or len(pcm) != expected:
        return None
    return Clip(to_little_endian(pcm, fmt.sample_width) if aiff else pcm, fmt)
