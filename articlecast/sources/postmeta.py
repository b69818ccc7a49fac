"""A blog post's meta lines that a page copy shows under the text: where it was filed, how to link to it, what readers rated it.

Blog themes close a post with a line about the post itself ("This entry was posted in News and tagged ferries.
Bookmark the permalink.", "Dieser Eintrag wurde veröffentlicht in …", "Запись опубликована в рубрике …") and a
rating widget may give its count of votes ("1,00 von 5 Sternen, basierend auf 1 abgegebenen Stimmen"). They are
full sentences, but about the page, never the article's own words.
"""

from __future__ import annotations

import re

POST_META_MAX_WORDS = 60
_POST_META = re.compile(
    r"^(?:this (?:entry|post) was posted|this (?:entry|post) is filed under"
    r"|bookmark the permalink|you can follow any responses to this entry|dieser (?:eintrag|beitrag) wurde"
    r"|setze ein lesezeichen|cet article a été publié|cette entrée a été publiée"
    r"|esta entrada (?:fue|se) publicad[ao]|este artículo (?:fue|se) publicad[ao] en|ten wpis (?:został|opublikowano)"
    r"|запись (?:была )?опубликована|цей запис (?:був )?опубліковано|запис (?:був )?опублікован\w*)",
    re.I,
)
"""How a blog theme opens its post-meta line, in the languages articlecast reads."""
PERMALINK_LINE_MAX_WORDS = 12
_PERMALINK = re.compile(r"\b(?:permalink|permalien|permanenter link|enlace permanente|bezpośredni\w* odnośnik\w*|постоянн\w* ссылк\w*|постійн\w* посилан\w*)\b", re.I)

RATING_MAX_WORDS = 16
_RATING_VOTES = re.compile(
    r"\b\d(?:[.,]\d+)?\s*(?:/|out of|of|von|sur|sobre|de|su|из|з|z|na)\s*\d+\b.*\b(?:based on|basierend auf|basé sur|basado en|sulla base di"
    r"|na podstawie|на основе|на основі)\s+\d+\s+(?:\w+\s+)?(?:votes?|ratings?|reviews?|stimmen|bewertungen|votos|valoraciones|opiniones"
    r"|avis|voti|recensioni|głos\w*|ocen\w*|голос\w*|оцен\w*|отзыв\w*|відгук\w*)\b",
    re.I,
)
"""A rating with its count of votes: "4.5 out of 5 based on 12 reviews", "1,00 von 5 Sterne, basierend auf 1 abgegebenen Stimmen"."""


def is_post_meta(text: str) -> bool:
    """A blog post's meta line ("This entry was posted in News. Bookmark the permalink.") or a rating's count of votes."""
    words = len(text.split())
    stripped = text.strip()
    if words <= POST_META_MAX_WORDS and (_POST_META.match(stripped) or (words <= PERMALINK_LINE_MAX_WORDS and _PERMALINK.search(stripped))):
        return True
    return words <= RATING_MAX_WORDS and bool(_RATING_VOTES.search(stripped))
