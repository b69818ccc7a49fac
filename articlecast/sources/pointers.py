"""A "read also" pointer standing as a block of its own, its label written as words rather than punctuated.

:mod:`.linkboxes` knows a pointer by its shape ("Read more: <a>headline</a>", a box nearly all
links). Many pages write the label as the opening words of a reference instead, with no colon,
and the reference names its authors and journal around the link ("Lire aussi Ann Bell,
« <a>Le port en hiver</a> », La Revue, juin 2018"): the label says it all. A short block that
opens with such a label and holds a link (to another page, or to an annex of this one) points elsewhere;
it is not article text. Nor is a block that is nothing but a link in square brackets between two
paragraphs ("[<a>The museum's Roman treasures</a>]"): brackets set another story's headline apart from the text.
Nor is a short block whose link sends the reader on with "click here" (:func:`.tails.points_elsewhere`), which a
copy of the page already leaves out line by line.
"""

from __future__ import annotations

import re
from typing import Any

from .bracketlinks import drop_bracketed_links
from .captions import drop_outermost
from .tails import points_elsewhere

READ_ALSO = (
    r"(?:[àa] )?lire (?:aussi|également)|(?:[àa] )?voir (?:aussi|en annexe)|read (?:also|more)|also read|see (?:also|the appendix)"
    r"|lesen sie (?:auch|mehr)|siehe (?:auch|anhang)|leggi anche|vedi anche|lea (?:también|más)|lee (?:también|más)|ver también|leia (?:também|mais)"
    r"|czytaj (?:też|także|również)|zobacz (?:też|także|również)|przeczytaj (?:też|także|również)"
    r"|читайте (?:также|також|тоже|ещё|еще)|дивіться також|смотрите также|čtěte také|přečtěte si také"
    r"|lire la suite|la suite sur|weiterlesen|continue reading|read the (?:full|rest)|leer (?:más|el artículo completo)"
    r"|czytaj dalej|читать (?:далее|полностью)|читати (?:далі|повністю)"
)
"""Labels that say "read this other piece too" or "read the rest there", in the languages articlecast reads and their neighbours."""
_OPENS_WITH_LABEL = re.compile(rf"^\W{{0,3}}(?:{READ_ALSO})(?![^\W\d_])", re.I)
POINTER_MAX_WORDS = 40
"""A pointer is a reference of a line or two; a longer block is prose that happens to start with these words."""
_BLOCKS = ("p", "q", "blockquote", "div", "aside", "section", "li")


def drop_pointers(tree: Any) -> int:
    """Remove the short blocks that open with a "read also" label and hold a link, and the reading lists under a
    label standing alone; return how many."""
    drop_bracketed_links(tree)  # a link in brackets after a sentence inside a paragraph (see .bracketlinks)
    doomed = [element for element in tree.iter(*_BLOCKS) if _is_pointer(element)]
    for label in tree.iter("p", "div", "h2", "h3", "h4", "h5", "h6"):
        entries = _listed_under(label)
        doomed.extend([label, *entries] if entries else [])
    return drop_outermost(doomed)


_LABEL_ALONE = re.compile(rf"^\W{{0,3}}(?:{READ_ALSO})\s*[:：.…»›]*$", re.I)
ENTRY_MAX_WORDS = 120
LINK_OPENS_WITHIN_WORDS = 8
"""Words before an entry's link at most: the journal's or author's name ("Revue Projet : <a>Savons-nous …</a>")."""


def _listed_under(label: Any) -> list[Any]:
    """The entries of a reading list under a "read also" label standing alone as a paragraph ("À lire aussi :").

    Each entry is a paragraph of its own that opens with a link elsewhere (maybe after a journal's or an author's
    name) and may describe the work after it; the list ends at the first paragraph that does not.
    """
    if not _LABEL_ALONE.match(" ".join(" ".join(label.itertext()).split())) or any(_links_elsewhere(link) for link in label.iter("a")):
        return []
    entries = []
    entry = label.getnext()
    while entry is not None and entry.tag in ("p", "li", "div") and _opens_with_link(entry):
        entries.append(entry)
        entry = entry.getnext()
    return entries


def _opens_with_link(element: Any) -> bool:
    text = " ".join(" ".join(element.itertext()).split())
    if not text or len(text.split()) > ENTRY_MAX_WORDS:
        return False
    for link in element.iter("a"):
        if not _links_elsewhere(link):
            continue
        linked = " ".join("".join(link.itertext()).split())
        before = text.find(linked)
        return before >= 0 and len(text[:before].split()) <= LINK_OPENS_WITHIN_WORDS
    return False


def _is_pointer(element: Any) -> bool:
    text = " ".join(" ".join(element.itertext()).split())
    if len(text.split()) > POINTER_MAX_WORDS:
        return False
    if _OPENS_WITH_LABEL.match(text) or points_elsewhere(text):  # "To hear the whole talk, click <a>here</a>."
        return any(_links_elsewhere(link) for link in element.iter("a"))
    return _is_bracketed_link(element, text)


_BRACKETED = re.compile(r"^\[(?P<inside>[^\[\]]+)\]$")


def _is_bracketed_link(element: Any, text: str) -> bool:
    """A block whose whole text is one link, in square brackets ("[<a>Headline</a>]", "[Read: <a>Headline</a>]")."""
    found = _BRACKETED.match(text)
    links = [link for link in element.iter("a") if _links_elsewhere(link)]
    if not found or len(links) != 1:
        return False
    linked = " ".join(" ".join(links[0].itertext()).split()).strip("[] ")
    return len(linked) >= LINKED_MIN_SHARE * len(found["inside"].strip())


LINKED_MIN_SHARE = 0.6
"""The link is most of what the brackets hold: a label ("Read:") may stand before it, no sentence around it."""


def _links_elsewhere(link: Any) -> bool:
    """A link with text to another page or to a part of this one the listener does not hear (``#annexe``)."""
    return bool((link.get("href") or "").strip()) and bool("".join(link.itertext()).strip())
