"""Plain-text copies of web pages: find the article among the page's furniture.

A text is taken for a page copy only when it shows page furniture (at least
:data:`MIN_FURNITURE` lines of it: forms, calls to action, ad labels, timestamps, teasers,
repeated short lines...); a clean article is left to the plain-text reader untouched. On a
page copy, each line is classified (:mod:`.furniture`; a long line with a sentence ending inside
is prose even when a hard break cut its last sentence, and a summary that ends in its story's
byline is a teaser), then by its neighbours (:mod:`.boxes`: teaser boxes, "related" lists, promo
boxes, pitches, video blocks, captions), and:

- the body is the longest run of prose lines (by characters). A run may carry short lines and list items between its
  paragraphs (at most :data:`MAX_GAP` short lines between two paragraphs, more is a link or tag list) and ends with a
  short closing sentence; furniture inside it is dropped; a feed timestamp, a byline, a copyright or closing note, a
  line naming a byline's author or telling about them (an author box), or the heading of a comment section ends it. A
  long block of furniture (share and tag lists, a teaser box) parts it, and only prose of some length beyond joins it
  again. A live blog's post stamps do not end it: stamps three times or more in a row, each followed by prose, with
  posts of two paragraphs or more time and again, or posts without headlines (a feed's entries are a headline and one
  summary);
- before the body, the last byline (in :data:`BYLINE_REACH` lines) gives the author and date (else a date standing
  alone does), and the title is the nearest headline-like line (3 to 25 words: a short line without a full stop, one
  in title case, one question, or one after a media label over its date, "WATCH: …") before the byline (without one,
  before the body), judged by its own shape when a menu's label listed it, and not a deck nor a label ending in a
  colon. Of the lines in :data:`ECHO_WINDOW` above, the one a share widget or breadcrumb repeats at the end of a
  longer line is the headline; so is a statement clearly shorter than the deck under it right over the byline; one
  the page shows again further up, or a question under a date, wins (:mod:`.pageheads`);
- author boxes and first-appeared notes end the body, read-on pointers are furniture (:mod:`.tails`);
- a short sentence between the date and the body opens it, a headline under the byline is taken when none stands
  near over it (:mod:`.pageheads`), and pull quotes inside or after the body are left out (:mod:`.pullquotes`);
- prose left outside the body is counted (:attr:`PageCopy.left_out`) so that the reader can
  say what it left out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..article import Block
from .authornote import is_author_note
from .boxes import neighbour_marks
from .bylineforms import read_byline, spread_byline_roles
from .credits import closes_on_credit
from .furniture import (
    FURNITURE,
    Role,
    classify,
    ends_sentence,
    find_date,
    is_timestamp,
    item_text,
    parse_byline,
    without_screen_reader_notes,
)
from .promo import is_author_bio, is_credit_line, is_media_label, opens_comments
from .pageheads import asks_headline, echoed, headline_in_title_bar, headline_over_buttons, headline_over_credit, headline_over_deck, headline_under_byline, headline_under_date_over_credit, listed_entry, near_over, opening_line, said_once, section_label_over, shown_headline, shown_twice_over, tag_list
from .pullquotes import without_pull_quotes
from .tails import closes_article, points_elsewhere, trails_off
from .unwrap import page_lines, sentence_inside

MIN_FURNITURE = 3
MAX_GAP = 2
REPEATED_MAX_WORDS = 6
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 25
LIVE_MIN_POSTS = 3
LIVE_RICH_SHARE = 3
LIVE_HEADLESS_SHARE = 2 / 3
"""A live blog too: this share of posts have no headline and open with two sentences or more."""
POST_HEADLINE_MAX_WORDS = 15
"""A live blog: at least one post in this many holds two paragraphs or more besides a headline."""
HEAD_WINDOW = 8
"""Lines above the body (or its byline) where a headline is judged by its own shape, whatever its neighbours."""
ECHO_WINDOW = 20
"""Lines above the body where a headline the page says again (breadcrumb, share bar, window title) is looked for."""
DECKED_HEADLINE_MIN_WORDS = 4
"""Words a headline above a (longer) deck has at least; a kicker has fewer."""
TITLE_CASE_SHARE = 0.85
"""Share of a line's words of four letters or more that start upper case in a title-case headline."""
TITLE_CASE_MIN_WORDS = 5
FURNITURE_GAP = 6
"""More lines of furniture and short lines than this in a row part two runs of prose."""
JOIN_MIN_CHARS = 200
"""Prose (in characters) that a run parted by furniture needs to be joined to the body again."""
JOIN_PARAGRAPH_MIN_WORDS = 20
"""...or the words of one statement (a paragraph ending in a full stop) in it."""
LEAD_MIN_WORDS = 10
"""...or, for a run above the body, of its lead."""
STATED_HEADLINE_SHARE = 2 / 3
"""A headline written as a statement has at most this share of its deck's words."""
CUT_PROSE_MIN_WORDS = 16
"""Words of a line without a final full stop that reads as prose if a sentence ends inside it."""

