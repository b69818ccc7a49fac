"""A metered paywall's box in a page copy: the lines around its count of free articles that speak to the reader.

The box opens and goes on in the site's voice ("It is great to see you reading us.", "Register now to read
seven more.", "We never sell your address."), addressing the reader or speaking for the site; only the count
itself ("You have reached your 3 free articles this month") names the meter. The article, cut short by the
wall, stands over the box and speaks of other people.
"""

from __future__ import annotations

from .furniture import Role
from .pitches import site_speaks
from .salesnotes import is_meter

BOX_MAX_LINES = 8
"""Lines over and under the meter's count that the box takes at most, each way."""


def mark_meter_boxes(lines: list[str], roles: list[Role]) -> None:
    """Mark ``JUNK`` the lines next to a paywall's count that speak to the reader, up to the first that does not."""
    for index, line in enumerate(lines):
        if not is_meter(line):
            continue
        roles[index] = Role.JUNK
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and abs(other - index) <= BOX_MAX_LINES and site_speaks(lines[other]):
                roles[other] = Role.JUNK
                other += step
