"""Blocks from trafilatura's XML body: headings, paragraphs, quotes and list items, in order."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..article import Block
from .fields import squash_spaces
from .terminal import ends_sentence


def document_blocks(element: Any) -> Iterator[Block]:
    """Blocks from trafilatura's XML body: ``head``, ``p``, ``quote``, ``list``/``item``; other containers are walked.

    Loose text in a container (its own text, or text after a child) becomes paragraphs too.
    """
    if squash_spaces(element.text or ""):
        yield Block("paragraph", squash_spaces(element.text))
    for child in element:
        if child.tag == "head":
            level = re.fullmatch(r"h([1-6])", child.get("rend") or "")
            text = squash_spaces("".join(child.itertext()))
            if text:
                yield Block("paragraph", text) if _is_sentence(text) else Block("heading", text, int(level.group(1)) if level else 2)
        elif child.tag == "quote":
            yield from _quote_blocks(child)
        elif child.tag == "list":
            yield from _items(child)
        elif child.tag in ("p", "code") or not len(child):
            yield from _paragraphs(child, "paragraph")
        else:
            yield from document_blocks(child)
        if squash_spaces(child.tail or ""):
            yield Block("paragraph", squash_spaces(child.tail))


SENTENCE_HEADING_MIN_WORDS = 10
_STATEMENT_END = re.compile(r"(?<!\.\.)[.!][\"“”’'»)]*$")


def _is_sentence(heading: str) -> bool:
    """A heading written as a full statement, a standfirst set in heading type ("Ann Bell walks the old pier at dawn with …")."""
    return len(heading.split()) >= SENTENCE_HEADING_MIN_WORDS and bool(_STATEMENT_END.search(heading))


def _quote_blocks(quote: Any) -> Iterator[Block]:
    """A quote's paragraphs, with its loose text before and between them ("<quote>The first lines<p>…</p></quote>")."""
    parts = quote.findall(".//p")
    if not parts:
        yield from _paragraphs(quote, "quote")
        return
    if squash_spaces(quote.text or ""):
        yield Block("quote", squash_spaces(quote.text))
    for part in parts:
        yield from _paragraphs(part, "quote")
        if squash_spaces(part.tail or ""):
            yield Block("quote", squash_spaces(part.tail))


def _items(element: Any) -> Iterator[Block]:
    for item in element.iterchildren("item"):
        nested = item.findall("list")
        text = squash_spaces("".join(_text_outside(item, nested)))
        if text:
            yield Block("item", text)
        for sublist in nested:
            yield from _items(sublist)


def _text_outside(element: Any, skipped: list[Any]) -> Iterator[str]:
    yield element.text or ""
    for child in element:
        if child not in skipped:
            yield from _text_outside(child, [])
        yield child.tail or ""


def _paragraphs(element: Any, kind: str) -> Iterator[Block]:
    """The element's text as blocks, split at line breaks that end a sentence."""
    pieces = [""]
    for text in _text_with_breaks(element):
        if text is None:
            pieces.append("")
        else:
            pieces[-1] += text
    merged: list[str] = []
    for piece in map(squash_spaces, pieces):
        if merged and piece and not ends_sentence(merged[-1]):
            merged[-1] += " " + piece
        elif piece:
            merged.append(piece)
    for text in merged:
        yield Block(kind, text)  # type: ignore[arg-type]


def _text_with_breaks(element: Any) -> Iterator[str | None]:
    """The element's text in order, with None where a ``<lb/>`` breaks the line."""
    yield element.text or ""
    for child in element:
        if child.tag == "lb":
            yield None
        else:
            yield from _text_with_breaks(child)
            if child.tag == "hi" and (child.text or "").rstrip().endswith(":") and (child.tail or " ")[0].isalpha():
                yield " "  # "Rückblick:Der …": the extractor dropped the space after a bold label
        yield child.tail or ""
