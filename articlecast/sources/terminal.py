"""How a line ends: like a sentence (a full stop, a question or exclamation mark, a colon or an ellipsis) or not."""

from __future__ import annotations

import re

TERMINAL = re.compile(r"[.!?:…。！？：][\"“”’'»«)\]」』）]*$")
"""A sentence's end, then maybe closing quotes: German closes with “ („so“), Swiss and French guillemets either way."""


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a sentence (or a lead-in to a list): ``.``, ``!``, ``?``, ``:`` or ``…``, then maybe quotes."""
    return bool(TERMINAL.search(text))
