"""East Slavic ordinals: numbers with a written ending (``5-го``, ``в 1990-х``, ``на 42-м км``),
numbers before a ranked noun (``28 этаж``, ``на 15 странице``), Roman numerals before a noun
(``XX съезд``, ``II степени``), after the noun they number (``глава IV``) or after a name
(``Пётр I``), and common fractions (``2/3``, whose denominator is an ordinal); the steps of
:class:`.slavic.EastSlavic` that read them.

The written ending narrows the form; the noun after it and the preposition before it choose
among the forms that end so (``-й`` is "пятый" or, before a feminine noun outside the
nominative, "пятой"; ``-м`` is "пятом" after "в", "на", else "пятым"). ``-х``, ``-ти``, ``-ми``
after a number whose cardinal ends so are that cardinal (``2-х`` "двух", ``8-ми`` "восьми");
else the plural ordinal (``5-х классов`` "пятых"). The first number of a range takes the form of
the second (``10-11-е классы`` "десятые – одиннадцатые").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from .base import alternatives, roman_value
from .slavic_dates import SlavicDates
from .slavic_grammar import CASES, GENDERS, SUFFIX_PREFERENCE, plural_form
from .slavic_numbers import GROUPED, SPACE_GROUP, WORD_AFTER, split_number

ROMAN = r"(?=[IVXLІХ])(?!І\s)L?[XХ]{0,3}(?:[IІ][XХ]|[IІ]V|V?[IІ]{0,3})"
"""A Roman numeral up to 89, in Latin letters or the Cyrillic Х and І typed for them."""
_LATIN_NUMERALS = str.maketrans("ХІ", "XI")
_NOUN_AFTER_LIST = re.compile(r"[\s\u00a0]*(?:(?:и|или|і|та|й|,)\s*\d+-[а-яёіїєґ]{1,3}\s+)?([^\W\d_]+)")
"""The noun after an ordinal, past the others listed with it: "1-й и 2-й главах" → "главах"."""
_MASCULINE_AFTER = re.compile(r"\s+[а-яё]{3,}[бвгджзклмнпрстфхцчшщ](?![\w-])")
"""A masculine noun after an adjective in "-ой" makes it nominative: "1-й Донской корпус"."""
_AFTER_LOCATIVE_PREPOSITION = re.compile(
    r"(?:^|[\s(])(?:[Вв]о?|[Нн]а|[Оо]б?|[Оо]бо|[Пп]ри|[Уу])\s+(?:\d+-[а-яёіїєґ]{1,3}\s*(?:и|или|і|та|й|,)\s*)?"
    r"(?:\d+\s?[-–—]\s?)?$"
)
"""A preposition that takes the locative just before an ordinal: "на 7-м" is "седьмом", "стал 7-м" "седьмым"."""
_DATIVE_PLURAL_AFTER = re.compile(r"\s+[^\W\d_]+(?:ам|ям)(?![\w-])|\s*(?:[.,;:!?)]|$)")
"""A dative plural noun after "-ым"/"-им" ("опросам"), or none (the adjective is the noun: "учёным"): the number counts it."""
_WORD_BEFORE_NUMERAL = re.compile(r"(?<![\w-])([^\W\d_]+)\s$")
"""The word just before a Roman numeral (or before that word): a ruler's name, the noun it numbers, a preposition."""
_INSTRUMENTAL = re.compile(r"(?:ами|ями|ьми)$")
_VOWELS = "аеёиоуыэюяіїє"
_PAST_VERB = re.compile(r"..(?:л|ла|ло|ли)$|^ш(?:ла|ло|ли)$")
"""A verb in the past tense ("изменили", "було"): after a ruler's numeral it is no noun the numeral ranks."""


def suffix_ordinal_pattern(units: Iterable[str]) -> re.Pattern[str]:
    """``5-го``, ``1 000 000-й``, a range ending in one (``10-11-е``, ``1960—1970-х``), and one before a
    masculine unit of one word (``на 42-м км``: ``units``, whose case it gives)."""
    return re.compile(
        rf"(?<![\w.,])(?<!\d{SPACE_GROUP})(?:(?P<first>\d{{1,4}})\s?[-–—]\s?)?"
        rf"(?P<number>{GROUPED}|\d+)-(?P<suffix>[а-яёіїєґ]{{1,3}})(?![\w])"
        rf"(?:[\s\u00a0](?P<unit>{alternatives(units)})(?!\w))?"
    )


