"""The script: what to say, what to show, and how long to pause, segment by segment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..article import Article
from ..config import VoiceProfile
from .chunk import split_long
from .clean import speakable
from .sentences import split_sentences

SegmentKind = Literal["disclosure", "title", "heading", "sentence"]


@dataclass(frozen=True)
class Segment:
    """One engine call's worth of text."""

    shown: str
    """The article's own words, for transcripts."""
    spoken: str
    """The text the engine says."""
    pause_ms: int
    """Silence after this segment."""
    kind: SegmentKind = "sentence"
    chapter: str | None = None
    """The chapter title when this segment opens a chapter (a heading)."""


@dataclass(frozen=True)
class Script:
    """An article prepared for voicing."""

    title: str
    segments: tuple[Segment, ...]


def prepare(article: Article, profile: VoiceProfile) -> Script:
    """Turn an article into segments: disclosure, title, then each block sentence by sentence."""
    pauses = profile.pauses
    segments: list[Segment] = []
    if profile.disclosure and profile.disclosure_text.strip():
        segments += _segments(profile.disclosure_text, "disclosure", pauses.sentence, pauses.disclosure, profile)
    segments += _segments(article.title, "title", pauses.sentence, pauses.heading, profile)
    for block in article.blocks:
        if block.kind == "heading":
            if segments:
                last = segments[-1]
                segments[-1] = _with_pause(last, max(last.pause_ms, pauses.paragraph) + pauses.heading)
            new = _segments(block.text, "heading", pauses.sentence, pauses.heading, profile)
            if new:
                new[0] = Segment(new[0].shown, new[0].spoken, new[0].pause_ms, "heading", block.text)
            segments += new
        else:
            for sentence in split_sentences(block.text, article.language):
                segments += _segments(sentence, "sentence", pauses.sentence, pauses.sentence, profile)
            if segments:
                segments[-1] = _with_pause(segments[-1], pauses.paragraph)
    return Script(article.title, tuple(segments))


def _segments(text: str, kind: SegmentKind, inner_pause: int, last_pause: int, profile: VoiceProfile) -> list[Segment]:
    """Segments for one sentence or line: long ones are cut at clause boundaries."""
    pieces = [piece for piece in split_long(text, profile.max_chars) if speakable(piece)]
    return [
        Segment(piece, speakable(piece), last_pause if index == len(pieces) - 1 else inner_pause, kind)
        for index, piece in enumerate(pieces)
    ]


def _with_pause(segment: Segment, pause_ms: int) -> Segment:
    return Segment(segment.shown, segment.spoken, pause_ms, segment.kind, segment.chapter)
