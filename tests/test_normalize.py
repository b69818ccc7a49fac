"""Normalisation for speech: the hand-written golden file, and properties that hold for any text."""

import re
from pathlib import Path

import pytest

from articlecast.speech.normalize import normalize

GOLDEN = Path(__file__).parent / "data" / "normalize_en.tsv"
CATEGORIES = {
    "cardinal", "decimal", "negative", "range", "fraction", "money", "percent", "ordinal", "unit", "date", "year",
    "decade", "century", "time", "title", "abbreviation", "initialism", "acronym", "roman", "web", "email", "handle",
    "hashtag", "symbol", "typography", "emoji", "control", "lookalike", "list", "mixed", "sentence",
}  # fmt: skip


def _unescape(field: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), field)


def _golden() -> list[tuple[str, str, str]]:
    rows = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            category, text, expected = map(_unescape, line.split("\t"))
            rows.append((category, text, expected))
    return rows


@pytest.mark.parametrize(("category", "text", "expected"), _golden(), ids=lambda value: value[:40])
def test_golden(category, text, expected):
    assert normalize(text, "en") == expected


def test_golden_file_is_large_and_covers_every_category():
    rows = _golden()
    assert len(rows) >= 250
    assert {category for category, _, _ in rows} == CATEGORIES
