"""Transcripts from the timeline's exact timings."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .audio import Timing

if TYPE_CHECKING:
    from ..speech import Segment


def webvtt(segments: Sequence[Segment], timings: Sequence[Timing]) -> str:
    """A WebVTT file: one cue per segment, showing the article's own words."""
    cues = ["WEBVTT", ""]
    for number, (segment, timing) in enumerate(zip(segments, timings), start=1):
        cues += [str(number), f"{_timestamp(timing.start)} --> {_timestamp(timing.end)}", _cue_text(segment.shown), ""]
    return "\n".join(cues)


def plain_text(segments: Sequence[Segment]) -> str:
    """The transcript as plain text, a paragraph per pause longer than a sentence's."""
    shortest = min((segment.pause_ms for segment in segments), default=0)
    paragraphs: list[str] = []
    current: list[str] = []
    for segment in segments:
        current.append(segment.shown)
        if segment.kind != "sentence" or segment.pause_ms > shortest:
            paragraphs.append(" ".join(current))
            current = []
    return "\n\n".join(paragraphs + [" ".join(current)] if current else paragraphs)


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}.{rest % 1000:03d}"


def _cue_text(text: str) -> str:
    return " ".join(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split())
