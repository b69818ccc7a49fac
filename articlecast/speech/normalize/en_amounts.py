"""English amounts: money, units, ranges, fractions, multipliers and telephone numbers.

An amount before a noun that it describes is said in the singular, as speakers
do: "a $2.5 million flood barrier" → "two point five million dollar flood
barrier", "a 1.8 km wall" → "one point eight kilometer wall" (after "a"/"an",
or with a hyphen: "a 10-km run").
"""

from __future__ import annotations

import re
import unicodedata

from .base import alternatives, final_period
from .en_numbers import EnglishNumbers
from .en_words import CURRENCIES, CURRENCY_SIGNS, PER, SCALES, UNITS

CURRENCY_ONLY_SCALES = frozenset("kKmbMB")
"""Scale letters that mean thousand, million or billion only after a currency ("€5m"; "5m" is metres)."""
NAMED_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 20, 32, 64, 100, 1000})
"""Denominators read as a fraction ("31/32" → "thirty-one thirty-seconds"); "9/11" and "24/7" are not fractions."""

_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CURRENCY_BEFORE = rf"(?:(?:{alternatives(CURRENCY_SIGNS)}|{alternatives(CURRENCIES)})\s?)"
_CURRENCY_AFTER = rf"(?:{alternatives(CURRENCIES)}|[€₴₽¥$£])"
_SCALE = alternatives(SCALES)
_CURRENCY_START = re.escape("".join(sorted({sign[0] for sign in [*CURRENCY_SIGNS, *CURRENCIES]})))
"""The characters an amount can start with, checked first so that other text is passed over quickly."""
QUANTITY = re.compile(
    rf"(?<![\w.,])(?<!\w-)(?=[-−.\d{_CURRENCY_START}])(?P<negative>[-−](?={_CURRENCY_BEFORE}?\.?\d))?(?P<currency>{_CURRENCY_BEFORE})?(?P<first>{_NUMBER})"
    rf"(?:\s?(?P<first_scale>{_SCALE})(?=\s?[-–]\s?{_CURRENCY_BEFORE}?\d))?"
    rf"(?:(?:\s?[-–]\s?|\sto\s)(?P<second_currency>{_CURRENCY_BEFORE})?(?P<second>{_NUMBER}))?"
    rf"(?:(?:\s?|(?P<scale_hyphen>-))(?P<scale>{_SCALE})(?!\w))?"
    rf"(?:(?P<hyphen>-)?\s?(?P<unit>{alternatives(UNITS)}|{_CURRENCY_AFTER})(?!\w)(?:\.(?=\s+[a-z]))?)?"  # "5 min. and": no sentence end
    rf"(?:/(?P<per>{alternatives(PER)})(?!\w)|(?P<annum>\s?(?:pa\b|p\.a\.)))?"
    r"(?![\w])"
)
_PLURAL_NOUN_AFTER = re.compile(
    r"\s(?:people|men|women|children|(?!(?:is|was|has|as|its|this|his|us|plus|less|across|towards)\b)[a-z]{2,}s\b)"
)
_COUNTED_AFTER = re.compile(
    r"\s(?:people|men|women|children|users|voters|votes|viewers|listeners|readers|residents|customers|visitors"
    r"|subscribers|followers|passengers|tourists|workers|patients|students|jobs|homes|households|copies|downloads"
    r"|parameters|tokens|images|records|accounts|devices|barrels|tonnes|tons|trees)\b"
)
"""Nouns an integer with a glued "m" or "B" counts in millions or billions ("2m people", "7B parameters"); after other
words it is meters ("the 100m final")."""
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
_AFTER_KELVIN = re.compile(r"\s*(?:[.,;:!?)(\]]|$|(?:and|or|to|above|below|at|in|warmer|colder)\b)")
"""What follows a temperature in kelvin written "300 K" (not a noun: "a 10 K run", "5 K of memory")."""
_ERA_AFTER = re.compile(r"\s?(?:BCE?|B\.C\.|BC\b)")
_TIME_UNITS = frozenset("year month week day hour minute second millisecond".split())
PER_UNIT = re.compile(rf"(?<=\d)/(?P<per>{alternatives(unit for unit, (one, _) in UNITS.items() if one not in _TIME_UNITS)})(?!\w)")
"""A rate after a bare number: "56.3/km²" → "... per square kilometer"."""
_RATE_NUMBER = re.compile(r"(?P<converted>\bper\s(?:[a-z]+\s){0,2}[a-z]+\s?[,(—–-]?\s?)?(?P<currency>[$€£¥₴₽])?[\d.,]+$")
"""The number before a rate's slash, and a rate in other units just before it ("per square mile (")."""
COUNTED_PER = re.compile(rf"(?<![\w.,])(?P<counted>\d[\d,.]*\s[a-z]+)/(?P<per>{alternatives(PER)})(?!\w)")
"""A rate after a counted noun: "12 people/km²" → "12 people per square kilometer", "3 meals/day"."""
PER_SYMBOL = re.compile(rf"(?<=\bper\s)(?P<unit>{alternatives(unit for unit in UNITS if unit != '%')})(?!\w)")
"""A unit's symbol after a spelled "per": "people per km²" → "people per square kilometer"."""
SMALL_CHANGE = re.compile(
    r"(?<![\w.,$£€])(?:(?P<amount>\d{1,2})(?P<coin>[pc])|(?!(?:144|240|360|480|576|720|1080|1440|2160|4320)p)(?P<price>(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d{1,2})?)p)(?!\w)"
)
"""Pence and cents written after an amount: "50p", "99c", a share price "415.5p" (not a video's lines, "1080p")."""
DECIMAL_COMMA = re.compile(
    r"(?<![\w.,])(?P<whole>\d{1,3}),(?P<fraction>\d{1,2})(?=\s?(?:million|billion|trillion|bn|mn|mln|m|%)(?!\w))"
    r"|(?:(?<=[€£$])|(?<=[€£$]\s))(?P<price>\d{1,3}),(?P<cents>\d{2})(?![\d,]|\.\d)"
)
"""A decimal comma before a scale or a percent sign ("2,5 million") or in a price after its sign ("€2,50"): thousands
take three digits."""
MULTIPLIER = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:\.\d+)?)[x×](?![\w])|(?<=\d)\s?[x×]\s?(?=\.?\d)|(?<=\d)(?P<unit>\s?[^\W\d_]{1,3})\s[x×]\s(?=\d)"
)
"""``2.5x`` → "two point five times"; ``10 x 4`` and ``30 m × 20 m`` → "ten by four", "... by ..."."""
PERCENT_RANGE = re.compile(r"(?<=\d[%€$£¥₴₽])\s?[-–—]\s?(?=\d[\d.,]*[%€$£¥₴₽])")
"""A dash between two percentages or amounts with the sign after ("52%-48%", "5€-10€"): "to", not a minus sign."""
VULGAR_FRACTION = re.compile(r"(?:(?<![\w.,])(?P<whole>\d{1,3}(?:,\d{3})+|\d+)\s?)?(?P<fraction>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
FRACTION = re.compile(
    r"(?<![\w./,])(?:(?<![\w.,-])(?P<negative>[-−])(?=\d))?(?:(?P<whole>\d+)(?:\s|-(?=\d/\d{1,2}\b)))?(?P<numerator>\d+)/(?P<denominator>\d+)(?:(?:st|nd|rd|th)s?)?(?![\w/]|[.,]\d)"
    rf"(?:\s?(?P<unit>{alternatives(unit for unit in UNITS if unit != 'in')})(?![\w'’-]))?"
)
"""A common fraction ("3/4", "2 1/2", "-1/2"), with the unit after it ("1/2 kg" → "one half kilogram")."""
ODDS = re.compile(
    r"(?P<cue>\bodds\s(?:of|at|are|were|was|is)\s)?(?<![\w./,])(?P<against>\d{1,3})/(?P<on>\d{1,2})(?![\w/]|[.,]\d)"
    r"(?(cue)|(?=\s(?:shot|favourite|favorite|outsider|winner|odds)\b))"
)
"""A bookmaker's odds after "odds of" or before what they price: "odds of 5/1", "a 100/1 shot", "11/4 favourite" →
"five to one", "a hundred to one", "eleven to four"."""
RATING = re.compile(
    r"(?<![\w./,])(?P<score>\d{1,3}\.\d)/(?P<scale>5|10|20|100)(?![\w/]|[.,]\d)"
    r"|(?P<cue>\b(?:rated|scored|earned|scores|marks|rating|gets|got)\s(?:(?:it|them|him|her)\s)?)(?P<whole>\d{1,3})/(?P<whole_scale>5|10|20|100)(?![\w/]|[.,]\d)"
)
"""A mark out of a round scale, with a decimal ("9.5/10" → "nine point five out of ten") or after a word that gives
marks ("rated 4/5", "scored 87/100")."""
HYPHENATED_CODE = re.compile(r"(?<![\w.,-])\d+(?:-\d+){3,}(?![\w-]|[.,]\d)")
"""Four or more groups of digits joined by hyphens, a code such as an ISBN: digit by digit, group by group."""
PHONE = re.compile(
    r"(?<![\w+(-])(?:(?:\+(?P<country>\d{1,3})|(?P<trunk>1))[\s.-]?)?(?:\((?P<bracketed>\d{3})\)[\s.-]?|(?P<area>\d{3})[\s.-])"
    r"(?P<exchange>\d{3})[\s.-](?P<line>\d{4})(?![\w-]|[.,]\d)"
    r"|(?<![\w+])\+(?P<international>\d{1,3}(?:[\s.-]\(?\d{1,8}\)?|(?<=\(0\))\d{1,8}){1,5})(?![\w-]|[.,]\d)"
)
"""Telephone numbers with an area code ("(555) 201-7788", "+1-555-201-7788") or an international prefix."""
VANITY_PHONE = re.compile(r"(?P<code>[18](?<![\w+-][18])(?:(?<=1)-8|(?<=8))(?:00|33|44|55|66|77|88))-(?P<word>(?=[A-Z-]{4})[A-Z]{2,}(?:-[A-Z]{2,})*)(?![\w-])")
"""A toll-free number spelled as a word, "1-800-FLOWERS": the code, then the word."""
AMPERES = re.compile(
    r"(?P<number>\d(?<![\w.,]\d)\d*(?:\.\d+)?)\s?A(?:(?=[.,;:)](?:\s|$)|$)|(?P<noun>\s(?:fuse|plug|socket|circuit|current|charger|breaker|cable|supply)s?\b))"
)
"""Amperes after a number, where the "A" ends a clause or comes before what carries them ("a 13 A fuse"): not a grade."""
_CALL_CUE = r"\b(?:[Cc]all|[Pp]hone|[Pp]h\.|[Mm]ob\.|[Mm]obile|[Cc]ell|[Tt]el\.?|[Tt]elephone|[Ff]ax|[Dd]ial|[Tt]ext|[Rr]ing)(?:\s(?:me|us|them|him|her))?(?:\s(?:at|on))?:?\s"
EMERGENCY_NUMBERS = frozenset("911 999 112 000 111 101 988 311 211".split())
LOCAL_PHONE = re.compile(
    rf"(?P<cue>{_CALL_CUE})(?:(?P<groups>\d{{2,5}}(?:[\s–-]\d{{2,6}}){{1,3}}|\d{{5,6}})|(?P<short>{'|'.join(sorted(EMERGENCY_NUMBERS))}))(?![\w-]|[.,]\d)"
    r"|(?<![\w(])(?<!\d\s)(?P<national>(?:\(0\d{1,4}\)\s?|0\d{2,4}\s)\d{3,4}[\s-]\d{3,4}|0\d{4}\s\d{6}|0\d{3}\s\d{4}|\d{3}[-–]0\d{3}|1[38]00\s\d{3}\s\d{3}"
    r"|116\s(?:006|111|117|123)|(?<![\d,.]\s)[2-9]\d{2}\s\d{4}|[2-9]\d[1-9]-(?!1\d{3}|20\d\d)\d\d(?!00)\d\d)(?![\w-]|[.,]\d|\s\d)"
)
"""Groups of digits or an emergency number after a word that asks to call it ("call 555-1234",
"call 1800 123 456", "text 60999", "dial 999"; elsewhere they could be a range or a count), a national number written
with its trunk code, bracketed or not ("(020) 7946 0958", "020 7946 0958": no amount starts with 0), and a
local number whose line starts with 0 ("555-0123": no range goes down to it), a local number of three digits and
four ("555 0199": no grouping of thousands has four) or with a hyphen where no range would go ("555-2368": a range's
ends are round or years), and Europe's helplines ("116 123", "116 111")."""
FEET_AND_INCHES = re.compile(r"(?<![\w.,])(?P<feet>\d+)\s?(?:ft|feet|foot|['’′])\s?(?P<inches>\d+(?:\.\d+)?)\s?(?:in\b\.?|inches|[\"”″])")
"""A height: "6 ft 2 in", "6'2\"" → "six feet two inches"."""
INCHES = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:\.\d+)?)(?:(?P<hyphen>-)in(?=\s[^\W\d_])|\s?in(?=\.?(?:\s*$|\s?[),;:])"
    r"|\s(?:long|wide|tall|high|deep|thick|across|in diameter|screen|display|monitor|wheels|rims|of)\b))"
)
"""Inches written "in", where the word after shows it is no preposition: "3.5 in", "a 55-in screen", "8 in long",
"12 in of snow" (a preposition is never followed by "of")."""
INCH_MARK = re.compile(
    r"(?<![\w.,'’\"])(?:(?P<low>\d{1,3}(?:\.\d)?)[″\"]?\s?[-–]\s?(?=\d{1,3}(?:\.\d)?[″\"]))?"
    r"(?P<number>\d{1,3}(?:\.\d)?)(?(low)[″\"]|(?:″|\"(?=\s?[^\W\d_])))"
)
"""Inches written with a double prime or a straight quote before a word: 'a 65" TV', '12″ wide' (a closing quote is no
inch mark); a range of them: '3"-6" of snow' → "three to six inches"."""
COORDINATE = re.compile(
    r"(?<![\w.,])(?P<degrees>\d{1,3}(?:\.\d+)?)\s?°\s?(?:(?P<minutes>\d{1,2}(?:\.\d+)?)\s?[′'’]\s?)?"
    r"(?:(?P<seconds>\d{1,2}(?:\.\d+)?)\s?(?:″|\"|''|”)\s?)?(?P<direction>[NSEW])(?!\w)"
)
"""A latitude or longitude: "51°30′N" → "fifty-one degrees thirty minutes north"."""
_DIRECTIONS = {"N": "north", "S": "south", "E": "east", "W": "west"}
SECTION = re.compile(r"(?<![\w.,])(?P<number>\d{2,4})(?P<parts>(?:\([a-z0-9]{1,2}\))+)(?!\w)")
"""A numbered section with lettered parts: "403(b)" → "four oh three b"."""
LABEL_BEFORE = re.compile(
    r"\b(?i:Flat|Apartment|Apt\.?|Room|Unit|Suite|Block|Gate|Seat|Platform|Row|Class|Grade|Form|Year|Studio|Floor|Level|Bay"
    r"|Stand|Box|Ward|Court|Building|Terminal|Pier|Lot|Stage|Type|Model|Series|Route|Bus|Zone|Area|Sector|Section|Annex"
    r"|Exit|Junction)\s$"
)
"""A label before "3C" or "9W" makes it a name (Flat 3C, seat 14A, Route 9W), not a temperature, a current or a power."""
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Tt]his)\s$")
ARTICLE_REACH = 7
"""Characters before an amount searched for its article or possessive ("their ")."""
_NOUN_AFTER = re.compile(
    r"\s+(?:[A-Z][A-Z0-9]{1,5}\s+)?(?!(?:of|to|in|on|at|for|from|and|or|by|per|a|an|the|than|as|is|was|were|are|be|been|with"
    r"|between|across|along|around|into|over|under|through|that|which|who|it|they|he|she|we|you|had|has|have|will|would|could)\b)[a-z]{2,}"
)
"""The noun an amount describes ("a $2.5 million flood barrier", "the £3.5bn HS2 link"), not a verb or a word that starts a phrase."""


