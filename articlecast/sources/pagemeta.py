"""Metadata a web page states about itself: ``<html lang>``, publication time, JSON-LD.

The extraction library reads most metadata well; these are the fields where it is vague (it
keeps only the day of a publication time) or silent (language, and URL and image given only in
JSON-LD). Values are returned as the page wrote them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import html as lxml_html

from .fields import parse_date_text
from .listlabels import is_label_line
from .subtitles import without_subtitle

_ARTICLE_TYPES = {
    "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
}
_PUBLISHED_META = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@property='og:article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    (
        "//meta[@name='pubdate' or @name='publishdate' or @name='publish-date' or @name='date' or @name='dc.date'"
        " or @name='DC.date' or @name='dcterms.created' or @name='parsely-pub-date' or @name='sailthru.date']/@content"
    ),
)
_PUBLISHED_TIME = (
    "//time[@itemprop='datePublished' or @pubdate or contains(@class, 'publish')]/@datetime",
    "//article//time/@datetime",
    "//time/@datetime",
)


def page_metadata(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """title, author, date, url, image and language, each where the page states it."""
    found = _article_json_ld(tree)
    metadata = {
        "title": _text(found.get("headline") or found.get("name")),
        "author": _names(found.get("author")),
        "url": _text(found.get("url")) or _text(found.get("mainEntityOfPage")),
        "image": _text(found.get("image")),
        "date": (
            _first_date(tree, _PUBLISHED_META) or _date(_text(found.get("datePublished"))) or _first_date(tree, _PUBLISHED_TIME)
        ),
        "language": _language(tree) or _text(found.get("inLanguage")),
    }
    return {key: value for key, value in metadata.items() if value}


JSON_LD_MAX_TEXT = 500
"""Longer JSON-LD strings (article bodies) are dropped before the extractor reads the metadata."""
JSON_LD_MAX_ITEMS = 20
"""Lists are cut to this many items (a live blog lists every post)."""


def tidy_json_ld(tree: lxml_html.HtmlElement) -> None:
    """Rewrite each JSON-LD block as plain JSON, and drop the blocks that do not parse.

    The extraction library falls back to slow regular expressions on JSON it cannot read (often
    an article body full of markup); long texts are left out, and broken or absurdly deep
    metadata is ignored.
    """
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            script.text = json.dumps(_short_values(json.loads(script.text or "", strict=False)), ensure_ascii=False)
        except (ValueError, RecursionError):
            script.drop_tree()


def _short_values(data: Any) -> Any:
    """JSON data without long texts (an ``articleBody``, say) or long lists: metadata needs neither."""
    if isinstance(data, dict):
        return {key: _short_values(value) for key, value in data.items() if not _long_text(value)}
    if isinstance(data, list):
        return [_short_values(value) for value in data[:JSON_LD_MAX_ITEMS] if not _long_text(value)]
    return data


def _long_text(value: Any) -> bool:
    return isinstance(value, str) and len(value) > JSON_LD_MAX_TEXT


def _language(tree: lxml_html.HtmlElement) -> str | None:
    root = tree.getroottree().getroot()
    code = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not code:
        code = _first(tree, ("//meta[translate(@http-equiv, 'CONTENT-LANGUAGE', 'content-language')='content-language']/@content",))
    return code.strip().replace("_", "-") if code and code.strip() else None


def _first(tree: lxml_html.HtmlElement, xpaths: tuple[str, ...]) -> str | None:
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if str(value).strip():
                return str(value).strip()
    return None


def _first_date(tree: lxml_html.HtmlElement, xpaths: tuple[str, ...]) -> str | None:
    """The first value of ``xpaths`` that reads as a date: a ``<time>`` may hold only a clock time ("9:58 AM EST")."""
    for xpath in xpaths:
        for value in tree.xpath(xpath):
            if found := _date(str(value).strip()):
                return found
    return None


def _date(text: str | None) -> str | None:
    """``text`` when it reads as a date with a day, month and year, else None."""
    return text if text and parse_date_text(text) is not None else None


def _article_json_ld(tree: lxml_html.HtmlElement) -> dict[str, Any]:
    """The first article object in the page's JSON-LD, or an empty dict."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        for item in _objects(data):
            types = item.get("@type")
            names = types if isinstance(types, list) else [types]
            if any(isinstance(name, str) and name.lower() in _ARTICLE_TYPES for name in names):
                return item
    return {}


