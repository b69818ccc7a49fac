"""East Slavic (Ukrainian, Russian) normalisation: the steps both languages share, in order.

A :class:`~.slavic_grammar.Grammar` holds one language's words (months, units,
currencies, year and century nouns, prepositions and the cases they govern,
ordinal endings); the language module is that data. :mod:`.slavic_numbers` makes
the number words and finds their gender and case, :mod:`.slavic_dates` reads
dates, years, centuries and times, :mod:`.slavic_ordinals` ordinals and fractions,
:mod:`.slavic_abbreviations` abbreviations, and :class:`EastSlavic` here puts the
steps in order and reads amounts.

What is covered, by agreement with what is written around the number:

* the noun after a number decides its form: the plural 1 / 2-4 / 5+ for units,
  money, percent and scale words the rules print (``5%`` → "п'ять відсотків");
  gender for 1 and 2 from the noun the writer put after it (``21 особа`` →
  "двадцять одна особа", ``2 тисячі`` → "дві тисячі"): a singular noun's ending
  tells its gender, a plural one is looked up in a short list of feminine stems;
  a number before a singular noun that is ranked rather than counted is an
  ordinal (``28 этаж`` → "двадцать восьмой этаж", ``на 12 этаже``, ``19 век``,
  ``до 24 числа``; ``2 этажа`` and ``21 место`` stay counts);
* case, only where the text shows it: the genitive after the prepositions that
  govern it (``близько 300 людей`` → "близько трьохсот людей"; decimals too:
  ``до 1,3`` → "до одной целой трёх десятых"), the instrumental before a noun in
  -ами/-ями and the locative before one in -ах/-ях, "one" in the case its singular
  noun shows (``в 1 случае``, ``с 1 чемоданом``); printed units in the dative,
  instrumental and locative of their preposition (``в 40 км`` → "в сорока
  километрах", ``к 8%``); a pair or range of numbers in the gender and case of the
  noun after the second (``между 3 и 4 вариантами``, ``от 1 до 2 тонн``); dates and
  years take the case of their noun (``року``, ``році``, ``году``) or of the
  preposition before them; hours after "о", "до", "с", "к"...;
* dates (``22 липня 2023 року``, ``22.07.2023``, ``12.04``, ``01.01.86``,
  ``03-фев-2002``, ``2023-07-22``, ranges of days, ``1-5``, ``31-1 липня``,
  ``з 1 по 5 травня``, and of years, ``2022-2023``, ``з 1990 по 2000 рік``), a
  short year before the locative ``у 1 році``, decades (``1990-х``, ``1980-е``),
  Roman centuries in Latin or Cyrillic letters (``ХХІ століття``, ``XV–XVI вв.``;
  never the lone conjunction "І"), Roman numerals before a noun, after the noun
  they number or after a ruler's name (``II степени``, ``глава IV``, ``Пётр I``),
  ordinals with their written ending (``3-го``, ``1 000 000-й``, ``5-е классы`` in
  the plural, ``5-х классов``, ``на 42-м км``), common fractions (``2/3``), times,
  decimals with comma or point (read the formal way, "три цілих п'ять десятих",
  which is what newsreaders say and needs no guess at an unwritten noun; 1,5
  before a noun is "півтора"/"півтори"), ``½ ¼ ¾`` ("п'ять з половиною"),
  thousands separated by spaces or, in two or more groups, by commas or points
  (``1,000,000``), money with its minor units (``10,50 грн``), currency codes
  (``5 EUR``), a unit after a number in words (``один м²``);
* addresses: Latin letters and common web words said the local way
  (``a.bc@gmail.com`` → "эй точка би си собака джи мейл точка ком");
* a number is read whole or not at all: no rule takes part of a run of digits,
  a letter and a digit side by side are read apart (``1e10``), and a whole number
  of more than :data:`MAX_DIGITS` digits is read digit by digit.

Not covered: agreement with adjectives between number and noun beyond their
ending, animacy where the noun does not show it (``2 студентів`` is "двох": after 2-4
only a living object takes the genitive plural; "2 раненых" stays "два"), collective numerals (двоє, троє),
the dative, instrumental and locative of printed units whose forms do not show
them (``в 5 тоннах`` is read, a soft noun like "рублях" is not), a unit abbreviation after ``½`` (``2½ кг``
keeps "кг"), and a range of days across months is not told which month its
first day is in ("з тридцять першого по перше липня"). Anything not recognised
is a correct nominative masculine cardinal.
"""

from __future__ import annotations

import re
from functools import cached_property

