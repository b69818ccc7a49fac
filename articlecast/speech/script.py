"""The script: what to say, what to show, and how long to pause, segment by segment."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from ..article import Article
from ..config import ScriptSettings
from .chunk import split_long
from .clean import speakable
from .lexicon import Lexicon
from .normalize import fold_text, normalize
from .sentences import split_paragraphs

SegmentKind = Literal["disclosure", "title", "heading", "sentence"]
Splitter = Callable[[Sequence[str], str], Iterable[tuple[int, list[str]]]]
"""Splits paragraphs (in a language) into sentences, giving each paragraph's index and sentences as soon
as they are known, in any order: :func:`split_in_order`, or the same with a cache, run elsewhere."""

MIN_PIECE_CHARS = 40
"""Pieces are not cut shorter than this to fit a long spoken form into ``max_chars``."""
_SENTENCE_END = (".", "!", "?", ":", ";")


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
    language: str = "en"
    """The language the spoken text was normalised for."""
    lexicon_used: frozenset[str] = frozenset()
    """The lexicon entries (as written in the lexicon) that matched somewhere in the article."""


def split_in_order(paragraphs: Sequence[str], language: str) -> Iterator[tuple[int, list[str]]]:
    """The plain :data:`Splitter`: :func:`~.sentences.split_paragraphs` here, in order."""
    return enumerate(split_paragraphs(paragraphs, language))


def prepare(
    article: Article, settings: ScriptSettings, lexicon: Lexicon | None = None, splitter: Splitter = split_in_order
) -> Script:
    """Turn an article into segments: disclosure, title, then each block sentence by sentence.

    Each segment's ``spoken`` is the cleaned text, normalised for the article's
    language, with ``lexicon`` applied. ``splitter`` splits the paragraphs into sentences; each
    paragraph is normalised as soon as its sentences are known.
    """
    speaker = _Speaker(settings, article.language, lexicon)
    pauses = settings.pauses
    segments: list[Segment] = []
    if settings.disclosure:
        segments += speaker.segments(settings.disclosure, "disclosure", pauses.disclosure)
    segments += speaker.segments(article.title, "title", pauses.heading)
    paragraphs = [block for block in article.blocks if block.kind != "heading"]
    spoken: dict[int, list[Segment]] = {}
    for index, sentences in splitter([block.text for block in paragraphs], article.language):
        full_stop = paragraphs[index].kind == "item"
        spoken[id(paragraphs[index])] = [
            segment for sentence in sentences for segment in speaker.segments(sentence, "sentence", pauses.sentence, full_stop)
        ]
    for block in article.blocks:
        if block.kind == "heading":
            if segments:
                last = segments[-1]
                segments[-1] = _with_pause(last, max(last.pause_ms, pauses.paragraph) + pauses.heading)
            new = speaker.segments(block.text, "heading", pauses.heading)
            if new:
                new[0] = Segment(new[0].shown, new[0].spoken, new[0].pause_ms, "heading", block.text)
            segments += new
        else:
            segments += spoken[id(block)]
            if segments:
                segments[-1] = _with_pause(segments[-1], pauses.paragraph)
    return Script(article.title, tuple(segments), article.language, frozenset(speaker.used))


class _Speaker:
    """Turns lines of an article into segments for one profile, language and lexicon."""

    def __init__(self, settings: ScriptSettings, language: str, lexicon: Lexicon | None) -> None:
        self.settings = settings
        self.language = language
        self.lexicon = lexicon
        self.used: set[str] = set()

    def segments(self, text: str, kind: SegmentKind, last_pause: int, full_stop: bool = False) -> list[Segment]:
        """Segments for one sentence or line; ``full_stop`` ends each with a stop (list items)."""
        pieces = self._pieces(text, self.settings.max_chars)
        return [
            Segment(
                shown,
                spoken + "." if full_stop and not spoken.endswith(_SENTENCE_END) else spoken,
                last_pause if index == len(pieces) - 1 else self.settings.pauses.sentence,
                kind,
            )
            for index, (shown, spoken) in enumerate(pieces)
        ]

    def _pieces(self, text: str, limit: int) -> list[tuple[str, str]]:
        """(shown, spoken) pairs; cut at clause boundaries so that each spoken text fits ``max_chars``."""
        pieces = []
        for piece in split_long(text, limit):
            if not speakable(piece):
                continue
            if self.lexicon:
                self.used |= self.lexicon.used_in(fold_text(piece, self.language))
            spoken = normalize(piece, self.language, self.lexicon)
            shorter = min(len(piece) - 1, limit * self.settings.max_chars // max(len(spoken), 1))
            if len(spoken) > self.settings.max_chars and shorter >= MIN_PIECE_CHARS:
                pieces += self._pieces(piece, shorter)
            elif spoken:
                pieces.append((piece, spoken))
        return pieces


def _with_pause(segment: Segment, pause_ms: int) -> Segment:
    return Segment(segment.shown, segment.spoken, pause_ms, segment.kind, segment.chapter)
