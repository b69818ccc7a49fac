"""English: numbers, money, dates, times, units, abbreviations, initialisms and symbols as words.

Numbers are read the American way, without "and" (2,100 → "two thousand one
hundred"), with num2words. A bare four-digit number from 1000 to 2099 is a year
(news style writes counts with a comma: 2,000 people). Outputs are tuned to
what eSpeak NG reads right (listened to with ``espeak-ng -x``): an initialism is
spelled as capital letters with spaces, "A" as "eh" (a lone "A" is read as
the article), plurals as ``M E P's``; times keep "a.m." and "p.m.".
"""

from __future__ import annotations

import re
import unicodedata

from num2words import num2words

from .base import Rules, Step, substitute
from .base import alternatives as _alternatives
from .base import final_period as _final_period
from .base import roman_value as _roman_value
from .web import PATTERN as WEB
from .web import WebWords, read_web

MONTHS = (
    "January February March April May June July August September October November December"
).split()
MONTH_ABBREVIATIONS = {
    "Jan": "January", "Feb": "February", "Mar": "March", "Apr": "April", "Jun": "June", "Jul": "July",
    "Aug": "August", "Sep": "September", "Sept": "September", "Oct": "October", "Nov": "November", "Dec": "December",
}  # fmt: skip

# ISO code → (one, many, one minor unit, many minor units); "hrivnia" is spelled so that eSpeak says it right.
CURRENCIES = {
    "USD": ("dollar", "dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "UAH": ("hrivnia", "hrivnias", "kopiyka", "kopiykas"),
    "RUB": ("ruble", "rubles", "kopeck", "kopecks"),
    "JPY": ("yen", "yen", "", ""),
    "CHF": ("Swiss franc", "Swiss francs", "centime", "centimes"),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
}
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "C$": "CAD", "A$": "AUD", "€": "EUR", "£": "GBP", "₴": "UAH", "¥": "JPY", "₽": "RUB"}
SCALES = {
    "thousand": "thousand", "million": "million", "billion": "billion", "trillion": "trillion",
    "mn": "million", "bn": "billion", "tn": "trillion", "trn": "trillion",
    "k": "thousand", "K": "thousand", "m": "million", "b": "billion",
}  # fmt: skip
CURRENCY_ONLY_SCALES = frozenset("kKmb")
"""Scale letters that mean thousand, million or billion only after a currency ("€5m"; "5m" is metres)."""

UNITS = {
    "km": ("kilometre", "kilometres"), "m": ("metre", "metres"), "cm": ("centimetre", "centimetres"),
    "mm": ("millimetre", "millimetres"), "mi": ("mile", "miles"), "ft": ("foot", "feet"), "yd": ("yard", "yards"),
    "km²": ("square kilometre", "square kilometres"), "sq km": ("square kilometre", "square kilometres"),
    "m²": ("square metre", "square metres"), "sq m": ("square metre", "square metres"), "ha": ("hectare", "hectares"),
    "kg": ("kilogram", "kilograms"), "g": ("gram", "grams"), "mg": ("milligram", "milligrams"),
    "t": ("tonne", "tonnes"), "lb": ("pound", "pounds"), "lbs": ("pound", "pounds"), "oz": ("ounce", "ounces"),
    "l": ("litre", "litres"), "L": ("litre", "litres"), "ml": ("millilitre", "millilitres"),
    "km/h": ("kilometre per hour", "kilometres per hour"), "kph": ("kilometre per hour", "kilometres per hour"),
    "mph": ("mile per hour", "miles per hour"), "m/s": ("metre per second", "metres per second"),
    "°C": ("degree Celsius", "degrees Celsius"), "℃": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"), "℉": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    "W": ("watt", "watts"), "kW": ("kilowatt", "kilowatts"), "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"), "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"), "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"), "kV": ("kilovolt", "kilovolts"),
    "Hz": ("hertz", "hertz"), "kHz": ("kilohertz", "kilohertz"), "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"), "KB": ("kilobyte", "kilobytes"), "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"), "TB": ("terabyte", "terabytes"),
    "Mbps": ("megabit per second", "megabits per second"), "Gbps": ("gigabit per second", "gigabits per second"),
    "h": ("hour", "hours"), "hr": ("hour", "hours"), "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"), "mins": ("minute", "minutes"), "sec": ("second", "seconds"),
    "%": ("percent", "percent"),
}  # fmt: skip

