"""Chapters from the article's headings, timed by the segments' timings (``render.audio.EpisodeAudio.timings``)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING
from dataclasses import dataclass

if TYPE_CHECKING:
    from ..speech import Segment
    from .audio import Timing

CHAPTERS_VERSION = "1.2.0"
"""Podcasting 2.0 JSON chapters format version."""


@dataclass(frozen=True)
class Chapter:
    """A titled stretch of the audio, in seconds."""

    title: str
    start: float
    end: float


def chapters(title: str, segments: Sequence[Segment], timings: Sequence[Timing], duration: float) -> tuple[Chapter, ...]:
    """One chapter per heading; none when the article has no headings.

    The first chapter, named after the article, covers the disclosure, the title and any
    text before the first heading, so the chapters cover the whole audio without gaps.
    Each chapter runs until the next one starts; the last until the end of the audio.
    """
    marks = [(segment.chapter, timing.start) for segment, timing in zip(segments, timings) if segment.chapter]
    if not marks:
        return ()
    if marks[0][1] > 0:
        marks.insert(0, (title, 0.0))
    ends = [start for _, start in marks[1:]] + [duration]
    return tuple(Chapter(name, start, end) for (name, start), end in zip(marks, ends))


def chapters_json(items: Sequence[Chapter]) -> str:
    """The Podcasting 2.0 chapters file (``application/json+chapters``)."""
    document = {
        "version": CHAPTERS_VERSION,
        "chapters": [
            {"startTime": round(item.start, 3), "endTime": round(item.end, 3), "title": item.title} for item in items
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
