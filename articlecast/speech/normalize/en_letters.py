"""English words written short or in capitals: titles, addresses, abbreviations, initialisms, Roman numerals.

Words in capitals are read as words when they are words: the short ones when
they are in :data:`.en_words.COMMON_SHORT_WORDS` ("NO MORE", "UP"), the longer
ones when they sound like English (an English onset, no run of three consonants
that is not a coda and an onset: "STOCKTON", "NASA"); initialisms in
:data:`.en_words.INITIALISMS` are always spelled and acronyms in
:data:`.en_words.ACRONYMS` always said. A sentence mostly in capitals is
shouting: its words are read in lower case.
"""

from __future__ import annotations

import re

from .base import alternatives, final_period, roman_value
from .en_numbers import EnglishNumbers
from .en_words import (
    ABBREVIATIONS,
    ACRONYMS,
    AP_STATES,
    BARE_TITLES,
    COMMON_SHORT_WORDS,
    COMPASS,
    FUNCTION_WORDS,
    INITIALISMS,
    LETTER_NAMES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NUMBER_ABBREVIATIONS,
    REGNAL_NAMES,
    ROMAN_CARDINAL_WORDS,
    ROMAN_NUMBER_ABBREVIATIONS,
    STATES,
    STREET_WORDS,
    STREETS,
    TITLES,
    WEEKDAYS,
)

