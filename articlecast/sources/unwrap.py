"""Hard-wrapped text: the lines of one paragraph joined again, the lines that stand alone kept apart.

A text wrapped at a fixed width (a terminal dump, a text-mode browser, an e-mail) cuts every
paragraph into lines; a copy without blank lines gives no other sign where a block ends. A line
continues the one above when the first word of the line would not have fitted there (the text's
wrap width, :func:`wrap_width`) or when it goes on with a cut sentence in lower case; a line
that the wrap opened with a spaced dash ("– video") is no list item; a line in lower case
goes on with the cut sentence above it even across a blank line (a hard line break in a
paragraph, as a page's ``<br>`` gives it). It stands
alone, however full the line above, when:

- the line is a picture's file name ("quay at dusk.jpg"), whatever case it starts in;
- the line above is an embedded post's signature ("… (@handle) on 3 May 2024"), a piece of its own,
  or either line is an ad's label ("Advertisement", "PUBLICIDAD");
- the line says again just what the line above said (a headline shown twice, over a photo
  and in a sticky bar): a paragraph never repeats its own line;
- the line above ended a sentence and the line is a dateline, byline or copyright;
- the line above ended a sentence (not a number's or an initial's dot), and the line,
  starting upper case, neither fills the width nor ends a sentence itself: the last line of a
  paragraph ends a sentence, so this is a heading or a kicker (a credit stays with the caption
  above it; other furniture only stands alone over a line that opens a block, as an embed's
  label over its post's signature); so is a label ending in a colon over what follows;
- the line above is a teaser ending in its "more" link, or a caption's line closing on its
  credit in brackets and the line starts upper case;
- the line above opened its block without ending a sentence (a headline), and the line is
  furniture of one piece (a credit, an e-mail address, a dateline) that neither fills the width
  nor ends a sentence, unless the line above stopped after a comma or a hyphen;
- the line above opened its block without ending a sentence (a headline), and the line is one
  sentence that does not fill the width (its deck), with a date right under it (the byline's).

A block of three lines or more (and a few words) that does not end a sentence, and holds no
sentence ending inside it, is not a paragraph: unless it is furniture as a whole (a caption ending in its credit), when its second line starts upper case, its first line is a headline over a deck
without a full stop.
"""

from __future__ import annotations

import re

from .furniture import Role, classify, ends_sentence, find_date, is_ad_label, is_dateline, opens_block
from .embeds import is_post_signature
from .promo import ends_with_more, is_credit_line

WRAP_MAX_WIDTH = 100
WRAP_SLACK = 12
WRAP_MIN_LINES = 3
CUT_TAIL_MIN_WORDS = 4
"""Words of a line in lower case that goes on with a cut sentence unless it ends one itself."""
DECKED_BLOCK_MIN_LINES = 3
"""Lines of a block without a final full stop from which its first line is a headline over a deck..."""
DECKED_BLOCK_MAX_WORDS = 40
"""...when it has no more words than this (a headline and a deck)."""

DATED_MAX_WORDS = 12
"""Words of a byline's or a dateline's line under a deck ("Dan Goodin - Apr 16, 2015 8:02 pm UTC")."""

_ALONE_AFTER_SENTENCE = (Role.DATELINE, Role.BYLINE, Role.BREAK)
_ONE_PIECE = (Role.JUNK, *_ALONE_AFTER_SENTENCE)
_INNER_STOP = re.compile(r"[.!?…]\s+\S")
_SENTENCE_INSIDE = re.compile(
    r"(?:\b[^\W\d]{4,}|\b[^\W\d_A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]{3})[.!?…][\"”’»)]?\s+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ]"
)


def sentence_inside(text: str) -> bool:
    """A sentence ends inside ``text``: after a word, not after a number or an abbreviation ("3. May", "St. Petersburg")."""
    return bool(_SENTENCE_INSIDE.search(text))


