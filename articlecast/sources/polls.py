"""A reader poll set in a page: its label, its question, the answers to pick from and the vote button, one a line.

A copy of the page shows the poll as a run of short lines between two paragraphs ("Опитування" /
"Чи помічаєте ви …?" / "Так" / "Ні" / "Голосувати"); none of it is the article's, and a run of short
lines there looks like a menu, which would end the article too early. The poll is told by its
vote button under a question, with only short lines (the answers) between them, maybe under its label.
"""

from __future__ import annotations

import re

from .furniture import Role

_VOTE_BUTTON = re.compile(
    r"^(?:vote|submit vote|view results|results|голосувати|проголосувати|голосовать|проголосовать|результати|результаты"
    r"|abstimmen|ergebnis(?:se)?|voter|résultats|votar|resultados|głosuj|zagłosuj|wyniki)\W*$",
    re.I,
)
"""A poll's button ("Vote", "Голосувати", "Abstimmen"), or its link to the results."""
_POLL_LABEL = re.compile(r"^(?:poll|опитування|опрос|голосування|голосование|umfrage|sondage|encuesta|ankieta|sondaż)\W*$", re.I)
"""The label over a poll ("Опитування", "Umfrage")."""
POLL_MAX_ANSWERS = 8
ANSWER_MAX_WORDS = 10


def mark_polls(texts: list[str], roles: list[Role]) -> None:
    """Make the lines of a reader poll furniture: from its label or question down to its vote button."""
    for index, text in enumerate(texts):
        if not _VOTE_BUTTON.match(text.strip()):
            continue
        top = index - 1
        while top >= 0 and index - top <= POLL_MAX_ANSWERS and not texts[top].rstrip().endswith("?"):
            if roles[top] is Role.PROSE or len(texts[top].split()) > ANSWER_MAX_WORDS:
                break
            top -= 1
        if top < 0 or top == index - 1 or not texts[top].rstrip().endswith("?") or roles[top] is Role.PROSE:
            continue  # no question over answers: a lone "Results" link
        if top and _POLL_LABEL.match(texts[top - 1].strip()):
            top -= 1
        for line in range(top, index + 1):
            roles[line] = Role.JUNK
