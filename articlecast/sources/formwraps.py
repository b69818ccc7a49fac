"""A ``<form>`` around article text: a container a content system or a copy-and-paste left, with no field to fill in.

The extractor drops every form with what it holds, as a search box or a sign-up box would be. A form that holds no field
(no ``<input>``, ``<select>``, ``<textarea>`` or ``<button>``) asks the reader for nothing: it is read as the ``<div>``
it stands for, so a statement quoted from a press page it wraps stays in the article.
"""

from __future__ import annotations

from typing import Any

FIELDS = ("input", "select", "textarea", "button")


def unwrap_fieldless_forms(tree: Any) -> int:
    """Make each form of ``tree`` that holds no field a plain ``<div>``; return how many."""
    unwrapped = 0
    for form in list(tree.iter("form")):
        if next(form.iter(*FIELDS), None) is None:
            form.tag = "div"
            for name in ("action", "method"):
                form.attrib.pop(name, None)
            unwrapped += 1
    return unwrapped
