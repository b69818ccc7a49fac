"""English dates, times and decades: the patterns and the steps of :class:`.en.English` that read them.

Slash dates follow the document's locale: month first in American English
(and in plain ``en``), day first in British English and the other
Commonwealth locales; a reading that cannot be a date (month 13) takes the
other order. Dotted dates are day first everywhere.
"""

from __future__ import annotations

import re

from .base import final_period
from .en_numbers import EnglishNumbers
from .en_words import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_MONTH = "|".join([*MONTHS, *sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)])
_MERIDIEM = r"(?:[aApP]\.[mM]\.?|[aApP][mM])(?!\w)"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"
_YEAR_AFTER = r"(?:,\s?|\s)(?P<year>\d{4})"

ISO_DATE = re.compile(r"(?<![\w/-])(?P<year>\d{4})(?P<mark>[-/])(?P<month>\d{1,2})(?P=mark)(?P<day>\d{1,2})(?![\w/-])")
YEAR_MONTH = re.compile(r"(?<![\w/.,-])(?P<year>(?:1[5-9]|20)\d\d)-(?P<month>0[1-9]|1[0-2])(?![\w/-]|[.,]\d)")
"""A year and a month in ISO style, "2019-12" → "December twenty nineteen"; a month below the year's last two digits,
since a span of seasons goes up ("2011-12" is two seasons)."""
SLASH_DATE = re.compile(
    r"(?<![\w/.,-])(?P<first>\d{1,2})(?:/(?P<second>\d{1,2})/(?P<year>\d{4}|\d{2})|-(?P<dashed_second>\d{1,2})-(?P<dashed_year>\d{4}))"
    r"(?![\w/-]|[.,]\d)"
)
"""A numeric date with slashes ("03/21/2019", "21/3/24") or with dashes and a full year ("21-03-2019")."""
SHORT_SLASH_DATE = re.compile(
    r"(?P<cue>\b(?:on|On|until|till|since|before|after)\s)(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\w/]|[.,]\d|\s(?:of|an?|the)\b)"
)
"""A numeric date without its year after a word of time ("on 11/5", "until 3/21"); "by 2/3" stays a fraction."""
MONTH_SLASH_DAY = re.compile(r"(?<![\w/.,$-])(?P<first>\d{1,2})/(?P<second>\d{1,2})(?![\w/%]|[.,]\d|\s(?:of|an?|the)\b)")
"""A month and a day with a slash and no year ("3/15", in British order "15/3"): a date when only one order can be
one, the day past 12 ("24/7" and fractions with a day's denominator, "3/16", "1/20", stay what they are), and it
stands alone or after a word that leads to a date ("due 4/18"), not a score ("made 8/14", "took 5/23")."""
_FRACTION_DAYS = frozenset({16, 20})
_DATE_CUE = re.compile(
    r"(?:^|\b(?i:on|by|until|till|through|from|since|before|after|due|dated|is|was|starting|ending|effective"
    r"|expires?|closes?|opens?|begins?|ends?|deadline)\s)$"
)
DOTTED_DATE = re.compile(r"(?<![\w.,])(?P<first>\d{1,2})\.(?P<second>\d{1,2})\.(?P<year>\d{4})(?![\w]|[.,]\d)")
_RESULTS = r"(?:results|earnings|profits?|sales|revenues?|losses|loss|figures|growth)"
QUARTER = re.compile(
    r"(?<![\w-])(?:(?:Q(?P<quarter>[1-4])|(?P<quarter_first>[1-4])Q)(?:\s(?P<year>\d{4}))?|H(?P<half>[12])(?:\s(?P<half_year>\d{4})|(?=\s" + _RESULTS + r"\b)))(?![\w-])"
)
"""A quarter ("Q2", "2Q", "Q2 2022") or, with its year or before its results, a half ("H1 2023", "H1 profits")."""
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|during|for|by|from|since|until|through|over|after|before|of|to|into)\s$", re.I)
FISCAL_YEAR = re.compile(r"(?<![\w-])FY\s?(?=\d{2}(?:\d{2})?(?:/\d{2})?(?!\w))")
"""A fiscal year: "FY2023", "FY 2024/25"."""
MONTH_DAY = re.compile(
    rf"(?<![\w.])(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}"
    rf"(?:(?P<link>\s?[-–]\s?|\s(?:to|and|through|until)\s)(?P<day2>\d{{1,2}}){_ORDINAL_SUFFIX}(?!\s?(?:%|percent|per\b)))?"
    rf"(?:{_YEAR_AFTER})?(?![\w.,]\d|\w)"
)
"""A month and day: "May 5th", "May 12–14, 2019", "March 1 to 3" (the second day an ordinal too)."""
_DAY = rf"\d{{1,2}}{_ORDINAL_SUFFIX}"
ERA_OR_QUARTER_SPAN = re.compile(r"(?:(?<=\bBC)|(?<=\bBCE)|(?<=\bQ[1-4]))\s?[-–]\s?(?=(?:AD\s)?\d|Q[1-4]\b)")
"""A dash closing an era's year or a quarter and opening the next: "1200 BC–1000 BC", "500 BC-AD 50", "Q1-Q3" → " to "."""
DATE_SPAN_DASH = re.compile(
    rf"(?P<date>(?<![\w.])(?:(?:{_MONTH})\.?\s{_DAY}|{_DAY}\s(?:{_MONTH})\.?)(?:,?\s\d{{4}})?)\s?[-–—]\s?"
    rf"(?=(?:{_MONTH})\.?\s\d|{_DAY}\s(?:of\s)?(?:{_MONTH})(?!\w))"
)
"""A dash from one month's day to another's ("28 February–2 March", "Feb. 28–March 2"): said "to"."""
SHORT_WEEKDAY = re.compile(
    rf"(?<![\w.])(?P<day>{'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\.?(?=,?\s(?:(?:{_MONTH})\.?\s\d|\d{{1,2}}(?:st|nd|rd|th)?\s(?:{_MONTH})(?!\w)"
    r"|\d{1,2}(?:[:.][0-5]\d)?\s?[aApP]\.?[mM](?!\w)))"
)
"""A day written short before a date or a clock time, "Mon, Jan 1", "Sat., 5 May", "Fri 7pm": the day in full (alone
"Sat." may be a verb)."""
MONTH_YEAR = re.compile(rf"(?<![\w.])(?P<month>{_MONTH})\.?,?\s(?P<year>\d{{4}})(?!\w)")
DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?:(?P<first_day>\d{{1,2}}){_ORDINAL_SUFFIX}\s?(?P<link>[-–]|to\s|and\s|until\s)\s?)?"
    rf"(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}\s(?:of\s)?(?P<month>{_MONTH})\.?(?:{_YEAR_AFTER})?(?![\w])"
)
"""A day and month ("4 July 1976") or a span of days ("12–14 May", "1 to 3 March")."""
_MERIDIEM_AFTER = re.compile(rf"\s?{_MERIDIEM}")
DURATION = re.compile(r"(?<![\w:.])(?P<hours>\d{1,2}):(?P<minutes>[0-5]\d):(?P<seconds>[0-5]\d)(?![\w:]|[.,]\d)")
HOURS_AND_MINUTES = re.compile(
    r"(?<![\w.,])(?P<hours>\d{1,3})\s?h(?:rs?)?\s?(?P<minutes>[0-5]?\d)\s?m(?:ins?)?(?:\s?(?P<seconds>[0-5]?\d)\s?s(?:ecs?)?)?(?!\w)"
)
"""A length in hours and minutes, "2h 15m", "1hr 5min", and seconds, "2h 1m 9s" (the "m" is minutes here, not metres)."""
LAP_TIME = re.compile(r"(?<![\w:.])(?P<minutes>\d{1,2}):(?P<seconds>[0-5]\d\.\d{1,3})(?![\w:]|[.,]\d)")
"""Minutes and seconds to a fraction, a race result: "1:45.3" → "one minute forty-five point three seconds"."""
_CLOCK = r"\d{1,2}(?:[:.][0-5]\d)?"
TIME_RANGE = re.compile(
    rf"(?<![\w:.])(?P<first>{_CLOCK}\s?(?:[aApP]\.?[mM]\.?)?)\s?[-–]\s?(?={_CLOCK}\s?[aApP]\.?[mM](?!\w))"
    r"|(?<![\w:.])(?P<clock>\d{1,2}:\d{2})\s?[-–]\s?(?=\d{1,2}:\d{2}(?!\d))"
)
"""A dash between two times ("9am-5 pm", "10:00-11:30"): said "to"."""
TIME = re.compile(
    r"(?<![\w:.])(?<!\d,)(?P<hour>\d{1,2})"
    rf"(?:(?::(?P<minute>[0-5]\d))?(?:\s?(?P<meridiem>{_MERIDIEM})|(?![\w:]|[.,]\d))"
    rf"|\.(?P<dotted>[0-5]\d)\s?(?P<dotted_meridiem>{_MERIDIEM}))"
)
"""A clock time: "02:00", "2:30 PM", "11am", and with a dot only before a.m. or p.m. ("4.15 p.m.")."""
_DOTTED_HOUR = r"(?:1[3-9]|2[0-3])\.[0-5]\d"
DOTTED_CLOCK = re.compile(
    r"(?P<cue>\b(?:at|At|by|By|from|From|until|till|before|after|between)\s)"
    rf"(?P<clock>{_DOTTED_HOUR})(?:(?P<link>\s?[-–]\s?|\sto\s|\sand\s)(?P<until>{_DOTTED_HOUR}))?"
    r"(?![\w%]|[.,]\d|\s?(?:per|%|[a-z]+s\b))"
    r"|(?<![\w.,])(?P<zoned>(?:[01]?\d|2[0-3])\.[0-5]\d)(?=\s?(?:GMT|BST|CET|CEST|UTC|hrs)\b)"
    r"|(?<=[Tt]he\s)(?P<departure>(?:[01]?\d|2[0-3])\.[0-5]\d)"
    r"(?=\s(?:train|bus|coach|ferry|flight|service|departure|sailing|express|(?:from|to)\s[A-Z]))"
)
"""A 24-hour time written with a dot, as British papers do: "at 18.30", "09.15 GMT", "the 10.15 train", "the 7.40 from Leeds"."""
MILITARY_TIME = re.compile(
    r"(?<![\w:.,])(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?:(?=\s?(?:hrs|hours|GMT|UTC|Z)\b)|(?<=\b[Aa]t 0\d\d\d)(?![\w-]|[.,:]\d))"
)
"""Four digits of a 24-hour clock before "hrs", "GMT" or "UTC", or after "at" with a leading zero: "1400 hrs", "0915 GMT",
"at 0700"."""
DECIMAL_SECONDS = re.compile(r"(?<![\w.,])(?P<number>\d+\.\d+(?=s)|\d+(?:\.\d+)?(?=\ss))\s?s(?!\w)")
"""Seconds glued to a decimal ("9.58s": no decade or plural is written so) or after a space ("9.58 s")."""
RATIO = re.compile(r"(?<=\d):(?=\d)")
"""A colon between numbers that is not a time: a score or ratio (2:1)."""
LOWERCASE_MONTH = re.compile(
    rf"(?<![\w.])(?:(?:{'|'.join(name.lower() for name in MONTH_ABBREVIATIONS)})\.(?=\s\d{{1,2}}(?!\d))"
    rf"|(?:{'|'.join(name.lower() for name in [*MONTHS, *MONTH_ABBREVIATIONS])})(?=\s\d{{1,2}}(?:st|nd|rd|th)?,?\s\d{{4}}(?!\d))"
    rf"|(?<=\d\s)(?:{'|'.join(name.lower() for name in [*MONTHS, *MONTH_ABBREVIATIONS])})(?=\.?,?\s\d{{4}}(?!\d)))"
)
"""A month in lower case before a day, as some style guides write it: "jan. 5" → "Jan. 5"; without a period (also
written whole) only before a day and a year ("jul 14, 2011", "july 14, 2011") or between them ("14 july 2011")."""
PREFIXED_YEAR = re.compile(r"(?<![\w-])(?P<prefix>[Mm]id|[Ee]arly|[Ll]ate|[Pp]re|[Pp]ost|[Ee]nd)-(?P<year>1\d{3}|20\d{2})(?![\w]|[.,]\d)")
"""A year joined to a word that places a time in it: "mid-2020" → "mid-twenty twenty", "post-1945"."""
DECADE = re.compile(
    r"(?<![\w.,])(?:(?P<full>\d{3}0)|['’]?(?P<short>[1-9]0|(?<=['’])00))'?s"
    r"(?:\s?[-–]\s?(?:(?P<full2>\d{3}0)|'?(?P<short2>[1-9]0))'?s)?(?!\w)"
)
SHORT_YEAR = re.compile(r"(?<![\w'’])['’](?P<year>\d{2})(?![\w'’]|[.,:]\d)")
"""A year cut to two digits after an apostrophe: "autumn '98" → "ninety-eight", "'08" → "oh eight"."""
DAY_FIRST_REGIONS = frozenset("gb uk ie au nz in za sg hk mt cy ng ke pk".split())
"""Locales that write the day before the month in slash dates (en-GB: 03/02/2024 is 3 February)."""
_QUARTER_ORDINALS = ("first", "second", "third", "fourth")


