"""East Slavic (Ukrainian, Russian) normalisation: the grammar both languages share.

A :class:`Grammar` holds one language's words (months, units, currencies, year
and century nouns, prepositions and the cases they govern, ordinal endings); the
language module is that data. :class:`EastSlavic` reads numbers with it.

What is covered, by agreement with what is written around the number:

* the noun after a number decides its form: the plural 1 / 2-4 / 5+ for units,
  money, percent and scale words the rules print (``5%`` → "п'ять відсотків");
  gender for 1 and 2 from the noun the writer put after it (``21 особа`` →
  "двадцять одна особа", ``2 тисячі`` → "дві тисячі"): a singular noun's ending
  tells its gender, a plural one is looked up in a short list of feminine stems;
* case, only where the text shows it: the genitive after the prepositions that
  govern it (``близько 300 людей`` → "близько трьохсот людей"), the
  instrumental before a noun in -ами/-ями and the locative before one in -ах/-ях;
  dates and years take the case of their noun (``року``, ``році``, ``году``) or
  of the preposition before them; hours after "о", "до", "с", "к"...;
* dates (``22 липня 2023 року``, ``22.07.2023``, ``2023-07-22``, ranges of
  days, ``1-5``, ``31-1 липня``, ``з 1 по 5 травня``, and of years, ``2022-2023``,
  ``з 1990 по 2000 рік``), a short year before the locative ``у 1 році``, decades
  (``1990-х``), Roman centuries in Latin or Cyrillic letters (``ХХІ століття``;
  only before a century word, and never the lone conjunction "І"), ordinals with
  their written ending (``3-го``, ``1 000 000-й``), times, decimals with comma or
  point (read the formal way, "три цілих п'ять десятих", which is what newsreaders
  say and needs no guess at an unwritten noun; 1,5 before a noun is
  "півтора"/"півтори"), ``½ ¼ ¾`` ("п'ять з половиною"), thousands separated by
  spaces or, in two or more groups, by commas or points (``1,000,000``), money
  with its minor units (``10,50 грн``);
* a number is read whole or not at all: no rule takes part of a run of digits,
  a letter and a digit side by side are read apart (``1e10``), and a whole number
  of more than :data:`MAX_DIGITS` digits is read digit by digit.

Not covered: agreement with adjectives between number and noun beyond their
ending, animacy (``2 студентів`` stays "два"), collective numerals (двоє, троє),
the dative and instrumental of printed units (they stay nominative), case
after a preposition for decimals, a unit abbreviation after ``½`` (``2½ кг``
keeps "кг"), and a range of days across months is not told which month its
first day is in ("з тридцять першого по перше липня"). Anything not recognised
is a correct nominative masculine cardinal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from num2words import num2words

from .base import Rules, Step, alternatives, final_period, roman_value, substitute
from .web import PATTERN as WEB
from .web import WebWords, read_web

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
GENDERS = ("m", "f", "n", "pl")
SUFFIX_PREFERENCE = [
    ("m", "nom"), ("f", "nom"), ("n", "nom"), ("m", "gen"), ("f", "gen"), ("m", "loc"), ("m", "dat"), ("f", "acc"),
    ("pl", "gen"), ("pl", "nom"), ("m", "ins"), ("f", "ins"), ("f", "loc"), ("pl", "dat"), ("pl", "ins"),
]  # fmt: skip
"""The order in which an ordinal's forms are tried against a written ending (``1-й`` is "перший", not "першій")."""


@dataclass(frozen=True)
class Noun:
    """A noun's forms after numbers: 1, 2-4, 5+ (also the genitive plural), and after a fraction."""

    one: str
    few: str
    many: str
    part: str
    gender: str = "m"

    def after(self, value: int | None, case: str = "nom") -> str:
        """The form after ``value`` (None: after a fraction); the genitive keeps the singular only for 1."""
        if value is None:
            return self.part
        form = plural_form(value)
        if case == "gen":
            return self.part if form == "one" else self.many
        return getattr(self, form)


def noun(forms: str, gender: str = "m") -> Noun:
    """``"відсоток відсотки відсотків відсотка"`` → its :class:`Noun`; ``|`` separates forms of several words."""
    one, few, many, part = forms.split("|") if "|" in forms else forms.split()
    return Noun(one, few, many, part, gender)


