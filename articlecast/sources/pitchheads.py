"""The catchy heading of a sign-up box, a short question or two right over its pitch: "Enjoyed this? Want more?".

Right after the article's last paragraph, a question of a few words reads like the article's closing line; with the
newsletter's or the sign-up form's pitch right under it (a line of furniture about e-mail, newsletters or subscribing),
it is the box's heading and goes with the box.
"""

from __future__ import annotations

from .furniture import Role, is_form_text

HEADING_MAX_WORDS = 8


def mark_pitch_headings(lines: list[str], roles: list[Role]) -> None:
    """Make a short line of questions right over a sign-up pitch furniture (in place)."""
    for index in range(len(lines) - 1):
        line = " ".join(lines[index].split())
        pitch = roles[index + 1] is Role.JUNK and is_form_text(lines[index + 1])
        if pitch and roles[index] in (Role.SHORT, Role.PROSE) and len(line.split()) <= HEADING_MAX_WORDS and line.endswith("?"):
            roles[index] = Role.JUNK
