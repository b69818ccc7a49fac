"""The headline of a page copy: the nearest headline-like line above its byline or body, and the lines that beat it.

Near the article (:data:`HEAD_WINDOW` lines) a line is judged by its own shape; one that the page says again
at the end of a longer line (a breadcrumb, a share bar, a window title, up to :data:`ECHO_WINDOW` lines above)
wins; a longer line under a headline-like one is its deck; a statement clearly shorter than the deck under it,
over the byline, is a headline written as a statement. A line taken for furniture is the headline after a media
label over its date ("WATCH: …") or under its date over its picture's credit. See :mod:`.pageheads` for the
rules about lines shown again, questions and the window title. A kicker the copy glued to the headline is cut when the
page writes the two elsewhere with a colon between.
"""

from __future__ import annotations

import re
from collections import Counter

from .bylinehead import headline_around_byline, headline_between_stamps
from .furniture import FURNITURE, Role, find_date
from .linerole import INNER_STOP, NAME_LINKS, TITLE_MAX_WORDS, TITLE_MIN_WORDS, headline_like, own_role, pictured, short_sentence
from .pageheads import (
    echoed,
    headline_in_title_bar,
    headline_over_buttons,
    headline_over_buttons_over_deck,
    headline_over_credit,
    headline_over_date,
    headline_over_deck,
    headline_under_byline,
    headline_under_date_over_credit,
    listed_entry,
    near_over,
    said_once,
    section_label_over,
    shown_headline,
    shown_twice_over,
    tag_list,
)
from .promo import is_credit_line, is_media_label
from .unwrap import is_file_name

HEAD_WINDOW = 8
"""Lines above the body (or its byline) where a headline is judged by its own shape, whatever its neighbours."""
ECHO_WINDOW = 20
"""Lines above the body where a headline the page says again (breadcrumb, share bar, window title) is looked for."""
DECKED_HEADLINE_MIN_WORDS = 4
"""Words a headline above a (longer) deck has at least; a kicker has fewer."""
DECK_MIN_WORDS = 8
"""Words a deck has at least; a shorter line under a short one is the headline under its kicker."""
STATED_HEADLINE_SHARE = 2 / 3
"""A headline written as a statement has at most this share of its deck's words."""
BYLINE_NAMES_MAX_WORDS = 6
"""Words of a byline without "By" under a deck ("Ann Rowe and Tom Reid in Westmere")."""
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
_CRUMB_SEPARATOR = re.compile(r"\s[|›»>/·•]\s")


def page_title(lines: list[str], roles: list[Role], listed: set[int], byline_at: int | None, body_start: int) -> str | None:
    """:func:`_page_title`, without a kicker glued to it that the page shows before a colon elsewhere (:func:`_unglued`),
    or the headline over it when it is the last of the summary points under the headline (:func:`_over_points`)."""
    title = _page_title(lines, roles, listed, byline_at, body_start)
    if not title:
        return title
    above = byline_at if byline_at is not None else body_start
    at = _last_above(lines, title, above) if title in lines else None  # a media label's headline is cut from its line
    points = _over_points(lines, roles, at) if at is not None and at < above else None
    return lines[points] if points is not None else _unglued(lines, title)


KICKER_MAX_WORDS = 3


def _unglued(lines: list[str], title: str) -> str:
    """The headline without its kicker when the copy glued them ("Deutschlandtakt Flixbus attackiert Deutsche Bahn") and
    the page writes them elsewhere with a colon between (a breadcrumb's "Deutschlandtakt: Flixbus attackiert Deutsche Bahn")."""
    folded = " ".join(title.split())
    for line in lines:
        kicker, colon, headline = line.strip().partition(": ")
        if colon and len(kicker.split()) <= KICKER_MAX_WORDS and headline and " ".join(f"{kicker} {headline}".split()) == folded:
            return headline.strip()
    return title


