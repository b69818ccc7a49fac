"""Plain-text copies of web pages: find the article among the page's furniture.

A text is taken for a page copy only when it shows page furniture (at least
:data:`MIN_FURNITURE` lines of it: forms, calls to action, ad labels, timestamps, teasers,
repeated short lines...); a clean article is left to the plain-text reader untouched. On a
page copy, each line is classified (:mod:`.furniture`), then by its neighbours (:mod:`.boxes`:
teaser boxes, "related" lists, promo boxes, pitches, video blocks, captions), and:

- the body is the longest run of prose lines (by characters). A run may carry short lines
  and list items between its paragraphs (at most :data:`MAX_GAP` short lines between two
  paragraphs, more is a link or tag list) and ends with a short closing sentence; furniture
  inside it is dropped; a feed timestamp, a byline, a copyright or closing note, or a line
  naming a byline's author (an author box) ends it;
- before the body, the last byline gives the author and date (else a date standing alone gives
  the date), and the title is the nearest headline-like line (3 to 25 words: a short line, or
  one question) before the byline (without one, before the body);
- prose left outside the body is counted (:attr:`PageCopy.left_out`) so that the reader can
  say what it left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..article import Block
from .boxes import mark_neighbours
from .furniture import FURNITURE, Role, classify, ends_sentence, find_date, item_text, opens_block, parse_byline

MIN_FURNITURE = 3
MAX_GAP = 2
REPEATED_MAX_WORDS = 6
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
WRAP_MAX_WIDTH = 100
WRAP_SLACK = 12
WRAP_MIN_LINES = 3

_RUN_ENDS = (Role.BREAK, Role.BYLINE, Role.DATELINE)
_INNER_STOP = re.compile(r"[.!?…]\s+\S")


@dataclass(frozen=True)
class PageCopy:
    """The article found in a page copy."""

    blocks: list[Block]
    title: str | None
    author: str | None
    date: dt.datetime | None
    left_out: int = field(default=0, compare=False)
    """Lines of prose outside the article (other stories, comments, boxes), left out."""


def read_page_copy(text: str, min_furniture: int = MIN_FURNITURE) -> PageCopy | None:
    """The article in ``text`` if it is a copy of a web page; None if it reads as a clean article.

    ``min_furniture=0`` reads any text as a page copy (for text rendered from an HTML page).
    """
    lines = _lines(text)
    roles = _roles(lines)
    if sum(role in (Role.JUNK, Role.TEASER, Role.BREAK) for role in roles) < min_furniture:
        return None
    span = _body_span(roles, lines)
    if span is None:
        return None
    start, end = span
    blocks = [
        Block("item", item_text(line)) if role is Role.ITEM else Block("paragraph", line)
        for line, role in zip(lines[start : end + 1], roles[start : end + 1], strict=True)
        if role not in FURNITURE
    ]
    byline_at = next((i for i in range(start - 1, -1, -1) if roles[i] is Role.BYLINE), None)
    byline = parse_byline(lines[byline_at]) if byline_at is not None else None
    date = byline.date if byline else None
    if date is None:
        dateline = next((lines[i] for i in range(start - 1, -1, -1) if roles[i] is Role.DATELINE), None)
        found = find_date(dateline) if dateline else None
        date = found[0] if found else None
    left_out = sum(role is Role.PROSE for i, role in enumerate(roles) if not start <= i <= end)
    return PageCopy(blocks, _title(lines, roles, byline_at, start), byline.author if byline else None, date, left_out)


def _lines(text: str) -> list[str]:
    """Non-empty lines, with the lines of a cut sentence or of a hard-wrapped paragraph joined."""
    chunks = [[line.strip() for line in chunk.splitlines() if line.strip()] for chunk in re.split(r"\n\s*\n", text)]
    width = _wrap_width([line for chunk in chunks for line in chunk])
    joined: list[list[str]] = []  # the pieces of each line, joined once at the end (joining as we go is quadratic)
    for chunk in chunks:
        for i, line in enumerate(chunk):
            previous = chunk[i - 1] if i else ""
            wrapped = width is not None and len(previous) + 1 + len(line.split()[0]) > width
            if i and (wrapped or _continues(previous, line)) and not opens_block(line):
                joined[-1].append(line)
            else:
                joined.append([line])
    return [" ".join(pieces) for pieces in joined]


def _wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None: no line is longer and several come close to it."""
    width = max(map(len, lines), default=0)
    if width > WRAP_MAX_WIDTH or sum(len(line) >= width - WRAP_SLACK for line in lines) < WRAP_MIN_LINES:
        return None
    return width


