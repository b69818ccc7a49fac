"""A run of label lines closing the article: no sentence among them, so nothing a listener follows.

Pages set lists after the text that the extractor takes for its last paragraphs: the article's
subheads repeated as a side menu ("Teure Folgen bei Schlamperei", "Wohin mit dem Hinweis?"), a
picture-credits list, tags. Each is a line that does not end like a sentence, and the run comes
after the last one that does. An article may end on one or two such lines (a sign-off, a short
list); a run of :data:`RUN_MIN_LINES` or more closes the page, not the story, and so do two or more lines that are
only people's names or counts (an authors' box: "Maggie Haberman", "1", "Shira Toeplitz"), as paragraphs or list items. A picture's credit
glued after the last sentence of a paragraph ("… der Kartellbehörden.Foto: Ann Bell") is no sentence either, nor
an editor's initials or an end-of-story mark in brackets closing it ("… veröffentlicht. (heb)", "… said. (End)").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Block
from .fields import UNSPACED_WORD

RUN_MIN_LINES = 4
LABEL_MAX_WORDS = 12
"""A line this short may end in "?" or "!" and still be a label ("Wohin mit dem Hinweis?"); a longer one is a sentence."""
NAMES_RUN_MIN_LINES = 2
_NAME_OR_COUNT = re.compile(r"^(?:\d{1,4}|[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w'’.-]+(?:\s[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w'’.-]+){1,3})$")


def without_closing_labels(blocks: list[Block]) -> list[Block]:
    """The blocks without a closing run of :data:`RUN_MIN_LINES` or more paragraphs that are labels, not sentences, or of two or more names and counts."""
    named = len(blocks)
    while named > 0 and blocks[named - 1].kind in ("paragraph", "item") and _NAME_OR_COUNT.match(blocks[named - 1].text.strip()):
        named -= 1
    if len(blocks) - named >= NAMES_RUN_MIN_LINES and named > 0 and not blocks[named - 1].text.rstrip().endswith(":"):  # not a list it announces
        return blocks[:named]
    start = len(blocks)
    while start > 0 and blocks[start - 1].kind == "paragraph" and _is_label(blocks[start - 1].text):
        start -= 1
    run = blocks[start:]
    if len(run) < RUN_MIN_LINES or start == 0 or 2 * sum(":" in block.text for block in run) >= len(run):
        return blocks  # an article's closing facts ("Ort: Stadthalle", "Eintritt: frei") are lines of "label: value"
    return blocks[:start]


_SENTENCE_INSIDE = re.compile(r"\w[.!?…]\s+[\"“„«]?[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]")
"""A sentence ending inside a line, before the next one opens: "… on ESPN. Her newest book …"."""


def _is_label(text: str) -> bool:
    """A line that ends in no full stop, and if long, in no sentence end at all, nor holds sentences before its end
    (a paragraph closed by the writer's handle, "… in the league. Twitter: @annbell")."""
    ending = text.rstrip(" \"'”’»)]」』）")
    if ending.endswith((".", "…", "。", "．")):
        return False
    if len(text.split()) <= LABEL_MAX_WORDS:
        return True
    return not ending.endswith(("!", "?", "！", "？")) and not _SENTENCE_INSIDE.search(text)


_GLUED_CREDIT = re.compile(
    r"(?<=[.!?…\"”»])\s*(?:Foto|Fotos|Bild|Bilder|Grafik|Illustration|Photo|Photos|Image|Crédits?(?: photos?)?|Crédit photo"
    r"|Créditos?|Фото|Zdjęcie|Fot\.)\s*:\s*(?:(?![.!?]\s)[^!?:]){2,60}$"
)
"""A credit after the last sentence end of a paragraph, with no sentence after it (a site's name may hold dots)."""


_GLUED_COPYRIGHT = re.compile(r"(?<=[.!?…\"”»。！？」』])\s*(?:\(c\)|©)\s*[^\s.!?。][^.!?。]{1,60}$", re.I)
"""An agency's or photographer's copyright after the last sentence ("…を指摘している。(c)AFP/Ann Rowe", "… said. © Wire")."""

CAPTION_MAX_WORDS = 40
"""A shorter text ending in a credit is a caption, which :mod:`.furniture` drops whole."""


_GLUED_SIGNATURE = re.compile(
    r"(?<=[.!?…\"”»。！？」』])\s*[(（]\s*(?:[^\W\d_A-ZÀ-ÞА-ЯЁЄІЇҐ]{2,5}|[A-ZÀ-Þ]{1,4})(?:\s*[/,／]\s*[^\W\d_]{2,5})*\s*[)）]$"
)
"""An editor's initials or a desk's letter in brackets after the last sentence of a paragraph ("… veröffentlicht. (heb)",
"(dpa/jk)", "… en Radio Centro. (I)"), or in Chinese their role and name in full-width brackets ("…上。（编译/林靖东）")."""


_GLUED_END_MARK = re.compile(
    r"(?<=[.!?…\"”»])\s*(?:[(\[]\s*(?:end|ends|ende|fin|fine|fim|koniec|konec|конец|кінець)\s*[)\]]|[■□▪◼◾◆♦●∎]|#{3}|-30-)$", re.IGNORECASE
)
"""A wire or press office's end-of-story mark after the last sentence ("… said. (End)", "(ENDE)", "(Конец)", "###"), or
a magazine's closing sign ("… the firm. ■")."""

_GLUED_SIGN_OFF = re.compile(r"(?<=[.!?…\"”»])\s+[—–]\s*(?-i:[A-ZÀ-ÞА-ЯЁЄІЇҐ])[\w'’.-]*(?:\s+(?-i:[A-ZÀ-ÞА-ЯЁЄІЇҐ])[\w'’.-]*){0,2}$")
"""A writer's or agency's name signed after the last sentence with a dash ("… the dredging firm. — Ann Rowe", "— AP")."""


def ends_with_initials(text: str) -> bool:
    """A paragraph closed by an editor's initials in small letters ("… veröffentlicht. (heb)"): the article's last.
    An agency in capitals ("(AP)") closes captions and quoted items too."""
    signature = _GLUED_SIGNATURE.search(text)
    return bool(signature) and not any(char.isupper() for char in signature.group())


def without_glued_tail(text: str) -> str:
    """``text`` without an editor's initials, a name signed with a dash or an end-of-story mark after its last sentence, and if
    it is long, without a picture's credit or an agency's copyright glued after it."""
    text = _GLUED_SIGN_OFF.sub("", _GLUED_END_MARK.sub("", _GLUED_SIGNATURE.sub("", text)))
    if len(UNSPACED_WORD.findall(text)) > CAPTION_MAX_WORDS:
        text = _GLUED_COPYRIGHT.sub("", text)
    return _GLUED_CREDIT.sub("", text) if len(text.split()) > CAPTION_MAX_WORDS else text


def without_glued_credits(blocks: list[Block]) -> list[Block]:
    """The blocks with a picture credit cut from the end of a (long) paragraph it was glued to,
    and an editor's initials from the end of any paragraph."""
    kept = []
    for block in blocks:
        if block.kind == "paragraph":
            text = without_glued_tail(block.text)
            block = replace(block, text=text) if text != block.text else block
        kept.append(block)
    return kept
