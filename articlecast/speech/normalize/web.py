"""Web addresses, e-mail addresses, file names, @handles and #hashtags, read the way people say them.

The finding and splitting is the same in every language; the words ("dot",
"at", "slash", "hashtag") come from the language's :class:`WebWords`, and a
:class:`WebReader` adds how it spells letters and says numbers and Latin words.
The scheme and ``www`` are said when written; numbers are said digit by digit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

TOP_LEVEL_DOMAINS = (
    "com org net gov edu int mil io info news co uk ua eu de fr pl ru by us ca au tv me ai app dev biz online"
    " it es nl ch se dk fi jp cn br mx nz ie sg hk kr tw il tr gr cz hu ro sk pt kz ly xyz fm gg cc"
)
_TLD = "|".join(TOP_LEVEL_DOMAINS.split())
_FILE_TYPES = "pdf|docx?|xlsx?|pptx?|txt|csv|jpe?g|png|gif|svg|mp3|mp4|wav|zip|html?|json|xml|exe|epub"
"""Extensions that make a word a file name ("report_v2.pdf")."""
PATTERN = re.compile(
    r"(?P<email>(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z]|-[a-z0-9]))"
    r"|(?P<url>(?<![\w])(?:https?://|s?ftp://|www\.)[^\s<>\"]+)"
    rf"|(?P<domain>(?<![\w@.-])(?:(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})|localhost(?=:\d))(?::\d{{2,5}}(?!\d))?(?:/[^\s<>\"]*)?(?![a-z]|-[a-z0-9]))"
    rf"|(?P<file>(?<![\w@./-])[^\W_](?:[\w-]*[^\W_])?\.(?:{_FILE_TYPES})(?![\w-]|\.\w))"
    r"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{1,30}(?![\w@]))"
    r"|(?P<hashtag>(?<![\w#&])#(?:[^\W\d_]|\d++(?!(?:st|nd|rd|th|s)\b)[^\W\d_])\w*+(?!\.\w))",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[.,;:!?)\]'\"”’]+$")
_LOWER, _UPPER = "a-zа-яёіїєґ", "A-ZА-ЯЁІЇЄҐ"
_CAMEL = re.compile(rf"(?<=[{_LOWER}])(?=[{_UPPER}])|(?<=[{_UPPER}])(?=[{_UPPER}][{_LOWER}])|(?<=[A-Za-z])(?=\d)|_+")
_WORD_LABELS = frozenset({"co", "ai"})
"""Two-letter labels said as words ("co", and "ai", which startups took as a word); the others are country codes,
spelled (``uk`` → "U.K.", ``.io`` → "I.O.")."""
_PATH_WORDS = re.compile(r"[^\W_]+(?:[-_.][^\W_]+)*")
_START = re.compile(r"(?:(?P<scheme>https?|s?ftp)://)?(?P<www>www\.)?", re.IGNORECASE)
_PARTS = re.compile(r"([^?#]*)([?#]?)(.*)", re.DOTALL)
"""An address's host and path, the mark after them, and its query or fragment."""
_NUMBER_RUN = re.compile(r"\d+")
_CODE_LETTERS = re.compile(r"(?<![^\W\d_])[A-Za-z]{2,3}(?=\d)|(?<=\d)[A-Za-z]{2,3}(?![^\W\d_])")
"""A few Latin letters glued to digits in an address's path, a code ("t.co/abc123", "bit.ly/3xq7"): spelled, not a word
(a name in an e-mail's local part, "doe123", stays a word)."""
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z]+(?![A-Za-z])")


@dataclass(frozen=True)
class WebWords:
    """How one language says the parts of addresses."""

    dot: str
    at: str
    slash: str
    dash: str
    underscore: str
    plus: str
    hashtag: str
    colon: str
    question: str = ""
    """What "?" before a query is called; without it, the query is not read."""
    equals: str = ""
    ampersand: str = ""