_NUMERAL = r"(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
NUMBER_ABBREVIATION = re.compile(
    rf"(?<![\w.])(?:(?P<word>{alternatives(NUMBER_ABBREVIATIONS)})\.\s?|(?P<bare>No|NO|Nos|NOS|Vol|VOL|Apt|Ste|Rm|Bldg|Hwy|Rte|ext|Ext)\s|#\s?)(?=\d)"
    rf"|(?<![\w.])(?P<roman_word>{alternatives(ROMAN_NUMBER_ABBREVIATIONS)})\.\s?(?={_NUMERAL}(?![\w'’-]))"
)
""""No. 5", "pp. 10", "#3"; before a Roman numeral only the words that number parts ("Vol. III")."""
ROMAN_CENTURY = re.compile(rf"(?<![\w.'’])(?P<numeral>{_NUMERAL})(?:st|nd|rd|th)?(?=(?:\s?(?:and|or|to|[-–])\s?{_NUMERAL}(?:st|nd|rd|th)?)?\s(?:century|centuries|Century)\b)")
"""A century in Roman numerals, as much of Europe writes it: "the XXI century" → "the twenty-first century"."""
ADDRESS = re.compile(
    rf"(?<![\w.,$-])(?P<number>\d{{1,5}})(?P<unit>[A-Z])?\s(?:(?P<compass>{alternatives(COMPASS)})\.?\s)?"
    rf"(?P<name>(?:[A-Z0-9][\w'’-]*\s){{1,3}})"
    rf"(?P<street>{alternatives([*STREETS, *(s.lower() for s in STREETS), *STREET_WORDS])})(?P<period>\.)?(?![\w'’])"
    rf"(?:\s(?P<quarter>{alternatives(COMPASS)})(?=[,;]|\.?$))?"
)
"""A house number (with its letter: "221B"), a name and a street type, written short or whole, and the quarter of town
after it: "42 Oak Dr." → "forty-two Oak Drive", "250 Park Ave S" → "two fifty Park Avenue South"."""
HOUSE_WEST = re.compile(r"(?P<house>\d(?<![\w.,$-]\d)\d{0,4})\sW(?=\s[A-Z][a-z])")
"""A house number and "W" before a name: west, not watts ("17 W Broadway")."""
ORDINAL_STREET = re.compile(
    rf"(?<![\w.])(?P<ordinal>\d+(?:st|nd|rd|th))\s(?P<street>{alternatives(STREETS)})(?P<period>\.)?(?![\w'’])"
)
"""A numbered street: "5th Ave." → "5th Avenue" (the ordinal is read later)."""
_SPAN_WORDS = {**WEEKDAYS, **MONTH_ABBREVIATIONS}
_DAY_NAMES = alternatives([*WEEKDAYS, *WEEKDAYS.values()])
_MONTH_NAMES = alternatives([*MONTH_ABBREVIATIONS, *MONTHS])
WEEKDAY_RANGE = re.compile(
    rf"(?<![\w.])(?:(?P<first>{_DAY_NAMES})\.?\s?[-–—]\s?(?P<last>{_DAY_NAMES})"
    rf"|(?P<first_month>{_MONTH_NAMES})\.?\s?[-–—]\s?(?P<last_month>{_MONTH_NAMES}))(?:\.(?=\s+[a-z,;]))?(?![\w])"
)
"""A span of days ("Mon-Fri", "Monday–Friday") or of months ("May–June", "Jan-Mar"); a short name's full stop at the
end of a sentence stays its end."""
STATE = re.compile(
    rf"(?<=[a-z]),\s(?P<state>{alternatives([*STATES, *AP_STATES])})(?:(?P<gap>,?\s)(?P<zip>\d{{5}})(?:-(?P<plus4>\d{{4}}))?)?(?![\w'’-])"
    r"(?=\s*(?:[,.;:)]|$)|(?<=\.)\s+[A-Z])"
)
"""A US state code after a town and a comma ("Austin, TX"), with its ZIP code, or the AP's short form ("Salem, Ore.")."""
_STATE_NAMES = [*AP_STATES, *STATES, *(name for name in STATES.values() if " " not in name)]
PARTY_STATE = re.compile(rf"(?P<party>[DRI])(?:(?<=\([DRI])|(?<=, [DRI]))-(?P<state>{alternatives(_STATE_NAMES)})(?=[),;])")
"""A member of Congress's party and state, as US papers print them: "(D-Mass.)" → "Democrat of Massachusetts"."""
PARTIES = {"D": "Democrat", "R": "Republican", "I": "Independent"}
BORN_OR_DIED = re.compile(
    r"(?<=\()(?P<word>[bdr]|fl)\.\s?(?=(?:c\.\s?)?\d|[A-Z][a-z]{2})|(?<=[;,] )(?P<later>[bdr]|fl)\.\s?(?=(?:c\.\s?)?\d)"
)
"""A life's or a reign's dates in brackets, as reference works print them: "(b. 1950)" → "born", "(d. c. 1321)" →
"died", "(r. 1509–1547)" → "reigned", "(fl. 1450)" → "flourished"."""
LIFE_WORDS = {"b": "born", "d": "died", "r": "reigned", "fl": "flourished"}
TITLE = re.compile(
    rf"(?<![\w.])(?:(?P<abbreviation>{alternatives(TITLES)})(?P<period>\.)?|(?P<capitals>{alternatives(map(str.upper, TITLES))})\.)"
    rf"(?=\s+[-–—]*[A-Z]|-elect\b|\s+(?:and|&)\s+(?:{alternatives(TITLES)})\.?\s+[A-Z])"
)
"""A title before a name ("Dr. Jones", in capitals "DR. NO"), before "and" and another titled name ("Mr and Mrs Smith"),
or made "-elect" ("Gov.-elect")."""
RANK_CHAIN = re.compile(
    rf"(?P<rank>\b(?:{alternatives(sorted(set(TITLES.values())))}|[Ff]irst|[Ss]econd|[Tt]hird|Staff|Master|Chief|Vice|Rear|Lance)\s)"
    r"(?P<abbreviation>Maj|Gen|Col|Adm|Sgt|Cmdr|Cdr|Lt|Cpl|Pvt)\.(?!\w)"
)
"""The second word of a rank written short, after the first was read or written in full: "Sgt. Maj." → "Sergeant Major",
"2nd Lt." → "second Lieutenant", "Staff Sgt.", "Rear Adm.", whatever follows."""
SISTER_OR_SENIOR = re.compile(
    r"(?<![\w.])Sr\.(?=\s+[A-Z][a-z])(?!\s+(?:Vice|Director|Manager|Editor|Analyst|Engineer|Fellow|Advis[eo]r|Counsel|Partner"
    r"|Officer|Producer|Writer|Reporter|Correspondent|Associate|Consultant|Executive|Staff|Research|Principal|Lecturer"
    r"|Scientist|Designer|Developer|Product|Program|Project|Account|Vice-President|Citizens?|High|Member|Adviser)\b)"
)
"""``Sr.`` before a name: "Senior" after one ("Ken Griffey Sr. Hit"), "Sister" where it opens the name ("Sr. Maria"),
not before a post ("Sr. Vice President", "Sr. Editor": "Senior")."""
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*,?\s+$")
CAPITAL_SAINT = re.compile(r"(?<![\w.])ST\.?(?=\s+[A-Z]{2,})")
STREET = re.compile(rf"(?P<before>(?<![\w.])[A-Z][\w'’-]*\.?\s)(?P<abbreviation>{alternatives(STREETS)})(?P<period>\.)?(?!\w)")
_ORDINAL_BEFORE = re.compile(r"\b(?:first|second|third|\w+th)\s+$")
ABBREVIATION = re.compile(rf"(?<![\w.])(?:{alternatives(ABBREVIATIONS)})(?!\w)|(?<=[a-z] )v\.(?= [A-Z])")
DOTTED_INITIALISM = re.compile(r"(?<![\w.])(?P<letters>(?:[A-Z]\.){2,})(?P<possessive>['’]s)?")
INITIAL = re.compile(r"(?<![\w.])(?P<letter>[A-Z])\.(?=\s+[A-Z])")
NUMBERED = re.compile(rf"(?<![\w.'’-])(?P<word>{alternatives(ROMAN_CARDINAL_WORDS)})\s(?P<numeral>{_NUMERAL})(?![\w'’-])")
"""A Roman numeral after a word that numbers things: "Part XL", "volume IV", "class V"."""
TEAM_SIDE = re.compile(
    r"(?P<before>\b(?:first|second|third|fourth|starting|playing|strongest|best|full|World|All-Star)\s|(?<=[A-Za-z])['’]s\s)"
    r"(?P<numeral>XI|XV|XIII)(?![\w'’-])"
)
"""A team's side of eleven, fifteen or thirteen after what ranks or names it: "the 1st XI", "a starting XI", "Pakistan's XV"."""
ROMAN = re.compile(rf"(?<![\w.'’-])(?P<name>[A-Z][a-z]+)\s(?P<numeral>{_NUMERAL})(?P<possessive>['’]s)?(?![\w'’-])")
LONE_ROMAN = re.compile(rf"^\s*(?P<numeral>(?=\w\w){_NUMERAL})(?=\.?\s*$)")
"""A Roman numeral that is all a line says, a section's number: "XIV" → "fourteen"."""
ORDINAL_ROMAN = re.compile(rf"(?<![\w.])(?P<the>[Tt]he\s)(?P<numeral>(?=\w\w){_NUMERAL})(?=\s[A-Z][a-z])")
"""A Roman numeral between "the" and a name is an ordinal: "the XVI Olympiad", "the XX Congress"."""
COMPANY_OR_COUNTY = re.compile(r"(?<![\w.])Co\.")
"""``Co.``: "County" before a place and after no name ("in Co. Kerry"), else "Company" ("Smith & Co.")."""
AMPERSAND_INITIALS = re.compile(r"(?<![\w&])(?P<first>[A-Z]{1,3})&(?P<second>[A-Z]{1,3})(?![\w&])")
"""Letters joined by "&" are spelled: "AT&T", "R&D"."""
AND_OR = re.compile(r"\band\s?/\s?or\b")
SPACED_SLASH = re.compile(r"(?<=\w)\s/\s(?=\w)")
"""A slash between spaces separates words ("Mabi / Yaya"): a pause, not "slash"."""
LOWER_LED_INITIALISM = re.compile(r"(?<![\w'’.-])(?P<letters>[a-z]{1,2}[A-Z]{2,5}|(?!MiG)[A-Z][a-z][A-Z])(?P<plural>s|['’]s)?(?![\w'’])")
"""Small letters before an initialism in capitals, as science writes molecules and markers: "mRNA", "siRNA", "hCG",
"iOS"; or a small "of", "for" or "and" between two capitals of a body's initials: "AfD", "TfL", "MoD", "BoE", "PwC" —
all spelled ("MiG", a design bureau, is said as a word)."""
CAPITALS = re.compile(r"(?<![\w'’.])(?P<word>[A-Z]{2,})(?P<suffix>s['’]?|['’][sS])?(?![\w'’])")
_WORD = re.compile(r"[^\W\d_]{2,}")
_CAPITAL_RUN = re.compile(r"(?<![\w'’])[A-Z]{2,}(?:['’]S)?(?:[ :,-]+[A-Z]{2,}(?:['’]S)?)+(?![\w'’])")
"""Two or more words in capitals in a row, a quoted headline or slogan inside a sentence ("ACT FAST")."""
_ONSET = "SCHR|SCH|SPH|SQU|SCR|SPL|SPR|STR|THR|SHR|CHR|PHR|[BCDFGKPT][LR]|S[CKLMNPQTW]|[CPSTW]H|WR|KN|QU|TW|DW|[B-DF-HJ-NP-TV-Z]"
_START = re.compile(rf"(?:{_ONSET})?[AEIOUY]")
_CODA = "NGS|NDS|NTS|RST|RTS|RDS|LDS|NG|NK|NT|ND|NS|NCH|RCH|RTH|RK|RT|RD|RN|RM|RL|RS|LT|LD|LK|LM|LS|ST|SK|SP|CK|CT|PT|FT|X|[B-DF-HJ-NP-TV-Z]"
_CLUSTER = re.compile(r"(?<=[AEIOUY])(?P<run>[B-DF-HJ-NP-TV-XZ]{3,})(?=[AEIOUY])")
_SYLLABLE = re.compile(rf"[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]|[AEIOU](?:{_CODA})")
"""A three-letter word that sounds like one ("BUS", "WAR"), lowered in a headline in capitals."""
_UNITED_STATES = re.compile(r"US[B-DF-HJ-NP-TV-Z]")
""""US" before a consonant opens the name of an American agency or service ("USDA", "USPS", "USMC")."""
_TRIPLE_VOWEL = re.compile(r"[AEIOU]{3}")
_FINAL_CLUSTER = re.compile(r"(?![CP]T|CK)[BCDGKPTV]{2}$|(?<![B-DF-HJ-NP-TV-XZ])(?!(?:TCH|GHT|NGTH|RLD|RST|NCH|RCH|RTH|MPT|NCT|XT)$)[B-DF-HJ-NP-TV-XZ]{3,}$")
"""Consonants no English word ends with: two stops ("NYPD"), or three or more that are not a coda ("WATCH", "WORLD" are)."""