def _continues(previous: str, line: str) -> bool:
    """A line that goes on with a cut sentence: it starts in lower case after a line of some length."""
    return line[0].islower() and len(previous.split()) >= 6 and not ends_sentence(previous)


def _roles(lines: list[str]) -> list[Role]:
    """Each line's role; short lines that repeat are furniture, and so is a line naming a byline's author (an author box)."""
    counts = Counter(" ".join(line.casefold().split()) for line in lines)
    roles = [classify(line) for line in lines]
    for i, line in enumerate(lines):
        if len(line.split()) <= REPEATED_MAX_WORDS and counts[" ".join(line.casefold().split())] > 1:
            roles[i] = Role.JUNK
    authors = _author_names(line for line, role in zip(lines, roles, strict=True) if role is Role.BYLINE)
    for i, line in enumerate(lines):
        if " ".join(line.casefold().split()) in authors:
            roles[i] = Role.BREAK
    return mark_neighbours(lines, roles)


def _author_names(bylines: Iterator[str]) -> set[str]:
    """The names that bylines give, case folded: "By A B, C D and E F" gives three."""
    names = set()
    for line in bylines:
        byline = parse_byline(line)
        if byline:
            names.update(" ".join(name.casefold().split()) for name in re.split(r",|&|\band\b|\bund\b|\bet\b|\bи\b|\bі\b", byline.author))
    return {name for name in names if len(name.split()) >= 2}


def _body_span(roles: list[Role], lines: list[str]) -> tuple[int, int] | None:
    """First and last line of the longest run of prose (by characters), or None if there is no prose."""

    def size(run: tuple[int, int]) -> int:
        return sum(len(lines[i]) for i in range(run[0], run[1] + 1) if roles[i] is Role.PROSE)

    return max(_runs(roles, lines), key=size, default=None)


def _runs(roles: list[Role], lines: list[str]) -> Iterator[tuple[int, int]]:
    """Runs of prose lines; a short sentence ("He declined.") right after prose goes on with the run."""
    start = last = None
    gap = 0
    for i, role in enumerate(roles):
        if role is Role.PROSE or (role is Role.SHORT and gap == 0 and start is not None and _short_sentence(lines[i])):
            start = i if start is None else start
            last, gap = i, 0
            continue
        gap += role is Role.SHORT
        if start is not None and last is not None and (gap > MAX_GAP or role in _RUN_ENDS):
            yield start, last
            start = None
    if start is not None and last is not None:
        yield start, last


def _short_sentence(line: str) -> bool:
    return ends_sentence(line) and not line.rstrip().endswith(":") and len(line.split()) >= 3


def _title(lines: list[str], roles: list[Role], byline_at: int | None, body_start: int) -> str | None:
    """The nearest headline-like line above the byline, or else above the body (see :func:`_headline_like`)."""
    above = byline_at if byline_at is not None else body_start
    return next((lines[i] for i in range(above - 1, -1, -1) if _headline_like(lines[i], roles[i])), None)


def _headline_like(line: str, role: Role) -> bool:
    """A short line of 3 to 25 words, or one question or exclamation of that length ("Why do towns lose museums?")."""
    words = len(line.split())
    if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS:
        return False
    return role is Role.SHORT or (role is Role.PROSE and line.rstrip("\"”’»)").endswith(("?", "!")) and not _INNER_STOP.search(line))
