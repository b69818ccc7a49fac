"""Boxes of links inside a saved page: "read also" teasers, related-story lists, link-only paragraphs.

Judged by structure, not by words: a container whose text is nearly all link text, or a
paragraph that is a link with at most a short label before it ("Read more: <headline>",
"До теми: <headline>"), is a pointer to another page, never article text. So are a box of
links under a label of its own ("Tags", "Es darf gelacht werden"), a teaser card (a heading
linking to another page, maybe after a short kicker, with a short summary under it), and a question closed by a link
("Want to know more? Find everything here"), and a paragraph all in bold that is nearly all a link.
"""

from __future__ import annotations

import re
from typing import Any

from .captions import drop_outermost
from .listlabels import is_label_line

LINK_SHARE = 0.8
"""A container with at least this share of its text in links is a link box."""
MIN_BOX_CHARS = 25
LABEL_MAX_WORDS = 4
SENTENCE_MIN_WORDS = 6
TEASER_MAX_WORDS = 80
"""A teaser card (linked heading and summary) has at most this many words; an article has more."""
TITLE_SHARE = 0.5
CALL_MAX_WORDS = 25
CALL_TAIL_MAX_WORDS = 8
CALL_LINK_SHARE = 0.3

_CONTAINERS = ("div", "section", "aside", "ul", "ol", "table", "figure", "nav")
_CARDS = ("div", "section", "aside", "article", "li")
_PARAGRAPHS = ("p", "li", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset({"p", "div", "section", "header", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "nav"})
_HEADINGS = ".//h1|.//h2|.//h3|.//h4|.//h5|.//h6"
_LABEL_ENDS = (":", "|", "»", "›", ">", "→", "►", "▶", "➜", "➔", "⇒")
"""How a link's short label ends: a colon, a bar or an arrow ("Read more:", ">>>", "►")."""
_QUESTION = re.compile(r"^(.+?[?¿])\s+(\S.*)$", re.S)


def drop_link_boxes(tree: Any, titles: tuple[str | None, ...] = ()) -> int:
    """Remove link boxes, teaser cards and labelled link paragraphs from the page; return how many.

    ``titles`` (what the page states its title is) keep the article's own headline from being
    taken for a teaser's, when it links to its own page.
    """
    stated = [_words(title) for title in titles if title]
    doomed = []
    for element in tree.iter(*_CONTAINERS, *_CARDS, *_PARAGRAPHS):
        text, linked = _text_lengths(element)
        if not text or element.xpath("ancestor::a"):
            continue
        if element.tag in _CONTAINERS and (
            (text >= MIN_BOX_CHARS and linked >= LINK_SHARE * text) or (linked and _is_labelled_box(element))
        ):
            doomed.append(element)
        elif element.tag in _CARDS and _is_teaser_card(element, stated):
            doomed.append(element)
        elif element.tag in _PARAGRAPHS and linked and (
            (_is_labelled_link(element) and not _is_listed_fact(element)) or _is_call_to_click(element) or (element.tag == "p" and _is_bold_link(element, text, linked))
        ):
            doomed.append(element)
        elif element.tag == "p" and _asks_to_follow_a_list(element):
            doomed.extend([element, element.getnext()])
    labels = [heading for heading in map(_heading_over, doomed) if heading is not None]
    doomed += [label for label in labels if not _is_stated_title(label, stated)]
    return drop_outermost(doomed)


_SUBHEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _heading_over(box: Any) -> Any:
    """The heading right above a box of links that closes its container: the box's label ("More ways to explore"),
    even when it stands apart in a header of its own with the box's picture; None when there is none, or text follows the box."""
    if box is None or box.tag not in _CONTAINERS or (box.tail or "").strip() or _text_after(box):
        return None
    above = box.getprevious()
    while above is not None and not (isinstance(above.tag, str) and "".join(above.itertext()).strip()):
        if (above.tail or "").strip():
            return None  # text between them
        above = above.getprevious()
    if above is None or (above.tail or "").strip():
        return None
    if above.tag in _SUBHEADINGS:
        return above
    headings = above.xpath(".//h2|.//h3|.//h4|.//h5|.//h6")
    shown = " ".join("".join(headings[-1].itertext()).split()) if headings else ""
    return headings[-1] if shown and " ".join("".join(above.itertext()).split()).endswith(shown) else None  # no text under it


def _is_stated_title(heading: Any, stated: list[set[str]]) -> bool:
    shown = _words(" ".join(heading.itertext()))
    return bool(shown) and any(len(shown & title) >= TITLE_SHARE * len(shown) for title in stated)


def _text_after(element: Any) -> bool:
    """Whether text follows ``element`` within its parent."""
    return any("".join(sibling.itertext()).strip() or (sibling.tail or "").strip() for sibling in element.itersiblings())


def _text_lengths(element: Any) -> tuple[int, int]:
    """Characters of text in the element, and how many of them are inside links (spaces not counted)."""
    text = sum(len("".join(part.split())) for part in element.itertext())
    linked = sum(len("".join("".join(link.itertext()).split())) for link in element.iter("a") if _leaves_page(link))
    return text, linked


_NO_PAGE = ("#", "mailto:", "tel:")
"""Links that lead to no other page: an anchor within the page, an e-mail address or a phone number to write or call."""


def _leaves_page(link: Any) -> bool:
    """A link to another page; an anchor within the page (``#section``), an address to write to (``mailto:``) or a
    number to call (``tel:``), or a link without ``href``, is not one."""
    href = (link.get("href") or "").strip()
    return bool(href) and not href.lower().startswith(_NO_PAGE)


def _is_labelled_link(element: Any) -> bool:
    """A paragraph that is a linked headline, or a link after a short label ending in ``:``, ``|``, ``»``
    or an arrow (``>>>``)."""
    outside = " ".join(_text_outside_links(element)).split()
    if not outside:
        return _is_link_list(element) or not _is_sentence(" ".join(" ".join(element.itertext()).split()))
    label = " ".join(outside)
    return len(outside) <= LABEL_MAX_WORDS and (label.rstrip().endswith(_LABEL_ENDS) or is_label_line(label))


FACT_VALUE_MAX_WORDS = 6
_FACT_LINE = re.compile(r"^[^\W\d_][\w-]*(?: [\w-]+){0,2}: \S")
"""A line of "label: value", the label a word or three: "Venue: Town Hall", "Earrings: Leaf Combo"."""


def _is_listed_fact(element: Any) -> bool:
    """A "label: <link>" line among lines of "label: value" without links beside it (the shops of an outfit, an event's
    venue and tickets): one more fact of the list, not a pointer to another story."""
    if not _is_fact_line(element, linked=True):
        return False
    beside = [element.getprevious(), element.getnext()]
    return any(node is not None and node.tag == element.tag and _is_fact_line(node, linked=False) for node in beside)


def _is_fact_line(element: Any, linked: bool) -> bool:
    text = " ".join(" ".join(element.itertext()).split())
    value = text.partition(":")[2].split()
    return bool(_FACT_LINE.match(text)) and len(value) <= FACT_VALUE_MAX_WORDS and bool(_text_lengths(element)[1]) == linked


def _is_link_list(element: Any) -> bool:
    """Links to other pages one a line (``<br>`` between them) and no other text: a list of stories set as one paragraph."""
    links = [link for link in element.iter("a") if _leaves_page(link) and "".join(link.itertext()).strip()]
    return len(links) >= 2 and any(True for _ in element.iter("br"))


def _is_labelled_box(element: Any) -> bool:
    """A box of links with a label of its own above them: each block in it is either links or a few words that are no sentence.

    Only blocks (and links standing as blocks) count: a byline ("<time>October 3</time> by <a>Ann Bell</a>")
    is a line of inline parts, and stays for the extractor.
    """
    parts = [child for child in element if isinstance(child.tag, str) and "".join(child.itertext()).strip()]
    if len(parts) < 2 or element.xpath(".//h1"):
        return False
    labels = links = 0
    for part in parts:
        text, linked = _text_lengths(part)
        words = " ".join(part.itertext()).split()
        if linked >= LINK_SHARE * text and (part.tag in _BLOCKS or part.tag == "a"):
            links += 1
        elif part.tag in _BLOCKS and not linked and len(words) <= LABEL_MAX_WORDS and not _ends_sentence(" ".join(words)):
            labels += 1
        else:
            return False
    return labels >= 1 and links >= 1


def _is_teaser_card(element: Any, stated: list[set[str]]) -> bool:
    """A heading that links to another page with a short summary under it, as a block of its own; not the article's headline."""
    headings = element.xpath(_HEADINGS)
    if not headings or headings[0].tag == "h1" or element.xpath(".//h1|.//article|.//main"):
        return False
    heading = headings[0]
    words = " ".join(element.itertext()).split()
    if not _is_linked_heading(heading) or len(words) > TEASER_MAX_WORDS:
        return False
    if len(words) <= len(" ".join(heading.itertext()).split()):
        return False  # a heading alone is a labelled link, judged as a paragraph
    shown = _words(" ".join(heading.itertext()))
    return not any(len(shown & title) >= TITLE_SHARE * len(shown) for title in stated)


def _is_linked_heading(heading: Any) -> bool:
    """A heading that is a link to another page, maybe after a kicker of a few words ("<strong>Editorial</strong> <a>…</a>")."""
    text, linked = _text_lengths(heading)
    if not text or not linked:
        return False
    if linked >= LINK_SHARE * text:
        return True
    kicker = " ".join(_text_outside_links(heading)).split()
    return len(kicker) <= LABEL_MAX_WORDS and linked >= TITLE_SHARE * text and not _ends_sentence(" ".join(kicker))


def _is_bold_link(element: Any, text: int, linked: int) -> bool:
    """A paragraph set all in bold that is nearly all a link to another page ("<b>Watch <a>the debate again</a></b>")."""
    parts = [child for child in element if isinstance(child.tag, str)]
    whole = len(parts) == 1 and parts[0].tag in ("b", "strong") and not (element.text or "").strip() and not (parts[0].tail or "").strip()
    return whole and linked >= LINK_SHARE * text


def _is_call_to_click(element: Any) -> bool:
    """A short question closed by a link to follow ("Want to know more? <a>Find everything here</a>")."""
    text = " ".join(" ".join(element.itertext()).split())
    found = _QUESTION.match(text)
    if not found or len(text.split()) > CALL_MAX_WORDS or len(found.group(2).split()) > CALL_TAIL_MAX_WORDS:
        return False
    tail = "".join(found.group(2).split())
    linked = sum(len("".join("".join(link.itertext()).split())) for link in element.iter("a") if _leaves_page(link))
    return linked >= CALL_LINK_SHARE * len(tail)


def _asks_to_follow_a_list(element: Any) -> bool:
    """A question ending in a colon ("Want to read more? Our interviews:") over a list whose every item starts with a link."""
    text = " ".join(" ".join(element.itertext()).split())
    listed = element.getnext()
    if "?" not in text or not text.endswith(":") or len(text.split()) > CALL_MAX_WORDS or listed is None or listed.tag not in ("ul", "ol"):
        return False
    items = [item for item in listed.iterchildren("li")]
    return len(items) >= 2 and all(_starts_with_link(item) for item in items)


def _starts_with_link(element: Any) -> bool:
    """True if the element's text starts with the text of a link to another page."""
    first = next((link for link in element.iter("a") if _leaves_page(link) and "".join(link.itertext()).strip()), None)
    return first is not None and " ".join(element.itertext()).strip().startswith("".join(first.itertext()).strip())


def _is_sentence(text: str) -> bool:
    """A whole linked sentence ("Find out how to help.") is kept; a linked headline is not."""
    return len(text.split()) >= SENTENCE_MIN_WORDS and _ends_sentence(text)


def _ends_sentence(text: str) -> bool:
    return text.rstrip("\"'”’» ").endswith((".", "!", "?"))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))


def _text_outside_links(element: Any) -> list[str]:
    parts = [element.text or ""] if element.tag != "a" or not _leaves_page(element) else []
    for child in element:
        if isinstance(child.tag, str) and not (child.tag == "a" and _leaves_page(child)):
            parts.extend(_text_outside_links(child))
        parts.append(child.tail or "")
    return parts
