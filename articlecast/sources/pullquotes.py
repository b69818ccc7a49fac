"""Pull quotes in a page copy: lines of the article that the page shows again in a box.

A magazine sets a striking sentence of the article apart in large type, inside the text or after
its last paragraph. A copy of the page shows it as a line of its own: the paragraph's words again,
word for word or cut down ("The mayor sold the land. He kept the money." from a longer paragraph
that says so). A listener has heard it already, so:

- a line of :data:`QUOTE_MIN_WORDS` words or more that repeats an earlier line of the article
  word for word is a pull quote;
- the lines closing the article are pull quotes while nearly all their words
  (:data:`QUOTE_WORD_SHARE`) stand in one longer paragraph of it; the article's own last line
  says something new; so is a line inside the article whose words nearly all stand in a longer
  paragraph a few lines above or below it (:data:`QUOTE_REACH`), where the layout set it;
- a sentence without its full stop that retells, in most of its words, a longer paragraph above it is a picture's
  caption written from it;
- a sentence that a longer paragraph below it opens with, word for word, is a picture's caption written from that
  paragraph ("Linde sells gas worth two billion dollars in the US." over "Linde sells gas worth two billion dollars in
  the US and employs 6,000 people there.").
"""

from __future__ import annotations

import re

from ..article import Block
from .furniture import Role

QUOTE_MIN_WORDS = 8
QUOTE_WORD_SHARE = 0.9

_WORD = re.compile(r"[^\s.,;:!?…।॥\"'“”‘’„«»()\[\]{}—–-]+")
"""A word: what stands between spaces and punctuation (a word-character class would cut Burmese or Hindi words at their vowel signs)."""


def without_pull_quotes(lines: list[str], roles: list[Role], start: int, end: int) -> list[Role]:
    """``roles`` with the pull quotes among the article's lines ``start`` to ``end`` made furniture."""
    marked = list(roles)
    for index in range(start, end + 1):
        if roles[index] in (Role.PROSE, Role.SHORT) and _opens_a_paragraph_below(lines, roles, index, end):
            marked[index] = Role.JUNK
    seen: set[str] = set()
    for index in range(start, end + 1):
        folded = " ".join(lines[index].casefold().split())
        if roles[index] in (Role.PROSE, Role.SHORT) and len(folded.split()) >= QUOTE_MIN_WORDS and folded in seen:
            marked[index] = Role.JUNK
        seen.add(folded)
    for index in range(start, end + 1):
        if marked[index] in (Role.PROSE, Role.SHORT) and _set_beside_its_paragraph(lines, marked, start, end, index):
            marked[index] = Role.JUNK
        elif marked[index] in (Role.PROSE, Role.SHORT) and _caption_told_again(lines, marked, start, end, index):
            marked[index] = Role.JUNK
    last = end
    while last > start and marked[last] is Role.JUNK:
        last -= 1
    while last > start and marked[last] in (Role.PROSE, Role.SHORT) and _drawn_from(lines, marked, start, last):
        marked[last] = Role.JUNK
        last -= 1
        while last > start and marked[last] is Role.JUNK and lines[last] in lines[start:last]:
            last -= 1  # a quote repeated word for word, above the one cut down
    return marked


def drop_pull_quotes(blocks: list[Block]) -> list[Block]:
    """A saved page's blocks without its pull quotes, found as in a page copy (headings and list items are never quotes)."""
    roles = [Role.PROSE if block.kind in ("paragraph", "quote") else Role.BREAK for block in blocks]
    marked = without_pull_quotes([block.text for block in blocks], roles, 0, len(blocks) - 1)
    return [block for block, role in zip(blocks, marked, strict=True) if role is not Role.JUNK]


CUT_CAPTION_REACH = 4
"""Lines below a caption where the paragraph it was cut from may open (its credit and a share bar may stand between)."""