class Amounts(EnglishNumbers):
    """The amount steps of :class:`.en.English`."""

    def _phone(self, match: re.Match[str]) -> str:
        """Digit by digit, in the written groups, with a pause between them."""
        if match["international"]:
            groups = re.findall(r"\d+", match["international"].replace("(0)", " "))  # "+44 (0)20": the 0 is dialled at home only
            if len("".join(groups)) < 7:
                return match.group()
            return f"plus {', '.join(map(self.digits, groups))}"
        groups = [match["bracketed"] or match["area"], match["exchange"], match["line"]]
        said = ", ".join(map(self.digits, groups))
        if match["country"]:
            return f"plus {self.digits(match['country'])}, {said}"
        return f"one, {said}" if match["trunk"] else said

    def _local_phone(self, match: re.Match[str]) -> str:
        if match["national"]:
            return ", ".join(map(self.digits, re.findall(r"\d+", match["national"])))
        if match["short"]:
            return f"{match['cue']}{self.digits(match['short'])}"
        groups = re.findall(r"\d+", match["groups"])
        if len("".join(groups)) < 5:
            return match.group()
        return match["cue"] + ", ".join(map(self.digits, groups))

    def _feet_and_inches(self, match: re.Match[str]) -> str:
        feet, inches = match["feet"], match["inches"]
        said = f"{self.number(feet)} {'foot' if feet == '1' else 'feet'} {self.number(inches)} {'inch' if inches == '1' else 'inches'}"
        return said + (final_period(match) if match.group().endswith(".") else "")

    def _inches(self, match: re.Match[str]) -> str:
        if match["hyphen"]:
            return f"{self.number(match['number'])}-inch"
        return f"{self.number(match['number'])} {'inch' if match['number'] == '1' else 'inches'}"

    def _inch_mark(self, match: re.Match[str]) -> str:
        marked_low = match["low"] and match.group()[len(match["low"])] in '"″'
        if match.group().endswith('"') and not marked_low and match.string.count('"', 0, match.start()) % 2:
            return match.group()  # the quotation the number ends
        attributive = _ARTICLE_BEFORE.search(match.string, max(0, match.start() - ARTICLE_REACH), match.start())
        low = f"{self.number(match['low'])} to " if match["low"] else ""
        return f"{low}{self.number(match['number'])} {'inch' if attributive or match['number'] == '1' else 'inches'}"

    def _coordinate(self, match: re.Match[str]) -> str:
        parts = [
            f"{self.number(value)} {name if value == '1' else name + 's'}"
            for value, name in zip(match.group("degrees", "minutes", "seconds"), ("degree", "minute", "second"))
            if value
        ]
        return " ".join([*parts, _DIRECTIONS[match["direction"]]])

    def _section(self, match: re.Match[str]) -> str:
        parts = re.findall(r"\(([a-z0-9]+)\)", match["parts"])
        return " ".join([self.year(int(match["number"])), *(part if part.isalpha() else self.number(part) for part in parts)])

    def _small_change(self, match: re.Match[str]) -> str:
        amount = match["amount"] or match["price"]
        one = amount in ("1", "01")
        word = ("penny" if one else "pence") if match["coin"] != "c" else ("cent" if one else "cents")
        return f"{self.number(amount)} {word}"

    def _multiplier(self, match: re.Match[str]) -> str:
        if match["number"]:
            return f"{self.number(match['number'])} times"
        return f"{match['unit'] or ''} by "

    def _vulgar_fraction(self, match: re.Match[str]) -> str:
        numerator, _, denominator = unicodedata.normalize("NFKC", match["fraction"]).partition("\u2044")
        return f" {self._fraction(match['whole'], numerator, denominator)} "  # "1½" may follow a letter

    def _written_fraction(self, match: re.Match[str]) -> str:
        said = ("minus " if match["negative"] else "") + self._fraction(match["whole"], match["numerator"], match["denominator"])
        if match["unit"]:
            one, many = UNITS[match["unit"]]
            said += f" {many if match['whole'] else one}"
        return said

    def _fraction(self, whole: str | None, numerator: str, denominator: str) -> str:
        top, bottom = int(numerator), int(denominator)
        if not (0 < top < bottom and bottom in NAMED_DENOMINATORS):
            return " ".join(self.bare_number(part) for part in (whole, numerator, denominator) if part)
        one, many = {2: ("half", "halves"), 4: ("quarter", "quarters")}.get(bottom) or (
            self.ordinal(bottom),
            self.ordinal(bottom) + "s",
        )
        name = one if top == 1 else many
        if whole:
            return f"{self.number(whole)} and {'a' if top == 1 else self.cardinal(top)} {name}"
        return f"{self.cardinal(top)} {name}"

    def _per_unit(self, match: re.Match[str]) -> str:
        """``/km²`` after a number: "per square kilometer"; in a conversion of a rate just given ("367 per square mile
        (142/km²)"), in the number's plural, "per square kilometers", as the reference readings of such conversions
        say; after a price, "per barrel" ("$90/bbl")."""
        one, many = UNITS[match["per"]]
        number = _RATE_NUMBER.search(match.string[max(0, match.start() - 60) : match.start()])
        plural = number and number["converted"] and not number["currency"] and not number.group().endswith(" 1")
        return f" per {many if plural else one}" + (final_period(match) if match["per"].endswith(".") else "")

    def _quantity(self, match: re.Match[str]) -> str:
        first, second, first_scale, scale, unit = match.group("first", "second", "first_scale", "scale", "unit")
        currency = currency_code(match["currency"]) or currency_code(match["second_currency"])
        if unit and currency_code(unit):
            currency, unit = currency_code(unit), None
        if unit in ("W", "V", "A", "K") and match.group().endswith(first + unit) and LABEL_BEFORE.search(
                match.string, max(0, match.start() - 14), match.start()):
            return f"{self.number(first)} {unit}"  # "Route 9W", "Gate 12A": a name's letter
        if unit == "pt" and (re.match(r"\s+(?!of\b)[a-z]", match.string[match.end() :]) or match.string[: match.start()].endswith("by ")):
            unit = "pts"  # "a 3 pt lead", "won by 2 pt": points; "2 pt of milk", "2 pt": pints
        if unit == "Mt" and re.match(r"\.?\s+[A-Z]", match.string[match.end() :]):
            return match.group()  # "3 Mt Fuji photos": a mountain, not megatonnes
        if (scale == "K" and not (currency or unit or first_scale or match["per"]) and match.group().endswith(" K")
                and _AFTER_KELVIN.match(match.string, match.end())):
            scale, unit = None, "K"  # "300 K", spaced: kelvin ("300K" is thousands)
        if not currency and first_scale == scale == "m" and not unit and not _COUNTED_AFTER.match(match.string, match.end()):
            first_scale, scale, unit = None, None, "m"  # "waves of 3m-4m": a range in meters
        if not currency and CURRENCY_ONLY_SCALES & {scale, first_scale} and not _counted_millions(match):
            if unit and scale and not first_scale:
                pass  # "1.2m bbl": a unit after the letter, so the letter is the scale
            elif scale != "m" or first_scale or unit:
                return match.group()
            else:
                scale, unit = None, "m"
        if _model_number(match):
            return f"{self.year(int(first))} {self.year(int(second))}"
        minus = "minus " if match["negative"] else ""
        per = f" per {PER[match['per']]}" if match["per"] else " a year" if match["annum"] else ""
        if match["per"] and match["per"].endswith("."):
            per += final_period(match)  # "$2,000/oz." ending a sentence
        amounts = [_whole_units(amount) for amount in (first, second) if amount]
        if currency and not scale and all(_exact_amount(amount, currency) for amount in amounts):
            if len(amounts) == 1 and amounts[0].isdecimal() and int(amounts[0]) < 1000 and not per and self._attributive(match):
                # A note, a fee or a price: "a $20 bill" → "twenty dollar bill". Larger exact sums stay plural ("a $133,000
                # grant"), as the shared suite's references read them.
                return minus + f"{self.number(amounts[0])} {CURRENCIES[currency][0]}"
            if len(amounts) == 1 or any("." in amount for amount in amounts):
                return minus + " to ".join(self._exact_money(currency, amount) for amount in amounts) + per
            first, second = amounts
        read = self.number if (currency or scale or unit) else self.bare_number
        said = read(first) + (f" {SCALES[first_scale]}" if first_scale else "")
        if second and re.fullmatch(r"\d{4}", first) and re.fullmatch(r"0\d", second):
            said += f" to oh {self.cardinal(int(second))}"
        elif second:
            said += f" to {read(second)}"
        said += f" {SCALES[scale]}" if scale else ""
        if currency or unit:
            one, many = CURRENCIES[currency][:2] if currency else UNITS[unit]
            singular = (first == "1" and not (second or scale)) or self._attributive(match)
            said += f" {one if singular else many}"
        period = final_period(match) if unit and unit.endswith(".") else ""
        return minus + said + per + (" " if match["hyphen"] else "") + period

    def _attributive(self, match: re.Match[str]) -> bool:
        """Whether the amount describes the noun after it: "a 1.8 km wall", "a 10-km run"."""
        if match["hyphen"] or match["scale_hyphen"]:
            return bool(re.match(r"\s?[a-z]", match.string[match.end() :]))
        before = match.string[max(0, match.start() - ARTICLE_REACH) : match.start()]
        return bool(_ARTICLE_BEFORE.search(before)) and bool(_NOUN_AFTER.match(match.string, match.end()))

    def _exact_money(self, code: str, amount: str) -> str:
        """``$2,100.50`` → ``two thousand one hundred dollars and fifty cents``."""
        one, many, one_minor, many_minor = CURRENCIES[code]
        whole, _, cents = amount.replace(",", "").partition(".")
        parts = []
        if (whole and int(whole)) or not int(cents or 0):
            parts.append(f"{self.number(whole or '0')} {one if whole == '1' else many}")
        if cents and int(cents):
            parts.append(f"{self.cardinal(int(cents))} {one_minor if int(cents) == 1 else many_minor}")
        return " and ".join(parts)


