"""English codes and designations: version numbers, chemical formulas, codes, road directions, Roman years.

The steps of :class:`.en.English` for figures that are names rather than
amounts: a release's number ("3.11.2"), a formula ("NO2", "CO₂"), a code mixing
letters and digits ("7ABC123"), a short code to text, the direction after a
road's number ("I-10 W"), a year in Roman numerals ("MMXXIV") and a date
written as month and day with a slash ("3/15").
"""

from __future__ import annotations

import re

from collections.abc import Callable

from .base import Step, final_period
from .en_numbers import DIGIT_NAMES, EnglishNumbers

SUBSCRIPT_DIGITS = re.compile(r"(?<=[A-Za-z)])[₀-₉]+")
"""Subscript digits after a letter, a chemical formula's counts: "CO₂" is "CO2"."""
_SUBSCRIPTS = str.maketrans("₀₁₂₃₄₅₆₇₈₉", "0123456789")
FORMULA = re.compile(r"(?<![\w'’.-])(?P<letters>[A-Z]{2,3})(?=\d{1,2}(?:[A-Z]|(?![\w'’-]|[.,]\d)))")
"""Capitals glued to a small count, a formula's or a code's letters ("NO2", "SO2", "CH4"): spelled, even where
they make a word ("NO")."""
SCIENTIFIC = re.compile(
    r"(?<![\w.,])(?:(?P<mantissa>\d+(?:\.\d+)?)\s?[×x]\s?)?10(?:\^(?P<caret>[-−]?\d{1,3})(?!\d)|(?P<superscript>⁻?[⁰¹²³⁴⁵⁶⁷⁸⁹]+))"
    r"(?P<unit>\s(?:km|m|kg|g|J|W|Hz|eV|K|s|yr)(?!\w))?"
)
"""A number in powers of ten, as science writes it: "3.2 × 10⁵ km" → "three point two times ten to the power of five
kilometers", "10^-9" → "ten to the power of minus nine"."""
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_POWER_UNITS = {"km": "kilometers", "m": "meters", "kg": "kilograms", "g": "grams", "J": "joules", "W": "watts",
                "Hz": "hertz", "eV": "electronvolts", "K": "kelvin", "s": "seconds", "yr": "years"}  # fmt: skip
