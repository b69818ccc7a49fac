"""AIFF input: NSSpeechSynthesizer, pyttsx3's driver on macOS, writes AIFF whatever the file is called.

The standard library's ``aifc`` reads it (deprecated in Python 3.11 and 3.12, so imported
quietly; from 3.13 on it comes from the ``standard-aifc`` package).
"""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import aifc

AiffError = aifc.Error


def open_aiff(path: Path) -> Any:
    """A reader with the same methods as :func:`wave.open`'s; its frames are big-endian."""
    return aifc.open(str(path), "rb")


def to_little_endian(pcm: bytes, sample_width: int) -> bytes:
    """Big-endian samples (AIFF's order) in little-endian order (WAV's, and the clips')."""
    import numpy as np

    return np.frombuffer(pcm, np.uint8).reshape(-1, sample_width)[:, ::-1].tobytes()
