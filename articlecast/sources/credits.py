"""Captions in a page copy that close on a credit label ("… à l'Assemblée • Crédits : Getty", "… at dusk. Credit: AP",
"… for two years. Source: Supplied", "Traffic at dusk © Ann Bell / Agency") or on where and when the picture was taken ("… on the quay. Paris - 2 February 2019"),
and captions opened by the photographer's name and agency ("Tom Reed/Getty Images Skippers wait …").

A picture's caption names who took or owns the picture after a label and a colon, or the place and the day after its
last sentence, with no full stop after them; a paragraph of the article never ends on such a label with a name or two
after it, nor on a bare place and date.
"""

from __future__ import annotations

import re

from .datelines import find_date

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


_COPYRIGHT_CREDIT = re.compile(r"^(?P<caption>[^©]*[^\W\d_][^©]*?)\s©\s*(?P<credit>[^©.!?]*[^\W\d_][^©.!?]*)$")
"""A caption and the picture's owner after a copyright sign ("Traffic at dusk © Ann Bell / Agency"); a footer's "© 2024" has no name."""


def closes_on_copyright(line: str) -> bool:
    """A short caption ending in a "©" and a few words of names: "Stau © Ann Bell / Agentur"."""
    text = line.strip()
    match = _COPYRIGHT_CREDIT.match(text)
    return len(text.split()) <= CAPTION_MAX_WORDS and bool(match) and len(match.group("credit").split()) <= CREDIT_MAX_WORDS


_OPENING_CREDIT = re.compile(r"^[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s?/\s?(?:for\s)?[A-Z]")


OPENING_CREDIT_MAX_WORDS = 8
"""Words of a credit opening a caption ("Ann Bell/for The Lowmoor Daily Courier"), besides the caption's own."""


def opens_on_credit(line: str) -> bool:
    """A caption opened by its photographer and agency: "Tom Reed/Getty Images Skippers wait for the tide."."""
    text = line.strip()
    return len(text.split()) <= CAPTION_MAX_WORDS + OPENING_CREDIT_MAX_WORDS and bool(_OPENING_CREDIT.match(text))


PLACE_DATE_CAPTION_MAX_WORDS = 60
PLACE_DATE_SENTENCE_MIN_WORDS = 6
"""Words of the caption's sentence before its place and date; a dateline is the place and the date alone."""
_PLACE_AND_DATE = re.compile(
    r"(?:[.,;]|\s[-–—|])\s*[A-ZÀ-ÞА-ЯЁЄІЇ][\w'’.-]*(?:\s+[A-ZÀ-ÞА-ЯЁЄІЇ][\w'’.-]*){0,2}\s*(?:,|\s[-–—|])\s*(?P<date>[^,–—|]{6,30})$"
)
_TRAILING_CREDIT = re.compile(r"\s*©[^©]{1,40}$")


def closes_on_place_and_date(line: str) -> bool:
    """A caption ending in the place and day of its picture, maybe a © credit after them: "… de la mobilisation. Paris - 2 février 2019"."""
    text = _TRAILING_CREDIT.sub("", line.strip())
    match = _PLACE_AND_DATE.search(text)
    if not match or len(text[: match.start()].split()) < PLACE_DATE_SENTENCE_MIN_WORDS or len(line.split()) > PLACE_DATE_CAPTION_MAX_WORDS:
        return False
    date = match.group("date").strip()
    found = find_date(date)
    return bool(found) and found[1] == 0 and found[2] == len(date)


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


PICTURE_NOTE_MAX_WORDS = 10
_PICTURE_NOTE = re.compile(
    r"(?:фото|изображение|иллюстрация) носит иллюстративный характер"
    r"|(?:фото|світлина|зображення|ілюстрація) (?:має|носить) ілюстративний характер"
    r"|(?:фото|світлина) (?:автора|авторки|из архива|з архіву|из открытых источников|з відкритих джерел|(?-i:[A-ZА-ЯЁЄІЇҐ])[\w.-]+(?:\s(?-i:[A-ZА-ЯЁЄІЇҐ])[\w.-]+){0,2})"
    r"|(?:скриншот|скріншот) (?:из |з )?(?:видео|відео|трансляции|трансляції)"
    r"|(?:фото|изображение|иллюстрация|картинка|зображення|ілюстрація|image|picture|illustration|photo|bild|foto|obraz|grafika|ilustracja)"
    r"(?:\s*:)?\s+(?:(?:был[ао]? |було |was |wurde |została |zostało )?(?:сгенерирован\w*|згенерован\w*|создан\w*|створен\w*|generated|created"
    r"|erstellt|generiert|wygenerowan\w*)(?: (?:с помощью|при помощи|за допомогою|by|with|mit|mithilfe|przez|przy użyciu|нейросетью|нейромережею))?"
    r"(?: (?:нейросет\w*|нейромереж\w*|ии|ші|ai|ki|künstliche[rn]? intelligenz|sztucznej inteligencji|midjourney|dall-e))?|ki-generiert"
    r"|(?:нейросеть|нейромережа|ии|ші|ai|ki)(?: \w+)?)",
    re.I,
)
"""A note on a picture with no caption of its own: that it only illustrates ("Фото носит иллюстративный характер"), whose it is
("Фото Ивана Петрова", "Фото автора"), a still from a video ("Скриншот видео"), or that a machine made it ("Изображение
сгенерировано нейросетью", "Image generated by AI")."""


def is_picture_note(line: str) -> bool:
    """Whether a short line is a note on a picture: illustrative only, whose it is, a video still, made by a machine."""
    text = line.strip().rstrip(".")
    return len(text.split()) <= PICTURE_NOTE_MAX_WORDS and bool(_PICTURE_NOTE.fullmatch(text))
