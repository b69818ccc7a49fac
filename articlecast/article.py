"""Load an article: front matter (metadata) plus body blocks.

Plain text and Markdown, UTF-8, with optional YAML front matter between ``---`` lines.
"""

from __future__ import annotations

import codecs
import datetime as dt
import email.utils
import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from .errors import ArticleError
from .files import slugify
from .language import detect_language

BlockKind = Literal["heading", "paragraph", "quote", "item"]

METADATA_KEYS = ("title", "author", "date", "url", "summary", "image", "language", "id")
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
MAX_ARTICLE_BYTES = 5 * 1024 * 1024

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_DATE_FORMATS = (
    "%B %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d %H:%M",
)


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


def load_article(path: str | Path) -> Article:
    """Read an article file into an :class:`Article`; raise :class:`ArticleError` if it is unusable."""
    path = Path(path)
    raw = _read_bytes(path)
    text = _decode(raw, path)
    metadata, body = _split_front_matter(text, path)
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        blocks = _markdown_blocks(body)
    else:
        blocks = _plain_blocks(body)
    title = _clean_inline(str(metadata.get("title") or ""))
    if not title and blocks:
        title = blocks.pop(0).text
    elif blocks and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks.pop(0)
    if not any(block.kind != "heading" for block in blocks):
        what = "only front matter" if metadata else "no article text"
        raise ArticleError(f"{path} has {what}: write the article's paragraphs below the title.")
    return Article(
        title=title,
        blocks=blocks,
        author=_optional_text(metadata, "author"),
        date=_parse_date(metadata.get("date"), path),
        url=_optional_text(metadata, "url"),
        summary=_optional_text(metadata, "summary"),
        image=_optional_text(metadata, "image"),
        language=_optional_text(metadata, "language") or detect_language(" ".join([title] + [block.text for block in blocks])),
        id=_optional_text(metadata, "id"),
        source=path,
    )


def _read_bytes(path: Path) -> bytes:
    if path.suffix.lower() in HTML_SUFFIXES:
        raise ArticleError(f"{path} is an HTML page, which this version cannot read yet; save the article as .md or .txt.")
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(
                f"{path} is {size // 1024 // 1024} MB, too large for one article (limit 5 MB); split it into articles."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ArticleError(f"{path} does not exist; check the file name.") from None
    except IsADirectoryError:
        raise ArticleError(f"{path} is a folder, not an article file.") from None
    except PermissionError:
        raise ArticleError(f"{path} cannot be read (permission denied); check its permissions.") from None


def _decode(raw: bytes, path: Path) -> str:
    if b"\x00" in raw[:8192] and not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ArticleError(f"{path} is a binary file, not a text article; give a .txt or .md file.")
    encoding = "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        declared = re.search(rb"\A---[ \t]*\r?\n(?:.*\r?\n)*?encoding:[ \t]*[\"']?([\w.-]+)", raw[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii")
    try:
        text = raw.decode(encoding)
    except LookupError:
        raise ArticleError(f"{path} names an unknown encoding {encoding!r} in its front matter; use e.g. utf-8 or latin-1.") from None
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"{path} is not valid {encoding.removesuffix('-sig').upper()} (byte 0x{raw[error.start]:02x} at offset {error.start}); "
            "save it as UTF-8, or name its encoding in the front matter (encoding: latin-1)."
        ) from None
    if _looks_binary(text):
        raise ArticleError(f"{path} is a binary file, not a text article; give a .txt or .md file.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    return bool(sample) and controls / len(sample) > 0.05


def _split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n") and text.count("\n---") == 0:
            raise ArticleError(f"{path} opens front matter with '---' but never closes it; add a closing '---' line.")
        return {}, text
    try:
        metadata = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ArticleError(f"The front matter of {path} is not valid YAML{where}; fix it or remove it.") from None
    if not isinstance(metadata, dict):
        raise ArticleError(f"The front matter of {path} must be 'key: value' lines (title, author, date, ...).")
    for key in METADATA_KEYS:
        value = metadata.get(key)
        if value is not None and not isinstance(value, (str, int, float, dt.date)):
            raise ArticleError(f"The front matter of {path} gives '{key}' as a {type(value).__name__}; give it as plain text.")
    return metadata, text[match.end():]


def _optional_text(metadata: dict[str, Any], key: str) -> str | None:
    value = metadata.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _parse_date(value: Any, path: Path) -> dt.datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        moment = _parse_date_text(str(value).strip())
        if moment is None:
            raise ArticleError(
                f"The date {str(value)!r} in {path} is not a date I can read; write it as 2023-07-22 or 2023-07-22T22:08:00+03:00."
            )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment


def _parse_date_text(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, pattern)
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _plain_blocks(body: str) -> list[Block]:
    blocks = []
    for chunk in re.split(r"\n\s*\n", body):
        text = " ".join(line.strip() for line in chunk.splitlines() if line.strip())
        if text:
            blocks.append(Block("paragraph", text))
    return blocks


def _markdown_blocks(body: str) -> list[Block]:
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
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return _clean_inline("".join(parts))


def _clean_inline(text: str) -> str:
    text = re.sub(r"<[^>]{0,200}>", "", text)
    return re.sub(r"\s+", " ", text).strip()
