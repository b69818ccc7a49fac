"""Fold look-alike letters from another script into the script of the word they sit in.

Scraped pages carry words such as "Сeasefire", whose first letter is Cyrillic:
an engine would switch language mid-word. Each word that mixes Latin, Cyrillic
and Greek letters is written in its majority script (ties go to the article's
script), using Unicode's confusables data (UTS #39) as shipped by the
``confusable_homoglyphs`` package.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_WORD = re.compile(r"[^\W\d_]{2,}")
# The letters a word may be folded into: English, Ukrainian and Russian, and Greek letters.
_CYRILLIC = "АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
_GREEK = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_TARGETS = {
    "LATIN": frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
    "CYRILLIC": frozenset(_CYRILLIC + _CYRILLIC.lower()),
    "GREEK": frozenset(_GREEK + _GREEK.lower() + "ς"),
}


def script_of(char: str) -> str | None:
    """``LATIN``, ``CYRILLIC`` or ``GREEK`` for a letter of those scripts, else None."""
    name = unicodedata.name(char, "")
    script = name.partition(" ")[0]
    return script if script in SCRIPTS else None


def fold_lookalikes(text: str, preferred: str = "LATIN") -> str:
    """``text`` with every mixed-script word written in one script where look-alikes allow."""
    if text.isascii():
        return text
    return _WORD.sub(lambda match: _fold_word(match.group(), preferred), text)


def _fold_word(word: str, preferred: str) -> str:
    counts = Counter(script for script in map(script_of, word) if script)
    if len(counts) < 2:
        return word
    top = max(counts.values())
    leaders = [script for script, count in counts.items() if count == top]
    target = preferred if preferred in leaders else leaders[0]
    table = _fold_table(target)
    return "".join(table.get(char, char) if script_of(char) != target else char for char in word)


@lru_cache(maxsize=None)
def _fold_table(target: str) -> dict[str, str]:
    """Letter of another script → look-alike letter of ``target`` with the same case (loaded on first use).

    Letters are look-alikes when the confusables data links them, directly or through
    a shared prototype (Cyrillic І and Latin I both look like l).
    """
    letters = _TARGETS[target]
    table: dict[str, str] = {}
    for group in _lookalike_groups():
        for case in (str.isupper, str.islower):
            choices = sorted(char for char in group if char in letters and case(char))
            if choices:
                for char in group:
                    if case(char) and script_of(char) not in (None, target):
                        table[char] = choices[0]
    return table


def _lookalike_groups() -> list[set[str]]:
    """Single characters that the confusables data links, as groups (union-find)."""
    from confusable_homoglyphs.confusables import confusables_data

    parent: dict[str, str] = {}

    def root(char: str) -> str:
        while parent.setdefault(char, char) != char:
            parent[char] = parent[parent[char]]
            char = parent[char]
        return char

    for source, entries in confusables_data.items():
        if len(source) == 1 and source.isalpha():
            for glyph in (entry["c"] for entry in entries):
                if len(glyph) == 1 and glyph.isalpha():
                    parent[root(source)] = root(glyph)
    groups: dict[str, set[str]] = {}
    for char in parent:
        groups.setdefault(root(char), set()).add(char)
    return [group for group in groups.values() if len(group) > 1]
