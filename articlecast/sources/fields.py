"""Metadata fields shared by every source: the known keys, text values and dates."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from typing import Any

from ..errors import ArticleError

METADATA_KEYS = ("title", "author", "date", "url", "summary", "image", "language", "id")
OVERRIDABLE_KEYS = ("title", "author", "date", "url", "language")

_DATE_FORMATS = (
    "%B %d, %Y %I:%M %p",
    "%B %d, %Y",
    "%b %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%Y-%m-%d %H:%M",
)


def optional_text(metadata: dict[str, Any], key: str) -> str | None:
    """``metadata[key]`` as stripped text, or None when it is missing or blank."""
    value = metadata.get(key)
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_date(value: Any, where: str) -> dt.datetime | None:
    """A timezone-aware datetime from a date, datetime or date text (naive times are UTC).

    ``where`` completes the error message, e.g. ``"in story.md"``.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        parsed = parse_date_text(str(value).strip())
        if parsed is None:
            raise ArticleError(
                f"The date {str(value)!r} {where} is not a date I can read; write it as 2023-07-22 or 2023-07-22T22:08:00+03:00."
            )
        moment = parsed
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment


def parse_date_text(text: str) -> dt.datetime | None:
    """Parse ISO 8601, RFC 2822 and common written dates ("July 22, 2023 10:08 PM"); None if none fits."""
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


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()