def _page_title(lines: list[str], roles: list[Role], listed: set[int], byline_at: int | None, body_start: int) -> str | None:
    """The nearest headline-like line above the byline, or else above the body (see :func:`headline_like`).

    A short headline the page shows twice (in a sticky header or a breadcrumb, and above the
    byline) is furniture for the body, but still the headline; so is one in the
    :data:`HEAD_WINDOW` lines above that a menu's label just before it listed among its
    entries (a caption above its credit stays furniture). A line there that holds a date or a
    time of day is the byline's, not a headline, so is a line of a few names under a longer
    headline-like line (:func:`_names_under_deck`), and of two headline-like lines there, the
    longer one under the other is a deck. A headline written as a statement is found by its
    place over its deck and the byline (:func:`_stated_headline`). See :mod:`.pageheads` for a headline shown again and a question.
    """
    above = byline_at if byline_at is not None else body_start
    titled = headline_in_title_bar(lines, above) or headline_around_byline(lines, byline_at, body_start) or headline_between_stamps(lines, roles, body_start)  # see .pageheads, .bylinehead
    if titled:
        return titled
    stated = _stated_headline(lines, roles, byline_at) if byline_at is not None else None
    if stated is not None:
        return lines[stated]
    nearest = _nearest_headline(lines, roles, listed, above)
    nearest = (lines[above - 1] == nearest and headline_over_buttons(lines, roles, above - 1)) or nearest  # see .pageheads
    if byline_at is not None and (nearest is None or not near_over(lines, roles, _last_above(lines, nearest, byline_at), byline_at)):
        nearest = headline_under_byline(lines, roles, byline_at, body_start) or _two_words_over_byline(lines, roles, byline_at) or nearest  # see .pageheads
    dated = headline_over_date(lines, roles, body_start) if byline_at is None else None  # see .pageheads
    if dated and (nearest is None or (said_once(lines, nearest) and not echoed(lines, lines.index(nearest)))):
        nearest = dated  # the headline over the date, not the caption under it nor a kicker over it
    shown = shown_headline(lines, roles, above)
    if shown and (nearest is None or (said_once(lines, nearest) and not echoed(lines, lines.index(nearest)) and not section_label_over(lines, shown, nearest, above))):
        return shown
    return nearest or headline_over_credit(lines, roles, above) or _short_over_deck(lines, roles, byline_at)  # see .pageheads


def _last_above(lines: list[str], text: str, above: int) -> int:
    """Where ``text`` last stands above line ``above`` (a headline shown in a header too stands over the byline the second time)."""
    return max((index for index in range(min(above, len(lines))) if lines[index] == text), default=lines.index(text))


def _nearest_headline(lines: list[str], roles: list[Role], listed: set[int], above: int) -> str | None:
    """The nearest headline-like line above line ``above`` (see :func:`page_title`)."""
    counts = Counter(" ".join(line.casefold().split()) for line in lines[: above + HEAD_WINDOW])  # shown again over its picture
    shown_again = [counts[" ".join(line.casefold().split())] > 1 for line in lines[: above + HEAD_WINDOW]]
    for i in range(above - 1, -1, -1):
        role = roles[i]
        near = above - i <= HEAD_WINDOW
        menu_again = 0 < i < len(shown_again) - 1 and shown_again[i - 1] and shown_again[i + 1]  # a menu the page shows twice
        if role is Role.JUNK and ((near and i in listed) or (shown_again[i] and not menu_again)):
            role = own_role(lines[i])
        elif role is Role.JUNK and is_media_label(lines[i]) and roles[i + 1] in (Role.DATELINE, Role.BYLINE):  # "WATCH: <headline>" over its date, no clip's
            role = own_role(lines[i].partition(":")[2])
        elif role is Role.JUNK and (headline_under_date_over_credit(lines, i) or _over_picture(lines, i)):  # see .pageheads
            role = own_role(lines[i])
        video = i + 1 < len(lines) and _PLAY_BUTTON.match(lines[i + 1].strip())  # a video's title over its play button
        if headline_like(lines[i], role) and not video and not _sections_or_tags(lines, i) and not _next_story_bar(lines, i, above) and not (near and (_dated(lines[i]) or _names_under_deck(lines, roles, i) or _names_listed(lines[i]) or listed_entry(lines, roles, i))):
            if near and _over_picture(lines, i):
                return _echoed_headline(lines, i, above) or lines[i]  # over its lead picture: the headline, no deck
            return _echoed_headline(lines, i, above) or _above_deck(lines, roles, i) if near else lines[i]
    return None


