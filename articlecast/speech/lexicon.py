"""A publication's pronunciation lexicon: words and phrases the engine should say differently.

A TOML file, referenced from the voice profile (``lexicon = "lexicon.en.toml"``)::

    Kyiv = "Keev"                                # a respelling: plain letters the engine reads right
    Zaluzhnyi = { say = "Zaloozhnee" }           # the same, as a table
    Lukashenko = { phonemes = "lu:k@S'EnkoU" }   # engine phonemes (only for engines that take them)
    ICC = { spell = true }                       # always letter by letter
    NATO = { spell = false }                     # always as a word
    gif = { say = "jif", match_case = false }

Keys match whole words or phrases in the article's text. An entry with a capital
letter matches only that spelling (names); an entry in lower case matches any
case; ``match_case`` says otherwise. The transcript keeps the article's spelling.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..config import read_toml
from ..errors import ConfigError

if TYPE_CHECKING:
    from .normalize import Rules

PHONEME_NOTATIONS = {"espeak": "[[{}]]", "misaki": "[x](/{}/)"}
"""How engines that take inline phonemes want them, by the engine's ``phonemes`` attribute."""

_ENTRY_KEYS = ("say", "phonemes", "spell", "match_case")
_UNSAFE = re.compile(r"[\[\]<>\x00-\x1f\x7f]")
# Placeholders stand for matched entries while the text is normalised: letters only,
# capitalised like the match, so that rules looking at capitals still see a name.
_MARKER = re.compile(r"\b([Zz])xq([a-z]+)qxz\b")
_MARKER_LOOKALIKE = re.compile(r"\bzxq[a-z]+qxz\b", re.IGNORECASE)


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: what is written, and what to say for it."""

    written: str
    say: str | None = None
    """A respelling, said as it is."""
    phonemes: str | None = None
    """Engine phonemes."""
    spell: bool | None = None
    """True: letter by letter; False: as a word."""
    match_case: bool = True


@dataclass(frozen=True)
class Protected:
    """Text with lexicon matches replaced by placeholders, and what each placeholder becomes."""

    text: str
    replacements: tuple[str, ...]

    def restore(self, text: str) -> str:
        """Put each entry's spoken form where its placeholder ended up."""
        return _MARKER.sub(lambda match: self.replacements[_index(match.group(2))], text)


class Lexicon:
    """A set of entries, matched as whole words, case-sensitively or not."""

    def __init__(self, entries: list[Entry], source: object = "the lexicon", phonemes: str | None = None) -> None:
        self.entries = tuple(entries)
        self.source = source
        self._notation = PHONEME_NOTATIONS.get(phonemes or "")
        self._exact = {_spaced(entry.written): entry for entry in entries if entry.match_case}
        self._folded = {_spaced(entry.written).casefold(): entry for entry in entries if not entry.match_case}
        alternatives = [
            _pattern(entry.written) if entry.match_case else f"(?i:{_pattern(entry.written)})"
            for entry in sorted(entries, key=lambda entry: len(entry.written), reverse=True)
        ]
        self._pattern = re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)") if entries else None

    @classmethod
    def load(cls, path: str | Path, phonemes: str | None = None) -> Lexicon:
        """Read a lexicon file; ``phonemes`` is the engine's phoneme notation (None: it takes none)."""
        return cls.from_mapping(read_toml(Path(path)), path, phonemes)

    @classmethod
    def from_mapping(cls, data: dict[str, Any], where: object = "the lexicon", phonemes: str | None = None) -> Lexicon:
        """Build a lexicon from parsed TOML, raising :class:`ConfigError` for a malformed entry."""
        entries = [_entry(written, value, where) for written, value in data.items()]
        if phonemes not in (None, *PHONEME_NOTATIONS):
            raise ConfigError(f"In {where}, the engine's phoneme notation {phonemes!r} is unknown; use respellings.")
        for entry in entries:
            if entry.phonemes is not None and phonemes is None:
                raise ConfigError(
                    f"In {where}, {entry.written!r} gives phonemes, but the voice profile's engine cannot take "
                    "phoneme input; give a respelling instead, e.g. { say = \"...\" }."
                )
        return cls(entries, where, phonemes)

    def used_in(self, text: str) -> set[str]:
        """The entries (as written in the lexicon) that match in ``text``."""
        return {written for _, _, written in self.matches(text)}

    def matches(self, text: str) -> list[tuple[int, int, str]]:
        """Where entries match in ``text``: start and end offsets, and the entry as written in the lexicon."""
        if self._pattern is None:
            return []
        return [(match.start(), match.end(), self._entry_for(match.group()).written) for match in self._pattern.finditer(text)]

    def protect(self, text: str, rules: Rules) -> Protected:
        """Replace matches in ``text`` with placeholders that normalisation leaves alone."""
        text = _MARKER_LOOKALIKE.sub(lambda match: f"{match.group()[:2]} {match.group()[2:]}", text)
        if self._pattern is None:
            return Protected(text, ())
        replacements: list[str] = []

        def hold(match: re.Match[str]) -> str:
            replacements.append(self._spoken(self._entry_for(match.group()), match.group(), rules))
            return f"{'Z' if match.group()[0].isupper() else 'z'}xq{_letters(len(replacements) - 1)}qxz"

        return Protected(self._pattern.sub(hold, text), tuple(replacements))

    def _entry_for(self, matched: str) -> Entry:
        key = _spaced(matched)
        return self._exact.get(key) or self._folded[key.casefold()]

    def _spoken(self, entry: Entry, matched: str, rules: Rules) -> str:
        if entry.say is not None:
            return entry.say
        if entry.phonemes is not None and self._notation:
            return self._notation.format(entry.phonemes)
        if entry.spell:
            return rules.spell("".join(char for char in matched.upper() if char.isalpha()))
        return matched.capitalize() if matched.isupper() else matched