def _counted_millions(match: re.Match[str]) -> bool:
    """Whether a glued "m" counts the noun after it ("1.2m units", "2m people"), not meters; a glued capital "M" or "B"
    ("2.5M", "10B parameters") with a decimal, or before a noun it counts (not "3M said": a company); a glued "k"
    before a plural noun ("40k views", "2.5K reviews"), not a run or a screen ("a 10k race", "4K videos")."""
    if match["scale"] in ("M", "B") and not (match["second"] or match["unit"] or match["per"] or match["first_scale"]):
        if "." in match["first"] and match.group().endswith(f"{match['first']}{match['scale']}"):
            return True
    glued = match.group().endswith(f"{match['first']}{match['scale']}")
    if match["scale"] in ("k", "K") and glued and not (match["second"] or match["unit"] or match["per"]):
        if "." in match["first"] or (len(match["first"]) >= 3 and _CLAUSE_END.match(match.string, match.end())):
            return True  # "2.5k more", "salaries of 250k.": no race or screen is that long
        if not (match["scale"] == "K" and match["first"] in ("4", "5", "8")):  # "4K", "8K": a screen; "5K": a run
            return bool(_PLURAL_NOUN_AFTER.match(match.string, match.end()))
    if match["scale"] not in ("m", "M", "B") or match["second"] or match["unit"] or match["per"] or not glued:
        return False
    counted = _COUNTED_AFTER if match["first"].isdecimal() else _PLURAL_NOUN_AFTER
    return bool(counted.match(match.string, match.end()))


