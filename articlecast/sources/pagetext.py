"""Plain-text copies of web pages: find the article among the page's furniture.

A text is taken for a page copy only when it shows page furniture (at least
:data:`MIN_FURNITURE` lines of it: forms, calls to action, ad labels, timestamps, teasers,
repeated short lines...) or a site's menu over its first paragraph; a clean article is left to the plain-text reader untouched. On a
page copy, each line is classified by its own text (:mod:`.linerole`), then by its neighbours
(:mod:`.boxes`: teaser boxes, "related" lists, promo boxes, pitches, video blocks, captions), and:

- the body is the longest run of prose lines (by characters). A run may carry short lines and list items between its
  paragraphs (at most :data:`MAX_GAP` short lines between two paragraphs, more is a link or tag list) and ends with a
  short closing sentence; furniture inside it is dropped; a feed timestamp, a byline, a copyright or closing note, a
  line naming a byline's author or telling about them (an author box), the heading of a comment section or the links to
  the previous and next post ends it. A
  long block of furniture (share and tag lists, a teaser box) parts it, and only prose of some length beyond joins it
  again. A live blog's post stamps (times, ages in days at most) do not end it: stamps three times or more in a row,
  each followed by prose, with posts of two paragraphs or more time and again, or posts without headlines (a feed's
  entries are a headline and one summary); of two stories each under its own byline or date, the first is the page's;
- before the body, the last byline (in :data:`BYLINE_REACH` lines, or past a player or gallery) gives the author and date (else a date standing
  alone does), and the title is found above the byline, or else above the body (:mod:`.pagetitle`), or is the short
  line right over the date (a headline of two words), never the article's first paragraph;
- author boxes and first-appeared notes end the body, read-on pointers are furniture (:mod:`.tails`);
- a short sentence between the date and the body opens it, unless a breadcrumb over it ends on it (the headline: a line
  near over the body that a breadcrumb ends on is the headline); a headline under the byline is taken when none stands
  near over it (:mod:`.pageheads`), and pull quotes inside or after the body are left out (:mod:`.pullquotes`);
- a picture's caption inside the body that closes on its owner after a "©" is left out ("Stau © Ann Bell / Agentur");
- a numbered line over a paragraph is a section's heading, shown with its number ("2. Eat at set times");
- an editor's initials or a desk's letter in brackets after a paragraph's last sentence ("… (I)") are cut, and so
  is a picture's credit glued after it ("….Foto: Ann Rowe");
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
from .boxes import neighbour_marks
from .bracketlinks import without_bracketed_pointer
from .authorlabels import is_author_label
from .authors import says_what_author_is
from .bylineforms import bare_names, in_writer_box, names_only, names_over_date, read_byline, spread_byline_roles
from .comments import opens_comments
from .credits import closes_on_copyright
from .excerpts import mark_captions_shown_twice, mark_excerpts, mark_player_blurbs, mark_story_cards
from .furniture import FURNITURE, Byline, Role, ends_sentence, find_date, is_timestamp, item_text, parse_byline, without_screen_reader_notes, word_count
from .labelruns import ends_with_initials, without_glued_tail
from .linerole import INNER_STOP, headline_like, own_role, short_sentence
from .lists import keep_introduced_addresses, mark_pros_and_cons, mark_unmarked_lists
from .navigation import crumbed_headline, glued_crumb_headline, is_post_pager
from .pageheads import asks_headline, opening_line, standfirst_over_byline
from .pagetitle import page_title
from .paywalls import mark_meter_boxes
from .promo import is_author_bio
from .pullquotes import without_pull_quotes
from .rowmarks import mark_rows
from .strays import stranded_lines
from .tables import mark_copied_tables
from .tails import closes_article, follows_writer, section_goes_on
from .teasercards import mark_glued_cards, stamped_card
from .unwrap import page_lines
from .writercards import soften_opening_cards

MIN_FURNITURE = 3
MENU_MIN_LINES = 6
MENU_ENTRY_MAX_WORDS = 4
"""A text is a page copy too when a menu stands over its first paragraph: this many lines of a few words in a row."""
MAX_GAP = 2
SHORT_SENTENCE_REACH = 2
"""Lines after the last paragraph a short sentence may stand in to go on with the run (an ad's label between)."""
REPEATED_MAX_WORDS = 6
SHOWN_TWICE_GAP = 3
"""Lines between two showings of the same paragraph at most for both to be a player's or gallery's blurb (its title, then "Caption")."""
LIVE_MIN_POSTS = 3
LIVE_RICH_SHARE = 3
LIVE_HEADLESS_SHARE = 2 / 3
"""A live blog too: this share of posts have no headline and open with two sentences or more."""
POST_HEADLINE_MAX_WORDS = 15
"""A live blog: at least one post in this many holds two paragraphs or more besides a headline."""
FURNITURE_GAP = 6
"""More lines of furniture and short lines than this in a row part two runs of prose."""
JOIN_MIN_CHARS = 200
"""Prose (in characters) that a run parted by furniture needs to be joined to the body again."""
JOIN_PARAGRAPH_MIN_WORDS = 20
"""...or the words of one statement (a paragraph ending in a full stop) in it."""
LEAD_MIN_WORDS = 10
"""...or, for a run above the body, of its lead."""

SIGNED_SHARE = 0.5
"""Of two articles on a page each under its own byline or date (a page that loads the next story under its own), the
first is the page's when it has this share of the longer one's prose."""
SIGNED_REACH = 3
"""Lines of furniture between a byline or date and the prose it signs."""

CRUMBED_REACH = 8
"""Lines over the body where the headline a breadcrumb ends on is taken for the title, over a caption or deck nearer the body."""
BYLINE_REACH = 20
"""Lines above the body a byline stands in at most; one further up is a menu's entry ("Par les temps qui courent")."""
FAR_BYLINE_REACH = 120
FAR_BYLINE_PROSE = 2

CARD_NAME_MAX_WORDS = 4
_EMAIL_LINE = re.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$")
_RUN_ENDS = (Role.BREAK, Role.BYLINE, Role.DATELINE)
_STORY_AGE = re.compile(r"\b(?:week|month)s?\s+ago$", re.I)
"""An age in weeks or months ("4 months ago") stamps whole stories in a list, never a live blog's posts."""


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
    raw = [line for line in map(without_screen_reader_notes, page_lines(text)) if line]
    signed = {i for i, line in enumerate(raw) if ends_with_initials(line)}  # "… (heb)": the article's last paragraph
    lines = [without_bracketed_pointer(without_glued_tail(line)) for line in raw]  # see .bracketlinks
    roles, listed = _roles(lines)
    roles = _without_comments(lines, roles)
    if sum(role in (Role.JUNK, Role.TEASER, Role.BREAK) for role in roles) < min_furniture and not _menu_on_top(lines, roles):
        return None
    span = _body_span(_live_posts_joined(roles, lines), lines)
    if span is None:
        return None
    start, end = span
    end = next((i for i in range(start, end + 1) if i in signed and roles[i] in (Role.PROSE, Role.SHORT)), end)
    crumbed = {crumbed_headline(line) for line in lines[:start]} | {glued_crumb_headline(*lines[i : i + 2]) for i in range(start - 1)}
    crumbed -= {None}  # the headline a breadcrumb over the article ends on, maybe with its separators lost
    asked = next((i for i in (start - 1, start) if 0 <= i < end and (asks_headline(lines, roles, i) or lines[i] in crumbed)), None)  # see .pageheads
    start = opening_line(lines, roles, start) if asked is None else asked + 1
    roles = without_pull_quotes(lines, roles, start, end)
    lead = [] if asked is not None else standfirst_over_byline(lines, roles, start)
    stranded = stranded_lines(roles, start, end)
    kept = [i for i in range(start, end + 1) if roles[i] not in FURNITURE and i not in stranded and not (roles[i] is Role.SHORT and closes_on_copyright(lines[i]))]
    blocks = [Block("paragraph", lines[index]) for index in lead] + [_block(lines, roles, index, kept) for index in kept]
    byline_at = _byline_over(roles, start)
    byline = read_byline(lines, byline_at) if byline_at is not None else None
    date = byline.date if byline else None
    if date is None:
        dateline = next((lines[i] for i in range(start - 1, -1, -1) if roles[i] is Role.DATELINE), None)
        found = find_date(dateline) if dateline else None
        date = found[0] if found else None
    left_out = sum(role is Role.PROSE for i, role in enumerate(roles) if not start <= i <= end)
    named = next((lines[i] for i in range(start - 1, max(-1, start - CRUMBED_REACH - 1), -1) if lines[i] in crumbed), None)
    title = lines[asked] if asked is not None else named or page_title(lines, roles, listed, byline_at, start) or _short_head(lines, roles, start)
    return PageCopy(blocks, title, byline.author if byline else None, date, left_out)


_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _block(lines: list[str], roles: list[Role], index: int, kept: list[int]) -> Block:
    """The block of body line ``index`` (``kept``: the body's lines that are read).

    A numbered line with a paragraph right under it and no full stop is a section's heading ("2. Eat at set times"), its
    number kept as the page shows it; a list's entries stand one under the other.
    """
    line, role = lines[index], roles[index]
    if role is not Role.ITEM:
        return Block("paragraph", line)
    below = kept.index(index) + 1
    if _NUMBERED.match(line) and not ends_sentence(line) and below < len(kept) and roles[kept[below]] is Role.PROSE:
        return Block("heading", line, 2)
    return Block("item", item_text(line))


def _short_head(lines: list[str], roles: list[Role], start: int) -> str | None:
    """A headline too short to be told by its shape ("Gefällt mir"): the short line right over the date or byline over the body.

    Without it the reader would take the article's first paragraph for its title.
    """
    if roles[start] is not Role.PROSE:
        return None  # a short line opens the body: the headline under the date, which the reader takes for the title
    index = start - 1
    while index >= 0 and start - index <= SIGNED_REACH and roles[index] in (Role.JUNK, Role.TEASER):
        index -= 1
    if index < 1 or roles[index] not in (Role.DATELINE, Role.BYLINE) or roles[index - 1] is not Role.SHORT:
        return None
    head = lines[index - 1]
    return head if head[:1].isupper() and not head.rstrip().endswith((":", ",")) else None


def _byline_over(roles: list[Role], start: int) -> int | None:
    """The last byline in the :data:`BYLINE_REACH` lines over the body, or a dated one further up, over a player or gallery.

    A video player's playlist or a gallery's captions may stand between the byline and the body: a
    byline with its date (on its line or in the :data:`SIGNED_REACH` lines under it) is looked for up to
    :data:`FAR_BYLINE_REACH` lines up, past furniture and at most :data:`FAR_BYLINE_PROSE` lines of
    prose (captions). A menu's entry that reads like a byline has no date under it.
    """
    prose = 0
    for index in range(start - 1, max(-1, start - FAR_BYLINE_REACH - 1), -1):
        near = start - index <= BYLINE_REACH
        if roles[index] is Role.BYLINE and (near or Role.DATELINE in roles[index + 1 : index + 1 + SIGNED_REACH]):
            return index
        prose += roles[index] is Role.PROSE
        if not near and prose > FAR_BYLINE_PROSE:
            return None
    return None


def _menu_on_top(lines: list[str], roles: list[Role]) -> bool:
    """A site's menu over the first paragraph: :data:`MENU_MIN_LINES` lines or more in a row of a few words each.

    A clean article opens with its headline, perhaps a deck and a byline, then prose.
    """
    first_prose = next((i for i, role in enumerate(roles) if role is Role.PROSE), len(lines))
    run = 0
    for i in range(first_prose):
        run = run + 1 if roles[i] is Role.SHORT and len(lines[i].split()) <= MENU_ENTRY_MAX_WORDS else 0
        if run >= MENU_MIN_LINES:
            return True
    return False


def _roles(lines: list[str]) -> tuple[list[Role], set[int]]:
    """Each line's role, and the lines made furniture only as entries listed under a label.

    Short lines that repeat are furniture (a Chinese line's characters count as words), a date excepted (names over a date that the page shows again are a byline, see
    :func:`.bylineforms.names_over_date`); an author box (of a byline's author, or of a name over
    an e-mail address) or a comment section's heading ends the article.
    """
    counts = Counter(" ".join(line.casefold().split()) for line in lines)
    roles = spread_byline_roles(lines, [own_role(line) for line in lines])  # "By" over the names, "Eine Analyse von …"
    for i, line in enumerate(lines):
        if word_count(line) <= REPEATED_MAX_WORDS and counts[" ".join(line.casefold().split())] > 1 and roles[i] is not Role.DATELINE:
            roles[i] = Role.BYLINE if names_over_date(lines, roles, i) or in_writer_box(lines, roles, i) else Role.JUNK
    for i, line in enumerate(lines):  # a player's blurb shown again under its "Caption" button (a pull quote stands right under its paragraph)
        again = next((j for j in range(i + 2, min(len(lines), i + SHOWN_TWICE_GAP + 1)) if lines[j] == line), None)
        between = roles[i + 1 : again] if again is not None else []
        if again is not None and roles[i] is Role.PROSE and not {Role.PROSE, Role.DATELINE, Role.BYLINE} & set(between):  # over and under its date: the lead
            roles[i] = roles[again] = Role.JUNK
    authors = _author_names(read_byline(lines, i) for i, role in enumerate(roles) if role is Role.BYLINE) | _carded_names(lines)
    writers = tuple(authors | _shown_writers(lines, roles, counts))
    for i, line in enumerate(lines):
        folded = " ".join(line.casefold().split())
        byline = roles[i] is Role.BYLINE  # "Ann Rowe Education editor" over the date says what the writer is, and is the byline
        about_writer = folded not in writers and not byline and (is_author_bio(folded, writers) or says_what_author_is(folded, writers))
        named = folded in authors and not byline  # the names again, in an author box
        if named or about_writer or opens_comments(line) or closes_article(line, lines[i - 1] if i else ""):
            roles[i] = Role.BREAK
    soften_opening_cards(lines, roles, tuple(authors))  # see .writercards
    _pagers_closing(lines, roles)
    mark_rows(lines, roles)  # split credits, interview answers, tag rows (see .rowmarks)
    roles, listed = neighbour_marks(lines, roles)
    mark_excerpts(lines, roles)
    mark_captions_shown_twice(lines, roles)
    mark_player_blurbs(lines, roles)
    mark_story_cards(lines, roles)
    mark_meter_boxes(lines, roles)
    mark_glued_cards(lines, roles)
    mark_unmarked_lists(lines, roles)
    mark_pros_and_cons(lines, roles)
    mark_copied_tables(lines, roles)
    keep_introduced_addresses(lines, roles)
    return roles, listed


COMMENTS_MIN_WORDS_ABOVE = 100
"""Words of prose above a comment section's heading for it to close the article: higher up it is a link in the page's menu."""


def _pagers_closing(lines: list[str], roles: list[Role]) -> None:
    """Make the links to the previous and next post (:func:`.navigation.is_post_pager`), a call to follow the writer
    (:func:`.tails.follows_writer`) and an author box's label with the writer's name (:func:`.authorlabels.is_author_label`)
    end the article (in place) when :data:`COMMENTS_MIN_WORDS_ABOVE` words of prose stand over them: under a post they
    close it, over it they head it."""
    words = 0
    for index, line in enumerate(lines):
        if words >= COMMENTS_MIN_WORDS_ABOVE and (is_post_pager(line) or follows_writer(line) or is_author_label(line)):
            roles[index] = Role.BREAK
        words += len(line.split()) if _is_running_text(line, roles[index]) else 0


def _without_comments(lines: list[str], roles: list[Role]) -> list[Role]:
    """The roles with everything under a comment section's heading (shown once, after the article's prose) made furniture:
    readers' comments are often longer than the article."""
    counts = Counter(" ".join(line.casefold().split()) for line in lines)
    words = 0
    for index, line in enumerate(lines):
        if opens_comments(line) and counts[" ".join(line.casefold().split())] == 1 and words >= COMMENTS_MIN_WORDS_ABOVE:
            return roles[: index + 1] + [Role.JUNK] * (len(lines) - index - 1)
        words += len(line.split()) if _is_running_text(line, roles[index]) else 0
    return roles


ITEM_PROSE_MIN_WORDS = 15


def _is_running_text(line: str, role: Role) -> bool:
    """Prose, or a list entry that is a paragraph of its own (a numbered point of 15 words or more ending a sentence)."""
    if role is Role.ITEM:
        return len(line.split()) >= ITEM_PROSE_MIN_WORDS and ends_sentence(line)
    return role is Role.PROSE


def _author_names(bylines: Iterator[Byline | None]) -> set[str]:
    """The names that bylines give, case folded: "By A B, C D and E F" gives three."""
    names = set()
    for byline in bylines:
        if byline:
            names.update(" ".join(name.casefold().split()) for name in re.split(r",|&|\band\b|\bund\b|\bet\b|\bи\b|\bі\b", byline.author))
    return {name for name in names if len(name.split()) >= 2}


def _shown_writers(lines: list[str], roles: list[Role], counts: Counter[str]) -> set[str]:
    """Writers' names, case folded, that a byline's line of names gives ("Von" / "Ann Rowe (Autorin)") or that an author
    box shows again (a line of two to :data:`CARD_NAME_MAX_WORDS` names, twice on the page): a line opening with one
    and saying what the writer is tells about them."""
    names = set()
    for line, role in zip(lines, roles, strict=True):
        folded = " ".join(line.casefold().split())
        shown_again = counts[folded] > 1 and len(line.split()) <= CARD_NAME_MAX_WORDS
        if (role is Role.BYLINE or shown_again) and names_only(line) and parse_byline(line) is None:
            names.add(" ".join(bare_names(folded).split()))
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

    Of two runs that each open under their own byline or date, the first is the article if it holds
    :data:`SIGNED_SHARE` of the longer's prose, and the lead of a story over its byline is not joined to the one above
    it. A run parted from its neighbour by a block of furniture (see :func:`_runs`) is joined to it again when the
    neighbour holds :data:`JOIN_MIN_CHARS` of prose, or a statement of :data:`JOIN_PARAGRAPH_MIN_WORDS` words or more
    (:data:`LEAD_MIN_WORDS` above it: a lead over a photo gallery, not a teaser's question): the article goes on past
    a box inside it, but a stray line after its share and tag lists is not the article. A run above is joined too over a
    few short lines alone (a section's heading and its steps, :func:`_subheads_between`); under the article such lines
    are as often a list of links to other stories, so a run below is joined over them only when it is a section's worth (:func:`.tails.section_goes_on`).
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

    longest = max(range(len(runs)), key=lambda index: size(runs[index]))
    signed = [index for index in range(longest + 1) if _signed(roles, runs[index][0])]
    sizeable = (index for index in signed if size(runs[index]) >= SIGNED_SHARE * size(runs[longest]))
    first = last = next(sizeable) if longest in signed else longest
    while first > 0 and (runs[first - 1][2] or _subheads_between(roles, runs[first - 1][1], runs[first][0])) and article_like(runs[first - 1], LEAD_MIN_WORDS):
        first -= 1
    while last + 1 < len(runs) and (runs[last][2] or (_subheads_between(roles, runs[last][1], runs[last + 1][0]) and section_goes_on(lines, roles, runs[last][1], *runs[last + 1][:2]))) and article_like(runs[last + 1]) and not _leads_next(runs, last + 1, roles) and not stamped_card(roles, *runs[last + 1][:2]):
        last += 1
    return runs[first][0], runs[last][1]


def _subheads_between(roles: list[Role], last: int, next_start: int) -> bool:
    """Only a few short lines (at most :data:`FURNITURE_GAP`, none of them furniture) between two runs of prose."""
    between = roles[last + 1 : next_start]
    return len(between) <= FURNITURE_GAP and all(role in (Role.SHORT, Role.ITEM) for role in between)


def _leads_next(runs: list[tuple[int, int, bool]], index: int, roles: list[Role]) -> bool:
    """Run ``index`` stands over the next run, which opens under its own byline or date: the lead of the next story."""
    return index + 1 < len(runs) and _signed(roles, runs[index + 1][0])


def _signed(roles: list[Role], start: int) -> bool:
    """A run that opens right under a byline or a date (furniture between): where an article starts."""
    above = start - 1
    while above >= 0 and start - above <= SIGNED_REACH and roles[above] in (Role.JUNK, Role.TEASER):
        above -= 1
    return above >= 0 and roles[above] in (Role.BYLINE, Role.DATELINE)


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
    stamps = [i for i, line in enumerate(lines) if is_timestamp(line) and not _STORY_AGE.search(line)]
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
    if not prose or any(roles[i] is Role.SHORT and headline_like(lines[i], Role.SHORT) for i in range(start, prose[0])):
        return False
    return bool(INNER_STOP.search(lines[prose[0]]))


def _paragraphs(roles: list[Role], lines: list[str], start: int, last: int) -> list[int]:
    """A post's prose lines, without a first one that reads as its headline (one sentence of a few words)."""
    prose = [i for i in range(start, last + 1) if roles[i] is Role.PROSE]
    if prose and len(lines[prose[0]].split()) <= POST_HEADLINE_MAX_WORDS and not INNER_STOP.search(lines[prose[0]]):
        return prose[1:]
    return prose


def _runs(roles: list[Role], lines: list[str]) -> Iterator[tuple[int, int, bool]]:
    """Runs of prose lines, each with whether only a block of furniture parts it from the next run.

    A short sentence ("He declined.") right after prose (an ad's label between at most) goes on with the run. More than
    :data:`MAX_GAP` short lines since the last paragraph or list item or a line that ends an article (:data:`_RUN_ENDS`) end it for
    good; more than :data:`FURNITURE_GAP` lines of short lines and furniture in a row (a menu,
    a teaser box, share buttons and a tag list) part it from the next.
    """
    start = last = closed = None
    gap = furniture = 0
    hard = False
    for i, role in enumerate(roles):
        close = gap == 0 and last is not None and i - last <= SHORT_SENTENCE_REACH
        if _is_running_text(lines[i], role) or (role is Role.SHORT and close and start is not None and short_sentence(lines[i])):
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