class Letters(EnglishNumbers):
    """The steps of :class:`.en.English` for abbreviations, addresses, initialisms and numerals."""

    def _number_abbreviation(self, match: re.Match[str]) -> str:
        word = match["word"] or match["bare"] or match["roman_word"]
        return f"{NUMBER_ABBREVIATIONS.get(word, 'number') if word else 'number'} "

    def _address(self, match: re.Match[str]) -> str:
        if any(word in MONTHS or word in WEEKDAYS for word in match["name"].split()):
            return match.group()  # "On 5 May Dr. Jones spoke": a date, then a title
        compass = f"{COMPASS[match['compass']]} " if match["compass"] else ""
        street = STREETS.get(match["street"].capitalize(), match["street"]) + (_sentence_end(match) if match["period"] else "")
        quarter = f" {COMPASS[match['quarter']]}" if match["quarter"] else ""
        unit = f" {match['unit']}" if match["unit"] else ""
        return f"{self.year(int(match['number']))}{unit} {compass}{match['name']}{street}{quarter}"

    def _ordinal_street(self, match: re.Match[str]) -> str:
        return f"{match['ordinal']} {STREETS[match['street']]}" + (_sentence_end(match) if match["period"] else "")

    def _weekday_range(self, match: re.Match[str]) -> str:
        first, last = match["first"] or match["first_month"], match["last"] or match["last_month"]
        return f"{_SPAN_WORDS.get(first, first)} to {_SPAN_WORDS.get(last, last)}"

    def _state(self, match: re.Match[str]) -> str:
        town = re.search(r"([^\W\d_]+)$", match.string[: match.start()])
        if not (town and town.group(1)[0].isupper()):
            return match.group()  # "he said, OK."
        state = match["state"]
        if state == "Miss." and re.match(r"\s+[A-Z]", match.string[match.end() :]):
            return match.group()  # "Smith, Miss. Jones": a title before a name
        said = f", {STATES.get(state) or AP_STATES[state]}"
        if state.endswith(".") and not match["zip"]:
            said += _sentence_end(match)
        if match["zip"]:
            said += f"{match['gap']}{self.digits(match['zip'])}" + (f" {self.digits(match['plus4'])}" if match["plus4"] else "")
        return said

    def _party_state(self, match: re.Match[str]) -> str:
        state = match["state"]
        return f"{PARTIES[match['party']]} of {AP_STATES.get(state) or STATES.get(state) or state}"

    def _title(self, match: re.Match[str]) -> str:
        if match["capitals"]:
            return TITLES[match["capitals"].capitalize()].upper()
        abbreviation = match["abbreviation"]
        if not match["period"] and abbreviation not in BARE_TITLES:
            return match.group()
        return TITLES[abbreviation]

    def _rank_chain(self, match: re.Match[str]) -> str:
        return match["rank"] + TITLES[match["abbreviation"]] + _sentence_end(match)

    def _sister_or_senior(self, match: re.Match[str]) -> str:
        return "Senior" if _NAME_BEFORE.search(match.string, max(0, match.start() - 40), match.start()) else "Sister"

    def _street(self, match: re.Match[str]) -> str:
        return match["before"] + STREETS[match["abbreviation"]] + (final_period(match) if match["period"] else "")

    def _abbreviation(self, match: re.Match[str]) -> str:
        text = match.group()
        said = ABBREVIATIONS.get(text, "versus")
        if text == "min." and _ORDINAL_BEFORE.search(match.string, 0, match.start()):
            said = "minute"  # "in the 89th min." is a match's minute, "min. 5 °C" a minimum
        return said + (final_period(match) if text.endswith(".") else "")

    def _dotted_initialism(self, match: re.Match[str]) -> str:
        said = self.spell(match["letters"].replace(".", "")) + (match["possessive"] or "")
        return said + ("" if match["possessive"] else final_period(match))

    def _numbered(self, match: re.Match[str]) -> str:
        return f"{match['word']} {self.cardinal(roman_value(match['numeral']))}"

    def _company_or_county(self, match: re.Match[str]) -> str:
        before = re.search(r"(\S+)\s+$", match.string[: match.start()])
        word = before.group(1) if before else ""
        after_name = word == "&" or (word[:1].isupper() and word not in FUNCTION_WORDS)
        rest = match.string[match.end() :]
        if not after_name and re.match(r"\s+[A-Z][a-z]", rest):
            return "County"
        return "Company" + ("" if re.match(r"\s+(?:Ltd|Inc|LLC|PLC|Limited|GmbH|AG)\b", rest) else _sentence_end(match))

    def _roman_century(self, match: re.Match[str]) -> str:
        return self.ordinal(roman_value(match["numeral"]))

    def _roman(self, match: re.Match[str]) -> str:
        name, numeral = match["name"], match["numeral"]
        value = roman_value(numeral)
        possessive = match["possessive"] or ""
        if len(numeral) == 1 and name not in REGNAL_NAMES and numeral in "VX" and _in_a_title(match):
            return f"{name} {self.cardinal(value)}{possessive}"  # "Final Fantasy X", "Grand Theft Auto V"
        if name in FUNCTION_WORDS or (len(numeral) == 1 and name not in REGNAL_NAMES):
            return match.group()
        if numeral == "I" and not possessive and _LOWER_WORD_AFTER.match(match.string, match.end()) and not (
            _after_title(match) or _REGNAL_LEAD.search(match.string, 0, match.start())
        ):
            return match.group()  # "told George I was...": the pronoun
        if name not in REGNAL_NAMES and not _after_title(match) and not _OF_A_REALM.match(match.string, match.end()) and not (
            numeral in ("II", "III", "IV") and _GIVEN_NAME_BEFORE.search(match.string, max(0, match.start() - 24), match.start())
        ):
            return f"{name} {self.cardinal(value)}{possessive}"  # a sequel or a series: "Rocky II"
        return f"{name} the {self.ordinal(value)}{possessive}"

    def _capitals(self, text: str) -> str:
        """Initialisms spelled, words read as words; in all-capitals text, words lowered."""
        words = _WORD.findall(text)
        capitals = sum(word.isupper() for word in words)
        shouting = (capitals >= 4 and capitals >= 0.7 * len(words)) or 2 <= capitals == len(words)
        runs = [] if shouting else [run.span() for run in _CAPITAL_RUN.finditer(text) if _has_long_word(run.group())]
        return CAPITALS.sub(
            lambda match: self._capital_word(
                match["word"], match["suffix"] or "", shouting, any(start <= match.start() < end for start, end in runs)
            ),
            text,
        )

    def _capital_word(self, word: str, suffix: str, shouting: bool, in_run: bool = False) -> str:
        """A word in capitals: lowered in shouted text, capitalised when it reads as a word, else spelled."""
        if word not in INITIALISMS and (word in ACRONYMS or is_word(word)):
            return (word + suffix).lower() if shouting else word.capitalize() + suffix.lower()
        if (shouting or in_run) and word not in INITIALISMS and (len(word) > 3 or _SYLLABLE.fullmatch(word)):
            return (word + suffix).lower() if shouting else word.capitalize() + suffix.lower()  # "SCHOOL BUS CRASH"
        return self.spell(word) + ("'s" if suffix else "")

    def _initial(self, match: re.Match[str]) -> str:
        return self.spell(match["letter"])


