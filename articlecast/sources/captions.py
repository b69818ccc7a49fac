"""Captions, credits, galleries and tickers of a saved page, found by the names the page gives them, dropped before extraction.

Photo captions, credits and their copyright lines are never article text. ``<figcaption>`` is
one; so is any small element whose class or id names a caption or a credit (``image-caption``, ``legend``,
``photo_credit``, ``img-author``, ``photoCaption``), and a figure or a box named for media (``media``, ``photo``)
that holds a picture and a few words. A gallery, slideshow or carousel holds captions too,
however long, a news ticker (``<marquee>``, ``breaking-news``) other stories' headlines, and an
embedded social post (``twitter-tweet``, ``instagram-media``) someone else's words out of
context; they go unless they hold the page's headline, its article element or most of its text.
A small box named for a pitch or a site notice (``promo``, ``newsletter``, ``subscribe``, ``paywall``,
``donate``, ``disclaimer``) speaks to the reader about the site, not about the story, and goes too.
So does a short line without a full stop that closes a box right under its picture or video, and a short centred line right under a picture that stands alone, whatever the page calls it: body text is
not centred, a picture's caption often is — unless the page centres its text lines too (a photo blog
whose every line is centred), when centring tells nothing.
"""

from __future__ import annotations

import re
from typing import Any

from .markup import within_a_sentence

CAPTION_MAX_CHARS = 600
GALLERY_MAX_SHARE = 0.4

_CAPTION_NAMES = re.compile(
    r"(?<![a-z])(?:caption|captions|legend|legende|bildunterschrift|credit|credits|copyright"
    r"|(?:img|image|photo|picture|pic)-?(?:credit|author|source|by))(?![a-z])",
    re.I,
)
_GALLERY_NAMES = re.compile(
    r"(?<![a-z])(?:gallery|galleries|galerie|galeria|bildergalerie|fotostrecke|diashow|diaporama|slideshow|carousel|slider"
    r"|swiper|ticker|newsticker|breaking-?news|marquee|twitter-tweet"
    r"|instagram-media|tiktok-embed|fb-post|bluesky-embed|telegram-post|social-embed)(?![a-z])",
    re.I,
)
_PITCH_NAMES = re.compile(
    r"(?<![a-z])(?:promo|promotion|newsletter|newsletters|signup|sign-up|subscribe|subscription|subscriptions|paywall|regwall"
    r"|upsell|donate|donation|donations|membership|support-us|cta|disclaimer|notice)(?![a-z])",
    re.I,
)
PITCH_MAX_CHARS = 500
_CAMEL_JOINT = re.compile(r"(?<=[a-z])(?=[A-Z0-9])")
"""Where a name written in camelCase joins its words ("golemGallery2", "photoCaption"): read as a hyphen."""
_MEDIA_NAMES = re.compile(
    r"(?<![a-z])(?:media|image|images|img|photo|photos|picture|pic|figure|video|embed)(?:box)?(?![a-z])", re.I
)
"""Names of a box for a picture, also run together with "box" ("photobox", "imgbox")."""
MEDIA_BOX_MAX_CHARS = 300
_MEDIA = ".//img|.//picture|.//video|.//iframe|.//svg"
KEPT_TAGS = ("html", "body", "article", "main")
"""Elements never dropped by their names: the page and its article."""


def drop_captions(tree: Any) -> int:
    """Remove captions, credits, galleries, tickers and pitch boxes from the page; return how many were removed."""
    body = tree.find(".//body")
    total = len((body if body is not None else tree).text_content())
    doomed = list(tree.iter("figcaption", "marquee"))
    doomed += [figure for figure in tree.iter("figure") if _is_media_box(figure)]
    doomed += [line for line in tree.iter("p", "div") if _is_centred_caption(line) and not _centres_its_text(line)]
    doomed += [line for line in tree.iter("p") if _closes_media_box(line)]
    for element in tree.xpath("//body//*[@class or @id]"):
        if element.tag in KEPT_TAGS:
            continue
        names = box_names(element)
        size = len(element.text_content())
        caption = _CAPTION_NAMES.search(names) and size <= CAPTION_MAX_CHARS
        media = _MEDIA_NAMES.search(names) and element.tag != "p" and _is_media_box(element)
        gallery = _GALLERY_NAMES.search(names) and size <= GALLERY_MAX_SHARE * total and not element.xpath(".//h1|.//article|.//main")
        shown = len(" ".join(element.text_content().split()))  # the box's indentation is no text
        pitch = _PITCH_NAMES.search(names) and shown <= PITCH_MAX_CHARS and not element.xpath(".//h1|.//article|.//main")
        if (caption or media or gallery or pitch) and not within_a_sentence(element):
            doomed.append(element)
    return drop_outermost(doomed)


