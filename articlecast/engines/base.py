"""The engine boundary: an engine lists its voices and turns one text into PCM."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from ..config import VoiceProfile

if TYPE_CHECKING:
    from pydub import AudioSegment


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


@dataclass(frozen=True)
class VoiceInfo:
    """A voice an engine offers."""

    id: str
    name: str
    languages: tuple[str, ...]


class Engine(Protocol):
    """What every speech engine provides. Engines are used one call at a time."""

    name: str
    phonemes: str | None
    """The inline phoneme notation the engine takes (``"espeak"``: eSpeak NG's ``[[ ]]``), or None.
    Lexicon entries with phonemes are refused for an engine without one."""

    def version(self) -> str:
        """Engine name and version, part of the clip cache key."""

    def voices(self) -> list[VoiceInfo]:
        """The voices installed for this engine."""

    def synthesize(self, text: str, profile: VoiceProfile) -> Clip:
        """Voice ``text`` (already speakable, short enough) with the profile's settings."""
