"""A photo's caption under its credit, in a page copy: a carousel or gallery that sets each credit over its caption.

"Ann Bell/Lowmoor Courier" over "Crowds wait at the pier for the last ferry.", then the next
credit and caption, then the gallery's "Previous Next": in a run of two credits or more standing
alone, each over a short caption, the run ending on a caption over the carousel's buttons or opened by the
gallery's label ("Fotostrecke mit 4 Bildern"), the captions are under their credits. Any other run may be captions each over its credit with the
article going on under the last, and a single credit keeps the paragraph under it: a
picture's credit under its caption (or under the headline) is often followed by the article.
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
        if _in_gallery(texts, roles, index):
            roles[index] = Role.JUNK
            if _GALLERY_LABEL.match(texts[index - 2].strip()):
                roles[index - 2] = Role.JUNK  # the gallery's label over its first credit


def captioned_below(texts: list[str], roles: list[Role], credit: int) -> bool:
    """The credit on line ``credit`` stands over its caption, so the line over it is not that caption (it may be the article)."""
    return _in_gallery(texts, roles, credit + 1)


def _in_gallery(texts: list[str], roles: list[Role], index: int) -> bool:
    """Line ``index`` is a caption under its credit in a run of two such pairs or more that ends on a caption over the
    carousel's buttons; otherwise a run may as well be captions each over its credit, the article going on under the last."""
    if not _pair(texts, roles, index):
        return False
    first, last = index, index
    while _pair(texts, roles, first - 2):
        first -= 2
    while _pair(texts, roles, last + 2):
        last += 2
    after, before = last + 1, first - 2
    closed = after < len(texts) and bool(_GALLERY_BUTTONS.match(texts[after].strip()))
    opened = before >= 0 and bool(_GALLERY_LABEL.match(texts[before].strip()))  # "Fotostrecke mit 4 Bildern" over the first credit
    return last > first and (closed or opened)


_GALLERY_BUTTONS = re.compile(
    r"^(?:[‹›«»<>←→]\s*)?(?:previous|prev|next|enlarge|expand|full ?screen|zurück|weiter|vorheriges|nächstes|vergrößern|précédent|suivant"
    r"|anterior|siguiente|poprzednie|następne|powiększ|назад|далее|вперед|вперёд|предыдущ\w*|следующ\w*|попереднє|наступне|\d+\s*(?:of|/|von|de|из|з)\s*\d+)"
    r"(?:\s+(?:[‹›«»<>←→]|previous|prev|next|zurück|weiter|précédent|suivant|anterior|siguiente|назад|далее|вперед|\d+\s*(?:of|/)\s*\d+))*\s*[‹›«»<>←→]?$",
    re.I,
)
"""A carousel's buttons under its last caption: "Previous Next", "Enlarge", "3 of 12"."""
_GALLERY_LABEL = re.compile(
    r"^(?:(?:photo |picture |image )?gallery|slide ?show|fotostrecke|bilderstrecke|bildergalerie|fotogalerie|galerie|galeria(?: zdjęć)?"
    r"|fotogaleria|фотогалерея|галерея|фоторепортаж|фотоистория)"
    r"(?:\s*(?::|mit|with|z|из|з|\()?\s*\d+\s*(?:bildern|bilder|fotos|photos|pictures|images|zdjęć|zdjęcia|фото\w*|снимк\w*|світлин\w*)\)?)?$"
    r"|^\d+\s+(?:bilder|fotos|photos|pictures|images|zdjęć|фото)$",
    re.I,
)
"""A gallery's label over its first credit and caption: "Fotostrecke mit 4 Bildern", "Photo gallery (12 images)", "Galeria zdjęć"."""


def _pair(texts: list[str], roles: list[Role], index: int) -> bool:
    """Line ``index`` is a short caption of a sentence or two right under a credit standing alone."""
    if not 1 <= index < len(texts) or not is_credit_line(texts[index - 1]) or roles[index] not in (Role.PROSE, Role.SHORT, Role.JUNK):
        return False
    return len(texts[index].split()) <= CAPTION_MAX_WORDS and len(_SENTENCE_BREAK.findall(texts[index])) < CAPTION_MAX_BREAKS
