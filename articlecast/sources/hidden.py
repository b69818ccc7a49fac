"""What a browser would not show: hidden elements of a saved page, dropped before the article is looked for.

An element is hidden by the ``hidden`` attribute, ``aria-hidden="true"``, an inline style or a
rule of the page's own ``<style>`` sheets that sets ``display:none``, ``visibility:hidden``,
the "visually hidden" screen-reader pattern (1px box, clipped), a place far off the screen
(``position:absolute; left:-9999px``) or no height with hidden overflow and no letters, and by being a ``<template>``,
``<noscript>``, a ``<dialog>`` that is not open, a modal or off-canvas container, or a class that
CSS frameworks use for hidden text (``sr-only``, ``visually-hidden``, ``d-none``...). Stylesheet
rules are matched with cssselect; a rule that only hides in some media, on hover, or that
another rule undoes for the same element, is left alone.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Any

from .markup import within_a_sentence
from .pagemeta import pick_headline

_LOGGER = logging.getLogger(__name__)

MAX_STYLE_RULES = 4000
"""Stylesheet rules read per page; the rest of a huge sheet is ignored."""

SMALL_SHARE = 0.4
"""A modal or conventionally hidden element with main parts and more of the page's text than this is kept."""

_HIDING_CLASSES = frozenset({
    "sr-only", "sr-text", "visually-hidden", "visuallyhidden", "screen-reader-text", "screen-reader-only", "screenreader-only",
    "a11y-hidden", "offscreen", "aural", "hidden", "is-hidden", "u-hidden", "d-none", "hide", "invisible", "element-invisible",
})
_ALWAYS_HIDDEN = "//template|//noscript|//dialog[not(@open)]"
_MARKED = "//*[@hidden] | //*[@style]"
_ARIA_HIDDEN = "//body//*[@aria-hidden='true' or @aria-hidden='TRUE']"
_MODAL = re.compile(r"(?<![a-z0-9])(?:modal|off-?canvas|popup|pop-up|lightbox)(?![a-z0-9])", re.I)
_NEVER_DROPPED = {"html", "body", "head", "main", "article"}
_DISPLAY = re.compile(r"(?:^|[;{\s])display\s*:\s*([a-z-]+)", re.I)
_VISIBILITY = re.compile(r"(?:^|[;{\s])visibility\s*:\s*([a-z]+)", re.I)
_CLIPPED = re.compile(r"clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%", re.I)
_ONE_PIXEL = re.compile(r"(?:^|[;\s])(?:width|height)\s*:\s*[01](?:px)?\s*(?:!important)?\s*(?:;|$)", re.I)
_POSITIONED = re.compile(r"(?:^|[;{\s])position\s*:\s*(?:absolute|fixed)", re.I)
_FAR_OFF = re.compile(r"(?:^|[;{\s])(?:left|top|right)\s*:\s*-\d{4,}(?:\.\d+)?(?:px)?\s*(?:!important)?\s*(?:;|$)", re.I)
"""Moved a thousand pixels or more off the screen: the old way of hiding text from eyes but not from machines."""
_NO_HEIGHT = re.compile(r"(?:^|[;{\s])height\s*:\s*0(?:px|em|rem)?\s*(?:!important)?\s*(?:;|$)", re.I)
_OVERFLOW_HIDDEN = re.compile(r"(?:^|[;{\s])overflow\s*:\s*hidden", re.I)
_NO_LETTERS = re.compile(r"(?:^|[;{\s])(?:font-size|line-height|width)\s*:\s*0(?:px|em|rem)?\s*(?:!important)?\s*(?:;|$)", re.I)
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_STATEFUL = re.compile(r"::|:(?:hover|focus|active|visited|checked|target|focus-within|focus-visible|before|after|placeholder)", re.I)
_NAMES = re.compile(r"([.#])(-?[_a-zA-Z][\w-]*)")


def drop_hidden(tree: Any, titles: tuple[str | None, ...] = ()) -> int:
    """Remove every hidden element from ``tree`` (an lxml HTML tree); return how many were removed.

    ``titles`` (what the page states its title is) tell the article's own headline among the
    page's ``<h1>`` elements: a weak sign of hiding never removes the element holding it.
    """
    doomed = list(tree.xpath(_ALWAYS_HIDDEN))
    doomed += [element for element in tree.xpath(_MARKED) if _marked_hidden(element)]
    weak = list(tree.xpath(_ARIA_HIDDEN)) + _modal_containers(tree) + _hidden_by_convention(tree)
    doomed += _not_the_article(tree, weak, _headline_element(tree, titles))
    doomed += list(_hidden_by_stylesheet(tree))
    removed = 0
    for element in doomed:
        if element.tag in _NEVER_DROPPED or element.getparent() is None or _inside_removed(element):
            continue
        element.drop_tree()
        removed += 1
    _LOGGER.debug("dropped %d hidden elements", removed)
    return removed


def _headline_element(tree: Any, titles: tuple[str | None, ...]) -> Any:
    """The ``<h1>`` whose text is the headline the page states, or None: a lone ``<h1>`` that shares no words with the
    stated title is not taken for it (a hidden search panel's "No results" heading on a page whose headline is no ``<h1>``)."""
    elements = {" ".join(" ".join(h1.itertext()).split()): h1 for h1 in tree.iter("h1")}
    chosen = pick_headline(list(elements), list(titles), lone=False) if titles else None
    return elements.get(chosen) if chosen else None


def _inside_removed(element: Any) -> bool:
    """True once an ancestor was already dropped (the element is no longer in the document)."""
    root = element.getroottree().getroot()
    while element.getparent() is not None:
        element = element.getparent()
    return element is not root


