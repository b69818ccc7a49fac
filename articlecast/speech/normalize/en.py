"""English: numbers, money, dates, times, units, addresses, abbreviations, initialisms and symbols as words.

The steps live by job in :mod:`.en_dates`, :mod:`.en_amounts` and
:mod:`.en_letters`, over the number words of :mod:`.en_numbers` and the tables
of :mod:`.en_words`; this module puts them in order. Outputs are tuned to what
eSpeak NG reads right (listened to with ``espeak-ng -x``); times keep "a.m." and
"p.m.". The document's locale decides slash dates (``en-GB``: day first).
"""

from __future__ import annotations

import re

from .base import CARD_NUMBER, Step, roman_value, substitute
from .en_amounts import (
    ODDS,
    LABEL_BEFORE as _LABEL_BEFORE,
    AMPERES,
    DECIMAL_COMMA,
    SMALL_CHANGE,
    HYPHENATED_CODE,
    INCHES,
    INCH_MARK,
    FEET_AND_INCHES,
    FRACTION,
    LOCAL_PHONE,
    MULTIPLIER,
    PERCENT_RANGE,
    COORDINATE,
    COUNTED_PER,
    PER_SYMBOL,
    PER_UNIT,
    PHONE,
    QUANTITY,
    RATING,
    SECTION,
    VANITY_PHONE,
    VULGAR_FRACTION,
    Amounts,
)
from .en_codes import (
    WIND_DIRECTION,
    SCRIPTURE,
    YEAR_CODE,
    LINEAGE,
    DOCKET,
    EDITION,
    FORMULA,
    IP_ADDRESS,
    MIXED_CODE,
    PHONE_EXTENSION,
    REFERENCE_NUMBER,
    POWER,
    ROAD_DIRECTION,
    STREET_COMPASS,
    ROMAN_YEAR,
    SCIENTIFIC,
    SUBSCRIPT_DIGITS,
    TEXT_CODE,
    TO_A_WORD,
    VERSION,
    Codes,
    fold_subscripts,
    guarded,
    names_a_record,
    names_a_road_direction,
)
from .en_dates import (
    DAY_FIRST_REGIONS,
    DATE_SPAN_DASH,
    ERA_OR_QUARTER_SPAN,
    DAY_MONTH,
    DECADE,
    LOWERCASE_MONTH,
    PREFIXED_YEAR,
    DECIMAL_SECONDS,
    DOTTED_CLOCK,
    DOTTED_DATE,
    DURATION,
    HOURS_AND_MINUTES,
    FISCAL_YEAR,
    ISO_DATE,
    LAP_TIME,
    MILITARY_TIME,
    MONTH_DAY,
    MONTH_SLASH_DAY,
    MONTH_YEAR,
    QUARTER,
    RATIO,
    SHORT_YEAR,
    SHORT_SLASH_DATE,
    SHORT_WEEKDAY,
    SLASH_DATE,
    TIME,
    TIME_RANGE,
    YEAR_MONTH,
    DatesAndTimes,
    plural,
)
from .en_letters import (
    ABBREVIATION,
    ADDRESS,
    AMPERSAND_INITIALS,
    AND_OR,
    BORN_OR_DIED,
    CAPITAL_SAINT,
    COMPANY_OR_COUNTY,
    DOTTED_INITIALISM,
    LOWER_LED_INITIALISM,
    HOUSE_WEST,
    INITIAL,
    LIFE_WORDS,
    LONE_ROMAN,
    NUMBER_ABBREVIATION,
    NUMBERED,
    ORDINAL_ROMAN,
    ORDINAL_STREET,
    PARTY_STATE,
    RANK_CHAIN,
    ROMAN,
    ROMAN_CENTURY,
    SISTER_OR_SENIOR,
    SPACED_SLASH,
    STATE,
    STREET,
    TEAM_SIDE,
    TITLE,
    WEEKDAY_RANGE,
    Letters,
    is_word,
)
from .en_numbers import MAX_WORDS_DIGITS
from .en_words import ACRONYMS, COMPASS as _STREET_POINTS, INITIALISMS, MONTHS, PER, SYMBOLS, UNITS, WEEKDAYS
from .symbols import GREEK_LETTER_NAMES, LONE_GREEK_LETTER
from .web import PATTERN as WEB
from .web import WebReader, WebWords

