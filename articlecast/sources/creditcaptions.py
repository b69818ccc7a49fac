"""A photo's caption told by its credit: the line right over a credit, or under it in a gallery.

A caption stands right over its credit ("Crowds wait at the pier." over "Ann Bell/Lowmoor
Courier"), unless it reads as a paragraph: three sentences or more, or a line that goes on from
the text before it, opening with a connective or a pronoun ("However, …", "Тем не менее, …",
"He said …"); a caption names what the picture shows, so a picture with only a credit under it
leaves the paragraph over it.

A page copy's gallery may set each credit over its caption: "Ann Bell/Lowmoor Courier" over
"Crowds wait at the pier for the last ferry.", then the next credit and caption, then the
gallery's "Previous Next": in a run of two credits or more standing alone, each over a short
caption, the run ending on a caption over the carousel's buttons or opened by the gallery's label
("Fotostrecke mit 4 Bildern"), the captions are under their credits. Any other run may be
captions each over its credit with the article going on under the last, and a single credit
keeps the paragraph under it: a picture's credit under its caption (or under the headline) is
often followed by the article.
"""

from __future__ import annotations

import re

from .furniture import Role, is_picture_copyright
from .promo import is_credit_line

CAPTION_MAX_WORDS = 50
_SENTENCE_BREAK = re.compile(r"[^\W_]{2}[.!?…][\"”’»)]?\s+[\"“„«]?[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]")
CAPTION_MAX_BREAKS = 2
"""Sentence breaks a caption has fewer of: two sentences say what a picture shows, three or more tell a story."""


def mark_captions_under_credits(texts: list[str], roles: list[Role]) -> None:
    """Make furniture each caption of a run of credits each over its caption (see the module's docstring)."""
    for index in range(1, len(texts)):
        if _in_gallery(texts, roles, index):
            roles[index] = Role.JUNK
            if _GALLERY_LABEL.match(texts[index - 2].strip()):
                roles[index - 2] = Role.JUNK  # the gallery's label over its first credit


def _captioned_below(texts: list[str], roles: list[Role], credit: int) -> bool:
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


_CREDIT_LABEL = re.compile(r"^(?:image|picture|photo|photograph|pic|credit|foto|bild|фото|zdjęcie|imagen)\s*:$", re.I)


CAPTION_MIN_WORDS = 3
"""Words of a caption over a "©" credit; a word or two there is the headline over its picture (see :mod:`.pageheads`)."""


def _picture_in_text(texts: list[str], roles: list[Role], credit: int) -> bool:
    """A "©" credit between the article's paragraphs: under a caption of :data:`CAPTION_MIN_WORDS` words or more with prose
    over it, and over prose (over the article, the line over the credit may be its standfirst)."""
    above, below = credit - 2, credit + 1
    between = above >= 0 and roles[above] is Role.PROSE and below < len(texts) and roles[below] is Role.PROSE
    return between and len(texts[credit - 1].split()) >= CAPTION_MIN_WORDS


def mark_captions_above_credits(texts: list[str], roles: list[Role]) -> None:
    """A photo's caption: the line right above its credit ("Ann Bell/Lowmoor Courier"), or above a credit
    split over lines by its brackets ("Crowds at the pier (" / "Image:" / "Lowmoor Courier)")."""
    for index in range(1, len(texts)):
        above = index - 1
        credited = is_credit_line(texts[index]) or (is_picture_copyright(texts[index]) and _picture_in_text(texts, roles, index))
        short = roles[above] in (Role.PROSE, Role.SHORT) and len(texts[above].split()) <= CAPTION_MAX_WORDS
        if credited and short and not reads_as_paragraph(texts[above]) and not _captioned_below(texts, roles, index):
            roles[above] = Role.JUNK
        split = index + 1 < len(texts) and _CREDIT_LABEL.match(texts[index].strip()) and texts[index + 1].rstrip().endswith(")")
        if split and texts[above].rstrip().endswith("(") and len(texts[above].split()) <= CAPTION_MAX_WORDS:
            roles[above] = roles[index] = roles[index + 1] = Role.JUNK


_GOES_ON = re.compile(
    r"^(?:however|but|and|yet|still|meanwhile|instead|nevertheless|nonetheless|moreover|also|so|thus|therefore|indeed|in fact"
    r"|the same|this|that|these|those|it|its|they|their|he|his|she|her|we|our"
    r"|doch|aber|jedoch|dennoch|trotzdem|zudem|außerdem|auch|er|es|dies\w*|damit|danach|dabei|deshalb"
    r"|тем не менее|однако|но|а|и|при этом|кроме того|также|впрочем|поэтому|между тем|он|она|они|оно|это|этот|эта|эти|его|ее|её|их"
    r"|однак|проте|але|і|й|також|крім того|водночас|тому|між тим|він|вона|вони|воно|це|цей|ця|ці|її|їх"
    r"|jednak|ale|także|również|dlatego|tymczasem|on|ona|oni|to|ten|ta|te|jego|jej"
    r"|cependant|mais|il|elle|ils|elles|ce|cette|sin embargo|pero|él|ella|ellos|esto|este|esta)\b(?![\w.-])"
    r"(?!\s+(?:photo|picture|image|foto|bild|фото|знімок|снимок|zdjęcie|imagen)\b)",
    re.I,
)
"""A line's opening that goes on from the text before it: a connective or a pronoun, not "This photo …"."""


def reads_as_paragraph(line: str) -> bool:
    """Three sentences or more, or an opening that goes on from the text before it ("However, …", "He said …"): over a
    picture's credit, a paragraph the picture follows, not its caption."""
    return len(_SENTENCE_BREAK.findall(line)) >= CAPTION_MAX_BREAKS or bool(_GOES_ON.match(line.strip(" \"“„«")))