def _objects(data: Any) -> Iterator[dict[str, Any]]:
    if isinstance(data, list):
        for element in data:
            yield from _objects(element)
    elif isinstance(data, dict):
        yield data
        yield from _objects(data.get("@graph"))


def _text(value: Any) -> str | None:
    """A URL or text from a JSON-LD value: a string, an object's url/@id/name, or a list's first."""
    if isinstance(value, list):
        return _text(value[0]) if value else None
    if isinstance(value, dict):
        return _text(value.get("url") or value.get("@id") or value.get("name"))
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _names(value: Any) -> str | None:
    values = value if isinstance(value, list) else [value]
    names = [name for name in (_text(v.get("name") if isinstance(v, dict) else v) for v in values) if name]
    return ", ".join(names) or None


HEADLINE_MIN_SHARE = 0.5
"""Share of a shown headline's words that a stated title must hold for the headline to be taken."""
LONE_HEADLINE_MIN_WORDS = 3
MARKED_HEADLINE_MAX_WORDS = 30
_MARKED_HEADLINE = (
    "//body//*[contains(translate(@class, 'HEADLINE', 'headline'), 'headline')"
    " or contains(translate(@id, 'HEADLINE', 'headline'), 'headline')]"
)


_UNSPACED_CHARACTER = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
UNSPACED_HEADLINE_MIN_CHARS = 4
"""Characters of a Chinese or Japanese headline, which puts no spaces between its words."""


def shown_headlines(tree: lxml_html.HtmlElement) -> list[str]:
    """The texts of the page's ``<h1>`` elements that are not its logo, a menu's or a box's label (call after hidden elements are dropped).

    A blog theme often sets the site's name in an ``<h1>`` linking to its home page, and the
    post's headline in an ``<h2>``: that ``<h1>`` is the logo, never the headline.
    """
    names = [_words(name) for name in tree.xpath("//meta[@property='og:site_name' or @name='application-name']/@content")]
    titles = page_titles(tree)
    brands = names + [_words(parts[-1]) for parts in map(_title_parts, titles) if len(parts) >= 2]
    shown = [
        (element, without_subtitle(element, _without_brand_link(element, _headline_text(element), brands), titles))  # see .subtitles
        for element in tree.iter("h1") if not element.xpath(_OUTSIDE_ARTICLE)
    ]
    page = _page_url(tree)
    return [
        text for element, text in shown
        if (len(text.split()) >= 2 or len(_UNSPACED_CHARACTER.findall(text)) >= UNSPACED_HEADLINE_MIN_CHARS) and not _is_logo(element, names) and not is_label_line(text) and not _links_to_section(element, page)
    ]


def _without_brand_link(element: lxml_html.HtmlElement, text: str, brands: list[set[str]]) -> str:
    """The ``<h1>``'s text without a link in it that names the site, set beside the headline as its logo.

    Some layouts put the headline and the site's name in one ``<h1>`` ("<span>Storm closes the
    harbour</span><a href="/island">Island Post</a>"); the site's name is what ``og:site_name``
    says, or the last part of a stated title ("Storm closes the harbour » Island Post").
    """
    for link in element.iter("a"):
        name = _element_text(link)
        rest = " ".join(text.replace(name, " ", 1).split()) if name else text
        longer = len(rest.split()) >= max(2, len(name.split()) + 1)
        if longer and rest != text and any(brand and _words(name) <= brand for brand in brands):
            return rest
    return text


def _page_url(tree: lxml_html.HtmlElement) -> str | None:
    found = tree.xpath("//link[@rel='canonical']/@href | //meta[@property='og:url']/@content")
    return str(found[0]).strip() if found else None


def _links_to_section(element: lxml_html.HtmlElement, page: str | None) -> bool:
    """An ``<h1>`` linking to a page above this one on its site (``/blog/`` above ``/blog/2024/post``): a blog's or section's banner."""
    if not page:
        return False
    own = urlsplit(page)
    for link in [*element.iter("a"), *element.iterancestors("a")]:
        target = urlsplit(urljoin(page, (link.get("href") or "").strip()))
        above = target.path.rstrip("/") + "/"
        if target.netloc == own.netloc and above != "/" and own.path.startswith(above) and own.path.rstrip("/") + "/" != above:
            return True
    return False


