"""Plain-text bodies: a clean article's paragraphs, or the article found in a copy of a web page."""

from __future__ import annotations

import logging
import re
from typing import Any

from ..article import Block

_LOGGER = logging.getLogger(__name__)
_COLUMN_GAP = re.compile(r"[ \t\u00a0]{3,}")
from .pagetext import read_page_copy
from .repeatedlead import without_repeated_lead
from .scriptroles import without_script_roles


def text_blocks(metadata: dict[str, Any], body: str, source: object = "text") -> tuple[dict[str, Any], list[Block]]:
    """Blocks of a plain-text body, and the metadata with what a page copy's byline and headline add.

    The front matter (``metadata``) wins over what the page copy says. When a page copy holds
    prose outside the article found, a warning says how much was left out.
    """
    body = unflatten(body)
    page = read_page_copy(body)
    if page is None:
        return metadata, paragraphs(body)
    if page.left_out:
        _LOGGER.warning(
            "%s reads as a copy of a web page: %d paragraph(s) outside the article were left out", source, page.left_out
        )
    found = {"title": page.title, "author": page.author, "date": page.date}
    return {**{key: value for key, value in found.items() if value}, **metadata}, without_repeated_lead(without_script_roles(page.blocks))


def unflatten(body: str) -> str:
    """A text on one line whose parts are set apart by runs of spaces (text from a PDF) as one line per part."""
    lines = [line for line in body.splitlines() if line.strip()]
    if len(lines) != 1 or not _COLUMN_GAP.search(lines[0].strip()):
        return body
    return "\n\n".join(part.strip() for part in _COLUMN_GAP.split(lines[0]) if part.strip())


def paragraphs(body: str) -> list[Block]:
    """One paragraph per blank-line-separated chunk, its lines joined."""
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        text = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if text:
            blocks.append(Block("paragraph", text))
    return blocks
