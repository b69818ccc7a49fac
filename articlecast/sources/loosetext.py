"""Running text loose in a container, wrapped in a paragraph of its own before extraction.

A box inserted at the top of a paragraph (related stories, a picture) makes the parser close
the paragraph's ``<p>`` at the box, so the paragraph's text is left loose in the container
after it: ``<div><div class="related">…</div>SAN FRANCISCO (AP) — Steve Jobs …</div>``. An
extractor that keeps paragraphs loses such text, often the article's first paragraph. Text of a
few words, such as a label or a separator, stays as it is.
"""

from __future__ import annotations

import re
from typing import Any

from .markup import BLOCK_TAGS

LOOSE_MIN_WORDS = 8
_CONTAINERS = ("article", "blockquote", "body", "div", "main", "section", "td")
_SENTENCE_END = re.compile(r"[.!?…。！？]")


def wrap_loose_text(tree: Any) -> int:
    """Wrap each run of loose running text in a container that also holds blocks in a ``<p>``; return how many."""
    wrapped = 0
    for container in list(tree.iter(*_CONTAINERS)):
        children = [child for child in container if isinstance(child.tag, str)]
        if not any(child.tag in BLOCK_TAGS and child.tag != "br" for child in children):
            continue
        if _wrap_run(container, None):
            wrapped += 1
        for child in children:
            if child.tag in BLOCK_TAGS and child.tag != "br" and _wrap_run(container, child):
                wrapped += 1
    return wrapped


def _wrap_run(container: Any, block: Any) -> bool:
    """Wrap the text after ``block`` (or at the start of ``container``) and the inline elements up to the next block."""
    text = (container.text if block is None else block.tail) or ""
    following = container.iterchildren() if block is None else block.itersiblings()  # lazily: stops at the next block
    inline = []
    for sibling in following:
        if not isinstance(sibling.tag, str) or sibling.tag in BLOCK_TAGS:
            break
        inline.append(sibling)
    words = " ".join([text, *(_with_tail(element) for element in inline)])
    if len(words.split()) < LOOSE_MIN_WORDS or not _SENTENCE_END.search(words):
        return False
    from lxml.html import Element

    paragraph = Element("p")
    paragraph.text = text
    if block is None:
        container.text = None
        container.insert(0, paragraph)
    else:
        block.tail = None
        block.addnext(paragraph)
    paragraph.extend(inline)
    return True


def _with_tail(element: Any) -> str:
    return f"{element.text_content()} {element.tail or ''}"