VERSION = re.compile(r"(?<![\w.,])(?P<prefix>[vV](?:er\.\s?)?)?(?P<number>\d{1,3}\.\d{1,3}\.\d{1,4})(?![\w]|\.\d)")
"""A release's number of three parts, "3.11.2" → "three point eleven point two" (an IP address has four parts)."""
_VERSION_BEFORE = re.compile(r"(?i:version|release|update|build|patch)\s$")
MIXED_CODE = re.compile(r"(?P<code>\d(?<![\w.-]\d)\d*(?:[A-Z]{2,}\d+|[A-Z]\d+[A-Z]+\d{2,})[A-Z\d]*)(?![\w-])")
"""Digits, capitals and digits again in one word, a licence plate or a parcel's code ("7ABC123", "1Z999AA1012"): said one
by one."""
_REFERENCE_WORDS = r"ref|reference|order|invoice|booking|tracking|policy|ticket|confirmation|serial|account|customer|member|membership|code"
_REFERENCE_STEMS = ("ref", "order", "invoice", "booking", "tracking", "polic", "ticket", "confirm", "serial", "account", "customer", "member", "code")
REFERENCE_NUMBER = re.compile(
    rf"(?P<label>\b(?i:{_REFERENCE_WORDS})(?P<mark>\s(?i:no\.?|number|num\.?)|\s?#|:)?\s?)"
    r"(?P<code>\d{4,12}(?:-\d{1,8})*)(?![\w-]|[.,]\d)"
)
"""A number that names a record after the record's name ("order no. 12345", "reference 88231", "serial no. 8841-22",
"code 4417"): digit by digit, group by group; without "no." or "#" not a year ("policy 2030") nor a round number
("Code 4000"), and of four digits only after "code" or "ref"."""
LINEAGE = re.compile(r"(?<![\w.])(?!NOS?\.)(?P<letters>[A-Z]{1,4})\.(?P<numbers>\d{1,3}(?:\.\d{1,3}){0,3})(?![\w]|\.\d)")
"""A virus lineage's or a standard's name, capitals, a point and numbers: "BA.2.86" → "B.A. two point eighty-six",
"XBB.1.5" → "X.B.B. one point five"."""
YEAR_CODE = re.compile(r"(?<![\w.-])(?P<letters>[A-Z]{2,5})-(?P<year>(?:19|20)\d\d)-(?P<number>\d{3,7})(?![\w-]|[.,]\d)")
"""An identifier of capitals, a year and a serial: "CVE-2024-3094" → "C.V.E. twenty twenty-four, three zero nine four"."""
_BOOKS = (
    "Genesis Exodus Leviticus Numbers Deuteronomy Joshua Judges Ruth Samuel Kings Chronicles Ezra Nehemiah Esther Job"
    " Psalms? Proverbs Ecclesiastes Isaiah Jeremiah Lamentations Ezekiel Daniel Hosea Joel Amos Obadiah Jonah Micah Nahum"
    " Habakkuk Zephaniah Haggai Zechariah Malachi Matthew Mark Luke John Acts Romans Corinthians Galatians Ephesians"
    " Philippians Colossians Thessalonians Timothy Titus Philemon Hebrews James Peter Jude Revelation Sirach Maccabees"
)
SCRIPTURE = re.compile(
    rf"(?:(?<![\w.,])(?P<part>[123])\s(?=(?:Samuel|Kings|Chronicles|Corinthians|Thessalonians|Timothy|Peter|John|Maccabees)\s))?"
    rf"(?P<book>\b(?:{'|'.join(_BOOKS.split())})\s)(?P<chapter>\d{{1,3}}):(?P<verse>\d{{1,3}})(?:[-–](?P<last>\d{{1,3}}))?"
    r"(?![\w:]|[.,]\d|\s?[aApP]\.?[mM]\b)"
)
"""A chapter and verse after a book of the Bible: "John 3:16" → "John chapter three, verse sixteen", "Mark 4:35-41" →
"... verses thirty-five to forty-one", "1 Corinthians 13:4" → "First Corinthians ..." (not a time, a ratio or a range)."""
DOCKET = re.compile(r"(?P<label>\b(?:No\.|NO\.|[Nn]umber|[Dd]ocket|[Cc]ase)\s?)(?P<first>\d{1,4})-(?P<second>\d{3,6})(?![\w-]|[.,]\d)")
"""A case's or a bill's number after its label, a year or a term and a count, not a range ("No. 22-1234" → "twenty-two
twelve thirty-four", "Case 21-476" → "twenty-one four seventy-six")."""
TEXT_CODE = re.compile(r"(?P<cue>\b[Tt]ext\s(?:[A-Z]{2,}|[\"“][^\"”]{1,20}[\"”])\sto\s)(?P<code>\d{3,6})(?![\w-]|[.,]\d)")
"""A short code to text a word to ("Text STOP to 80888"): digit by digit."""
STREET_COMPASS = re.compile(
    r"(?<![\w.])(?P<point>[NSEW])\.\s(?=(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s(?:St|Ave|Rd|Blvd|Dr|Pl|Ln|Street|Avenue|Road|Boulevard|Drive|Place|Lane)\b)"
)
"""A compass point written short before a street's name, with no house number: "W. 86th St." → "West 86th Street"."""
WIND_DIRECTION = re.compile(
    r"(?P<cue>\b[Ww]inds?:?\s(?:from\s(?:the\s)?)?|\b(?:[Bb]lowing|[Gg]usting)\sfrom\s(?:the\s)?)"
    r"(?P<point>[NESW]|[NS][EW]|[NS][NS][EW]|[EW][NS][EW])(?=\s(?:at\s)?\d|[.,;]|$)"
)
"""A wind's compass point written short before its speed: "winds NW 10-15 mph" → "winds northwest ..."."""
_POINT_WORDS = {"N": "north", "E": "east", "S": "south", "W": "west"}
ROAD_DIRECTION = re.compile(
    r"(?P<road>\b(?:I|US|SR|Interstate|Hwy\.?|Highway|Route|Rte\.?|State\sRoute)[-\s]\d{1,3}[A-Z]?)"
    r"\s(?P<direction>[NSEW]B?)(?=[.,;:)]?(?:\s|$))"
)
"""The direction after a road's number ("I-10 W", "Hwy 1 N", "US 101 SB"): a compass point or a way of travel."""
_DIRECTIONS = {
    "N": "North", "S": "South", "E": "East", "W": "West",
    "NB": "northbound", "SB": "southbound", "EB": "eastbound", "WB": "westbound",
}  # fmt: skip
ROMAN_YEAR = re.compile(r"(?P<numeral>M(?<![\w.'’-]M)M?(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))(?![\w'’-])")
"""A year in Roman numerals, as films and monuments date themselves: "MMXXIV" → "twenty twenty-four"."""
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
EDITION = re.compile(r"(?P<word>ed|c)\.(?:(?<=[a-z] ed\.)|(?<=[a-z] c\.))(?!\w)")
"""``ed.`` and ``c.`` after an ordinal: "2nd ed." → "second edition", "the 5th c. BC" → "the fifth century BC"."""
_ORDINAL_BEFORE = re.compile(r"(?:first|second|third|[^\Wi]th) $")
PHONE_EXTENSION = re.compile(r"x(?:(?<=[a-z] x)|(?<=[a-z]x))\s?(?P<digits>\d{1,5})(?![\w-]|[.,]\d)")
"""An extension after a telephone number just read ("555-0142 x123"): "extension one two three"."""
_DIGIT_BEFORE = re.compile(rf"\b(?:{'|'.join(DIGIT_NAMES)}|oh)\s?$")


