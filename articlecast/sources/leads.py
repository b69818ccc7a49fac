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
