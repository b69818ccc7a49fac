"""The voice stage: engines found by name, and a runner that voices segments in worker processes."""

from __future__ import annotations

import importlib

from ..errors import EngineError
from .base import AudioFormat, Clip, Engine, VoiceInfo

BUILTIN_ENGINES = {"pyttsx3": "articlecast.engines.pyttsx3_engine:Pyttsx3Engine"}


def get_engine(name: str) -> Engine:
    """The engine called ``name``: a built-in one, or ``package.module:Class`` for your own."""
    target = BUILTIN_ENGINES.get(name, name)
    module_name, _, class_name = target.partition(":")
    if not class_name:
        raise EngineError(f"Unknown engine {name!r}; available: {', '.join(BUILTIN_ENGINES)} (or 'module:Class').")
    try:
        engine_class = getattr(importlib.import_module(module_name), class_name)
    except (ImportError, AttributeError):
        raise EngineError(f"The engine {name!r} cannot be loaded; check that its package is installed.") from None
    return engine_class()


__all__ = ["AudioFormat", "Clip", "Engine", "VoiceInfo", "get_engine"]
