"""East Slavic letters and codes: the steps of :class:`.slavic.EastSlavic` that spell or say what is not a word.

Capitals are spelled or said as a word by the letters they alternate ("ЗСУ" → "зе ес у", "НАТО"); Latin capitals
the same way, by the local names of Latin letters ("GPS" → "джи пи эс", "NASA" → "наса"), and a digit joined to
one Latin capital is a generation or a dimension ("5G" → "пять джи", "3D"). The Latin words of a web address are
said by their sounds ("lenta" → "лента") unless they are short (spelled) or the language names them. Numbers that
are codes are said by their parts: an address on a Cyrillic domain (``мвд.рф``), an IP address, a code, a PIN or a
card's last digits (digit by digit), a postal index in an address (``Москва, 125009`` → "сто двадцать пять ноль
ноль девять"), the number after "№" (always "номер один"), and a number joined by a hyphen to the capitals of a
law's kind (``273-ФЗ`` → "двести семьдесят три эф зэ").
"""

from __future__ import annotations

import functools
import re

from .base import Step, alternatives, substitute
from .slavic_context import SlavicContext
from .slavic_ordinals import ROMAN, roman_number

_VOWELS = frozenset("АЕЁИОУЫЭЮЯІЇЄAEIOUY")
_LATIN_CAPITALS = re.compile(r"(?<![\w@./&-])(?P<letters>[A-Z]{2,5})(?![\w@&]|\.[a-z]|-\d)")
"""Latin capitals in running text ("GPS", "NASA"), not in a model's name ("F-150") or an address."""
_WORD_BEFORE_HYPHEN = re.compile(r"[B-DF-HJ-NP-TV-Z][AEIOU][B-DF-HJ-NP-TV-Z]-(?=[а-яёіїєґ])")
"""Three Latin capitals said as one syllable before a hyphen and a Cyrillic word ("SIM-карта", "VIP-зона")."""
_ROMAN_LETTERS = frozenset("IVXLCDM")
_LATIN_DIGRAPH = re.compile("sch|sh|ch|th|ph|ck|kh|zh|ts")
"""Two Latin letters for one sound: a word with "sch" or "nts" is no initialism ("events", "shchukin")."""
_LONE_ROMAN = re.compile(rf"^\s*(?P<numeral>{ROMAN})(?=\s*[.!?]?\s*$)")
"""A Roman numeral standing alone, a heading's number ("XIV."): the masculine ordinal."""
_DIGIT_AND_LETTER = re.compile(r"(?<![\w.,-])(?P<digit>\d)(?P<letter>[A-Z])(?![\w])")
"""A digit joined to a Latin capital: a network's generation or a dimension ("5G", "3D")."""
_LETTER_BY_NUMBER = re.compile(r"(?<![\w.-])(?P<first>[A-Z])(?P<hyphen>-?)(?=\d)|(?<=\d)(?P<last>[A-Z])(?=\d|[^\w-]|$)")
"""A Latin capital alone by a number, a model's or a strain's letter ("A320", "F-16", "H5N1", "двигатель V8")."""
_TIMES = re.compile(r"(?<=\d)\s?[хx]\s?(?=\d)")
"""A letter x between numbers is "by" ("2х3 м": "два на три метра")."""
_CODE_HYPHEN = re.compile(r"(?<=\d)-(?=(?P<letters>[А-ЯЁІЇЄҐ]{2,4})(?![\w-]))")
"""A number joined by a hyphen to capitals naming its kind ("273-ФЗ", "152-ФЗ"), not to a written ending ("1-ГО")."""
_ENDINGS = frozenset("го ой ый ий ая ое ые ых му ми ти ом ем ее ую ей их им ых ью".split())
_NUMBER_SIGN = re.compile(r"№\s?(?P<number>\d{1,9})(?![\d,.\-/]\d|[\w/])")
_IP_ADDRESS = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{1,3}){3}(?![\w]|[.,]\d)")
_DOTTED_PARTS = re.compile(r"(?<![\w.,])(?![0-3]\d\.[01]\d\.\d\d(?!\d|\.\d)|\d{1,3}\.\d{3}\.\d{3}(?!\d|\.\d))\d{1,3}(?:\.\d{1,3}){2}(?![\w]|\.\d)")
"""Three numbers joined by points, not a date or thousands ("1.000.000"): a clause's or a standard's number ("20.3.1")."""
_CYRILLIC_DOMAIN = re.compile(r"(?<![\w@.-])(?P<labels>(?:[а-яёіїєґ0-9-]+\.)+)(?P<zone>рф|рус|укр|бел|москва)(?![\w-])", re.IGNORECASE)
"""An address on a Cyrillic domain ("госуслуги.рф")."""
_ADDRESS_START = r"(?=,\s*(?:г\.|м\.|город|місто|[А-ЯЁІЇЄҐ]))"
_INDEX = re.compile(rf"(?<![\w.,])(?:(?P<first>\d{{6}}){_ADDRESS_START}|(?<=[^\W\d_],\s)(?P<last>\d{{6}})(?=\s*(?:[,;)]|\.?$)))")
_PLACE_BEFORE = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ][а-яёіїєґ'-]+,\s$")
"""A postal index: first in an address ("123456, г. Москва"), or after the city that ends it ("Москва, 125009")."""


class SlavicLetters(SlavicContext):
    """Initialisms, Latin words and codes."""

    def _compile_letters(self) -> None:
        g = self.grammar
        self.code_number = (
            re.compile(rf"(?<![\w-])(?:{alternatives(g.code_words)})(?:\s[^\W\d_]{{3,}})?(?:\s?:)?\s(?:№\s?)?(?P<number>\d{{4,}})(?![\d,.]\d|[\w/-])", re.IGNORECASE)
            if g.code_words
            else None
        )
        """A code, PIN or card's last digits after the word that names it ("код 4821", "оканчивается на 4455")."""
        self.section_number = (
            re.compile(rf"(?<![\w.])(?:{alternatives(g.section_words)})\s?(?P<number>\d{{1,3}}(?:\.\d{{1,3}})+)(?![\w]|[.,]\d)", re.IGNORECASE)
            if g.section_words
            else None
        )
        """A clause's or a version's number after the word that names it ("п. 3.2", "версия 2.0")."""

    def early_letter_steps(self) -> list[Step]:
        """Before numbers are read: the codes whose digits are not an amount."""
        steps = [
            *self.context_steps(),
            substitute(_CYRILLIC_DOMAIN, self._cyrillic_domain),
            substitute(_IP_ADDRESS, self._ip_address),
            substitute(_INDEX, self._index),
            substitute(_TIMES, lambda m: f" {self.grammar.symbols['×']} "),
            substitute(_DIGIT_AND_LETTER, lambda m: f"{self.cardinal(int(m['digit']))} {self.spell(m['letter'])}"),
            substitute(_LETTER_BY_NUMBER, lambda m: f" {self.spell(m['first'])}{m['hyphen'] or ' '}" if m["first"] else f" {self.spell(m['last'])} "),
            substitute(_CODE_HYPHEN, lambda m: "-" if m["letters"].lower() in _ENDINGS else " "),
            substitute(_NUMBER_SIGN, lambda m: f"{self.grammar.number_word} {self.number(m['number'])}"),
            substitute(re.compile(r"№\s?(?=\d)"), lambda m: f"{self.grammar.number_word} "),
        ]
        if self.code_number:
            steps.insert(len(steps) - 6, substitute(self.code_number, lambda m: m.group()[: m.start("number") - m.start()] + self.digits(m["number"])))
        return steps

    def section_steps(self) -> list[Step]:
        """After the abbreviations before a number ("п." → "пункт"), before dates: numbers joined by points."""
        steps = [substitute(_DOTTED_PARTS, self._dotted_parts)]
        if self.section_number:
            steps.insert(0, substitute(self.section_number, lambda m: m.group()[: m.start("number") - m.start()] + self._dotted_parts(m, "number")))
        return steps

    def late_letter_steps(self) -> list[Step]:
        """After numbers and abbreviations: capitals left, Cyrillic and Latin."""
        steps = [substitute(_LONE_ROMAN, lambda m: self.ordinal(roman_number(m["numeral"])))]
        steps += [substitute(_LATIN_CAPITALS, self._latin_capitals)] if self.grammar.latin_sounds else []
        if self.initialism:
            steps.append(substitute(self.initialism, self._initialism))
        return steps

    # Steps

    def _cyrillic_domain(self, match: re.Match[str]) -> str:
        labels = [*match["labels"].rstrip(".").split("."), match["zone"]]
        return f" {self.grammar.web_words.dot} ".join(self._cyrillic_label(label) for label in labels)

    def _cyrillic_label(self, label: str) -> str:
        if label.isdigit():
            return self.digits(label)
        if label.isalpha() and not _long_word(label) and _spelled(label.upper()):
            return " ".join(self.grammar.cyrillic_letters.get(letter, letter) for letter in label.upper())
        return label

    def _dotted_parts(self, match: re.Match[str], group: int | str = 0) -> str:
        """``20.3.1`` → "двадцать точка три точка один": a clause's or a standard's number, part by part."""
        return f" {self.grammar.web_words.dot} ".join(self.number(part) for part in match.group(group).split("."))

    def _ip_address(self, match: re.Match[str]) -> str:
        """Four numbers up to 255, none with a zero first, joined by points; else thousands ("1.000.000.000")."""
        parts = match.group().split(".")
        if any(int(part) > 255 or (len(part) > 1 and part.startswith("0")) for part in parts):
            return match.group()
        return f" {self.grammar.web_words.dot} ".join(self.number(part) for part in parts)

    def _index(self, match: re.Match[str]) -> str:
        """Two numbers of three digits; the second digit by digit when it starts with a zero ("125009")."""
        digits = match["first"] or match["last"]
        if match["last"] and not _PLACE_BEFORE.search(match.string, max(0, match.start() - 40), match.start()):
            return digits
        return " ".join(self.digits(part) if part.startswith("0") else self.number(part) for part in (digits[:3], digits[3:]))

    def _latin_capitals(self, match: re.Match[str]) -> str:
        letters = match["letters"]
        if not set(letters) - _ROMAN_LETTERS or _shouted(match.string):
            return letters
        if len(letters) > 3 and not _spelled(letters) or _WORD_BEFORE_HYPHEN.match(match.string, match.start()):
            return self.sounds(letters.lower())  # "NASA"; "SIM-карта", "VIP-зона": a syllable before a Cyrillic word
        return " ".join(self.grammar.cyrillic_letters["О"] if letter == "O" else self.spell(letter) for letter in letters)  # "IPO": "ай пи о"

    def _initialism(self, match: re.Match[str]) -> str:
        """Capitals said letter by letter ("ЗСУ" → "зе ес у"), unless they read as a word ("НАТО") or
        the whole text is in capitals (a headline shouted, whose words eSpeak NG reads as words)."""
        word = match.group()
        if word in self.grammar.spelled_as:
            return self.grammar.spelled_as[word]
        if word.isupper() and (_shouted(match.string) or not _spelled(word) or word in self.grammar.acronym_words):
            return word
        return " ".join(self.grammar.cyrillic_letters[letter.upper()] for letter in word)

    def spell(self, letters: str) -> str:
        """Letters one by one; Latin ones by their local names ("DE" → "ді і")."""
        names = self.grammar.latin_letters
        return " ".join(names.get(letter.lower(), letter) for letter in letters)

    def sounds(self, word: str) -> str:
        """A Latin word in the local letters, by the sounds they stand for ("lenta" → "лента")."""
        table = self.grammar.latin_sounds
        said, i = [], 0
        while i < len(word):
            for size in (4, 3, 2, 1):
                piece = word[i : i + size]
                if len(piece) == size and (piece in table or size == 1):
                    said.append(_sound(table, piece, word, i))
                    i += size
                    break
        return "".join(said)

    def _web_word(self, word: str) -> str:
        """A Latin word of an address (in which case does not count): its local name, spelled when short or when it
        does not read as a word, else said by its sounds."""
        names = self.grammar.web_names
        word = word.lower()
        if word in names:
            return names[word]
        if word.isascii() and word.isalpha() and not _long_word(word) and (len(word) <= 3 or _spelled(_LATIN_DIGRAPH.sub("x", re.sub("(?<=...)s$", "", word)).upper())):
            return self.spell(word)
        return self.sounds(word) if word.isascii() and word.isalpha() and self.grammar.latin_sounds else word


def _sound(table: dict[str, str], piece: str, word: str, i: int) -> str:
    """One letter or group: "c" before e, i, y as "s"; "e" first in a word as "э"; "y" after a vowel as "й"."""
    following = word[i + 1 : i + 2]
    if piece == "c" and following in ("e", "i", "y"):
        return table.get("s", "с")
    if piece == "e" and i == 0:
        return table.get("^e", table.get("e", "е"))
    if piece == "y" and i and word[i - 1] in "aeiou":
        return table.get("y~", "й")
    return table.get(piece, piece)


def _long_word(label: str) -> bool:
    """A label of an address long enough to be a word, read by its sounds even with three consonants together
    ("rosstat", "minzdrav", "президент"): six letters or more (five in Cyrillic), a vowel in four, no five consonants in a row."""
    if len(label) < (6 if label.isascii() else 5):
        return False
    pattern = "".join("v" if letter in _VOWELS else "c" for letter in label.upper())
    return pattern.count("v") * 4 >= len(label) and "ccccc" not in pattern


def _spelled(word: str) -> bool:
    """Whether capitals are an initialism said letter by letter: two letters, no vowel, two consonants
    first ("США", "ЗСУ") or three in a row ("ЄСПЛ"), a vowel and two consonants ("ИПЦ"); "НАТО", "МОЗ"
    and "ООН" read as words; only vowels ("ОАЭ") are spelled. Only Х and І are a Roman numeral typed in Cyrillic, never spelled.
    Latin capitals ("SWIFT") may start with two consonants."""
    if not set(word) - {"Х", "І"}:
        return False
    consonants = "".join("v" if letter in _VOWELS else "c" for letter in word)
    latin = word.isascii()
    if re.search("[АЕОУИЯЮ]Э", word):
        return True  # "АЭС", "ЕЭС": a vowel before "Э" is said apart
    if consonants == "vcc" and not latin:
        return True  # "ИПЦ", "ОМС": three letters, a vowel and two consonants, are spelled ("ООН", "ЕГЭ" are words)
    return len(word) == 2 or "v" not in consonants or "c" not in consonants or (consonants.startswith("cc") and not latin) or "ccc" in consonants


_LOWER_CASE_RUN = re.compile(r"[^\W\d_A-ZА-ЯЁІЇЄҐ]{3}")


@functools.lru_cache(maxsize=16)
def _shouted(text: str) -> bool:
    """Whether a text is written in capitals: no three lower-case letters in a row anywhere, and more than one word."""
    return not _LOWER_CASE_RUN.search(text) and len(text.split()) > 1
