"""Join clips and pauses into one PCM timeline, recording where every segment starts and ends."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..engines.base import AudioFormat, Clip, as_segment

SILENCE_THRESHOLD_DBFS = -50.0
EDGE_MARGIN_MS = 20


@dataclass(frozen=True)
class Timing:
    """Where a segment's speech lies in the timeline, in seconds."""

    start: float
    end: float


@dataclass(frozen=True)
class Timeline:
    """The episode's audio as PCM parts in order, with the timing of each segment."""

    format: AudioFormat
    parts: tuple[bytes, ...]
    timings: tuple[Timing, ...]

    @property
    def frames(self) -> int:
        return sum(len(part) for part in self.parts) // self.format.frame_size

    @property
    def duration(self) -> float:
        """Length in seconds."""
        return self.frames / self.format.sample_rate


def assemble(clips: Sequence[Clip], pauses_ms: Sequence[int], fmt: AudioFormat | None = None) -> Timeline:
    """Lay out each clip, trimmed of the engine's own leading and trailing silence, then its pause.

    Clips are converted to ``fmt`` (default: the first clip's format). The parts
    are joined once by the encoder, never pairwise (pairwise joins are quadratic).
    """
    if len(clips) != len(pauses_ms):
        raise ValueError("one pause per clip is needed")
    fmt = fmt or (clips[0].format if clips else AudioFormat(22050))
    parts: list[bytes] = []
    timings: list[Timing] = []
    frames = 0
    for clip, pause_ms in zip(clips, pauses_ms):
        speech = _trimmed(clip, fmt)
        start = frames
        frames += len(speech) // fmt.frame_size
        timings.append(Timing(start / fmt.sample_rate, frames / fmt.sample_rate))
        silence_frames = round(pause_ms * fmt.sample_rate / 1000)
        parts += [speech, bytes(silence_frames * fmt.frame_size)]
        frames += silence_frames
    return Timeline(fmt, tuple(parts), tuple(timings))


def _trimmed(clip: Clip, fmt: AudioFormat) -> bytes:
    from pydub.silence import detect_leading_silence

    segment = as_segment(clip)
    if (clip.format.sample_rate, clip.format.channels, clip.format.sample_width) != (
        fmt.sample_rate,
        fmt.channels,
        fmt.sample_width,
    ):
        segment = segment.set_channels(fmt.channels).set_sample_width(fmt.sample_width).set_frame_rate(fmt.sample_rate)
    lead = max(0, detect_leading_silence(segment, SILENCE_THRESHOLD_DBFS) - EDGE_MARGIN_MS)
    trail = max(0, detect_leading_silence(segment.reverse(), SILENCE_THRESHOLD_DBFS) - EDGE_MARGIN_MS)
    if lead + trail >= len(segment):
        return segment.raw_data
    return segment[lead : len(segment) - trail].raw_data
