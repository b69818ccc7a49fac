"""A decoded web page as an lxml element tree, read as trafilatura reads it but deeper than libxml2's default."""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from lxml.html import HtmlElement

MAX_NESTING = 512
"""Levels of nested elements a page may have. libxml2 keeps 256 by default and drops the rest of the page (old pages
that never close a ``<font>`` or ``<span>`` go past it); deeper still, the passes over the tree get slow."""

BLOCK_TAGS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dt", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
)
"""The elements a browser sets on lines of their own (and ``<br>``, which breaks one)."""


class NestedTooDeeply(ValueError):
    """The page nests its elements more than :data:`MAX_NESTING` levels deep."""


def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None for text that is no web page; :class:`NestedTooDeeply` past :data:`MAX_NESTING` levels."""
    from lxml.etree import ParserError, iterwalk
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import load_html, repair_faulty_html

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = fromstring(repair_faulty_html(text, text[:50].lower()).encode("utf-8", "surrogatepass"), parser=parser)
    except ParserError:  # a document with no element at all
        return None
    depth = 0
    for event, _ in iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth > MAX_NESTING:
            raise NestedTooDeeply(f"more than {MAX_NESTING} levels of nested elements")
    return load_html(tree)


INLINE_TAGS = frozenset(("a", "abbr", "b", "cite", "em", "font", "i", "mark", "q", "small", "span", "strong", "sub", "sup", "time", "u"))
_WORD = re.compile(r"\w")


def within_a_sentence(element: Any) -> bool:
    """Whether ``element`` is an inline part of running text, with words on both sides ("At <span>Home Depot</span>, we…").

    Whatever its class calls it (a stock ticker, a glossary pop-up), a sentence would lose a word without it.
    """
    parent = element.getparent()
    if element.tag not in INLINE_TAGS or parent is None or parent.tag not in ("p", "li", "blockquote", "dd", "td"):
        return False
    before = chain([parent.text or ""], (text for sibling in element.itersiblings(preceding=True) for text in (sibling.tail or "", sibling.text_content())))
    after = chain([element.tail or ""], (sibling.text_content() for sibling in element.itersiblings()))
    return any(_WORD.search(text) for text in before) and any(_WORD.search(text) for text in after)
