"""East Slavic signs and letters whose reading the words around them decide: the steps of
:class:`.slavic.EastSlavic` that run before numbers are read.

A relay's legs are counted "по" (``эстафета 4×100 м`` → "четыре по сто метров"), a ratio or a map's scale is "к"
("в соотношении 3:1" → "три к одному", Ukrainian "до"), ``>`` and ``<`` before an amount are "более" and "менее";
``№№`` names several numbers; "сер.", "нач.", "кон." before a century or a year are the middle, start or end of it in
the case the preposition gives ("в сер. XIX в." → "в середине"); a Roman quarter before "кв." and a year is a quarter
(``IV кв. 2025 г.``); "АО" after a region's adjective is an autonomous okrug ("Ямало-Ненецкого АО"); a capital glued
to a model's number or after its name's hyphen is its letter ("Ту-154М", "Протон-М"), and so is a lowercase letter
after a house's number ("д. 7б"); "13с1" and "5к2" after a house are its building and block; a Latin capital alone
after a Cyrillic word is spelled ("витамин D"), and so are small letters after a document's number ("№ 2345-р").
"""

from __future__ import annotations

import re

from .base import Step, substitute
from .slavic_abbreviations import SlavicAbbreviations
from .slavic_grammar import by_case
from .slavic_ordinals import roman_number