def marked_headlines(tree: lxml_html.HtmlElement) -> list[str]:
    """The texts of the elements the markup names a headline (``class`` or ``id`` holding "headline"), and of ``<h2>``/``<h3>``.

    For a page without an ``<h1>`` of its own (an old layout of styled ``<div>``, a blog with its
    logo in the ``<h1>``); teasers are marked so too, so only one that matches a stated title may
    be taken (``pick_headline(..., lone=False)``).
    """
    marked = tree.xpath(_MARKED_HEADLINE) + list(tree.iter("h2", "h3"))
    return [text for text in map(_element_text, marked) if 2 <= len(text.split()) <= MARKED_HEADLINE_MAX_WORDS]


_NAMED_HEADLINE = "//body//*[contains(concat(' ', normalize-space(@class), ' '), ' entry-title ') or @itemprop='headline']"


def named_headline(tree: lxml_html.HtmlElement) -> str | None:
    """The one text the markup names the entry's headline by a standard: hAtom's ``class="entry-title"`` or schema.org's ``itemprop="headline"``.

    For a page whose stated titles are the site's alone ("News from the Courier"). A page listing
    several entries names several, and gives none.
    """
    texts = {text for text in map(_element_text, tree.xpath(_NAMED_HEADLINE)) if LONE_HEADLINE_MIN_WORDS <= len(text.split()) <= MARKED_HEADLINE_MAX_WORDS}
    return texts.pop() if len(texts) == 1 else None


def _is_logo(element: lxml_html.HtmlElement, site_names: list[set[str]]) -> bool:
    """An ``<h1>`` that is the site's name, or links to the site's home page."""
    if any(_words(_element_text(element)) <= name for name in site_names if name):
        return True
    links = list(element.iter("a")) + list(element.iterancestors("a"))
    return any("home" in (link.get("rel") or "").lower().split() or _is_home(link.get("href")) for link in links)


def _is_home(href: str | None) -> bool:
    parts = urlsplit((href or "").strip())
    return bool(href and href.strip()) and parts.path in ("", "/") and not parts.query and not parts.fragment


_CLOSES = re.compile(r"^[,.:;!?)\]’”»]")
_OPENS = re.compile(r"[(\[“‘«]$")


_OUTSIDE_ARTICLE = "ancestor::nav|ancestor::aside|ancestor::footer"
"""Where an ``<h1>`` heads a menu or a box (a navigation flyout's "Kultur"), never the article."""
_KICKER_NAMES = re.compile(
    r"(?<![a-z])(?:kicker|category|categorie|kategorie|topline|dachzeile|overline|pretitle|pre-title|eyebrow|rubric|rubrik"
    r"|roofline|supertitle|surtitre|antetitulo)(?![a-z])",
    re.I,
)


def _headline_text(element: lxml_html.HtmlElement) -> str:
    """An ``<h1>``'s text without the kicker set in it: only its part marked ``itemprop="headline"``
    ("KNOWHOW <span itemprop=headline>…"), or all but the parts its classes name a kicker ("<span class=category>Thema</span> …")."""
    marked = element.xpath(".//*[@itemprop='headline']")
    if len(marked) == 1 and len(_element_text(marked[0]).split()) >= 2:
        return _element_text(marked[0])
    kickers = [part for part in element.iterdescendants() if _KICKER_NAMES.search(f"{part.get('class') or ''} {part.get('id') or ''}")]
    if kickers:
        left = _element_text(element)
        for kicker in kickers:
            left = left.replace(_element_text(kicker), "", 1)
        if len(left.split()) >= 2:
            return " ".join(left.split())
    return _element_text(element)


def _element_text(element: lxml_html.HtmlElement) -> str:
    """The element's text, its pieces spaced apart, but not before a closing mark ("<i>Beasts</i>: a review")."""
    text = ""
    for piece in element.itertext():
        if text and piece and not (text[-1].isspace() or piece[0].isspace() or _CLOSES.match(piece) or _OPENS.search(text)):
            text += " "
        text += piece
    return " ".join(text.split())


def page_titles(tree: lxml_html.HtmlElement) -> list[str]:
    """Titles the page states: ``<title>``, ``og:title`` and ``twitter:title``."""
    found = tree.xpath("//head/title/text() | //meta[@property='og:title' or @name='twitter:title']/@content")
    return [str(title).strip() for title in found if str(title).strip()]