BYLINE_REACH = 20
"""Lines above the body a byline stands in at most; one further up is a menu's entry ("Par les temps qui courent")."""
BYLINE_NAMES_MAX_WORDS = 6
"""Words of a byline without "By" under a deck ("Ann Rowe and Tom Reid in Westmere")."""
_NAME_LINKS = frozenset({"in", "and", "und", "et", "y", "e", "і", "и", "в", "у", "de", "von", "van", "da", "di", "del", "la", "le"})

CARD_NAME_MAX_WORDS = 4
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_RUN_ENDS = (Role.BREAK, Role.BYLINE, Role.DATELINE)
_INNER_STOP = re.compile(r"[.!?…]\s+\S")
_LAST_STOP = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[^.!?…]*$)")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
_CRUMB_SEPARATOR = re.compile(r"\s[|›»>/·•]\s")


@dataclass(frozen=True)
class PageCopy:
    """The article found in a page copy."""

    blocks: list[Block]
    title: str | None
    author: str | None
    date: dt.datetime | None
    left_out: int = field(default=0, compare=False)
    """Lines of prose outside the article (other stories, comments, boxes), left out."""


def read_page_copy(text: str, min_furniture: int = MIN_FURNITURE) -> PageCopy | None:
    """The article in ``text`` if it is a copy of a web page; None if it reads as a clean article.

    ``min_furniture=0`` reads any text as a page copy (for text rendered from an HTML page).
    """
    lines = [line for line in map(without_screen_reader_notes, page_lines(text)) if line]
    roles, listed = _roles(lines)
    if sum(role in (Role.JUNK, Role.TEASER, Role.BREAK) for role in roles) < min_furniture:
        return None
    span = _body_span(_live_posts_joined(roles, lines), lines)
    if span is None:
        return None
    start, end = span
    asked = next((i for i in (start - 1, start) if 0 <= i < end and asks_headline(lines, roles, i)), None)  # see .pageheads
    start = opening_line(lines, roles, start) if asked is None else asked + 1
    roles = without_pull_quotes(lines, roles, start, end)
    blocks = [
        Block("item", item_text(line)) if role is Role.ITEM else Block("paragraph", line)
        for line, role in zip(lines[start : end + 1], roles[start : end + 1], strict=True)
        if role not in FURNITURE
    ]
    byline_at = next((i for i in range(start - 1, max(-1, start - BYLINE_REACH - 1), -1) if roles[i] is Role.BYLINE), None)
    byline = read_byline(lines, byline_at) if byline_at is not None else None
    date = byline.date if byline else None
    if date is None:
        dateline = next((lines[i] for i in range(start - 1, -1, -1) if roles[i] is Role.DATELINE), None)
        found = find_date(dateline) if dateline else None
        date = found[0] if found else None
    left_out = sum(role is Role.PROSE for i, role in enumerate(roles) if not start <= i <= end)
    title = lines[asked] if asked is not None else _title(lines, roles, listed, byline_at, start)
    return PageCopy(blocks, title, byline.author if byline else None, date, left_out)


