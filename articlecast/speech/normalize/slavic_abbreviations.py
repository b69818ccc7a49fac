"""East Slavic abbreviations: the steps of :class:`.slavic.EastSlavic` that expand them in the case and
gender their context gives (``по ст. 159`` → "по статье", ``ген. директора`` → "генерального директора",
``в 90-е гг.`` → "в девяностые годы"), capitalised at the start of a sentence (``Т.е.`` → "То есть")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cached_property

from .base import alternatives
from .slavic_dates import abbreviation_period
from .slavic_numbers import CONJUNCTIONS, WORD_AFTER
from .slavic_ordinals import SlavicOrdinals

_ADJECTIVE_ENDINGS = {
    "ими": "ins", "ыми": "ins", "іми": "ins", "их": "", "ых": "", "іх": "", "ім": "dat", "им": "dat", "ым": "dat",
    "ые": "nom", "ие": "nom", "і": "nom", "ой": "", "ей": "", "ій": "", "ої": "gen",
}  # fmt: skip
"""Adjective and ordinal endings of the word before an abbreviation describing it ("гг.", "обл.") → the case they
show (the nominative also stands for the accusative; "" where the preposition decides: the feminine "-ой" is
genitive, dative, instrumental or locative)."""


_PLURAL_NOUN_ENDINGS = (("ами", "ыми"), ("ями", "ыми"), ("ах", "ых"), ("ях", "ых"))
"""A plural noun's instrumental and locative endings → those of an adjective agreeing with it."""
_QUARTER = re.compile(
    r"(?P<before>(?<!\w)[^\W\d_]+\s+)?(?<![\w.,])(?P<number>[1-4])(?:-?[^\W\d_]{1,3})?\s?[Кк]в\.\s?(?=(?:19|20)\d\d(?!\d))"
)
"""A quarter's number, "кв." and a year (and the word before: a preposition, or a noun the quarter belongs to)."""
_NAME_AFTER = re.compile(r"\s*[А-ЯЁA-Z0-9]")
"""A name or a number after an abbreviation: "и пр. Ленина" is an avenue, "и пр." at the end of a list is not."""


_NAMED_BEFORE = re.compile(r"(?<![\w-])(?:[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:ий|ый|ой|ая|ое|ом|ем|ого|ому|ым|ій|ої|ому|ім)\s){1,3}$")
"""A capitalised adjective just before: "Троицкий", "Краснодарском" name a lane or a region."""
_HOUSE_BEFORE = re.compile(
    r"(?<![\w.])(?:(?:д|дом|корп|буд|к)\.?\s?|(?:ул|пр|просп|пер|ш|наб|пл|б-р|вул|пров)\.\s[^,\d]{2,40},\s)\d+(?:/\d+)?[а-яА-Я]?,?\s*$"
)
"""A house or block number just before ("д. 5, ", "корп. 2 "), which makes the next number a part of the building."""

