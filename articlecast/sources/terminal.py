"""How a line ends: like a sentence (a full stop, a question or exclamation mark, a colon or an ellipsis) or not."""

from __future__ import annotations

import re

TERMINAL = re.compile(r"[.!?:…。！？：။।॥][\"“”’'»«)\]」』）]*$|[\u0e00-\u0eff\u1780-\u17ff]\s*$")
"""A sentence's end, then maybe closing quotes: German closes with “ („so“), Swiss and French guillemets either way;
Burmese ends it with "။", Hindi and other Indian scripts with "।", and Thai, Lao and Khmer end a paragraph with no mark at all."""


def ends_sentence(text: str) -> bool:
    """True if ``text`` ends like a sentence (or a lead-in to a list): ``.``, ``!``, ``?``, ``:`` or ``…``, then maybe quotes
    (or a paragraph in a script that writes no full stop)."""
    return bool(TERMINAL.search(text))
