"""PCM clips: raw samples with their format, and their views as pydub segments and numpy arrays."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from pydub import AudioSegment

FloatArray = NDArray[np.float64]


@dataclass(frozen=True)
class AudioFormat:
    """Raw little-endian signed PCM."""

    sample_rate: int
    channels: int = 1
    sample_width: int = 2

    @property
    def bytes_per_second(self) -> int:
        return self.sample_rate * self.channels * self.sample_width

    @property
    def frame_size(self) -> int:
        return self.channels * self.sample_width


@dataclass(frozen=True)
class Clip:
    """The audio of one segment."""

    pcm: bytes
    format: AudioFormat

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return len(self.pcm) / self.format.bytes_per_second


def as_segment(clip: Clip) -> AudioSegment:
    """The clip as a pydub segment (no copy of the samples)."""
    fmt = clip.format
    return pydub().AudioSegment(data=clip.pcm, sample_width=fmt.sample_width, frame_rate=fmt.sample_rate, channels=fmt.channels)


def pydub() -> ModuleType:
    """pydub (with ``pydub.silence``), without its warning about a missing ffmpeg:
    articlecast never asks pydub to read or write audio files."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)
        import pydub
        import pydub.silence
    return pydub


def pcm_array(clip: Clip) -> NDArray[np.int16]:
    """The clip's 16-bit PCM as integers, shape (frames, channels), without a copy."""
    if clip.format.sample_width != 2:
        raise ValueError("only 16-bit PCM is supported")
    return np.frombuffer(clip.pcm, dtype="<i2").reshape(-1, clip.format.channels)


def pcm_to_float(clip: Clip) -> FloatArray:
    """The clip's 16-bit PCM as floats in [-1, 1], shape (frames, channels)."""
    return pcm_array(clip) / 32768.0


def float_to_pcm(samples: NDArray[np.floating]) -> bytes:
    """Floats in [-1, 1] as 16-bit little-endian PCM (rounded, clipped)."""
    return np.clip(np.round(samples * 32768.0), -32768, 32767).astype("<i2").tobytes()
