"""A writer's card set into the opening of a page copy's article: the writer's name and a line on who they are,
between the first paragraphs, under the byline.

Some layouts float the byline's card beside the lead, and a copy puts it between the first and the second
paragraph. At the end of an article such a card closes it (see :mod:`.pagetext`); in the opening, with the
byline a few lines over it and the article going on under it, it is furniture the article runs past.
"""

from __future__ import annotations

from .furniture import Role

CARD_MAX_LINES = 3
LEAD_MAX_LINES = 6
"""Lines between the byline and the card at most: the byline's picture and caption, and a lead paragraph or two."""


def soften_opening_cards(lines: list[str], roles: list[Role], writers: tuple[str, ...]) -> None:
    """Mark ``JUNK`` (furniture the article goes on past, not its end) a writer's card between two paragraphs under the byline.

    The card is one to :data:`CARD_MAX_LINES` lines marked ``BREAK``, each the name of a writer the byline names or a line
    opening with it; a paragraph stands right over it and under it, and the byline at most :data:`LEAD_MAX_LINES` lines over it.
    """
    if not writers:
        return
    index = 1
    while index < len(lines) - 1:
        end = index
        while end < len(lines) and roles[end] is Role.BREAK and end - index < CARD_MAX_LINES:
            end += 1
        card = range(index, end)
        byline = next((i for i in range(index - 1, max(-1, index - LEAD_MAX_LINES - 1), -1) if roles[i] is Role.BYLINE), None)
        named = all(" ".join(lines[i].casefold().split()).startswith(writers) for i in card)
        between = end < len(lines) and roles[index - 1] is Role.PROSE and roles[end] is Role.PROSE
        if card and named and between and byline is not None:
            for i in card:
                roles[i] = Role.JUNK
        index = max(end, index + 1)
