"""A post's tags or topics set in capitals on one line, shown again further down the page: "HARBOUR FERRIES WEATHER TIDES".

A page copy puts a row of tag links on one line, and a site that writes its tags in capitals gives a line that reads
like a headline in capitals near the byline ("TRAVEL ITALY HOTELS SPAS"). The page shows the row again (under the
article, or in a second, mobile layout); a headline shown twice is written as a headline, not all in capitals.
"""

from __future__ import annotations

from collections import Counter

from .furniture import Role
from .terminal import ends_sentence

ROW_MIN_WORDS = 4
"""Words of a tag row at least: a shorter line in capitals is a section's label ("MORE NEWS")."""


def mark_repeated_capital_rows(lines: list[str], roles: list[Role]) -> None:
    """Make each line of :data:`ROW_MIN_WORDS` words or more in capitals only, without a sentence's end, that the page
    shows twice or more, furniture (in place)."""
    counts = Counter(" ".join(line.split()) for line in lines)
    for index, line in enumerate(lines):
        text = " ".join(line.split())
        if counts[text] < 2 or len(text.split()) < ROW_MIN_WORDS or ends_sentence(text):
            continue
        if text.upper() == text and text.lower() != text:
            roles[index] = Role.JUNK