def is_word(word: str) -> bool:
    """Whether a word in capitals reads as a word (NATO, STOCKTON, NO) rather than letters (FSB, IAEA)."""
    if len(word) <= 3:
        return word.lower() in COMMON_SHORT_WORDS
    if _UNITED_STATES.match(word):
        return False  # "USDA", "USPS", "USGS": the United States' agencies, spelled
    if not _START.match(word) or _TRIPLE_VOWEL.search(word) or _FINAL_CLUSTER.search(word.rstrip("S")):
        return False
    return all(_splits_into_coda_and_onset(cluster["run"]) for cluster in _CLUSTER.finditer(word))


def _has_long_word(run: str) -> bool:
    """Whether a run of capitals holds a word of four letters or more that reads as a word."""
    return any(len(word) > 3 and word not in INITIALISMS and is_word(word) for word in _WORD.findall(run))


def _splits_into_coda_and_onset(run: str) -> bool:
    return any(
        re.fullmatch(_CODA, run[:cut]) and re.fullmatch(f"(?:{_ONSET})", run[cut:]) for cut in range(1, len(run))
    )


_NEXT_SENTENCE = re.compile(rf"\s+(?!(?:{alternatives(COMPASS)})\b)[A-Z]|[\s\"'”’)\]]*$")
"""What follows a sentence's end: the text's end, or a capital that is not a street's compass point ("Ave. NW")."""


