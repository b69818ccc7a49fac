"""YAML front matter between ``---`` lines at the top of a text or Markdown article."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import yaml

from ..errors import ArticleError
from .fields import METADATA_KEYS

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_DECLARED_ENCODING = re.compile(rb"\A---[ \t]*\r?\n(?:.*\r?\n)*?encoding:[ \t]*[\"']?([\w.-]+)")


def declared_encoding(raw: bytes) -> str | None:
    """The ``encoding:`` named in the front matter of undecoded bytes, if any."""
    match = _DECLARED_ENCODING.search(raw[:4096])
    return match.group(1).decode("ascii") if match else None


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Return the front matter as a dict (empty without one) and the text after it."""
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
