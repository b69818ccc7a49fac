"""A page copy's line by its own text: its role, and whether it is shaped like a headline.

:func:`own_role` refines :func:`.furniture.classify` for page copies: a caption closed by its credit,
a pointer or an author's note is furniture; a title-case headline with an abbreviation's full stop is
short; a long line that a hard break cut after a sentence is prose; a summary that ends in its
story's byline is a teaser. :func:`headline_like` says whether a line could be a headline.
"""

from __future__ import annotations

import re

from .authornote import is_author_note
from .credits import closes_on_credit, closes_on_place_and_date, opens_on_credit
from .furniture import Role, classify, ends_sentence, parse_byline, word_count
from .promo import is_credit_line
from .tails import points_elsewhere, trails_off
from .unwrap import is_file_name, sentence_inside

TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
TITLE_CASE_SHARE = 0.85
"""Share of a line's words of four letters or more that start upper case in a title-case headline."""
TITLE_CASE_MIN_WORDS = 5
CUT_PROSE_MIN_WORDS = 16
"""Words of a line without a final full stop that reads as prose if a sentence ends inside it."""
UNSTOPPED_PROSE_MIN_WORDS = 30
"""Words of a line without a final stop that reads as prose all the same when most of them are in small letters."""
UNSTOPPED_SMALL_SHARE = 0.6
NAME_LINKS = frozenset({"in", "and", "und", "et", "y", "e", "і", "и", "в", "у", "de", "von", "van", "da", "di", "del", "la", "le"})
INNER_STOP = re.compile(r"[.!?…]\s+\S")
_LAST_STOP = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[^.!?…]*$)")


def short_sentence(line: str) -> bool:
    return ends_sentence(line) and not line.rstrip().endswith(":") and len(line.split()) >= 3


def headline_like(line: str, role: Role) -> bool:
    """A short line of 3 to 25 words without a full stop, or one question or exclamation of that length ("Why do towns lose museums?")."""
    words = word_count(line)  # a Chinese headline's characters count as words
    if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS or line.rstrip().endswith((":", "：", ",", "，")):
        return False  # a line ending in a colon is a label for what follows ("Search for this author in:"), in a comma a list's part
    if role is Role.SHORT:
        return not line.rstrip("\"”’»)").endswith((".", "。")) or title_cased(line)  # a caption has a full stop; "… Tues." too
    return (role is Role.PROSE and line.rstrip("\"”’»)").endswith(("?", "!")) and not INNER_STOP.search(line))


def own_role(line: str) -> Role:
    """A line's role from its own text.

    A headline in title case that an abbreviation's full stop made look like a sentence is short;
    sentences closed by a picture's credit ("… the capital. Ann Bell/AFP/Getty Images") are a caption;
    a long line with a sentence ending inside it is prose even when a hard line break cut its
    last sentence ("… für die 60 Millionen" / "Geräte in Deutschland."). A menu's entry whose label the copy
    gives twice ("Weather Weather"), a clip's title with its length ("Ferry strike ends 2:06"), a writer's name over a contact button, a shop's ad closed by its
    button ("Tide Clock Buy Now"), a caption glued to its toggle ("… the quay. Ann Bell/AP hide caption") and a
    writer's name glued to their paper ("Ann RoweThe Courier") or said before its byline ("Ann Rowe By Ann Rowe") is a byline; a caption closed by its photographer's name and address in brackets ("… at dusk. (Ann Bell/abell@courier.example)")
    are furniture.
    """
    role = classify(line)
    if role is Role.SHORT and (_GLUED_BYLINE.match(line.strip()) or _NAME_THEN_BYLINE.match(line.strip()) or named_contact(line)):
        return Role.BYLINE
    if role in (Role.PROSE, Role.SHORT) and (said_twice(line) or pictured(line) or is_file_name(line) or _CONTACT_BUTTON.search(line) or _SHOP_BUTTON.search(line.strip()) or _TITLED_LENGTH.match(line.strip())):
        return Role.JUNK
    captioned = closes_on_credit(line) or closes_on_place_and_date(line) or opens_on_credit(line)
    if role in (Role.PROSE, Role.SHORT) and (points_elsewhere(line) or captioned or is_author_note(line)):
        return Role.JUNK
    if role is Role.TEASER and trails_off(line):
        return Role.PROSE
    if role in (Role.PROSE, Role.SHORT) and _signed_summary(line):
        return Role.TEASER
    if role is Role.PROSE and len(line.split()) <= TITLE_MAX_WORDS and title_cased(line):
        return Role.SHORT
    if role is Role.SHORT and sentence_inside(line) and _credited(line):
        return Role.JUNK  # a caption: sentences closed by the picture's credit
    if role is Role.SHORT and len(line.split()) >= CUT_PROSE_MIN_WORDS and sentence_inside(line):
        return Role.PROSE
    if role is Role.SHORT and _unstopped_sentence(line) and not _credited(line):
        return Role.PROSE
    return role


