"""The voice stage: engines found by name, and a runner that voices segments in worker processes.

Engines are registered in the ``articlecast.engines`` entry-point group: the
built-in ones in our ``pyproject.toml``, others by any installed package that
declares, for example::

    [project.entry-points."articlecast.engines"]
    myvoice = "myvoice_articlecast:MyVoiceEngine"

A profile may also name a class directly as ``package.module:Class``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
from importlib.metadata import EntryPoint, entry_points
from pathlib import Path

from ..config import VoiceProfile, VoiceSettings
from ..errors import EngineError
from ..language import base_language
from ..audio import AudioFormat, Clip
from .base import Engine, VoiceInfo, pick_voice, voices_for

ENTRY_POINT_GROUP = "articlecast.engines"


def engine_names() -> list[str]:
    """The names of the installed engines, sorted."""
    return sorted(_entry_points())


def get_engine(name: str) -> Engine:
    """The engine called ``name`` in the entry-point group, or the class ``package.module:Class``."""
    engine: Engine = _engine_class(name)()
    return engine


def _engine_class(name: str) -> type:
    entry = _entry_points().get(name)
    if entry is None and ":" not in name:
        raise EngineError(f"There is no engine {name!r}; installed engines: {', '.join(engine_names())} (or give 'package.module:Class').")
    try:
        if entry is not None:
            engine_class = entry.load()
        else:
            module_name, _, class_name = name.partition(":")
            engine_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError) as error:
        raise EngineError(f"The engine {name!r} cannot be loaded ({error}); check that its package is installed.") from None
    except Exception as error:  # a broken plug-in (syntax error, failing import): say so in one line
        raise EngineError(f"The engine {name!r} failed to load ({type(error).__name__}: {error}); fix or reinstall it.") from None
    return engine_class  # type: ignore[no-any-return]


def prepare_voicing(settings: VoiceSettings) -> tuple[Engine, VoiceSettings]:
    """The profile's engine, checked, and the profile with its voice id filled in,
    so that a missing engine or voice is reported before any worker starts."""
    engine = get_engine(settings.engine)
    engine.check()
    return engine, dataclasses.replace(settings, voice=resolve_voice(engine, settings))


def engine_version(engine: Engine, settings: VoiceSettings) -> str:
    """What the clip cache and the episode's input key know of the engine: its version and, for an
    engine that defines ``voice_version(settings)`` (Piper: a hash of the voice file), that too."""
    voice_version = getattr(engine, "voice_version", None)
    return engine.version() if voice_version is None else f"{engine.version()}/{voice_version(settings)}"


def phonemes_of(name: str) -> str | None:
    """The inline phoneme notation the engine called ``name`` takes (``espeak``), or None: what a
    lexicon needs to know of it, passed to the prepare stage as a value."""
    return getattr(_engine_class(name), "phonemes", None)


def worker_count(profile: VoiceProfile, jobs: int) -> int:
    """``jobs``, capped by the ``max_workers`` of each engine the profile uses (for its own language
    and in its ``[languages]`` tables), unless the profile sets ``max_workers`` itself.

    Each worker keeps its own engine, so this bounds how many copies of a big model are in memory.
    """
    if profile.max_workers is not None:
        return max(1, min(jobs, profile.max_workers))
    limits = [limit for name in profile.engines() if (limit := getattr(_engine_class(name), "max_workers", None))]
    return max(1, min([jobs, *limits]))


def resolve_voice(engine: Engine, settings: VoiceSettings) -> str:
    """The voice id the profile asks for (an installed voice, or a voice file), or the engine's voice for its language."""
    voices = engine.voices()
    if settings.voice is not None:
        wanted = settings.voice.lower()
        for voice in voices:
            if voice.id.lower() == wanted:
                return voice.id
        if Path(settings.voice).is_file():
            return settings.voice
        raise EngineError(f"The engine {engine.name!r} has no voice {settings.voice!r}; {_choice(voices, settings.language)}.")
    voice = pick_voice(voices, settings.language)
    if voice is None:
        raise EngineError(
            f"The engine {engine.name!r} has no voice for the language {settings.language!r}; "
            f"set voice under [languages.{settings.language}] in the voice profile ({_choice(voices, settings.language)})."
        )
    return voice.id


def _choice(voices: list[VoiceInfo], language: str) -> str:
    """Where the user can pick a voice from."""
    if not voices:
        return "it has no voices installed"
    fitting = voices_for(voices, base_language(language)) or voices
    listed = ", ".join(voice.id for voice in fitting[:8]) + (", ..." if len(fitting) > 8 else "")
    return f"available: {listed} (see 'articlecast voices')"


@functools.cache
def _entry_points() -> dict[str, EntryPoint]:
    """The installed engines' entry points, read once (reading every package's metadata takes a tenth of a second)."""
    return {entry.name: entry for entry in entry_points(group=ENTRY_POINT_GROUP)}


__all__ = [
    "ENTRY_POINT_GROUP",
    "AudioFormat",
    "Clip",
    "Engine",
    "VoiceInfo",
    "engine_names",
    "engine_version",
    "get_engine",
    "phonemes_of",
    "pick_voice",
    "prepare_voicing",
    "resolve_voice",
    "worker_count",
]
