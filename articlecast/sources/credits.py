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


LEAD_PICTURE_NOTE_MAX_WORDS = 25
_LEAD_PICTURE = re.compile(
    r"^(?:beitragsbild|titelbild|aufmacherbild|headerbild|artikelbild|vorschaubild|featured image|header image|cover image|lead image"
    r"|top image|image en une|image d'en-tête|photo d'illustration|imagen destacada|imagen de portada|immagine in evidenza"
    r"|zdjęcie (?:główne|tytułowe|ilustracyjne)|ilustracja|иллюстрация|ілюстрація|фото на обложке|головне фото)\s*:",
    re.I,
)


def is_lead_picture_note(line: str) -> bool:
    """A note on the post's lead picture under its text: "Beitragsbild: Titelseite der Zeitung vom 2.4.2019", "Featured image: …"."""
    text = line.strip()
    return len(text.split()) <= LEAD_PICTURE_NOTE_MAX_WORDS and bool(_LEAD_PICTURE.match(text))
