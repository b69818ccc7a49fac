"""English number words and letter names: what every English step reads numbers and initialisms with.

Numbers are read the American way, without "and" (2,100 → "two thousand one
hundred"), with num2words. A bare four-digit number from 1000 to 2099 is a year
(news style writes counts with a comma: 2,000 people). An initialism is written
as dotted capitals, ``F.B.I.``, which eSpeak NG reads as letters, the letter A
included (a lone "A" would be the article).
"""

from __future__ import annotations

import re
from functools import lru_cache

from num2words import num2words

from .base import Rules

DIGIT_NAMES = "zero one two three four five six seven eight nine".split()
MAX_WORDS_DIGITS = 15
"""Whole numbers with more digits are read digit by digit (num2words' scales end there)."""
_YEAR = re.compile(r"1\d{3}|20\d{2}")


class EnglishNumbers(Rules):
    """Number words and letters for the English steps."""

    script = "LATIN"

    def cardinal(self, value: int) -> str:
        """``2100`` → ``two thousand one hundred``; past 10^15 digit by digit."""
        if len(str(abs(value))) > MAX_WORDS_DIGITS:
            return ("minus " if value < 0 else "") + self.digits(str(abs(value)))
        return _words(value, "cardinal")

    def ordinal(self, value: int) -> str:
        """``23`` → ``twenty-third``."""
        if len(str(value)) > MAX_WORDS_DIGITS:
            return self.cardinal(value)
        return _words(value, "ordinal")

    def year(self, value: int) -> str:
        """``2024`` → ``twenty twenty-four``; ``2009`` → ``two thousand nine``; ``1905`` → ``nineteen oh five``."""
        if value % 1000 == 0 or not 100 <= value <= 9999:
            return self.cardinal(value)
        return _words(value, "year").replace("oh-", "oh ")

    def number(self, digits: str) -> str:
        """``2,100.50`` → ``two thousand one hundred point five zero``; ``007`` and ``.5`` too."""
        whole, _, decimals = digits.replace(",", "").partition(".")
        if not whole:
            said = "zero"
        elif (len(whole) > 1 and whole.startswith("0")) or len(whole) > MAX_WORDS_DIGITS:
            said = self.digits(whole)  # past 10^15 as cardinal() reads it, without int() of thousands of digits
        else:
            said = self.cardinal(int(whole))
        return f"{said} point {self.digits(decimals)}" if decimals else said

    def bare_number(self, digits: str) -> str:
        """A number with nothing after it: a year when it is 1000-2099 written without a comma."""
        if _YEAR.fullmatch(digits):
            return self.year(int(digits))
        return self.number(digits)

    def digits(self, digits: str) -> str:
        """``4051`` → ``four zero five one``."""
        return " ".join(DIGIT_NAMES[int(digit)] for digit in digits if digit.isdigit())

    def spell(self, letters: str) -> str:
        """``ICC`` → ``I.C.C.``: letters to be read one by one."""
        return "".join(f"{letter}." for letter in letters.upper() if letter.isalnum())


@lru_cache(maxsize=4096)
def _words(value: int, kind: str) -> str:
    """num2words' English words for ``value`` (``cardinal``, ``ordinal`` or ``year``), the American way; cached."""
    return american(num2words(value, lang="en", to=kind))


def american(words: str) -> str:
    """num2words' British "one hundred and one, ..." as "one hundred one ..."."""
    return words.replace(",", "").replace(" and ", " ")
