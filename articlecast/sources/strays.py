"""Short lines stranded in furniture inside the article: a player's "Embed" button between its share links and its
caption, a side box's category labels between its links, a breadcrumb between menu entries.

A subheading stands over its paragraph, and a short paragraph between others: a short line with furniture right above
it and right under it belongs to that furniture. Measured on some 250 page copies, no such line was article text.
"""

from __future__ import annotations

from .furniture import FURNITURE, Role

STRANDED_MAX_LINES = 2


def stranded_lines(roles: list[Role], start: int, end: int) -> set[int]:
    """The body lines (``start`` to ``end``) in runs of at most :data:`STRANDED_MAX_LINES` short lines with furniture
    right above and right under the run, both inside the body."""
    stranded: set[int] = set()
    index = start + 1
    while index < end:
        if roles[index] is not Role.SHORT:
            index += 1
            continue
        last = index
        while last + 1 < end and roles[last + 1] is Role.SHORT:
            last += 1
        if last - index < STRANDED_MAX_LINES and roles[index - 1] in FURNITURE and roles[last + 1] in FURNITURE:
            stranded.update(range(index, last + 1))
        index = last + 1
    return stranded
