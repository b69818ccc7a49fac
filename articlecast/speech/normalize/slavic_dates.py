"""East Slavic dates, years, centuries and times: the steps of :class:`.slavic.EastSlavic` that read them."""

from __future__ import annotations

import re

from .base import alternatives, final_period, roman_value
from .slavic_grammar import CASES, plural_form
from .slavic_numbers import CONJUNCTIONS, SlavicNumbers

_LATIN_NUMERALS = str.maketrans("ХІ", "XI")
"""Cyrillic letters typed for Roman numerals ("ХХІ століття")."""


class SlavicDates(SlavicNumbers):
    """Dates, years, centuries and times in the case their context asks for."""

    def _day_case(self, match: re.Match[str]) -> str:
        """A date placing an event in time is in the genitive; one standing alone or named is nominative;
        a day written with its ending (``1-го``, ``1-е``) is in the case that ending shows."""
        case = self._context_day_case(match)
        ending = match.groupdict().get("ending")
        if ending and not self.ordinal(int(match["day"]), "n", case).endswith(ending):
            return next((other for other in CASES if self.ordinal(int(match["day"]), "n", other).endswith(ending)), case)
        return case

    def _context_day_case(self, match: re.Match[str]) -> str:
        before = match.string[: match.start()].strip()
        after = match.string[match.end() :].strip(" .!?\"»”")
        if (not before and not after) or before.endswith((":", "—", ",")) and not after:
            return "nom"
        if self._word_before(match) in self.grammar.nominative_before or before.endswith(":"):
            return "nom"
        case = self.case_before(match, "gen")
        if case == "loc" and self._word_before(match) in ("в", "во", "у"):
            return "gen"  # "в 5-6 июня": when, as without a preposition; but "о пятом мая"
        return "nom" if case == "acc" else case

    def _date(self, match: re.Match[str], day: int, month: int, year: str | None, word: str | None, case: str = "") -> str:
        g = self.grammar
        case = case or self._day_case(match)
        said = f"{self.ordinal(day, 'n', case)} {g.months[month - 1]}"
        if year:
            said += f" {self.ordinal(int(year), 'm', 'gen')} {g.year_forms[('sg', 'gen')]}"
            if word and word in g.year_abbreviations:
                said += abbreviation_period(match)
        return said

    def _numeric_date(self, match: re.Match[str]) -> str:
        day, month, year = match.group("day", "month", "year") if match["day"] else match.group("iso_day", "iso_month", "iso_year")
        if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31):
            return match.group()
        return self._date(match, int(day), int(month), year, match["word"])

    def _short_date(self, match: re.Match[str]) -> str:
        """``12.04`` and ``01.01.86``: a day and a month (a two-digit year said short)."""
        day, month = int(match["day"]), int(match["month"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group()
        g = self.grammar
        case = self._day_case(match)
        said = f"{self.ordinal(day, 'n', case)} {g.months[month - 1]}"
        return f"{said} {self.ordinal(int(match['year']), 'm', 'gen')}" if match["year"] else said

    def _hyphen_date(self, match: re.Match[str]) -> str:
        """``03-фев-2002``."""
        g = self.grammar
        month = g.month_abbreviations.get(match["month"].rstrip("."))
        month = month or g.months.index(match["month"]) + 1
        day = int(match["day"])
        if not 1 <= day <= 31:
            return match.group()
        return self._date(match, day, month, match["year"], None)

    def _day_month(self, match: re.Match[str]) -> str:
        g = self.grammar
        month_text = match["month"].rstrip(".").lower()
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
        if match["conjunction"]:  # "1 и 2 мая": both days in the case of the date
            case = self._day_case(match)
            said = f"{self.ordinal(int(match['first']), 'n', case)} {match['conjunction']} "
            return said + self._date(match, day, month, match["year"], match["word"], case)
        if match["first"] and not match["through"] and self.case_before(match, ""):  # "к 1-2 мая": both in its case
            case = self._day_case(match)
            said = f"{self.ordinal(int(match['first']), 'n', case)} – "
            return said + self._date(match, day, month, match["year"], match["word"], case)
        if match["first"]:
            start = self.ordinal(int(match["first"]), "n", "gen")
            through = match["through"] or g.range_words[1]
            last = self.ordinal(day, "n", "gen" if g.prepositions.get(through) == "gen" else "acc")  # "по 5", "на 24"
            said = f"{'' if match['through'] else g.range_words[0]} {start} {through} {last} {g.months[month - 1]}"
            if match["year"]:
                said += f" {self.ordinal(int(match['year']), 'm', 'gen')} {g.year_forms[('sg', 'gen')]}"
            return said + (abbreviation_period(match) if match["word"] in g.year_abbreviations else "")
        return self._date(match, day, month, match["year"], match["word"])

    def _hour_of_day(self, match: re.Match[str]) -> str:
        """``о 6 ранку`` → "о шостій ранку": after a preposition, the hour as a feminine ordinal in its case."""
        case = self.case_before(match, "")
        return f"{self.ordinal(int(match['hour']), 'f', case)} " if case else match.group()

    def _year(self, match: re.Match[str]) -> str:
        """A year or a range of years, in the case of the noun after it or of the preposition before it."""
        g = self.grammar
        first, word = int(match["year"]), match["word"]
        second = _second_year(first, match["second"])
        if match["second"] and second is None:
            return match.group()
        number = "pl" if second or word == g.year_abbreviations[1] else "sg"
        described = self.year_after_adjective.match(match.string, match.end()) if word is None else None
        if described:
            word = described["word"]  # "в 2019/2020 учебном году": the year noun after its adjective, said where written
        if word is None and second is None and self.month_before and self.month_before.search(match.string, max(0, match.start() - 16), match.start()):
            return self.ordinal(first, "m", "gen")  # "в марте 2022": the month's year
        if word is None:
            preposition = g.year_prepositions.get(self._word_before(match))
            continued = second is None and self.year_range_end.match(match.string, match.end())
            if not 1000 <= first <= 2099 or (second is None and not (preposition and _ends_phrase(match) or continued)):
                return match.group()
            end_word = g.year_words.get(continued["word"]) if continued else None
            case = preposition or (end_word[1] if end_word else self.case_before(match, "gen"))  # "между 1990 и 2000 годами"
            said_word = "" if continued else g.year_forms.get((number, case), g.year_forms[(number, "gen")])
        elif word in g.year_abbreviations:
            opens = not match.string[: match.start()].strip(" «\"“(")  # "2024 г." heading its line: "две тысячи двадцать четвертый год"
            case = self.case_before(match, "nom" if opens else "gen")
            case = case if (number, case) in g.year_forms else "gen"
            said_word = g.year_forms[(number, case)] + abbreviation_period(match)
        else:
            number, case = g.year_words[word]
            if described and number == "pl" and second is None:
                return match.group()
            listed = re.search(r"\d{4},\s$", match.string[max(0, match.start() - 6) : match.start()])
            if number == "pl" and second is None and not listed and self._word_before(match) not in (g.range_words[1], *CONJUNCTIONS):
                return match.group()  # "1500 років": a count of years; but "з 2015 по 2020 роки", "у 2020 і 2021 роках"
            if case == "loc" and self.case_before(match) == "dat":
                case = "dat"  # "к 2030 году"
            said_word = "" if described else word
        said = self.ordinal(first, "m", case)
        if second is not None:
            said += f" – {self.ordinal(second, 'm', case)}"  # each year of a range is singular in form
        return f"{said} {said_word}".strip()

    def _century(self, match: re.Match[str]) -> str:
        """``XXI століття`` → "двадцять перше століття", ``XV–XVI вв.`` → "пятнадцатый – шестнадцатый века";
        the case from the noun or the preposition. Digits only in a range whose noun cannot be a count ("19–20 веках")."""
        g = self.grammar
        word = match["word"]
        plural = word == g.century_plural_abbreviation[0] or (match["first"] and word == g.century_abbreviation[0])
        abbreviation, forms = (word, g.century_plural_abbreviation[1]) if plural else g.century_abbreviation
        if match["numeral"].isdigit() and self._counts_centuries(int(match["numeral"]), word):
            return match.group()  # "2–3 века", "5–6 веков": a count of centuries
        case = g.century_words.get(word, "nom")
        after_year = re.search(rf"(?<!\w)(?:{alternatives(g.year_abbreviations)})\s$", match.string[max(0, match.start() - 5) : match.start()])
        if case == "nom" and after_year:
            case = "gen"  # "в 90-х гг. XX в.": the years of that century
        if case == "nom":
            case = self.case_before(match, "gen" if word == abbreviation and self._word_before(match) else "nom")
            case = "nom" if case == "acc" or case not in forms else case
        said_word = forms[case] + abbreviation_period(match) if word == abbreviation else word
        said = self.ordinal(_numeral_value(match["numeral"]), g.century_gender, case)
        if match["first"]:
            said = f"{self.ordinal(_numeral_value(match['first']), g.century_gender, case)} – {said}"
        return f"{said} {said_word}"

    def _counts_centuries(self, last: int, word: str) -> bool:
        """Whether a range of numbers before a century noun counts centuries: the noun in the form a count asks for."""
        singular, plural = self.grammar.century_abbreviation[1], self.grammar.century_plural_abbreviation[1]
        count_form = {"one": singular["nom"], "few": singular["gen"], "many": plural["gen"]}[plural_form(last)]
        return last > 21 or word == count_form

    def _time(self, match: re.Match[str]) -> str:
        """``14:30``, in the case of the preposition before it; a range ``9:00–18:00`` as "с ... до ..."."""
        g = self.grammar
        hour, minute = int(match["hour"]), int(match["minute"])
        if hour > 24 or minute > 59:
            return match.group()
        if match.groupdict().get("end_hour"):
            end_hour, end_minute = int(match["end_hour"]), int(match["end_minute"])
            if end_hour > 24 or end_minute > 59:
                return match.group()
            start = self._said_time(hour, minute, match["minute"], "gen")
            end = self._said_time(end_hour, end_minute, match["end_minute"], "gen")
            opening = "" if self.case_before(match, "") else f"{g.range_words[0]} "
            return f"{opening}{start} до {end}"
        second = match.groupdict().get("second")
        if second and not (g.second and g.minute and g.hour):
            return match.group()
        case = self.case_before(match)
        said = self._said_time(hour, minute, match["minute"], case)
        if second and g.second:  # "12:05:30", "за 2:08:15": hours, minutes and seconds, each with its noun
            case = case if case in ("gen", "dat") else "nom"
            if not minute and g.minute:
                said += f" {g.zero} {g.minute.after(0, case)}"
            said += f" {self.cardinal(int(second), 'f', case)} {g.second.after(int(second), case)}"
        return said

    def _said_time(self, hour: int, minute: int, written_minute: str, case: str) -> str:
        g = self.grammar
        minutes = ""
        if minute:
            minutes = " " + (f"{g.zero} " if written_minute.startswith("0") else "") + self.cardinal(minute, "f", "gen" if case == "gen" else "nom")
        if g.hour is None:  # the ordinal hour: "о чотирнадцятій тридцять"
            said = self.ordinal(hour, "f", case) if hour else g.zero
            return said + (minutes or ("" if hour else f" {g.zero}"))
        case = case if case in ("gen", "dat") else "nom"
        said = f"{self.cardinal(hour, 'm', case)} {g.hour.after(hour, case) if hour else g.hour.many}"  # "к нулю часов"
        if minute and g.minute:
            return f"{said} {self.cardinal(minute, 'f', case)} {g.minute.after(minute, case)}"
        return said


def _numeral_value(numeral: str) -> int:
    return int(numeral) if numeral.isdigit() else roman_value(numeral.translate(_LATIN_NUMERALS))


def _second_year(first: int, written: str | None) -> int | None:
    """The second year of a range (``2022-23`` → 2023), None when there is none or it goes backwards."""
    if not written:
        return None
    second = int(written) if len(written) == 4 else first // 100 * 100 + int(written)
    return second if first < second <= first + 100 else None


def _ends_phrase(match: re.Match[str]) -> bool:
    """Whether nothing follows but punctuation or a capitalised word: a year, not a count ("у 2022 5 людей")."""
    rest = match.string[match.end() :].lstrip()
    return not rest or not rest[0].isalnum() or rest[0].isupper()


def abbreviation_period(match: re.Match[str]) -> str:
    """A period when the abbreviation's own period also ended the sentence."""
    return final_period(match) if match.group().endswith(".") else ""
