"""An author box under the article opened by a label and the writer's name on one line: "AUTHOR / Ann Rowe", "Autor: Ann Rowe".

Under the article, such a line heads the writer's biography ("Ann grew up on the island …"), which reads like one more
paragraph. Under enough of the article's prose the line closes the article (:func:`.pagetext.read_page_copy`); over the
article the same line is its byline and is left alone.
"""

from __future__ import annotations

import re

_LABELLED_NAME = re.compile(
    r"^(?:about the )?(?:author|written by|autor(?:ka|in)?|автор|авторка|o autorze|über (?:den autor|die autorin))\s*[:/|—–-]\s*"
    r"[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐĄĆĘŁŃÓŚŹŻ][\w'’.-]+){1,3}$",
    re.I,
)


def is_author_label(line: str) -> bool:
    """A label and the writer's name on one line ("AUTHOR / Ann Rowe", "Autor: Ann Rowe")."""
    return bool(_LABELLED_NAME.match(" ".join(line.split())))