_RELAY = re.compile(r"(?P<word>(?<![\w-])[ЭэЕе]стафет[а-яёії]{0,3})\s(?P<legs>\d)\s?[×xх]\s?(?=\d)")
_RATIO = re.compile(r"(?P<word>(?<![\w-])(?:соотношени|пропорци|співвідношенн|пропорці)[а-яёії]{1,2}|масштаб[еіу]?)\s(?P<first>\d{1,3}):(?=\d)")
_COMPARED = re.compile(r"(?<![\w<>=])(?P<sign>[<>])\s?(?=\d)")
_NUMBERS = re.compile(r"№№\s?(?=\d)")
_PART_OF_PERIOD = re.compile(r"(?<![\w.])(?P<word>[Сс]ер\.|[Нн]ач\.|[Кк]он\.|[Пп]оч\.|[Кк]ін\.)\s?(?=\d|[IVXL]+(?![\w]))")
_ROMAN_QUARTER = re.compile(r"(?<![\w.])(?P<numeral>I{1,3}|IV)\s?(?=[Кк]в\.\s?(?:19|20)\d\d(?!\d))")
_OKRUG = re.compile(r"(?P<adjective>(?<![\w-])[А-ЯЁ][А-Яа-яЁё-]+(?P<ending>ий|ого|ому|им|ом))\sАО(?![\w«\"'-])")
_MODEL_LETTER = re.compile(r"(?P<model>(?<![\w-])[А-ЯЁ][А-Яа-яЁё]{0,7}-(?:\d{1,4})?)(?P<letter>[А-ЯЁ])(?![\w-])")
_HOUSE_LETTER = re.compile(r"(?P<house>(?<![\w.])(?:д\.|дом|буд\.)\s?\d{1,4})(?:(?P<part>[ск])(?P<number>\d{1,3})|(?P<letter>[а-яё]))(?![\w-])")
_LONE_LATIN = re.compile(r"(?<=[а-яёіїєґ]\s)(?P<letter>[A-HJ-UWYZ])(?![\w&'’-]|\.\s*[A-Z])")
"""A Latin capital alone after a Cyrillic word: a vitamin's, a category's or a class's letter ("витамин D"), not a
Roman numeral (I, V, X)."""
_DOCUMENT_LETTERS = re.compile(r"(?P<number>№\s?\d{1,6})-(?P<letters>[а-яёіїєґ]{1,2})(?![\w-])")
"""Small letters after a document's number ("№ 2345-р", "№ 12-рп"): its kind, spelled, unless a written ending."""
_HOUSE_BLOCK = re.compile(r"(?P<house>(?<![\w.])(?:д\.|дом)\s?\d{1,4}[а-яА-Я]?),?\s+к\.\s?(?=\d)")
""""к." after a house's number is its block ("д. 7 к. 1")."""
_LETTER_OF_HOUSE = re.compile(r"(?<![\w.])лит\.\s?(?P<letter>[А-ЯЁ])(?![\w])")
"""A building's letter ("лит. А" → "литера а")."""
_GREAT_OR_SMALL = re.compile(r"(?<=ул\.\s)(?P<initial>[БМ])\.\s?(?=[А-ЯЁ][а-яё]+[ая](?![\w-]))")
""""Б." and "М." before a street's feminine name: "ул. Б. Ордынка" → "Большая", "ул. М. Бронная" → "Малая"."""
_CLASS_LETTER = re.compile(r"(?<![\w.,])(?P<number>\d{1,2})(?:[-\s«\",]){0,4}(?P<letter>[А-ЯЁ])(?:[\s»\",]){1,4}(?P<noun>класс(?:а|у|ом|е)?)(?![\w-])")
"""A school class's number and letter ("10 «А» класса" → "десятого а класса")."""
_CLASS_CASES = {"класс": "nom", "класса": "gen", "классу": "dat", "классом": "ins", "классе": "loc"}
_RANK = re.compile(
    r"(?<![\w.])(?P<word>[Сс]т|[Мм]л)\.\s(?=(?:лейтенант|сержант|прапорщик|мичман|научн\w+\sсотрудник|преподавател|следовател|инспектор)(?P<ending>а|у|ом|ем|е|ю|ь|я|и|ей)?\b)"
)
"""An elder or a younger rank ("ст. лейтенант", "мл. сержанта"), in the case the rank's ending shows."""
_RANK_FORMS = {"ст": by_case("старший старшего старшему старшего старшим старшем"), "мл": by_case("младший младшего младшему младшего младшим младшем")}
_RANK_CASES = {"": "nom", "ь": "nom", "а": "gen", "я": "gen", "у": "dat", "ю": "dat", "ом": "ins", "ем": "ins", "е": "loc", "и": "loc"}
_USSD = re.compile(r"(?<![\w*])\*(?P<code>\d{1,4}(?:\*\d{1,4})*)#")
"""A short code a phone dials ("*100#"): its stars and the hash said."""
_MONTH_AND_YEAR = re.compile(r"(?<![\w.,/-])(?P<month>0[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)(?![\w]|[.,/]\d)")
"""A month and a year ("до 03.2026"): after a preposition of the genitive, the month's name and the year's."""
_DEGREES_AND_MINUTES = re.compile(r"(?<=\d)°(?=\d{1,2}′)")
"""Degrees joined to minutes of arc ("64°30′"), parted so each number is read with its unit."""
_ENDINGS = frozenset("й я е м х ю и го ой ый ий ая ое ые ых му ми ти ом ем ее ую ей их им ью ої ий ій ім".split())
_OKRUG_FORMS = by_case("автономный округ|автономного округа|автономному округу|автономный округ|автономным округом|автономном округе")
_ENDING_CASE = {"ий": "nom", "ого": "gen", "ому": "dat", "им": "ins", "ом": "loc"}
_WORDS = {
    "ru": {"ratio": "к", ">": "более", "<": "менее", "numbers": "номера", "relay": "по",
           "сер.": by_case("середина середины середине середину серединой середине"), "нач.": by_case("начало начала началу начало началом начале"),
           "кон.": by_case("конец конца концу конец концом конце")},
    "uk": {"ratio": "до", ">": "понад", "<": "менше", "numbers": "номери", "relay": "по",
           "сер.": by_case("середина середини середині середину серединою середині"), "поч.": by_case("початок початку початку початок початком початку"),
           "кін.": by_case("кінець кінця кінцю кінець кінцем кінці")},
}  # fmt: skip


