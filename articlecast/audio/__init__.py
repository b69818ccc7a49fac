"""Audio shared by every stage: PCM clips and their format, WAV files, and loudness metering."""

from .pcm import AudioFormat, Clip

__all__ = ["AudioFormat", "Clip"]