POINT_MIN_WORDS = 6
POINTS_MIN = 3
"""A story's summary points under its headline: at least this many headline-like lines of :data:`POINT_MIN_WORDS` words or more."""


def _over_points(lines: list[str], roles: list[Role], index: int) -> int | None:
    """The headline over the summary points that line ``index`` ends, when a page copy lost their bullets: of a run of
    :data:`POINTS_MIN` such lines or more under one longer still, the top one (a kicker over it is shorter, a menu's
    entries shorter again); the lowest point merely stands nearest the byline."""
    top = index
    while top > 0 and roles[top - 1] is Role.SHORT and headline_like(lines[top - 1], Role.SHORT) and len(lines[top - 1].split()) >= POINT_MIN_WORDS:
        top -= 1
    if index - top < POINTS_MIN or len(lines[index].split()) < POINT_MIN_WORDS:
        return None
    head = len(lines[top].split())
    return top if all(len(lines[i].split()) < head for i in range(top + 1, index + 1)) else None


PICTURE_CAPTION_MAX_WORDS = 50


def _over_picture(lines: list[str], index: int) -> bool:
    """Line ``index``, taken for a box's heading over the furniture under it (or for a deck), stands over a picture: its
    file name, a caption closed by its credit, or a caption over its credit. An article's head shows the headline over
    its lead picture, a kicker or a breadcrumb over it; a box's heading stands over links."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    credit = lines[index + 2] if index + 2 < len(lines) else ""
    if not below or own_role(lines[index]) is not Role.SHORT:
        return False
    captioned = is_credit_line(credit) and len(below.split()) <= PICTURE_CAPTION_MAX_WORDS and not is_credit_line(below)
    return is_file_name(below) or pictured(below) or captioned


TAGS_MIN_LABELS = 5
"""Labels of a post's tag list between commas that no headline lists ("Boats, Harbour life, Weather, Ferries, Tides")."""


NEXT_STORY_SHOWN_MIN = 3


def _next_story_bar(lines: list[str], index: int, above: int) -> bool:
    """Line ``index`` is the headline of the next story, which a post's "next" bar and pop-up show again and again: the
    page prints it :data:`NEXT_STORY_SHOWN_MIN` times or more, above this line too and once more under the article
    (line ``above`` on). The post's own headline, shown in a header and again in a "most read" box, is shown twice."""
    line = " ".join(lines[index].split())
    shown = [i for i, other in enumerate(lines) if " ".join(other.split()) == line]
    return len(shown) >= NEXT_STORY_SHOWN_MIN and shown[-1] > above and any(i < index for i in shown)


def _sections_or_tags(lines: list[str], index: int) -> bool:
    """Line ``index`` lists the post's sections (:func:`_menu_sections`) or :data:`TAGS_MIN_LABELS` tags or more (see .pageheads)."""
    return _menu_sections(lines, index) or (tag_list(lines[index]) and lines[index].count(",") + 1 >= TAGS_MIN_LABELS)


def _menu_sections(lines: list[str], index: int) -> bool:
    """Line ``index`` lists the post's sections between commas, each one an entry of the page's menu ("Aus den Ländern, Blog,
    sonstiges, Termine"), however they are written."""
    parts = [" ".join(part.casefold().split()) for part in lines[index].split(",")]
    if len(parts) < 2:
        return False
    entries = {" ".join(line.casefold().split()) for i, line in enumerate(lines) if i != index}
    return all(part in entries for part in parts)


