"""WAV files for clips: the cache's storage format, readable by any audio tool."""

from __future__ import annotations

import io
import wave
from pathlib import Path

from .pcm import AudioFormat, Clip


def wav_bytes(clip: Clip) -> bytes:
    """The clip as a complete WAV file."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as writer:
        writer.setnchannels(clip.format.channels)
        writer.setsampwidth(clip.format.sample_width)
        writer.setframerate(clip.format.sample_rate)
        writer.writeframes(clip.pcm)
    return buffer.getvalue()


def read_wav(path: Path) -> Clip:
    """Read a whole WAV file."""
    return wav_clip(Path(path).read_bytes())


def wav_clip(data: bytes) -> Clip:
    """The clip in a whole WAV file's bytes."""
    with wave.open(io.BytesIO(data), "rb") as reader:
        fmt = AudioFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
        return Clip(reader.readframes(reader.getnframes()), fmt)


def wav_shape(data: bytes) -> tuple[AudioFormat, int]:
    """A WAV file's format and number of frames, from its header (in ``data``, its bytes)."""
    with wave.open(io.BytesIO(data), "rb") as reader:
        return AudioFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth()), reader.getnframes()
