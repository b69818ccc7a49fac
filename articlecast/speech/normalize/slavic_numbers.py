"""East Slavic number words and the context that decides their form (gender and case).

num2words gives the words; ordinals are inflected here by ending, and the
preposition before a number and the noun after it decide gender and case.
"""

from __future__ import annotations

import re
from functools import cached_property

from num2words import num2words

from .base import Rules
from .slavic_grammar import CASES, GENDERS, Grammar, plural_form

SPACE_GROUP = "[ \u00a0\u202f\u2009]"
GROUPED = (
    rf"\d{{1,3}}(?:{SPACE_GROUP}\d{{3}})+(?!\d)"
    r"|\d{1,3}(?:,\d{3}){2,}(?!\d|,\d)|\d{1,3}(?:\.\d{3}){2,}(?!\d|\.\d)"
)
"""Thousands in groups: "1 500 000", and "1,500,000" or "1.500.000" (two or more groups, so not a decimal)."""
NUMBER = rf"(?:{GROUPED})(?>(?:[,.]\d+)?)(?![,.]?\d)|(?>\d+(?:[,.]\d+)?)(?![,.]\d)"
"""A number as written: never a part of a run of digits (the atomic groups keep a fraction from giving back digits)."""
MAX_DIGITS = 15
"""Longer whole numbers are read digit by digit, as in English (num2words' Slavic tables also end at 10^33)."""
_SAID_LIMIT = 4096
"""How many number words :class:`SlavicNumbers` keeps."""
_LOOK_BEHIND = 40
"""How far before a number its preposition is looked for: a few words, not the sentence."""
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\u00a0]*$")
CONJUNCTIONS = frozenset("и или і та й або".split())
"""Conjunctions between numbers, days or years listed together ("в 2 или 3 городах", "1 и 2 мая")."""
_APPROXIMATELY = frozenset("под під".split())
_PERSON = re.compile(r"(?<![\w-])(?:мужчин|женщин|девочк|мальчик|ребён|ребен|подрост|юнош|девушк|пенсионер|чолові|жінк|дівчин|хлопчик|дитин|підліт|пенсіонер)[а-яёіїєґ']{0,3}[\s\u00a0]+$", re.IGNORECASE)
"""A person named just before an age ("девочка 7 лет", "чоловік 40 років"): the age describes them, in the genitive."""
_WITH_INSTRUMENTAL = re.compile(r"(?<![\w-])(?:сравнению|наряду|вместе|связи|порівняно|разом|зв['’]язку)\s+(?:со|с|з|із|зі)\s+$", re.IGNORECASE)
_AFTER_HOURS = re.compile(
    r"(?<![\w-])(?P<preposition>[^\W\d_]+)\s+(?:(?:[^\W\d_]+\s+){1,3}|\d{1,2}\s?)(?:ч\.?|год\.?|час(?:а|ов|у|ам|ами|ах)?|годин[аиі]?|годинам|годинами|годинах)[\s\u00a0]+$"
)
"""An amount of hours said, with the preposition before it: the minutes after it share its case."""
_MINUTES = re.compile(r"\d{1,2}\s?(?:мин|хв)")
"""Minutes after the hours ("40 мин.", "20 минут")."""
_IMPERATIVE = re.compile(r"(?:^|[.!?:;]\s+)[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:йте|ите|ьте|іть|ійте)[\s\u00a0]+$")
"""A request opening a sentence ("Добавьте", "Візьміть"): its object, the amount after it, is in the accusative."""
"""Prepositions of the instrumental that before a number mean "nearly" and take the accusative ("под 40 лет")."""
_WITH = frozenset("с со з із зі".split())
LOCATIVE_PREPOSITIONS = frozenset("в во у о об при".split())
"""Prepositions of the locative ("в 1 случае", "в 5 км"); "на" takes the accusative after it as often."""
WORD_AFTER = re.compile(r"[\s\u00a0]*([^\W\d_]+)")


