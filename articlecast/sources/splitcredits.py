"""A picture's credit that a page copy split over two lines: its label alone ("Photo by:"), then who took it.

A copy made from the page's text puts each element on its own line, so a credit set as a label and a name in two
elements comes out as "Photo by:" over "The Associated Press". Alone, the name reads as a short headline-like
line near the top of the article; with its label over it, it is furniture, like the label.
"""

from __future__ import annotations

import re

from .furniture import Role
from .terminal import ends_sentence

_LABEL = re.compile(
    r"^(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credits?|foto|fot\.?|bild|zdjęcie|фото|світлина)"
    r"(?:\s+(?:by|von|par|por|de|autor))?\s*:$",
    re.I,
)
CREDIT_MAX_WORDS = 8
"""Words of the name under the label: a photographer, an agency, both."""


def mark_split_credits(lines: list[str], roles: list[Role]) -> None:
    """Make a credit's label standing alone and the name right under it furniture (in place)."""
    for index in range(len(lines) - 1):
        if not _LABEL.match(lines[index].strip()):
            continue
        name = lines[index + 1].strip()
        if name[:1].isupper() and len(name.split()) <= CREDIT_MAX_WORDS and not ends_sentence(name):
            roles[index] = roles[index + 1] = Role.JUNK
