"""A sign-up box's own lines: its catchy heading, a short question or two right over its pitch ("Enjoyed this? Want
more?"), and its pitch between the call to sign up and the form's consent line.

Right after the article's last paragraph, a question of a few words reads like the article's closing line; with the
newsletter's or the sign-up form's pitch right under it (a line of furniture about e-mail, newsletters or subscribing),
it is the box's heading and goes with the box. Between a call to sign up ("Subscribe to the Courier", "Get the harbour
news in your inbox") and, a few lines under it, the form's consent line ("By signing up, you agree to our Privacy
Policy"), the lines are the box's pitch ("The tide tables, daily."), whatever they read like.
"""

from __future__ import annotations

import re

from .furniture import Role, is_form_text

HEADING_MAX_WORDS = 8
PITCH_MAX_LINES = 3
"""Lines between a sign-up call and the form's consent line at most."""
PITCH_LINE_MAX_WORDS = 25
_CONSENT = re.compile(
    r"^by (?:submitting|signing up|clicking|subscribing|registering|entering|continuing)\b.{0,160}\b(?:agree|consent|accept)", re.I
)
"""A sign-up form's consent line: "By submitting above you agree to our privacy policy"."""


def mark_pitch_headings(lines: list[str], roles: list[Role]) -> None:
    """Make a short line of questions right over a sign-up pitch furniture (in place)."""
    for index in range(len(lines) - 1):
        line = " ".join(lines[index].split())
        pitch = roles[index + 1] is Role.JUNK and is_form_text(lines[index + 1])
        if pitch and roles[index] in (Role.SHORT, Role.PROSE) and len(line.split()) <= HEADING_MAX_WORDS and line.endswith("?"):
            roles[index] = Role.JUNK


def mark_signup_pitches(lines: list[str], roles: list[Role]) -> None:
    """Make the lines between a sign-up call and the form's consent line :data:`PITCH_MAX_LINES` lines under it furniture
    (in place)."""
    for index, line in enumerate(lines):
        if roles[index] is not Role.JUNK or not _CONSENT.match(line.strip()):
            continue
        call = next((i for i in range(index - 1, max(-1, index - PITCH_MAX_LINES - 2), -1) if roles[i] is Role.JUNK and is_form_text(lines[i])), None)
        between = range(call + 1, index) if call is not None else range(0)
        if all(roles[i] in (Role.SHORT, Role.PROSE, Role.JUNK) and len(lines[i].split()) <= PITCH_LINE_MAX_WORDS for i in between):
            for i in between:
                roles[i] = Role.JUNK
