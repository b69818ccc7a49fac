"""Make article text safe and plain for an engine: no markup, no control input."""

from __future__ import annotations

import re
import unicodedata

from lxml.html.defs import tags as HTML_ELEMENTS

_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]{0,500})?/?>|<!--.*?-->", re.S)
_ENGINE_CONTROL = re.compile(r"\[\[|\]\]|\]\(")
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
_SPACES = re.compile(r"\s+")


def speakable(text: str) -> str:
    """Return ``text`` as an engine may read it.

    Unicode is composed (NFC); HTML tags (of HTML's own elements) and comments, stray
    control and formatting characters, eSpeak's phoneme brackets ``[[ ]]`` and the ``](`` of
    hibari's inline phonemes ``[word](/phonemes/)`` are removed, so that nothing in an article is taken as engine markup or read aloud as
    syntax. Other text between ``<`` and ``>`` ("when x < 5 and y > 10") is words.
    """
    text = unicodedata.normalize("NFC", text)
    text = _TAG.sub(_drop_tag, text)
    text = _CONTROL_CHARS.sub("", text)
    text = _ENGINE_CONTROL.sub(" ", text)
    return _SPACES.sub(" ", text).strip()


def _drop_tag(match: re.Match[str]) -> str:
    """A space for an HTML tag or comment; anything else (``<y and z>``) as it is."""
    name = match.group(1)
    return " " if name is None or name.lower() in HTML_ELEMENTS else match.group(0)