FRACTION = re.compile(r"(?<![\w/.,])(?:(?P<whole>[1-9]\d{0,2})\s(?=\d{1,2}/\d))?(?P<top>\d{1,3})/(?P<bottom>\d{1,3}|1000|10000)(?![\w/]|[.,]\d)")
"""``2/3``, ``1/1000``: a common fraction; ``24/7``, whose top is not less than its bottom, is a ratio ("на")."""


_REACHED_BEFORE = re.compile(
    r"(?<!\w)(?:вы(?:шл[аио]?|ш[её]л|йти|ход\w*|вед\w*|вел[аио]?)|вийш\w*|вихід\w*|пробил\w*|прош(?:л[аио]?|[её]л)|попа(?:л[аио]?|сть)"
    r"|пут[её]вк\w*)\s+(?:в|во|у)\s+$",
    re.IGNORECASE,
)
"""A verb or noun of reaching a stage before "в": the stage after it is where one goes ("вышла в 1/8 финала")."""

class SlavicOrdinals(SlavicDates):
    """Ordinals in the gender and case the written ending, the noun and the preposition give them."""

    def _suffix_ordinal(self, match: re.Match[str]) -> str:
        value, suffix = int(split_number(match["number"])[0]), match["suffix"]
        counted = suffix.endswith(("х", "ти", "ми")) and self.cardinal(value, "m", "gen").endswith(suffix)
        if match["unit"] and counted and not match["first"]:
            return match.group().replace(f"-{suffix}", "", 1)  # "в 5-ти км": a count, read with its unit later
        if match["unit"]:
            return self._ordinal_before_unit(value, suffix, match)
        form = self._suffix_form(value, suffix, match)
        if form is None:
            return match.group()
        kind, gender, case = form
        say = self.ordinal if kind == "ordinal" else self.cardinal
        said = say(value, gender, case)
        if match["first"]:
            return f"{say(int(match['first']), gender, case)} – {said}"
        return said

    def _ordinal_before_unit(self, value: int, suffix: str, match: re.Match[str]) -> str:
        """``на 42-м км`` → "на сорок втором километре": a masculine ordinal, the unit in its case."""
        locative = _AFTER_LOCATIVE_PREPOSITION.search(match.string, 0, match.start())
        cases = ("loc", "nom", "gen", "dat") if locative else ("nom", "gen", "dat", "ins", "loc")
        case = next((case for case in cases if self.ordinal(value, "m", case).endswith(suffix)), None)
        if case is None:
            return match.group()
        unit = self.grammar.units[match["unit"]]
        endings = self.grammar.hard_noun_endings
        word = {"gen": unit.part, "nom": unit.one, "acc": unit.one}.get(case) or unit.one + endings[case]
        said = self.ordinal(value, "m", case)
        if match["first"]:
            said = f"{self.ordinal(int(match['first']), 'm', case)} – {said}"
        return f"{said} {word}"

    def _suffix_form(self, value: int, suffix: str, match: re.Match[str]) -> tuple[str, str, str] | None:
        """("ordinal" or "cardinal", gender, case) of the form of ``value`` that ends in ``suffix``."""
        following = WORD_AFTER.match(match.string, match.end())
        instrumental = bool(following and _INSTRUMENTAL.search(following.group(1)))
        vowel_preposition = re.search(r"(?<!\w)[кК]о\s$", match.string[max(0, match.start() - 4) : match.start()])
        plural_dative = following and following.group(1).endswith(("ам", "ям")) and not vowel_preposition
        if plural_dative and suffix in ("м", "ём", "ум") and self.cardinal(value, "m", "dat").endswith(suffix):
            return "cardinal", "m", "dat"  # "к 2-м часам": "к двум часам", a count before a plural
        if instrumental and suffix in ("ю", "мя", "ью", "ми", "умя") and self.cardinal(value, "m", "ins").endswith(suffix):
            return "cardinal", "m", "ins"  # "7-ю годами": "семью годами", "2-мя руками": "двумя", a count before a plural
        if suffix.endswith(("х", "ти")) or (suffix == "ми" and not instrumental):
            if self.cardinal(value, "m", "gen").endswith(suffix):
                return "cardinal", "m", "gen"  # "2-х" is "двух", "8-ми лет" "восьми"; "5-х классов" is "пятых"
        decade = value % 10 == 0 and (10 <= value <= 90 or 1000 <= value)
        preference = SUFFIX_PREFERENCE
        if (self._plural_noun(following.group(1)) if following else decade):
            preference = [("pl", "nom"), *SUFFIX_PREFERENCE]  # "5-е классы", "2-і місця", "1980-е"
        noun = _NOUN_AFTER_LIST.match(match.string, match.end())
        if noun and noun.group(1).endswith(("ою", "ею", "єю")):
            preference = [("f", "ins"), *SUFFIX_PREFERENCE]  # "за 3-ю вулицею"
        elif noun and noun.group(1).endswith(("у", "ю")) and not noun.group(1).endswith(("ому", "ему", "ьому")):
            preference = [("f", "acc"), *preference]  # "на 5-у вулицю"; "к 5-му этажу" keeps its "-му"
        if suffix == "й" and noun and self.grammar.ordinal_nouns.get(noun.group(1)[:-1], ("",))[0] == "m":
            preference = [("m", "nom"), *SUFFIX_PREFERENCE]  # "1-й и 2-й этажи": a plural of a masculine noun
        elif suffix == "й" and noun and self._feminine_oblique(noun.group(1)) and not _MASCULINE_AFTER.match(match.string, noun.end()):
            preference = [("f", "loc"), *SUFFIX_PREFERENCE]  # "на 15-й странице", "в 1-й и 2-й главах"
        elif suffix == "м" and not _AFTER_LOCATIVE_PREPOSITION.search(match.string, 0, match.start()):
            preference = [("m", "ins"), *SUFFIX_PREFERENCE]  # "стал 15-м", but "на 15-м этаже"
        elif suffix == "й" and (case := self.case_before(match)) in ("gen", "dat", "ins"):
            preference = [("f", case), *preference]  # "с 1-й по 5-ю главу": after "с" only the feminine ends in "-й"
        hard = self._hard_forms(value)
        for gender, case in preference:  # "3-ого" is "третьего", written as "пятого" is
            if self.ordinal(value, gender, case).endswith(suffix) or hard.get((gender, case), "").endswith(suffix):
                return "ordinal", gender, case
        for case in ("gen", "ins", "dat", "loc"):
            if self.cardinal(value, "m", case).endswith(suffix):
                return "cardinal", "m", case
        return None

    def _fraction(self, match: re.Match[str]) -> str:
        """``2/3`` → "две третьих" (Ukrainian "дві треті"), ``1/4`` → "одна четвёртая"; the case of the preposition
        before ("около 2/3" → "двух третьих"); ``24/7`` → "двадцать четыре на семь"."""
        top, bottom = int(match["top"]), int(match["bottom"])
        before = f"{self.cardinal(int(match['whole']))} " if match["whole"] else ""
        if self.grammar.house_slash and not match["whole"] and _STREET_BEFORE.search(match.string, max(0, match.start() - 60), match.start()):
            return f"{self.cardinal(top)} {self.grammar.house_slash} {self.cardinal(bottom)}"  # "ул. Гагарина, 15/2": a house
        if 0 < bottom <= top and not match["top"].startswith("0"):
            return f"{before}{self.cardinal(top)} на {self.cardinal(bottom)}"  # "24/7", "16/9", "50/50": "двадцать четыре на семь"
        if not 0 < top < bottom:
            return f"{before}{match['top']}/{match['bottom']}"
        case = self.case_before(match)
        if case == "loc" and _REACHED_BEFORE.search(match.string[max(0, match.start() - 30) : match.start()]):
            case = "acc"  # "вышла в 1/4 финала": where a team goes, "в одну четвёртую"
        if match["whole"]:  # "2 1/2" → "две целых одна вторая", as a decimal's whole part is said
            whole = int(match["whole"])
            whole_case = "nom" if case == "acc" and plural_form(whole) != "one" else case
            said = f"{self.cardinal(whole, 'f', whole_case)} {self._part(self.grammar.whole, whole, case)} "
            return said + self._fraction_words(top, bottom, case)
        return self._fraction_words(top, bottom, case)

    def _fraction_words(self, top: int, bottom: int, case: str) -> str:
        if plural_form(top) == "one":
            return f"{self.cardinal(top, 'f', case)} {self.ordinal(bottom, 'f', case)}"  # "в 1/8 финала": "одной восьмой"
        case = "nom" if case == "acc" else case
        bottom_case = case
        if case == "nom":
            bottom_case = self.grammar.fraction_few_case if plural_form(top) == "few" else "gen"
        return f"{self.cardinal(top, 'f', case)} {self.ordinal(bottom, 'pl', bottom_case)}"

    def _hard_forms(self, value: int) -> dict[tuple[str, str], str]:
        """The forms of an ordinal as if it declined like "пятый" ("третого", "вторый"): how writers also end it."""
        word = self.ordinal(value).rpartition(" ")[2]
        for soft, hard in self.grammar.hard_endings.items():
            if word.endswith(soft):
                forms = [(gender, case) for gender in GENDERS for case in CASES]  # the order of the endings
                return dict(zip(forms, (word[: -len(soft)] + ending for ending in self.grammar.ordinal_endings[hard].split())))
        return {}

    def _feminine_oblique(self, word: str) -> bool:
        """Whether a word after ``-й`` is a feminine noun or adjective outside the nominative ("странице", "новой"),
        not a masculine noun that ends like one ("юбилей", "бой")."""
        feminine = len(word) >= 3 and word[1:].islower() and word.lower().endswith(self.grammar.feminine_oblique_endings)
        return feminine and self._ending_form(word.lower()) != ("m", "nom")

    def _plural_noun(self, word: str) -> bool:
        """Whether a noun after an ordinal with a bare ending is plural: not neuter singular, not a month."""
        word = word.lower()
        months = self.grammar.months
        return not word.endswith(self.grammar.neuter_endings) and word not in months

    def _ordinal_noun(self, match: re.Match[str]) -> str:
        """``28 этаж`` → "двадцать восьмой этаж", ``на 12 этаже`` → "на двенадцатом этаже"."""
        gender, case = self.grammar.ordinal_nouns[match["noun"]]
        value = int(match["number"])
        if match["noun"] in self.grammar.few_ordinal_nouns and plural_form(value) != "few":
            return match.group()  # "5 раз": five times
        if case == "gen" and plural_form(value) == "few" and self.case_before(match) != "gen":
            return match.group()  # "2 этажа": two floors
        if case in ("nom", "gen", "acc") and plural_form(value) == "one" and match["noun"] in self.grammar.countable_ordinal_nouns:
            return match.group()  # "21 место": twenty-one seats; "до 1 года": up to a year old; "за 1 смену"
        if case == "nom" and self.case_before(match) == "gen" and not match["first"]:
            case = "gen"  # "до 19 століття": the nominative and genitive are written alike
        said = f"{self.ordinal(value, gender, case)} {match['noun']}"
        if match["first"]:  # "с 5 по 9 класс": the first of the range too
            return f"{self.ordinal(int(match['first']), gender, 'gen')} {match['through']} {said}"
        return said

    def _ranked_locative(self, match: re.Match[str]) -> str:
        """``на 15 странице`` → "на пятнадцатой странице": a count of more than one would have put the noun in the
        plural ("на пятнадцати страницах"), so a singular locative after it is ranked; 1, 21... stay counts."""
        value, noun = int(match["number"]), match["noun"].lower()
        if plural_form(value) == "one" or (match["number"].startswith("0") and value):
            return match.group()
        counted = self.grammar.counted_locatives
        if plural_form(value) == "few" and counted and re.fullmatch(rf"\w*(?:{counted})", noun):
            return match.group()  # "на 3 тижні": for three weeks
        if noun.endswith(("у", "ю")) and match["preposition"].lower() in ("о", "об"):
            return match.group()  # "о 5 ранку": the time of day
        gender, case = self.noun_form(noun, match)
        if case not in ("loc", "dat", "gen"):
            return match.group()
        said = self.ordinal(value, gender, "loc")
        return f"{match['preposition']} {said} {match['noun']}"

    def _compile_ranked_plurals(self, lower: str) -> None:
        g = self.grammar
        self.ranked_genitive = re.compile(
            rf"(?<![\w-])(?P<preposition>{alternatives(g.ranked_genitive_prepositions)})\s(?P<number>\d{{1,3}})\s"
            rf"(?P<noun>[{lower}]{{3,}}[ыи])(?<!ми)(?![\w-])",
            re.IGNORECASE,
        ) if g.ranked_genitive_prepositions else None
        self.ranked_plural = re.compile(
            rf"(?<![\w.,:/-])(?P<number>\d{{1,3}})\s(?P<noun>[{lower}]{{3,}}[ыи])(?<!ми)(?![\w-])"
        ) if g.ranked_genitive_prepositions else None

    def _ranked_plural(self, match: re.Match[str]) -> str:
        """``8 классы`` → "восьмые классы": after 5-20, 25... a count takes the genitive plural ("восемь классов"), so
        a noun in -ы/-и after one is a plural of ranked things (a feminine genitive after 2-4 is a count: "2 книги")."""
        value, noun = int(match["number"]), match["noun"].lower()
        if plural_form(value) != "many" or match["number"].startswith("0") or noun in self._counted_genitives:
            return match.group()
        return f"{self.ordinal(value, 'pl', 'nom')} {match['noun']}"  # "в 8 классы": the accusative, as the nominative

    def _ranked_genitive(self, match: re.Match[str]) -> str:
        """``со 2 попытки`` → "со второй попытки": after a preposition of the genitive a count would have made the noun
        plural ("с двух попыток"); 1, 21... stay counts, and so do a scale, a unit and a part of the day ("до 5 ночи")."""
        value, noun = int(match["number"]), match["noun"].lower()
        if plural_form(value) == "one" or match["number"].startswith("0") or noun in self._counted_genitives:
            return match.group()
        return f"{match['preposition']} {self.ordinal(value, 'f', 'gen')} {match['noun']}"

    @cached_property
    def _counted_genitives(self) -> frozenset[str]:
        """Genitives singular that follow a count of 2-4 ("2 тысячи", "3 тонны") or name a part of the day ("ночи")."""
        nouns = [*self.grammar.scales.values(), *self.grammar.units.values(), *(pair[0] for pair in self.grammar.currencies.values())]
        return frozenset({noun.few for noun in nouns} | {"ночи", "ночі", "доби", "суток"})

    def _ranked_adjective(self, match: re.Match[str]) -> str:
        """``2 мировая война`` → "вторая мировая война": a count other than 1, 21... would have put the adjective
        in the plural, so a singular one after it is ranked, in the adjective's gender and case."""
        value = int(match["number"])
        units = (noun.one.partition(" ")[0][:-1] for noun in self.grammar.units.values() if len(noun.one) > 4)
        if plural_form(value) == "one" or match["noun"].startswith((*self.grammar.measure_adjectives, *units)):
            return match.group()  # "11 километровой": "одиннадцатикилометровой" written apart
        if match["noun"].endswith(("ым", "им")) and _DATIVE_PLURAL_AFTER.match(match.string, match.end()):
            return f"{self.cardinal(value, 'm', 'dat')} {match['noun']}"  # "по 5 уголовным делам", "вручили 12 учёным": a count, in the dative
        gender, case = self._ending_form(match["noun"]) or ("m", "nom")
        before = self.case_before(match, "")
        if (gender, case) == ("f", "gen") and before in ("dat", "loc"):
            case = before  # "во 2 мировой войне"
        return f"{self.ordinal(value, gender, case)} {match['noun']}"

    def _roman_before_noun(self, match: re.Match[str]) -> str:
        """``XX съезд`` → "двадцатый съезд", ``II степени`` → "второй степени": the noun's ending gives the form;
        a word whose ending shows no form may be no noun ("Николай II отрёкся", "Глава IV открывает"):
        then the numeral goes with the word before it, where that one tells how."""
        before = _WORD_BEFORE_NUMERAL.search(match.string, max(0, match.start() - 40), match.start())
        if before and self._numbers_word_before(before, match):
            said = self._after_word(before.group(1), match["numeral"], before.start(1), match.string)
            if said:
                return f"{said} {match['noun']}"
        gender, case = self.noun_form(match["noun"].lower(), match)
        if match["noun"].lower().endswith(("ые", "ие", "ьи")) and _PLURAL_AFTER.match(match.string, match.end()):
            gender, case = "pl", "nom"  # "XXXIII летние игры": a plural adjective before its noun, not "-ие" of a neuter noun
        return f"{self.ordinal(roman_number(match['numeral']), gender, case)} {match['noun']}"

    def _numbers_word_before(self, before: re.Match[str], match: re.Match[str]) -> bool:
        """Whether the Roman numeral goes with the word before it rather than the one after: the word after
        shows no form, or is a past verb ("Петра I изменили"), or a genitive after a noun that numerals number
        ("часть III книги"), or follows a listed ruler's name, or, after another name, is in another case than
        the name and no genitive ("при Николае II армия", but "Москвы XIX века", "ордена Славы III степени")."""
        if before.group(1).lower() in self.grammar.prepositions:
            return False  # "за I квартал"
        form = self._ending_form(match["noun"])
        if form is None or _PAST_VERB.search(match["noun"]):
            return True
        name = before.group(1)
        if form[1] in ("gen", "loc") and self._numbered_noun(name.lower()):
            return True  # "часть III книги": "часть третья"; Ukrainian "повісті" ends like a locative
        if not name[0].isupper() or before.start(1) == 0:
            return False
        name_form = self._name_form(name)
        if name_form is None:
            return False
        if match["noun"][0].isupper():
            return True  # "При Иване III Москва": a name after the numeral is not what it numbers
        if any(name.startswith(stem) and len(name) - len(stem) <= 2 for stem in self.grammar.a_names):
            return True  # a ruler's name listed: "За Катерини II імперія" (Ukrainian "імперія" ends like a genitive)
        return form[1] not in ("gen", name_form[1])

    def _numbered_noun(self, word: str) -> bool:
        """Whether ``word`` is a form of a noun numbered by a numeral after it ("часть", "главе")."""
        return any(word.startswith(stem) and len(word) - len(stem) <= 2 for stem in self.grammar.numbered_nouns)

    def _roman_after_name(self, match: re.Match[str]) -> str:
        """``Пётр I`` → "Пётр Первый", ``глава IV`` → "глава четвёртая", ``в разделе II`` → "в разделе втором"."""
        if match["name"].lower() in self.grammar.prepositions:
            return match.group()  # "на XXII": the numeral goes with what follows
        said = self._after_word(match["name"], match["numeral"], match.start(), match.string)
        return f"{match['name']} {said}" if said else match.group()

    def _after_word(self, word: str, numeral: str, start: int, text: str) -> str:
        """A Roman numeral after ``word`` (at ``start`` in ``text``): a ruler's ordinal after a capitalised name
        inside a sentence, where the name's ending shows its form; else the ordinal numbering a noun."""
        if word[0].isupper() and (start > 0 or self._name_form(word) in (("m", "dat"), ("m", "ins"))) and not self._numbered_noun(word.lower()):
            return self._regnal(word, numeral)  # "Петру I поставили памятник": a noun rarely starts so
        lower = word.lower()
        preposition = _WORD_BEFORE_NUMERAL.search(text, max(0, start - 20), start)
        case = self.grammar.prepositions.get(preposition.group(1).lower(), "") if preposition else ""
        if case:
            gender, case = self._ending_form(lower) or ("m", "nom")
            if gender == "m" and lower.startswith(self.grammar.feminine_stems):
                gender = "f"
            return self.ordinal(roman_number(numeral), gender, case)
        if lower.endswith(("у", "ю")) and lower.startswith(self.grammar.feminine_stems):
            return self.ordinal(roman_number(numeral), "f", "acc")  # "прочтите главу II": "вторую"
        if lower.endswith(("а", "я")) or lower.startswith(self.grammar.feminine_stems) and lower.endswith("ь"):
            gender = "f"
        elif lower.endswith(("о", "е", "є")):
            gender = "n"
        elif lower[-1] in _VOWELS:
            return ""
        else:
            gender = "m"
        return self.ordinal(roman_number(numeral), gender, "nom")

    def _regnal(self, name: str, numeral: str) -> str:
        """A ruler's ordinal in the gender and case of the name ("при Николае II" → "Втором"); "" where the
        name's ending shows no case a name has."""
        form = self._name_form(name)
        if form is None:
            return ""
        ordinal = self.ordinal(roman_number(numeral), *form)
        return ordinal[0].upper() + ordinal[1:]

    def _name_form(self, name: str) -> tuple[str, str] | None:
        """(gender, case) of a ruler's name by its ending: "Екатерины" f gen, "Петра" m gen, "Пётр" m nom."""
        endings, a_names = self.grammar.name_endings, self.grammar.a_names
        for ending, case in endings["a"]:
            gender = a_names.get(name[: -len(ending)]) if name.endswith(ending) else None
            if gender:
                return gender, "gen" if (gender, case) == ("m", "acc") else case  # "Миколу II": "Другого"
        for ending, case in endings["m"]:
            if name.endswith(ending):
                return "m", case
        return None if name[-1] in _VOWELS else ("m", "nom")

    def noun_form(self, word: str, match: re.Match[str]) -> tuple[str, str]:
        """The gender and case of a singular noun (or adjective) by its ending; a feminine stem, and
        the preposition before ``match``, decide where the ending does not ("-у": dative or accusative)."""
        gender, case = self._ending_form(word) or ("m", "nom")
        feminine = self.grammar.feminine_locatives
        stem = next((stem for stem in self.grammar.feminine_stems if word.startswith(stem)), "")
        if gender == "n" and case == "loc" and stem and len(word) - len(stem) <= 3:  # not "тысячелетии"
            gender = "f"  # Ukrainian "статті" ends like "житті"
        if gender == "m" and (word.startswith(self.grammar.feminine_stems) or feminine and re.search(f"(?:{feminine})$", word)):
            gender, case = "f", "nom" if word.endswith(("а", "я")) else case  # "II лига": the feminine nominative
        before = self.case_before(match, "")
        if before == "acc" and word.endswith(("у", "ю")):
            return "f", "acc"  # "на III линию"
        if case == "gen" and before in ("dat", "loc") and gender == "f":
            return "f", before
        return gender, case

    def _ending_form(self, word: str) -> tuple[str, str] | None:
        """(gender, case) by the word's ending; None for a bare stem (a masculine nominative, or not a noun)."""
        if word.endswith(("ся", "сь")):
            return None  # a verb: "отрёкся"
        for ending, gender, case in self.grammar.singular_endings:
            if word.endswith(ending):
                return gender, case
        return None