TITLES = {
    "Mr": "Mister", "Mrs": "Missus", "Ms": "Miz", "Dr": "Doctor", "Prof": "Professor", "St": "Saint",
    "Mt": "Mount", "Ft": "Fort", "Gen": "General", "Lt": "Lieutenant", "Col": "Colonel", "Maj": "Major",
    "Capt": "Captain", "Sgt": "Sergeant", "Cpl": "Corporal", "Pvt": "Private", "Adm": "Admiral",
    "Cmdr": "Commander", "Cdr": "Commander", "Brig": "Brigadier", "Gov": "Governor", "Sen": "Senator",
    "Rep": "Representative", "Rev": "Reverend", "Fr": "Father", "Hon": "Honourable", "Pres": "President",
    "Supt": "Superintendent", "Det": "Detective", "Insp": "Inspector",
}  # fmt: skip
BARE_TITLES = frozenset({"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt"})
"""Titles also written without a period (British style: "Dr Jones"); the others need theirs ("Gen Z")."""
STREETS = {"St": "Street", "Dr": "Drive", "Ave": "Avenue", "Rd": "Road", "Blvd": "Boulevard", "Ln": "Lane", "Sq": "Square", "Hwy": "Highway"}
ABBREVIATIONS = {
    "etc.": "et cetera", "e.g.": "for example", "i.e.": "that is", "vs.": "versus", "vs": "versus",
    "approx.": "approximately", "cf.": "compare", "et al.": "and others", "a.k.a.": "also known as",
    "aka": "also known as", "Jr.": "Junior", "Sr.": "Senior", "Inc.": "Incorporated", "Ltd.": "Limited",
    "Ltd": "Limited", "Corp.": "Corporation", "Bros.": "Brothers", "Dept.": "Department", "Univ.": "University",
    "Assn.": "Association", "Intl.": "International", "Govt.": "Government", "govt": "government",
    "gov't": "government", "Ph.D.": "P H D", "PhD": "P H D", "incl.": "including", "excl.": "excluding",
    **{f"{short}.": full for short, full in MONTH_ABBREVIATIONS.items()},
}  # fmt: skip
NUMBER_ABBREVIATIONS = {
    "No": "number", "no": "number", "Nos": "numbers", "nos": "numbers", "Nr": "number", "Vol": "volume",
    "vol": "volume", "p": "page", "pp": "pages", "Art": "article", "art": "article", "Fig": "figure",
    "fig": "figure", "Ch": "chapter", "ch": "chapter", "Op": "opus", "c": "circa", "ca": "circa",
}  # fmt: skip
SYMBOLS = {
    "&": " and ", "+": " plus ", "=": " equals ", "×": " times ", "±": " plus or minus ", "≈": " about ",
    "~": " about ", "@": " at ", "#": " number ", "№": " number ", "%": " percent ", "/": " slash ",
    "°": " degrees ", "©": " copyright ", "§": " section ", "<": " less than ", ">": " more than ",
    "≤": " at most ", "≥": " at least ",
}  # fmt: skip

INITIALISMS = frozenset(
    """AI AP AFP BBC CEO CEOs CIA CNN DNA EBRD ECHR EU FBI FSB GDP GUR HIV ICC ICJ ID IDF IAEA IMF LGBT LGBTQ
    MEP MP NAACP NGO OECD OHCHR OSCE PM PR SBU TV UAE UAH UK UN UNHCR US USA WHO""".split()
)
"""Read letter by letter, even where the rule would read a word, and in all-capitals text."""
ACRONYMS = frozenset(
    """AIDS ASEAN COVID DOS FIFA GIF HIMARS ISIS LAN NABU NAFTA NASA NATO OPEC PIN RAM ROM SIM SWIFT UEFA
    UNESCO UNICEF""".split()
)
"""Read as words, even where the rule would spell them."""