ORDINAL_SPAN = re.compile(r"(?<=\d[snrt][tdh])\s?(?P<mark>[-–/])\s?(?=\d+(?:st|nd|rd|th)\b)")
"""A dash or slash between ordinals: "5th–6th centuries" → "fifth to sixth", "5th/6th" → "fifth or sixth"."""
FORMATION = re.compile(r"(?<![\w.,-])\d(?:-\d){2,3}(?![\w-]|[.,]\d)|(?<![\w.,/-])(?!1[0-2]?-[0-3]?\d-\d\d\b|[1-9]-[0-3]?\d-\d\d\b)\d{1,3}(?:-\d{1,3}){2}(?![\w/-]|[.,]\d)")
"""Numbers in a chain of hyphens, a team's formation, a podium, a golfer's rounds or a won-lost-drawn record: "4-3-3" →
"four three three", "66-68-70", "12-4-1" (not a date: "12-4-21")."""
SPLIT = re.compile(
    r"(?<![\w.,-])(?P<first>\d{1,2})[-–/](?P<second>\d{1,2})(?![\w-]|[.,]\d)"
    r"(?=\s(?:split|splits|chance|chances|odds|proposition|call|ratio|partnership|division|mix|share|shares|basis)\b"
    r"|(?<=50.50)(?!\s(?:win|victory|defeat|loss|draw|vote|lead)\b))"
)
"""Two shares of a hundred ("a 60-40 split", "a 50-50 chance", "it's 50-50"): said as a pair, not a range."""
ORDINAL = re.compile(r"(?<![\w.,/])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<suffix>st|nd|rd|th|ST|ND|RD|TH)(?!\w)")
GLUED_TEMPERATURE = re.compile(
    r"(?<![\w.,])(?:(?P<low>\d{1,3}(?:\.\d)?)[-–])?(?P<negative>(?<![\d.])[-−])?(?P<number>\d{1,3}(?:\.\d)?)(?P<scale>[CF])(?![\w'’-])"
)
"""A temperature with its scale glued on, as British papers write it: "30C", "-5C", "86F", "25-28C"."""
LETTERS_AND_DIGITS = re.compile(r"(?<![\w'])(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+(?:(?<=\d)\.\d+(?!\w)|(?<=\d)-\d+(?![\w-]))?")
ZIP_CODE = re.compile(
    r"(?P<label>\b(?:[Zz][Ii][Pp](?:\s[Cc]ode)?(?:\sis|:)?\s(?=\d{5}\b)|(?:(?:PIN|OTP|[Pp]asscode|[Pp]assword|[Aa]ccess code)(?:\s(?:is|was|number))?|\b[Cc]ode(?:\sis|\swas|:)"
    r"|\b(?:[Ee]nding(?:\sin)?))"
    r":?\s(?=\d{4,8}\b)|\b(?:[Ee]xtension|[Ee]xt\.?):?\s(?=\d{3,8}\b)))(?P<zip>\d{3,8}(?:-\d{4})?)(?![\w-]|[.,]\d)"
)
"""A ZIP code, a PIN, a code named as one, a card's last digits or an extension, said digit by digit: "ZIP code
90210", "the code is 7391", "account ending 4321", "extension 2048", "ext. 204"."""
_EXT = re.compile(r"\b[Ee]xt\b\.?")
AIRCRAFT = re.compile(
    r"(?P<maker>\b(?:Boeing|Airbus|Embraer|Bombardier|Tupolev|Ilyushin|Antonov|Sukhoi|Cessna|Lockheed|Douglas"
    r"|Porsche|Ferrari|Peugeot|Volvo|Saab|Fiat|Mazda|Lancia|Maserati|Romeo|Ducati|Triumph)\s)"
    r"(?P<model>[1-9]\d{2})(?:-(?P<variant>\d{1,3}))?(?![\w-]|[.,]\d)"
)
"""An aircraft's or a car's model after its maker, as pilots, drivers and newsreaders say it: "Boeing 737" →
"seven thirty-seven", "787-9" → "seven eighty-seven nine", "Porsche 911" → "nine eleven"."""
SOVIET_AIRCRAFT = re.compile(r"(?<![\w-])(?P<maker>Tu|Il|An|Su|Ka|Mi|Be|Yak|MiG)-(?P<model>[1-9]\d{0,2})(?![\w-]|[.,]\d)")
"""A Soviet or Russian aircraft's design bureau and model: "Tu-154" → "T U one fifty-four", "MiG-29", "Mi-8"."""
HYPHENATED_MODEL = re.compile(r"(?<![\w.-])(?P<name>[A-Z](?:[a-z]{1,5})?)-(?P<model>[1-9]\d{2})(?P<plural>s)?(?![\w-]|[.,]\d)")
"""A name or letters joined to a three-digit number, a model's or a road's designation: "F-150" → "F one fifty",
"C-130", "I-405" → "I four oh five", "Blink-182" (a code in capitals, "AB-123", is left to the serial rules); a round hundred stays whole ("S-400" → "S four hundred")."""
HANDSET = re.compile(r"(?P<maker>\b(?:Nokia|Motorola|Ericsson)\s)(?P<model>[1-9]\d{3})(?![\w-]|[.,]\d)")
"""A handset's four-digit model, said in pairs like a year: "Nokia 3310" → "thirty-three ten"."""
BLOOD_PRESSURE = re.compile(
    r"(?<![\w./])(?P<high>\d{2,3})/(?P<low>\d{2,3})(?=\s?mm\s?Hg\b)"
    r"|(?<=\bBP\s)(?P<bp_high>\d{2,3})/(?P<bp_low>\d{2,3})(?![\w/]|[.,]\d)"
    r"|(?<=[Bb]lood pressure\s)(?:(?P<verb>of|was|is|at)\s)?(?P<said_high>\d{2,3})/(?P<said_low>\d{2,3})(?![\w/]|[.,]\d)"
)
"""A blood pressure: "120/80 mmHg" → "one hundred twenty over eighty millimeters of mercury"; after "BP" or "blood
pressure (of)" without its unit: "BP 140/90" → "one hundred forty over ninety"."""
LOWER_ZONE = re.compile(r"(?<=[\dmM.]\s)(?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet)(?![\w'’-])")
"""A time zone typed in small letters after a time ("2:30 p.m. est", "9 am pdt"): spelled as in capitals."""
OS_TEN = re.compile(r"\b(?<![-'’])OS X\b(?![-'’])")
"""Apple's "OS X" (ten), not the letter."""
JETLINER = re.compile(
    r"(?P<model>7(?<![\w.,$-]7)[1-8]7)(?:-(?P<variant>\d{1,3}))?"
    r"(?:(?P<plural>s)(?![\w'’])|(?=[\s-](?:MAX|Max|Dreamliners?|jets?|jetliners?|planes?|aircraft|airliners?|freighters?)\b"
    r"|\s(?:took off|landed|crashed|flew|was grounded|were grounded|fleets?|pilots?|cockpit)\b))"
)
"""A Boeing model named without its maker, before what it is ("the 737 MAX", "a 787 Dreamliner", "777 jets") or what
only a plane does ("the 747 took off", "the 777 landed"), or in the plural ("two 747s")."""
POINT_NUMBER = re.compile(
    r"(?<![\w.,])\.(?P<digits>\d{2,3})(?=[\s-](?:caliber|calibre|cal\b|Magnum|ACP|Special|rifle|pistol|revolver))"
    r"|(?<![\w.,])\.(?P<average>\d{3})(?=\s(?:record|average|mark|winning|hitter|ball|season|career|percentage|clip)\b)"
    r"|(?P<batted>\b(?:batted|batting|hitting|hit)\s)\.(?P<hit>\d{3})(?!\w|[.,]\d)"
)
"""Decimals without a whole part that are named as numbers: a bullet's calibre (".22 caliber" → "twenty-two") and a
batting average or a winning percentage, said as a digit and a pair ("batted .312" → "three twelve", ".305" → "three oh
five", "a .500 record" → "five hundred")."""
SPACED_THOUSANDS = re.compile(
    r"(?<![\w.,-])(?<!\d\s)(?:[1-9]\d{0,2}(?: \d{3}){2,}|[1-9]\d{0,2} 000|[1-9]\d? \d{3})(?![\w-]|[.,]\d| \d)"
)
"""Thousands set apart by spaces, as SI style writes them: "12 345 678", "200 000", "12 345" (not after a month's
name, where "May 12 345" is a day and a count, nor in a longer run of small groups; "101 202", three digits and
three, may be two numbers)."""
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\.?\s$")
SPACED_CODE = re.compile(r"(?P<before>[A-Z](?<![\w.'’-][A-Z])[A-Z]{1,2}\s)(?P<number>\d{2,3})(?P<after>\s[A-Z])(?=[.,;:)]*(?:\s|$))(?![.,;:]\w)")
"""A number set between a code's letters, a chassis or part name ("FW 11 B"), not after a country's ("UK 10 A levels"):
said digit by digit, as in "V75S"."""
THOUSANDS_PLURAL = re.compile(r"(?P<number>\d(?<![\w.,]\d)(?:\d{0,2}(?:,\d{3})+|(?<=[1-9])\d*000))['’]?s(?!\w)")
"""A number of thousands in the plural: "1,000s of fans" → "thousands", "10,000s" → "ten thousands"."""
DIGITS = re.compile(r"\d+")
LONG_DIGITS = re.compile(rf"\d{{{MAX_WORDS_DIGITS + 1},}}")
"""Runs of digits too long to be a number anyone says: digit by digit, before any rule counts them."""
SYMBOL = re.compile("|".join(map(re.escape, SYMBOLS)) + r"|[*^_\\`$€£₴¥₽]")


