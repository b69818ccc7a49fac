"""Captions and credits of a saved page, found by the names the page gives them, dropped before extraction.

Photo captions, credits and their copyright lines are never article text. ``<figcaption>`` is
one; so is any element whose class or id names a caption or a credit (``image-caption``,
``photo_credit``, ``credits``), as long as it is small: a container named so that holds most of
the page is left alone.
"""

from __future__ import annotations

import re
from typing import Any

CAPTION_MAX_CHARS = 600

_NAMED = re.compile(
    r"(?<![a-z])(?:caption|captions|credit|credits|copyright|(?:img|image|photo|picture|pic)-?(?:credit|author|source|by))(?![a-z])",
    re.I,
)


def drop_captions(tree: Any) -> int:
    """Remove captions and credits from the page; return how many were removed."""
    doomed = list(tree.iter("figcaption"))
    for element in tree.xpath("//body//*[@class or @id]"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}".replace("_", "-")
        if _NAMED.search(names) and len(element.text_content()) <= CAPTION_MAX_CHARS and element.tag not in ("body", "article", "main"):
            doomed.append(element)
    removed = 0
    for element in doomed:
        if element.getparent() is not None and not any(ancestor in doomed for ancestor in element.iterancestors()):
            element.drop_tree()
            removed += 1
    return removed
