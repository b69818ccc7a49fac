"""A post's excerpt shown over its text: a first paragraph that opens with the same words as the second.

Blogs and news sites set the summary of a post over its body, and often the summary is the first
paragraph again, or an earlier draft of it: the same opening words, a few changed later on and other
quotation marks or dashes ("Unter dem Titel "Politik im Netz - …"" over "Unter dem Titel „Politik
im Netz – …“"). A listener would hear the article start twice. When the first :data:`OPENING_WORDS`
words of the two paragraphs agree (letters and figures only, case aside), the first is left out: the
second is the article's own.
"""

from __future__ import annotations

import re

from ..article import Block

OPENING_WORDS = 8
_WORD = re.compile(r"[^\W_]+")


def without_repeated_lead(blocks: list[Block]) -> list[Block]:
    """The blocks without a first paragraph whose opening words the second paragraph repeats."""
    if len(blocks) < 2 or blocks[0].kind != "paragraph" or blocks[1].kind != "paragraph":
        return blocks
    first, second = _opening(blocks[0].text), _opening(blocks[1].text)
    return blocks[1:] if len(first) == OPENING_WORDS and first == second else blocks


def _opening(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)[:OPENING_WORDS]]
