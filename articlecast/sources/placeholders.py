"""What a page shows in place of an embedded post, video or map it has not loaded: a note that the content is
unavailable, a consent box asking to load external content, a button to load it ("Externer Inhalt", "Content
unavailable", "Treść niedostępna", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden")."""

from __future__ import annotations

import re

CONSENT_MAX_WORDS = 60

_PLACEHOLDER = re.compile(
    r"^(?:(?:this )?(?:content|video|media|post) (?:is )?(?:unavailable|not available)(?: in your (?:region|country))?"
    r"|embedded (?:video|content|post|media)|external content|externer inhalt|empfohlener (?:redaktioneller )?inhalt"
    r"|externe inhalte (?:aktivieren|laden|anzeigen|erlauben)|inhalt (?:laden|anzeigen|nachladen)|accept and continue"
    r"|zustimmen und (?:weiter|fortfahren)|click to load|tap to (?:expand|load)|swipe for more|video duration:? \d{1,2}:\d{2}(?::\d{2})?"
    r"|contenu (?:externe|indisponible)|contenido no disponible|treść (?:niedostępna|zewnętrzna)|(?:ten )?materiał (?:jest )?niedostępny"
    r"|(?:контент|материал|видео) недоступ\w*|(?:вміст|матеріал|відео) недоступ\w*"
    r"|aby (?:wyświetlić|zobaczyć|obejrzeć) (?:ten |tę )?(?:materiał|treść|wideo|film),? włącz (?:obsługę )?javascript"
    r"|mehr (?:dazu|informationen) (?:in|finden sie in) (?:unserer|der) datenschutzerklärung"
    r"|more (?:details|information) in our privacy (?:policy|notice))\W*$",
    re.I,
)
_CONSENT = re.compile(
    r"^(?=.*\b(?:externe[nr]? inhalte?|external content|contenu externe|contenido externo|zewnętrzn\w+ treś\w+|внешн\w+ контент\w*"
    r"|зовнішн\w+ контент\w*)\b)(?=.*\b(?:ich bin (?:damit )?einverstanden|mit einem klick|klicken sie|click (?:here|to|below|on)|by clicking|i (?:agree|consent)"
    r"|(?:sie können|you can|you may) (?:ihn|sie|es|it|them)|zustimmen|wyrażam zgodę|kliknij|я соглас\w+|нажмите|натисніть|я погоджуюсь))",
    re.I | re.S,
)
"""A consent box's text: it names external content and asks the reader to agree or click (in either order)."""


def is_placeholder(text: str) -> bool:
    """Whether a line stands in for embedded content the page has not loaded."""
    text = text.strip()
    return bool(_PLACEHOLDER.match(text)) or (len(text.split()) <= CONSENT_MAX_WORDS and bool(_CONSENT.search(text)))
