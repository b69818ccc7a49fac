"""Captions in a page copy that close on a credit label ("… à l'Assemblée • Crédits : Getty", "… at dusk. Credit: AP",
"… for two years. Source: Supplied").

A picture's caption names who took or owns the picture after a label and a colon; a paragraph
of the article never ends on such a label with a name or two after it.
"""

from __future__ import annotations

import re

CAPTION_MAX_WORDS = 40
CREDIT_MAX_WORDS = 6

_CREDIT_LABEL = re.compile(
    r"(?:^|[\s•·|,;.)])(?:crédits?(?: photo)?|credits?|créditos?(?: de foto)?|kredyt(?: zdjęcia)?|źródło zdjęcia|bildquelle"
    r"|bildnachweis|fotonachweis|джерело фото|источник фото|(?-i:Source|Quelle|Fuente|Fonte|Źródło|Джерело|Источник))"
    r"\s*:\s*(?P<credit>[^\W\d_][^.!?:]*)$",
    re.I,
)


def closes_on_credit(line: str) -> bool:
    """A caption ending in a credit label and a few words of names: "… par Jean Veber • Crédits : Getty"."""
    text = line.strip()
    match = _CREDIT_LABEL.search(text)
    return len(text.split()) <= CAPTION_MAX_WORDS and bool(match) and len(match.group("credit").split()) <= CREDIT_MAX_WORDS