def _opens_a_paragraph_below(lines: list[str], roles: list[Role], index: int, end: int) -> bool:
    """Line ``index`` is a sentence of :data:`QUOTE_MIN_WORDS` words or more that a longer paragraph up to
    :data:`CUT_CAPTION_REACH` lines below opens with, word for word, the sentence going on where the line stops."""
    line = " ".join(lines[index].casefold().split())
    if len(_WORD.findall(line)) < QUOTE_MIN_WORDS or line[-1:] not in ".!?…":
        return False
    said = line[:-1].rstrip()
    for below in range(index + 1, min(end, index + CUT_CAPTION_REACH) + 1):
        paragraph = " ".join(lines[below].casefold().split())
        if roles[below] is Role.PROSE and len(paragraph) > len(line) and paragraph.startswith(said) and not paragraph[len(said)].isalnum():
            return True
    return False


def _drawn_from(lines: list[str], roles: list[Role], start: int, index: int) -> bool:
    """Line ``index`` says again, in fewer words, what a longer paragraph above it in the article says."""
    words = _WORD.findall(lines[index].casefold())
    if len(words) < QUOTE_MIN_WORDS:
        return False
    for above in range(start, index):
        if roles[above] is Role.PROSE and len(lines[above]) > len(lines[index]):
            said = set(_WORD.findall(lines[above].casefold()))
            if sum(word in said for word in words) >= QUOTE_WORD_SHARE * len(words):
                return True
    return False


QUOTE_REACH = 4
"""Lines above or below a pull quote where the paragraph it was cut from stands: a layout sets the quote beside it."""
_CLOSED = re.compile(r"[.!?…][\"”’»)]*$")
"""A pull quote is a sentence, closed by its stop; a subheading is not."""
SOURCE_MORE_WORDS = 3
"""Words the paragraph a quote was cut from has at least beyond the quote's own."""


def _set_beside_its_paragraph(lines: list[str], roles: list[Role], start: int, end: int, index: int) -> bool:
    """Line ``index``, a sentence, says again in fewer words what a longer paragraph up to :data:`QUOTE_REACH` lines away says: nearly all
    (:data:`QUOTE_WORD_SHARE`) of its words stand in that one paragraph, its clauses cut or a word changed ("… human motive,
    and yet still come to work" from "… human motive, venality, capacity for double-crossing, and yet still come to work every day")."""
    words = _WORD.findall(lines[index].casefold())
    if len(words) < QUOTE_MIN_WORDS or not _CLOSED.search(lines[index].rstrip()):
        return False  # a subheading that repeats the paragraph's words has no full stop
    for other in range(max(start, index - QUOTE_REACH), min(end, index + QUOTE_REACH) + 1):
        said = _WORD.findall(lines[other].casefold())
        if other != index and roles[other] is Role.PROSE and len(said) >= len(words) + SOURCE_MORE_WORDS:
            found = set(said)
            if sum(word in found for word in words) >= QUOTE_WORD_SHARE * len(words):
                return True
    return False


CAPTION_MIN_WORDS = 7
CAPTION_WORD_SHARE = 0.75
"""Share of a caption's words that stand in the paragraph it retells."""
_OPEN_END = re.compile(r"[^.!?…:;\"”»)\]]$")


def _caption_told_again(lines: list[str], roles: list[Role], start: int, end: int, index: int) -> bool:
    """Line ``index`` is a picture's caption that retells a paragraph of the article: a sentence without its full stop, in
    sentence case, of :data:`CAPTION_MIN_WORDS` words or more, most of them (:data:`CAPTION_WORD_SHARE`) standing in one
    longer paragraph above it ("Kat will learn her uncle was a fraud" from "Kat will learn that her late uncle Harry was a
    fraud."); a subheading is shorter or in title case, and says what comes rather than what was said."""
    text = lines[index].strip()
    words = _WORD.findall(text.casefold())
    capitals = sum(word[:1].isupper() for word in _WORD.findall(text)[1:])
    if len(words) < CAPTION_MIN_WORDS or not _OPEN_END.search(text) or capitals * 2 > len(words) - 1:
        return False
    for other in range(start, index):
        said = _WORD.findall(lines[other].casefold())
        if roles[other] is Role.PROSE and len(said) >= len(words) + SOURCE_MORE_WORDS:
            found = set(said)
            if sum(word in found for word in words) >= CAPTION_WORD_SHARE * len(words):
                return True
    return False
