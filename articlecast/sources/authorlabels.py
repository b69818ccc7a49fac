"""An author box under the article opened by a label and the writer's name on one line: "AUTHOR / Ann Rowe", "Autor: Ann Rowe".

Under the article, such a line heads the writer's biography ("Ann grew up on the island …"), which reads like one more
paragraph. After enough of the article's prose (:data:`PROSE_MIN_WORDS`) the line closes the article; over the article
the same line is its byline and is left alone.
"""

from __future__ import annotations

import re

from .furniture import Role

_LABELLED_NAME = re.compile(
    r"^(?:about the )?(?:author|written by|autor(?:ka|in)?|автор|авторка|o autorze|über (?:den autor|die autorin))\s*[:/|—–-]\s*"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ][\w'’.-]+){1,3}$",
    re.I,
)
PROSE_MIN_WORDS = 100
"""Words of prose above the line for it to close the article rather than sign it at the top."""


def close_at_author_labels(lines: list[str], roles: list[Role]) -> None:
    """Make a labelled author's name under :data:`PROSE_MIN_WORDS` words of prose end the article (in place)."""
    words = 0
    for index, line in enumerate(lines):
        if words >= PROSE_MIN_WORDS and _LABELLED_NAME.match(" ".join(line.split())):
            roles[index] = Role.BREAK
        words += len(line.split()) if roles[index] is Role.PROSE else 0