class SlavicAbbreviations(SlavicOrdinals):
    """Abbreviations before a number, of a place or of an adjective, read in their context's case."""

    def _compile_abbreviations(self) -> None:
        g = self.grammar
        self.quarter = _QUARTER if g.quarter else None
        self.number_abbreviation = re.compile(
            rf"(?<![\w.])(?P<word>{alternatives(_with_capitals(g.number_abbreviations, initials=True))})\s?(?P<number>\d{{1,4}}(?!\d|[,.]\d|-\w))?(?:(?<=\d)/(?P<part>\d{{1,3}})(?![\d/]))?(?=\d|(?<=\d))"
        )
        self.label_before = re.compile(rf"(?<![\w.])(?:{alternatives(_with_capitals(g.number_abbreviations, initials=True))})\s?\d{{1,4}}\s+$")
        self.abbreviations = {**{_capitalised(key): _capitalised(said) for key, said in g.abbreviations.items() if _not_initial(key)}, **g.abbreviations}
        self.abbreviation = re.compile(rf"(?<![\w./])(?:{alternatives(self.abbreviations)})(?!\w)")
        self.cased_abbreviation = re.compile(rf"(?<![\w./])(?P<word>{alternatives(_with_capitals(g.cased_abbreviations))})(?!\w)")
        self.preposition_abbreviation = re.compile(
            rf"(?<![\w.])(?P<word>{alternatives(_with_capitals(g.preposition_abbreviations))})\s?(?=\d)"
        ) if g.preposition_abbreviations else None
        self.name_abbreviation = re.compile(
            rf"(?<![\w./-])(?P<word>{alternatives(g.name_abbreviations)})\s?(?=[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)"
            rf"|(?<=[ийоаеьмя]\s)(?P<after>{alternatives(g.name_abbreviations)})(?=,|\s?$)"
        ) if g.name_abbreviations else None
        """A kind of place before its name ("р. Волга"), or closing an address after the name's adjective ("Троицкий пер.,")."""
        self.agreeing_abbreviation = re.compile(rf"(?<![\w.])(?<![^\w.][^\W\d_]\.\s)(?P<word>{alternatives(_with_capitals(g.agreeing_abbreviations))})(?![\w-])")

    def _number_abbreviation(self, match: re.Match[str]) -> str:
        """``ст. 105`` → "статья сто пять": the number is a label, whatever noun follows it."""
        of_previous = self.label_before.search(match.string, max(0, match.start() - 16), match.start())
        if {match["word"], match["word"].rstrip(".")} & self.grammar.units.keys() and re.search(r"\d\s?$", match.string[max(0, match.start() - 2) : match.start()]):
            if not of_previous:
                return match.group()  # "12 ч. 30 мин.": hours after a number, not "часть 30"; but "п. 3 ч. 2"
        forms = self.grammar.number_abbreviations[_uncapitalised(match["word"])]
        if _uncapitalised(match["word"]) in self.grammar.house_parts and _HOUSE_BEFORE.search(match.string[max(0, match.start() - 64) : match.start()]):
            forms = self.grammar.house_parts[_uncapitalised(match["word"])]  # "корп. 2, стр. 1": a building, not a page
        label = f" {self.cardinal(int(match['number']))} " if match["number"] else " "
        if match["part"]:
            label += f"{self.grammar.house_slash or '/'} {self.cardinal(int(match['part']))} "  # "д. 10/2"
        case = "gen" if of_previous else self.noun_case_before(match)  # "ч. 2 ст. 159": "статьи"
        return self._said_as_written(match, forms.get(case, forms["nom"])) + label

    def _quarter(self, match: re.Match[str]) -> str:
        """``в 3 кв. 2023 г.`` → "в третьем квартале 2023 г." (the year is read later): "кв." between a number from
        1 to 4 and a year is a quarter of it; its case is the preposition's, else that of a noun's part ("итоги 1 кв.")."""
        forms = self.grammar.quarter
        word = (match["before"] or "").strip().lower()
        case = self.grammar.prepositions.get(word, "gen" if word else "nom")
        case = "nom" if case == "acc" else case
        return f"{match['before'] or ''}{self.ordinal(int(match['number']), 'm', case)} {forms.get(case, forms['nom'])} "

    def _agreeing_abbreviation(self, match: re.Match[str]) -> str:
        """``т. зв. південного`` → "так званого південного", ``ген. директора`` → "генерального директора":
        the adjective agrees with the next word, as far as its ending shows its gender and case."""
        said = self.grammar.agreeing_abbreviations[_uncapitalised(match["word"])]
        following = WORD_AFTER.match(match.string, match.end())
        head, _, adjective = said.rpartition(" ")
        word = following.group(1).lower() if following else ""
        name = following.group(1) if following and following.group(1)[:1].isupper() and adjective.startswith("свят") else ""
        if name and self._name_form(name):  # "св. Николая" → "святого", "св. Анны" → "святой": a saint's name shows the case
            return self._said_as_written(match, f"{head} {self._inflect(adjective, *self._name_form(name))}")
        if word.endswith(("ом", "ем", "ём", "єм")) and self.case_before(match) != "loc":
            return self._said_as_written(match, f"{head} {self._inflect(adjective, 'm', 'ins')}")  # "с гл. редактором"
        for ending, endings in self.grammar.ordinal_endings.items():
            matching = [form for form in endings.split() if adjective.endswith(ending) and word.endswith(form)]
            if matching:
                return self._said_as_written(match, f"{head} {adjective[: -len(ending)]}{max(matching, key=len)}")
        plural = next((said_ending for ending, said_ending in _PLURAL_NOUN_ENDINGS if word.endswith(ending) and len(word) > len(ending) + 3), "")
        if plural and adjective.endswith(("ый", "ой")):
            return self._said_as_written(match, f"{head} {adjective[:-2]}{plural}")  # "на с/х предприятиях": "сельскохозяйственных"
        form = self._ending_form(word)
        previous = re.search(r"(\w+)\s+$", match.string[max(0, match.start() - 20) : match.start()])
        if form == ("m", "gen") and word.endswith(("а", "я")) and previous and previous.group(1).lower() in self.grammar.nominative_before:
            form = ("f", "nom")  # "это т. н. реформа": after "это", "-а" is a feminine nominative, not "комитета"
        if form:
            said = f"{head} {self._inflect(adjective, *form)}"
        return self._said_as_written(match, said)

    @staticmethod
    def _said_as_written(match: re.Match[str], said: str) -> str:
        """Capitalised where the abbreviation was (at the start of a sentence)."""
        said = said.strip()
        return _capitalised(said) if match["word"][0].isupper() else said

    def _preposition_abbreviation(self, match: re.Match[str]) -> str:
        return self._said_as_written(match, self.grammar.preposition_abbreviations[_uncapitalised(match["word"])]) + " "

    def _name_abbreviation(self, match: re.Match[str]) -> str:
        """``на р. Волге`` → "на реке Волге": a kind of place before its name, in its context's case."""
        if match["after"]:
            named = _NAMED_BEFORE.search(match.string, max(0, match.start() - 30), match.start())
            if not named:
                return match.group()
            forms = self.grammar.name_abbreviations[match["after"]]
            return forms.get(self.noun_case_before(named, "") or "nom", forms["nom"]) + abbreviation_period(match)
        return self._cased_abbreviation(match, self.grammar.name_abbreviations[match["word"]]) + " "

    def _cased_abbreviation(self, match: re.Match[str], forms: Mapping[str, str] | None = None) -> str:
        """``ул.`` → "улица", "улице"...: the case of the preposition before it, or before the words that describe it;
        after "и" at the end of a list, the list's own abbreviation ("и пр." → "и прочее", not "проспект")."""
        ending = f"и {match['word']}"
        if forms is None and ending in self.abbreviations and re.search(r"(?<!\w)и\s$", match.string[max(0, match.start() - 3) : match.start()]):
            if not _NAME_AFTER.match(match.string, match.end()):
                return self.abbreviations[ending][2:] + abbreviation_period(match)
        forms = forms or self.grammar.cased_abbreviations[_uncapitalised(match["word"])]
        case = self.noun_case_before(match, "")
        if not case:
            case = self._case_before_description(match)
        return self._said_as_written(match, forms.get(case, forms["nom"])) + abbreviation_period(match)

    def _case_before_description(self, match: re.Match[str]) -> str:
        """The case of a preposition a few words back when the word just before is an adjective ("в девяностых гг.")."""
        words = match.string[max(0, match.start() - 60) : match.start()].split()
        ending = next((ending for ending in _ADJECTIVE_ENDINGS if words and words[-1].lower().endswith(ending)), None)
        if ending is None:
            return "nom"
        if _ADJECTIVE_ENDINGS[ending]:
            return _ADJECTIVE_ENDINGS[ending]  # "в 90-е гг.": the adjective's own case, "годы"
        for word in reversed(words[-8:-1]):
            if word.lower() in self.grammar.prepositions:
                return self.grammar.prepositions[word.lower()]
            if word.lower() not in self._number_words and word.lower() not in CONJUNCTIONS and not word.lower().endswith(tuple(_ADJECTIVE_ENDINGS)):
                return "gen"  # "в начале 90-х гг.": of a noun, "годов"
        return "gen" if ending in ("их", "ых", "іх") else "nom"  # "20-х гг." alone: "двадцатых годов"

    @cached_property
    def number_word_unit(self) -> re.Pattern[str]:
        """A unit written short after a number in words ("два кг", "полтора км"); symbols are read by ``stray_unit``."""
        g = self.grammar
        word_units = [unit for unit in g.units if unit.rstrip(".").isalpha() and unit not in g.clause_final_units]
        numbers = [word for word in (*self._number_words, *g.half.values(), g.half_genitive) if word]
        return re.compile(rf"(?<![\w-])(?P<word>{alternatives(numbers)})\s(?P<unit>{alternatives(word_units)})(?!\w)", re.IGNORECASE)

    @cached_property
    def _number_words(self) -> frozenset[str]:
        """The words of nominative cardinals ("тысяча", "девятьсот"): what stands before the last word of an ordinal."""
        values = [*range(1, 20), *range(20, 100, 10), *range(100, 1000, 100), 1000, 2000, 5000]
        return frozenset(word for value in values for gender in ("m", "f") for word in self.cardinal(value, gender).split())


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _uncapitalised(text: str) -> str:
    return text[:1].lower() + text[1:]


def _with_capitals(abbreviations: Iterable[str], initials: bool = False) -> list[str]:
    """The abbreviations and, for the start of a sentence, their capitalised forms (those of one letter,
    which could be someone's initial, only where ``initials``: before a number)."""
    abbreviations = list(abbreviations)
    return [*abbreviations, *(_capitalised(key) for key in abbreviations if initials or _not_initial(key))]


def _not_initial(abbreviation: str) -> bool:
    """Whether an abbreviation, capitalised at the start of a sentence, cannot be someone's initial ("Т.е.", not "Г.")."""
    return len(abbreviation.rstrip(".")) > 1
