"""An interview printed as questions and answers, each answer opened by its speaker's initials ("AB I was there.").

A page copy reads a line of a few words as a heading or a menu's entry, so the short answers of such an interview
("CD No.", "AB Twice, yes!") would end the article's run of prose early and the rest of the interview would be lost.
When two speakers' initials (or "Q:" and "A:") open the article's paragraphs time and again, a short line opened by
the same initials that ends a sentence is one more answer: running text.
"""

from __future__ import annotations

import re
from collections import Counter

from .furniture import Role
from .terminal import ends_sentence

_TAG = re.compile(r"^(?:(?P<initials>[A-ZА-ЯЁЄІЇҐ]{2,3})\s+(?=[A-ZА-ЯЁЄІЇҐ\"“(])|(?P<labelled>[A-ZА-ЯЁЄІЇҐ]{1,3}):\s*(?=\S))")
SPEAKER_MIN_ANSWERS = 2
"""Paragraphs a speaker's initials open at least, for them to be a speaker's."""
SPEAKERS_MIN = 2
"""Speakers an interview has at least (an interviewer and a guest, or two guests)."""


def speaker_tag(line: str) -> str | None:
    """The initials that open ``line`` as a speaker's ("AB" in "AB I was there.", "Q" in "Q: Why?"), or None."""
    found = _TAG.match(line.strip())
    return (found["initials"] or found["labelled"]) if found else None


def mark_interview_answers(lines: list[str], roles: list[Role]) -> None:
    """Make the short answers of a question-and-answer interview running text (in place; see the module's notes)."""
    counts = Counter(speaker_tag(line) for line, role in zip(lines, roles) if role is Role.PROSE)
    speakers = {tag for tag, count in counts.items() if tag and count >= SPEAKER_MIN_ANSWERS}
    if len(speakers) < SPEAKERS_MIN:
        return
    for index, line in enumerate(lines):
        if roles[index] is Role.SHORT and speaker_tag(line) in speakers and ends_sentence(line):
            roles[index] = Role.PROSE
