"""The text a reader sees of a saved page, a line per block, for reading it as a page copy (:mod:`.pagetext`).

What the markup marks as captions, link boxes, comment and author boxes is left out; the source's own line breaks
are the spaces a browser shows, and its blank lines paragraph ends.
"""

from __future__ import annotations

import re
from typing import Any

from .bios import drop_author_boxes
from .captions import drop_captions
from .commentboxes import drop_comment_boxes
from .hidden import drop_hidden
from .linkboxes import drop_link_boxes
from .markup import BLOCK_TAGS, parse_html
from .pagemeta import page_titles
from .pointers import drop_pointers


def visible_text(text: str) -> str:
    """The text a reader sees, without the captions, link boxes and author boxes the markup marks."""
    tree = parse_html(text)
    drop_hidden(tree)
    drop_link_boxes(tree, page_titles(tree))
    drop_pointers(tree)
    drop_captions(tree)
    drop_comment_boxes(tree)
    drop_author_boxes(tree)
    return page_text(tree)


def page_text(tree: Any) -> str:
    """The page as plain text: a line per block element or ``<br>``, ``- `` before list items, no scripts or styles.

    When trafilatura flattens a page into one paragraph (old table layouts with ``<br>`` between
    paragraphs), this text goes through the page-copy rules instead.
    """
    for element in tree.xpath("//script|//style|//noscript|//template|//head"):
        element.drop_tree()
    _unwrap_source_lines(tree)
    for element in tree.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = ("\n- " if element.tag == "li" else "\n") + (element.text or "")
    return str(tree.text_content())


_SOURCE_LINE_BREAK = re.compile(r"[ \t]*(\r?\n|\r)(?:[ \t]*(\r?\n|\r))?\s*")
"""A line break of the source with the space around it; with a second one, a blank line: a paragraph's end in a page of bare text."""


def _as_shown(text: str) -> str:
    return _SOURCE_LINE_BREAK.sub(lambda found: "\n\n" if found.group(2) else " ", text)


_PREFORMATTED = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})


def _unwrap_source_lines(tree: Any) -> None:
    """Line breaks of the page's source read as the spaces a browser shows, outside preformatted text; a blank line
    stays a paragraph's end (a page of bare text without tags is read by its blank lines).

    An old page wraps its paragraphs in the source ("… den Verein\nzu gründen"); read as lines, the wrapped first
    line of a paragraph stood alone like a headline and was lost.
    """
    for element in tree.iter():
        if not isinstance(element.tag, str) or any(node.tag in _PREFORMATTED for node in element.iterancestors()):
            continue
        if element.text and element.tag not in _PREFORMATTED:
            element.text = _as_shown(element.text)
        if element.tail:
            element.tail = _as_shown(element.tail)
