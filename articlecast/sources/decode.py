"""Read an article file's bytes and decode them: text by BOM or declared encoding, HTML by BOM or <meta charset>."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import ArticleError

MAX_ARTICLE_BYTES = 20 * 1024 * 1024

_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_NOT_DOCUMENT_CODECS = {"undefined", "punycode", "idna", "unicode-escape", "raw-unicode-escape"}
"""Text codecs that no document is written in: their names are refused (text) or ignored (HTML)."""
# The WHATWG Encoding Standard reads these labels as windows-1252, as every browser does.
_WINDOWS_1252_LABELS = {"ascii", "us-ascii", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "cp819", "windows-1252", "cp1252"}


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an :class:`ArticleError` saying why they can't be had.

    At most :data:`MAX_ARTICLE_BYTES` are read, whatever the file claims its size is (a device
    such as ``/dev/zero`` claims none), so a huge input is refused before it fills the memory.
    """
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(f"{path} does not exist; check the file name.") from None
    except IsADirectoryError:
        raise ArticleError(f"{path} is a folder, not an article file.") from None
    except PermissionError:
        raise ArticleError(f"{path} cannot be read (permission denied); check its permissions.") from None
    except OSError as error:
        raise ArticleError(f"{path} cannot be read ({error.strerror or error}); give an article file.") from None
    if len(raw) > MAX_ARTICLE_BYTES:
        limit = MAX_ARTICLE_BYTES // 1024 // 1024
        raise ArticleError(f"{path} is larger than {limit} MB, too large for one article; split it into articles.")
    return raw


def decode_text(raw: bytes, path: Path, declared: str | None) -> str:
    """Decode a text or Markdown article: UTF-16 by BOM, else ``declared``, else UTF-8 (BOM allowed)."""
    _refuse_binary(raw, path)
    encoding = "utf-16" if raw.startswith(_UTF16_BOMS) else declared or "utf-8-sig"
    hint = "save it as UTF-8, or name its encoding in the front matter (encoding: latin-1)."
    return _finish(_decode(raw, path, encoding, "in its front matter", hint), path)


def decode_html(raw: bytes, path: Path) -> str:
    """Decode a saved web page the way a browser would.

    A BOM decides; else bytes that are valid UTF-8 are UTF-8 (a page saved as UTF-8 often keeps
    its old ``<meta charset>``); else the ``<meta charset>``; else windows-1252, the HTML default
    (also when the charset names a codec that is not a text encoding, such as ``punycode``).
    """
    _refuse_binary(raw, path)
    hint = "fix the page's <meta charset> to the encoding it was saved in, or save the page again as UTF-8."
    if raw.startswith(_UTF16_BOMS):
        return _finish(_decode(raw, path, "utf-16", "in its byte order mark", hint), path)
    try:
        return _finish(raw.decode("utf-8-sig"), path)
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(raw[:16384])
    label = match.group(1).decode("ascii").lower() if match else "windows-1252"
    encoding = "cp1252" if label in _WINDOWS_1252_LABELS or not _is_text_codec(label) else label
    return _finish(_decode(raw, path, encoding, "in its <meta charset>", hint), path)


def _decode(raw: bytes, path: Path, encoding: str, where: str, hint: str) -> str:
    if not _is_text_codec(encoding):
        raise ArticleError(f"{path} names {encoding!r} {where}, which is not a text encoding; use e.g. utf-8 or latin-1.")
    try:
        return raw.decode(encoding)
    except LookupError:
        raise ArticleError(f"{path} names an unknown encoding {encoding!r} {where}; use e.g. utf-8 or latin-1.") from None
    except UnicodeDecodeError as error:
        name = encoding.removesuffix("-sig").upper()
        raise ArticleError(f"{path} is not valid {name} (byte 0x{raw[error.start]:02x} at offset {error.start}); {hint}") from None
    except UnicodeError:
        raise ArticleError(f"{path} cannot be decoded as {encoding!r} ({where}); {hint}") from None


def _is_text_codec(encoding: str) -> bool:
    """False for codecs that are not character encodings (base64, rot13, punycode, undefined...); True for unknown names."""
    try:
        info = codecs.lookup(encoding)
    except LookupError:
        return True  # reported as unknown by the caller
    return getattr(info, "_is_text_encoding", True) and info.name not in _NOT_DOCUMENT_CODECS


def _refuse_binary(raw: bytes, path: Path) -> None:
    if b"\x00" in raw[:8192] and not raw.startswith(_UTF16_BOMS):
        raise ArticleError(f"{path} is a binary file, not a text article; give a .txt, .md or .html file.")


def _finish(text: str, path: Path) -> str:
    sample = text[:8192]
    controls = sum(1 for char in sample if ord(char) < 32 and char not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        raise ArticleError(f"{path} is a binary file, not a text article; give a .txt, .md or .html file.")
    return text.replace("\r\n", "\n").replace("\r", "\n")
