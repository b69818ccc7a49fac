"""What closes an article in a page copy: its author's box, a note on where it first appeared, a pointer elsewhere.

- An author's box sets the name as a heading over a biography that starts with the name again
  ("Ann Bell" / "Ann is the science editor at …"); a copy glues both on one line when the box
  is one block ("Ann Bell Ann is the science editor at …"). Article text never repeats a
  person's first name right after their full name.
- A note on where the article first appeared ("This interview first appeared in …",
  "Dieser Beitrag erschien zuerst im …") comes after the last paragraph.
- A note that readers discuss the site's articles on social networks ("Comments on our articles
  can be found on Twitter and Facebook") closes the article, like a comment section's heading.
- A paragraph may trail off in an ellipsis ("… et pas de bandeaux sur les chaînes info…"): one of
  several sentences and some length is the writer's, not a teaser cut after a line or two.
- A call to follow the writer on a social network ("Follow Ann Bell on Twitter.", "Folgen Sie Ann Bell auf X") signs
  the article off; the site's own call ("Follow us on Twitter") may stand anywhere.
- A pointer elsewhere sends the reader to another page to read on ("Lire la suite sur …",
  "Read the full story at …", "… c'est ici."): nothing a listener can follow.
- A few short lines alone under the article (a heading and its fact lines, "Orbit" / "Perihelion: 128,400,000 miles
  (206,600,000 km)") do not close it when the prose under them is a section's worth; a box of links leads to
  a teaser's line or two, or marks a link with its arrow ("See all our obituaries »").
"""

from __future__ import annotations

import re

from .furniture import Role
from .promo import is_author_bio

NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 4
NOTE_MAX_WORDS = 40
POINTER_MAX_WORDS = 25
TRAIL_MIN_WORDS = 100
TRAIL_MIN_STOPS = 4
"""A line ending in an ellipsis with this many words and sentence ends inside is a paragraph that trails off."""
SECTION_MIN_CHARS = 600
"""Prose (in characters) of a run under a few short lines alone for it to be the article's next section."""