def by_case(forms: str) -> dict[str, str]:
    """``"вулиця вулиці вулиці вулицю вулицею вулиці"`` → forms by case, nominative to locative."""
    return dict(zip(CASES, forms.split(), strict=True))


def place(forms: str) -> dict[str, str]:
    """:func:`by_case` for a place word: after "на" it is where something is ("на вул." → "на вулиці")."""
    cases = by_case(forms)
    return {**cases, "acc": cases["loc"]}


def plural_form(value: int) -> str:
    """``one``, ``few`` or ``many``: which noun form follows a whole number."""
    if 11 <= value % 100 <= 14:
        return "many"
    return {1: "one", 2: "few", 3: "few", 4: "few"}.get(value % 10, "many")


@dataclass(frozen=True)
class Grammar:
    """One East Slavic language's words and the cases its words govern."""

    code: str
    case_names: Mapping[str, str]
    """Our case names → num2words' ``case=`` values for this language."""
    ordinal_endings: Mapping[str, str]
    """Masculine nominative ending → the 24 endings (m, f, n, plural × nominative...locative) that replace it."""
    one: Mapping[str, str]
    """The gendered forms of "one" in the nominative: ``{"m": "один", "f": "одна", "n": "одне"}``."""
    scale_words: tuple[str, ...]
    """Thousand and million as the first word of a number: said without "one" ("тисяча дев'ятсот")."""
    minus: str
    number_word: str
    range_words: tuple[str, str]
    """A range of days: "з" first "по" last."""
    whole: tuple[str, str]
    """"ціла", "цілих": the whole part of a decimal."""
    fractions: tuple[tuple[str, str], ...]
    """Tenths, hundredths, thousandths: (after 1, after others)."""
    point: str
    """Said between the parts of a decimal with more than three decimals."""
    half: Mapping[str, str]
    """1,5 before a noun: by the noun's gender."""
    months: tuple[str, ...]
    """In the genitive: "липня", "июля"."""
    month_abbreviations: Mapping[str, int]
    year_words: Mapping[str, tuple[str, str]]
    """Written year nouns → (number, case): ``{"році": ("sg", "loc"), "роках": ("pl", "loc")}``."""
    year_abbreviations: tuple[str, str]
    """The singular and plural abbreviations: ``р.``, ``рр.``."""
    year_forms: Mapping[tuple[str, str], str]
    """(number, case) → the year noun to say."""
    century_words: Mapping[str, str]
    """Written century nouns → case of the ordinal before them."""
    century_abbreviation: tuple[str, Mapping[str, str]]
    """``ст.`` → its forms by case."""
    century_gender: str
    prepositions: Mapping[str, str]
    """Prepositions → the case they give a number, date or year after them."""
    year_prepositions: Mapping[str, str]
    """Prepositions after which a bare year is read as a year, and the case of its noun ("у 2022" → "у ... році")."""
    nominative_before: frozenset[str]
    """Words after which a date is named, not placed in time ("сьогодні 22 липня")."""
    hour: Noun | None
    """Ukrainian reads the hour as an ordinal ("чотирнадцята"); Russian as a cardinal with "часов"."""
    zero: str
    zero_ordinal: str
    scales: Mapping[str, Noun]
    units: Mapping[str, Noun]
    currencies: Mapping[str, tuple[Noun, Noun | None]]
    """Sign or written abbreviation → (currency, minor unit)."""
    feminine_stems: tuple[str, ...]
    """Stems of common feminine nouns, for the plural after 2-4, which does not show gender."""
    neuter_endings: tuple[str, ...]
    """Endings of neuter nouns and adjectives in the singular (checked before the feminine -а, -я)."""
    abbreviations: Mapping[str, str]
    """Said the same in every context: ``т. д.`` → "так далі"."""
    cased_abbreviations: Mapping[str, Mapping[str, str]]
    """Abbreviations whose case follows the preposition before them: ``вул.``."""
    agreeing_abbreviations: Mapping[str, str]
    """Abbreviations of adjectives that agree with the next word: ``т. зв.`` → "так званий"."""
    number_abbreviations: Mapping[str, Mapping[str, str]]
    """Abbreviations only before a number (``ст. 5``): case → word."""
    symbols: Mapping[str, str]
    web_words: WebWords
    vulgar_fractions: Mapping[str, tuple[str, str]]
    """``½`` → (after a whole number, alone): ("з половиною", "одна друга")."""
    corrections: Mapping[str, str] = field(default_factory=dict)
    """Regular expression → replacement, for num2words' slips in this language ("трьохста" → "трьохсот")."""
    stray_scales: Mapping[str, str] = field(default_factory=dict)
    """Scale abbreviations with no number before them ("кілька млн")."""


