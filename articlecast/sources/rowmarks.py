"""Page-copy lines told by the lines around them, for :func:`.pagetext.read_page_copy`: a credit split from its label
(:mod:`.splitcredits`), the short answers of a question-and-answer interview (:mod:`.interviews`) and a row of tags in
capitals shown twice (:mod:`.tagrows`), and a sign-up box's heading asking a question and its pitch over the consent line (:mod:`.pitchheads`)."""

from __future__ import annotations

from .furniture import Role
from .interviews import mark_interview_answers
from .pitchheads import mark_pitch_headings, mark_signup_pitches
from .splitcredits import mark_split_credits
from .tagrows import mark_repeated_capital_rows


def mark_rows(lines: list[str], roles: list[Role]) -> None:
    """Mark the lines these modules know (in place)."""
    mark_split_credits(lines, roles)
    mark_interview_answers(lines, roles)
    mark_repeated_capital_rows(lines, roles)
    mark_pitch_headings(lines, roles)
    mark_signup_pitches(lines, roles)