POWER = re.compile(r"(?<=[^\W_])(?P<power>[²³])(?!\s?[^\W\d_])")
"""A number or a letter squared or cubed, with no unit after it: "3²" → "three squared", "mc²" → "mc squared"."""
TO_A_WORD = re.compile(r"(?:(?<=\d)|(?<=[aApP]\.[mM]\.)|(?<=\d[aApP][mM]))\s?[–—-]\s?(?=(?:present|noon|midnight)\b)")
"""A dash from a year or a time to "present", "noon" or "midnight": "2010–present", "8 a.m.–noon"."""
IP_ADDRESS = re.compile(r"(?<![\w.,])\d+(?:\.\d+){3,}(?::(?P<port>\d{2,5}))?(?![\w]|\.\d)")
"""An address of four numbers or more, with the port after a colon: "192.168.1.1:8080"."""


def names_a_record(text: str) -> bool:
    """Whether a text may hold :data:`REFERENCE_NUMBER` (a quick look for the names, in any case)."""
    lowered = text.lower()
    return any(stem in lowered for stem in _REFERENCE_STEMS)


def names_a_road_direction(text: str) -> bool:
    """Whether a text may hold :data:`ROAD_DIRECTION` or :data:`STREET_COMPASS`: a compass letter after a space."""
    return any(f" {point}" in text for point in "NSEW")


def guarded(skip: Callable[[str], bool], pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]) -> Step:
    """A step that replaces ``pattern``'s matches, passing over at once a text that ``skip`` shows holds none (no "/"
    for a date with a slash): most sentences hold no code, and each pattern tried costs time."""
    return lambda text: text if skip(text) else pattern.sub(replace, text)