def box_names(element: Any) -> str:
    """An element's class and id, with underscores and camelCase joints read as hyphens ("photoCaption" → "photo-Caption")."""
    return _CAMEL_JOINT.sub("-", f"{element.get('class') or ''} {element.get('id') or ''}").replace("_", "-")


def drop_outermost(doomed: list[Any]) -> int:
    """Remove each element of ``doomed`` that is still in the tree and not inside another of them; return how many."""
    removed = 0
    for element in doomed:
        if element.getparent() is not None and not any(ancestor in doomed for ancestor in element.iterancestors()):
            element.drop_tree()
            removed += 1
    return removed


def _is_media_box(element: Any) -> bool:
    """A picture or video with a few words beside it (its caption and credit), and no headline."""
    return len(element.text_content()) <= MEDIA_BOX_MAX_CHARS and bool(element.xpath(_MEDIA)) and not element.xpath(".//h1")


CENTRED_CAPTION_MAX_CHARS = 300
_CENTRED_STYLE = re.compile(r"text-align\s*:\s*center", re.I)


def _is_centred_caption(element: Any) -> bool:
    """A short centred line of text right after a block that holds only a picture."""
    if not _follows_picture(element):
        return False
    text = " ".join(element.text_content().split())
    return _is_centred(element) and 0 < len(text) <= CENTRED_CAPTION_MAX_CHARS and not element.xpath(_MEDIA)


def _closes_media_box(element: Any) -> bool:
    """A short line without a full stop that closes a box right under its picture or video: that medium's caption.

    "<p><iframe …></p><p>The bishop at the book fair</p>" at the end of its box says what the video shows; article text
    goes on in sentences after an embedded video, and a box's last line is no lead into them.
    """
    if not _follows_picture(element) or element.getnext() is not None or element.xpath(_MEDIA):
        return False
    text = " ".join(element.text_content().split())
    return 0 < len(text) <= CENTRED_CAPTION_MAX_CHARS and not text.endswith((".", "!", "?", "…", ":", "\"", "”", "»"))


def _follows_picture(element: Any) -> bool:
    """Whether the element right above ``element`` holds a picture and no text."""
    above = element.getprevious()
    return above is not None and not above.text_content().strip() and (above.tag in ("img", "picture") or bool(above.xpath(_MEDIA)))


def _is_centred(element: Any) -> bool:
    """Whether the element, or its one child, is set centred."""
    children = [child for child in element if isinstance(child.tag, str)]
    styled = [element, *children] if len(children) == 1 else [element]
    return any((node.get("align") or "").lower() == "center" or _CENTRED_STYLE.search(node.get("style") or "") for node in styled)


CENTRED_TEXT_MIN_LINES = 3
CENTRED_TEXT_MIN_SHARE = 0.5


def _centres_its_text(line: Any) -> bool:
    """Whether the lines beside ``line`` that follow no picture are centred too: centring is how its text is set."""
    parent = line.getparent()
    if parent is None:
        return False
    texts = [
        sibling
        for sibling in parent
        if sibling.tag in ("p", "div") and sibling.text_content().strip() and not _follows_picture(sibling)
    ]
    centred = sum(_is_centred(sibling) for sibling in texts)
    return centred >= CENTRED_TEXT_MIN_LINES and centred >= CENTRED_TEXT_MIN_SHARE * len(texts)
