"""What a saved page's visible text, read as a page copy, adds to the article the extractor found.

The extractor keeps one element's text. An old page laid out in a table may set the article's head
and first paragraphs in one cell and the rest in a cell of the next row; the extractor then keeps the
second cell and loses the opening. The page copy reads the page line by line and finds the body
from the headline down, so when the extractor's first paragraph is the copy's third or later, with
:data:`MISSED_MIN_PARAGRAPHS` paragraphs of prose before it, the copy's body is the article. When the
extractor flattened the article into one paragraph, the copy's paragraphs are taken; the copy's
date and author fill in what the page's markup did not state.
"""

from __future__ import annotations

from typing import Any

from ..article import Block
from .furniture import Role, classify
from .pagetext import PageCopy

MISSED_MIN_PARAGRAPHS = 2
"""Paragraphs of prose the copy reads before the extractor's first one, for the extractor to have missed the opening."""
MATCH_CHARS = 60
"""Characters of a paragraph's start compared to find it in the copy."""


def completed_by_copy(blocks: list[Block], page: PageCopy | None, metadata: dict[str, Any]) -> list[Block]:
    """``blocks``, or the copy's when the extractor flattened the article or missed its opening; fills in date and author."""
    if page is None:
        return blocks
    if page.date:
        metadata.setdefault("date", page.date)  # a date the page shows near its headline, in any of its languages
    one_paragraph = sum(block.kind != "heading" for block in blocks) == 1
    if (one_paragraph and len(page.blocks) > 1) or missed_opening(blocks, page.blocks):
        if page.author:
            metadata.setdefault("author", page.author)
        return page.blocks
    return blocks


def missed_opening(blocks: list[Block], copied: list[Block]) -> bool:
    """The extractor's first paragraph comes in the copy after :data:`MISSED_MIN_PARAGRAPHS` paragraphs of prose or more."""
    first = next((_start(block.text) for block in blocks if block.kind == "paragraph"), "")
    at = next((index for index, block in enumerate(copied) if first and _start(block.text) == first), None)
    if at is None:
        return False
    return sum(block.kind == "paragraph" and classify(block.text) is Role.PROSE for block in copied[:at]) >= MISSED_MIN_PARAGRAPHS


def _start(text: str) -> str:
    return " ".join(text.split())[:MATCH_CHARS].casefold()
