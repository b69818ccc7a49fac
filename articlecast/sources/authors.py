"""Who wrote the article: the people the page names, not its publisher.

Page metadata often names the company behind the site ("Süddeutsche.de GmbH, Munich, Germany",
"SPIEGEL ONLINE, Hamburg, Germany") where the author belongs, or adds the site to the writer
("Ann Bell, Courier Online"). The people are kept; when none is left, the author is the one the
page shows: an element its markup names for the author (``class="byline"``, ``itemprop="author"``,
``class="dig-autoren"``) or a byline line of the text ("Von Ann Bell", "Gastbeitrag von Ann Bell
und Tom Leary", "Par Ann Bell").
"""

from __future__ import annotations

import copy
import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from .furniture import find_date, parse_byline
from .promo import is_promo

_AUTHOR_NAMES = re.compile(
    r"(?<![a-z])(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|byline|creator|verfasser)(?![a-z])", re.I
)
_PUBLISHER_WORDS = re.compile(
    r"\b(?:gmbh|ag|kg|se|ltd|llc|inc|plc|sa|sas|sarl|spa|online|media|medien|verlag|redaktion|redaction|rédaction|editorial"
    r"|newsroom|staff|desk|agency|agentur|agence|group|gruppe|groupe|press|presse|news|zeitung|journal|magazin|magazine)\b",
    re.I,
)
_LEAD_IN = re.compile(
    r"^(?:(?:ein(?:e|en)?\s+|une?\s+)?(?:gastbeitrag|gastkommentar|kommentar|interview|analyse|essay|reportage|bericht|text"
    r"|chronique|tribune|entretien|commentaire|análisis|columna|opinión)\s+)?"
    r"(?:von|by|par|por|di|da|de|od|от|від|autor(?:in)?\s*:|auteur\s*:|author\s*:|text\s*:|texto\s*:)\s+",
    re.I,
)
_NAME_SEPARATORS = re.compile(r"\s*(?:,|;|&|\s(?:und|and|et|y|e|i|и|і|та|oraz)\s)\s*")
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 5
_PARTICLES = frozenset({"von", "van", "vom", "zu", "de", "da", "di", "del", "della", "der", "den", "du", "des", "la", "le", "ter", "ten", "bin", "ibn", "al", "el", "y", "e"})
"""Lower-case words inside a person's name ("Justus von Daniels", "María del Mar")."""
SHOWN_MAX_WORDS = 14
_COMMENT_MARKS = re.compile(r"comment|respond|reply|kommentar|commentaire|comentario", re.I)
_DATE_LEAD = re.compile(
    r"\s*\b(?:(?:last\s+)?updated|published|posted|modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|publicado)"
    r"(?:\s+(?:on|at|am|le|el))?\s*:?\s*$",
    re.I,
)


def person_names(author: str | None, site_names: Iterable[str | None] = ()) -> str | None:
    """The people among ``author``'s names ("Ann Bell, Courier Online" gives "Ann Bell"), or None when it names none."""
    sites = {_squashed(site) for site in site_names if site and _squashed(site)}
    names = [name for name in _NAME_SEPARATORS.split(author or "") if _is_person(name, sites)]
    return ", ".join(dict.fromkeys(names)) or None


def shown_authors(tree: Any) -> str | None:
    """The authors named by the first element the markup marks as the author's (not inside a link to another page)."""
    for element in tree.xpath("//body//*[@class or @id or @itemprop or @rel]"):
        marks = " ".join(element.get(name) or "" for name in ("class", "id", "itemprop", "rel")).replace("_", "-")
        if not _AUTHOR_NAMES.search(marks) or element.xpath("ancestor-or-self::a[@href and not(starts-with(@href, '#'))]"):
            continue
        if _COMMENT_MARKS.search(marks) or element.xpath("ancestor-or-self::form"):
            continue  # a comment form's "Name *" field, a commenter's name
        text = _byline_text(element)
        if 0 < len(text.split()) <= SHOWN_MAX_WORDS:
            names = person_names(_without_date(_LEAD_IN.sub("", text)))
            if names:
                return names
    return None


def _byline_text(element: Any) -> str:
    """The element's text without the links in it that are furniture ("24 comments" linked after the names)."""
    clone = copy.deepcopy(element)
    for link in list(clone.iter("a")):
        if is_promo(" ".join(" ".join(link.itertext()).split())):
            link.drop_tree()
    return " ".join(" ".join(clone.itertext()).split())


def byline_authors(lines: Iterable[str]) -> str | None:
    """The authors named by the first byline among ``lines`` ("Von Ann Bell", "Par Tom Leary")."""
    for line in lines:
        byline = parse_byline(line)
        names = person_names(byline.author) if byline else None
        if names:
            return names
    return None


PLACE_MAX_WORDS = 3
_NOT_NAMES = re.compile(
    r"\b(?:the|a|an|of|you|your|new|happy|merry|thank|thanks|end|слава|спасибо|дякуємо|дякую|конец|кінець|koniec|dziękujemy"
    r"|danke|ende|frohe|fin)\b",
    re.I,
)
"""Words of closing lines that are shaped like names ("The End", "Thank You", "Happy New Year", "Слава Україні")."""


