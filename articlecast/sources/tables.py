"""Tables in a page copy: a row of column headings, then the rows, one cell per line.

A browser copies a table cell by cell, so a shop's price table or a league table comes out as
short lines: "Name", "Price", "Link", then "Alder 800 grill", "299 euros", "At the shop" for
each row. A listener cannot follow a table read cell by cell, and its short lines would end the
article before the paragraphs under it (:func:`.pagetext._runs`). So the cells and the caption
over the headings are furniture, and the article goes on past the table.

A table is told by its shape alone: :data:`MIN_COLUMNS` to :data:`MAX_COLUMNS` different headings
of a few words and no figure each (a year excepted: "end 2013" over last year's values), then :data:`MIN_ROWS` rows or more of as many cells, each row
naming something and giving a value: a cell of words and a cell with a figure ("Price" over
"299 euros"), one column a figure of the same form in every row ("299 euros", "249 euros").
A menu's links and a pager's numbers have no such rows, a date is no value (a headline over its
date is no row), and a heading is not said again in the rows.
"""

from __future__ import annotations

import re

from .datelines import find_date
from .furniture import Role, ends_sentence, is_timestamp

MIN_COLUMNS = 2
MAX_COLUMNS = 6
MIN_ROWS = 2
HEADING_MAX_WORDS = 3
CELL_MAX_WORDS = 8
VALUE_MAX_WORDS = 4

_CELL_ROLES = frozenset({Role.SHORT, Role.JUNK, Role.TEASER})
"""What a table's lines read as alone: short lines or furniture, never a paragraph, a byline or a date."""
_NUMBER = re.compile(r"[-+−]?\d(?:[\d.,:/%−-]*\d)?%?")


def mark_copied_tables(lines: list[str], roles: list[Role]) -> None:
    """Mark each copied table's headings, cells and caption ``JUNK`` (in place)."""
    index = 0
    while index < len(lines):
        end = _table_end(lines, index)
        if end is None or any(role not in _CELL_ROLES for role in roles[index:end]):
            index += 1
            continue
        caption = index - 1
        if caption >= 0 and roles[caption] is Role.SHORT and not ends_sentence(lines[caption]):
            roles[caption] = Role.JUNK
        roles[index:end] = [Role.JUNK] * (end - index)
        index = end


def _table_end(lines: list[str], start: int) -> int | None:
    """The index after the last row of the table whose headings start at ``start``, or None if none does."""
    best = None
    for columns in range(MIN_COLUMNS, MAX_COLUMNS + 1):
        headings = lines[start : start + columns]
        if len(headings) < columns or not all(_is_heading(cell) for cell in headings) or len(set(headings)) < columns:
            break
        rows = _rows(lines, start + columns, columns)
        if len(rows) >= MIN_ROWS and not set(headings) & {cell for row in rows for cell in row}:
            end = start + columns * (len(rows) + 1)
            best = max(best or 0, end)
    return best


def _rows(lines: list[str], start: int, columns: int) -> list[list[str]]:
    """The rows of ``columns`` cells from ``start`` on, each naming something (a cell of words) and giving a value in a
    column whose values all have the first row's form ("# euros")."""
    rows: list[list[str]] = []
    forms: dict[int, str] = {}
    while start + columns <= len(lines):
        row = lines[start : start + columns]
        if not all(_is_cell(cell) for cell in row) or all(_is_value(cell) for cell in row):
            break
        values = {column: _form(cell) for column, cell in enumerate(row) if _is_value(cell)}
        kept = {column: form for column, form in forms.items() if values.get(column) == form} if rows else values
        if not kept:
            break
        forms = kept
        rows.append(row)
        start += columns
    return rows


def _form(value: str) -> str:
    """A value with its numbers blanked out: "# euros"."""
    return _NUMBER.sub("#", value)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _is_heading(text: str) -> bool:
    """A column's heading: a few words and no figure but a year ("end 2014", "2013": a table compares years)."""
    return len(text.split()) <= HEADING_MAX_WORDS and not ends_sentence(text) and not _has_figure(_YEAR.sub("", text))


def _is_cell(text: str) -> bool:
    return len(text.split()) <= CELL_MAX_WORDS and not ends_sentence(text)


def _is_value(text: str) -> bool:
    """A figure with a word or two ("299 euros", "3:1", "12%"), not a date or a time of day."""
    return _has_figure(text) and len(text.split()) <= VALUE_MAX_WORDS and not is_timestamp(text) and find_date(text) is None


def _has_figure(text: str) -> bool:
    return any(character.isdigit() for character in text)
