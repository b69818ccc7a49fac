"""An embedded social post told by its signature: the poster's name and @handle, then when it was posted."""

from __future__ import annotations

import re

from .furniture import find_date

SIGNATURE_MAX_WORDS = 20
NAME_MAX_CHARS = 60
DATE_REACH = 12
"""Characters after the handle that the post's date starts within ("(@ann) on 3 May 2024")."""

_DASHED_SIGNATURE = re.compile(rf"^[—–-]\s*[^()]{{1,{NAME_MAX_CHARS}}}\(@\w{{1,30}}\)")
_HANDLE = re.compile(r"\(@\w{1,30}\)")


def signs_post_above(text: str) -> bool:
    """A signature set after the post's text with a dash ("— Harbour Board (@harbour) May 3, 2024"): the line above is the post."""
    return bool(_DASHED_SIGNATURE.match(text.strip()))


def is_post_signature(text: str) -> bool:
    """A dashed signature, or a name and handle with the date after them ("Shared by Ann Rowe (@annrowe) on 3 May 2024")."""
    text = text.strip()
    if signs_post_above(text):
        return True
    handle = _HANDLE.search(text)
    if handle is None or handle.start() > NAME_MAX_CHARS or len(text.split()) > SIGNATURE_MAX_WORDS:
        return False
    found = find_date(text[handle.end() :])
    return found is not None and found[1] <= DATE_REACH
