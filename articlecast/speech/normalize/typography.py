"""Language-independent typography for speech: what is drawn on the page, not said.

Quotation marks, dashes, brackets and ellipses become short pauses (commas);
emoji, pictographs and unassigned or private characters are dropped; list
bullets and numbers at the start of a line go; apostrophes become ``'``.
:func:`tidy` then leaves one space between words and no doubled punctuation.
"""

from __future__ import annotations

import re
import unicodedata

# Symbols (category So) with a meaning that language rules read: degrees, numero, copyright.
KEPT_SYMBOLS = frozenset("°№©℃℉")
_DROPPED_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cn", "Me", "Cf"})
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0000-\U000e01ef]")

_APOSTROPHE = re.compile(r"(?<=\w)[’'](?=\w)|(?<=[A-Z]\.)[’'](?=s\b)|(?<=[sS])[’'](?=\s|$|[,.;:!?])|[’'‘](?=\d0s\b)|(?<![\w'’‘])[’'‘](?=\d\d(?![\w'’]|[.,:]\d))")
_QUOTE = re.compile(r"[\"“”„‟«»‹›「」『』‘’‚‛']")
_BRACKET = re.compile(r"[()\[\]{}]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.(?:\s?\.)+)\s*")
_FINAL_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.(?:\s?\.)+)(?=[\s\"'”’»)]*$)")
_NUMBER_DASH = re.compile(r"(?:(?<=\d[kmbKMB])|(?<=\d[bt]n))\s?[-–—]\s?(?=[$€£¥₹]\d)|(?<=\dm)[-–](?=\d+(?:\.\d+)?m\b)|(?:(?<=\d)|(?<=\d0s)|(?<=\d[snrt][tdh])|(?<=\d[aApP][mM])|(?<=\d\s[aApP][mM])|(?<=[aApP]\.[mM]\.))\s?[-–—]\s?(?=[-−]?[$€£¥₹]?\d)")
"""A dash between numbers, amounts or times ("5–10", "$10m–$20m", "3m–4m", "9 a.m.–5 p.m."): a range, kept for the language's rules."""
_DASH = re.compile(r"\s*[–—―]+\s*|(?<=\w)--+(?=\w)|(?<!\S)-+(?!\S)")
_SLASHED_NAME = re.compile(r"(?<!\S)/(?P<name>[^\W\d_][^\s/]*)/(?=[\s.,:;—–-]|$)")
"""A wire service's name between slashes in a dateline ("/ТАСС/", "/PRNewswire/"): a name between pauses."""
_SEPARATOR = re.compile(r"\s*[•|¦]\s*|(?!(?<=\w)·\w)\s*·\s*")
"""Bullets and bars between items; a middle dot too, unless it joins a unit's parts ("кВт·ч")."""
_LIST_MARKER = re.compile(r"^\s*(?:[-*•◦▪‣⁃●○■□►▸–—]+|\(?\d{1,2}[.)]|\(?[a-zA-Z]\))\s+")

# Hyphens joining nothing; a minus before a number or an amount ("-5", "-.25", "$5-$10") is kept.
_STRAY_HYPHEN = re.compile(r"-+(?![\w$€£₴¥₽¢₹−]|\.\d)|(?<!\S)-+(?=[^\W\d_])")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?])(?!\d)")
_MARK_RUN = re.compile(r"(?<!\.[A-Z])(?!\.,(?!\s*,))([.;:!?])(?:\s*,)+|(?:,\s*)+([.;:!?])(?!\d)|,(?:\s*,)+")
"""Runs of marks as one; a period glued to a comma stays, being an abbreviation's ("Jan., Feb.")."""
_LEADING_MARKS = re.compile(r"^(?:[\s,;:]|\.(?!\d))+")
_TRAILING_MARKS = re.compile(r"[\s,;:]+$")
_DOUBLE_PERIOD = re.compile(r"\.(?:\s*\.)+")
_SPACES = re.compile(r"\s+")
_MARK_THEN_WORD = re.compile(r"([,;])(?=[^\W\d_])")


def drop_pictographs(text: str) -> str:
    """Remove emoji, pictographs, emoji modifiers, private-use and unassigned characters."""
    if text.isascii():
        return text
    text = _VARIATION_SELECTORS.sub("", text)
    return "".join(
        char
        for char in text
        if char.isascii() or char in KEPT_SYMBOLS or unicodedata.category(char) not in _DROPPED_CATEGORIES
    )


def pauses_for_marks(text: str) -> str:
    """Quotes, brackets, dashes and ellipses as commas; apostrophes kept as ``'``; bullets dropped."""
    text = _LIST_MARKER.sub("", text)
    text = _APOSTROPHE.sub("\x00", text)
    text = _QUOTE.sub(" , ", text).replace("\x00", "'")
    text = _BRACKET.sub(" , ", text)
    text = _SLASHED_NAME.sub(r" , \g<name> , ", text)
    text = _NUMBER_DASH.sub("-", text)
    text = _DASH.sub(" , ", text)
    text = _SEPARATOR.sub(" , ", text)
    text = _FINAL_ELLIPSIS.sub(".", text)
    text = _ELLIPSIS.sub(" , ", text)
    return text


def single_periods(text: str) -> str:
    """One period where two meet ("N.A.T.O." put back before a sentence's own period)."""
    return _DOUBLE_PERIOD.sub(".", text)


def tidy(text: str) -> str:
    """One space between words, no space before punctuation, no empty or doubled pauses, no stray hyphens."""
    text = _STRAY_HYPHEN.sub(" ", text)
    text = _MARK_THEN_WORD.sub(r"\1 ", text)
    text = _SPACES.sub(" ", text)
    text = _MARK_RUN.sub(lambda m: m.group(1) or m.group(2) or ",", text)
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _DOUBLE_PERIOD.sub(".", text)
    text = _LEADING_MARKS.sub("", text)
    text = _TRAILING_MARKS.sub("", text)
    return _SPACES.sub(" ", text).strip()