_TIMES_OVER = frozenset("раз раза разів рази".split())
""""Times" in "в 1 000 раз больше": the number is accusative."""
_AM_GENITIVES = frozenset("драм реклам панорам пижам пилорам".split())
"""Genitive plurals that end like a dative plural ("5 реклам")."""


class SlavicNumbers(Rules):
    """Number words over a :class:`Grammar`, and the case and gender the words around a number give it."""

    script = "CYRILLIC"

    def __init__(self, grammar: Grammar) -> None:
        self.grammar = grammar
        self._said: dict[tuple[int, str, str], str] = {}
        """Cardinal words already made, by value, gender and case: num2words is slow and news repeats numbers."""
        super().__init__(grammar.code)

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

    def compound_stem(self, value: int) -> str:
        """The number as the first part of a compound word: 25 → "двадцатипяти" (-летний), 100 → "сто"."""
        stems = self.grammar.compound_stems
        if value in stems:
            return stems[value]
        parts = [value - value % 100, value % 100 - value % 10, value % 10] if not 10 < value % 100 < 20 else [value - value % 100, value % 100]
        return "".join(stems.get(part) or self.cardinal(part, "m", "gen").replace(" ", "") for part in parts if part)

    def _words(self, value: int, gender: str, case: str) -> str:
        key = (value, gender, case)
        if key not in self._said:
            if len(self._said) >= _SAID_LIMIT:
                self._said.clear()
            self._said[key] = self._new_words(value, gender, case)
        return self._said[key]

    def _new_words(self, value: int, gender: str, case: str) -> str:
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
        whole, decimals = split_number(digits)
        if (len(whole) > 1 and whole.startswith("0")) or len(whole) > MAX_DIGITS:
            said = self.digits(whole)
        else:
            said = self.cardinal(int(whole))
        return f"{said} {self._decimals(decimals)}" if decimals else said

    def decimal(self, digits: str, case: str = "nom") -> str:
        """``3,5`` → "три цілих п'ять десятих"; in the case of its context ("до 1,3" → "однієї цілої трьох десятих",
        "к 2,5" → "к двум целым пяти десятым")."""
        g = self.grammar
        whole, decimals = split_number(digits)
        if len(decimals) > len(g.fractions) or len(whole) > MAX_DIGITS:
            return f"{self.number(whole)} {g.point} {self.digits(decimals)}"
        one, many = g.fractions[len(decimals) - 1]
        top = int(decimals)
        whole_value = int(whole)
        said = f"{self.cardinal(whole_value, 'f', _counted(case, whole_value))} {self._part(g.whole, whole_value, case)}"
        return f"{said} {self.cardinal(top, 'f', _counted(case, top))} {self._part((one, many), top, case)}"

    def _part(self, forms: tuple[str, str], value: int, case: str) -> str:
        """"ціла" or "цілих" after ``value``; in another case the adjective's form ("цілої", "целым")."""
        one = plural_form(value) == "one"
        if case == "nom" or (case == "acc" and not one):
            return forms[0] if one else forms[1]
        feminine, gender = GENDERS.index("f") * len(CASES), GENDERS.index("f" if one else "pl") * len(CASES)
        tables = [endings.split() for endings in self.grammar.ordinal_endings.values()]
        endings = max((table for table in tables if forms[0].endswith(table[feminine])), key=lambda table: len(table[feminine]))
        return forms[0][: -len(endings[feminine])] + endings[gender + CASES.index(case)]

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
        if before == "течение" and not re.search(r"(?<!\w)[вВ]\s+течение\s*$", match.string[max(0, match.start() - 12) : match.start()]):
            return default  # "Течение 0,5 м/с": the noun; only "в течение" takes the genitive
        if before in _APPROXIMATELY and re.search(r"\d\s?%", match.group()):
            return "acc"  # "под 21,5 %": a loan's rate, "под двадцать одну целую пять десятых процента"
        if before in ("с", "со", "з", "із", "зі") and _WITH_INSTRUMENTAL.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start()):
            return "ins"  # "по сравнению с 2023 г.", "порівняно з 2023 роком"
        hour = _AFTER_HOURS.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start())
        if hour and hour["preposition"].lower() in self.grammar.prepositions and _MINUTES.match(match.string, match.start()):
            return self.grammar.prepositions[hour["preposition"].lower()]  # "около 14 ч. 40 мин.": the minutes in the hours' case
        if before and before not in self.grammar.prepositions and _IMPERATIVE.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start()):
            return "acc"
        return self.grammar.prepositions.get(before, default) if before else default

    def noun_case_before(self, match: re.Match[str], default: str = "nom") -> str:
        """The case the preposition just before ``match`` gives a noun (an abbreviated one: "по ст." → "по статье")."""
        before = self._word_before(match)
        return self.grammar.noun_prepositions.get(before) or self.grammar.prepositions.get(before, default)

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
        before = self._preposition_before(match)
        case = g.prepositions.get(before) or ("acc" if before and _IMPERATIVE.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start()) else "nom")
        if _AFTER_HOURS.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start()) and _MINUTES.match(match.string, match.start()):
            case = self.case_before(match)
        governed = case
        case = case if case in ("gen", "dat") or (case == "ins" and before not in _APPROXIMATELY) else accusative_or_nominative(case, value)
        if word in ("лет", "років") and _PERSON.search(match.string, max(0, match.start() - _LOOK_BEHIND), match.start()):
            return "m", "gen"  # "мужчина 45 лет": a person of that age
        if word in _TIMES_OVER and before in ("в", "во", "у"):
            return "m", accusative_or_nominative("acc", value)  # "в 1 000 раз": "в тысячу раз"
        if re.search("(?:ами|ями|ьми)$", word):
            case = "ins"
        elif re.search("(?:ах|ях)$", word) and before in ("у", "в", "на", "о", "об", "при", "по"):
            case = "loc"
        elif before in ("о", "об", "при") and (re.search("(?:ых|их)$", word) or value >= 1000 and value % 1000 == 0):
            case = "loc"  # "о 2 погибших", "о 1 000 мест": after a preposition that takes only the locative
        elif re.search("(?:ам|ям)$", word) and (before == "по" or case == "nom" and not one and len(word) > 4 and word not in _AM_GENITIVES):
            case = "dat"  # "по 5 рублям"; "помог 12 семьям": a dative plural, whatever comes before
        elif one and before == "по" and before in g.noun_prepositions and word.endswith(("у", "ю", "е", "і")):
            return "m" if word.endswith(("у", "ю")) else "f", g.noun_prepositions[before]  # "по 1 книге": "по одной"
        elif one and before in LOCATIVE_PREPOSITIONS and self._masculine_locative(word):
            return "m", "loc"  # Ukrainian "у 1 випадку": "в одному"
        elif one and case == "nom" and word.endswith(("у", "ю")):
            return "f", "acc"
        elif one:
            case = self._singular_case(word, before) or case
        elif case == "nom" and value in (2, 3, 4) and word.endswith(("ов", "ев", "ёв", "ей", "ів")) and len(word) > 4:
            case = "gen"  # "задержали 3 подозреваемых": after 2-4 only a living object takes the genitive plural
        if word in self._noun_genders or noun in g.units and noun not in g.clause_final_units:
            return self._noun_genders.get(word) or g.units[noun].gender, case  # "1 евро" is masculine; "т" feminine
        if word.startswith(g.feminine_stems) or plural_form(value) == "few" and word.endswith(g.few_feminine_endings):
            return "f", "acc" if one and governed == "acc" and case == "nom" else case  # "2 сестры"; "за 1 ночь": "за одну ночь"
        if case == "ins" and word.endswith(("ой", "ей", "ою", "ею", "єю", "ью")):
            return "f", case
        if one and (case == "gen" and word.endswith(("ы", "и", "і")) or case == "loc" and re.search("[^и]и$", word)):
            return "f", case  # "около 1 страны", "в 1 области" (but "в 1 здании", "у 1 регіоні")
        if one and word.endswith(g.neuter_endings):
            return "n", case
        if one and case == "nom" and word.endswith(("а", "я")):
            return "f", case  # in the genitive "-а" is masculine: "для 1 человека"
        return "m", case

    @cached_property
    def _noun_genders(self) -> dict[str, str]:
        """The genders of the unit and currency names the grammar knows, by each of their forms."""
        g = self.grammar
        nouns = [*g.units.values(), *g.scales.values(), *(noun for pair in g.currencies.values() for noun in pair if noun)]
        return {form: noun.gender for noun in nouns for form in (noun.one, noun.few, noun.many, noun.part) if " " not in form}

    def _preposition_before(self, match: re.Match[str]) -> str:
        """The word before a number, or before the number paired with it: "в" for "3" in "в двух или 3 городах"."""
        before = self._word_before(match)
        if before not in CONJUNCTIONS:
            return before
        words = match.string[max(0, match.start() - 60) : match.start()].lower().split()[-6:-1]
        return next((word for word in reversed(words) if word in self.grammar.prepositions), "")

    def _masculine_locative(self, word: str) -> bool:
        """Whether a word in -у/-ю is a masculine locative where the language has them ("випадку"), not a feminine accusative."""
        g = self.grammar
        return word.endswith(("у", "ю")) and not word.startswith(g.feminine_stems) and bool(re.fullmatch(f"\\w*(?:{g.locative_endings})", word))

    def _singular_case(self, word: str, before: str) -> str:
        """The instrumental or locative a singular noun after a preposition shows ("с 1 человеком", "в 1 случае")."""
        if before in _WITH or self.grammar.prepositions.get(before) == "ins":
            return "ins" if word.endswith(("ом", "ем", "ём", "єм", "ой", "ей", "ою", "ею", "єю", "ью")) else ""
        return "loc" if before in LOCATIVE_PREPOSITIONS and word.endswith(("е", "и", "і")) else ""