def _roles(lines: list[str]) -> tuple[list[Role], set[int]]:
    """Each line's role, and the lines made furniture only as entries listed under a label.

    Short lines that repeat are furniture; an author box (of a byline's author, or of a name over
    an e-mail address) or a comment section's heading ends the article.
    """
    counts = Counter(" ".join(line.casefold().split()) for line in lines)
    roles = spread_byline_roles(lines, [_own_role(line) for line in lines])  # "By" over the names, "Eine Analyse von …"
    for i, line in enumerate(lines):
        if len(line.split()) <= REPEATED_MAX_WORDS and counts[" ".join(line.casefold().split())] > 1:
            roles[i] = Role.JUNK
    authors = _author_names(line for line, role in zip(lines, roles, strict=True) if role is Role.BYLINE) | _carded_names(lines)
    for i, line in enumerate(lines):
        folded = " ".join(line.casefold().split())
        if folded in authors or is_author_bio(folded, tuple(authors)) or opens_comments(line) or closes_article(line, lines[i - 1] if i else ""):
            roles[i] = Role.BREAK
    return neighbour_marks(lines, roles)


def _author_names(bylines: Iterator[str]) -> set[str]:
    """The names that bylines give, case folded: "By A B, C D and E F" gives three."""
    names = set()
    for line in bylines:
        byline = parse_byline(line)
        if byline:
            names.update(" ".join(name.casefold().split()) for name in re.split(r",|&|\band\b|\bund\b|\bet\b|\bи\b|\bі\b", byline.author))
    return {name for name in names if len(name.split()) >= 2}


def _carded_names(lines: list[str]) -> set[str]:
    """The names of an author's card, case folded: a short line of capitalised words with an e-mail address under it."""
    return {
        " ".join(line.casefold().split())
        for line, below in zip(lines, lines[1:])
        if 2 <= len(line.split()) <= CARD_NAME_MAX_WORDS and all(word[0].isupper() for word in line.split()) and _EMAIL_LINE.match(below)
    }


def _body_span(roles: list[Role], lines: list[str]) -> tuple[int, int] | None:
    """First and last line of the longest run of prose (by characters), or None if there is no prose.

    A run parted from its neighbour by a block of furniture (see :func:`_runs`) is joined to it
    again when the neighbour holds :data:`JOIN_MIN_CHARS` of prose, or a statement of
    :data:`JOIN_PARAGRAPH_MIN_WORDS` words or more (:data:`LEAD_MIN_WORDS` above it: a lead
    over a photo gallery, not a teaser's question): the article goes on past a box inside it,
    but a stray line after its share and tag lists is not the article.
    """
    runs = list(_runs(roles, lines))
    if not runs:
        return None

    def size(run: tuple[int, int, bool]) -> int:
        return sum(len(lines[i]) for i in range(run[0], run[1] + 1) if roles[i] is Role.PROSE)

    def article_like(run: tuple[int, int, bool], min_words: int = JOIN_PARAGRAPH_MIN_WORDS) -> bool:
        paragraphs = [lines[i] for i in range(run[0], run[1] + 1) if roles[i] is Role.PROSE]
        statements = [len(line.split()) for line in paragraphs if line.rstrip("\"”’»)").endswith(".")]
        return size(run) >= JOIN_MIN_CHARS or max(statements, default=0) >= min_words

    first = last = max(range(len(runs)), key=lambda index: size(runs[index]))
    while first > 0 and runs[first - 1][2] and article_like(runs[first - 1], LEAD_MIN_WORDS):
        first -= 1
    while last + 1 < len(runs) and runs[last][2] and article_like(runs[last + 1]):
        last += 1
    return runs[first][0], runs[last][1]


def _live_posts_joined(roles: list[Role], lines: list[str]) -> list[Role]:
    """The roles with a live blog's post stamps and post bylines made mere furniture, so that its posts read as one body.

    A time of day ends an article when it stamps the entries of a news feed below it (a
    headline and a one-paragraph summary each). It opens a post of a live blog when the stamps
    come :data:`LIVE_MIN_POSTS` times or more in a row, each followed by prose, and posts
    hold two paragraphs or more besides a headline time and again (one post in
    :data:`LIVE_RICH_SHARE`, and at least two), or most posts (:data:`LIVE_HEADLESS_SHARE`)
    have no headline and open with a paragraph of two sentences or more (a feed's entry is a
    headline and its summary).
    """
    stamps = [i for i, line in enumerate(lines) if is_timestamp(line)]
    joined = list(roles)
    posts: list[tuple[int, int]] = []  # (stamp, last line of the post)
    for index, stamp in enumerate(stamps):
        end = stamps[index + 1] if index + 1 < len(stamps) else len(lines)
        last, cut = _post_end(roles, stamp + 1, end)
        if last is not None:
            posts.append((stamp, last))
        if last is None or cut:
            _join_posts(joined, posts, roles, lines)
            posts = []
    _join_posts(joined, posts, roles, lines)
    return joined


