"""Another story's headline set in square brackets after a paragraph's sentence: "… the study said. [Ten Odd Tides]".

Some sites end a paragraph (or break it between two sentences) with a link to a related story in square brackets, often
its headline in title case, sometimes after a label ("[Photos: Storms on the coast]"). It points elsewhere and is not
read. :mod:`.pointers` drops such a link standing as a block of its own; here it sits inside the paragraph, after a
sentence. In a saved page the brackets hold a link and nothing else; in a page copy, where links are lost, the
brackets close the line and hold a headline opening in capitals: a label before a colon, or title case (a source's
"[via Coast News]" stays).
"""

from __future__ import annotations

import re
from typing import Any

from .terminal import ends_sentence

LINK_MIN_WORDS = 2
"""Words of the bracketed link at least: a one-word link in brackets is a footnote's or a source's mark ("[1]", "[PDF]")."""
_AFTER = re.compile(r"^\](?:\s*$|\s+(?=[\"“„«A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ]))")
"""What follows the closing bracket of a pointer: the paragraph's end, or the next sentence."""


def drop_bracketed_links(tree: Any) -> int:
    """Remove each link in square brackets that follows a sentence inside a paragraph, with its brackets; return how many."""
    removed = 0
    for link in list(tree.iter("a")):
        parent, before = link.getparent(), link.getprevious()
        if parent is None or not (link.get("href") or "").strip():
            continue
        opened = ((before.tail if before is not None else parent.text) or "").rstrip()
        tail = (link.tail or "").lstrip()
        words = len("".join(link.itertext()).split())
        if not opened.endswith("[") or not _AFTER.match(tail) or words < LINK_MIN_WORDS:
            continue
        sentence = opened[:-1].rstrip()
        if not sentence or not ends_sentence(sentence):
            continue  # a block of its own (see .pointers) or brackets inside a sentence
        if before is not None:
            before.tail = sentence + " "
        else:
            parent.text = sentence + " "
        link.tail = tail[1:]
        link.drop_tree()  # lxml keeps the link's tail, the text after the brackets
        removed += 1
    return removed


_TEXT_POINTER = re.compile(r"(?<=[.!?…\"”»)])\s*\[(?P<inside>[^\[\]]{3,150})\]\s*$")
TITLE_CASE_SHARE = 0.7
"""Share of the bracketed words of four letters or more that start upper case in a headline written in title case."""
POINTER_MIN_WORDS = 3


def without_bracketed_pointer(line: str) -> str:
    """``line`` without a related story's headline in square brackets after its last sentence (see the module's notes)."""
    found = _TEXT_POINTER.search(line)
    if not found or not line[: found.start()].strip():
        return line
    inside = found["inside"].strip()
    label, colon, rest = inside.partition(":")
    headline = rest if colon and len(label.split()) <= 3 else inside
    long_words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", headline) if len(word) >= 4]
    titled = bool(long_words) and sum(word[0].isupper() for word in long_words) >= TITLE_CASE_SHARE * len(long_words)
    if len(inside.split()) < POINTER_MIN_WORDS or not inside[:1].isupper() or not (titled or colon):
        return line
    return line[: found.start()].rstrip()
