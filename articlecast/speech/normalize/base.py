"""What every language's rules provide, and the fallback for languages without rules of their own."""

from __future__ import annotations

import re
from collections.abc import Callable

from num2words import num2words

from .symbols import SYMBOL_WORDS

Step = Callable[[str], str]
Replace = Callable[[re.Match[str]], str]

_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_THOUSANDS_SEPARATORS = re.compile(r"[. \u00a0\u202f'’]")
DECIMAL_COMMA_LANGUAGES = frozenset(
    "de fr es it pt pl nl sv cs sk da fi nb nn no tr ro hu el bg hr sl sr lt lv et ca gl eu is id be mk kk az sq bs".split()
)
"""Languages that write a decimal comma and set off thousands with a point or a space: ``6.000`` is six thousand."""
SPACED_THOUSANDS_LANGUAGES = frozenset("fr pl cs sk sv nb nn no fi hu et lt lv bg be mk kk".split())
"""Of those, the languages that set off thousands with a plain space too ("6 000 salariés")."""


def _decimal_comma_number(spaced: bool) -> re.Pattern[str]:
    """A number as most of Europe writes it: groups of thousands set off by points or thin spaces (plain spaces when
    ``spaced``), a decimal comma ("6.000", "1.250.000,50", "3,5", "6 000")."""
    separators = ". \u00a0\u202f'’" if spaced else ".\u00a0\u202f'’"
    return re.compile(rf"(?<![\d.,])\d{{1,3}}(?:[{separators}]\d{{3}})+(?:,\d+)?(?![\d]|[.,]\d)|\d+(?:,\d+)?")
MAX_DIGITS = 15
"""Whole numbers longer than this are left as digits: num2words' scales end near 10^15 in many languages."""
_CLOSING = re.compile(r"[\s\"'”’)\]]*$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}
_CYRILLIC_LANGUAGES = frozenset("uk ru be bg sr mk kk ky tg mn".split())


def substitute(pattern: re.Pattern[str], replace: Replace) -> Step:
    """A step that replaces every match of ``pattern`` with ``replace(match)``."""
    return lambda text: pattern.sub(replace, text)


def alternatives(words: object) -> str:
    """A regular expression matching any of ``words``, the longest first."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


CARD_NUMBER = re.compile(r"(?<![\w.,])\d{4}(?:[ \u00a0]\d{4}){3}(?![\w]|[.,]\d)")
"""Four groups of four digits, a bank card (donation appeals print them): digit by digit, group by group."""


def final_period(match: re.Match[str]) -> str:
    """A period when the abbreviation's own period also ended the sentence."""
    return "." if _CLOSING.fullmatch(match.string, match.end()) else ""


def roman_value(numeral: str) -> int:
    """``XXI`` → 21 (the numerals I, V, X and L)."""
    values = [_ROMAN_VALUES[char] for char in numeral]
    return sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0]))


def _say_symbol(match: re.Match[str], words: dict[str, str]) -> str:
    """A symbol as its word, a currency sign before an amount put after it ("€5" → "5 Euro")."""
    if match["sign"]:
        return f"{match['space']}{match['amount']} {words[match['sign']]}"
    return f" {words[match['symbol']]} "


class Rules:
    """A language's normalisation: an ordered list of steps over one sentence.

    Subclasses (one module per language, ``normalize/<code>.py`` with ``RULES``)
    override :meth:`steps` and the number words. This base only reads digits as
    numbers in its language, through num2words when it knows the language.
    """

    script = ""
    """The script of the language's words (``LATIN``, ``CYRILLIC``, ``GREEK``): look-alike letters
    are folded into it on ties. Empty: guessed from the language code."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.script = self.script or ("CYRILLIC" if language in _CYRILLIC_LANGUAGES else "GREEK" if language == "el" else "LATIN")
        self.decimal_comma = language in DECIMAL_COMMA_LANGUAGES
        self._steps = tuple(self.steps())

    def steps(self) -> list[Step]:
        """The language's steps, in order: its symbols (a currency sign after the number), then numbers."""
        words = SYMBOL_WORDS.get(self.language, {})
        digits = _decimal_comma_number(self.language in SPACED_THOUSANDS_LANGUAGES) if self.decimal_comma else _DIGITS
        steps = [substitute(digits, lambda match: self.number(match.group()))]
        if not words:
            return steps
        signs = re.compile(rf"(?P<space>\s?)(?P<sign>[$€])\s?(?P<amount>{digits.pattern})(?!\d)|\s?(?P<symbol>{alternatives(words)})")
        return [substitute(signs, lambda match: _say_symbol(match, words)), *steps]

    def for_locale(self, language: str) -> Rules:
        """The rules for a full locale code (``en-GB``): these, unless the language reads regions differently."""
        return self

    def before_marks(self, text: str) -> str:
        """What must be read before brackets and dashes become pauses (telephone numbers); nothing here."""
        return text

    def apply(self, text: str) -> str:
        """Run the steps over ``text`` (already cleaned of markup and typography)."""
        for step in self._steps:
            text = step(text)
        return text

    def number(self, digits: str) -> str:
        """A number such as ``3`` or ``3.5`` (``3,5`` and ``6.000`` in a language of :data:`DECIMAL_COMMA_LANGUAGES`) in
        words; the digits unchanged when num2words cannot say it.

        num2words raises many kinds of error for languages and sizes it does not
        handle (``vi`` an AttributeError, very long numbers OverflowError or
        KeyError): any of them leaves the digits for the engine to read.
        """
        value = _THOUSANDS_SEPARATORS.sub("", digits).replace(",", ".") if self.decimal_comma else digits
        if len(value.partition(".")[0]) > MAX_DIGITS:
            return digits
        try:
            return num2words(value, lang=self.language)
        except Exception:  # noqa: BLE001 - num2words' language modules fail in their own ways
            return digits

    def spell(self, letters: str) -> str:
        """Letters to be read one by one (an initialism), in a form the engine reads that way."""
        return " ".join(letters)
