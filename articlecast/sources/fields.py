"""Metadata fields shared by every source: the known keys, text values and dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from ..errors import ArticleError

METADATA_KEYS = ("title", "author", "date", "url", "summary", "image", "language", "id")
OVERRIDABLE_KEYS = ("title", "author", "date", "url", "language")

UNSPACED_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\s\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
"""A word; a Chinese or Japanese character counts as a word of its own (these scripts put no spaces between words)."""

MAX_DATE_CHARS = 100
"""Longer text is not a date (and is not handed to the date parser)."""
_DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "PARSERS": ["absolute-time"]}
"""A written date must name its day, month and year; relative dates ("yesterday") are not dates of an article."""


def optional_text(metadata: dict[str, Any], key: str) -> str | None:
    """``metadata[key]`` as stripped text, or None when it is missing or blank."""
    value = metadata.get(key)
    if value is None:
        return None
    text = clean_text(str(value)).strip()
    return text or None


def parse_date(value: Any, where: str, language: str | None = None) -> dt.datetime | None:
    """A timezone-aware datetime from a date, datetime or date text (naive times are UTC).

    ``where`` completes the error message, e.g. ``"in story.md"``; ``language`` (the article's,
    when it names one) is how written dates are read: month names, and day/month order.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    else:
        parsed = parse_date_text(str(value).strip(), language)
        if parsed is None:
            raise ArticleError(
                f"The date {str(value)!r} {where} is not a date I can read; write it as 2023-07-22 or 2023-07-22T22:08:00+03:00."
            )
        moment = parsed
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment


def parse_date_text(text: str, language: str | None = None) -> dt.datetime | None:
    """Parse ISO 8601, RFC 2822 and other written dates ("22 липня 2023", "Mar. 14, 2026", "14/03/2026"); None if none fits.

    Written dates go to dateparser (a trafilatura dependency, with month names and date orders of
    some 200 locales), restricted to absolute dates that name a day, month and year.
    """
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        pass
    if len(text) > MAX_DATE_CHARS or not text:
        return None
    import dateparser

    try:  # as the article's language writes dates, else in whichever language the date is written
        return dateparser.parse(text, settings=_DATE_SETTINGS, **_date_locale(language)) or (
            dateparser.parse(text, settings=_DATE_SETTINGS) if language else None
        )
    except (ValueError, OverflowError, RecursionError):
        return None


def _date_locale(language: str | None) -> dict[str, list[str]]:
    """dateparser's arguments for reading dates the way ``language`` writes them (``en-gb``: day first)."""
    from dateparser.data import language_locale_dict

    base, _, region = (language or "").lower().replace("_", "-").partition("-")
    locale = f"{base}-{region.upper()}"
    if locale in language_locale_dict.get(base, ()):
        return {"locales": [locale]}
    if base in language_locale_dict:
        return {"languages": [base]}
    return {}


_UNSPEAKABLE = re.compile(r"[\ud800-\udfff\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Lone surrogates (which cannot be written as UTF-8) and control characters (a terminal's escape sequences)."""


def clean_text(text: str) -> str:
    """``text`` without lone surrogates and control characters other than tab and line breaks."""
    return _UNSPEAKABLE.sub("", text)


def squash_spaces(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return re.sub(r"\s+", " ", text).strip()
