"""Author boxes inside a saved page: a person's name set as a heading, and the biography that continues it.

"<h3>Ann Bell</h3><p>is a reporter at the Courier and covers the harbour.</p>": the paragraph
starts in lower case because it finishes the sentence the name began; article text never does
that under a heading. The small box holding both (with its "About the author" label) is dropped
before extraction, in any language.
"""

from __future__ import annotations

import re
from typing import Any

from .captions import KEPT_TAGS, drop_outermost

NAME_MAX_WORDS = 5
BOX_MAX_WORDS = 100
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][\w.'’-]*|von|van|de|da|del|der|di|du|la|le|y|и|і)$")


def drop_author_boxes(tree: Any) -> int:
    """Remove each name heading with the biography under it (and the small box around them); return how many."""
    doomed = []
    for heading in tree.iter("h2", "h3", "h4", "h5", "h6"):
        bio = heading.getnext()
        if bio is None or not _is_name(_text(heading)) or not _continues(_text(bio)):
            continue
        box = heading.getparent()
        small = box is not None and box.tag not in KEPT_TAGS and len(_text(box).split()) <= BOX_MAX_WORDS
        doomed.extend([box] if small else [heading, bio])
    return drop_outermost(doomed)


def _is_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= NAME_MAX_WORDS and all(_NAME_WORD.match(word) for word in words) and not text.endswith((".", "!", "?", ":"))


def _continues(text: str) -> bool:
    """A text that goes on from a name: it starts with a lower-case word."""
    return bool(text) and text[0].islower()


def _text(element: Any) -> str:
    return " ".join(" ".join(element.itertext()).split())
