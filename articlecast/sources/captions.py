"""Captions, credits, galleries and tickers of a saved page, found by the names the page gives them, dropped before extraction.

Photo captions, credits and their copyright lines are never article text. ``<figcaption>`` is
one; so is any small element whose class or id names a caption or a credit (``image-caption``,
``photo_credit``, ``img-author``). A gallery, slideshow or carousel holds captions too, however
long, and a news ticker (``<marquee>``, ``breaking-news``) other stories' headlines; they go
unless they hold the page's headline, its article element or most of its text.
"""

from __future__ import annotations

import re
from typing import Any

CAPTION_MAX_CHARS = 600
GALLERY_MAX_SHARE = 0.4

_CAPTION_NAMES = re.compile(
    r"(?<![a-z])(?:caption|captions|credit|credits|copyright|(?:img|image|photo|picture|pic)-?(?:credit|author|source|by))(?![a-z])",
    re.I,
)
_GALLERY_NAMES = re.compile(
    r"(?<![a-z])(?:gallery|galleries|slideshow|carousel|slider|swiper|ticker|newsticker|breaking-?news|marquee)(?![a-z])", re.I
)
_KEPT_TAGS = ("html", "body", "article", "main")


def drop_captions(tree: Any) -> int:
    """Remove captions, credits, galleries and tickers from the page; return how many were removed."""
    body = tree.find(".//body")
    total = len((body if body is not None else tree).text_content())
    doomed = list(tree.iter("figcaption", "marquee"))
    for element in tree.xpath("//body//*[@class or @id]"):
        if element.tag in _KEPT_TAGS:
            continue
        names = f"{element.get('class') or ''} {element.get('id') or ''}".replace("_", "-")
        size = len(element.text_content())
        if (_CAPTION_NAMES.search(names) and size <= CAPTION_MAX_CHARS) or (
            _GALLERY_NAMES.search(names) and size <= GALLERY_MAX_SHARE * total and not element.xpath(".//h1|.//article|.//main")
        ):
            doomed.append(element)
    removed = 0
    for element in doomed:
        if element.getparent() is not None and not any(ancestor in doomed for ancestor in element.iterancestors()):
            element.drop_tree()
            removed += 1
    return removed
