"""A decoded web page as an lxml element tree, read as trafilatura reads it but at any nesting depth."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml.html import HtmlElement


def parse_html(text: str) -> HtmlElement | None:
    """The page's tree, or None for text that is no web page.

    libxml2 stops at 256 nested elements unless told the document is huge; past that depth (old pages
    that never close a ``<font>`` or ``<span>``) the rest of the page, the article with it, was lost.
    """
    from lxml.etree import ParserError
    from lxml.html import HTMLParser, fromstring
    from trafilatura.utils import load_html, repair_faulty_html

    parser = HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        tree = fromstring(repair_faulty_html(text, text[:50].lower()).encode("utf-8", "surrogatepass"), parser=parser)
    except ParserError:  # a document with no element at all
        return None
    return load_html(tree)
