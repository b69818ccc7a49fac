"""The end of the article marked by the page's own small print: nothing after a rights notice is article text.

A magazine closes its article with "Alle Rechte vorbehalten" or "© … All rights reserved", and the
side columns, offers and footers follow it in the page's order. The extractor drops the notice
itself, so the later stages cannot see where the article ended; this pass removes what follows
the notice before the extractor runs. A notice counts only once most of the page's text lies
before it, so a notice in a header or a side box above the article ends nothing.
"""

from __future__ import annotations

from typing import Any

from .legal import is_legal_notice

NOTICE_MIN_SHARE = 0.5
"""The share of the page's text that must come before a notice for the notice to end the article."""
NOTICE_MAX_WORDS = 30
"""A notice is a line of small print ("DAS BLATT 12/2020 · Alle Rechte vorbehalten"); a longer text is left to the later stages."""
_SKIPPED = ("script", "style", "noscript", "template", "head")
_LINES = ("p", "div", "small", "span", "footer", "section", "li", "address")


def drop_after_rights_notice(tree: Any) -> bool:
    """Remove a rights notice that follows most of the page's text, and all that follows it; True if one was found."""
    body = tree.find(".//body")
    if body is None:
        return False
    total = sum(len(text.strip()) for text in _texts(body))
    seen = 0
    for element in body.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIPPED:
            continue
        if element.tag in _LINES and _is_notice(element) and seen >= NOTICE_MIN_SHARE * total:
            _drop_from(element, body)
            return True
        seen += len((element.text or "").strip()) + len((element.tail or "").strip())
    return False


def _texts(element: Any) -> list[str]:
    found = []
    for child in element.iter():
        if isinstance(child.tag, str) and child.tag not in _SKIPPED:
            found.extend((child.text or "", child.tail or ""))
    return found


def _is_notice(element: Any) -> bool:
    """An element that is a rights notice line, with no smaller element inside that is one."""
    text = " ".join(" ".join(element.itertext()).split())
    if not text or len(text.split()) > NOTICE_MAX_WORDS or not is_legal_notice(text):
        return False
    if element.xpath("ancestor-or-self::figure|ancestor-or-self::figcaption"):
        return False
    return not any(
        isinstance(child.tag, str) and child.tag in _LINES and is_legal_notice(" ".join(child.itertext()))
        for child in element.iterdescendants()
    )


def _drop_from(element: Any, body: Any) -> None:
    """Remove ``element`` and everything after it in the page's order, up to the end of ``body``."""
    node = element
    while node is not body and node is not None:
        parent = node.getparent()
        for later in list(node.itersiblings()):
            parent.remove(later)
        node = parent
    element.getparent().remove(element)
