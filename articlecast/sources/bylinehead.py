"""A page copy's headline shown over the byline and again just under it.

A news site sets the headline over the byline, and a picture gallery or a print view under the
byline shows it again as its own title ("Storm closes the harbour" / "By Ann Rowe" / "June 3,
2025" / "Storm closes the harbour" / "Print Photo"). Sidebar boxes may stand between the
headline and the byline ("Trending", "Yellow Pages"); the line the page shows on both sides of the
byline, within a few lines, is the headline. A page laid out for phones and desktops may instead print its meta line
twice, over and under the headline: the line between the two copies is the headline.
"""

from __future__ import annotations

from .furniture import Role
from .linerole import headline_like, own_role
from .pagenotes import without_reading_time

OVER_REACH = 8
"""Lines over the byline where the headline is looked for."""
UNDER_REACH = 4
"""Lines under the byline where the page shows it again."""
HEADLINE_MIN_WORDS = 4
"""Words of such a headline at least: a menu's entry or a section's name shown twice is shorter (a menu in capitals, shown
over and under the byline, is no headline either)."""


def headline_around_byline(lines: list[str], byline_at: int | None, body_start: int) -> str | None:
    """The headline-like line of :data:`HEADLINE_MIN_WORDS` words or more over the byline that the copy shows again
    under it, before the body (see the module's docstring), else None."""
    if byline_at is None:
        return None
    under = {_folded(line) for line in lines[byline_at + 1 : min(body_start, byline_at + UNDER_REACH + 1)]}
    for index in range(byline_at - 1, max(-1, byline_at - OVER_REACH - 1), -1):
        line = lines[index]
        if len(line.split()) >= HEADLINE_MIN_WORDS and not line.isupper() and _folded(line) in under and headline_like(line, own_role(line)):
            return line
    return None


def _folded(line: str) -> str:
    return " ".join(line.casefold().split())


STAMP_REACH = 6
"""Lines over the body where the second copy of a meta line is looked for."""
BETWEEN_MAX_WORDS = 30


def headline_between_stamps(lines: list[str], roles: list[Role], body_start: int) -> str | None:
    """The line between two copies of the page's meta line, one over it and one under it, before the body.

    A page built for phones and for desktops prints its byline or date line twice around the headline
    ("#Krótko 22 kwietnia 2021" / headline / "#Krótko 22 kwietnia 2021 · 4 min"); the line the two enclose
    is the headline, whatever its shape (a question, two sentences). The copies may differ by a reading time."""
    for index in range(body_start - 1, max(1, body_start - STAMP_REACH - 1), -1):
        if roles[index] not in (Role.BYLINE, Role.DATELINE) or roles[index - 2] not in (Role.BYLINE, Role.DATELINE):
            continue
        head = lines[index - 1]
        same = _folded(without_reading_time(lines[index])) == _folded(without_reading_time(lines[index - 2]))
        if same and roles[index - 1] in (Role.SHORT, Role.PROSE) and len(head.split()) <= BETWEEN_MAX_WORDS and not head.rstrip().endswith("."):
            return head
    return None
