"""Web addresses, e-mail addresses, @handles and #hashtags, read the way people say them.

The finding and splitting is the same in every language; the words ("dot",
"at", "slash", "hashtag") come from the language's :class:`WebWords`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

TOP_LEVEL_DOMAINS = (
    "com org net gov edu int mil io info news co uk ua eu de fr pl ru by us ca au tv me ai app dev biz online"
)
_TLD = "|".join(TOP_LEVEL_DOMAINS.split())
PATTERN = re.compile(
    r"(?P<email>(?<![\w.+-])[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![a-z]|-[a-z0-9]))"
    r"|(?P<url>(?<![\w])(?:https?://|www\.)[^\s<>\"]+)"
    rf"|(?P<domain>(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:{_TLD})(?:/[^\s<>\"]*)?(?![a-z]|-[a-z0-9]))"
    r"|(?P<handle>(?<![\w@])@[A-Za-z0-9_]{1,30}(?![\w@]))"
    r"|(?P<hashtag>(?<![\w#&])#[^\W\d_]\w*+(?!\.\w))",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"[.,;:!?)\]'\"”’]+$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[A-Za-z])(?=\d)|_+")
_WORD_LABELS = frozenset({"co"})
"""Two-letter labels said as words; the others are country codes, spelled (``uk`` → "U K")."""
_PATH_WORDS = re.compile(r"[^\W_]+(?:[-_][^\W_]+)*", re.ASCII)
_START = re.compile(r"(?:(?P<scheme>https?)://)?(?P<www>www\.)?", re.IGNORECASE)
_NUMBER_RUN = re.compile(r"\d+")
_LATIN_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")


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


def read_web(
    match: re.Match[str],
    words: WebWords,
    spell: Callable[[str], str],
    digits: Callable[[str], str],
    say_word: Callable[[str], str] = str,
) -> str:
    """Words for one :data:`PATTERN` match (trailing punctuation kept as punctuation).

    ``spell`` reads letters one by one (country codes, the scheme), ``digits``
    the numbers in an address, ``say_word`` each Latin word (another language
    names them its own way: "gmail" → "джі мейл").
    """
    text = match.group()
    if match.lastgroup == "hashtag":
        return f"{words.hashtag} {split_words(text[1:])}"
    if match.lastgroup == "handle":
        return f"{words.at} {split_words(text[1:])}"
    trailing = _TRAILING.search(text)
    end = trailing.group() if trailing else ""
    text = text[: len(text) - len(end)]
    if match.lastgroup == "email":
        local, _, host = text.partition("@")
        return f"{_read_local(local, words, digits, say_word)} {words.at} {_read_host(host, words, spell, digits, say_word)}{end}"
    return _read_address(text, words, spell, digits, say_word) + end


def split_words(name: str) -> str:
    """``StandWithUkraine`` → ``Stand With Ukraine``; ``kyiv_independent`` → ``kyiv independent``."""
    return " ".join(part for part in _CAMEL.split(name) if part)


def _read_address(
    url: str, words: WebWords, spell: Callable[[str], str], digits: Callable[[str], str], say_word: Callable[[str], str]
) -> str:
    """The scheme and ``www`` as written, the host, then the path while its parts are words and numbers."""
    start = _START.match(url)
    spoken = []
    if start["scheme"]:
        spoken.append(f"{spell(start['scheme'])} {words.colon} {words.slash} {words.slash}")
    if start["www"]:
        spoken.append(f"{spell('www')} {words.dot}")
    address = re.split(r"[?#]", url[start.end() :], maxsplit=1)[0]
    host, *path = address.split("/")
    spoken.append(_read_host(host, words, spell, digits, say_word))
    for segment in path:
        if not segment or not _PATH_WORDS.fullmatch(segment):
            break
        spoken.append(f"{words.slash} " + _read_parts(segment.lower(), words, digits, say_word))
    return " ".join(spoken)


def _read_host(
    host: str, words: WebWords, spell: Callable[[str], str], digits: Callable[[str], str], say_word: Callable[[str], str]
) -> str:
    labels = host.lower().split(".")
    said = [labels[0]] + [
        spell(label.upper()) if len(label) == 2 and label.isalpha() and label not in _WORD_LABELS else label
        for label in labels[1:]
    ]
    return f" {words.dot} ".join(_read_parts(label, words, digits, say_word) for label in said)


def _read_local(local: str, words: WebWords, digits: Callable[[str], str], say_word: Callable[[str], str]) -> str:
    for mark, word in ((".", words.dot), ("_", words.underscore), ("+", words.plus)):
        local = local.replace(mark, f" {word} ")
    return _read_parts(local, words, digits, say_word)


def _read_parts(text: str, words: WebWords, digits: Callable[[str], str], say_word: Callable[[str], str]) -> str:
    """Hyphens as "dash", underscores as spaces, numbers through ``digits``, Latin words through ``say_word``."""
    text = _NUMBER_RUN.sub(lambda match: f" {digits(match.group())} ", text.replace("_", " "))
    text = _LATIN_WORD.sub(lambda match: say_word(match.group()), text)
    return " ".join(text.replace("-", f" {words.dash} ").split())