def said_twice(line: str) -> bool:
    """The same words twice in a row and nothing else ("Weather Weather", "Privacy PolicyPrivacy Policy"): a menu's
    link whose label the copy gives once as shown and once as written for screen readers."""
    text = " ".join(line.split()).casefold()
    words = text.split()
    half = len(words) // 2
    spaced = len(words) % 2 == 0 and words[:half] == words[half:]
    glued = len(text) % 2 == 0 and text[: len(text) // 2] == text[len(text) // 2 :]
    return (spaced or glued) and len(text) >= SAID_TWICE_MIN_CHARS and any(char.isalpha() for char in text)


SAID_TWICE_MIN_CHARS = 8
_GLUED_BYLINE = re.compile(r"^[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}[a-z]The(?:\s[A-Z][\w'’&-]*){1,3}$")
"""A writer's name glued to the paper they write for, a byline whose two parts the copy ran together: "Ann RoweThe Courier"."""
_NAME_THEN_BYLINE = re.compile(r"^(?P<who>[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^.!?]{2,80}?)\s+(?:by|von|par|por|przez)\s+(?P=who)$", re.I)
"""A byline after the writer's name as their picture's label gave it: "Ann Rowe, The Courier By Ann Rowe, The Courier"."""
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
NAMED_CONTACT_MAX_WORDS = 14


def named_contact(line: str) -> bool:
    """A writer's name followed by their e-mail address, maybe after "By" and given twice ("Ann Rowe | arowe@courier.example"):
    a byline, never a headline, whose words are all names but for the address."""
    text = line.strip()
    found = _EMAIL.search(text)
    if len(text.split()) > NAMED_CONTACT_MAX_WORDS or not found or len(text[: found.start()].split()) < 2:
        return False  # the name comes first ("Ann Rowe | arowe@…"); an address first is a desk's contact line
    words = [word for word in re.split(r"[\s|,;/·•–—-]+", _EMAIL.sub(" ", text)) if word]
    named = [word for word in words if word.casefold() not in ("by", "von", "par", "por", "od", "от", "від", "and", "und", "et", "y", "i", "і")]
    return bool(named) and all(word[0].isupper() or word.casefold() in NAME_LINKS for word in named)
_TITLED_LENGTH = re.compile(
    r"^(?=(?:\S+\s+){2,14}\S+$)(?!.*\b(?:at|by|until|till|from|to|before|after|since|around|about|between|and)\s+\d{1,2}:\d{2}$)"
    r".*[^\W\d_][?!]?\s\d{1,2}:\d{2}$",
    re.I,
)
"""A clip's title with its length after it: "Why the ferry ran aground 2:06" (a time of day has "at" or "until" before it)."""
_CONTACT_BUTTON = re.compile(r"^(?:\S+\s){0,4}\S*?(?:contact (?:the )?(?:reporter|author|writer)|email the (?:reporter|author))$", re.I)
"""A writer's name with the button to write to them after it, glued or not: "Ann BellContact Reporter" (each word ends at
a space, so a long line without spaces, as Chinese is written, is tried once, not cut every way)."""
_CAPTION_TOGGLE = re.compile(r"\S\s+(?:hide|toggle|show|expand|close) caption$", re.I)
"""A caption's show-and-hide button glued after it: "… at the quay. Ann Bell/AP hide caption"."""
_SHOP_BUTTON = re.compile(r"\S\s*(?:Buy|Shop|Order) (?:[Nn]ow|[Hh]ere|[Tt]oday)$")
"""A shop's button after its ad, glued or not: "Harbour Map T-shirt. Available in Blue. Buy Now" (a reader urged to buy in
a sentence has a full stop or small letters: "buy now, the broker said.")."""
_GLUED_PHOTO_BUTTON = re.compile(
    r"^(?:view (?:full[ -]?size|larger|full image)(?: image| photo)?|enlarge(?: this)?(?: image| photo)?|click to enlarge)"
    r"(?-i:[A-Z])",
    re.I,
)
"""A photo's zoom button glued before its caption and credit: "View full sizeAnn Bell at the quayCourier photo"."""
_BRACKETED_TAIL = re.compile(r"\(([^()]{3,80})\)$")
BRACKET_CAPTION_MAX_WORDS = 60


def pictured(line: str) -> bool:
    """A picture's caption glued to its toggle or zoom button or closed by its credit in brackets (see :func:`own_role`)."""
    return _toggled_caption(line) or _bracket_credited(line)


def _toggled_caption(line: str) -> bool:
    return bool(_CAPTION_TOGGLE.search(line.strip()) or _GLUED_PHOTO_BUTTON.match(line.strip()))


def _bracket_credited(line: str) -> bool:
    """Sentences closed by the photographer's name and address in brackets: "… on Tuesday. (Ann Bell/abell@courier.example)";
    a paragraph ends on its sentence. (A name and an agency in brackets closes paragraphs of some pages too, as a source.)"""
    tail = _BRACKETED_TAIL.search(line.strip())
    if not tail or not tail.start() or len(line.split()) > BRACKET_CAPTION_MAX_WORDS:
        return False
    return bool(_NAME_AND_ADDRESS.match(tail.group(1)) and ends_sentence(line[: tail.start()].rstrip()))


_NAME_AND_ADDRESS = re.compile(r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
"""A photographer's name and e-mail address as a credit: "Ann Bell/abell@courier.example"."""


def _unstopped_sentence(line: str) -> bool:
    """A paragraph whose writer left off the full stop: longer than any headline and written in small letters, not a row of links."""
    words = line.split()
    small = sum(word[0].islower() for word in words)
    return len(words) >= UNSTOPPED_PROSE_MIN_WORDS and small >= UNSTOPPED_SMALL_SHARE * len(words) and not re.search(r"\s[|•·]\s", line)


def _credited(line: str) -> bool:
    """A caption: sentences closed by who took the picture ("… his rise. Photo via Evert Academy")."""
    return is_credit_line(_LAST_STOP.split(line.rstrip())[-1])


def _signed_summary(line: str) -> bool:
    """A teaser's summary that ends in its story's byline ("… fordert er. Von Ann Rowe und Tom Reid").

    An article's own paragraph ends in a sentence, never in the name of who wrote it; the byline
    is names ("Von Anfang an", a sentence cut by a hard break, is not).
    """
    parts = _LAST_STOP.split(line.rstrip())
    byline = parse_byline(parts[-1]) if len(parts) > 1 and not ends_sentence(parts[-1]) else None
    names = [word for word in re.split(r"[\s,]+", byline.author) if word] if byline else []
    return len(names) >= 2 and all(word[0].isupper() or word.casefold() in NAME_LINKS for word in names)


def title_cased(line: str) -> bool:
    """Headline capitals: nearly every word of four letters or more starts upper case ("Cold Wave Alert Tues.").

    Such a line is a headline even when an abbreviation gives it a full stop; :data:`TITLE_CASE_SHARE`
    is high enough that German prose, whose nouns all start upper case, does not reach it.
    """
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line) if len(word) >= 4]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitals >= TITLE_CASE_SHARE * len(words) and not line.isupper()