def _sentence_end(match: re.Match[str]) -> str:
    """A period when the abbreviation's own period also ends a sentence (the text ends or a capital follows)."""
    return "." if _NEXT_SENTENCE.match(match.string, match.end()) else ""


_PLATFORM_AFTER = re.compile(r"\s(?:account|post|feed|handle|page|profile|user|follower)s?\b")
"""What follows X, the social network, rather than a numeral ("the Times X account")."""


def _in_a_title(match: re.Match[str]) -> bool:
    """Whether the name before a lone V or X is the last of two or more capitalised words, a title's ("Star Trek V"),
    and not a word that names a letter ("Tesla Model X")."""
    if match["name"] in LETTER_NAMES or match["name"] in FUNCTION_WORDS:
        return False
    if _PLATFORM_AFTER.match(match.string, match.end()) or re.match(r"\.\w", match.string[match.end() : match.end() + 2]):
        return False  # "the Times X account"; "V.A.", an initialism
    before = re.search(r"(?<![\w'’.-])([A-Z][\w'’-]*)\s$", match.string[: match.start()])
    return bool(before) and before.group(1) not in FUNCTION_WORDS and not before.group(1).endswith(("'s", "’s"))


_GIVEN_NAME_BEFORE = re.compile(rf"(?<![\w.'’-])(?:{'|'.join(sorted(REGNAL_NAMES))})\s(?:[A-Z]\.\s)?$")
"""A given name before the surname a generation's numeral follows: "John Smith III", "Henry Ford II" (the kings' names are
also the commonest given names); "Star Trek II" is a sequel."""
_OF_A_REALM = re.compile(r"\sof\s(?!the\b)[A-Z][a-z]")
"""A realm after the numeral makes a name regnal: "Ludwig II of Bavaria" (a sequel has no "of Place")."""
_LOWER_WORD_AFTER = re.compile(r"\s+(?!of\b|and\b)[a-z]")
"""A word in lower case after a numeral "I" (not "of", "and"): "told George I was…", the pronoun."""
_REGNAL_LEAD = re.compile(
    r"(?:^|[.!?;:(\"“]\s*|\b(?i:of|by|under|after|before|during|until|since|and|against|succeeded|crowned|reign)\s)"
    r"(?:[A-Z][a-z]+\s)?$"
)
"""What may stand before "Charles I <verb>" when it is a king ("Charles I was beheaded", "under James I"), not a
verb's object followed by the pronoun ("told Charles I was")."""


def _after_title(match: re.Match[str]) -> bool:
    """Whether a title stands before the name ("Pope Innocent III", "Queen Elizabeth I")."""
    return bool(re.search(r"(?:King|Queen|Pope|Emperor|Empress|Tsar|Czar|Prince|Princess|Sultan|Pharaoh|Duke|Shah|Emir|Caliph|Archduke|Count|Patriarch)\s$", match.string[: match.start()]))
