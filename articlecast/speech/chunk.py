"""Split sentences too long for one engine call at clause boundaries."""

from __future__ import annotations

import re

# Places to cut, best first: after clause punctuation, then at any space.
_CLAUSE_BREAKS = (re.compile(r"[;:]\s+"), re.compile(r"[,\u2013\u2014)]\s+|\s+[\u2013\u2014(-]\s*"), re.compile(r"\s+"))


def split_long(text: str, max_chars: int) -> list[str]:
    """Cut ``text`` into pieces of at most ``max_chars`` characters.

    Each cut falls at the last clause boundary (``;`` ``:``, then ``,`` or a dash)
    that keeps the piece within the limit, else at the last space, else mid-word.
    """
    pieces = []
    rest = text.strip()
    while len(rest) > max_chars:
        cut = _best_cut(rest, max_chars)
        pieces.append(rest[:cut].strip())
        rest = rest[cut:].strip()
    if rest:
        pieces.append(rest)
    return pieces


def _best_cut(text: str, max_chars: int) -> int:
    window = text[: max_chars + 1]
    minimum = max_chars // 4
    for pattern in _CLAUSE_BREAKS:
        ends = [m.end() if not m.group().isspace() else m.start() for m in pattern.finditer(window)]
        ends = [end for end in ends if minimum <= end <= max_chars]
        if ends:
            return ends[-1]
    return max_chars
