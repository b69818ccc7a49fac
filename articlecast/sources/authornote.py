"""A note about the writer that closes an article: who they are and where to reach them.

"Ann Bell covers the harbour for the Courier. Follow her on Twitter @annbell." A note like that
names a handle or an e-mail address and either points the reader to the writer ("follow her",
"contact them", "Write to Ann Bell at …") or describes the writer's job; the article's own sentences rarely do both. It
is told by these words alone, so it goes even when the page names no author to match it with. Without a handle, a note
that opens on a full name and what the person is and points to them on a social network is one too.
"""

from __future__ import annotations

import re

NOTE_MAX_WORDS = 70
INTRODUCED_MAX_WORDS = 100
"""Words of a note without a handle: it may go on to pitch the writer's newsletter."""
_HANDLE = re.compile(r"(?<![\w.@])@\w{2,}\b|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
"""A social-media handle ("@annbell") or an e-mail address."""
_POINTS_TO_WRITER = re.compile(
    r"\b(?:follow|contact|reach|e-?mail|write to|find|tweet at)\s+(?:him|her|them|the (?:author|writer|reporter)s?)\b"
    r"|^(?:follow|contact|reach|e-?mail|write to)\s+(?-i:[A-ZÀ-Þ][\w'’.-]*)(?:\s+(?:(?-i:[A-ZÀ-Þ][\w'’.-]*)|de|la|van|von|da|del|di|le)){0,4}"
    r"\s+(?:at|on|via)\b"
    r"|\bfolgen sie (?:ihm|ihr)\b|\bkontakt zu[rm]? (?:autor|autorin)\b|\bsuivez-(?:le|la|les)\b"
    r"|\bs[ií]guel[oa]s?\b|\bobserwuj (?:go|ją)\b"
    r"|\bпідписуйтесь на (?:нього|неї)\b|\bподписывайтесь на (?:него|неё|нее)\b",
    re.I,
)
_WRITER = re.compile(
    r"\b(?:reporter|correspondent|editor|writer|journalist|columnist|contributor|author of|covers|writes? about|reports on"
    r"|redakteur\w*|korrespondent\w*|journalist\w*|autor\w*|rédact\w*|correspondant\w*|periodista|corresponsal|redactor\w*"
    r"|dziennikar\w*|журналіст\w*|кореспондент\w*|журналист\w*|корреспондент\w*)\b",
    re.I,
)
"""Words that tell a writer's job ("is a reporter", "covers the harbour", "ist Redakteurin")."""


_INTRODUCED = re.compile(
    r"^(?-i:[A-ZÀ-Þ][\w'’.-]+)(?:\s+(?-i:[A-ZÀ-Þ][\w'’.-]+)){1,3}(?:\s+\([^()]{1,60}\))?,?\s+(?:is|was)\s+(?:a|an|the)\s", re.I
)
"""A note's opening: a person's full name, an aside in brackets maybe, then what they are ("Ann Bell (aka annb) is the …")."""
_NETWORK = re.compile(r"\b(?:twitter|facebook|linkedin|instagram|mastodon|bluesky|threads|tiktok|youtube)\b", re.I)


def is_author_note(text: str) -> bool:
    """A short note with the writer's handle or e-mail that points to the writer or says what they do; or, without a handle,
    one that opens on a person's name and what they are and points to them on a social network ("Ann Bell is the
    Courier's harbour editor. You can follow her on Twitter.")."""
    words = len(text.split())
    if words <= NOTE_MAX_WORDS and _HANDLE.search(text):
        return bool(_POINTS_TO_WRITER.search(text) or _WRITER.search(text))
    introduced = words <= INTRODUCED_MAX_WORDS and _INTRODUCED.match(text)
    return bool(introduced and _POINTS_TO_WRITER.search(text) and _NETWORK.search(text))