from .base import CARD_NUMBER, Step, alternatives, substitute
from .slavic_dates import abbreviation_period
from .slavic_grammar import Grammar, Noun, oblique_form, plural_form
from .slavic_numbers import LOCATIVE_PREPOSITIONS, accusative_or_nominative, MAX_DIGITS, NUMBER, SPACE_GROUP, WORD_AFTER, is_fraction, split_number, whole_value
from .slavic_letters import SlavicLetters
from .slavic_ordinals import FRACTION, ROMAN, roman_number, roman_patterns, suffix_ordinal_pattern
from .symbols import GREEK_LETTER_NAMES, LONE_GREEK_LETTER
from .web import PATTERN as WEB
from .web import WebReader

_LONG_NUMBER = re.compile(
    rf"(?P<run>(?:\d+[,.])?\d{{{MAX_DIGITS + 1},}}(?:[,.]\d+)?)"
    rf"|(?P<grouped>(?<!\d)\d{{1,3}}(?:(?:{SPACE_GROUP}\d{{3}}){{5,}}(?!\d)|(?:,\d{{3}}){{5,}}(?!\d|,\d)|(?:\.\d{{3}}){{5,}}(?!\d|\.\d)))"
)
_IN_SINGULAR = ("в", "во", "у", "на", "о", "об", "при")
"""Prepositions after which a number before a singular locative noun ranks it ("на 15 странице")."""
_TIME_PREPOSITIONS = frozenset("о об в во с со з із зі до по к ко от від после після около близько".split())
"""Words after which ``14.30`` is a time."""
PHONE = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}(?:[\s-]?\(?\d{1,5}\)?){1,2}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}"
    r"|(?:8\s?)?\(\d{3,5}\)\s?\d{1,3}[\s-]?\d{2}[\s-]?\d{2}"
    r"|8[\s-]\d{3}[\s-](?:\d{3}[\s-]\d{2}[\s-]\d{2}|\d{4}[\s-]\d{3})"
    r"|89\d{9}|\+7\s\(?[3-9]\d{2,4}\)?(?=\s*(?:[,;:!?)]|\.(?!\d)|$))"
    r"|\d{3}-\d{2}-\d{2})(?![\w-]|[.,]\d)"
)
"""Telephone numbers: "+380 44 123 45 67", "8 (800) 555-35-35", "8 800 555-35-35", "8-800-2000-122", "123-45-67",
a mobile one unseparated ("89031234567"), a country's and a city's code alone ("+7 495") (read group by group)."""
_NOUN_AFTER_PAIR = re.compile(r"[\s\u00a0]+(?:и|или|і|та|й|або|до)\s+\d+(?:[,.]\d+)?[\s\u00a0]*([^\W\d_]+)")
"""The noun after a pair of numbers, which both take its gender and case: "между 5 и 10 годами", "от 1 до 2 тонн"."""
_NOUN_AFTER_ADJECTIVE = re.compile(
    r"[\s\u00a0]*(?:[^\W\d_]{3,}(?:ых|их|ые|ие|ими|ыми)\s+|[^\W\d_]{2,}[нвклрсзшчж]і\s+(?=[^\W\d_]{2,}[иіая](?![^\W\d_])))?([^\W\d_]+)"
)
"""The word after a number, past a plural adjective: "2 главных героя" takes the gender of "героя", "2 нові школи" of "школи"
(a Ukrainian adjective in "-і" only before a noun in its plural, so that "2 пісні гурту" stays with "пісні")."""
_ONE_AND_A_HALF_COMPOUND = re.compile(r"(?<![\w.,])1[,.]5-(?=[а-яё]{3,})")
"""``1,5-литровая`` → "полуторалитровая"."""
_AGO = re.compile(r"\s+(?:назад|спустя|тому)(?!\w)")
"""After a span of time, "ago" or "later": the span is an accusative ("тысячу лет назад", "одну неделю спустя")."""
_O_BEFORE_ONE = re.compile(r"(?<![\w-])[Оо](?=\s+од)")
""""о" before a number read "один", "одиннадцать": "об одном" (Ukrainian "об одинадцятій")."""
_PART_OF = re.compile(r"[\s\u00a0]+(?:из|з|із)\s+\d+[\s\u00a0]+(?P<noun>[^\W\d_]+)")
"""A number of a number of things: "2 из 3 случаев"."""
_MODEL = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ]{1,4}(?=-\d)")
"""Capitals naming a model or a road before its number ("МС-21", "М-4"): spelled like an initialism."""
_SQUARE_UNIT = re.compile(r"(?<=\d)(?P<unit>\s?(?:км|м|km|m))(?P<power>[23])(?![\w²³])")
"""``50 м2``: square and cubic metres typed without the superscript."""
_ROMAN_RANGE = re.compile(rf"(?<![\w.])(?P<first>{ROMAN})\s?[-–—]\s?(?={ROMAN}(?!\w))")
"""A dash between Roman numerals ("XV–XVI вв."): a range of centuries, not a pause."""
_ROMAN_WITH_ENDING = re.compile(rf"(?<![\w.-])(?P<numeral>{ROMAN})-(?=[а-яёіїєґ]{{1,3}}(?![\w-]))")
"""``XX-го``: a Roman numeral with a written ending, read like its digits' ("20-го" → "двадцатого")."""
_PERCENT_ADJECTIVE = re.compile(r"(?<=\d)\s?%-(?=н[а-яё]{1,3}(?![\w-]))")
"""``10%-ная``: the adjective of percent, read as one word with its number ("десятипроцентная")."""
_DAY_AND_MONTH = re.compile(r"(?:0[1-9]|[12]\d|3[01])\.(?:0[1-46-9]|1[12])")
"""Two digits and a month's number other than a round time's minutes ("до 15.09", "к 01.06"): a date, not a time."""
_SCORE = re.compile(r"(?<=\d):(?=\d)")
"""A colon between numbers that is not a time: a score ("3:1", said "три — один")."""
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
"""Between a letter and a digit: a space keeps their readings apart ("1e10")."""


