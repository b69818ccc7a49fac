"""Lists a page copy shows without bullets: short lines under a sentence that ends in a colon, and a review's pros and cons;
and the address such a sentence gives on a line of its own.

A writer introduces a list with a sentence ("She sums it up in ten rules:") and the page sets each
entry on a line of its own ("Keep a diary", "Walk every day", …). A copy of the page loses the
bullets, and a run of short lines looks like a menu that parts the article. The entries are the
article's when prose goes on under them.
"""

from __future__ import annotations

import re

from .furniture import FURNITURE, Role

LEAD_IN_MIN_WORDS = 6
SHORT_LEAD_IN_MIN_WORDS = 2
"""Words of a lead-in set as a short line of its own right under a paragraph ("Hier die genauen Maße:")."""
ENTRY_MAX_WORDS = 15
LONG_ENTRY_MAX_WORDS = 40
"""Words of an entry that runs long after a first short one ("Separate exits for staff" / "Screening at every door, to …")."""
MIN_ENTRIES = 2
MAX_ENTRIES = 20


def mark_unmarked_lists(lines: list[str], roles: list[Role]) -> None:
    """Make the short lines listed under a lead-in sentence, with prose after them (furniture between), list items (in place)."""
    for index, line in enumerate(lines):
        short_lead = roles[index] is Role.SHORT and index and roles[index - 1] is Role.PROSE and len(line.split()) >= SHORT_LEAD_IN_MIN_WORDS
        if not (roles[index] is Role.PROSE or short_lead) or not line.rstrip().endswith(":") or len(line.split()) < SHORT_LEAD_IN_MIN_WORDS:
            continue
        if roles[index] is Role.PROSE and len(line.split()) < LEAD_IN_MIN_WORDS:
            continue
        end = index + 1
        while end < len(lines) and roles[end] is Role.SHORT and len(lines[end].split()) <= (LONG_ENTRY_MAX_WORDS if end > index + 1 else ENTRY_MAX_WORDS):
            end += 1
        if not MIN_ENTRIES <= end - index - 1 <= MAX_ENTRIES:
            continue
        after = next((i for i in range(end, len(lines)) if roles[i] not in FURNITURE), len(lines))
        if after < len(lines) and roles[after] is Role.PROSE:
            roles[index + 1 : end] = [Role.ITEM] * (end - index - 1)


_PROS = re.compile(r"^(?:pros?|plus(?:punkte)?|vorteile|avantages|points forts|ventajas|pr[oó]s|vantaggi|zalety|плюсы|переваги)\s*:?$", re.I)
_CONS = re.compile(r"^(?:cons?|minus(?:punkte)?|nachteile|inconvénients|points faibles|desventajas|contras?|svantaggi|wady|минусы|недоліки)\s*:?$", re.I)
PROS_CONS_REACH = 12
"""Lines from a review's pros label to its cons label at most."""


def mark_pros_and_cons(lines: list[str], roles: list[Role]) -> None:
    """Make a review's pros and cons (a label, then an entry a line, then the other label and its entries) list items, labels
    too: the verdict box of a product test ("Vorteile" / "Niedriger Preis" / … / "Nachteile" / …) is the test's own text.

    Only a pros label with a cons label a few lines under it (or the other way round) counts: "Plus" alone is a menu's.
    """
    for index, line in enumerate(lines):
        if roles[index] is not Role.SHORT or not (_PROS.match(line.strip()) or _CONS.match(line.strip())):
            continue
        other = _CONS if _PROS.match(line.strip()) else _PROS
        near = range(max(0, index - PROS_CONS_REACH), min(len(lines), index + PROS_CONS_REACH + 1))
        if not any(other.match(lines[i].strip()) for i in near):
            continue
        end = index + 1
        while end < len(lines) and roles[end] is Role.SHORT and len(lines[end].split()) <= ENTRY_MAX_WORDS and not other.match(lines[end].strip()):
            end += 1
        if end > index + 1:
            roles[index:end] = [Role.ITEM] * (end - index)


_ADDRESS = re.compile(r"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)\S+)$")


def keep_introduced_addresses(lines: list[str], roles: list[Role]) -> None:
    """Make an e-mail or web address alone on its line short text (in place) when a paragraph ending in a colon gives it and
    the article goes on under it ("… a mailbox of its own:" / "reports@example.org" / "It asks …"): the sentence's object."""
    for index in range(1, len(lines) - 1):
        given = roles[index - 1] is Role.PROSE and lines[index - 1].rstrip().endswith(":")
        if given and roles[index + 1] is Role.PROSE and _ADDRESS.match(lines[index].strip()):
            roles[index] = Role.SHORT