def pick_headline(
    headlines: list[str], titles: list[str | None], site_names: tuple[str | None, ...] = (), lone: bool = True, main_part: bool = False
) -> str | None:
    """The shown headline that shares most words with a title the page states, or None.

    A headline counts when at least :data:`HEADLINE_MIN_SHARE` of its words (and two of them,
    if it has two or more) are in one part of that title: a title may drop a kicker, and the
    site's name set beside it ("Headline | Site") is a part of its own, so a section name such as
    "Local News" does not match a title for sharing the word "News" with the site's name. The
    most shared words win, so a site name shown in an ``<h1>`` loses to the headline. When none
    matches (a page whose title is written for search engines), a lone headline of
    :data:`LONE_HEADLINE_MIN_WORDS` words or more that is not the site's name is taken (unless
    ``lone`` is false). With ``main_part``, only the longest part of each title counts (all of them, if several are
    as long): a heading that names a shorter part beside the headline ("Storm closes the harbour : Island Diary : Courier") is the blog's or
    section's name, as a sub-heading of the page shows it.
    """
    stated = _stated_parts(titles, main_part)
    best, best_score = None, (0, 0.0)
    for headline in headlines:
        words = _words(headline)
        for title in stated if words else []:
            shared = len(words & title)
            score = (shared, shared / len(words))
            if _enough(shared, len(words)) and score > best_score:
                best, best_score = headline, score
    if best is None and lone and len(headlines) == 1:
        lone = headlines[0]
        names = [_words(name) for name in site_names if name]
        if len(lone.split()) >= (LONE_HEADLINE_MIN_WORDS if stated else 1) and not any(_words(lone) <= name for name in names):
            return lone
    return best


_SITE_SEPARATOR = re.compile(r"\s+[|‹›«»·—–-]\s+|\s+::\s+")


def agrees(title: str, titles: list[str | None]) -> bool:
    """True if the title's words match a part of a title the page states, as :func:`pick_headline` counts them."""
    words = _words(title)
    return bool(words) and any(_enough(len(words & part), len(words)) for part in _stated_parts(titles))


def stated_headline(titles: list[str | None], site_names: tuple[str | None, ...] = ()) -> str | None:
    """The first title the page states, without the site's name set beside it ("Storm closes the harbour ‹ Island News").

    Of its parts, the first that is not the site's name; None when that is shorter than
    :data:`LONE_HEADLINE_MIN_WORDS` words.
    """
    names = [_words(name) for name in site_names if name]
    for found in titles:
        parts = _title_parts(found or "")
        own = [part for part in parts if not any(_words(part) <= name for name in names)]
        if own:
            return own[0] if len(own[0].split()) >= LONE_HEADLINE_MIN_WORDS else None
    return None


def _stated_parts(titles: list[str | None], main_part: bool = False) -> list[set[str]]:
    parts = [_title_parts(title or "") for title in titles]
    if main_part:
        parts = [[piece for part in found for piece in re.split(r"\s+:\s+", part)] for found in parts]  # "Headline : Blog : Site" too
        parts = [[part for part in found if len(part.split()) == max(len(other.split()) for other in found)] for found in parts]
    return [_words(part) for found in parts for part in found]


def _title_parts(title: str) -> list[str]:
    """A stated title's parts, split where a site's name is usually set beside the headline (" | ", " – ", " ‹ ")."""
    return [part.strip() for part in _SITE_SEPARATOR.split(title.strip()) if part.strip()]


def _enough(shared: int, words: int) -> bool:
    return shared >= min(2, words) and shared >= HEADLINE_MIN_SHARE * words


def without_kicker(headline: str, titles: list[str | None]) -> str:
    """The headline without a kicker set before it ("Weather: Storm closes the harbour"), when a stated title is the rest.

    Pages often style a topic word into the ``<h1>``; the title the page states for itself leaves it out.
    """
    words = headline.split()
    shown = _word_list(headline)
    for title in titles:
        wanted = _word_list(title or "")
        if 0 < len(wanted) < len(shown) and shown[-len(wanted) :] == wanted:
            for count in range(1, len(words)):
                tail = len(_word_list(" ".join(words[-count:])))
                if tail >= len(wanted):
                    return " ".join(words[-count:]) if tail == len(wanted) else headline
    return headline


def _word_list(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.casefold()))