class English(DatesAndTimes, Amounts, Letters, Codes):
    """The rules for ``en``; :meth:`for_locale` gives the variant for a region (``en-GB``)."""

    web_words = WebWords(
        dot="dot", at="at", slash="slash", dash="dash", underscore="underscore", plus="plus", hashtag="hashtag", colon="colon",
        question="question mark", equals="equals", ampersand="and",
    )

    def __init__(self, language: str, day_first: bool = False) -> None:
        self.day_first = day_first
        super().__init__(language)

    def for_locale(self, language: str) -> English:
        region = re.split(r"[-_]", language.lower(), maxsplit=1)[1:]
        return _DAY_FIRST if region and region[0][:2] in DAY_FIRST_REGIONS else self

    def before_marks(self, text: str) -> str:
        """Telephone numbers, numbered sections, heights, inch marks, coordinates and spans of dates, days and amounts, read before their marks become pauses."""
        text = PERCENT_RANGE.sub(" to ", DATE_SPAN_DASH.sub(lambda m: f"{m['date']} to ", ERA_OR_QUARTER_SPAN.sub(" to ", text)))
        if "present" in text or "noon" in text or "midnight" in text:
            text = TO_A_WORD.sub(" to ", text)
        text = WEEKDAY_RANGE.sub(self._weekday_range, text)
        steps = (
            (PARTY_STATE, self._party_state),
            (BORN_OR_DIED, lambda m: LIFE_WORDS[m["word"] or m["later"]] + " "),
            (VANITY_PHONE, self._vanity_phone),
            (PHONE, self._phone),
            (LOCAL_PHONE, self._local_phone),
            (PHONE_EXTENSION, self._phone_extension),
            (SECTION, self._section),
            (COORDINATE, self._coordinate),
            (FEET_AND_INCHES, self._feet_and_inches),
            (INCH_MARK, self._inch_mark),
        )
        for pattern, read in steps:
            text = pattern.sub(read, text)
        return text

    def steps(self) -> list[Step]:
        return [
            guarded(str.isascii, SUBSCRIPT_DIGITS, fold_subscripts),
            substitute(WEB, WebReader(self.web_words, self.spell, self._web_digits, self._web_word, self._host_word).read),
            guarded(lambda text: text.count(".") < 3, IP_ADDRESS, self._ip_address),
            substitute(CARD_NUMBER, lambda m: ", ".join(map(self.digits, m.group().split()))),
            substitute(SPACED_THOUSANDS, self._spaced_thousands),
            guarded(lambda text: not names_a_road_direction(text), ROAD_DIRECTION, self._road_direction),
            guarded(lambda text: not names_a_road_direction(text), STREET_COMPASS, lambda m: _STREET_POINTS[m["point"]] + " "),
            guarded(lambda text: "ext " not in text, TEXT_CODE, lambda m: m["cue"] + self.digits(m["code"])),
            substitute(MIXED_CODE, self._mixed_code),
            substitute(AIRCRAFT, self._aircraft),
            substitute(SOVIET_AIRCRAFT, self._soviet_aircraft),
            substitute(HYPHENATED_MODEL, self._hyphenated_model),
            substitute(HANDSET, lambda m: m["maker"] + self.year(int(m["model"]))),
            substitute(OS_TEN, lambda m: f"{self.spell('OS')} ten"),
            substitute(JETLINER, self._jetliner),
            guarded(lambda text: " ." not in text and text[:1] != ".", POINT_NUMBER, lambda m: self.cardinal(int(m["digits"])) if m["digits"] else (m["batted"] or "") + self._designation(m["average"] or m["hit"])),
            substitute(HYPHENATED_CODE, lambda m: ", ".join(map(self.digits, m.group().split("-")))),
            substitute(FORMATION, lambda m: " ".join(self.cardinal(int(part)) for part in m.group().split("-"))),
            substitute(SPLIT, self._split),
            substitute(LONG_DIGITS, lambda m: f" {self.digits(m.group())} "),
            substitute(SPACED_CODE, self._spaced_code),
            guarded(lambda text: "-" not in text, YEAR_CODE, self._year_code),
            guarded(lambda text: "-" not in text, DOCKET, self._docket),
            guarded(lambda text: ":" not in text, SCRIPTURE, self._scripture),
            guarded(lambda text: "ind" not in text and "from" not in text, WIND_DIRECTION, self._wind_direction),
            guarded(lambda text: "." not in text, LINEAGE, self._lineage),
            guarded(lambda text: not names_a_record(text), REFERENCE_NUMBER, self._reference_number),
            substitute(ZIP_CODE, lambda m: _EXT.sub("extension", m["label"]) + ", ".join(map(self.digits, m["zip"].split("-")))),
            substitute(NUMBER_ABBREVIATION, self._number_abbreviation),
            substitute(ADDRESS, self._address),
            substitute(HOUSE_WEST, lambda m: f"{self.year(int(m['house']))} West"),
            substitute(ORDINAL_STREET, self._ordinal_street),
            substitute(STATE, self._state),
            substitute(DECIMAL_COMMA, lambda m: f"{m['whole'] or m['price']}.{m['fraction'] or m['cents']}"),
            substitute(FISCAL_YEAR, lambda m: "fiscal year "),
            substitute(SHORT_WEEKDAY, lambda m: WEEKDAYS[m["day"]]),
            substitute(LOWER_ZONE, lambda m: m.group().upper()),
            guarded(lambda text: "/" not in text, BLOOD_PRESSURE, self._blood_pressure),
            substitute(ISO_DATE, self._iso_date),
            substitute(YEAR_MONTH, self._year_month),
            substitute(SLASH_DATE, self._slash_date),
            substitute(SHORT_SLASH_DATE, self._short_slash_date),
            guarded(lambda text: "/" not in text, MONTH_SLASH_DAY, self._month_slash_day),
            substitute(DOTTED_DATE, self._dotted_date),
            substitute(QUARTER, self._quarter),
            substitute(LOWERCASE_MONTH, lambda m: m.group().capitalize()),
            substitute(MONTH_DAY, self._month_day),
            substitute(MONTH_YEAR, self._month_year),
            substitute(DAY_MONTH, self._day_month),
            substitute(DURATION, self._duration),
            substitute(HOURS_AND_MINUTES, self._hours_and_minutes),
            substitute(LAP_TIME, self._lap_time),
            substitute(TIME_RANGE, self._time_range),
            substitute(DOTTED_CLOCK, self._dotted_clock),
            substitute(MILITARY_TIME, self._military_time),
            substitute(TIME, self._time),
            substitute(DECIMAL_SECONDS, lambda m: f"{m['number']} second{'' if m['number'] == '1' else 's'}"),
            substitute(RATIO, lambda m: " to "),
            substitute(DECADE, self._decade),
            substitute(PREFIXED_YEAR, lambda m: f"{m['prefix']}-{self.year(int(m['year']))}"),
            substitute(SHORT_YEAR, self._short_year),
            substitute(THOUSANDS_PLURAL, self._thousands_plural),
            substitute(GLUED_TEMPERATURE, self._glued_temperature),
            substitute(ORDINAL_SPAN, lambda m: " or " if m["mark"] == "/" else " to "),
            substitute(ORDINAL, self._ordinal),
            substitute(VULGAR_FRACTION, self._vulgar_fraction),
            guarded(lambda text: "/" not in text, ODDS, lambda m: f"{m['cue'] or ''}{self.cardinal(int(m['against']))} to {self.cardinal(int(m['on']))}"),
            substitute(RATING, lambda m: f"{m['cue'] or ''}{self.number(m['score'] or m['whole'])} out of {self.number(m['scale'] or m['whole_scale'])}"),
            substitute(FRACTION, self._written_fraction),
            guarded(lambda text: text.count(".") < 2, VERSION, self._version),
            guarded(lambda text: "10" not in text, SCIENTIFIC, self._scientific),
            substitute(MULTIPLIER, self._multiplier),
            substitute(SMALL_CHANGE, self._small_change),
            substitute(PER_UNIT, self._per_unit),
            substitute(COUNTED_PER, lambda m: m.group() if m.group().split()[-1] in UNITS else f"{m['counted']} per {PER[m['per']]}"),
            substitute(PER_SYMBOL, lambda m: UNITS[m["unit"]][0]),
            substitute(INCHES, self._inches),
            substitute(AMPERES, self._amperes),
            substitute(QUANTITY, self._quantity),
            guarded(str.isascii, POWER, lambda m: " squared" if m["power"] == "²" else " cubed"),
            substitute(FORMULA, lambda m: m.group() if m["letters"] in ACRONYMS else f"{self.spell(m['letters'])} "),
            substitute(LETTERS_AND_DIGITS, self._letters_and_digits),
            substitute(DIGITS, lambda m: self.number(m.group())),
            substitute(CAPITAL_SAINT, lambda m: "Saint"),
            substitute(SISTER_OR_SENIOR, self._sister_or_senior),
            substitute(TITLE, self._title),
            substitute(RANK_CHAIN, self._rank_chain),
            substitute(STREET, self._street),
            substitute(EDITION, self._edition),
            substitute(ABBREVIATION, self._abbreviation),
            substitute(COMPANY_OR_COUNTY, self._company_or_county),
            substitute(DOTTED_INITIALISM, self._dotted_initialism),
            substitute(ROMAN_YEAR, self._roman_year),
            substitute(ROMAN_CENTURY, self._roman_century),
            guarded(lambda text: "X" not in text, TEAM_SIDE, lambda m: m["before"] + self.cardinal(roman_value(m["numeral"]))),
            substitute(NUMBERED, self._numbered),
            substitute(ROMAN, self._roman),
            substitute(LONE_ROMAN, lambda m: self.cardinal(roman_value(m["numeral"]))),
            substitute(ORDINAL_ROMAN, lambda m: m["the"] + self.ordinal(roman_value(m["numeral"]))),
            substitute(AMPERSAND_INITIALS, lambda m: f"{self.spell(m['first'])} and {self.spell(m['second'])}"),
            substitute(AND_OR, lambda m: "and or"),
            substitute(SPACED_SLASH, lambda m: ", "),
            substitute(LONE_GREEK_LETTER, lambda m: GREEK_LETTER_NAMES["en"][m.group()]),
            substitute(SYMBOL, lambda m: SYMBOLS.get(m.group(), " ")),
            substitute(LOWER_LED_INITIALISM, lambda m: self.spell(m["letters"].upper()) + ("'s" if m["plural"] else "")),
            self._capitals,
            substitute(INITIAL, self._initial),
        ]

    def _ordinal(self, match: re.Match[str]) -> str:
        """``23rd`` → "twenty-third"; a suffix that is no ordinal's is left, except weights in stone ("9st")."""
        value = int(match["number"].replace(",", ""))
        suffix = match["suffix"].lower()
        if suffix == ordinal_suffix(value):
            return self.ordinal(value)
        return f"{self.cardinal(value)} stone" if suffix == "st" else match.group()

    def _blood_pressure(self, match: re.Match[str]) -> str:
        high, low = match["high"] or match["bp_high"] or match["said_high"], match["low"] or match["bp_low"] or match["said_low"]
        return f"{match['verb'] + ' ' if match['verb'] else ''}{self.cardinal(int(high))} over {low}"

    def _spaced_thousands(self, match: re.Match[str]) -> str:
        if match.group().count(" ") == 1 and _MONTH_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
            return match.group()
        return match.group().replace(" ", ",")

    def _spaced_code(self, match: re.Match[str]) -> str:
        if match["before"].strip() in INITIALISMS:
            return match.group()
        return f"{match['before']}{self.digits(match['number'])}{match['after']}"

    def _vanity_phone(self, match: re.Match[str]) -> str:
        code = match["code"].removeprefix("1-")
        said = self.cardinal(int(code)) if code.endswith("00") else self.digits(code)
        return ("one, " if match["code"].startswith("1-") else "") + f"{said}, {match['word'].replace('-', ' ')}"

    def _thousands_plural(self, match: re.Match[str]) -> str:
        said = plural(self.cardinal(int(match["number"].replace(",", ""))))
        return said.removeprefix("one ") if said.count(" ") == 1 else said  # "thousands", not "one thousands"

    def _glued_temperature(self, match: re.Match[str]) -> str:
        number, scale = match["number"], match["scale"]
        if float(number) > (60 if scale == "C" else 130) or _LABEL_BEFORE.search(match.string, 0, match.start()):
            return match.group()
        minus = "minus " if match["negative"] else ""
        one, many = UNITS[f"°{scale}"]
        low = f"{self.number(match['low'])} to " if match["low"] else ""
        return f"{low}{minus}{self.number(number)} {one if number == '1' and not minus and not low else many}"

    def _amperes(self, match: re.Match[str]) -> str:
        if _LABEL_BEFORE.search(match.string, max(0, match.start() - 14), match.start()):
            return match.group()  # "Route 1A", "Gate 12A": a name
        return f"{self.number(match['number'])} {'amp' + match['noun'] if match['noun'] else 'amperes'}"

    def _web_digits(self, digits: str) -> str:
        """Digits in an address: one by one, except round thousands ("rtx-6000")."""
        return self.cardinal(int(digits)) if len(digits) == 4 and digits.endswith("000") else self.digits(digits)

    def _web_word(self, word: str) -> str:
        """A short word in an address without a vowel, which cannot be read as one ("nyt", "html"), spelled; else as written."""
        short = word.isascii() and word.isalpha() and 2 <= len(word) <= 4
        if short and not re.search("[aeiouy]", word, re.IGNORECASE):
            return self.spell(word.upper())
        return word

    def _host_word(self, word: str) -> str:
        """A host's first label of four letters that no English word's sounds make, an organisation's initials, spelled
        ("www.ipcc.ch", "espn.com"; "nasa", "wiki" stay words; a user's name before "@" is not a host's)."""
        if len(word) == 4 and word.isascii() and not is_word(word.upper()):
            return self.spell(word.upper())
        return word

    def _letters_and_digits(self, match: re.Match[str]) -> str:
        parts = re.findall(r"\d+(?:\.\d+)?|[^\W\d_]+", match.group())
        said: list[str] = []
        for index, part in enumerate(parts):
            between_numbers = 0 < index < len(parts) - 1 and parts[index - 1].isdecimal() and parts[index + 1].isdecimal()
            if "." in part:
                said.append(self.number(part))
            elif part.isdecimal() and len(part) == 3 and not part.endswith("00") and (
                    (index and not parts[index - 1].isdecimal()) or parts[index + 1:] in (["p"], ["i"])):
                said.append(self._designation(part))  # "A340", "B737": a model's number, "three forty"; "720p"
            elif part.isdecimal():
                said.append(self.bare_number(part))
            elif part in ("x", "X") and between_numbers:
                said.append("by")
            elif part == "s" and index and parts[index - 1].isdecimal():
                said[-1] = plural(said[-1])
            elif part == "ers" and index and parts[index - 1].isdecimal():
                word = said[-1]  # "the 49ers" → "forty-niners", "76ers" → "seventy-sixers", "60ers" → "sixtiers"
                said[-1] = word + "rs" if word.endswith("e") else word[:-1] + "iers" if word.endswith("y") else word + "ers"
            else:
                said.append(part)
        return " ".join(said)


    def _split(self, match: re.Match[str]) -> str:
        first, second = int(match["first"]), int(match["second"])
        return f"{self.cardinal(first)} {self.cardinal(second)}" if first + second == 100 else match.group()

    def _jetliner(self, match: re.Match[str]) -> str:
        said = self._designation(match["model"]) + (f" {self.cardinal(int(match['variant']))}" if match["variant"] else "")
        return plural(said) if match["plural"] else said

    def _hyphenated_model(self, match: re.Match[str]) -> str:
        said = self._designation(match["model"])
        return f"{match['name']} {plural(said) if match['plural'] else said}"

    def _soviet_aircraft(self, match: re.Match[str]) -> str:
        maker, model = match["maker"], match["model"]
        said = self._designation(model) if len(model) == 3 else self.cardinal(int(model))
        return f"{self.spell(maker.upper()) if len(maker) == 2 else maker} {said}"

    def _aircraft(self, match: re.Match[str]) -> str:
        variant = f" {self.cardinal(int(match['variant']))}" if match["variant"] else ""
        return f"{match['maker']}{self._designation(match['model'])}{variant}"

    def _designation(self, digits: str) -> str:
        """A model's three digits as a digit and a pair: "340" → "three forty", "305" → "three oh five", "300" → "three hundred"."""
        if digits.endswith("00"):
            return self.cardinal(int(digits))
        pair = int(digits[1:])
        return f"{self.cardinal(int(digits[0]))} {'oh ' if pair < 10 else ''}{self.cardinal(pair)}"


def ordinal_suffix(value: int) -> str:
    """The suffix an ordinal takes in figures: 1 → "st", 12 → "th", 23 → "rd"."""
    if value % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")


RULES = English("en")
_DAY_FIRST = English("en", day_first=True)
