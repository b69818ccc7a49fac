"""A newsroom asking its readers for money: a donation appeal set into or under the article.

Non-profit newsrooms and many papers close a story with a box saying who they are and asking
for support ("Unsere Arbeit ist spendenfinanziert … Jetzt unterstützen!", "Soutenez un
journalisme indépendant"). It is told by three things together: the site speaking ("we", "our",
the reader addressed, nobody quoted), the words of giving, and the words of its own work
(journalism, reporting, research). An article about a charity quotes its people, and a quoted
appeal is the story's, not the site's.
"""

from __future__ import annotations

import re

from .promo import site_speaks

APPEAL_MAX_WORDS = 80
_GIVING = re.compile(
    r"\b(?:spende\w*|spenden\w*|unterstütz\w*|förder\w*|donat\w*|donate|donors?|support(?:ing|ers?)?|contribut\w*|faire un don"
    r"|dons?|soutien\w*|souten\w*|soutenir|donaci\w*|don[ea]\w*|apoy\w*|colabor\w*|wesprzyj|wspar\w*|darowizn\w*|wpłat\w*"
    r"|пожертв\w*|підтрим\w*|поддерж\w*|донат\w*)\b",
    re.I,
)
_OWN_WORK = re.compile(
    r"(?:journalis\w*|reporting|newsroom|recherche\w*|redaktion\w*|rédaction\w*|periodis\w*|redacci[oó]n\w*|dziennikars\w*"
    r"|redakcj\w*|журналіст\w*|журналист\w*|редакці\w*|редакци\w*|spendenfinanziert|gemeinnützig\w*|unabhängig\w*"
    r"|independent|indépendan\w*|independien\w*|niezależn\w*|незалежн\w*|независим\w*)",
    re.I,
)


def is_donation_appeal(text: str) -> bool:
    """A short text in which the site asks for money for its own work ("Unsere Recherchen sind spendenfinanziert. Jetzt unterstützen!")."""
    return (
        len(text.split()) <= APPEAL_MAX_WORDS
        and site_speaks(text)
        and bool(_GIVING.search(text))
        and bool(_OWN_WORK.search(text))
    )