def roman_number(numeral: str) -> int:
    return roman_value(numeral.translate(_LATIN_NUMERALS))


_STREET_BEFORE = re.compile(
    r"(?<![\w-])(?:ул|пр|просп|пр-т|пер|ш|наб|пл|б-р|бул|вул|пров|улиц[а-я]*|проспект[а-я]*|переул[а-я]*|шоссе|бульвар[а-я]*|вулиц[а-яі]*)"
    r"\.?\s+[^\s,]+(?:\s[^\s,]+){0,2},\s*$",
    re.IGNORECASE,
)
"""A street's name and a comma before a number: "15/2" after it is a house's number ("дом пятнадцать дробь два")."""
_PLURAL_AFTER = re.compile(r"\s+(?:[^\W\d_]+(?:ые|ие)\s+)*[^\W\d_]+(?:ы|и|а)(?![\w-])")
"""The plural noun (and the adjectives before it) after a plural adjective: "Олимпийские игры"."""


def roman_patterns(lower: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A Roman numeral before a noun ("XXII Олимпиада"; ``lower``: the language's small letters), and after a name or a noun;
    a letter before a number is a model's name ("двигатель V8", split into "V 8" before these run), not a numeral."""
    before_noun = re.compile(rf"(?<![\w.-])(?P<numeral>{ROMAN})(?![\w-])[\s\u00a0](?P<noun>[А-ЯЁІЇЄҐ]?[{lower}]{{2,}})(?![\w-])")
    after_name = re.compile(rf"(?<![\w-])(?P<name>[А-ЯЁІЇЄҐ]?[{lower}]{{2,}})\s(?P<numeral>{ROMAN})(?![\w-]|\s\d)")
    return before_noun, after_name
