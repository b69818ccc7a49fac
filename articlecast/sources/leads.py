"""A lead the page sets in a ``<div>`` of its own over the article's paragraphs, made a paragraph the extractor keeps.

Many news sites print the article's opening sentence (the standfirst or lead) in a bare
``<div>`` of text right before the body's ``<p>`` elements; trafilatura reads paragraphs, not such a
div, so the opening sentence was lost. A div becomes a ``<p>`` when it holds only words (inline
markup, no block, picture or form inside), reads as a sentence or more (at least
:data:`LEAD_MIN_WORDS` words, ending with a full stop, a question or exclamation mark), stands before
every paragraph of its parent, and the element right after it is a paragraph or opens with one.
When that element is a container of paragraphs, the lead moves into it: the extractor may take
the container alone for the article. Whatever else such a div might hold (a notice, a pitch) still
meets the furniture rules afterwards.
"""

from __future__ import annotations

import re
from typing import Any

from ..article import Block
from .fields import squash_spaces
from .markup import BLOCK_TAGS

LEAD_MIN_WORDS = 12
_NOT_INLINE = (set(BLOCK_TAGS) - {"br"}) | {"button", "dl", "iframe", "img", "input", "picture", "select", "svg", "textarea", "video"}
"""What a lead's ``<div>`` may not hold: a block of its own, a picture or a form's field."""
_SENTENCE_END = re.compile(r"[.!?…][\"'»”“)\]]*$")


def _opens_with_paragraph(element: Any) -> bool:
    if element.tag == "p":
        return True
    first = next((child for child in element if isinstance(child.tag, str)), None)
    return first is not None and first.tag == "p"


def _next_element(div: Any) -> Any:
    after = div.getnext()
    while after is not None and not isinstance(after.tag, str):  # a comment between them
        after = after.getnext()
    return after


def _is_lead(div: Any) -> bool:
    after = _next_element(div)
    if after is None or not _opens_with_paragraph(after):
        return False
    if any(isinstance(inner.tag, str) and inner.tag in _NOT_INLINE for inner in div.iterdescendants()):
        return False
    text = squash_spaces(div.text_content())
    return len(text.split()) >= LEAD_MIN_WORDS and bool(_SENTENCE_END.search(text))


def keep_leads(tree: Any) -> None:
    """Turn each lead ``<div>`` of the page (see the module's rules) into a ``<p>``, in place; a lead over a container of
    paragraphs (``<div class="body"><p>…``) moves into it, where the extractor looks for the article."""
    leads = []
    for parent in tree.iter():
        for child in parent:  # only the divs before the parent's first paragraph
            if child.tag == "p":
                break
            if child.tag == "div" and _is_lead(child):
                leads.append(child)
    for div in leads:
        body = _next_element(div)
        div.tag = "p"
        if body.tag != "p" and not (div.tail or "").strip():
            div.tail = None
            body.insert(0, div)


_LEAD_TAGS = {"p", "div", "section", "span", "strong", "b", "em", "h2", "h3"}
_DESCRIPTIONS = "//meta[@name='description' or @property='og:description' or @name='twitter:description']/@content"


def stated_lead(tree: Any) -> Any | None:
    """The element under the page's ``<h1>`` (or, on a page without one, under the heading it marks as the headline,
    ``itemprop="headline"``) that shows, as all its words, the description the page's head states (``og:description``):
    the article's lead, which a page may set in its header, apart from the body's paragraphs."""
    descriptions = {squash_spaces(str(found)) for found in tree.xpath(_DESCRIPTIONS)}
    descriptions = {text for text in descriptions if len(text.split()) >= LEAD_MIN_WORDS and _SENTENCE_END.search(text)}
    if not descriptions:
        return None
    under_headline = False
    marked = tree.xpath("//h1") == []  # no <h1>: the heading the page marks as the headline (itemprop="headline") heads it
    for element in tree.iter():
        if element.tag == "h1" or (marked and element.get("itemprop") == "headline"):
            under_headline = True
        elif under_headline and element.tag in _LEAD_TAGS:
            if squash_spaces(element.text_content()) in descriptions and not any(
                isinstance(inner.tag, str) and inner.tag in _NOT_INLINE for inner in element.iterdescendants()
            ):
                return element
    return None


def with_stated_lead(blocks: list[Block], lead: Any | None, tree: Any) -> list[Block]:
    """``blocks`` opened by the :func:`stated_lead` when it stands in the page before the body's first paragraph and
    the blocks do not read it already."""
    if lead is None:
        return blocks
    text = squash_spaces(lead.text_content())
    if any(_start(text) in squash_spaces(block.text).casefold() for block in blocks):
        return blocks
    first = next((_start(block.text) for block in blocks if block.kind == "paragraph"), None)
    order = {element: index for index, element in enumerate(tree.iter())}
    body = next((p for p in tree.iter("p") if first and _start(p.text_content()) == first), None)
    if body is None or order[lead] > order[body]:
        return blocks
    return [Block("paragraph", text), *blocks]


LEAD_MATCH_CHARS = 60


def _start(text: str) -> str:
    return squash_spaces(text)[:LEAD_MATCH_CHARS].casefold()