class Codes(EnglishNumbers):
    """The steps of :class:`.en.English` for codes, versions, formulas and Roman years."""

    def _scientific(self, match: re.Match[str]) -> str:
        exponent = (match["caret"] or match["superscript"].translate(_SUPERSCRIPTS)).replace("−", "-")
        power = ("minus " if exponent.startswith("-") else "") + self.cardinal(int(exponent.lstrip("-")))
        said = f"ten to the power of {power}"
        if not match["mantissa"] and match["superscript"] in ("²", "³"):
            said = "ten squared" if match["superscript"] == "²" else "ten cubed"
        if match["mantissa"]:
            said = f"{self.number(match['mantissa'])} times {said}"
        return said + (f" {_POWER_UNITS[match['unit'].strip()]}" if match["unit"] else "")

    def _year_code(self, match: re.Match[str]) -> str:
        return f"{self.spell(match['letters'])} {self.year(int(match['year']))}, {self.digits(match['number'])}"

    def _lineage(self, match: re.Match[str]) -> str:
        return f"{self.spell(match['letters'])} " + " point ".join(self.cardinal(int(part)) for part in match["numbers"].split("."))

    def _wind_direction(self, match: re.Match[str]) -> str:
        point = match["point"]
        words = [_POINT_WORDS[letter] for letter in point]
        said = words[0] if len(point) == 1 else "".join(words) if len(point) == 2 else f"{words[0]}-{''.join(words[1:])}"
        return match["cue"] + said

    def _scripture(self, match: re.Match[str]) -> str:
        verse = self.cardinal(int(match["verse"]))
        verses = f"verses {verse} to {self.cardinal(int(match['last']))}" if match["last"] else f"verse {verse}"
        part = f"{('First', 'Second', 'Third')[int(match['part']) - 1]} " if match["part"] else ""
        return f"{part}{match['book']}chapter {self.cardinal(int(match['chapter']))}, {verses}"

    def _docket(self, match: re.Match[str]) -> str:
        second = match["second"]
        if len(second) == 3:
            pair = int(second[1:])
            said = f"{self.cardinal(int(second[0]))} {'oh ' if pair < 10 else ''}{self.cardinal(pair)}" if pair else self.cardinal(int(second))
        else:
            said = self.year(int(second)) if len(second) == 4 and second[0] != "0" else self.digits(second)
        label = "number " if match["label"].upper().startswith("NO.") else match["label"]
        return f"{label}{self.cardinal(int(match['first']))} {said}"

    def _version(self, match: re.Match[str]) -> str:
        parts = match["number"].split(".")
        if not match["prefix"] and all(len(part) == 3 for part in parts[1:]) and not _VERSION_BEFORE.search(
            match.string, max(0, match.start() - 9), match.start()
        ):
            return self.cardinal(int("".join(parts)))  # "1.000.000": thousands set apart with dots, European style
        said = " point ".join(self.digits(part) if part.startswith("0") and len(part) > 1 else self.cardinal(int(part)) for part in parts)
        return ("version " if match["prefix"] else "") + said

    def _mixed_code(self, match: re.Match[str]) -> str:
        return " ".join(self.digits(part) if part.isdecimal() else self.spell(part) for part in re.findall(r"\d+|[A-Z]+", match["code"]))

    def _ip_address(self, match: re.Match[str]) -> str:
        said = " dot ".join(map(self.number, match.group().split(":")[0].split(".")))
        return said + (f" colon {self.digits(match['port'])}" if match["port"] else "")

    def _reference_number(self, match: re.Match[str]) -> str:
        code = match["code"]
        if not match["mark"] and "-" not in code and (code.endswith("00") or re.fullmatch(r"(?:1[5-9]|20)\d\d", code)):
            return match.group()
        if not match["mark"] and len(code) == 4 and match["label"].strip().lower() not in ("code", "ref", "reference"):
            return match.group()
        label = match["label"]
        if match["mark"] and match["mark"].strip(" :").lower() in ("no", "no.", "num", "num.", "#"):
            label = label[: match.start("mark") - match.start()] + " number "
        return label + ", ".join(map(self.digits, code.split("-")))

    def _road_direction(self, match: re.Match[str]) -> str:
        return f"{match['road']} {_DIRECTIONS[match['direction']]}"

    def _roman_year(self, match: re.Match[str]) -> str:
        numeral = match["numeral"]
        if len(numeral) < 4 or numeral[1] not in "MCD":
            return numeral  # "MIX", "MLB": words and initialisms; a year opens with MM, MC or MD
        values = [_ROMAN[char] for char in numeral]
        value = sum(-value if value < after else value for value, after in zip(values, [*values[1:], 0]))
        return self.year(value)

    def _phone_extension(self, match: re.Match[str]) -> str:
        if not _DIGIT_BEFORE.search(match.string, max(0, match.start() - 6), match.start()):
            return match.group()
        return f", extension {self.digits(match['digits'])}"

    def _edition(self, match: re.Match[str]) -> str:
        if not _ORDINAL_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
            return match.group()
        return ("edition" if match["word"] == "ed" else "century") + final_period(match)


def fold_subscripts(match: re.Match[str]) -> str:
    return match.group().translate(_SUBSCRIPTS)
