"""A page copy's lines that are pieces of other stories or pictures shown twice, told by what repeats around them.

- Excerpts of other stories, each closed by the same read-on link ("Continue Reading") twice or more in a page: a
  magazine's "Most Popular" cards show a story's headline, writer and first paragraphs, then the link. The article's
  own text is never cut by the same link again and again. Only the paragraphs right over a link (at most
  :data:`EXCERPT_MAX_PARAGRAPHS`) are taken.
- A video playlist's entries: the player's "Caption" button glued before each clip's title ("Caption Ferry strike
  ends"), with the clip's blurb under it, shown twice.
- A related story's card set between paragraphs: its headline and writers over a summary that trails off ("…"),
  the writers again in brackets under it.
- A caption shown twice, the second time with the picture's credit after it ("The quay at dusk." / "The quay at
  dusk. (Ann Bell / Courier)"): the first showing is the caption too; so is a line right over a credit in brackets
  alone on its line.
"""

from __future__ import annotations

import re

from .creditcaptions import reads_as_paragraph
from .furniture import Role
from .promo import is_credit_line

READ_ON_MIN = 2
"""Read-on links a page shows under excerpts before the paragraphs over them count as excerpts."""
EXCERPT_MAX_PARAGRAPHS = 3
CAPTION_MAX_WORDS = 50
_READ_ON = re.compile(
    r"^(?:continue reading|keep reading|read (?:the )?(?:full )?(?:story|article)|read more|weiterlesen|lire la suite"
    r"|seguir leyendo|czytaj dalej|читать далее|читати далі)\W*$",
    re.I,
)
"""A link on to the rest of a story, alone on its line ("Continue Reading", "Read more »")."""


def mark_excerpts(lines: list[str], roles: list[Role]) -> None:
    """Mark ``JUNK`` the paragraphs right over a read-on link, when the page shows that same link :data:`READ_ON_MIN` times or more."""
    links = [index for index, line in enumerate(lines) if _READ_ON.match(line.strip())]
    for label in {" ".join(lines[index].casefold().split()) for index in links}:
        same = [index for index in links if " ".join(lines[index].casefold().split()) == label]
        if len(same) < READ_ON_MIN:
            continue
        for index in same:
            above = index - 1
            while above >= 0 and index - above <= EXCERPT_MAX_PARAGRAPHS and roles[above] is Role.PROSE:
                roles[above] = Role.JUNK
                above -= 1


def mark_captions_shown_twice(lines: list[str], roles: list[Role]) -> None:
    """Mark ``JUNK`` a line that the next line repeats with a picture's credit after it, or that the next line repeats
    whole over a credit in brackets ("The quay at dusk." twice, then "(Ann Bell / Courier)"), and a caption right over
    a credit in brackets alone on its line ("(ANN BELL/COURIER)"), not a paragraph (see :func:`.reads_as_paragraph`)."""
    credited = [_bracketed_credit(line) for line in lines]
    for index in range(len(lines) - 2):
        if credited[index + 2] and lines[index] == lines[index + 1] and roles[index] in (Role.PROSE, Role.SHORT):
            roles[index] = roles[index + 1] = roles[index + 2] = Role.JUNK
    for index in range(len(lines) - 1):
        if credited[index + 1] and roles[index] in (Role.PROSE, Role.SHORT) and len(lines[index].split()) <= CAPTION_MAX_WORDS and not reads_as_paragraph(lines[index]):
            roles[index] = roles[index + 1] = Role.JUNK  # "The quay at dusk." over "(ANN BELL/COURIER)"
    for index in range(len(lines) - 1):
        line, below = " ".join(lines[index].split()), " ".join(lines[index + 1].split())
        rest = below[len(line) :].strip() if len(below) > len(line) and below.startswith(line) else ""
        rest = rest[1:-1].strip() if rest[:1] + rest[-1:] == "()" else rest  # "(Ann Bell / Courier)"
        if rest and roles[index] in (Role.PROSE, Role.SHORT) and is_credit_line(rest):
            roles[index] = roles[index + 1] = Role.JUNK


def _bracketed_credit(line: str) -> bool:
    """A picture's credit in brackets alone on its line: "(ANN BELL/COURIER)"."""
    credit = line.strip()
    return credit[:1] + credit[-1:] == "()" and is_credit_line(credit[1:-1].strip())


_CAPTION_BUTTON = re.compile(r"^caption\s+(?-i:[A-Z0-9])[^.!]*$", re.I)
"""A player's "Caption" button glued before the clip's title: "Caption Ferry strike ends after two days"."""
CAPTION_TITLE_MAX_WORDS = 15


def mark_player_blurbs(lines: list[str], roles: list[Role]) -> None:
    """Mark ``JUNK`` a clip's title with the "Caption" button glued before it, and its blurb under it shown twice."""
    for index, line in enumerate(lines):
        if len(line.split()) > CAPTION_TITLE_MAX_WORDS or not _CAPTION_BUTTON.match(line.strip()):
            continue
        roles[index] = Role.JUNK
        below = index + 1
        if below + 1 < len(lines) and lines[below] == lines[below + 1]:
            roles[below] = roles[below + 1] = Role.JUNK


_TRAILS_OFF = re.compile(r"(?:\.\.\.|…)$")
_BRACKETED_NAMES = re.compile(r"^\((?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*|\s+and\s+|\)$))+$")
"""A card's writers again in brackets under it: "(Ann Rowe, Tom Reid)"."""
CARD_HEAD_MAX_LINES = 2
CARD_HEAD_MAX_WORDS = 25
CARD_MAX_LINES = 8
"""Lines of a card over its trailing summary at most (the summary shown twice, in two lines each)."""


def mark_story_cards(lines: list[str], roles: list[Role]) -> None:
    """Mark ``JUNK`` a card whose summary trails off ("… who ran for president..."): the short lines over the summary
    (its headline and writers, :data:`CARD_HEAD_MAX_LINES` at most) and the writers in brackets under it."""
    for index, line in enumerate(lines):
        if roles[index] not in (Role.JUNK, Role.TEASER, Role.PROSE) or not _TRAILS_OFF.search(line.rstrip()):
            continue
        below = index + 1
        while below < len(lines) and (lines[below] == line or (roles[below] in (Role.JUNK, Role.TEASER) and _TRAILS_OFF.search(lines[below].rstrip()))):
            below += 1
        if below >= len(lines) or not _BRACKETED_NAMES.match(lines[below].strip()):
            continue  # no writers under it: a teaser's summary in a list, marked elsewhere
        roles[index : below + 1] = [Role.JUNK] * (below + 1 - index)
        above, heads = index - 1, 0
        while above >= 0 and index - above <= CARD_MAX_LINES and heads < CARD_HEAD_MAX_LINES and roles[above] in (Role.SHORT, Role.JUNK, Role.TEASER):
            if roles[above] is Role.SHORT and len(lines[above].split()) <= CARD_HEAD_MAX_WORDS:
                roles[above], heads = Role.JUNK, heads + 1
            above -= 1
