"""A saved page's reader comments, found by the names the page gives their box, dropped before extraction.

trafilatura leaves out comment sections it knows by their English names; a page whose box is named in its own
language ("comentarios-lectores", "commentaires", "kommentare") or for a widget ("disqus_thread", "respond") keeps
its readers' posts inside the article's container, and they were read after its last paragraph. Such a box goes,
unless it holds the headline or the article element, or most of the page's text (a post's own box named for its
comment count, "post has-comments").
"""

from __future__ import annotations

import re
from typing import Any

from .captions import KEPT_TAGS, box_names, drop_outermost

COMMENTS_MAX_SHARE = 0.5
_COMMENT_NAMES = re.compile(
    r"(?<![a-z])(?:comments?|comment-?(?:list|section|area|thread|wrap|wrapper|container|form|block|box)|commentlist|commentaires?"
    r"|comentarios?|comentários?|kommentare?|kommentar-?\w*|komentarze?|reactions|disqus(?:-thread)?|respond|reader-?comments"
    r"|user-?comments)(?![a-z])",
    re.I,
)

_BOX_TAGS = ("div", "section", "aside", "ol", "ul", "form", "footer")
"""Boxes, not a link or a button named for the comments ("<a class='comment'>3</a>"), which trafilatura weighs as the page's links."""


def drop_comment_boxes(tree: Any) -> int:
    """Remove boxes the page names for reader comments; return how many were removed."""
    body = tree.find(".//body")
    total = len((body if body is not None else tree).text_content())
    doomed = []
    for element in tree.xpath("//body//*[@class or @id]"):
        if element.tag in KEPT_TAGS or element.tag not in _BOX_TAGS:
            continue
        if not _COMMENT_NAMES.search(box_names(element)) or element.xpath(".//h1|.//article|.//main"):
            continue
        if len(element.text_content()) <= COMMENTS_MAX_SHARE * total:
            doomed.append(element)
    return drop_outermost(doomed)