def _post_end(roles: list[Role], start: int, end: int) -> tuple[int | None, bool]:
    """The last prose line of the post from ``start`` (None if it has none), and whether the post stopped before ``end``."""
    last = None
    gap = 0
    for index in range(start, end):
        role = roles[index]
        gap = 0 if role is Role.PROSE else gap + (role is Role.SHORT)
        if gap > MAX_GAP or (role is Role.BREAK and last is not None):
            return last, True
        last = index if role is Role.PROSE else last
    return last, False


def _join_posts(joined: list[Role], posts: list[tuple[int, int]], roles: list[Role], lines: list[str]) -> None:
    """Make the stamps and bylines of a run of posts furniture, if the posts are a live blog's."""
    rich = sum(len(_paragraphs(roles, lines, stamp + 1, last)) >= 2 for stamp, last in posts)
    headless = sum(_headless_post(roles, lines, stamp + 1, last) for stamp, last in posts)
    live = rich >= max(2, len(posts) / LIVE_RICH_SHARE) or headless >= LIVE_HEADLESS_SHARE * len(posts)
    if len(posts) < LIVE_MIN_POSTS or not live:
        return
    for index in range(posts[0][0], posts[-1][1] + 1):
        if joined[index] in _RUN_ENDS:
            joined[index] = Role.JUNK


def _headless_post(roles: list[Role], lines: list[str], start: int, last: int) -> bool:
    """A post without a headline that opens with a paragraph of two sentences or more: a live post, not a feed's entry."""
    prose = [i for i in range(start, last + 1) if roles[i] is Role.PROSE]
    if not prose or any(roles[i] is Role.SHORT and _headline_like(lines[i], Role.SHORT) for i in range(start, prose[0])):
        return False
    return bool(_INNER_STOP.search(lines[prose[0]]))


def _paragraphs(roles: list[Role], lines: list[str], start: int, last: int) -> list[int]:
    """A post's prose lines, without a first one that reads as its headline (one sentence of a few words)."""
    prose = [i for i in range(start, last + 1) if roles[i] is Role.PROSE]
    if prose and len(lines[prose[0]].split()) <= POST_HEADLINE_MAX_WORDS and not _INNER_STOP.search(lines[prose[0]]):
        return prose[1:]
    return prose


def _runs(roles: list[Role], lines: list[str]) -> Iterator[tuple[int, int, bool]]:
    """Runs of prose lines, each with whether only a block of furniture parts it from the next run.

    A short sentence ("He declined.") right after prose goes on with the run. More than
    :data:`MAX_GAP` short lines since the last paragraph or list item or a line that ends an article (:data:`_RUN_ENDS`) end it for
    good; more than :data:`FURNITURE_GAP` lines of short lines and furniture in a row (a menu,
    a teaser box, share buttons and a tag list) part it from the next.
    """
    start = last = closed = None
    gap = furniture = 0
    hard = False
    for i, role in enumerate(roles):
        if role is Role.PROSE or (role is Role.SHORT and gap == 0 and start is not None and _short_sentence(lines[i])):
            if start is None and closed is not None:
                yield (*closed, not hard)
                closed = None
            start = i if start is None else start
            last, gap, furniture = i, 0, 0
            continue
        gap = 0 if role is Role.ITEM else gap + (role is Role.SHORT)
        furniture += role is Role.SHORT or role in FURNITURE
        ends = gap > MAX_GAP or role in _RUN_ENDS
        if start is not None and last is not None and (ends or furniture > FURNITURE_GAP):
            closed, start, hard = (start, last), None, ends
        else:
            hard = hard or ends
    if closed is not None:
        yield (*closed, start is not None and not hard)
    if start is not None and last is not None:
        yield start, last, False


def _short_sentence(line: str) -> bool:
    return ends_sentence(line) and not line.rstrip().endswith(":") and len(line.split()) >= 3


