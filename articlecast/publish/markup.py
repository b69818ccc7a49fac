"""HTML templates with automatic escaping: every value filled in is escaped unless it is :class:`Markup`.

Templates are files in ``articlecast/publish/templates`` (``string.Template`` syntax, ``$name``).
Only this module and templates make :class:`Markup`, so article text can never reach a page unescaped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from string import Template


# Characters an HTML document may not hold at all: controls other than whitespace, lone surrogates, non-characters.
_NOT_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


class Markup(str):
    """Text that is already HTML: filled into templates as it is."""


def escape(value: object) -> Markup:
    """``value`` as HTML text, safe in element content and in quoted attributes (characters HTML forbids dropped)."""
    if isinstance(value, Markup):
        return value
    return Markup(html.escape(_NOT_HTML.sub("", str(value)), quote=True))


def fill(template: Template, **values: object) -> Markup:
    """The template with each ``$name`` replaced by its value, escaped unless it is Markup."""
    return Markup(template.substitute({name: escape(value) for name, value in values.items()}))


def join(parts: Iterable[Markup], separator: str = "\n") -> Markup:
    """Pieces of markup, one after the other."""
    return Markup(separator.join(escape(part) for part in parts))


@cache
def template(name: str) -> Template:
    """The template file ``name`` from the package's templates folder."""
    return Template(resources.files(__package__).joinpath("templates", name).read_text(encoding="utf-8"))
