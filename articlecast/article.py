"""The article model: metadata plus body blocks. Loading lives in :mod:`articlecast.sources`."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Literal

from .files import slugify

BlockKind = Literal["heading", "paragraph", "quote", "item"]

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES
"""The files an article is read from: what a folder given to ``build`` is searched for."""


@dataclass(frozen=True)
class Block:
    """One structural piece of the body: a heading, a paragraph, a quote or a list item."""

    kind: BlockKind
    text: str
    level: int = 0
    """Heading level (1-6) for headings, 0 otherwise."""


@dataclass
class Article:
    """An article's metadata and body, as read from its file."""

    title: str
    blocks: list[Block]
    author: str | None = None
    date: dt.datetime | None = None
    url: str | None = None
    summary: str | None = None
    image: str | None = None
    language: str = "en"
    id: str | None = None
    source: Path | None = field(default=None, compare=False)

    @property
    def slug(self) -> str:
        """A safe file name stem: the file's own name, else the id or title."""
        if self.source is not None:
            return slugify(self.source.stem)
        return slugify(self.id or self.title)

    def content_hash(self) -> str:
        """A hash of everything that ends up in the episode."""
        record = asdict(self)
        record.pop("source")
        record["date"] = self.date.isoformat() if self.date else None
        payload = json.dumps(record, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()
