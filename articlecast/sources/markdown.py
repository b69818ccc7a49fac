"""Markdown bodies: a CommonMark parse (markdown-it-py) turned into blocks."""

from __future__ import annotations

from typing import Any

from ..article import Block
from .fields import squash_spaces


def markdown_blocks(body: str) -> list[Block]:
    """Headings, paragraphs, block quotes and list items; emphasis, links and images reduced to text."""
    from markdown_it import MarkdownIt

    blocks: list[Block] = []
    context: list[str] = []
    heading_level = 0
    for token in MarkdownIt("commonmark").parse(body):
        if token.type in ("blockquote_open", "list_item_open"):
            context.append(token.type)
        elif token.type in ("blockquote_close", "list_item_close"):
            context.pop()
        elif token.type == "heading_open":
            heading_level = int(token.tag[1])
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type == "inline":
            text = _inline_text(token)
            if not text:
                continue
            if heading_level:
                blocks.append(Block("heading", text, heading_level))
            elif "list_item_open" in context:
                blocks.append(Block("item", text))
            elif "blockquote_open" in context:
                blocks.append(Block("quote", text))
            else:
                blocks.append(Block("paragraph", text))
    return blocks


def _inline_text(token: Any) -> str:
    """The words of an inline token; markdown-it gives inline HTML as its own tokens, which are left out."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return squash_spaces("".join(parts))