class DatesAndTimes(EnglishNumbers):
    """The date and time steps of :class:`.en.English`."""

    day_first = False
    """Whether slash dates put the day first (from the document's locale)."""

    def _date(self, day: int, month: int, year: int | None, day_first: bool) -> str:
        """``3 February 2024`` as the locale says it: "the third of February" or "February third"."""
        name = MONTHS[month - 1]
        if day_first:
            said = f"the {self.ordinal(day)} of {name}"
            return f"{said} {self.year(year)}" if year is not None else said
        said = f"{name} {self.ordinal(day)}"
        return f"{said}, {self.year(year)}" if year is not None else said

    def _iso_date(self, match: re.Match[str]) -> str:
        month, day = int(match["month"]), int(match["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group()
        return self._date(day, month, int(match["year"]), False)

    def _numeric_date(self, match: re.Match[str], second_written: str, year_written: str | None, day_first: bool) -> str:
        """A date in figures, in the locale's order, or the other when only that one can be a date; as written if neither."""
        first, second = int(match["first"]), int(second_written)
        year = None if year_written is None else int(year_written) if len(year_written) == 4 else _full_year(int(year_written))
        orders = [(first, second), (second, first)] if day_first else [(second, first), (first, second)]
        for day, month in orders:
            if 1 <= month <= 12 and 1 <= day <= 31:
                return self._date(day, month, year, (day, month) == (first, second))
        return match.group()

    def _slash_date(self, match: re.Match[str]) -> str:
        if match["dashed_second"]:
            return self._numeric_date(match, match["dashed_second"], match["dashed_year"], self.day_first)
        return self._numeric_date(match, match["second"], match["year"], self.day_first)

    def _hours_and_minutes(self, match: re.Match[str]) -> str:
        hours, minutes = int(match["hours"]), int(match["minutes"])
        said = f"{self.cardinal(hours)} hour{'' if hours == 1 else 's'} {self.cardinal(minutes)} minute{'' if minutes == 1 else 's'}"
        if match["seconds"]:
            seconds = int(match["seconds"])
            said += f" {self.cardinal(seconds)} second{'' if seconds == 1 else 's'}"
        return said

    def _short_slash_date(self, match: re.Match[str]) -> str:
        said = self._numeric_date(match, match["second"], None, self.day_first)
        return said if said == match.group() else match["cue"] + said

    def _month_slash_day(self, match: re.Match[str]) -> str:
        first, second = int(match["first"]), int(match["second"])
        if {first, second} == {7, 24} or not (first and second) or not _DATE_CUE.search(match.string, max(0, match.start() - 12), match.start()):
            return match.group()
        if first <= 12 < second <= 31 and second not in _FRACTION_DAYS:
            return self._date(second, first, None, False)
        if second <= 12 < first <= 31 and first not in _FRACTION_DAYS:
            return self._date(first, second, None, True)
        return match.group()

    def _dotted_date(self, match: re.Match[str]) -> str:
        return self._numeric_date(match, match["second"], match["year"], True)

    def _quarter(self, match: re.Match[str]) -> str:
        """``Q3 2024`` → "third quarter of twenty twenty-four", after a preposition "the third quarter" ("in Q3")."""
        the = "the " if _PREPOSITION_BEFORE.search(match.string, 0, match.start()) else ""
        quarter = match["quarter"] or match["quarter_first"]
        if quarter:
            said = f"{the}{_QUARTER_ORDINALS[int(quarter) - 1]} quarter"
            return f"{said} of {self.year(int(match['year']))}" if match["year"] else said
        said = f"{the}{_QUARTER_ORDINALS[int(match['half']) - 1]} half"
        return f"{said} of {self.year(int(match['half_year']))}" if match["half_year"] else said

    def _month_day(self, match: re.Match[str]) -> str:
        days = [int(day) for day in (match["day"], match["day2"]) if day]
        if not all(1 <= day <= 31 for day in days):
            return match.group()
        link = match["link"].strip() if match["day2"] else ""
        said = f"{_month(match['month'])} " + f" {'to' if link in '-–' else link} ".join(map(self.ordinal, days))
        return f"{said}, {self.year(int(match['year']))}" if match["year"] else said

    def _year_month(self, match: re.Match[str]) -> str:
        year, month = int(match["year"]), int(match["month"])
        return f"{MONTHS[month - 1]} {self.year(year)}" if month < year % 100 else match.group()

    def _month_year(self, match: re.Match[str]) -> str:
        return f"{_month(match['month'])} {self.year(int(match['year']))}"

    def _day_month(self, match: re.Match[str]) -> str:
        days = [int(day) for day in (match["first_day"], match["day"]) if day]
        if not all(1 <= day <= 31 for day in days) or days != sorted(set(days)):
            return match.group()
        the = "" if match.string[: match.start()].lower().endswith("the ") else "the "
        said = f"{the}{self.ordinal(days[0])}"
        if len(days) == 2:
            link = match["link"].strip()
            said += f" {'to' if link in '-–' else link} the {self.ordinal(days[1])}"
        said += f" of {_month(match['month'])}"
        if match["year"]:
            return f"{said} {self.year(int(match['year']))}"
        ends_sentence = final_period(match) or re.match(r"\s+[A-Z]", match.string[match.end() :])
        return said + ("." if match.group().endswith(".") and ends_sentence else "")

    def _duration(self, match: re.Match[str]) -> str:
        """``1:01:01`` → "one hour one minute and one second"; a clock with seconds and a.m. or p.m., as a clock."""
        meridiem = _MERIDIEM_AFTER.match(match.string, match.end())
        if meridiem and 1 <= int(match["hours"]) <= 12:
            minutes = int(match["minutes"])
            said = self._clock_words(int(match["hours"]), minutes) if minutes else self.cardinal(int(match["hours"]))
            seconds = int(match["seconds"])
            return said + (f" and {self.cardinal(seconds)} second{'' if seconds == 1 else 's'}" if seconds else "")
        parts = [
            f"{self.cardinal(value)} {name if value == 1 else name + 's'}"
            for value, name in zip(map(int, match.group("hours", "minutes", "seconds")), ("hour", "minute", "second"))
            if value
        ]
        if not parts:
            return "zero seconds"
        return " and ".join([" ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else parts[0]

    def _short_year(self, match: re.Match[str]) -> str:
        year = int(match["year"])
        return self.cardinal(year) if year >= 10 else f"oh {self.cardinal(year)}"

    def _lap_time(self, match: re.Match[str]) -> str:
        minutes = int(match["minutes"])
        whole, _, fraction = match["seconds"].partition(".")
        seconds = self.number(f"{int(whole)}.{fraction}")
        return f"{self.cardinal(minutes)} {'minute' if minutes == 1 else 'minutes'} {seconds} seconds"

    def _time_range(self, match: re.Match[str]) -> str:
        return f"{match['first'] or match['clock']} to "

    def _time(self, match: re.Match[str]) -> str:
        hour = int(match["hour"])
        minute = match["minute"] or match["dotted"]
        meridiem = match["meridiem"] or match["dotted_meridiem"]
        if minute is None and meridiem is None:
            return match.group()
        if hour > (12 if meridiem else 24) or (hour == 24 and minute != "00"):
            return match.group()
        said = self.cardinal(hour)
        if minute and int(minute):
            said += f" oh {self.cardinal(int(minute))}" if minute.startswith("0") else f" {self.cardinal(int(minute))}"
        elif minute and not meridiem:
            said += " hundred" if hour > 12 or hour == 0 else " o'clock"
        if meridiem:
            said += " a.m." if meridiem[0] in "aA" else " p.m."
        return said

    def _dotted_clock(self, match: re.Match[str]) -> str:
        if match["zoned"] or match["departure"]:
            return self._clock_words(*map(int, (match["zoned"] or match["departure"]).split(".")))
        said = match["cue"] + self._clock_words(*map(int, match["clock"].split(".")))
        if match["until"]:
            link = match["link"].strip()
            said += f" {'to' if link in '-–' else link} {self._clock_words(*map(int, match['until'].split('.')))}"
        return said

    def _clock_words(self, hour: int, minute: int) -> str:
        """18:05 → "eighteen oh five", 13:00 → "thirteen hundred"."""
        return self.cardinal(hour) + (f" {'oh ' if minute < 10 else ''}{self.cardinal(minute)}" if minute else " hundred")

    def _military_time(self, match: re.Match[str]) -> str:
        """ "1400" → "fourteen hundred", "0915" → "oh nine fifteen", "0005" → "zero oh five"."""
        hour = int(match["hour"])
        return ("oh " if match["hour"][0] == "0" and hour else "") + self._clock_words(hour, int(match["minute"]))

    def _decade(self, match: re.Match[str]) -> str:
        said = self._decade_words(match["full"], match["short"])
        if match["full2"] or match["short2"]:
            said += " to " + self._decade_words(match["full2"], match["short2"])
        return said

    def _decade_words(self, full: str | None, short: str | None) -> str:
        if full:
            return plural(self.year(int(full)))
        return "two thousands" if short == "00" else plural(self.cardinal(int(short or 0)))  # "the '00s"


def plural(words: str) -> str:
    """``nineteen ninety`` → ``nineteen nineties``."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _month(name: str) -> str:
    return MONTH_ABBREVIATIONS.get(name, name)


def _full_year(short: int) -> int:
    """A two-digit year: ``98`` → 1998, ``24`` → 2024."""
    return 1900 + short if short > 40 else 2000 + short