def is_signature(text: str, site_names: Iterable[str | None] = ()) -> bool:
    """A writer's sign-off: only people's names, perhaps with a place after them ("Ann Bell", "Иван Петров, Новосибирск",
    "Ann Bell and Tom Reed"), no sentence."""
    sites = {_squashed(site) for site in site_names if site and _squashed(site)}
    parts = [part for part in _NAME_SEPARATORS.split(text.strip()) if part]
    if not parts or text.rstrip().endswith((".", "!", "?", ":", "…")):
        return False
    place = parts[-1].split()
    if len(parts) >= 2 and not _is_person(parts[-1], sites) and len(place) <= PLACE_MAX_WORDS and all(word[:1].isupper() for word in place):
        parts = parts[:-1]  # "…, Новосибирск": where the writer filed from
    return not _NOT_NAMES.search(text) and all(_is_person(part, sites) for part in parts)


def _is_person(name: str, sites: set[str]) -> bool:
    """A name of two to five capitalised words (particles aside), none of them a publisher's word, that is not the site's name."""
    words = name.split()
    return (
        NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS
        and not words[0][0].islower()
        and not words[-1][0].islower()
        and all((word[0].isupper() or word in _PARTICLES) and not any(char.isdigit() for char in word) for word in words)
        and not _PUBLISHER_WORDS.search(name)
        and _squashed(name) not in sites
    )


def _without_date(text: str) -> str:
    """The byline's text before its date, without the word that led into the date ("Reuters Updated: <date>" gives "Reuters")."""
    found = find_date(text)
    return _DATE_LEAD.sub("", text[: found[1]]).strip(" ,|·–—-") if found else text


def _squashed(text: str) -> str:
    return "".join(re.findall(r"\w+", text.casefold()))


_COPULA = re.compile(r"\s+(?:ist|war|is|was|est|était|es|era|è|jest|je|є|является|был|была|була|був)\s+\S", re.I)
BIO_MAX_WORDS = 120


_APPOSITION = re.compile(
    r",\s+(?!(?:who|whose|which|that|der|die|das|dessen|deren|qui|que|dont|quien|który|która|które|którego|której"
    r"|который|которая|которое|чей|який|яка|яке|чий)\b)[^\W\d_]",
    re.I,
)
"""What follows an author's name in a note about them, set apart by a comma ("Ann Bell, historian and reporter, …"),
not a relative clause ("Ann Bell, who …", told of her in an article's sentence)."""


def says_what_author_is(text: str, names: tuple[str, ...]) -> bool:
    """A note that opens by saying what one of the authors is ("Ann Bell ist Historikerin in Kiel. …", "Ann Bell,
    Historikerin in Kiel, …"): an author's biography."""
    return len(text.split()) <= BIO_MAX_WORDS and any(
        text.startswith(name) and (_COPULA.match(text[len(name) :]) or (len(name.split()) >= 2 and _APPOSITION.match(text[len(name) :])))
        for name in names
        if name
    )


_DOMAIN = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}", re.I)


def page_domains(tree: Any) -> tuple[str, ...]:
    """The site's host names the page states (its canonical or ``og:url`` address, a domain given as author or publisher)."""
    found = []
    for value in tree.xpath(
        "//link[@rel='canonical']/@href|//meta[@property='og:url']/@content"
        "|//meta[@name='author' or @name='publisher' or @property='article:author']/@content"
    ):
        value = value.strip()
        host = urlsplit(value).hostname if "//" in value else (value if _DOMAIN.fullmatch(value) else None)
        if host:
            found.append(host.removeprefix("www."))
    return tuple(dict.fromkeys(found))


def names_domain(author: str | None, domains: Iterable[str]) -> bool:
    """The author is the site's address made into words ("tagesausblick.de" given as "Tagesausblick De")."""
    return bool(author) and _squashed(author or "") in {_squashed(domain) for domain in domains}


_TRAILING_BYLINE = re.compile(r"^(?P<head>.+?)\s+(?:von|by|par|por|di|od|от|від)\s+(?P<names>[^\W\d][^.!?]*)$")
HEADLINE_MIN_WORDS = 3


def headline_byline(text: str, title: str) -> str | None:
    """The authors of a line that is the title and its byline run together ("Jahresendrally adé?! von Ann Bell"), else None."""
    found = _TRAILING_BYLINE.match(text.strip())
    if not found:
        return None
    head, wanted = _folded_words(found.group("head")), _folded_words(title)
    if len(head) < HEADLINE_MIN_WORDS or wanted[: len(head)] != head:
        return None
    return person_names(found.group("names"))


def _folded_words(text: str) -> list[str]:
    """The words of ``text``, case and accents aside ("adé" and "ade" are one word)."""
    plain = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    return re.findall(r"\w+", plain.casefold())