def _model_number(match: re.Match[str]) -> bool:
    """Whether a hyphen joins the parts of a model number ("747-400"), not a range or a score.

    A range goes up or, in years before Christ, down; a model's second number
    is a lower round hundred ("737-800"), where a basketball score ("112-108", "120-100") is not.
    """
    first, second = match["first"], match["second"]
    if not (second and first.isdecimal() and second.isdecimal() and len(second) >= 3) or match.group().count("-") != 1:
        return False
    if match["currency"] or match["second_currency"] or match["scale"] or match["unit"] or match["negative"]:
        return False
    high, low = int(first), int(second)
    return 200 <= high and low < high and low % 100 == 0 and high % 100 != 0 and not _ERA_AFTER.match(match.string, match.end())


def currency_code(text: str | None) -> str | None:
    """``USD`` for ``$`` or ``USD``; None for no currency."""
    text = (text or "").strip()
    return CURRENCY_SIGNS.get(text) or (text if text in CURRENCIES else None)


def _whole_units(digits: str) -> str:
    """``20.00`` → ``20``: no minor units to say."""
    return digits[:-3] if digits.endswith(".00") else digits


def _exact_amount(digits: str, code: str) -> bool:
    """Whether an amount is whole units, or units and two-digit minor units the currency has."""
    whole, _, cents = digits.partition(".")
    return (bool(whole) and not cents) or (len(cents) == 2 and bool(CURRENCIES[code][2]))