def _title(lines: list[str], roles: list[Role], listed: set[int], byline_at: int | None, body_start: int) -> str | None:
    """The nearest headline-like line above the byline, or else above the body (see :func:`_headline_like`).

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
    titled = headline_in_title_bar(lines, above)  # see .pageheads
    if titled:
        return titled
    stated = _stated_headline(lines, roles, byline_at) if byline_at is not None else None
    if stated is not None:
        return lines[stated]
    nearest = _nearest_headline(lines, roles, listed, above)
    nearest = (lines[above - 1] == nearest and headline_over_buttons(lines, roles, above - 1)) or nearest  # see .pageheads
    if byline_at is not None and (nearest is None or not near_over(lines, roles, lines.index(nearest), byline_at)):
        nearest = headline_under_byline(lines, roles, byline_at, body_start) or nearest  # see .pageheads
    shown = shown_headline(lines, roles, above)
    if shown and (nearest is None or (said_once(lines, nearest) and not echoed(lines, lines.index(nearest)) and not section_label_over(lines, shown, nearest, above))):
        return shown
    return nearest or headline_over_credit(lines, roles, above)  # see .pageheads


def _nearest_headline(lines: list[str], roles: list[Role], listed: set[int], above: int) -> str | None:
    """The nearest headline-like line above line ``above`` (see :func:`_title`)."""
    counts = Counter(" ".join(line.casefold().split()) for line in lines[: above + HEAD_WINDOW])  # shown again over its picture
    for i in range(above - 1, -1, -1):
        role = roles[i]
        near = above - i <= HEAD_WINDOW
        if role is Role.JUNK and ((near and i in listed) or counts[" ".join(lines[i].casefold().split())] > 1):
            role = _own_role(lines[i])
        elif role is Role.JUNK and is_media_label(lines[i]) and roles[i + 1] in (Role.DATELINE, Role.BYLINE):  # "WATCH: <headline>" over its date, no clip's
            role = _own_role(lines[i].partition(":")[2])
        elif role is Role.JUNK and headline_under_date_over_credit(lines, i):  # see .pageheads
            role = _own_role(lines[i])
        if _headline_like(lines[i], role) and not (near and (_dated(lines[i]) or _names_under_deck(lines, roles, i) or listed_entry(lines, roles, i))):
            return _echoed_headline(lines, i, above) or _above_deck(lines, roles, i) if near else lines[i]
    return None


def _echoed_headline(lines: list[str], found: int, above: int) -> str | None:
    """A headline-like line in the :data:`HEAD_WINDOW` above that the page says again elsewhere, when ``found`` is not said again.

    Share buttons, breadcrumbs and sticky headers repeat a page's headline ("Share this: <headline>"),
    never its deck or a caption, so of the lines near the top the one repeated is the headline.
    """
    if echoed(lines, found):
        return None
    start = max(0, above - ECHO_WINDOW)
    candidates = [i for i in range(above - 1, start - 1, -1) if i != found and _headline_like(lines[i], _own_role(lines[i]))]
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
    stated = roles[head] is Role.SHORT and _short_sentence(lines[head]) and not (head and _headline_like(lines[head - 1], roles[head - 1]))
    if roles[head] is not Role.PROSE and not stated:
        return None
    words = len(lines[head].split())
    fits = words <= TITLE_MAX_WORDS and words <= STATED_HEADLINE_SHARE * len(lines[deck].split()) and not _dated(lines[head])
    return head if fits else None


def _names_under_deck(lines: list[str], roles: list[Role], index: int) -> bool:
    """A few capitalised names right under a longer headline-like line: an author or agency ("Ann Rowe in Westmere").

    A headline stands above its deck, never under it, so such a line is the byline of a page
    that does not say "By".
    """
    line = lines[index]
    words = line.split()
    if index == 0 or len(words) > BYLINE_NAMES_MAX_WORDS or any(char.isdigit() for char in line):
        return False
    upper = lines[index - 1]
    named = all(word[0].isupper() or word.casefold() in _NAME_LINKS for word in words) and words[0][0].isupper()
    return named and len(upper.split()) > len(words) and _headline_like(upper, _own_role(upper))


def _dated(line: str) -> bool:
    return bool(find_date(line) or _TIME_OF_DAY.search(line))


def _above_deck(lines: list[str], roles: list[Role], index: int) -> str:
    """The headline over a deck: the headline-like line right above ``index`` when it is shorter (a deck is the longer).

    A kicker above a headline is shorter too, but a kicker has fewer than :data:`DECKED_HEADLINE_MIN_WORDS`
    words; a breadcrumb ("News | World | Europe") has separators, and a menu's entry is furniture.
    """
    if index == 0 or _dated(lines[index - 1]) or roles[index - 1] in FURNITURE:
        return lines[index - 1] if shown_twice_over(lines, index) else lines[index]  # see .pageheads
    upper = lines[index - 1]
    words = len(upper.split())
    crumbs = _CRUMB_SEPARATOR.search(upper) or tag_list(upper)  # see .pageheads
    if not crumbs and _headline_like(upper, _own_role(upper)) and DECKED_HEADLINE_MIN_WORDS <= words < len(lines[index].split()):
        return upper
    if not crumbs and headline_over_deck(lines, roles, index):  # see .pageheads
        return upper
    return lines[index]


def _headline_like(line: str, role: Role) -> bool:
    """A short line of 3 to 25 words without a full stop, or one question or exclamation of that length ("Why do towns lose museums?")."""
    words = len(line.split())
    if not TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS or line.rstrip().endswith(":"):
        return False  # a line ending in a colon is a label for what follows ("Search for this author in:")
    if role is Role.SHORT:
        return not line.rstrip("\"”’»)").endswith(".") or title_cased(line)  # a caption has a full stop; "… Tues." too
    return (role is Role.PROSE and line.rstrip("\"”’»)").endswith(("?", "!")) and not _INNER_STOP.search(line))


def _own_role(line: str) -> Role:
    """A line's role from its own text.

    A headline in title case that an abbreviation's full stop made look like a sentence is short;
    a long line with a sentence ending inside it is prose even when a hard line break cut its
    last sentence ("… für die 60 Millionen" / "Geräte in Deutschland.").
    """
    role = classify(line)
    if role in (Role.PROSE, Role.SHORT) and (points_elsewhere(line) or closes_on_credit(line) or is_author_note(line)):
        return Role.JUNK
    if role is Role.TEASER and trails_off(line):
        return Role.PROSE
    if role in (Role.PROSE, Role.SHORT) and _signed_summary(line):
        return Role.TEASER
    if role is Role.PROSE and len(line.split()) <= TITLE_MAX_WORDS and title_cased(line):
        return Role.SHORT
    if role is Role.SHORT and len(line.split()) >= CUT_PROSE_MIN_WORDS and sentence_inside(line) and not _credited(line):
        return Role.PROSE
    return role


def _credited(line: str) -> bool:
    """A caption: sentences closed by who took the picture ("… his rise. Photo via Evert Academy")."""
    return is_credit_line(_LAST_STOP.split(line.rstrip())[-1])


def _signed_summary(line: str) -> bool:
    """A teaser's summary that ends in its story's byline ("… fordert er. Von Ann Rowe und Tom Reid").

    An article's own paragraph ends in a sentence, never in the name of who wrote it; the byline
    is names ("Von Anfang an", a sentence cut by a hard break, is not).
    """
    parts = _LAST_STOP.split(line.rstrip())
    byline = parse_byline(parts[-1]) if len(parts) > 1 and not ends_sentence(parts[-1]) else None
    names = [word for word in re.split(r"[\s,]+", byline.author) if word] if byline else []
    return len(names) >= 2 and all(word[0].isupper() or word.casefold() in _NAME_LINKS for word in names)


def title_cased(line: str) -> bool:
    """Headline capitals: nearly every word of four letters or more starts upper case ("Cold Wave Alert Tues.").

    Such a line is a headline even when an abbreviation gives it a full stop; :data:`TITLE_CASE_SHARE`
    is high enough that German prose, whose nouns all start upper case, does not reach it.
    """
    words = [word for word in re.findall(r"[^\W\d_][\w'’-]*", line) if len(word) >= 4]
    capitals = sum(word[0].isupper() for word in words)
    return len(words) >= TITLE_CASE_MIN_WORDS and capitals >= TITLE_CASE_SHARE * len(words) and not line.isupper()
