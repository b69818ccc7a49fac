"""A photo's caption under its credit, in a page copy: a carousel or gallery that sets each credit over its caption.

"Ann Bell/Lowmoor Courier" over "Crowds wait at the pier for the last ferry.", then the next
credit and caption, then the gallery's "Previous Next": a sentence between two credits standing
alone is a caption, and so is the last one of such a run, over the gallery's buttons or a box. A
single credit keeps the paragraph under it: a picture's credit under its caption (or under the
headline) is often followed by the article.
"""

from __future__ import annotations

import re

from .furniture import Role
from .promo import is_credit_line

CAPTION_MAX_WORDS = 50
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{2}[.!?…][\"”’»)]?\s+[\"“„«]?[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]")
CAPTION_MAX_BREAKS = 2
"""Sentence breaks a caption has fewer of: two sentences say what a picture shows, three or more tell a story."""


def mark_captions_under_credits(texts: list[str], roles: list[Role]) -> None:
    """Make furniture each caption of a run of credits each over its caption (see the module's docstring)."""
    for index in range(1, len(texts)):
        if _caption_under_credit(texts, roles, index):
            roles[index] = Role.JUNK


def captioned_below(texts: list[str], roles: list[Role], credit: int) -> bool:
    """The credit on line ``credit`` stands over its caption, so the line over it is not that caption (it may be the article)."""
    return credit + 1 < len(texts) and _caption_under_credit(texts, roles, credit + 1)


def _caption_under_credit(texts: list[str], roles: list[Role], index: int) -> bool:
    below = index + 1
    if index < 1 or not is_credit_line(texts[index - 1]) or roles[index] not in (Role.PROSE, Role.SHORT, Role.JUNK):
        return False
    next_pair = below < len(texts) and is_credit_line(texts[below])
    last_pair = index >= 3 and is_credit_line(texts[index - 3]) and below < len(texts) and roles[below] in (Role.JUNK, Role.TEASER)
    return (next_pair or last_pair) and len(texts[index].split()) <= CAPTION_MAX_WORDS and len(_SENTENCE_BREAK.findall(texts[index])) < CAPTION_MAX_BREAKS