# Roman numerals: only I, V, X and L (1-89), so that DC, CD, MD, MI... stay initialisms.
ROMAN_CARDINAL_WORDS = frozenset(
    """War Bowl Title Chapter Phase Part Act Vatican Apollo Volume Article Section Book Stage Level Class
    Category Type Grade Round Schedule Annex Appendix Episode Season Protocol""".split()
)
"""After these a Roman numeral is a number (World War II → "World War two")."""
REGNAL_NAMES = frozenset(
    """Elizabeth Charles George Henry Edward William James John Richard Mary Anne Victoria Louis Philip Peter
    Catherine Nicholas Alexander Ivan Frederick Napoleon Paul Pius Leo Benedict Gregory Innocent Clement Francis
    Boniface Urban Sixtus Felipe Juan Carlos Willem Harald Olav Haakon Gustav Carl Rama Ramses Selim Mehmed
    Suleiman Otto Wilhelm Franz Constantine Justinian Darius Cyrus Ptolemy Alfonso Ferdinand Isabella Stephen
    Robert David Malcolm Harold Edmund Canute Alfred Casimir Sigismund Boleslaw Vladislav Ladislaus""".split()
) - {"Malcolm"}  # Malcolm X
"""Names after which a one-letter numeral (I, V, X, L) is a regnal number (Elizabeth I, Henry V)."""
FUNCTION_WORDS = frozenset(
    """The A An And Or But If In On At To For From Of By With As This That These Those Its His Her Their Our
    My Your We They He She It You Is Was Are Were Be Been Has Have Had Not No So Then When While After Before
    Since Than Both Each Every All Any Some Many Most Such What Which Who Whom Whose Where Why How""".split()
)

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTH = "|".join([*MONTHS, *sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)])
_MERIDIEM = r"(?P<meridiem>[aApP]\.[mM]\.?|[aApP][mM])(?!\w)"
_ORDINAL_SUFFIX = r"(?:st|nd|rd|th)?"


_CURRENCY_BEFORE = rf"(?:{_alternatives(CURRENCY_SIGNS)}|(?:{_alternatives(CURRENCIES)})\s?)"
_CURRENCY_AFTER = rf"(?:{_alternatives(CURRENCIES)}|[€₴₽])"

