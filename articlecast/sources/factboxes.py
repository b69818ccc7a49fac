"""Fact boxes: figures set in large type, each over the one sentence that explains it.

A page sums an article up in a box of key figures: "40%" over "of the harbour's boats are
older than thirty years.", "3 Weeks" over "Time the channel stayed closed last spring." A copy
of the page shows a figure alone on its line (a number, with a unit or a word or two), then its
sentence, again and again. The sentences repeat what the article tells, out of its flow, so
:data:`BOX_MIN_FIGURES` such pairs or more in a row are furniture, with the box's heading over
the first figure (a short line that ends no sentence: "At a glance").

A legend of codes is a list, however its lines look: :data:`LEGEND_MIN_LINES` lines or more in a
row, each a code in capitals and a colon before its meaning ("NC: not for sale", "NC-ND: not for
sale, not changed"), are its items, even one that reads like a byline ("BY: attribution").
"""

from __future__ import annotations

import re

from .furniture import Role, ends_sentence

BOX_MIN_FIGURES = 3
FACT_MAX_WORDS = 40
LEGEND_MIN_LINES = 3

_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:[-/][A-Z0-9]+)*:\s+\S")
"""A code in capitals and a colon before its meaning: "BY-SA: share alike"."""

_FIGURE = re.compile(r"^[$€£¥]?\d(?:[\d.,]*\d)?\s?(?:%|[KkMm]\b|bn\b)?(?:\s?[^\W\d]+){0,2}\+?$")
"""A figure standing alone: "100", "20K", "$3bn", "40%", "25 Years", "1.2 million"; not a list's number ("5. Ann Bell")."""


def mark_fact_boxes(texts: list[str], roles: list[Role]) -> None:
    """Mark the figures, their sentences and the heading of each fact box ``JUNK``."""
    index = 0
    while index < len(texts):
        end = index
        while end + 1 < len(texts) and _is_figure(texts[end]) and _is_fact(texts[end + 1], roles[end + 1]):
            end += 2
        if (end - index) // 2 >= BOX_MIN_FIGURES:
            heading = index - 1
            if heading >= 0 and roles[heading] is Role.SHORT and not ends_sentence(texts[heading]):
                index = heading
            roles[index:end] = [Role.JUNK] * (end - index)
        index = max(end, index + 1)


def _is_figure(text: str) -> bool:
    return bool(_FIGURE.match(text.strip())) and len(text.split()) <= 3


def _is_fact(text: str, role: Role) -> bool:
    return role in (Role.PROSE, Role.SHORT) and len(text.split()) <= FACT_MAX_WORDS and not _is_figure(text)


def mark_legends(texts: list[str], roles: list[Role]) -> None:
    """Make the lines of each legend of codes list items."""
    coded = [bool(_CODE.match(text.strip())) for text in texts]
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and coded[end]:
            end += 1
        if end - index >= LEGEND_MIN_LINES:
            roles[index:end] = [Role.ITEM] * (end - index)
        index = max(end, index + 1)
