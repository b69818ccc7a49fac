"""Lines of a page that only navigate: to another page, post or section, never part of the article.

- a web address alone ("www.example.org", an ad's host copied as text);
- a link after an arrow (">>> <headline>", "► <headline>") or to the previous or next post ("← Older post");
- an order to look elsewhere ("(See pictures of the spill.)", "See TIME's Pictures of the Week.");
- a breadcrumb ("News > World > Europe", or sections then the headline: "Home > Science > Where does oil come from?") or a row of links between bars ("Home | Log in | Site map | RSS 2.0");
- a link's label alone: to the rest of a teaser, a list of news, the previous page ("Подробнее", "Усі новини", "More information");
- the name of a page's region a screen reader announces ("Hauptnavigation", "Breadcrumb"), the links home, to the search and
  to the top ("Startseite", "Suche", "Nach oben"), a link back to a list ("« Zurück zur Übersicht", "Назад к списку новостей"),
  and a site's address over its tagline ("example.de - Das Magazin für Reisende.").

A blog's links to its previous and next posts (:func:`is_post_pager`) stand under the post: what follows is another post's
teaser, the comments or the sidebar.
"""

from __future__ import annotations

import re

_ADDRESS_LINE = re.compile(r"^(?:https?://\S+|(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?)$")
"""A web address alone on its line: a link or an ad's host copied as text ("www.example.org", "adv.example.ru")."""
_SEE_POINTER = re.compile(
    r"^\((?i:see|watch|read|view|listen to|voir|siehe|ver|véase|смотрите|см\.|дивіться)\s[^()]{2,80}\)$"
    r"|^(?i:see|watch|view|read)\s(?:\w+['’]s\s|the\s)?(?:[A-Z][\w'’-]*\s(?:(?:of|the|and|in|on|for|a)\s)*){1,5}[A-Z][\w'’-]*\.?$"
)
"""A link to another page written as an order to look: "(See pictures of the spill.)", "See TIME's Pictures of the Week."."""
SEE_POINTER_MAX_WORDS = 12
_CRUMB = r"[^\s>›»|,.!?]+(?:\s[^\s>›»|,.!?]+){0,3}"
_BREADCRUMB = re.compile(rf"^{_CRUMB}(?:\s[>›»]\s{_CRUMB}){{2,}}$")
"""A breadcrumb: three or more parts of a few words between arrows ("News > World > Europe", "科技 > 要闻 > 正文")."""
_HOME_CRUMBS = re.compile(
    r"^(?i:home|homepage|startseite|главная|головна|strona główna|accueil|inicio|portada)(?:\s[/|>›»]\s[^/|>›»]{1,40}){1,5}$"
)
"""A breadcrumb that opens with the home page, its parts set apart by slashes or bars ("Главная / Новости / Политика")."""
_HEAD_CRUMB = r"[^\s>›»|«“]+(?:\s[^\s>›»|«“]+){0,4}"
_CRUMB_TO_HEADLINE = re.compile(rf"^(?:[>›»]\s)?{_HEAD_CRUMB}(?:\s[>›»]\s(?=[^\W_a-zß-ÿ]){_HEAD_CRUMB}){{1,}}\s[>›»]\s(?=[^\W_a-zß-ÿ])[^>›»«“]{{2,200}}$")
"""A breadcrumb that ends on the page's headline: sections of a few words, then the headline, each after the first opening
in capitals ("Home > Teens > Wissen > Wie entsteht Erdöl?", "Startseite » Beauty » Beauty-Tipps, die jede Braut kennen
sollte"); prose that uses the arrows goes on in lower case ("Fares rose » then fell » then rose again")."""
CRUMB_TO_HEADLINE_MAX_WORDS = 40
_LINK = r"[^\s|,!?]+(?:\s[^\s|,!?]+){0,3}"
_LINK_ROW = re.compile(rf"^{_LINK}(?:\s(?:\||//|•)\s{_LINK}){{3,}}$")
"""A row of four or more links of a few words between bars, double slashes or bullets ("Home | Log in | Site map | RSS 2.0",
"Trending: Tides // Ferries // Harbour fees // Weather"); a window's title ("<headline> | Section | Site") has a longer part."""
_ARROW_POINTER = re.compile(r"^(?:>{2,}|»{2,}|[►▶→⇒➤➔▸])\s*\S")
"""A link to another story set in the text after an arrow (">>> <headline>", "► <headline>")."""
_PAGER_ARROW = re.compile(r"^[←⇐◄◀]\s*\S|\S\s*[→⇒►▶]$")
"""A link to the previous or next post, its headline after a left arrow or before a right one ("← Older post")."""
ARROW_POINTER_MAX_WORDS = 25
_LINK_LABEL = re.compile(
    r"^(?:more info(?:rmation)?|więcej informacji|mehr informationen|weitere informationen|подробнее|детальн[іе]ше|докладн[іе]ше|читать (?:далее|полностью|дальше)|читати (?:далі|повністю)"
    r"|(?:больше|еще|ещё) новостей|більше новин|(?:все|всі|усі) (?:новости|новини|материалы|матеріали|публикации|публікації)"
    r"|вся (?:лента|стрічка)(?: новостей| новин)?|лента новостей|стрічка новин|архив новостей|архів новин"
    r"|(?:вернуться|повернутися) (?:к списку|до списку|назад|на главную|на головну)|на главную|на головну)"
    r"\s*[.…:]*\s*(?:[>»›→]+)?$",
    re.I,
)
"""A link's label alone on its line, in English, Russian and Ukrainian (and "more information" in Polish and German):
"More information", "Więcej informacji", "Подробнее", "Читати далі",
"Больше новостей", "Усі новини", "Вся лента >>>", "Вернуться к списку", "На головну"."""
_LANDMARK = re.compile(
    r"^(?:(?:main|primary|secondary|site|top|footer|sidebar|mobile|global|section)[ -]?(?:navigation|nav|menu)|navigation|breadcrumbs?"
    r"|pagination|skip to (?:main )?content|(?:haupt|seiten|sidebar|brotkrumen|bereichs|meta|footer|service|sprung)-?(?:navigation|menü)"
    r"|seitennummerierung|hauptmenü|(?:zur |zurück zur )?startseite|nawigacja(?: główna)?|menu główne|główne menu|strona główna|menu"
    r"|back to (?:the )?home ?page|powrót do strony głównej"
    r"|навигация|главное меню|главная страница|навігація|головне меню|головна сторінка|suche|search|szukaj|поиск|пошук"
    r"|nach oben|zum seitenanfang|наверх|вверх|вгору|догори|нагору|do góry|na górę)$",
    re.I,
)
_BACK_LINK = re.compile(
    r"^[«‹←<]*\s*(?:zurück (?:zur|zum|zu den|zu)|назад (?:к|до)|(?:вернуться|повернутися) (?:к|до)|powrót do|wróć do)\s+"
    r"(?:allen |der |den )?(?:übersicht|startseite|homepage|liste|suche|artikel\w*|beiträge\w*|news\w*|nachrichten|meldungen"
    r"|veranstaltungen|terminen|blog|kategorie|rubrik|pressemitteilungen|списку\w*|новост\w*|новин\w*|стат\w+|главной|головної"
    r"|listy|strony głównej|artykułów|wiadomości|aktualności|bloga)\b.{0,30}$",
    re.I,
)
"""A link back to a list of the site's pages: "« Zurück zu den Veranstaltungen", "Назад к списку новостей", "Powrót do listy"."""
"""The name of a page's region that a screen reader announces, copied as text: "Hauptnavigation", "Main navigation",
"Seitennummerierung", "Breadcrumb"; or the link home alone ("Startseite", "Strona główna")."""
_SITE_TAGLINE = re.compile(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\s+[-–—|:]\s+\S")
"""A site's address, then its tagline: "example.de - Das Magazin für alle, die gern reisen."."""
SITE_TAGLINE_MAX_WORDS = 25


def is_navigation(text: str, words: int, complete: bool) -> bool:
    """Whether the line (of ``words`` words, ``complete`` when it ends a sentence) only navigates."""
    return (
        bool(_ADDRESS_LINE.match(text))
        or (words <= ARROW_POINTER_MAX_WORDS and not complete and bool(_ARROW_POINTER.match(text)))
        or (words <= ARROW_POINTER_MAX_WORDS and bool(_PAGER_ARROW.search(text)))
        or (words <= SEE_POINTER_MAX_WORDS and bool(_SEE_POINTER.match(text)))
        or bool(_BREADCRUMB.match(text) or _LINK_ROW.match(text) or _HOME_CRUMBS.match(text))
        or (words <= CRUMB_TO_HEADLINE_MAX_WORDS and bool(_CRUMB_TO_HEADLINE.match(text)))
        or bool(_LINK_LABEL.match(text.strip()))
        or bool(_LANDMARK.match(text.strip(" :")))
        or (words <= SEE_POINTER_MAX_WORDS and bool(_BACK_LINK.match(text.strip())))
        or (words <= SITE_TAGLINE_MAX_WORDS and bool(_SITE_TAGLINE.match(text)))
        or points_to_site_pages(text)  # "Tipp: Auf der Seite … finden Sie alle News."
    )


_PAGER_WORD = (
    r"(?:previous|prev|next|older|newer|vorherige[rs]?|nächste[rs]?|ältere[rs]?|neuere[rs]?|précédent|suivant|anterior|siguiente"
    r"|poprzedni|następny|предыдущ\w+|следующ\w+|попередн\w+|наступн\w+)"
)
_PAGER_NOUN = r"(?:posts?|entry|entries|articles?|story|stories|beitrag|beiträge|artikel|eintrag|billet|entrada|wpis|запись|запис|статья|стаття)"
_PAGER_LINK = rf"[«‹←<]*\s*(?:{_PAGER_NOUN}\s)?{_PAGER_WORD}(?:\s{_PAGER_NOUN})?\s*[»›→>]*"
_POST_PAGER = re.compile(rf"^{_PAGER_LINK}(?:\s*[|/·]?\s*{_PAGER_LINK})?$", re.I)
"""Links to the previous and next post: "« Previous Next »", "Nächster Beitrag »", "← Older posts", "Article précédent"."""


def is_post_pager(text: str) -> bool:
    """A link (or two) to the blog's previous or next post, with an arrow or the word for a post ("« Vorheriger Beitrag")."""
    text = text.strip()
    return bool(_POST_PAGER.match(text)) and bool(re.search(rf"[«‹←<»›→>]|\b{_PAGER_NOUN}\b", text, re.I))


def crumbed_headline(text: str) -> str | None:
    """The headline a breadcrumb ends on ("Home > Teens > Wie entsteht Erdöl?" gives "Wie entsteht Erdöl?"), or None."""
    text = text.strip()
    if len(text.split()) > CRUMB_TO_HEADLINE_MAX_WORDS or not _CRUMB_TO_HEADLINE.match(text):
        return None
    return re.split(r"\s[>›»]\s", text)[-1].strip()


GLUED_CRUMB_MAX_WORDS = 6


def glued_crumb_headline(text: str, following: str) -> str | None:
    """The headline a breadcrumb copied without its separators ends on, when the page shows the headline again right under
    it ("HomeHarbourFerry fares rise" over "Ferry fares rise" gives "Ferry fares rise"), or None."""
    text, following = text.strip(), following.strip()
    if not following or len(text) <= len(following) or not text.endswith(following):
        return None
    crumbs = text[: len(text) - len(following)]
    glued = crumbs[:1].isupper() and crumbs[-1:].isalnum() and following[:1].isupper()  # no space, no ">" between crumb and headline
    return following if glued and len(crumbs.split()) <= GLUED_CRUMB_MAX_WORDS else None


SITE_POINTER_MAX_WORDS = 50
_POINTER_LABEL = re.compile(r"^(?:tipp|tip|hinweis|note|wskazówka|uwaga|совет|порада|подсказка|підказка)\s*:\s*", re.I)
_SITE_PAGE = re.compile(
    r"\b(?:on (?:the|our|this) (?:[\w-]+ ){0,6}?(?:page|website|site)|(?:auf|unter) (?:der|unserer|dieser) (?:[\w-]+ )?(?:\w*seite|website|homepage)"
    r"|na (?:naszej |tej )?(?:stronie|podstronie)|на (?:нашем |этой )?(?:сайте|странице)|на (?:нашому |цій )?(?:сайті|сторінці))\b",
    re.I,
)
_FIND_THERE = re.compile(
    r"\b(?:you (?:can|will|may|'ll) (?:find|read|see)|(?:find|read|see) (?:all|more|further)|visit"
    r"|(?:finden|lesen|erfahren) sie|sie (?:finden|lesen)|können sie\b.*\b(?:lesen|finden|nachlesen|abrufen)"
    r"|znajdziesz|znajdą państwo|można znaleźć|przeczytasz|przeczytają państwo"
    r"|вы найд[её]те|можно найти|читайте|смотрите|ви знайдете|можна знайти|дивіться)\b",
    re.I,
)
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=\S)")


def points_to_site_pages(text: str) -> bool:
    """A short note whose every sentence tells the reader which other page of the site holds more ("Tipp: Auf der Seite
    Aktuelle Meldungen finden Sie alle News.", "You can find all our reports on the Archive page.", "Wszystkie komunikaty
    znajdziesz na stronie Aktualności."): it points away from the article."""
    text = _POINTER_LABEL.sub("", text.strip())
    if not text or len(text.split()) > SITE_POINTER_MAX_WORDS:
        return False
    return all(_SITE_PAGE.search(sentence) and _FIND_THERE.search(sentence) for sentence in _SENTENCES.split(text))