NUMBER_ABBREVIATION = re.compile(rf"(?<![\w.])(?:(?P<word>{_alternatives(NUMBER_ABBREVIATIONS)})\.\s?|#)(?=\d)")
ISO_DATE = re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\w-])")
MONTH_DAY = re.compile(
    rf"(?<![\w.])(?P<month>{_MONTH})\.?\s(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}"
    rf"(?:\s?[-–]\s?(?P<day2>\d{{1,2}}){_ORDINAL_SUFFIX})?(?:,?\s(?P<year>\d{{4}}))?(?![\w.,]\d|\w)"
)
MONTH_YEAR = re.compile(rf"(?<![\w.])(?P<month>{_MONTH})\.?\s(?P<year>\d{{4}})(?!\w)")
DAY_MONTH = re.compile(
    rf"(?<![\w.,])(?P<day>\d{{1,2}}){_ORDINAL_SUFFIX}\s(?:of\s)?(?P<month>{_MONTH})\.?(?:,?\s(?P<year>\d{{4}}))?(?![\w])"
)
TIME = re.compile(
    rf"(?<![\w:.,])(?P<hour>\d{{1,2}})(?::(?P<minute>\d{{2}}))?(?:\s?{_MERIDIEM})?(?![\w:]|[.,]\d)"
)
RATIO = re.compile(r"(?<=\d):(?=\d)")
"""A colon between numbers that is not a time: a score or ratio (2:1)."""
DECADE = re.compile(r"(?<![\w.,])(?:(?P<full>\d{3}0)|'?(?P<short>[1-9]0))'?s(?!\w)")
ORDINAL = re.compile(r"(?<![\w.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?:st|nd|rd|th|ST|ND|RD|TH)(?!\w)")
VULGAR_FRACTION = re.compile(r"(?:(?<![\w.,])(?P<whole>\d{1,3}(?:,\d{3})+|\d+)\s?)?(?P<fraction>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
FRACTION = re.compile(r"(?<![\w./,])(?:(?P<whole>\d+)\s)?(?P<numerator>\d+)/(?P<denominator>\d+)(?![\w/]|[.,]\d)")
DOTTED_NUMBER = re.compile(r"(?<![\w.,])\d+(?:\.\d+){2,}(?![\w]|\.\d)")
QUANTITY = re.compile(
    rf"(?<![\w.,])(?P<negative>[-−](?={_CURRENCY_BEFORE}?\d))?(?P<currency>{_CURRENCY_BEFORE})?(?P<first>{_NUMBER})"
    rf"(?:\s?(?P<first_scale>{_alternatives(SCALES)})(?=\s?[-–]\s?{_CURRENCY_BEFORE}?\d))?"
    rf"(?:\s?[-–]\s?{_CURRENCY_BEFORE}?(?P<second>{_NUMBER}))?"
    rf"(?:\s?(?P<scale>{_alternatives(SCALES)})(?!\w))?"
    rf"(?:\s?(?P<unit>{_alternatives(UNITS)}|{_CURRENCY_AFTER})(?!\w))?"
    r"(?![\w])"
)
LETTERS_AND_DIGITS = re.compile(r"(?<![\w'])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+")
DIGITS = re.compile(r"\d+")
TITLE = re.compile(rf"(?<![\w.])(?P<abbreviation>{_alternatives(TITLES)})(?P<period>\.)?(?=\s+[A-Z])")
STREET = re.compile(rf"(?P<before>(?<![\w.])[A-Z][\w'’-]*\.?\s)(?P<abbreviation>{_alternatives(STREETS)})(?P<period>\.)?(?!\w)")
ABBREVIATION = re.compile(rf"(?<![\w.])(?:{_alternatives(ABBREVIATIONS)})(?!\w)|(?<=[a-z] )v\.(?= [A-Z])")
DOTTED_INITIALISM = re.compile(r"(?<![\w.])(?P<letters>(?:[A-Z]\.){2,})(?P<possessive>['’]s)?")
INITIAL = re.compile(r"(?<![\w.])(?P<letter>[A-Z])\.(?=\s+[A-Z])")
ROMAN = re.compile(
    r"(?<![\w.'’-])(?P<name>[A-Z][a-z]+)\s(?P<numeral>(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
    r"(?P<possessive>['’]s)?(?![\w'’-])"
)
AND_OR = re.compile(r"\band/or\b")
SYMBOL = re.compile("|".join(map(re.escape, SYMBOLS)) + r"|[*^_\\`$€£₴¥₽]")
CAPITALS = re.compile(r"(?<![\w'’])(?P<word>[A-Z]{2,})(?P<suffix>s['’]?|['’]s)?(?![\w'’])")
_WORD = re.compile(r"[^\W\d_]{2,}")
_ONSET = re.compile(r"(?:SCHR|SCR|SPL|SPR|STR|THR|SHR|CHR|PHR|[BCDFGKPT][LR]|S[CKLMNPQTW]|[CPSTW]H|WR|KN|QU|TW|DW|[B-DF-HJ-NP-TV-Z])?[AEIOUY]")
_HARD_CLUSTER = re.compile(r"[B-DF-HJ-NP-TV-Z]{3}|[AEIOU]{3}")


class English(Rules):
    """The rules for ``en``."""

    script = "LATIN"

    web_words = WebWords(dot="dot", at="at", slash="slash", dash="dash", underscore="underscore", plus="plus", hashtag="hashtag")

    def steps(self) -> list[Step]:
        return [
            substitute(WEB, lambda match: read_web(match, self.web_words, self.spell)),
            substitute(NUMBER_ABBREVIATION, self._number_abbreviation),
            substitute(ISO_DATE, self._iso_date),
            substitute(MONTH_DAY, self._month_day),
            substitute(MONTH_YEAR, lambda m: f"{self._month(m['month'])} {self.year(int(m['year']))}"),
            substitute(DAY_MONTH, self._day_month),
            substitute(TIME, self._time),
            substitute(RATIO, lambda m: " to "),
            substitute(DECADE, self._decade),
            substitute(ORDINAL, lambda m: self.ordinal(int(m["number"].replace(",", "")))),
            substitute(VULGAR_FRACTION, self._vulgar_fraction),
            substitute(FRACTION, lambda m: self._fraction(m["whole"], m["numerator"], m["denominator"])),
            substitute(DOTTED_NUMBER, lambda m: " dot ".join(map(self.number, m.group().split(".")))),
            substitute(QUANTITY, self._quantity),
            substitute(LETTERS_AND_DIGITS, self._letters_and_digits),
            substitute(DIGITS, lambda m: self.number(m.group())),
            substitute(TITLE, self._title),
            substitute(STREET, self._street),
            substitute(ABBREVIATION, self._abbreviation),
            substitute(DOTTED_INITIALISM, self._dotted_initialism),
            substitute(ROMAN, self._roman),
            substitute(AND_OR, lambda m: "and or"),
            substitute(SYMBOL, lambda m: SYMBOLS.get(m.group(), " ")),
            self._capitals,
            substitute(INITIAL, lambda m: self._letter(m["letter"])),
        ]

    # Number words

    def cardinal(self, value: int) -> str:
        """``2100`` → ``two thousand one hundred``."""
        return _american(num2words(value, lang=self.language))

    def ordinal(self, value: int) -> str:
        """``23`` → ``twenty-third``."""
        return _american(num2words(value, lang=self.language, to="ordinal"))

    def year(self, value: int) -> str:
        """``2024`` → ``twenty twenty-four``; ``2009`` → ``two thousand nine``; ``1905`` → ``nineteen oh five``."""
        if value % 1000 == 0 or not 1000 <= value <= 9999:
            return self.cardinal(value)
        return _american(num2words(value, lang=self.language, to="year")).replace("oh-", "oh ")

    def number(self, digits: str) -> str:
        """``2,100.50`` → ``two thousand one hundred point five zero``; ``007`` digit by digit."""
        whole, _, decimals = digits.replace(",", "").partition(".")
        if (len(whole) > 1 and whole.startswith("0")) or len(whole) > 15:
            said = self._digits(whole)
        else:
            said = self.cardinal(int(whole))
        return f"{said} point {self._digits(decimals)}" if decimals else said

    def bare_number(self, digits: str) -> str:
        """A number with nothing after it: a year when it is 1000-2099 written without a comma."""
        if re.fullmatch(r"1\d{3}|20\d{2}", digits):
            return self.year(int(digits))
        return self.number(digits)

    def _digits(self, digits: str) -> str:
        return " ".join(_DIGIT_NAMES[int(digit)] for digit in digits)

    # Letters

    def spell(self, letters: str) -> str:
        """``ICC`` → ``I C C``; ``CIA`` → ``C I eh`` (eSpeak reads a lone A as "uh")."""
        return " ".join(map(self._letter, letters))

    def _letter(self, letter: str) -> str:
        return "eh" if letter == "A" else letter

    # Steps

    def _number_abbreviation(self, match: re.Match[str]) -> str:
        return f"{NUMBER_ABBREVIATIONS[match['word']] if match['word'] else 'number'} "

    def _iso_date(self, match: re.Match[str]) -> str:
        month, day = int(match["month"]), int(match["day"])
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group()
        return f"{MONTHS[month - 1]} {self.ordinal(day)}, {self.year(int(match['year']))}"

    def _month_day(self, match: re.Match[str]) -> str:
        days = [int(day) for day in (match["day"], match["day2"]) if day]
        if not all(1 <= day <= 31 for day in days):
            return match.group()
        said = f"{self._month(match['month'])} " + " to ".join(map(self.ordinal, days))
        return f"{said}, {self.year(int(match['year']))}" if match["year"] else said

    def _day_month(self, match: re.Match[str]) -> str:
        day = int(match["day"])
        if not 1 <= day <= 31:
            return match.group()
        the = "" if match.string[: match.start()].lower().endswith("the ") else "the "
        said = f"{the}{self.ordinal(day)} of {self._month(match['month'])}"
        return f"{said} {self.year(int(match['year']))}" if match["year"] else said

    def _month(self, name: str) -> str:
        return MONTH_ABBREVIATIONS.get(name, name)

    def _time(self, match: re.Match[str]) -> str:
        hour, minute, meridiem = int(match["hour"]), match["minute"], match["meridiem"]
        if minute is None and meridiem is None:
            return match.group()
        if hour > (12 if meridiem else 23) or (minute and int(minute) > 59):
            return match.group()
        said = self.cardinal(hour)
        if minute and int(minute):
            said += f" oh {self.cardinal(int(minute))}" if minute.startswith("0") else f" {self.cardinal(int(minute))}"
        elif minute and not meridiem:
            said += " hundred" if hour > 12 or match["hour"].startswith("0") else " o'clock"
        if meridiem:
            said += " a.m." if meridiem[0] in "aA" else " p.m."
        return said

    def _decade(self, match: re.Match[str]) -> str:
        if match["full"]:
            return _plural(self.year(int(match["full"])))
        return _plural(self.cardinal(int(match["short"])))

    def _vulgar_fraction(self, match: re.Match[str]) -> str:
        numerator, _, denominator = unicodedata.normalize("NFKC", match["fraction"]).partition("\u2044")
        return f" {self._fraction(match['whole'], numerator, denominator)} "  # "1½" may follow a letter

    def _fraction(self, whole: str | None, numerator: str, denominator: str) -> str:
        top, bottom = int(numerator), int(denominator)
        if not 0 < top < bottom <= 10:
            return " ".join(self.bare_number(part) for part in (whole, numerator, denominator) if part)
        one, many = {2: ("half", "halves"), 4: ("quarter", "quarters")}.get(bottom) or (
            self.ordinal(bottom),
            self.ordinal(bottom) + "s",
        )
        name = one if top == 1 else many
        if whole:
            return f"{self.number(whole)} and {'a' if top == 1 else self.cardinal(top)} {name}"
        return f"{self.cardinal(top)} {name}"

    def _quantity(self, match: re.Match[str]) -> str:
        first, second, first_scale, scale, unit = match.group("first", "second", "first_scale", "scale", "unit")
        currency = _currency_code(match["currency"])
        if unit and _currency_code(unit):
            currency, unit = _currency_code(unit), None
        if not currency and CURRENCY_ONLY_SCALES & {scale, first_scale}:
            if scale != "m" or first_scale or unit:
                return match.group()
            scale, unit = None, "m"
        minus = "minus " if match["negative"] else ""
        if currency and not (second or scale) and _exact_amount(first, currency):
            return minus + self._exact_money(currency, first)
        read = self.number if (currency or scale or unit) else self.bare_number
        said = read(first) + (f" {SCALES[first_scale]}" if first_scale else "")
        said += (f" to {read(second)}" if second else "") + (f" {SCALES[scale]}" if scale else "")
        if currency or unit:
            one, many = CURRENCIES[currency][:2] if currency else UNITS[unit]
            said += f" {one if first == '1' and not (second or scale) else many}"
        return minus + said

    def _exact_money(self, code: str, first: str) -> str:
        """``$2,100.50`` → ``two thousand one hundred dollars and fifty cents``."""
        one, many, one_minor, many_minor = CURRENCIES[code]
        whole, _, cents = first.replace(",", "").partition(".")
        parts = []
        if int(whole) or not int(cents or 0):
            parts.append(f"{self.number(whole)} {one if whole == '1' else many}")
        if cents and int(cents):
            parts.append(f"{self.cardinal(int(cents))} {one_minor if int(cents) == 1 else many_minor}")
        return " and ".join(parts)

    def _letters_and_digits(self, match: re.Match[str]) -> str:
        parts = re.findall(r"\d+|[^\W\d_]+", match.group())
        said: list[str] = []
        for index, part in enumerate(parts):
            between_numbers = 0 < index < len(parts) - 1 and parts[index - 1].isdecimal() and parts[index + 1].isdecimal()
            if part.isdecimal():
                said.append(self.bare_number(part))
            elif part in ("x", "X") and between_numbers:
                said.append("by")
            elif part == "s" and index and parts[index - 1].isdecimal():
                said[-1] = _plural(said[-1])
            else:
                said.append(part)
        return " ".join(said)

    def _title(self, match: re.Match[str]) -> str:
        abbreviation = match["abbreviation"]
        if not match["period"] and abbreviation not in BARE_TITLES:
            return match.group()
        return TITLES[abbreviation]

    def _street(self, match: re.Match[str]) -> str:
        return match["before"] + STREETS[match["abbreviation"]] + _final_period(match)

    def _abbreviation(self, match: re.Match[str]) -> str:
        text = match.group()
        return ABBREVIATIONS.get(text, "versus") + (_final_period(match) if text.endswith(".") else "")

    def _dotted_initialism(self, match: re.Match[str]) -> str:
        said = self.spell(match["letters"].replace(".", "")) + (match["possessive"] or "")
        return said + ("" if match["possessive"] else _final_period(match))

    def _roman(self, match: re.Match[str]) -> str:
        name, numeral = match["name"], match["numeral"]
        value = _roman_value(numeral)
        possessive = match["possessive"] or ""
        if name in ROMAN_CARDINAL_WORDS:
            return f"{name} {self.cardinal(value)}{possessive}"
        if name in FUNCTION_WORDS or (len(numeral) == 1 and name not in REGNAL_NAMES):
            return match.group()
        if numeral == "I" and not possessive and re.match(r"\s+(?!of\b|and\b)[a-z]", match.string[match.end() :]):
            return match.group()  # "George I was..." could be the pronoun
        return f"{name} the {self.ordinal(value)}{possessive}"

    def _capitals(self, text: str) -> str:
        """Initialisms spelled, acronyms read as words; in all-capitals text, ordinary words lowered."""
        words = _WORD.findall(text)
        capitals = sum(word.isupper() for word in words)
        shouting = capitals >= 4 and capitals >= 0.7 * len(words)
        return CAPITALS.sub(lambda match: self._capital_word(match["word"], match["suffix"] or "", shouting), text)

    def _capital_word(self, word: str, suffix: str, shouting: bool) -> str:
        if shouting and word not in INITIALISMS:
            return (word + suffix).lower()
        if word in ACRONYMS or (word not in INITIALISMS and _pronounceable(word)):
            return word.capitalize() + suffix
        return self.spell(word) + ("'s" if suffix else "")


_DIGIT_NAMES = "zero one two three four five six seven eight nine".split()


def _currency_code(text: str | None) -> str | None:
    """``USD`` for ``$`` or ``USD``; None for no currency."""
    text = (text or "").strip()
    return CURRENCY_SIGNS.get(text) or (text if text in CURRENCIES else None)


def _exact_amount(digits: str, code: str) -> bool:
    """Whether an amount is whole units, or units and two-digit minor units the currency has."""
    _, _, cents = digits.partition(".")
    return not cents or (len(cents) == 2 and bool(CURRENCIES[code][2]))


def _american(words: str) -> str:
    """num2words' British "one hundred and one, ..." as "one hundred one ..."."""
    return words.replace(",", "").replace(" and ", " ")


def _plural(words: str) -> str:
    """``nineteen ninety`` → ``nineteen nineties``."""
    return words[:-1] + "ies" if words.endswith("y") else words + "s"


def _pronounceable(word: str) -> bool:
    """Whether a word in capitals reads as a word (NATO, HIMARS) rather than letters (FSB, IAEA).

    Four letters or more, a vowel, an English onset before the first vowel, and no
    run of three consonants or three vowels.
    """
    return len(word) >= 4 and bool(_ONSET.match(word)) and not _HARD_CLUSTER.search(word) and bool(re.search("[AEIOU]", word))


RULES = English("en")