def _echoed_headline(lines: list[str], found: int, above: int) -> str | None:
    """A headline-like line in the :data:`HEAD_WINDOW` above that the page says again elsewhere, when ``found`` is not said again.

    Share buttons, breadcrumbs and sticky headers repeat a page's headline ("Share this: <headline>"),
    never its deck or a caption, so of the lines near the top the one repeated is the headline.
    """
    if echoed(lines, found):
        return None
    start = max(0, above - ECHO_WINDOW)
    candidates = [i for i in range(above - 1, start - 1, -1) if i != found and headline_like(lines[i], own_role(lines[i]))]
    return next((lines[i] for i in candidates if not _dated(lines[i]) and echoed(lines, i)), None)


def _stated_headline(lines: list[str], roles: list[Role], byline_at: int) -> int | None:
    """A headline written as a statement ("Goats ruled the island. Now it is reborn."): over a longer deck, over the byline.

    Of two lines of prose over a byline (a date or two may stand between), the upper one opening
    its block (nothing but short lines or furniture above it) and clearly shorter than the one under
    it (:data:`STATED_HEADLINE_SHARE`) is the headline, the other its deck; two summary points over
    a byline are about as long. A short statement there is the headline too, unless a headline-like
    line stands over it (then it is a caption between the headline and the deck).
    """
    deck = byline_at - 1
    while deck > byline_at - 3 and deck >= 0 and roles[deck] is not Role.PROSE and (roles[deck] is Role.DATELINE or _dated(lines[deck])):
        deck -= 1
    head = deck - 1
    if head < 0 or roles[deck] is not Role.PROSE or (head and roles[head - 1] is Role.PROSE):
        return None
    stated = roles[head] is Role.SHORT and short_sentence(lines[head]) and not (head and headline_like(lines[head - 1], roles[head - 1]))
    if roles[head] is not Role.PROSE and not stated:
        return None
    words = len(lines[head].split())
    fits = words <= TITLE_MAX_WORDS and words <= STATED_HEADLINE_SHARE * len(lines[deck].split()) and not _dated(lines[head])
    return head if fits else None


def _names_under_deck(lines: list[str], roles: list[Role], index: int) -> bool:
    """A few capitalised names right under a longer headline-like line: an author or agency ("Ann Rowe in Westmere").

    A headline stands above its deck, never under it, so such a line is the byline of a page
    that does not say "By"; a breadcrumb that ends on the line stands over a headline.
    """
    line = lines[index]
    words = line.split()
    if index == 0 or len(words) > BYLINE_NAMES_MAX_WORDS or any(char.isdigit() for char in line):
        return False
    upper = lines[index - 1]
    named = all(word[0].isupper() or word.casefold() in NAME_LINKS for word in words) and words[0][0].isupper()
    return named and len(upper.split()) > len(words) and headline_like(upper, own_role(upper)) and not _ends_on(upper, line)


_PLAY_BUTTON = re.compile(
    r"^(?:play(?: the)? video|watch(?: the)? video|video (?:abspielen|starten|ansehen)|lire la vidéo|reproducir (?:el )?vídeo"
    r"|odtwórz (?:wideo|film)|смотреть видео|дивитися відео|▶)$",
    re.I,
)
"""A video player's button as a copy shows it, under the video's own title ("Play Video")."""
_NAME_SEPARATOR = re.compile(r"\s*[,;&]\s*|\s+(?:and|und|et|y|i|и|і|та)\s+")


def _names_listed(line: str) -> bool:
    """Two or more people's names set apart by commas or "and" ("Mateusz Seroka, Piotr Żochowski"): those who wrote or helped.

    Each name has two or three capitalised words; a headline listing places or things has one word for each, or a verb.
    """
    names = [name for name in _NAME_SEPARATOR.split(line.strip()) if name]
    return len(names) >= 2 and not any(char.isdigit() for char in line) and all(
        2 <= len(name.split()) <= 3 and all(word[:1].isupper() or word.casefold() in NAME_LINKS for word in name.split()) for name in names
    )