def _marked_hidden(element: Any) -> bool:
    if element.get("hidden") is not None:
        return True
    return hides(element.get("style") or "")


def hides(declarations: str) -> bool:
    """True if CSS declarations hide an element: display none, visibility hidden, clipped to a pixel,
    moved far off the screen, or squeezed to no height with its overflow and its letters hidden too.
    """
    display = _DISPLAY.findall(declarations)
    visibility = _VISIBILITY.findall(declarations)
    if (display and display[-1].lower() == "none") or (visibility and visibility[-1].lower() in ("hidden", "collapse")):
        return True
    if _CLIPPED.search(declarations) and _ONE_PIXEL.search(declarations):
        return True
    if _POSITIONED.search(declarations) and _FAR_OFF.search(declarations):
        return True
    return bool(_NO_HEIGHT.search(declarations) and _OVERFLOW_HIDDEN.search(declarations) and _NO_LETTERS.search(declarations))


def _shows(declarations: str) -> bool:
    display = _DISPLAY.findall(declarations)
    return bool(display) and display[-1].lower() != "none"


def _hidden_by_convention(tree: Any) -> list[Any]:
    """Elements with a class that CSS frameworks use for hidden or screen-reader-only text (the sheet may be external)."""
    return [
        element
        for element in tree.xpath("//body//*[@class]")
        if not _HIDING_CLASSES.isdisjoint((element.get("class") or "").lower().split())
    ]


def _not_the_article(tree: Any, elements: list[Any], headline: Any) -> list[Any]:
    """The elements that do not hold the article: not its headline, nor its main parts with most of the text.

    The weaker signs of hiding (``aria-hidden``, a name, a conventional class) could also be a
    script's passing state on the article itself (a page saved with a dialog open hides the rest
    from screen readers); the article is never dropped for them.
    """
    body = tree.find(".//body")
    total = len((body if body is not None else tree).text_content())
    return [
        element
        for element in elements
        if not (headline is not None and (element is headline or headline in element.iterdescendants()))
        and not (len(element.text_content()) > SMALL_SHARE * total and element.xpath(".//h1|.//article|.//main"))
    ]


def _modal_containers(tree: Any) -> list[Any]:
    """Elements whose class or id names a modal, popup, lightbox or off-canvas panel, or that are dialogs by role."""
    found = []
    for element in tree.xpath("//body//*[@class or @id or @role or @aria-modal]"):
        names = f"{element.get('class') or ''} {element.get('id') or ''}"
        named = _MODAL.search(names) and not within_a_sentence(element)  # a glossary word's pop-up link
        if element.get("role") in ("dialog", "alertdialog") or element.get("aria-modal") == "true" or named:
            found.append(element)
    return found


def _hidden_by_stylesheet(tree: Any) -> Iterator[Any]:
    """Elements that a rule of the page's ``<style>`` sheets hides and no other rule shows again."""
    sheets = " ".join(style.text or "" for style in tree.xpath("//style"))
    if not any(word in sheets for word in ("none", "hidden", "clip", "position")):
        return
    present = {name for value in tree.xpath("//@class") for name in value.split()} | set(tree.xpath("//@id"))
    hiding: list[str] = []
    showing: list[str] = []
    for selectors, declarations in _rules(_COMMENT.sub("", sheets)):
        target = hiding if hides(declarations) else showing if _shows(declarations) else None
        if target is not None:
            target.extend(s for s in _split_selectors(selectors) if _may_match(s, present))
    hiding_names = {name for selector in hiding for _, name in _NAMES.findall(selector)}
    undoing = [selector for selector in showing if hiding_names & {name for _, name in _NAMES.findall(selector)}]
    shown = {element for selector in undoing for element in _select(tree, selector)}  # lxml keeps one proxy per live node
    for selector in hiding:
        for element in _select(tree, selector):
            if element not in shown:
                yield element


def _rules(css: str) -> Iterator[tuple[str, str]]:
    """(selectors, declarations) of a sheet's plain rules and of ``@media screen``/``all`` blocks in it."""
    position = count = 0
    while count < MAX_STYLE_RULES:
        opening = css.find("{", position)
        if opening < 0:
            return
        prelude = css[position:opening].strip()
        closing = _block_end(css, opening)
        body = css[opening + 1 : closing]
        position = closing + 1
        count += 1
        if prelude.startswith("@"):
            media = prelude.lower()
            if media.startswith("@media") and not re.search(r"print|speech|width|height|orientation|hover|not\b", media):
                yield from _rules(body)
            continue
        yield prelude.rsplit(";", 1)[-1].rsplit("}", 1)[-1], body


def _block_end(css: str, opening: int) -> int:
    depth = 0
    for index in range(opening, len(css)):
        if css[index] == "{":
            depth += 1
        elif css[index] == "}":
            depth -= 1
            if depth == 0:
                return index
    return len(css)


def _split_selectors(selectors: str) -> Iterator[str]:
    depth = 0
    start = 0
    for index, char in enumerate(selectors):
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            yield selectors[start:index].strip()
            start = index + 1
    yield selectors[start:].strip()


def _may_match(selector: str, present: set[str]) -> bool:
    """A selector worth matching: not stateful, and every class and id it names occurs in the page."""
    if not selector or _STATEFUL.search(selector):
        return False
    return all(name in present for _, name in _NAMES.findall(selector))


def _select(tree: Any, selector: str) -> list[Any]:
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    try:
        return [element for element in CSSSelector(selector, translator="html")(tree) if isinstance(element.tag, str)]
    except (SelectorError, ValueError, TypeError):
        return []
