"""Load an article file: Markdown, plain text (clean or a copy of a web page) or a saved HTML page.

:func:`load_article` reads the bytes, picks the reader by suffix (or, for other suffixes, by
sniffing for HTML), and finishes the :class:`~articlecast.article.Article` the same way for
every format: metadata overrides, the title, and a check that there is a body.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..article import ARTICLE_SUFFIXES, HTML_SUFFIXES, MARKDOWN_SUFFIXES, TEXT_SUFFIXES, Article, Block
from ..errors import ArticleError
from ..cache import Cache
from ..language import LANGUAGE_CODE, detect_language, language_code
from .decode import decode_text, read_bytes
from .fields import OVERRIDABLE_KEYS, clean_text, optional_text, parse_date, squash_spaces
from .frontmatter import declared_encoding, split_front_matter
from .markdown import markdown_blocks
from .text import text_blocks

__all__ = ["ARTICLE_SUFFIXES", "OVERRIDABLE_KEYS", "load_article"]

_LOGGER = logging.getLogger(__name__)
HEADLINE_MAX_WORDS = 25
"""A first block longer than this that ends a sentence is the article's first paragraph, not its headline."""
_SENTENCE_END = re.compile(r"[.!?][\"”’»)]*(?=\s+[\"“«(]?[A-ZА-ЯЁЄІЇҐ0-9])")



def load_article(path: str | Path, overrides: Mapping[str, str] | None = None, cache: Cache | None = None) -> Article:
    """Read an article file into an :class:`Article`; raise :class:`ArticleError` if it is unusable.

    ``cache`` remembers the language detected in an article that names none (default: the default cache).

    ``overrides`` (title, author, date, url, language) replace what the file itself says.
    """
    path = Path(path)
    raw = read_bytes(path)
    metadata: dict[str, Any]
    if _is_html(path, raw):
        from .html import html_blocks
        from .scriptroles import without_script_roles

        metadata, blocks = html_blocks(raw, path)
        blocks = without_script_roles(blocks)
    else:
        metadata, body = split_front_matter(decode_text(raw, path, declared_encoding(raw)), path)
        if path.suffix.lower() in MARKDOWN_SUFFIXES:
            blocks = markdown_blocks(body)
        else:
            metadata, blocks = text_blocks(metadata, body, path)
    return _article(metadata, blocks, path, _checked(overrides or {}), cache)


def _is_html(path: Path, raw: bytes) -> bool:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return True
    if suffix in MARKDOWN_SUFFIXES or suffix in TEXT_SUFFIXES:
        return False
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in head)


def _title_of_one_paragraph(block: Block, path: Path) -> tuple[str, list[Block]]:
    """A title for an article that is one paragraph: its first sentence if more follow, else the file's name.

    One paragraph of prose is an article (a news item pasted from a PDF, say); it is kept whole
    rather than refused, and the guess of a title is logged.
    """
    first, rest = _split_first(block.text)
    if rest:
        _LOGGER.warning("%s has no title; its first sentence is used as the title", path)
        return first, [Block(block.kind, rest)]
    _LOGGER.warning("%s has no title and one sentence; the file name is used as the title", path)
    return _title_from_name(path) or block.text, [block]


def _is_paragraph(block: Block) -> bool:
    """Whether a first block is a paragraph of the article rather than its headline: a long sentence that ends."""
    text = block.text.rstrip("\"”’»)")
    return block.kind == "paragraph" and len(block.text.split()) > HEADLINE_MAX_WORDS and text.endswith((".", "!", "?", "…"))


def _title_from_name(path: Path) -> str:
    """``bali-release.scraped.txt`` → "Bali release"."""
    return re.sub(r"[-_]+", " ", path.name.split(".")[0]).strip().capitalize()


def _split_first(text: str) -> tuple[str, str]:
    """The first sentence and the rest ("" when there is one sentence)."""
    end = _SENTENCE_END.search(text)
    return (text[: end.end()], text[end.end() :].strip()) if end else (text, "")


def _checked(overrides: Mapping[str, str]) -> dict[str, str]:
    unknown = sorted(set(overrides) - set(OVERRIDABLE_KEYS))
    if unknown:
        raise ArticleError(f"{unknown[0]!r} cannot be overridden; only {', '.join(OVERRIDABLE_KEYS)} can.")
    return {key: value for key, value in overrides.items() if value is not None}


def _article(
    metadata: dict[str, Any], blocks: list[Block], path: Path, overrides: dict[str, str], cache: Cache | None
) -> Article:
    metadata = {**metadata, **overrides}
    blocks = [Block(block.kind, text, block.level) for block in blocks if (text := clean_text(block.text).strip())]
    where = f"given for {path}" if "date" in overrides else f"in {path}"
    date = parse_date(metadata.get("date"), where, _language(metadata, path, overrides))
    title = squash_spaces(optional_text(metadata, "title") or "")
    if not title and len(blocks) == 1 and blocks[0].kind != "heading":
        title, blocks = _title_of_one_paragraph(blocks[0], path)
    elif not title and blocks and _is_paragraph(blocks[0]):
        _LOGGER.warning("%s has no title and starts with a paragraph; the file name is used as the title", path)
        title = _title_from_name(path) or blocks[0].text
    elif not title and blocks:
        title = blocks.pop(0).text
    elif blocks and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks.pop(0)
    if not any(block.kind != "heading" for block in blocks):
        what = "only front matter" if metadata else "no article text"
        raise ArticleError(f"{path} has {what}: write the article's paragraphs below the title.")
    if not any(char.isalnum() for block in blocks if block.kind != "heading" for char in block.text):
        raise ArticleError(
            f"{path} has no words to read, only symbols, emoji or invisible characters; write the article's paragraphs."
        )
    return Article(
        title=title,
        blocks=blocks,
        author=optional_text(metadata, "author"),
        date=date,
        url=optional_text(metadata, "url"),
        summary=optional_text(metadata, "summary"),
        image=optional_text(metadata, "image"),
        language=_language(metadata, path, overrides)
        or detect_language(" ".join([title] + [block.text for block in blocks]), cache=cache),
        id=optional_text(metadata, "id"),
        source=path,
    )


def _language(metadata: dict[str, Any], path: Path, overrides: dict[str, str]) -> str | None:
    """The language the article names (None: to be detected); an :class:`ArticleError` for one that is not a language code."""
    language = optional_text(metadata, "language")
    if language is not None and not LANGUAGE_CODE.fullmatch(language_code(language)):
        where = f"given for {path}" if "language" in overrides else f"in {path}"
        raise ArticleError(f"The language {language!r} {where} is not a language code; write one such as en, uk or en-GB.")
    return language