@dataclass(frozen=True)
class WebReader:
    """How one language reads an address: its words, and how it spells letters, says digits and Latin words."""

    words: WebWords
    spell: Callable[[str], str]
    """Letters one by one (country codes, the scheme)."""
    digits: Callable[[str], str]
    """The numbers in an address."""
    say_word: Callable[[str], str] = str
    """Each Latin word: another language names them its own way ("gmail" → "джі мейл")."""
    say_host: Callable[[str], str] | None = None
    """A host's label, if read otherwise than other words (an organisation's initials: "ipcc")."""

    def read(self, match: re.Match[str]) -> str:
        """Words for one :data:`PATTERN` match (trailing punctuation kept as punctuation)."""
        text = match.group()
        if match.lastgroup == "hashtag":
            return f"{self.words.hashtag} {split_words(text[1:])}"
        if match.lastgroup == "handle":
            return f"{self.words.at} " + f" {self.words.underscore} ".join(map(split_words, filter(None, text[1:].split("_"))))
        trailing = _TRAILING.search(text)
        end = trailing.group() if trailing else ""
        text = text[: len(text) - len(end)]
        if match.lastgroup == "file":
            name, _, extension = text.rpartition(".")
            return f"{self._parts(name)} {self.words.dot} {extension.lower()}{end}"
        if match.lastgroup == "email":
            local, _, host = text.partition("@")
            return f"{self._local(local)} {self.words.at} {self._host(host)}{end}"
        return self._address(text) + end

    def _address(self, url: str) -> str:
        """The scheme and ``www`` as written, the host, then the path while its parts are words and numbers."""
        start = _START.match(url)
        spoken = []
        if start and start["scheme"]:
            spoken.append(f"{self.spell(start['scheme'])} {self.words.colon} {self.words.slash} {self.words.slash}")
        if start and start["www"]:
            spoken.append(f"{self.spell('www')} {self.words.dot}")
        address, mark, rest = _PARTS.fullmatch(url[start.end() if start else 0 :]).groups()  # type: ignore[union-attr]
        host, *path = address.split("/")
        host, colon, port = host.partition(":")
        spoken.append(self._host(host) + (f" {self.words.colon} {self._parts(port)}" if colon and port.isdigit() else ""))
        for segment in path:
            if not segment:
                continue
            if not _PATH_WORDS.fullmatch(segment):
                return " ".join(spoken)
            spoken.append(f"{self.words.slash} " + f" {self.words.dot} ".join(self._parts(part, code=True) for part in segment.lower().split(".")))
        if mark == "?" and self.words.question:
            spoken.append(self._query(rest.split("#")[0]))
        return " ".join(spoken).rstrip()

    def _query(self, query: str) -> str:
        """``?id=5&page=2`` → "question mark id equals five and page equals two", while its names and values are
        words and numbers (a token or a tracking code is not read)."""
        said = []
        for pair in query.split("&"):
            name, equals, value = pair.partition("=")
            if not _PATH_WORDS.fullmatch(name) or (value and not _PATH_WORDS.fullmatch(value)):
                break
            said.append(self._parts(name) + (f" {self.words.equals} {self._parts(value)}" if equals and value else ""))
        return f"{self.words.question} " + f" {self.words.ampersand} ".join(said) if said else ""

    def _host(self, host: str) -> str:
        labels = host.lower().split(".")
        said = [labels[0]] + [
            self.spell(label.upper()) if len(label) == 2 and label.isalpha() and label not in _WORD_LABELS else label
            for label in labels[1:]
        ]
        if self.say_host and said[0].isalpha():
            said[0] = self.say_host(said[0])
        return f" {self.words.dot} ".join(self._parts(label) for label in said)

    def _local(self, local: str) -> str:
        for mark, word in ((".", self.words.dot), ("_", self.words.underscore), ("+", self.words.plus)):
            local = local.replace(mark, f" {word} ")
        return self._parts(local)

    def _parts(self, text: str, code: bool = False) -> str:
        """Hyphens as "dash", underscores as "underscore", numbers and Latin words read the language's way (a letter's name
        may hold a hyphen of its own, "дабл-ю": only the address's hyphens are dashes); in a path (``code``), a few
        letters glued to digits are spelled."""
        pieces = []
        for piece in text.replace("_", f" {self.words.underscore} ").split("-"):
            piece = piece if not code else _CODE_LETTERS.sub(lambda match: f" {self.spell(match.group().upper())} ", piece)
            piece = _NUMBER_RUN.sub(lambda match: f" {self.digits(match.group())} ", piece)
            pieces.append(_LATIN_WORD.sub(lambda match: self.say_word(match.group()), piece))
        return " ".join(f" {self.words.dash} ".join(pieces).split())


def split_words(name: str) -> str:
    """``StandWithUkraine`` → ``Stand With Ukraine``; ``kyiv_independent`` → ``kyiv independent``."""
    return " ".join(part for part in _CAMEL.split(name) if part)
