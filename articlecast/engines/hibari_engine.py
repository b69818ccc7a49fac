"""The ``hibari`` engine: a natural English voice from ``hibari-tts`` (Apache-2.0, code and weights).

hibari is a 6M-parameter int8 ONNX distillation of Kokoro-82M's ``af_heart``
voice. Its wheel holds the model, lexicons and grapheme-to-phoneme rules; it
never uses the network for its bundled voice, ``heart`` (American English).
Its other voices download on first use, so they are not offered here.

Settings: ``rate`` in words per minute sets hibari's speed (1.0 is about 157
words per minute); ``volume`` multiplies the samples; ``pitch`` scales the
model's predicted fundamental frequency (50 leaves it, each step away is 0.1
semitone: 0 is half an octave lower, 100 half an octave higher), while the
spectral envelope stays, so the voice keeps its timbre.

Repeatable output: hibari adds noise drawn from numpy's generator. Each call
seeds it from the text, and one call voices one segment (the random state runs
on across the segment's sentences), so the same segment always gives the same
bytes for a given hibari, onnxruntime, numpy, FFT library (scipy's when it is
installed, else numpy's) and thread count: all of these are in :meth:`version`.
Each worker process runs the model on one thread (two threads were slower on a
busy 2-core machine).

Lexicon: hibari reads misaki phonemes inline as ``[word](/phonemes/)``, so the
lexicon's ``phonemes`` entries are misaki phonemes for this engine (``phonemes =
"misaki"``); respellings and ``spell`` work as for every engine.
"""

from __future__ import annotations

import hashlib
import json
import re
from importlib.metadata import PackageNotFoundError, version
from importlib.util import find_spec
from pathlib import Path
from typing import Any, ClassVar

from ..config import VoiceSettings
from ..errors import EngineError
from ..audio import AudioFormat, Clip
from .base import VoiceInfo

HIBARI_MISSING = "hibari-tts is not installed; install it with: pip install 'hibari-tts>=0.2.1,<0.3'."
WORDS_PER_MINUTE_AT_SPEED_1 = 157
"""hibari's speed 1.0 measured in words per minute."""
SPEED_RANGE = (0.5, 2.0)
"""The speeds hibari is made for."""
SEMITONES_PER_PITCH_STEP = 0.1
THREADS = 1
SAMPLE_RATE = 24000
"""hibari's output rate (``hibari.SAMPLE_RATE``), known here so that the build process need not import hibari."""
_INLINE_PHONEMES = re.compile(r"\]\(/([^)]*)/\)")


