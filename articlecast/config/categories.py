"""Apple Podcasts' category list (``apple_categories.json``, with its source), to validate ``itunes:category``."""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib import resources


@cache
def apple_categories() -> dict[str, tuple[str, ...]]:
    """Each top-level category with its subcategories."""
    data = json.loads(resources.files(__package__).joinpath("apple_categories.json").read_text("utf-8"))
    return {name: tuple(subs) for name, subs in data["categories"].items()}


def category_problem(category: str, subcategory: str = "") -> str | None:
    """Why Apple would not accept this category, as a sentence ending in what to use; None when it is valid."""
    categories = apple_categories()
    if category not in categories:
        return f"category {category!r} is not an Apple Podcasts category; use {_suggest(category, list(categories))}"
    subcategories = categories[category]
    if subcategory and subcategory not in subcategories:
        if not subcategories:
            return f"category {category!r} has no subcategories; leave subcategory empty"
        return f"{subcategory!r} is not a subcategory of {category!r}; use {_suggest(subcategory, list(subcategories))}"
    return None


def _suggest(name: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(name, choices, n=1, cutoff=0.5)
    return repr(close[0]) if close else "one of " + ", ".join(repr(choice) for choice in choices)