def _two_words_over_byline(lines: list[str], roles: list[Role], byline_at: int) -> str | None:
    """A headline of two words right over a dated byline ("Koncesjonowana opozycja" over "Leszek Jażdżewski" and the date).

    Too short to be judged by its shape (a menu's entries are that short), it is told by its place:
    said once, right over the writer's name with the date under it, neither names nor a label itself.
    """
    head = byline_at - 1
    dated_byline = _dated(lines[byline_at]) or (byline_at + 1 < len(lines) and roles[byline_at + 1] is Role.DATELINE)
    if head < 0 or roles[head] is not Role.SHORT or not dated_byline:
        return None
    line = lines[head]
    words = line.split()
    if len(words) != TITLE_MIN_WORDS - 1 or _dated(line) or line.rstrip().endswith((":", ".")) or not said_once(lines, line):
        return None
    return None if all(word[:1].isupper() for word in words) else line  # "Ann Rowe", "Wolny Rynek": names or a menu's entry


def _short_over_deck(lines: list[str], roles: list[Role], byline_at: int | None) -> str | None:
    """A headline of one or two words over its deck over the byline ("Broken Pledge" / "The promise proved a con." / "By …"),
    for a page where no longer headline stands: said once, capitalised, no label's colon, no sentence's stop."""
    if byline_at is None or byline_at < 2 or roles[byline_at - 1] is not Role.PROSE or INNER_STOP.search(lines[byline_at - 1]):
        return None
    line = lines[byline_at - 2]
    words = line.split()
    fits = 1 <= len(words) < TITLE_MIN_WORDS and all(word[:1].isupper() for word in words) and not line.rstrip().endswith((":", "."))
    return line if fits and roles[byline_at - 2] is Role.SHORT and said_once(lines, line) and not _dated(line) else None


def _dated(line: str) -> bool:
    return bool(find_date(line) or _TIME_OF_DAY.search(line))


def _ends_on(upper: str, line: str) -> bool:
    """A breadcrumb copied without its arrows ends on the headline under it ("Home News Travel <headline>")."""
    return " ".join(upper.casefold().split()).endswith(" " + " ".join(line.casefold().split()))


def _above_deck(lines: list[str], roles: list[Role], index: int) -> str:
    """The headline over a deck: the headline-like line right above ``index`` when it is shorter (a deck is the longer).

    A kicker above a headline is shorter too, but a kicker has fewer than :data:`DECKED_HEADLINE_MIN_WORDS`
    words and never asks or exclaims ("Florida grandstanding?" is a headline), or the headline under it fewer than a deck's :data:`DECK_MIN_WORDS`; a breadcrumb ("News | World | Europe") has separators or ends on the line under it, and a menu's entry is furniture.
    """
    if index == 0 or _dated(lines[index - 1]) or roles[index - 1] in FURNITURE:
        decked = headline_over_buttons_over_deck(lines, roles, index, DECKED_HEADLINE_MIN_WORDS, DECK_MIN_WORDS)  # see .pageheads
        return lines[index - 1] if shown_twice_over(lines, index) else decked or lines[index]  # see .pageheads
    upper = lines[index - 1]
    words = len(upper.split())
    crumbs = _CRUMB_SEPARATOR.search(upper) or tag_list(upper) or _ends_on(upper, lines[index]) or _menu_sections(lines, index - 1)  # see .pageheads
    deck_words = len(lines[index].split())
    asked = words >= TITLE_MIN_WORDS - 1 and upper.rstrip().endswith(("?", "!"))  # a kicker is a label, never a question
    if not crumbs and headline_like(upper, own_role(upper)) and (asked or DECKED_HEADLINE_MIN_WORDS <= words) and words < deck_words and deck_words >= DECK_MIN_WORDS:
        return upper
    if not crumbs and headline_over_deck(lines, roles, index):  # see .pageheads
        return upper
    return lines[index]
