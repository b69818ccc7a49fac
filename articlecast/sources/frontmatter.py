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
_ENCODING_LINE = re.compile(rb"encoding:[ \t]*[\"']?([\w.-]+)")
_DECLARATION_BYTES = 4096


class _MetadataLoader(yaml.SafeLoader):
    """YAML's safe loader without implicit timestamps: a date stays text, which :func:`parse_date` reads,
    so that an impossible date (2023-13-45) is reported as such."""


_MetadataLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def declared_encoding(raw: bytes) -> str | None:
    """The ``encoding:`` named in the front matter of undecoded bytes, if any (read line by line: linear time)."""
    lines = raw[:_DECLARATION_BYTES].split(b"\n")
    if lines[0].rstrip(b" \t\r") != b"---":
        return None
    for line in lines[1:-1]:  # the last piece may be cut off
        match = _ENCODING_LINE.match(line)
        if match:
            return match.group(1).decode("ascii")
    return None


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """Return the front matter as a dict (empty without one) and the text after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if re.match(r"---[ \t]*\r?\n", text) and "\n---" not in text:
            raise ArticleError(f"{path} opens front matter with '---' but never closes it; add a closing '---' line.")
        return {}, text
    metadata = _load_yaml(match.group(1), path)
    if not isinstance(metadata, dict):
        raise ArticleError(f"The front matter of {path} must be 'key: value' lines (title, author, date, ...).")
    for key in METADATA_KEYS:
        value = metadata.get(key)
        if value is not None and not isinstance(value, (str, int, float, dt.date)):
            raise ArticleError(f"The front matter of {path} gives '{key}' as a {type(value).__name__}; give it as plain text.")
    return metadata, text[match.end():]


def _load_yaml(source: str, path: Path) -> Any:
    """The front matter's YAML, or an :class:`ArticleError` for YAML that is invalid or that no value can be made of."""
    try:
        return yaml.load(source, Loader=_MetadataLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark else ""
        raise ArticleError(f"The front matter of {path} is not valid YAML{where}; fix it or remove it.") from None
    except RecursionError:
        raise ArticleError(f"The front matter of {path} nests lists or mappings too deeply; write 'key: value' lines.") from None
    except (ValueError, TypeError, AttributeError, OverflowError):
        # a tagged value that is not what its tag says (!!int xyz, !!timestamp xyz, !!float xyz)
        raise ArticleError(f"The front matter of {path} has a value that does not match its YAML tag (such as '!!int'); "
                           "remove the tag or fix the value.") from None

