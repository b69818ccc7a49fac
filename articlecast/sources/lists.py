"""Lists a page copy shows without bullets: short lines under a sentence that ends in a colon.

A writer introduces a list with a sentence ("She sums it up in ten rules:") and the page sets each
entry on a line of its own ("Keep a diary", "Walk every day", …). A copy of the page loses the
bullets, and a run of short lines looks like a menu that parts the article. The entries are the
article's when prose goes on under them.
"""

from __future__ import annotations

from .furniture import FURNITURE, Role

LEAD_IN_MIN_WORDS = 6
ENTRY_MAX_WORDS = 15
MIN_ENTRIES = 2
MAX_ENTRIES = 20


def mark_unmarked_lists(lines: list[str], roles: list[Role]) -> None:
    """Make the short lines listed under a lead-in sentence, with prose after them (furniture between), list items (in place)."""
    for index, line in enumerate(lines):
        if roles[index] is not Role.PROSE or not line.rstrip().endswith(":") or len(line.split()) < LEAD_IN_MIN_WORDS:
            continue
        end = index + 1
        while end < len(lines) and roles[end] is Role.SHORT and len(lines[end].split()) <= ENTRY_MAX_WORDS:
            end += 1
        if not MIN_ENTRIES <= end - index - 1 <= MAX_ENTRIES:
            continue
        after = next((i for i in range(end, len(lines)) if roles[i] not in FURNITURE), len(lines))
        if after < len(lines) and roles[after] is Role.PROSE:
            roles[index + 1 : end] = [Role.ITEM] * (end - index - 1)
