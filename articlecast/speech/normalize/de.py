"""German: the common rules (numbers through num2words, decimal comma, symbols), the time of day, dates and prices.

German papers print a time with a point or a colon before "Uhr": "um 14.30 Uhr" is "um vierzehn
Uhr dreißig", "ab 9:00 Uhr" is "ab neun Uhr", and one o'clock is "ein Uhr". Without this rule the
point reads as two numbers run together.

A date's day is an ordinal with a point ("3.10.2024", "3. Oktober"): "am dritten Oktober
zweitausendvierundzwanzig" (after "am", "vom", "zum", "bis zum"... the dative, after "der" the
nominative of the definite article, else "dritter"); a year before 2000 in hundreds
("neunzehnhundertneunzig"). A price with two decimals is said in euros and cents: "4,99 Euro" is
"vier Euro neunundneunzig", "0,99 €" "neunundneunzig Cent".
"""

from __future__ import annotations

import re

from num2words import num2words

from .base import Rules, Step, substitute

_CLOCK = re.compile(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])[.:](?P<minute>[0-5]\d)\s*Uhr\b")
MONTHS = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
_SHORT_MONTHS = {"Jan": 1, "Feb": 2, "Mär": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Okt": 10, "Nov": 11, "Dez": 12}
_MONTH_NAMES = "|".join(MONTHS) + "|" + "|".join(rf"{short}\.?" for short in sorted(_SHORT_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\w.,])(?P<day>0?[1-9]|[12]\d|3[01])\."
    rf"(?:(?P<month>0?[1-9]|1[0-2])\.(?P<year>\d{{4}})?|\s?(?P<name>{_MONTH_NAMES})(?:\s(?P<named_year>\d{{4}}))?)"
    r"(?![\w]|[.,]\d)"
)
"""A day and month, in figures with points ("3.10.2024", "31.12.") or with the month's name ("3. Oktober", "3. Okt.")."""
_DATIVE_BEFORE = re.compile(r"\b(?:[Aa]m|[Vv]om|[Zz]um|[Bb]eim|[Dd]em|[Ii]m)\s$")
_NOMINATIVE_BEFORE = re.compile(r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en)\s$")
_PRICE = re.compile(
    r"(?<![\w.,])(?P<whole>\d{1,3}(?:\.\d{3})+|\d+),(?P<cents>\d{2})\s?(?P<currency>Euro|EUR|€|US-Dollar|Dollar|\$|Franken|CHF|Pfund|£)(?!\w)"
)
"""A price to the cent: "4,99 Euro", "12,50 €", "1.299,00 EUR"."""
_CURRENCIES = {"€": "Euro", "EUR": "Euro", "$": "Dollar", "CHF": "Franken", "£": "Pfund"}
_SMALL_CHANGE = {"Euro": "Cent", "Dollar": "Cent", "US-Dollar": "Cent", "Franken": "Rappen", "Pfund": "Pence"}


class German(Rules):
    """Rules for German."""

    def steps(self) -> list[Step]:
        return [substitute(_CLOCK, self._clock), substitute(_PRICE, self._price), substitute(_DATE, self._date), *super().steps()]

    def _clock(self, match: re.Match[str]) -> str:
        """``14.30 Uhr`` → ``vierzehn Uhr dreißig``; ``1.00 Uhr`` → ``ein Uhr``."""
        hour, minute = int(match["hour"]), int(match["minute"])
        said = "ein" if hour == 1 else self.number(str(hour))
        return f"{said} Uhr {self.number(str(minute))}" if minute else f"{said} Uhr"

    def _date(self, match: re.Match[str]) -> str:
        """``am 3.10.2024`` → "am dritten Oktober zweitausendvierundzwanzig"."""
        before = match.string[max(0, match.start() - 6) : match.start()]
        ending = "n" if _DATIVE_BEFORE.search(before) else "" if _NOMINATIVE_BEFORE.search(before) else "r"
        day = num2words(int(match["day"]), lang="de", to="ordinal") + ending
        name = (match["name"] or "").rstrip(".")
        month = MONTHS[int(match["month"]) - 1] if match["month"] else MONTHS[_SHORT_MONTHS[name] - 1] if name in _SHORT_MONTHS else name
        year = match["year"] or match["named_year"]
        return f"{day} {month}" + (f" {num2words(int(year), lang='de', to='year')}" if year else "")

    def _price(self, match: re.Match[str]) -> str:
        """``4,99 Euro`` → "vier Euro neunundneunzig", ``0,99 €`` → "neunundneunzig Cent", ``5,00 €`` → "fünf Euro"."""
        currency = _CURRENCIES.get(match["currency"], match["currency"])
        whole, cents = int(match["whole"].replace(".", "")), int(match["cents"])
        if not whole:
            return f"{self.number(str(cents))} {_SMALL_CHANGE[currency]}"
        said = f"{self.number(str(whole))} {currency}"
        return f"{said} {self.number(str(cents))}" if cents else said


RULES = German("de")
