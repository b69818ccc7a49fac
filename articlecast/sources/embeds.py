"""An embedded social post told by its signature: the poster's name and @handle, then when it was posted."""

from __future__ import annotations

import re

from .furniture import find_date

SIGNATURE_MAX_WORDS = 20
NAME_MAX_CHARS = 60
DATE_REACH = 12
"""Characters after the handle that the post's date starts within ("(@ann) on 3 May 2024")."""

_DASHED_SIGNATURE = re.compile(rf"^[—–-]\s*[^()]{{1,{NAME_MAX_CHARS}}}\(@\w[\w.]{{0,29}}\)")
_HANDLE = re.compile(r"\(@\w[\w.]{0,29}\)")
_SHARED_BY = re.compile(
    r"\b(?:post|beitrag|publication|publicación|publicação)\s+"
    r"(?:shared by|geteilt von|partagée par|compartida por|compartilhada por|condiviso da|udostępnion\w* przez)\s",
    re.I,
)
"""How a picture service signs a post under its caption ("A post shared by Ann Rowe (@ann.rowe) on …")."""


def signs_post_above(text: str) -> bool:
    """A signature set after the post's text, dashed (:func:`is_dashed_signature`) or as a post shared by someone
    ("Ein Beitrag geteilt von Ann (@ann) am …"): the line above is the post."""
    return is_dashed_signature(text) or (bool(_SHARED_BY.search(text)) and _dated_handle(text.strip()))


def is_dashed_signature(text: str) -> bool:
    """A signature set after the post with a dash ("— Harbour Board (@harbour) May 3, 2024"); a copy may break the post
    over it into several lines."""
    return bool(_DASHED_SIGNATURE.match(text.strip()))


def is_post_signature(text: str) -> bool:
    """A dashed signature, or a name and handle with the date after them ("Shared by Ann Rowe (@annrowe) on 3 May 2024")."""
    return is_dashed_signature(text) or _dated_handle(text.strip())


def _dated_handle(text: str) -> bool:
    """A name and @handle opening the line, the date after them."""
    handle = _HANDLE.search(text)
    if handle is None or handle.start() > NAME_MAX_CHARS or len(text.split()) > SIGNATURE_MAX_WORDS:
        return False
    found = find_date(text[handle.end() :])
    return found is not None and found[1] <= DATE_REACH