class EastSlavic(SlavicLetters):
    """Rules over a :class:`Grammar`; ``uk.py`` and ``ru.py`` each make one."""

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self._compile()
        super().__init__(grammar)

    def _compile(self) -> None:
        g = self.grammar
        lower = "а-яё" if g.code == "ru" else "а-яіїєґ'"
        months = alternatives([*g.months, *(month.capitalize() for month in g.months), *(f"{short}." for short in g.month_abbreviations), *g.month_abbreviations])
        year_words = alternatives([*g.year_words, *g.year_abbreviations])
        day = r"(?P<day>\d{1,2})(?:-(?P<ending>[а-яєї]{1,3}))?"
        through = alternatives({g.range_words[1], "до", "на"})
        self.day_month = re.compile(
            rf"(?<![\w.,])(?:(?P<first>\d{{1,2}})(?:-|\s(?P<through>{through})\s|\s(?P<conjunction>и|или|і|та|й|або)\s))?{day}\s(?P<month>{months})(?!\w)"
            rf"(?:\s(?P<year>\d{{4}})(?:\s?(?P<word>{year_words})(?!\w))?)?"
        )
        units_after = alternatives([*g.units, *g.currencies, *g.scales])
        self.short_date = re.compile(
            rf"(?<![\w.,])(?P<day>[0-3]\d)\.(?P<month>[01]\d)(?:\.(?P<year>\d{{2}}))?(?![\w]|[.,]\d|\s?(?:{units_after})(?!\w))"
        )
        self.hour_of_day = re.compile(rf"(?<![\w.,:])(?P<hour>0?[1-9]|1\d|2[0-4])\s(?=(?:{alternatives(g.day_parts)})(?!\w))") if g.day_parts else None
        self.dotted_time = re.compile(rf"(?<![\w.,])(?P<hour>[01]?\d|2[0-4])\.(?P<minute>[0-5]\d)(?![\w]|[.,]\d|\s?(?:{units_after})(?!\w))")
        self.hyphen_date = re.compile(rf"(?<![\w.,-])(?P<day>\d{{1,2}})-(?P<month>{months})-(?P<year>\d{{4}})(?![\w-])")
        self.ranked_locative = re.compile(
            rf"(?<![\w-])(?P<preposition>{alternatives(_IN_SINGULAR)})\s(?P<number>\d{{1,3}})\s(?P<noun>[{lower}]{{2,}}(?:{g.locative_endings}))(?![\w-])",
            re.IGNORECASE,
        ) if g.locative_endings else None
        self.ranked_adjective = re.compile(
            rf"(?<![\w.,-])(?P<number>[1-9]\d{{0,2}})\s(?P<noun>[{lower}]{{2,}}(?:{g.adjective_endings}))(?![\w-])"
        ) if g.adjective_endings else None
        self.ordinal_noun = (
            re.compile(
                rf"(?<![\w.,])(?:(?P<first>\d{{1,4}})\s(?P<through>{alternatives(g.range_words[1:])})\s)?"
                rf"(?P<number>\d{{1,4}})\s(?P<noun>{alternatives(g.ordinal_nouns)})(?!\w)"
            )
            if g.ordinal_nouns
            else None
        )
        symbol_units = [unit for unit in g.units if not unit.rstrip(".").isalpha()]
        rate_units = [unit for unit in g.units if unit.rstrip(".").replace("·", "").isalpha() and len(unit.rstrip(".")) >= 2]
        self.rate_unit = re.compile(rf"(?<!\w)(?P<prep>[Зз]а)\s(?P<unit>{alternatives(rate_units)})(?![\w])")
        """A unit's abbreviation after "за" with no number: a price's rate ("1 250 руб. за кг" → "за килограмм")."""
        self.stray_unit = re.compile(rf"(?<![^\W\d_])(?P<word>[^\W\d_]+)\s(?P<unit>{alternatives(symbol_units)})(?![\w²³])")
        self.numeric_date = re.compile(
            rf"(?<![\w.,/-])(?:(?P<day>\d{{1,2}})(?P<mark>[./-])(?P<month>\d{{1,2}})(?P=mark)(?P<year>\d{{4}})"
            rf"|(?P<iso_year>\d{{4}})-(?P<iso_month>\d{{2}})-(?P<iso_day>\d{{2}}))(?:\s?(?P<word>{year_words})(?!\w))?(?![\w.]\d|\w)"
        )
        singular_locative = alternatives([word for word, form in g.year_words.items() if form == ("sg", "loc")])
        era = rf"\s?(?:{year_words})\s(?:{alternatives(g.eras)})" if g.eras else "(?!)"  # "300 г. до н. э."
        after_preposition = "(?:" + "|".join(f"(?<=(?<!\\w){word}\\s)" for word in {*g.year_prepositions, *(p.capitalize() for p in g.year_prepositions)}) + ")"
        short_year = re.escape(g.year_abbreviations[0])  # "в 740 г.": a year, not grams, after a preposition of time
        self.year = re.compile(
            rf"(?<![\w.,])(?P<year>\d{{4}}|\d{{1,3}}(?=\s?(?:{singular_locative})(?!\w)|{era})|{after_preposition}\d{{1,3}}(?=\s?{short_year}))"
            rf"(?:[-/](?P<second>\d{{4}}|\d{{2}}))?"
            rf"(?:\s?(?P<word>{year_words})(?!\w)|(?=[\s,.;:!?)]|$))"
        )
        self.year_after_adjective = re.compile(rf"\s[^\W\d_]+(?:ом|ем|ым|ой|ий|ый|ого|ому|ім|им|ому|ого)\s(?P<word>{alternatives(g.year_words)})(?!\w)")
        self.year_range_end = re.compile(
            rf"(?:,\s\d{{4}})*(?:,?\s(?:{through}|и|или|і|та|й|або)\s|,\s)\d{{4}}\s?(?P<word>{year_words})(?!\w)"
        )  # "в 2001, 2002 и 2003 годах": a list of years with its noun after the last
        self.month_before = re.compile(rf"(?<![\w-])(?:{g.month_forms})\s$", re.IGNORECASE) if g.month_forms else None
        centuries = alternatives([*g.century_words, g.century_abbreviation[0], g.century_plural_abbreviation[0]])
        centuries_short = alternatives([g.century_abbreviation[0], g.century_plural_abbreviation[0]])
        self.century = re.compile(
            rf"(?<![\w.])(?:(?P<first>{ROMAN}|\d{{1,2}})-)?(?P<numeral>{ROMAN}|(?<=-)\d{{1,2}}|\d{{1,2}}(?=\s(?:{centuries_short})(?!\s?(?!н\.)[^\W\d_]{{1,2}}\.)))"
            rf"\s(?P<word>{centuries})(?!\w)"
        )
        self.compound = re.compile(r"(?<![\w.,])(?P<number>[1-9]\d{0,2}|1000)-(?P<word>[^\W\d_A-ZА-ЯЁІЇЄҐ][^\W\d_]{3,})")
        self.roman_before_noun, self.roman_after_name = roman_patterns(lower)
        ranked_units = [unit for unit, noun in g.units.items() if unit.isalpha() and noun.gender == "m" and noun.one.isalpha() and noun.one[-1] not in "аеёиоуыэюяіїєьй"]
        self.suffix_ordinal = suffix_ordinal_pattern(ranked_units)
        self.vulgar_fraction = re.compile(rf"(?<![\d,.])(?:(?P<whole>\d+)[\s\u00a0]?)?(?P<fraction>{alternatives(g.vulgar_fractions)})")
        self.time = re.compile(
            r"(?<![\w:.,])(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>[0-5]\d)|-(?P<end_hour>\d{1,2}):(?P<end_minute>\d{2}))?(?![\w:]|[.,]\d)"
        )
        units = alternatives([*(unit for unit in g.units if unit not in g.clause_final_units), *g.currencies])
        final_units = rf"|(?:{alternatives(g.clause_final_units)})(?=[,;:!?)»]|$|\.(?!\d)|\s(?:и|а|но|і|та|але)\s)" if g.clause_final_units else ""
        self.quantity = re.compile(
            rf"(?<![\w.,])(?:(?P<negative>[-−])|(?P<positive>\+))?(?=[$€£₴₽¥]?\s?\d)(?:(?P<currency>[$€£₴₽¥])\s?)?(?P<first>{NUMBER})"
            rf"(?:-(?P<second>{NUMBER}))?"
            rf"(?:\s?(?P<scale>{alternatives(g.scales)})(?!\w))?"
            rf"(?:\s?(?P<unit>(?:{units})(?=[\s,;:!?)»]|$|\.){final_units}))?"
        )
        codes = [code for code in g.currencies if len(code) == 3 and code.isupper() and code.isascii()]
        self.code_first = re.compile(
            rf"(?<![\w.])(?P<code>{alternatives(codes)})\s?(?P<amount>{NUMBER}(?:\s?(?:{alternatives(g.scales)})(?!\w))?)(?![\w]|[.,]\d)"
            rf"(?!\s?(?:{alternatives(g.currencies)})(?!\w))"
        )
        """A currency code before its amount ("USD 100"), moved after it, where the amount's reading looks for it; not a
        rate's label before an amount in another currency ("курс USD 92,5 руб.")."""
        self._compile_abbreviations()
        self._compile_letters()
        self._compile_ranked_plurals(lower)
        self.stray_scale = re.compile(rf"(?<![\w.])(?:{alternatives(g.stray_scales)})(?!\w)") if g.stray_scales else None
        self.symbol = re.compile(alternatives(g.symbols))
        capitals = "".join(g.cyrillic_letters)
        self.initialism = (
            re.compile(rf"(?<![\w-])(?:[{capitals}]{{2,5}}|(?=\w*[а-яёіїєґ])(?:[{capitals}][а-яёіїєґ]?){{2,4}}[{capitals}])(?![\w-])")
            if capitals
            else None
        )
        """Capitals ("ЗСУ"), and capitals with single small letters between them ("БпЛА", "ПрАТ")."""

    def steps(self) -> list[Step]:
        g = self.grammar
        steps = [
            substitute(WEB, WebReader(g.web_words, self.spell, self.digits, self._web_word).read),
            substitute(CARD_NUMBER, lambda m: ", ".join(map(self.digits, m.group().split()))),
            *self.early_letter_steps(),
            substitute(_LONG_NUMBER, self._long_number),
            substitute(_SQUARE_UNIT, lambda m: m["unit"] + ("²" if m["power"] == "2" else "³")),
            substitute(_GLUED, lambda m: " "),
            substitute(_MODEL, lambda m: self._initialism(m) if len(m.group()) > 1 else self.grammar.cyrillic_letters[m.group()]),
            *([substitute(self.preposition_abbreviation, self._preposition_abbreviation)] if self.preposition_abbreviation else []),
            substitute(self.rate_unit, self._rate_unit),
            *([substitute(self.quarter, self._quarter)] if self.quarter else []),
            substitute(self.number_abbreviation, self._number_abbreviation),
            *self.section_steps(),
            substitute(self.numeric_date, self._numeric_date),
            substitute(self.dotted_time, self._dotted_time),
            substitute(self.short_date, self._short_date),
            substitute(self.hyphen_date, self._hyphen_date),
            substitute(self.day_month, self._day_month),
            substitute(_ROMAN_WITH_ENDING, lambda m: f"{roman_number(m['numeral'])}-"),
            substitute(self.century, self._century),
            substitute(self.roman_before_noun, self._roman_before_noun),
            substitute(self.roman_after_name, self._roman_after_name),
            substitute(self.year, self._year),
            *([substitute(_PERCENT_ADJECTIVE, lambda m: f"-{g.percent_stem}")] if g.percent_stem else []),
            substitute(self.compound, self._compound),
            *([substitute(_ONE_AND_A_HALF_COMPOUND, lambda m: g.half_genitive)] if g.half_genitive else []),
            substitute(self.suffix_ordinal, self._suffix_ordinal),
            *([substitute(self.ordinal_noun, self._ordinal_noun)] if self.ordinal_noun else []),
            *([substitute(self.ranked_locative, self._ranked_locative)] if self.ranked_locative else []),
            *([substitute(self.ranked_genitive, self._ranked_genitive)] if self.ranked_genitive else []),
            *([substitute(self.ranked_plural, self._ranked_plural)] if self.ranked_plural else []),
            *([substitute(self.ranked_adjective, self._ranked_adjective)] if self.ranked_adjective else []),
            substitute(self.vulgar_fraction, self._vulgar_fraction),
            substitute(FRACTION, self._fraction),
            substitute(self.time, self._time),
            *([substitute(self.hour_of_day, self._hour_of_day)] if self.hour_of_day else []),
            substitute(_SCORE, lambda m: " — "),
            substitute(self.code_first, lambda m: f"{m['amount']} {m['code']}"),
            substitute(self.quantity, self._quantity),
            substitute(re.compile(r"\d+"), lambda m: self.cardinal(int(m.group()))),
            substitute(self.stray_unit, self._stray_unit),
            substitute(self.number_word_unit, self._stray_unit),
            substitute(self.agreeing_abbreviation, self._agreeing_abbreviation),
            *([substitute(self.name_abbreviation, self._name_abbreviation)] if self.name_abbreviation else []),
            substitute(self.cased_abbreviation, self._cased_abbreviation),
            substitute(self.abbreviation, lambda m: self.abbreviations[m.group()] + abbreviation_period(m)),
        ]
        if self.stray_scale:
            steps.append(substitute(self.stray_scale, lambda m: g.stray_scales[m.group()] + abbreviation_period(m)))
        steps += self.late_letter_steps()
        steps += [substitute(LONE_GREEK_LETTER, lambda m: GREEK_LETTER_NAMES[self.language][m.group()])] if self.language in GREEK_LETTER_NAMES else []
        steps.append(substitute(self.symbol, lambda m: f" {g.symbols[m.group()]} "))
        steps.append(substitute(_O_BEFORE_ONE, lambda m: m.group() + "б"))
        if g.vowel_prepositions:
            prepositions = alternatives([*g.vowel_prepositions, *(word.upper() for word in g.vowel_prepositions)])
            steps.append(substitute(re.compile(rf"(?<![\w-])({prepositions})(?=\s+вт|\s+вс|(?<=[сС])\s+ста(?!\w))"), lambda m: m.group() + "о"))  # "со второго", "со ста"
        return steps

    def before_marks(self, text: str) -> str:
        """Telephone numbers, read before their brackets and dashes become pauses; a range of Roman numerals kept; an
        en dash before a number after a word is a minus."""
        text = re.sub(r"(?<=[^\W\d_]\s)–(?=\d)|(?<=…)–(?=\d)", "−", text)  # "до –3°": an en dash typed for a minus
        return _ROMAN_RANGE.sub(r"\g<first>-", PHONE.sub(self._phone, text))

    # Steps

    def _phone(self, match: re.Match[str]) -> str:
        """Group by group as written, each a number ("сорок п'ять"), a leading zero digit by digit."""
        groups = re.findall(r"\(\d{4}\)|\d+", match.group())
        if len(groups) == 1 and len(groups[0]) in (11, 12):  # "+79161234567", "89031234567": country, operator, 3-2-2
            digits = groups[0]
            country = 1 if len(digits) == 11 else 3
            groups = [digits[:country], digits[country:-7], digits[-7:-4], digits[-4:-2], digits[-2:]]
        said = ", ".join(self._phone_group(group) for group in groups)
        return f"{self.grammar.symbols['+']} {said}" if match.group().startswith("+") else said

    def _phone_group(self, group: str) -> str:
        """A group as a number; four digits, a city's code in brackets or a group not round, in two pairs ("(3452)":
        "тридцать четыре пятьдесят два"; "2000" stays "две тысячи"); seven or ten unseparated ones as 3-2-2."""
        if group.startswith("(") or len(group) == 4 and not group.endswith("00"):  # "4567": "сорок пять шестьдесят семь"
            return " ".join(self.number(pair) for pair in re.findall(r"\d\d", group))
        if len(group) in (7, 10):  # "1234567" unseparated: "123-45-67"
            return ", ".join(self.number(part) for part in re.findall(r"(\d{3})?(\d{3})(\d\d)(\d\d)$", group)[0] if part)
        return self.number(group)

    def _long_number(self, match: re.Match[str]) -> str:
        """Over :data:`MAX_DIGITS` digits: digit by digit; the parts of a decimal joined by "кома"."""
        if match["grouped"]:
            return f" {self.digits(re.sub(r'[^0-9]', '', match['grouped']))} "
        return " " + f" {self.grammar.point} ".join(self.number(part) for part in re.split("[,.]", match["run"])) + " "

    def _compound(self, match: re.Match[str]) -> str:
        """``5-этажный`` → "пятиэтажный"; an ending written after the digits is not said twice ("3-хкомнатная")."""
        stem, word = self.compound_stem(int(match["number"])), match["word"]
        for length in (2, 1):
            if len(stem) > length and word[:length] == stem[-length:]:
                return stem + word[length:]
        return stem + word

    def _dotted_time(self, match: re.Match[str]) -> str:
        """``в 14.30``, ``з 9.00``: a time after a preposition of time; else left to the date and number steps ("12.00 грн")."""
        if self._word_before(match) in _TIME_PREPOSITIONS and not _DAY_AND_MONTH.fullmatch(match.group()):
            return self._time(match)
        return match.group()

    @cached_property
    def _few_words(self) -> frozenset[str]:
        """"два", "дві", "три", "чотири": the numbers after which a noun takes its 2-4 form."""
        return frozenset(self.cardinal(value, gender) for value in (2, 3, 4) for gender in ("m", "f"))

    def _stray_unit(self, match: re.Match[str]) -> str:
        """A unit after a number written in words ("один м²"): the form that number asks for."""
        word = match["word"].lower()
        halves = (*self.grammar.half.values(), self.grammar.half_genitive)
        form = "one" if word in self.grammar.one.values() else "part" if word in halves else "few" if word in self._few_words else "many"
        unit = self.grammar.units.get(match["unit"]) or {key.lower(): noun for key, noun in self.grammar.units.items()}.get(match["unit"].lower())
        if unit is None:
            return match.group()
        said = getattr(unit, form)
        return f"{match['word']} {said}" + (abbreviation_period(match) if match["unit"].endswith(".") else "")

    def _rate_unit(self, match: re.Match[str]) -> str:
        """``за кг`` → "за килограмм": the unit in the accusative singular (a feminine noun's "-а" becomes "-у": "за штуку")."""
        unit = self.grammar.units[match["unit"]]
        word = unit.one
        if unit.gender == "f" and word.endswith(("а", "я")):
            word = word[:-1] + ("у" if word.endswith("а") else "ю")
        return f"{match['prep']} {word}" + (abbreviation_period(match) if match["unit"].endswith(".") else "")

    def _vulgar_fraction(self, match: re.Match[str]) -> str:
        """``5½`` → "п'ять з половиною", ``½`` → "одна друга"."""
        after, alone = self.grammar.vulgar_fractions[match["fraction"]]
        if not match["whole"]:
            return f" {alone} "
        following = WORD_AFTER.match(match.string, match.end())
        gender, case = self.agreement(following.group(1), int(match["whole"]), match) if following else ("m", self._bare_case(match, int(match["whole"])))
        return f" {self._amount(match['whole'], gender, case, '')} {after} "

    def _quantity(self, match: re.Match[str]) -> str:
        g = self.grammar
        first, second, scale_text, unit_text = match.group("first", "second", "scale", "unit")
        sign = match["currency"]
        currency = g.currencies.get(sign or "") or (g.currencies.get(unit_text) if unit_text in g.currencies else None)
        unit = g.units.get(unit_text) if unit_text and not currency else None
        scale = g.scales.get(scale_text) if scale_text else None
        minus = f"{g.minus} " if match["negative"] else f"{g.symbols['+']} " if match["positive"] else ""
        last = second or first
        value = whole_value(last)
        case = self.case_before(match)
        whole = int(split_number(last)[0]) if currency else value  # "за 1000,50 руб.": "за тысячу рублей"
        case = case if case == "gen" else accusative_or_nominative(case, whole)
        if currency and not scale and not second and _exact_amount(first) and currency[1]:
            if self._preposition_before(match) not in ("в", "во", "у"):  # "штраф в 500 $": what it is worth
                case = self._oblique_case(match, currency[0]) or case  # "к 5 $" → "к пяти долларам"
            return minus + self._money(first, currency[0], currency[1], case) + _period_of(match, unit_text)
        noun = scale or (currency[0] if currency else unit)
        worth = (scale or currency) and self._preposition_before(match) in ("в", "во", "у")  # "в 2 млн рублей"
        oblique = self._oblique_case(match, noun) if noun and value and not is_fraction(first) and not worth else ""
        noun_word = oblique_form(noun, value, oblique, g.hard_noun_endings) if oblique else None  # type: ignore[arg-type]
        case = oblique if noun_word else case
        if noun and is_fraction(first) and not second:
            oblique = "" if worth else self._oblique_case(match, noun)  # "штраф в 7,5 млрд долларов": what it is worth
            if _one_and_a_half(first) and oblique and g.half_genitive:  # "в 1,5 км" → "в полутора километрах"
                noun_word = oblique_form(noun, 5, oblique, g.hard_noun_endings)
                case = oblique if noun_word else case
            elif not _one_and_a_half(first):
                case = oblique or case  # "к 0,5 %": the decimal in the dative, "процента" after it
                if case == "nom" and (worth or self.case_before(match) == "acc"):
                    case = "acc"  # "на 1,2 %": "на одну целую две десятых", as "целая" declines
        if noun is None:
            following = _NOUN_AFTER_PAIR.match(match.string, match.end()) or _NOUN_AFTER_ADJECTIVE.match(match.string, match.end())
            written = following.group(1) if following and not (scale_text or unit_text) else ""
            gender, case = self.agreement(written, value or (2 if _one_and_a_half(first) else 0), match) if written else ("m", self._bare_case(match, whole_value(first)))
            if case == "nom" and value and following and _AGO.match(match.string, following.end()):  # "1 000 лет назад": "тысячу"
                case = "acc" if gender == "f" and plural_form(value) == "one" else accusative_or_nominative("acc", value)
            part_of = _PART_OF.match(match.string, match.end())
            if part_of and value:  # "в 2 из 3 случаев": the number takes the preposition's case, the gender of the noun
                gender = self.agreement(part_of["noun"], 5, match)[0] if plural_form(value) == "one" else "m"
                case = self.case_before(match, "nom")
                case = "nom" if case == "acc" else case
            said = self._amount(first, gender, case, written)
            if second:
                said += f" – {self._amount(second, gender, case, written)}"
            return minus + said
        if not noun_word and not worth and value and plural_form(value) == "one" and case == "nom":
            case, noun_word = self._one_in_case(match, noun)
        said = self._amount(first, noun.gender, case, noun.one)
        if second:
            said += f" – {self._amount(second, noun.gender, case, noun.one)}"
        said += f" {noun_word or self._noun_after(last, noun, case)}"
        if scale and (currency or unit):
            said += f" {(currency[0] if currency else unit).many}"  # type: ignore[union-attr]
        return minus + said + _period_of(match, unit_text or scale_text)

    def _one_in_case(self, match: re.Match[str], noun: Noun) -> tuple[str, str | None]:
        """1, 21... of a noun after "по" in the dative ("по 1 млн" → "по одному миллиону"), and of a feminine one after a
        preposition of the accusative in the accusative ("на 1 тыс." → "на одну тысячу"); else the nominative."""
        before = self._preposition_before(match)
        if before in self.grammar.noun_prepositions and self.grammar.noun_prepositions[before] == "dat":
            if noun.gender == "f":  # "по 1 ст. л.": "по одной столовой ложке"
                return "dat", re.sub(r"ая\b|яя\b|а\b|я\b", lambda m: {"ая": "ой", "яя": "ей", "а": "е", "я": "е"}[m.group()], noun.one)
            dative = oblique_form(noun, 1, "dat", self.grammar.hard_noun_endings) if " " not in noun.one else None
            return ("dat", dative) if dative else ("nom", None)
        if noun.gender == "f" and noun.one.endswith(("а", "я")) and self.case_before(match) == "acc":  # "1 ч. л.": "одну чайную ложку"
            return "acc", re.sub(r"ая\b|яя\b|а\b|я\b", lambda m: {"ая": "ую", "яя": "юю", "а": "у", "я": "ю"}[m.group()], noun.one)
        return "nom", None

    def _oblique_case(self, match: re.Match[str], noun: Noun) -> str:
        """The dative, instrumental or locative the preposition before an amount gives it ("в 5 км" → "в пяти
        километрах"), else ""."""
        before = self._preposition_before(match)
        case = "" if self.case_before(match) == "acc" else self.grammar.prepositions.get(before, "")  # "под 6 %": a rate
        return case if case in ("dat", "ins") or (case == "loc" and before in LOCATIVE_PREPOSITIONS and noun.one not in self.grammar.time_nouns) else ""

    def _bare_case(self, match: re.Match[str], value: int) -> str:
        """The case of an amount with no noun after it ``value``: the preposition's, the accusative as the nominative."""
        case = self.case_before(match)
        if case == "acc" and value is None:
            return "acc"  # "упал на 1,2": "на одну целую две десятых", as "целая" declines
        return case if case in ("gen", "dat") else accusative_or_nominative(case, value)

    def _amount(self, digits: str, gender: str, case: str, noun: str) -> str:
        if is_fraction(digits):
            if _one_and_a_half(digits) and noun:
                return self.grammar.half_genitive if case != "nom" and self.grammar.half_genitive else self.grammar.half[gender]
            return self.decimal(digits, case)
        value = whole_value(digits)
        if len(re.sub(SPACE_GROUP, "", digits)) > 1 and digits.startswith("0") and not noun:  # "2 ч 05 мин": "пять минут"
            return self.number(digits)
        return self.cardinal(value, gender, case)  # type: ignore[arg-type]

    def _noun_after(self, digits: str, noun: Noun, case: str) -> str:
        if self.grammar.half_genitive and _one_and_a_half(digits):
            return noun.many if case == "gen" else noun.few  # "около полутора тысяч", "полтора квадратных метра"
        return noun.after(None if is_fraction(digits) else whole_value(digits), case)

    def _money(self, digits: str, currency: Noun, minor: Noun, case: str) -> str:
        """``10,50 грн`` → "десять гривень п'ятдесят копійок"."""
        whole, cents = split_number(digits)
        said = f"{self.cardinal(int(whole), currency.gender, case)} {self._money_noun(currency, int(whole), case)}"
        if cents and int(cents):
            said += f" {self.cardinal(int(cents), minor.gender, case)} {self._money_noun(minor, int(cents), case)}"
        return said

    def _money_noun(self, noun: Noun, value: int, case: str) -> str:
        """The currency noun after ``value`` in ``case``: "рублям", "долларами" where its forms show how."""
        if case in ("dat", "ins", "loc"):
            return oblique_form(noun, value, case, self.grammar.hard_noun_endings) or noun.after(value, case)
        return noun.after(value, case)



def _one_and_a_half(digits: str) -> bool:
    return re.sub("[,.]", ".", digits) == "1.5"


def _exact_amount(digits: str) -> bool:
    """Whole units, or units and two-digit minor units."""
    decimals = split_number(digits)[1]
    return not decimals or len(decimals) == 2


def _period_of(match: re.Match[str], written: str | None) -> str:
    return abbreviation_period(match) if written and written.endswith(".") else ""
