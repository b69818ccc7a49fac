"""Transcripts from the segments' exact timings (``render.audio.EpisodeAudio.timings``): WebVTT, SRT, Podcasting 2.0 JSON and plain text."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .audio import Timing

if TYPE_CHECKING:
    from ..speech import Segment

TRANSCRIPT_FORMATS = {".vtt": "text/vtt", ".srt": "application/x-subrip", ".json": "application/json"}
"""File suffix and MIME type (as ``podcast:transcript`` names it) of each transcript we write."""
JSON_TRANSCRIPT_VERSION = "1.0.0"


def webvtt(segments: Sequence[Segment], timings: Sequence[Timing]) -> str:
    """A WebVTT file: one cue per segment, showing the article's own words (HTML-escaped, as WebVTT requires)."""
    cues = ["WEBVTT", ""]
    for number, (segment, timing) in enumerate(zip(segments, timings), start=1):
        cues += [str(number), f"{_timestamp(timing.start)} --> {_timestamp(timing.end)}", _cue_text(segment.shown), ""]
    return "\n".join(cues)


def srt(segments: Sequence[Segment], timings: Sequence[Timing]) -> str:
    """A SubRip file: one cue per segment.

    SRT has no escape syntax, so the text is written as it is, on one line.
    """
    cues = []
    for number, (segment, timing) in enumerate(zip(segments, timings), start=1):
        span = f"{_timestamp(timing.start, ',')} --> {_timestamp(timing.end, ',')}"
        cues += [str(number), span, " ".join(segment.shown.split()), ""]
    return "\n".join(cues)


def json_transcript(segments: Sequence[Segment], timings: Sequence[Timing]) -> str:
    """The Podcasting 2.0 JSON transcript: one segment per voiced segment, times in seconds."""
    document = {
        "version": JSON_TRANSCRIPT_VERSION,
        "segments": [
            {"startTime": round(timing.start, 3), "endTime": round(timing.end, 3), "body": " ".join(segment.shown.split())}
            for segment, timing in zip(segments, timings)
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


TRANSCRIPT_WRITERS = {".vtt": webvtt, ".srt": srt, ".json": json_transcript}


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


def _timestamp(seconds: float, decimal: str = ".") -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    return f"{hours:02d}:{minutes:02d}:{rest // 1000:02d}{decimal}{rest % 1000:03d}"


def _cue_text(text: str) -> str:
    return " ".join(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split())