def load_lexicon(path: str | Path | None, phonemes: str | None = None) -> Lexicon | None:
    """The lexicon at ``path`` (None: no lexicon), for an engine whose phoneme notation is
    ``phonemes`` (None: it takes none, so entries with phonemes are refused)."""
    if not path:
        return None
    path = Path(path)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        raise ConfigError(f"The lexicon {path} does not exist; fix the lexicon path in the voice profile.") from None
    return _load(path, stamp, phonemes)


@lru_cache(maxsize=8)
def _load(path: Path, stamp: int, phonemes: str | None) -> Lexicon:
    """Cached by modification time, so that a batch reads the file once."""
    return Lexicon.load(path, phonemes)


def _entry(written: str, value: object, where: object) -> Entry:
    if not written.strip() or written != written.strip() or _UNSAFE.search(written):
        raise ConfigError(f"In {where}, the entry {written!r} must be a word or phrase without brackets or outer spaces.")
    if isinstance(value, str):
        value = {"say": value}
    if not isinstance(value, dict):
        raise ConfigError(f"In {where}, {written!r} must be a respelling in quotes or a table such as {{ spell = true }}.")
    unknown = sorted(set(value) - set(_ENTRY_KEYS))
    if unknown:
        raise ConfigError(f"In {where}, {written!r} has the unknown key {unknown[0]!r}; use say, phonemes, spell or match_case.")
    given = [key for key in ("say", "phonemes", "spell") if key in value]
    if len(given) != 1:
        raise ConfigError(f"In {where}, {written!r} must give exactly one of say, phonemes or spell.")
    for key in ("say", "phonemes"):
        text = value.get(key)
        if key in value and (not isinstance(text, str) or not text.strip() or _UNSAFE.search(text)):
            raise ConfigError(f"In {where}, {written!r} {key} must be non-empty text without brackets or control characters.")
    for key in ("spell", "match_case"):
        if key in value and not isinstance(value[key], bool):
            raise ConfigError(f"In {where}, {written!r} {key} must be true or false.")
    if value.get("spell") and not any(char.isalpha() for char in written):
        raise ConfigError(f"In {where}, {written!r} has no letters to spell.")
    return Entry(
        written,
        say=value.get("say"),
        phonemes=value.get("phonemes"),
        spell=value.get("spell"),
        match_case=value.get("match_case", written != written.lower()),
    )


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _pattern(written: str) -> str:
    """A phrase's words with any run of spaces between them."""
    return r"\s+".join(map(re.escape, written.split()))


def _letters(index: int) -> str:
    """0 → a, 25 → z, 26 → ba: a placeholder's number in letters (no digits, which rules would read)."""
    letters = ""
    while True:
        index, digit = divmod(index, 26)
        letters = chr(ord("a") + digit) + letters
        if not index:
            return letters


def _index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord("a")
    return index