def page_lines(text: str) -> list[str]:
    """Non-empty lines, with the lines of a cut sentence or of a hard-wrapped paragraph joined."""
    chunks = [[line.strip() for line in chunk.splitlines() if line.strip()] for chunk in re.split(r"\n\s*\n", text)]
    width = wrap_width([line for chunk in chunks for line in chunk])
    blocks: list[list[str]] = []  # the pieces of each line, joined once at the end (joining as we go is quadratic)
    for chunk in chunks:
        opened = len(blocks)
        for i, line in enumerate(chunk):
            previous = chunk[i - 1] if i else ""
            following = chunk[i + 1] if i + 1 < len(chunk) else None
            if i and _joins(previous, line, following, width, first=len(blocks[-1]) == 1):
                blocks[-1].append(line)
            elif not i and blocks and _continues(blocks[-1][-1], line) and not _opens(line):
                blocks[-1].append(line)  # a sentence a hard break cut, a blank line between its halves
            else:
                blocks.append([line])
        blocks[opened:] = [part for block in blocks[opened:] for part in _decked(block)]
    return [" ".join(pieces) for pieces in blocks]


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was hard-wrapped at, or None: no line is longer and several come close to it."""
    width = max(map(len, lines), default=0)
    if width > WRAP_MAX_WIDTH or sum(len(line) >= width - WRAP_SLACK for line in lines) < WRAP_MIN_LINES:
        return None
    return width


def _joins(previous: str, line: str, following: str | None, width: int | None, first: bool) -> bool:
    """Whether ``line`` goes on with ``previous`` (see the module's account); ``first``: ``previous`` opened its block."""
    alone = is_post_signature(previous) or is_ad_label(previous) or is_ad_label(line)  # pieces of their own
    if line == previous or alone or (_opens(line) and not (width is not None and _cut_at_dash(previous, line, width))):
        return False
    if _continues(previous, line, wrapped=width is not None and _full(previous, line, width)):
        return True
    if width is None or not _full(previous, line, width) or ends_with_more(previous) or _credited(previous, line):
        return False
    short = following is None or not _full(line, following, width)
    if ends_sentence(previous):
        role = classify(line)
        boxed = role is not Role.JUNK or (following is not None and _opens(following) and not is_credit_line(line))
        heading = _ends_statement(previous) and short and (not ends_sentence(line) or _labels(line)) and _heading_shaped(line) and boxed
        return not (heading or role in _ALONE_AFTER_SENTENCE)
    furniture = short and not ends_sentence(line) and not _INNER_STOP.search(line) and classify(line) in _ONE_PIECE
    if first and short and _over_deck(previous, line, following):
        return False
    return not (first and furniture) or _mid_phrase(previous)


def _opens(line: str) -> bool:
    """A line that never continues the one above: a list item, a byline, a timestamp, an embedded post's signature."""
    return opens_block(line) or is_post_signature(line)


def _over_deck(previous: str, line: str, following: str | None) -> bool:
    """A headline (``previous``, no sentence end) over its deck of one sentence, over the byline's date: three blocks, not a paragraph."""
    headline = previous[0].isupper() and not ends_sentence(previous) and not _INNER_STOP.search(previous) and not _mid_phrase(previous)
    deck = line[0].isupper() and ends_sentence(line) and not _INNER_STOP.search(line.rstrip()[:-1])
    dated = following is not None and len(following.split()) <= DATED_MAX_WORDS and (is_dateline(following) or find_date(following))
    return headline and deck and bool(dated)


def _mid_phrase(line: str) -> bool:
    """A full line cut after a comma, a semicolon or a hyphen: what comes next finishes it ("… on Reddit," / "SMS")."""
    return line.rstrip().endswith((",", ";")) or bool(re.search(r"\w-$", line))


def _credited(previous: str, line: str) -> bool:
    """A caption's line that closes on its credit in brackets ("… (Getty/Ann Bell)"): a new line in upper case starts a new block."""
    return previous.rstrip().endswith(")") and line[0].isupper() and classify(previous) is Role.JUNK


def _cut_at_dash(previous: str, line: str, width: int) -> bool:
    """A wrap that fell before a spaced dash ("… after the fire" / "– video"): not a list item, the sentence goes on."""
    return line[:1] in "–—" and _full(previous, line, width) and not ends_sentence(previous) and not opens_block(previous)


def _full(line: str, after: str, width: int) -> bool:
    """The first word of ``after`` would not have fitted on ``line``: the wrap cut there."""
    return len(line) + 1 + len(after.split()[0]) > width


def _ends_statement(line: str) -> bool:
    """Ends with a full stop, question or exclamation mark, not after a number or an initial ("am 3.", "J.")."""
    return bool(re.search(r"[.!?…][\"”’'»)\]]*$", line)) and not re.search(r"(?:^|\s)(?:\d+|\w)\.$", line)


def _labels(line: str) -> bool:
    """A line that ends in a colon, one sentence at most: the label of what follows ("Photos, top to bottom:")."""
    return line.rstrip().endswith(":") and not _INNER_STOP.search(line)


def _heading_shaped(line: str) -> bool:
    """Starting upper case: a heading or a kicker, not a paragraph's tail ("(12.05.2024)")."""
    return line[0].isupper()


def _continues(previous: str, line: str, wrapped: bool = False) -> bool:
    """A line that goes on with a cut sentence: it starts in lower case after a line of some length.

    A name written with an upper-case letter inside ("iOS", "eBay") starts lower case but is no sign,
    nor is a date standing alone ("mercredi 11 septembre 2019"): French and Spanish write it in lower case;
    nor a few words that end no sentence ("zur Startseite", a link) unless the wrap cut there (``wrapped``).
    """
    word = re.match(r"\w*", line).group()
    named = any(char.isupper() for char in word[1:])
    label = not wrapped and len(line.split()) < CUT_TAIL_MIN_WORDS and not ends_sentence(line)  # "zur Startseite", a link
    cut = line[0].islower() and not named and not label and len(previous.split()) >= 6 and not ends_sentence(previous)
    return cut and not is_dateline(line) and not is_file_name(line)


_FILE_NAME = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|svg|tiff?|bmp)$", re.I)
FILE_NAME_MAX_WORDS = 12


def is_file_name(line: str) -> bool:
    """A picture's file name standing in for it ("harbour at dusk final.jpg"), as a copy shows an image without its alt text."""
    return len(line.split()) <= FILE_NAME_MAX_WORDS and bool(_FILE_NAME.search(line.strip()))


def _decked(block: list[str]) -> list[list[str]]:
    """A block of wrapped lines, or its first line (a headline) apart from the rest (its deck), see the module's account."""
    long = sum(len(line.split()) for line in block) > DECKED_BLOCK_MAX_WORDS
    sentences = sentence_inside(" ".join(block[1:]))  # a deck without a full stop is one sentence
    if long or sentences or classify(" ".join(block)) is Role.JUNK or len(block) < DECKED_BLOCK_MIN_LINES or ends_sentence(block[-1]) or ends_sentence(block[0]) or not block[1][0].isupper():
        return [block]
    return [block[:1], block[1:]]
