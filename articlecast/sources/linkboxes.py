"""Boxes of links inside a saved page: "read also" teasers, related-story lists, link-only paragraphs.

Judged by structure, not by words: a container whose text is nearly all link text, or a
paragraph that is a link with at most a short label before it ("Read more: <headline>",
"До теми: <headline>"), is a pointer to another page, never article text.
"""

from __future__ import annotations

from typing import Any

from .captions import drop_outermost
from .promo import is_label_line

LINK_SHARE = 0.8
"""A container with at least this share of its text in links is a link box."""
MIN_BOX_CHARS = 25
LABEL_MAX_WORDS = 4
SENTENCE_MIN_WORDS = 6

_CONTAINERS = ("div", "section", "aside", "ul", "ol", "table", "figure", "nav")
_PARAGRAPHS = ("p", "li", "h2", "h3", "h4", "h5", "h6")


def drop_link_boxes(tree: Any) -> int:
    """Remove link boxes and labelled link paragraphs from the page's ``<body>``; return how many."""
    doomed = []
    for element in tree.iter(*_CONTAINERS, *_PARAGRAPHS):
        text, linked = _text_lengths(element)
        if not text or element.xpath("ancestor::a"):
            continue
        if element.tag in _CONTAINERS:
            if text >= MIN_BOX_CHARS and linked >= LINK_SHARE * text:
                doomed.append(element)
        elif linked and _is_labelled_link(element):
            doomed.append(element)
    return drop_outermost(doomed)


def _text_lengths(element: Any) -> tuple[int, int]:
    """Characters of text in the element, and how many of them are inside links (spaces not counted)."""
    text = sum(len("".join(part.split())) for part in element.itertext())
    linked = sum(len("".join("".join(link.itertext()).split())) for link in element.iter("a") if _leaves_page(link))
    return text, linked


def _leaves_page(link: Any) -> bool:
    """A link to another page; an anchor within the page (``#section``) or without ``href`` is not one."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.startswith("#")


def _is_labelled_link(element: Any) -> bool:
    """A paragraph that is a linked headline, or a link after a short label ending in ``:``, ``|`` or ``»``."""
    outside = " ".join(_text_outside_links(element)).split()
    if not outside:
        return not _is_sentence(" ".join(" ".join(element.itertext()).split()))
    label = " ".join(outside)
    return len(outside) <= LABEL_MAX_WORDS and (label.rstrip().endswith((":", "|", "»", "›", "→")) or is_label_line(label))


def _is_sentence(text: str) -> bool:
    """A whole linked sentence ("Find out how to help.") is kept; a linked headline is not."""
    return len(text.split()) >= SENTENCE_MIN_WORDS and text.rstrip("\"'”’» ").endswith((".", "!", "?"))


def _text_outside_links(element: Any) -> list[str]:
    parts = [element.text or ""] if element.tag != "a" or not _leaves_page(element) else []
    for child in element:
        if isinstance(child.tag, str) and not (child.tag == "a" and _leaves_page(child)):
            parts.extend(_text_outside_links(child))
        parts.append(child.tail or "")
    return parts