class HibariEngine:
    """Voices English text with hibari's bundled voice, seeded from the text, on one thread."""

    name: ClassVar[str] = "hibari"
    phonemes: ClassVar[str | None] = "misaki"
    max_workers: ClassVar[int | None] = 4
    """About 290 MB of memory per worker process."""
    deterministic: ClassVar[bool] = True

    def __init__(self) -> None:
        self._tts: Any = None

    def check(self) -> None:
        """hibari and onnxruntime are installed (found, not imported: the build process does not need them)."""
        if find_spec("hibari") is None or find_spec("onnxruntime") is None:
            raise EngineError(HIBARI_MISSING)

    def version(self) -> str:
        """hibari's, onnxruntime's and numpy's versions, the FFT library and the thread count: each changes the samples."""
        try:
            versions = (version("hibari-tts"), version("onnxruntime"), version("numpy"))
        except PackageNotFoundError:
            raise EngineError(HIBARI_MISSING) from None
        return "hibari-tts-{}+onnxruntime-{}+numpy-{}+fft-{}+threads-{}".format(*versions, fft_backend(), THREADS)

    def voices(self) -> list[VoiceInfo]:
        """The voices inside the package (the others would download on first use, so they are left out)."""
        return [
            VoiceInfo(name, f"{name} - {voice['accent']} English, {voice['gender']} (Kokoro {voice['kokoro']})", _languages(voice["language"]), SAMPLE_RATE)
            for name, voice in _voice_registry().items()
            if voice.get("bundled")
        ]

    def warm(self) -> None:
        """Load the model and the grapheme-to-phoneme rules (about 0.7 s) before the first clip needs them."""
        self._load("heart").phonemize("Ready.")

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        import numpy as np

        audio = self.samples(text, speed_for(settings.rate), pitch_factor(settings.pitch), settings.voice)
        scaled = np.clip(audio * np.float32(settings.volume), -1.0, 1.0) * np.float32(32767)
        return Clip(np.rint(scaled).astype("<i2").tobytes(), AudioFormat(SAMPLE_RATE))

    def samples(self, text: str, speed: float, pitch: float = 1.0, voice: str | None = None) -> Any:
        """hibari's float32 samples for ``text``: its own synthesis (``Hibari.__call__``) with the noise
        seeded from the text and the model's pitch curve scaled by ``pitch``."""
        import numpy as np
        from hibari import dsp

        tts = self._load(voice or "heart")
        _check_phonemes(text, tts.vocab)
        rng = np.random.default_rng(text_seed(text))
        parts = []
        for phonemes in tts.phonemize(text):
            ids = tts.ids(phonemes)
            if len(ids) < 3:
                continue
            inputs = {"ids": np.asarray([ids], np.int64), "speed": np.asarray([speed], np.float32)}
            harmonic, phase, noise, free, free_phase, f0 = (output[0] for output in tts.sess.run(None, inputs))
            if pitch != 1.0:
                f0 = f0 * np.float32(pitch)
            parts.append(dsp.synth(harmonic, phase, noise, free, free_phase, f0, rng))
        return np.concatenate(parts) if parts else np.zeros(0, np.float32)

    def _load(self, voice: str) -> Any:
        if self._tts is None or self._tts.voice != voice:
            if not _voice_registry().get(voice, {}).get("bundled"):  # checked before Hibari(), which would download it
                raise EngineError(f"hibari's voice {voice!r} is not inside its package (it would be downloaded); use the voice 'heart'.")
            from hibari import Hibari

            self._tts = Hibari(voice=voice, threads=THREADS)
        return self._tts


def fft_backend() -> str:
    """The FFT library hibari's signal processing uses: scipy's when scipy is installed, else numpy's (``hibari.dsp.FFT_BACKEND``)."""
    return "scipy" if find_spec("scipy") is not None else "numpy"


def _voice_registry() -> dict[str, Any]:
    """hibari's voice registry (``hibari.voices.VOICES``), read without importing hibari."""
    spec = find_spec("hibari")
    if spec is None or not spec.submodule_search_locations:
        raise EngineError(HIBARI_MISSING)
    registry = Path(next(iter(spec.submodule_search_locations))) / "assets" / "voices.json"
    try:
        return dict(json.loads(registry.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        raise EngineError(f"hibari's voice list {registry} cannot be read ({type(error).__name__}); reinstall hibari-tts.") from None


def speed_for(rate: int) -> float:
    """hibari's speed for a rate in words per minute; refused outside the speeds hibari is made for."""
    speed = rate / WORDS_PER_MINUTE_AT_SPEED_1
    low, high = SPEED_RANGE
    if not low <= speed <= high:
        raise EngineError(
            f"hibari speaks between {round(low * WORDS_PER_MINUTE_AT_SPEED_1)} and {round(high * WORDS_PER_MINUTE_AT_SPEED_1)} "
            f"words per minute, not {rate}; change rate in the voice settings."
        )
    return speed


def pitch_factor(pitch: int) -> float:
    """The factor on hibari's pitch curve for a profile pitch (50: none)."""
    return float(2 ** ((pitch - 50) * SEMITONES_PER_PITCH_STEP / 12))


def text_seed(text: str) -> int:
    """The noise seed of a text: the same text, the same noise, whatever was voiced before."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "big")


def _check_phonemes(text: str, vocabulary: dict[str, int]) -> None:
    """Refuse inline phonemes (from the lexicon) with characters hibari's model does not know: it would drop them."""
    for phonemes in _INLINE_PHONEMES.findall(text):
        unknown = sorted({char for char in phonemes if char not in vocabulary})
        if unknown:
            raise EngineError(
                f"the lexicon phonemes {phonemes!r} have characters hibari does not know ({''.join(unknown)}); "
                "use misaki phonemes (see 'hibari TEXT --phonemes') or a respelling"
            )


def _languages(code: str) -> tuple[str, ...]:
    """``en-US`` → (``en-us``, ``en``): the voice's own language first, then its base language."""
    lowered = code.lower()
    return (lowered, lowered.split("-")[0])