_STOP = re.compile(r"[^\W\d_]{2}[.!?][\"”’»)]?\s+\S")
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐŁŚŻŹ][\w.'’-]*|von|van|de|da|del|der|di|du|la|le)$")
_FIRST_APPEARED = re.compile(
    r"\b(?:(?:was|were|is) (?:first|originally) (?:published|printed|broadcast|aired)|(?:first|originally) (?:published|appeared|ran)"
    r" (?:in|on|at|by)|a version of this (?:article|story|interview|piece)|this is (?:an? |the )?(?:extended|edited|shortened|longer"
    r"|full) version of|erschien (?:zuerst|ursprünglich|erstmals)|(?:zuerst|ursprünglich|erstmals) (?:erschienen|veröffentlicht)"
    r"|(?:initialement|d'abord|d’abord) (?:publié|paru)e?s?|(?:publié|paru)e?s? (?:initialement|d'abord|d’abord|pour la première fois)"
    r"|publicad[oa] originalmente|se publicó originalmente|(?:pierwotnie|po raz pierwszy) (?:opublikowan|ukazał)\w*"
    r"|впервые опубликован\w*|вперше опублікован\w*)\b",
    re.I,
)
_TALK = re.compile(
    r"\b(?:comments?|discussions?|kommentare|diskussion(?:en)?|commentaires|débats?|comentarios|discusiones|komentarze|dyskusj[ae]"
    r"|комментарии|обсуждени[ея]|коментарі|обговорення)\b(?:\W+\w+){0,6}?\W+(?:(?:to|on|about|of) (?:our|the|these|all) "
    r"(?:articles|posts|stories|pieces)|zu (?:den|unseren) (?:beiträgen|artikeln|texten)|(?:sur|de) (?:nos|les) articles"
    r"|(?:a|de|sobre) (?:nuestros|los) (?:artículos|textos)|(?:do|pod) (?:naszych )?(?:artykułów|tekstów)"
    r"|(?:к|по|до) (?:нашим |наших )?(?:статьям|статей|статтям|матеріалів|материалам))\b",
    re.I,
)
_NETWORK = re.compile(r"\b(?:Twitter|Facebook|Instagram|Mastodon|LinkedIn|Bluesky|Reddit|Telegram|Threads|VK|VKontakte|ВКонтакте)\b")
_READ_ON = re.compile(
    r"^(?:lire la suite|lisez la suite|read (?:the )?(?:rest|full (?:story|article|text|report))|continue reading|weiterlesen"
    r"|(?:listen to|watch|hear) the (?:full|whole|complete|entire) (?:interview|episode|conversation|programme|program|podcast|show"
    r"|video|broadcast)(?: \([^)]*\))?"
    r"|(?:den |die )?(?:ganzen?|vollständigen?|kompletten?) (?:artikel|beitrag|text|geschichte) lesen(?: sie)?|leer (?:más|el resto|la nota completa)"
    r"|seguir leyendo|czytaj (?:dalej|całość)|читать (?:далее|полностью)|читати (?:далі|повністю))"
    r"\s+(?:on|at|in|sur|dans|chez|auf|bei|im|en|na|w|на|в|у)\s+\S",
    re.I,
)
_HERE = re.compile(
    r"(?:c['’]est ici|cliquez ici|click here|klicken sie hier|hier klicken|haga clic aquí|pulse aquí|kliknij tutaj"
    r"|нажмите здесь|натисніть тут)\s*[.!:]?\s*$",
    re.I,
)


def closes_article(line: str, above: str = "") -> bool:
    """An author's box that repeats the name set over it (``above``), or a note on where the article first appeared."""
    return introduces_author(line, above) or first_appeared(line) or talks_elsewhere(line)


def introduces_author(line: str, above: str = "") -> bool:
    """An author's biography that repeats the name set over it: "Ann Bell Ann is the science editor …", or under "Ann Bell"."""
    words = line.split()
    for size in range(NAME_MIN_WORDS, NAME_MAX_WORDS + 1):
        name = words[:size]
        if len(words) > size + 2 and _named(name) and words[size] == name[0]:
            return is_author_bio(" ".join(words[size:]).casefold(), (name[0].casefold() + " ",))
    heading = above.split()
    if NAME_MIN_WORDS <= len(heading) <= NAME_MAX_WORDS and _named(heading) and not above.rstrip().endswith((".", "!", "?")):
        return is_author_bio(line.casefold(), (heading[0].casefold() + " ",))
    return False


def first_appeared(line: str) -> bool:
    """A note on where the article first appeared ("… first published in German in the print edition of …")."""
    return len(line.split()) <= NOTE_MAX_WORDS and bool(_FIRST_APPEARED.search(line))


def talks_elsewhere(line: str) -> bool:
    """A note that the site's articles are discussed on social networks ("Comments on our articles can be found on Twitter")."""
    return len(line.split()) <= NOTE_MAX_WORDS and bool(_TALK.search(line)) and bool(_NETWORK.search(line))


def points_elsewhere(line: str) -> bool:
    """A pointer to read on on another page: "Lire la suite sur Désarmons-les !", "All our coverage of the trial: click here."."""
    text = line.strip()
    return len(text.split()) <= POINTER_MAX_WORDS and bool(_READ_ON.match(text) or _HERE.search(text))


def section_goes_on(lines: list[str], roles: list[Role], last: int, start: int, end: int) -> bool:
    """The run of prose from ``start`` to ``end``, under short lines alone since line ``last``, goes on with the article
    above: it holds :data:`SECTION_MIN_CHARS` and no line between is a link marked by its arrow."""
    size = sum(len(lines[i]) for i in range(start, end + 1) if roles[i] is Role.PROSE)
    return size >= SECTION_MIN_CHARS and not any(lines[i].rstrip().endswith(("»", "›", "→", ">")) for i in range(last + 1, start))


def trails_off(line: str) -> bool:
    """A paragraph ending in an ellipsis that holds sentences before it: the writer's ellipsis, not a teaser's cut."""
    return len(line.split()) >= TRAIL_MIN_WORDS and len(_STOP.findall(line)) >= TRAIL_MIN_STOPS


def _named(words: list[str]) -> bool:
    return all(_NAME_WORD.match(word) for word in words) and words[0][0].isupper() and words[-1][0].isupper()


_FOLLOW_WRITER = re.compile(
    r"^(?:follow|folgen sie|suivez|sigue a|siga a|obserwuj)\s+(?!(?:the|der|die|das|le|la|les|el|los|las|our|my)\s)(?P<name>[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){1,3})"
    r"\s+(?:on|auf|sur|en|na)\s+(?:Twitter|X|Facebook|Instagram|Mastodon|LinkedIn|Bluesky|Threads)\b\W*(?:@\w+\W*)?$",
    re.I,
)


def follows_writer(line: str) -> bool:
    """A call to follow a named person, the writer, on a social network: "Follow Ann Bell on Twitter.", "Follow Ann Bell
    on X: @annbell"; a paper's name after its article ("Follow The Courier on Facebook") is the site's call."""
    found = _FOLLOW_WRITER.match(line.strip())
    return bool(found) and all(_NAME_WORD.match(word) for word in found["name"].split())

