"""A subtitle set inside the page's ``<h1>``, after the headline, in an element of its own.

"<h1><span>Storm closes the harbour</span> <span>A week without ferries</span></h1>": the
headline and its subtitle share one heading, but the title the page states for itself
(``og:title``, ``<title>``) is the headline alone. When a stated title is exactly the words the
heading opens with, and the words after them are one element of the heading, those are the
subtitle: a standfirst, not part of the headline. A stated title that merely stops short of a
longer headline (search engines get shorter titles) leaves the heading whole, since no element
of the heading starts where it stops.
"""

from __future__ import annotations

import re
from typing import Any

SUBTITLE_MIN_WORDS = 2
"""Words of the subtitle at least; a single word after the headline is a label or a counter."""


def without_subtitle(element: Any, text: str, titles: list[str]) -> str:
    """The ``<h1>``'s text ``text`` without the subtitle after the headline (see the module's docstring), else ``text``."""
    shown = _words(text)
    pieces = [_words(" ".join(part.itertext())) for part in element.iterdescendants()]
    for title in titles:
        for part in _parts(title):
            wanted = _words(part)
            rest = shown[len(wanted) :]
            if wanted and len(rest) >= SUBTITLE_MIN_WORDS and shown[: len(wanted)] == wanted and rest in pieces:
                return _first_words(text, len(wanted))
    return text


_SEPARATOR = re.compile(r"\s+[|‹›«»·—–-]\s+|\s+::\s+")


def _parts(title: str) -> list[str]:
    """A stated title and its parts where a site's name is set beside it ("Storm closes the harbour | Courier")."""
    return [title.strip(), *(part.strip() for part in _SEPARATOR.split(title.strip()) if part.strip())]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _first_words(text: str, count: int) -> str:
    """The shortest start of ``text`` that holds ``count`` words, its punctuation kept."""
    tokens = text.split()
    for end in range(1, len(tokens) + 1):
        if len(_words(" ".join(tokens[:end]))) >= count:
            return " ".join(tokens[:end])
    return text