_SPACE_GROUP = "[ \u00a0\u202f\u2009]"
_GROUPED = (
    rf"\d{{1,3}}(?:{_SPACE_GROUP}\d{{3}})+(?!\d)"
    r"|\d{1,3}(?:,\d{3}){2,}(?![,\d])|\d{1,3}(?:\.\d{3}){2,}(?![.\d])"
)
"""Thousands in groups: "1 500 000", and "1,500,000" or "1.500.000" (two or more groups, so not a decimal)."""
NUMBER = rf"(?:{_GROUPED})(?>(?:[,.]\d+)?)(?![,.]?\d)|(?>\d+(?:[,.]\d+)?)(?![,.]\d)"
"""A number as written: never a part of a run of digits (the atomic groups keep a fraction from giving back digits)."""
MAX_DIGITS = 15
"""Longer whole numbers are read digit by digit, as in English (num2words' Slavic tables also end at 10^33)."""
_LONG_NUMBER = re.compile(
    rf"(?P<run>(?:\d+[,.])?\d{{{MAX_DIGITS + 1},}}(?:[,.]\d+)?)"
    rf"|(?P<grouped>(?<!\d)\d{{1,3}}(?:(?:{_SPACE_GROUP}\d{{3}}){{5,}}(?!\d)|(?:,\d{{3}}){{5,}}(?![,\d])|(?:\.\d{{3}}){{5,}}(?![.\d])))"
)
_LATIN_NUMERALS = str.maketrans("ХІ", "XI")
"""Cyrillic letters typed for Roman numerals ("ХХІ століття")."""
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
"""Between a letter and a digit: a space keeps their readings apart ("1e10")."""
_LOOK_BEHIND = 40
"""How far before a number its preposition is looked for: a few words, not the sentence."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]*$")
_WORD_AFTER = re.compile(r"[\s\u00a0]*([^\W\d_]+)")


class EastSlavic(Rules):
    """Rules over a :class:`Grammar`; ``uk.py`` and ``ru.py`` each make one."""

    script = "CYRILLIC"

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self._compile()
        super().__init__(grammar.code)

    def _compile(self) -> None:
        g = self.grammar
        months = alternatives([*g.months, *(f"{short}." for short in g.month_abbreviations), *g.month_abbreviations])
        year_words = alternatives([*g.year_words, *g.year_abbreviations])
        day = r"(?P<day>\d{1,2})(?:-(?:го|е|ге|ого))?"
        through = alternatives({g.range_words[1], "до"})
        self.day_month = re.compile(
            rf"(?<![\w.,])(?:(?P<first>\d{{1,2}})(?:-|\s(?P<through>{through})\s))?{day}\s(?P<month>{months})(?!\w)"
            rf"(?:\s(?P<year>\d{{4}})(?:\s?(?P<word>{year_words})(?!\w))?)?"
        )
        self.numeric_date = re.compile(
            rf"(?<![\w.,])(?:(?P<day>\d{{1,2}})\.(?P<month>\d{{1,2}})\.(?P<year>\d{{4}})"
            rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}}))(?:\s?(?P<word>{year_words})(?!\w))?(?![\w.]\d|\w)"
        )
        singular_locative = alternatives([word for word, form in g.year_words.items() if form == ("sg", "loc")])
        self.year = re.compile(
            rf"(?<![\w.,])(?P<year>\d{{4}}|\d{{1,3}}(?=\s?(?:{singular_locative})(?!\w)))(?:-(?P<second>\d{{4}}|\d{{2}}))?"
            rf"(?:\s?(?P<word>{year_words})(?!\w)|(?=[\s,.;:!?)]|$))"
        )
        self.year_range_end = re.compile(rf"\s(?:{through})\s\d{{4}}\s?(?:{year_words})(?!\w)")
        centuries = alternatives([*g.century_words, g.century_abbreviation[0]])
        self.century = re.compile(
            rf"(?<![\w.])(?P<numeral>(?=[IVXLІХ])(?!І\s)L?[XХ]{{0,3}}(?:[IІ][XХ]|[IІ]V|V?[IІ]{{0,3}}))"
            rf"\s(?P<word>{centuries})(?!\w)"
        )
        self.suffix_ordinal = re.compile(rf"(?<![\w.,])(?<!\d{_SPACE_GROUP})(?P<number>{_GROUPED}|\d+)-(?P<suffix>[а-яіїєґ]{{1,3}})(?![\w])")
        self.vulgar_fraction = re.compile(rf"(?<![\d,.])(?:(?P<whole>\d+)[\s\u00a0]?)?(?P<fraction>{alternatives(g.vulgar_fractions)})")
        self.time = re.compile(r"(?<![\w:.,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?![\w:]|[.,]\d)")
        units = alternatives([*g.units, *g.currencies])
        self.quantity = re.compile(
            rf"(?<![\w.,])(?P<negative>[-−](?=[$€£₴₽]?\d))?(?P<currency>[$€£₴₽])?(?P<first>{NUMBER})"
            rf"(?:-(?P<second>{NUMBER}))?"
            rf"(?:\s?(?P<scale>{alternatives(g.scales)})(?!\w))?"
            rf"(?:\s?(?P<unit>{units})(?=[\s,;:!?)»]|$|\.))?"
        )
        self.number_abbreviation = re.compile(rf"(?<![\w.])(?P<word>{alternatives(g.number_abbreviations)})\s?(?=\d)")
        self.abbreviation = re.compile(rf"(?<![\w.])(?:{alternatives(g.abbreviations)})(?!\w)")
        self.cased_abbreviation = re.compile(rf"(?<![\w.])(?P<word>{alternatives(g.cased_abbreviations)})(?!\w)")
        self.agreeing_abbreviation = re.compile(rf"(?<![\w.])(?P<word>{alternatives(g.agreeing_abbreviations)})(?!\w)")
        self.stray_scale = re.compile(rf"(?<![\w.])(?:{alternatives(g.stray_scales)})(?!\w)") if g.stray_scales else None
        self.symbol = re.compile(alternatives(g.symbols))

    def steps(self) -> list[Step]:
        g = self.grammar
        steps = [
            substitute(WEB, lambda match: read_web(match, g.web_words, self.spell, self.digits)),
            substitute(_LONG_NUMBER, self._long_number),
            substitute(_GLUED, lambda m: " "),
            substitute(re.compile(r"№\s?(?=\d)"), lambda m: f"{g.number_word} "),
            substitute(self.number_abbreviation, self._number_abbreviation),
            substitute(self.numeric_date, self._numeric_date),
            substitute(self.day_month, self._day_month),
            substitute(self.century, self._century),
            substitute(self.year, self._year),
            substitute(self.suffix_ordinal, self._suffix_ordinal),
            substitute(self.vulgar_fraction, self._vulgar_fraction),
            substitute(self.time, self._time),
            substitute(self.quantity, self._quantity),
            substitute(re.compile(r"\d+"), lambda m: self.cardinal(int(m.group()))),
            substitute(self.agreeing_abbreviation, self._agreeing_abbreviation),
            substitute(self.cased_abbreviation, self._cased_abbreviation),
            substitute(self.abbreviation, lambda m: g.abbreviations[m.group()] + _final_period(m)),
        ]
        if self.stray_scale:
            steps.append(substitute(self.stray_scale, lambda m: g.stray_scales[m.group()] + _final_period(m)))
        steps.append(substitute(self.symbol, lambda m: f" {g.symbols[m.group()]} "))
        return steps

    # Number words

    def cardinal(self, value: int, gender: str = "m", case: str = "nom") -> str:
        """``21, "f"`` → "двадцять одна"; ``300, case="gen"`` → "трьохсот"."""
        if value < 0:
            return f"{self.grammar.minus} {self.cardinal(-value, gender, case)}"
        high, low = value - value % 1000, value % 1000
        parts = [self._words(high, "m", case)] if high else []
        if low or not high:
            parts.append(self._words(low, gender, case))
        return _drop_one_before_scale(" ".join(parts), self.grammar.scale_words)

    def _words(self, value: int, gender: str, case: str) -> str:
        g = self.grammar
        words = num2words(value, lang=g.code, case=g.case_names[case], **({"gender": "feminine" if g.code == "uk" else "f"} if gender == "f" else {}))
        if gender == "n" and case in ("nom", "acc") and value % 10 == 1 and value % 100 != 11:
            words = words.rsplit(" ", 1)[0] + " " + g.one["n"] if " " in words else g.one["n"]
        for pattern, replacement in g.corrections.items():
            words = re.sub(pattern, replacement, words)
        return words

    def ordinal(self, value: int, gender: str = "m", case: str = "nom") -> str:
        """``23, "m", "gen"`` → "двадцять третього"."""
        g = self.grammar
        words = _drop_one_before_scale(num2words(value, lang=g.code, to="ordinal"), g.scale_words) if value else g.zero_ordinal
        head, _, last = words.rpartition(" ")
        return f"{head} {self._inflect(last, gender, case)}".strip()

    def _inflect(self, word: str, gender: str, case: str) -> str:
        for ending, endings in self.grammar.ordinal_endings.items():
            if word.endswith(ending):
                index = GENDERS.index(gender) * len(CASES) + CASES.index(case)
                return word[: -len(ending)] + endings.split()[index]
        return word

    def number(self, digits: str) -> str:
        """Digits as written (spaces between thousands, a decimal comma or point) in words."""
        whole, decimals = _split(digits)
        if (len(whole) > 1 and whole.startswith("0")) or len(whole) > MAX_DIGITS:
            said = self.digits(whole)
        else:
            said = self.cardinal(int(whole))
        return f"{said} {self._decimals(decimals)}" if decimals else said

    def decimal(self, digits: str) -> str:
        """``3,5`` → "три цілих п'ять десятих"."""
        g = self.grammar
        whole, decimals = _split(digits)
        if len(decimals) > len(g.fractions) or len(whole) > MAX_DIGITS:
            return f"{self.number(whole)} {g.point} {self.digits(decimals)}"
        one, many = g.fractions[len(decimals) - 1]
        top = int(decimals)
        whole_value = int(whole)
        said = f"{self.cardinal(whole_value, 'f')} {g.whole[0] if plural_form(whole_value) == 'one' else g.whole[1]}"
        return f"{said} {self.cardinal(top, 'f')} {one if plural_form(top) == 'one' else many}"

    def digits(self, digits: str) -> str:
        """``"007"`` → "нуль нуль сім": digit by digit."""
        return " ".join(self.cardinal(int(digit)) for digit in digits)

    def _decimals(self, decimals: str) -> str:
        return self.decimal("0." + decimals).split(" ", 2)[2]

    def year_ordinal(self, value: int, number: str, case: str) -> str:
        return self.ordinal(value, "pl" if number == "pl" else "m", case)

    # Context

    def case_before(self, match: re.Match[str], default: str = "nom") -> str:
        """The case the preposition just before ``match`` governs, else ``default``."""
        before = self._word_before(match)
        return self.grammar.prepositions.get(before, default) if before else default

    def _word_before(self, match: re.Match[str]) -> str:
        before = _WORD_BEFORE.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start())
        return before.group(1).lower() if before else ""

    def agreement(self, noun: str, value: int, match: re.Match[str]) -> tuple[str, str]:
        """The gender and case of a number written before ``noun``, as far as the noun and the preposition show them.

        The ending of a singular noun (after 1, 21...) shows its gender, and -у/-ю a feminine
        accusative ("1 гривню"); a plural one does not, so a short list of feminine stems decides.
        -ами/-ями is instrumental and -ах/-ях after a preposition locative; else the preposition's
        genitive or dative, else the nominative.
        """
        g = self.grammar
        word = noun.lower()
        one = plural_form(value) == "one"
        case = self.case_before(match)
        case = case if case in ("gen", "dat") else "nom"
        if re.search("(?:ами|ями|ьми)$", word):
            case = "ins"
        elif re.search("(?:ах|ях)$", word) and self._word_before(match) in ("у", "в", "на", "о", "об", "при", "по"):
            case = "loc"
        elif one and case == "nom" and word.endswith(("у", "ю")):
            return "f", "acc"
        if word.startswith(g.feminine_stems):
            return "f", case
        if one and word.endswith(g.neuter_endings):
            return "n", case
        if one and word.endswith(("а", "я")):
            return "f", case
        return "m", case

    # Steps

    def _long_number(self, match: re.Match[str]) -> str:
        """Over :data:`MAX_DIGITS` digits: digit by digit; the parts of a decimal joined by "кома"."""
        if match["grouped"]:
            return f" {self.digits(re.sub(r'[^0-9]', '', match['grouped']))} "
        return " " + f" {self.grammar.point} ".join(self.number(part) for part in re.split("[,.]", match["run"])) + " "

    def _number_abbreviation(self, match: re.Match[str]) -> str:
        forms = self.grammar.number_abbreviations[match["word"]]
        return forms.get(self.case_before(match), forms["nom"]) + " "

    def _day_case(self, match: re.Match[str]) -> str:
        """A date placing an event in time is in the genitive; one standing alone or named is nominative."""
        before = match.string[: match.start()].strip()
        after = match.string[match.end() :].strip(" .!?\"»”")
        if (not before and not after) or before.endswith((":", "—", ",")) and not after:
            return "nom"
        if self._word_before(match) in self.grammar.nominative_before or before.endswith(":"):
            return "nom"
        case = self.case_before(match, "gen")
        return "nom" if case == "acc" else case

    def _date(self, match: re.Match[str], day: int, month: int, year: str | None, word: str | None, case: str = "") -> str:
        g = self.grammar
        case = case or self._day_case(match)
        said = f"{self.ordinal(day, 'n', case)} {g.months[month - 1]}"
        if year:
            said += f" {self.ordinal(int(year), 'm', 'gen')} {g.year_forms[('sg', 'gen')]}"
            if word and word in g.year_abbreviations:
                said += _final_period(match)
        return said

    def _numeric_date(self, match: re.Match[str]) -> str:
        day, month, year = match.group("day", "month", "year") if match["day"] else match.group("iso_day", "iso_month", "iso_year")
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return match.group()
        return self._date(match, int(day), int(month), year, match["word"])

    def _day_month(self, match: re.Match[str]) -> str:
        g = self.grammar
        month_text = match["month"].rstrip(".")
        month = g.month_abbreviations[month_text] if month_text in g.month_abbreviations else g.months.index(month_text) + 1
        day = int(match["day"])
        if not 1 <= day <= 31:
            return match.group()
        if match["through"] and self.case_before(match) != "gen":  # "на 5 до 1 липня": an amount, then a date
            case = g.prepositions.get(match["through"], "gen")
            date = self._date(match, day, month, match["year"], match["word"], "nom" if case == "acc" else case)
            return f"{match['first']} {match['through']} {date}"
        if match["first"] and not (1 <= int(match["first"]) <= 31 and int(match["first"]) != day):
            return match.group()
        if match["first"]:
            start = self.ordinal(int(match["first"]), "n", "gen")
            through = match["through"] or g.range_words[1]
            last = self.ordinal(day, "n", "acc" if through == g.range_words[1] else "gen")
            said = f"{'' if match['through'] else g.range_words[0]} {start} {through} {last} {g.months[month - 1]}"
            if match["year"]:
                said += f" {self.ordinal(int(match['year']), 'm', 'gen')} {g.year_forms[('sg', 'gen')]}"
            return said + (_final_period(match) if match["word"] in g.year_abbreviations else "")
        return self._date(match, day, month, match["year"], match["word"])

    def _year(self, match: re.Match[str]) -> str:
        """A year or a range of years, in the case of the noun after it or of the preposition before it."""
        g = self.grammar
        first, word = int(match["year"]), match["word"]
        second = _second_year(first, match["second"])
        if match["second"] and second is None:
            return match.group()
        number = "pl" if second or word == g.year_abbreviations[1] else "sg"
        if word is None:
            preposition = g.year_prepositions.get(self._word_before(match))
            continued = second is None and self.year_range_end.match(match.string, match.end())
            if not 1000 <= first <= 2099 or (second is None and not (preposition and (_ends_phrase(match) or continued))):
                return match.group()
            case = preposition or self.case_before(match, "gen")
            said_word = "" if continued else g.year_forms.get((number, case), g.year_forms[(number, "gen")])
        elif word in g.year_abbreviations:
            case = self.case_before(match, "gen")
            case = case if (number, case) in g.year_forms else "gen"
            said_word = g.year_forms[(number, case)] + _final_period(match)
        else:
            number, case = g.year_words[word]
            if number == "pl" and second is None:
                return match.group()  # "1500 років": a count of years
            if case == "loc" and self.case_before(match) == "dat":
                case = "dat"  # "к 2030 году"
            said_word = word
        said = self.ordinal(first, "m", case)
        if second is not None:
            said += f" – {self.ordinal(second, 'm', case)}"  # each year of a range is singular in form
        return f"{said} {said_word}".strip()

    def _century(self, match: re.Match[str]) -> str:
        """``XXI століття`` → "двадцять перше століття"; the case from the noun or the preposition."""
        g = self.grammar
        abbreviation, forms = g.century_abbreviation
        word = match["word"]
        case = g.century_words.get(word, "nom")
        if case == "nom":
            case = self.case_before(match, "gen" if word == abbreviation and self._word_before(match) else "nom")
            case = "nom" if case == "acc" or case not in forms else case
        said_word = forms[case] + _final_period(match) if word == abbreviation else word
        numeral = match["numeral"].translate(_LATIN_NUMERALS)
        return f"{self.ordinal(roman_value(numeral), g.century_gender, case)} {said_word}"

    def _suffix_ordinal(self, match: re.Match[str]) -> str:
        value, suffix = int(_split(match["number"])[0]), match["suffix"]
        if suffix == "х" and (value < 10 or value % 10):
            return self.cardinal(value, "m", "gen")  # "2-х" is "двох", "90-х" the nineties
        for gender, case in SUFFIX_PREFERENCE:
            said = self.ordinal(value, gender, case)
            if said.endswith(suffix):
                return said
        for case in ("gen", "ins", "dat", "loc"):
            said = self.cardinal(value, "m", case)
            if said.endswith(suffix):
                return said
        return match.group()

    def _vulgar_fraction(self, match: re.Match[str]) -> str:
        """``5½`` → "п'ять з половиною", ``½`` → "одна друга"."""
        after, alone = self.grammar.vulgar_fractions[match["fraction"]]
        if not match["whole"]:
            return f" {alone} "
        following = _WORD_AFTER.match(match.string, match.end())
        gender, case = self.agreement(following.group(1), int(match["whole"]), match) if following else ("m", self._bare_case(match))
        return f" {self._amount(match['whole'], gender, case, '')} {after} "

    def _time(self, match: re.Match[str]) -> str:
        g = self.grammar
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 24 or minute > 59:
            return match.group()
        case = self.case_before(match)
        minutes = ""
        if minute:
            minutes = " " + (f"{g.zero} " if match["minute"].startswith("0") else "") + self.cardinal(minute, "f", "gen" if case == "gen" else "nom")
        if g.hour is None:  # the ordinal hour: "о чотирнадцятій тридцять"
            said = self.ordinal(hour, "f", case) if hour else g.zero
            return said + (minutes or ("" if hour else f" {g.zero}"))
        said = self.cardinal(hour, "m", case if case in ("gen", "dat") else "nom")
        if minute:
            return said + minutes
        return f"{said} {g.hour.after(hour, 'gen' if case == 'gen' else 'nom')}"

    def _quantity(self, match: re.Match[str]) -> str:
        g = self.grammar
        first, second, scale_text, unit_text = match.group("first", "second", "scale", "unit")
        sign = match["currency"]
        currency = g.currencies.get(sign or "") or (g.currencies.get(unit_text) if unit_text in g.currencies else None)
        unit = g.units.get(unit_text) if unit_text and not currency else None
        scale = g.scales.get(scale_text) if scale_text else None
        minus = f"{g.minus} " if match["negative"] else ""
        last = second or first
        value = _whole(last)
        case = self.case_before(match)
        case = case if case == "gen" else "nom"
        if currency and not scale and not second and _exact_amount(first) and currency[1]:
            return minus + self._money(first, currency[0], currency[1], case) + _period_of(match, unit_text)
        noun = scale or (currency[0] if currency else unit)
        if noun is None:
            following = _WORD_AFTER.match(match.string, match.end())
            written = following.group(1) if following and not (scale_text or unit_text) else ""
            gender, case = self.agreement(written, value or 0, match) if written else ("m", self._bare_case(match))
            said = self._amount(first, gender, case, written)
            if second:
                said += f" – {self._amount(second, gender, case, written)}"
            return minus + said
        said = self._amount(first, noun.gender, case, noun.one)
        if second:
            said += f" – {self._amount(second, noun.gender, case, noun.one)}"
        said += f" {self._noun_after(last, noun, case)}"
        if scale and (currency or unit):
            said += f" {(currency[0] if currency else unit).many}"  # type: ignore[union-attr]
        return minus + said + _period_of(match, unit_text or scale_text)

    def _bare_case(self, match: re.Match[str]) -> str:
        case = self.case_before(match)
        return case if case in ("gen", "dat") else "nom"

    def _amount(self, digits: str, gender: str, case: str, noun: str) -> str:
        if _is_fraction(digits):
            if re.sub("[,.]", ".", digits) == "1.5" and noun:
                return self.grammar.half[gender]
            return self.decimal(digits)
        value = _whole(digits)
        if len(re.sub(_SPACE_GROUP, "", digits)) > 1 and digits.startswith("0"):
            return self.number(digits)
        return self.cardinal(value, gender, case)  # type: ignore[arg-type]

    def _noun_after(self, digits: str, noun: Noun, case: str) -> str:
        return noun.after(None if _is_fraction(digits) else _whole(digits), case)

    def _money(self, digits: str, currency: Noun, minor: Noun, case: str) -> str:
        """``10,50 грн`` → "десять гривень п'ятдесят копійок"."""
        whole, cents = _split(digits)
        said = f"{self.cardinal(int(whole), currency.gender, case)} {currency.after(int(whole), case)}"
        if cents and int(cents):
            said += f" {self.cardinal(int(cents), minor.gender, case)} {minor.after(int(cents), case)}"
        return said

    def _agreeing_abbreviation(self, match: re.Match[str]) -> str:
        """``т. зв. південного`` → "так званого південного": the adjective takes the next word's ending."""
        said = self.grammar.agreeing_abbreviations[match["word"]]
        following = _WORD_AFTER.match(match.string, match.end())
        head, _, adjective = said.rpartition(" ")
        for ending, endings in self.grammar.ordinal_endings.items():
            if following and adjective.endswith(ending):
                matching = [form for form in endings.split() if following.group(1).endswith(form)]
                if matching:
                    return f"{head} {adjective[: -len(ending)]}{max(matching, key=len)}".strip()
        return said

    def _cased_abbreviation(self, match: re.Match[str]) -> str:
        forms = self.grammar.cased_abbreviations[match["word"]]
        return forms.get(self.case_before(match), forms["nom"]) + _final_period(match)


