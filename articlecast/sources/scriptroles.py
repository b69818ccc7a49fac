"""The role labels of a broadcast news script, published as the story's text: "Anchor: …", "Report: …".

A radio or TV newsroom that posts its script keeps the labels that tell the presenter and the
reporter their parts: the anchor's lead opens with "Anchor:", the package with "Report:" or
"Reporter:". A listener hears one voice, so the labels are left out and their sentences kept.
An interview's speakers ("Host:", "Guest:", names) take turns many times; a script's roles
stand once each, so labels are dropped only when every labelled paragraph opens with a
different newsroom role and no paragraph opens with another speaker's label.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..article import Block

_ROLE = re.compile(
    r"^(?P<role>anchor|anchorman|anchorwoman|report|reporter|correspondent|presenter|newsreader"
    r"|ведущий|ведуча|корреспондент|кореспондент|moderation|moderator|moderatorin|bericht|présentateur|présentatrice|reportage)"
    r"\s*:\s+(?=[\"“«„‘'(]?[A-ZÀ-ÞА-ЯЁЄІЇҐ0-9])",
    re.I,
)
_SPEAKER = re.compile(r"^[A-ZÀ-ÞА-ЯЁЄІЇҐ][\w.'’-]*(?:\s+[A-ZÀ-ÞА-ЯЁЄІЇҐ][\w.'’-]*){0,2}\s*:\s+\S")
"""A paragraph opened by a speaker's label ("Host: …", "Ann Rowe: …")."""
MIN_ROLES = 2


def without_script_roles(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the role labels of a broadcast script taken from the start of their paragraphs."""
    roles = {i: _ROLE.match(block.text) for i, block in enumerate(blocks) if block.kind == "paragraph"}
    labelled = {i: found for i, found in roles.items() if found}
    names = [found.group("role").casefold() for found in labelled.values()]
    others = [i for i, block in enumerate(blocks) if block.kind == "paragraph" and i not in labelled and _SPEAKER.match(block.text)]
    if len(labelled) < MIN_ROLES or len(set(names)) != len(names) or others:
        return blocks
    return [replace(block, text=block.text[labelled[i].end() :]) if i in labelled else block for i, block in enumerate(blocks)]