class SlavicContext(SlavicAbbreviations):
    """Signs and letters read by the words around them."""

    def context_steps(self) -> list[Step]:
        words = _WORDS.get(self.grammar.code)
        if not words:
            return []
        letters = self.grammar.cyrillic_letters
        steps = [
            substitute(_RELAY, lambda m: f"{m['word']} {m['legs']} {words['relay']} "),
            substitute(_RATIO, lambda m: f"{m['word']} {m['first']} {words['ratio']} "),
            substitute(_COMPARED, lambda m: f"{words[m['sign']]} "),
            substitute(_NUMBERS, lambda m: f"{words['numbers']} "),
            substitute(_PART_OF_PERIOD, lambda m: self._part_of_period(m, words)),
            substitute(_ROMAN_QUARTER, lambda m: f"{roman_number(m['numeral'])} "),
            substitute(_MODEL_LETTER, lambda m: f"{m['model'].rstrip('-')} {letters[m['letter']]}"),
            substitute(_HOUSE_LETTER, self._house_letter),
            *(
                [
                    substitute(_HOUSE_BLOCK, lambda m: f"{m['house']}, корп. "),
                    substitute(_LETTER_OF_HOUSE, lambda m: f"литера {letters[m['letter']]}"),
                    substitute(_GREAT_OR_SMALL, lambda m: "Большая " if m["initial"] == "Б" else "Малая "),
                    substitute(_RANK, self._rank),
                    substitute(_USSD, lambda m: f"звёздочка {' звёздочка '.join(self.number(part) for part in m['code'].split('*'))} решётка"),
                    substitute(_CLASS_LETTER, lambda m: f"{self.ordinal(int(m['number']), 'm', _CLASS_CASES[m['noun']])} {letters[m['letter']]} {m['noun']}"),
                ]
                if self.grammar.code == "ru"
                else []
            ),
            substitute(_DEGREES_AND_MINUTES, lambda m: "° "),
            substitute(_MONTH_AND_YEAR, self._month_and_year),
            substitute(_LONE_LATIN, lambda m: self.spell(m["letter"])),
            substitute(_DOCUMENT_LETTERS, lambda m: m.group() if m["letters"] in _ENDINGS else f"{m['number']} {' '.join(letters[c.upper()] for c in m['letters'])}"),
        ]
        if self.grammar.code == "ru":
            steps.append(substitute(_OKRUG, lambda m: f"{m['adjective']} {_OKRUG_FORMS[_ENDING_CASE[m['ending']]]}"))
        return steps

    def _part_of_period(self, match: re.Match[str], words: dict) -> str:
        """``в сер. XIX в.`` → "в середине XIX в.": the preposition's case, else the nominative."""
        key = match["word"].lower()
        if key not in words:
            return match.group()
        forms = words[key]
        said = forms.get(self.noun_case_before(match, "nom") if self.noun_case_before(match, "nom") != "acc" else "acc", forms["nom"])
        return (said.capitalize() if match["word"][0].isupper() else said) + " "

    def _rank(self, match: re.Match[str]) -> str:
        said = _RANK_FORMS[match["word"].lower()][_RANK_CASES.get(match["ending"] or "", "nom")]
        return (said.capitalize() if match["word"][0].isupper() else said) + " "

    def _month_and_year(self, match: re.Match[str]) -> str:
        """``до 03.2026`` → "до марта 2026 г." (the year is read later); elsewhere left as written."""
        if self.case_before(match, "") != "gen":
            return match.group()
        return f"{self.grammar.months[int(match['month']) - 1]} {match['year']} {self.grammar.year_abbreviations[0]}"

    def _house_letter(self, match: re.Match[str]) -> str:
        """``д. 7б`` → "д. 7 бэ", ``д. 13с1`` → "д. 13, стр. 1": a house's letter, building or block."""
        if match["letter"]:
            return f"{match['house']} {self.grammar.cyrillic_letters[match['letter'].upper()]}"
        if self.grammar.code != "ru":
            return match.group()
        return f"{match['house']}, {'стр.' if match['part'] == 'с' else 'корп.'} {match['number']}"