def _drop_one_before_scale(words: str, scale_words: tuple[str, ...]) -> str:
    """"одна тисяча дев'ятсот" → "тисяча дев'ятсот": how a thousand or a million is said."""
    first, _, rest = words.partition(" ")
    return rest if rest.startswith(scale_words) and first in ("один", "одна", "одну") else words


def _second_year(first: int, written: str | None) -> int | None:
    """The second year of a range (``2022-23`` → 2023), None when there is none or it goes backwards."""
    if not written:
        return None
    second = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    return second if first < second <= first + 100 else None


def _split(digits: str) -> tuple[str, str]:
    """A number as written → its whole digits and its decimals: ``1 500,25`` → ("1500", "25"), ``1,500,000`` → ("1500000", "")."""
    digits = re.sub(_SPACE_GROUP, "", digits)
    grouped = re.match(r"\d{1,3}([,.])\d{3}(?:\1\d{3})+(?!\d)", digits)
    if grouped:
        digits = grouped.group().replace(grouped[1], "") + digits[grouped.end() :]
    whole, _, decimals = digits.replace(",", ".").partition(".")
    return whole, decimals


def _whole(digits: str) -> int | None:
    whole, decimals = _split(digits)
    return None if decimals else int(whole)


def _is_fraction(digits: str) -> bool:
    return bool(_split(digits)[1])


def _exact_amount(digits: str) -> bool:
    """Whole units, or units and two-digit minor units."""
    decimals = _split(digits)[1]
    return not decimals or len(decimals) == 2


def _ends_phrase(match: re.Match[str]) -> bool:
    """Whether nothing follows but punctuation or a capitalised word: a year, not a count ("у 2022 5 людей")."""
    rest = match.string[match.end() :].lstrip()
    return not rest or not rest[0].isalnum() or rest[0].isupper()


def _period_of(match: re.Match[str], written: str | None) -> str:
    return _final_period(match) if written and written.endswith(".") else ""


def _final_period(match: re.Match[str]) -> str:
    """A period when the abbreviation's own period also ended the sentence."""
    return final_period(match) if match.group().endswith(".") else ""