def _counted(case: str, value: int) -> str:
    """The case of a number counting things in ``case``: the accusative of any but one is the nominative."""
    return "nom" if case == "acc" and plural_form(value) != "one" else case


def _drop_one_before_scale(words: str, scale_words: tuple[str, ...]) -> str:
    """"одна тисяча дев'ятсот" → "тисяча дев'ятсот", "одной тысячи" → "тысячи": how a thousand or a million is said."""
    first, _, rest = words.partition(" ")
    return rest if rest.startswith(scale_words) and (first == "один" or first.startswith("одн")) else words


def accusative_or_nominative(case: str, value: int | None) -> str:
    """After a preposition of the accusative, the accusative where a number has a form of its own: that of
    "тысяча" ("через 1000 лет" → "через тысячу лет"); else the nominative, which is the same."""
    return "acc" if case == "acc" and value is not None and value >= 1000 and plural_form(value // 1000 % 1000) == "one" else "nom"


def split_number(digits: str) -> tuple[str, str]:
    """A number as written → its whole digits and its decimals: ``1 500,25`` → ("1500", "25"), ``1,500,000`` → ("1500000", "")."""
    digits = re.sub(SPACE_GROUP, "", digits)
    grouped = re.match(r"\d{1,3}([,.])\d{3}(?:\1\d{3})+(?!\d)", digits)
    if grouped:
        digits = grouped.group().replace(grouped[1], "") + digits[grouped.end() :]
    whole, _, decimals = digits.replace(",", ".").partition(".")
    return whole, decimals


def whole_value(digits: str) -> int | None:
    whole, decimals = split_number(digits)
    return None if decimals else int(whole)


def is_fraction(digits: str) -> bool:
    return bool(split_number(digits)[1])
