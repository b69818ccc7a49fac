"""The headline of a page copy where the nearest headline-like line over the article misleads.

A page repeats its headline: as the last crumb of a breadcrumb or in a sticky header above the
article header, in a "save as PDF" box or on a player's label. So, of the lines above the article,
the nearest one that the page showed already further up, and that stands right over prose (its
deck or the article itself), a date or a byline, is the headline, however many teaser boxes,
captions and share buttons stand between it and the article. The first showing stands over no
prose: a label the page repeats over each of its notices ("For your information" / "If you press
this button …") is no headline, nor is a back link the page shows again under the article (it
was not shown before). Menus repeat their entries too, but as a block: an entry shown twice has
the same neighbours both times. A sticky header may cut the headline short ("… pour la doctrine
du maintien..."): that shows it too.

A headline may be a question standing right under the article's date, over the article
(:func:`asks_headline`): when the line over the date is a label the page shows again and again
(its section, in the menu, the breadcrumb and the footer), the question is the headline. Under a
headline of its own, the same question opens the article; so does one under share buttons below
the date, and the line over the date is the headline (:func:`headline_over_buttons`).

More headlines found by where they stand: the line the copy's first line (the window's title)
repeats over the article (:func:`headline_in_title_bar`); a headline of a word or two over its
picture's credit (:func:`headline_over_credit`); one shown twice in a row over its subtitle
(:func:`shown_twice_over`); a headline over a shorter deck over the date
(:func:`headline_over_deck`); one over its byline with many buttons between, under its deck or
date (:func:`near_over`); the headline over the article's date when a caption or a deck stands under that date
(:func:`headline_over_date`). Not the headline: an entry of a "related" list set between the date and
the article (:func:`listed_entry`), a section's label over the headline
(:func:`section_label_over`), a line of categories (:func:`tag_list`).
"""

from __future__ import annotations

import re

from .furniture import FURNITURE, Role, classify, ends_sentence, find_date, is_picture_copyright
from .linerole import NAME_LINKS, said_twice
from .listlabels import is_label_line
from .promo import is_credit_line, labelled_link

REACH = 30
"""Lines above the article (or its byline) where a headline shown again is looked for."""
MIN_WORDS = 2
TAG_MIN_LABELS = 3
TAG_MAX_WORDS = 3
"""Words of one category's label in a line of them at most."""
LISTED_REACH = 5
"""Lines between a list's entry and the "related" label over the list at most."""
LABEL_UNDER_DATE = 2
"""Lines between the article's date or byline and the label of a list under it at most."""
DECK_HEAD_MIN_WORDS = 4
"""Words of a deck under a longer headline at least; of a headline over a longer deck at least."""
DECK_MIN_WORDS = 8
"""Words of a deck under a shorter headline at least; a shorter line under a short one is the headline under its kicker."""
CREDIT_REACH = 10
"""Lines above the article where the credit of the picture under a headline stands at most (a topic, buttons between)."""
MIN_HEADLINE_WORDS = 3
"""Words of a headline found by its shape alone; a shorter one needs its picture's credit under it."""
NEAR_LINES = 7
"""Lines between a headline and the byline under it at most, unless its deck or date stands between."""
MAX_WORDS = 25
CUT_MIN_CHARS = 20
"""Characters a cut copy of the headline keeps at least ("… du maintien...")."""

QUESTION_MIN_WORDS = 3
QUESTION_MAX_WORDS = 15
DATE_MAX_WORDS = 6
BUTTONS_MAX_LINES = 6
"""Lines of furniture (share and print buttons, an advertisement's label) between a date and the article under it."""
UNDER_BYLINE_MIN_WORDS = 4
"""Words of a headline under the byline; a button there has fewer ("Mail the author")."""
LABEL_SHOWN_MIN = 3
"""Showings of a section's label (menu, breadcrumb, footer); a headline shows twice at most (a breadcrumb or sticky header, and over the article)."""

_WEB_ADDRESS = re.compile(r"\bwww\.|://")
_CUT = re.compile(r"\s*(?:\.\.\.|…)$")
_INNER_STOP = re.compile(r"[.!?…]\s+\S")
_TIME_OF_DAY = re.compile(r"\b\d{1,2}:\d{2}\b")
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b")
"""A date in figures ("14/01/2020", "09.08.13"), which a player or a date box shows under a headline."""
_OVER = (Role.PROSE, Role.BYLINE, Role.DATELINE)
_SHARE_BUTTON = re.compile(r"^(?:share|tweet|e-?mail|teilen|partager|compartir)\b", re.I)
"""A share bar's button ("Share on Facebook", "Tweet", "Email"), of :data:`BUTTON_MAX_WORDS` words at most."""
BUTTON_MAX_WORDS = 5
ECHO_MARKS = (":", "-", "–", "—", "|")
"""What sets a headline apart at the end of a share button's or a sticky header's line."""
TITLE_BAR_MARKS = ("|", "-", "–", "—")
"""What sets a headline apart from the site's name after it in a window's title ("<headline> | Daily Courier")."""
SITE_NAME_MAX_WORDS = 4
DATE_REACH = 5
NAMES_MAX_WORDS = 6
"""Lines between the article's date and its first paragraph at most (a caption, share buttons, a picture's credit)."""
_CLOSERS = "\"”’»)"
MENU_SHOWINGS = 3
"""Whole showings of a line that make it a row of links: a headline shows in the window's title and over the article."""


def shown_headline(lines: list[str], roles: list[Role], above: int) -> str | None:
    """The nearest line in the :data:`REACH` lines above ``above`` that the page shows again as its headline, or None; never a byline."""
    folded = [" ".join(line.casefold().split()) for line in lines]
    for index in range(above - 1, max(-1, above - REACH - 1), -1):
        if roles[index] is Role.BYLINE:
            continue  # a writer's name shown twice, in a writer box over the date, signs the article
        if _headline_shaped(lines[index]) and _over_article(lines, roles, index) and _shown_before(folded, roles, index):
            return lines[index]
    return None


def section_label_over(lines: list[str], shown: str, nearest: str, above: int) -> bool:
    """The line shown again (``shown``, its last showing above line ``above``) is a section's label over the ``nearest`` headline: a word or two, further up.

    A page shows its section in the menu and again over the headline ("Science" / "3 May 2024" /
    "<headline>"); the headline stands under its label, never over it.
    """
    last = max(index for index in range(above) if lines[index] == shown)
    return len(shown.split()) < MIN_HEADLINE_WORDS and last < lines.index(nearest)


def shown_twice_over(lines: list[str], index: int) -> bool:
    """The two lines over line ``index`` say the same headline-shaped words: the headline shown twice (a header and the article's), ``index`` its deck."""
    return index >= 2 and lines[index - 1] == lines[index - 2] and _headline_shaped(lines[index - 1])


def tag_list(line: str) -> bool:
    """A line of the article's categories ("Boats, Harbour life, Weather"): three or more capitalised labels of a few words between commas."""
    parts = [part.strip() for part in line.split(",")]
    short = all(part and part[0].isupper() and len(part.split()) <= TAG_MAX_WORDS for part in parts)
    return len(parts) >= TAG_MIN_LABELS and short and not ends_sentence(line)


def asks_headline(lines: list[str], roles: list[Role], start: int) -> bool:
    """Line ``start`` over the article's prose is a question headline: one short question under a date, under a label shown over and over."""
    line = lines[start]
    if not (2 <= start and start + 1 < len(lines) and roles[start + 1] is Role.PROSE):
        return False
    if not (QUESTION_MIN_WORDS <= len(line.split()) <= QUESTION_MAX_WORDS and line[0].isupper() and line.rstrip().endswith("?")):
        return False
    label = " ".join(lines[start - 2].casefold().split())
    dated = _dated(lines[start - 1]) and len(lines[start - 1].split()) <= DATE_MAX_WORDS
    shown = sum(" ".join(other.casefold().split()) == label for other in lines)
    return dated and shown >= LABEL_SHOWN_MIN and said_once(lines, line) and not _INNER_STOP.search(line.rstrip().rstrip("?"))


def headline_over_buttons(lines: list[str], roles: list[Role], index: int) -> str | None:
    """The headline over its date, when line ``index``, a question, opens the article under the buttons below that date.

    A question set apart right over the article, with only furniture (share and print buttons, an
    advertisement's label) between it and the date, is the article's first line; the line over
    the date, headline-shaped and shown once, is the headline.
    """
    if not lines[index].rstrip().endswith("?") or index + 1 >= len(lines) or roles[index + 1] is not Role.PROSE:
        return None
    above = index - 1
    while above > 0 and index - above <= BUTTONS_MAX_LINES and roles[above] is Role.JUNK:
        above -= 1
    if above == index - 1 or above < 1 or not _dated(lines[above]) or roles[above] is Role.PROSE:
        return None
    head = lines[above - 1]
    return head if _headline_shaped(head) and roles[above - 1] is not Role.PROSE and said_once(lines, head) else None


DECK_BUTTONS_MAX_LINES = 3
BUTTON_MAX_WORDS = 4


def headline_over_buttons_over_deck(lines: list[str], roles: list[Role], index: int, min_words: int, min_deck_words: int) -> str | None:
    """The headline over line ``index``, its deck, when only a few buttons stand between them ("Share", "Время чтения: 2 мин").

    A toolbar set under the headline parts it from its deck: the line over the buttons, headline-shaped, shown once, with at
    least ``min_words`` words and fewer than the deck's (which has ``min_deck_words`` or more), is the headline. A date or a
    byline between them is no button: a line under a date is a headline in its own right.
    """
    deck_words = len(lines[index].split())
    above = index - 1
    while above > 0 and index - above <= DECK_BUTTONS_MAX_LINES and roles[above] is Role.JUNK and len(lines[above].split()) <= BUTTON_MAX_WORDS and not _dated(lines[above]):
        above -= 1
    if above == index - 1 or deck_words < min_deck_words or roles[above] in (Role.PROSE, Role.DATELINE, Role.BYLINE) or _dated(lines[above]):
        return None
    head = lines[above]
    fits = min_words <= len(head.split()) < deck_words and _headline_shaped(head) and said_once(lines, head) and not said_twice(head)
    return head if fits else None  # a menu's label given twice ("Weather Weather") is no headline


_BUTTON_AFTER_BAR = re.compile(r"^(?:subscribe|sign (?:in|up)|log ?in|register|follow|share|donate|buy|order|more|e-?mail|print|rss)\W*$")
"""What a menu sets after a bar beside a paper's or section's name ("Island Courier | Subscribe"): a button, not a site's name."""


def echoed(lines: list[str], index: int) -> bool:
    """The page says ``lines[index]`` again in a longer line: after a colon, dash or bar ("Share: <headline>"), or before the site's name.

    A window's title (the page's ``<title>``, which a copy may show) is the headline and the
    site's name after a bar or dash ("<headline> | Daily Courier"); a button after the bar ("Island Courier | Subscribe")
    is a menu's. A line merely repeated whole is no sign: menus and print headers repeat their entries too.
    """
    folded = " ".join(lines[index].casefold().split())
    for line in (line for line in lines if not labelled_link(line)):  # "Read also: <headline>" points elsewhere
        other = " ".join(line.casefold().split())
        if len(other) > len(folded) and other.endswith(folded) and other[: -len(folded)].rstrip()[-1:] in ECHO_MARKS:
            return True
        site = other[len(folded) :].split() if other.startswith(folded) else []
        if site and site[0] in TITLE_BAR_MARKS and 1 <= len(site) - 1 <= SITE_NAME_MAX_WORDS and not _BUTTON_AFTER_BAR.match(" ".join(site[1:])):
            return True
    return False


def near_over(lines: list[str], roles: list[Role], found: int, byline_at: int) -> bool:
    """Line ``found`` stands near over the byline: :data:`NEAR_LINES` lines at most, or :data:`REACH` with its deck or date between
    or with furniture only (share buttons, each on its line) besides :data:`NEAR_LINES` lines.

    Buttons, a photo's caption and credit or a reading time may stand between a headline and its
    byline, however many they are, under a deck or a date that shows the article's head goes on;
    a line further up over nothing but furniture is a menu's entry; a share bar's buttons, however many, are no distance.
    """
    between = range(found + 1, byline_at)
    headed = any(roles[index] in (Role.PROSE, Role.DATELINE) or _dated(lines[index]) for index in between)
    buttons = sum(roles[index] is Role.JUNK and len(lines[index].split()) <= BUTTON_MAX_WORDS and bool(_SHARE_BUTTON.match(lines[index])) for index in between)
    others = len(between) - buttons
    return len(between) <= NEAR_LINES or (len(between) <= REACH and (headed or others <= NEAR_LINES))


def listed_entry(lines: list[str], roles: list[Role], index: int) -> bool:
    """Line ``index`` is an entry of a "read also" / "related" list set between the article's date and its text.

    Only furniture (the list's other entries) stands between it and the list's label, and the
    article's date or byline right over the label: the article's head is over the list, not under it.
    """
    for above in range(index - 1, max(-1, index - LISTED_REACH - 1), -1):
        if is_label_line(lines[above]):
            head = range(max(0, above - LABEL_UNDER_DATE), above)
            return any(roles[line] in (Role.DATELINE, Role.BYLINE) or _dated(lines[line]) for line in head)
        if roles[above] not in (Role.JUNK, Role.TEASER):
            return False
    return False


def headline_over_deck(lines: list[str], roles: list[Role], index: int) -> bool:
    """Line ``index`` is a deck without a full stop under its headline, over the article's date: the line above is the headline.

    Of two headline-like lines right over the date, the upper is the headline when the lower is
    no longer (a kicker over a headline is shorter than it), unless the upper gives a web address
    (a print header: "Printed from: www.…").
    """
    below, upper = index + 1, index - 1
    if upper < 0 or below >= len(lines) or not (roles[below] is Role.DATELINE or _dated(lines[below])):
        return False
    head, deck = lines[upper], lines[index]
    shaped = roles[upper] is Role.SHORT and _headline_shaped(head) and not _dated(head) and not _WEB_ADDRESS.search(head)
    return shaped and DECK_HEAD_MIN_WORDS <= len(deck.split()) <= len(head.split())  # as long as the headline: a deck still


def headline_in_title_bar(lines: list[str], above: int) -> str | None:
    """The line near over the article (in the :data:`REACH` lines above ``above``) that the copy's first line, the window's title, repeats.

    A copy may open with the page's title, the headline alone or with the site's name after a bar
    or a dash ("<headline> | Daily Courier"); the line over the article that says the same is the
    headline, whatever boxes stand between. A copy without blank lines may have glued the line
    under the title to it. A menu that the copy opens with and shows again (the same entry under
    the line both times) names no headline, nor does a row of links the page shows
    :data:`MENU_SHOWINGS` times or more (on top, over the article and again in its footer).
    """
    if not lines:
        return None
    first = " ".join(lines[0].casefold().split())
    marks = [first.rsplit(f" {mark} ", 1)[0] for mark in TITLE_BAR_MARKS if f" {mark} " in first]
    titles = {first, *(head for head in marks if len(first[len(head) :].split()) - 1 <= SITE_NAME_MAX_WORDS)}
    for index in range(above - 1, max(0, above - REACH - 1), -1):
        line = lines[index]
        folded = " ".join(line.casefold().split())
        titled = folded in titles or first.startswith(folded + " ")  # a hard wrap may have glued the next line to the title
        titled = titled and (index + 1 >= len(lines) or lines[index + 1] != lines[1])  # not a menu shown twice
        titled = titled and sum(" ".join(other.casefold().split()) == folded for other in lines) < MENU_SHOWINGS  # a footer's links
        if titled and len(line.split()) >= MIN_HEADLINE_WORDS and _headline_shaped(line):
            return line
    return None


def headline_over_credit(lines: list[str], roles: list[Role], above: int) -> str | None:
    """A headline of a word or two over its picture's credit ("Harbours" / "© Westmere Courier"), for a page with no longer one near the article.

    A page that opens its article with a big picture under the headline shows the picture's
    credit right under it; a copyright without a year there is the picture's, not the page's footer.
    """
    for index in range(above - 1, max(0, above - CREDIT_REACH - 1), -1):
        credit, head = lines[index].strip(), lines[index - 1].strip()
        if is_picture_copyright(credit):
            named = 1 <= len(head.split()) < MIN_HEADLINE_WORDS and head[0].isupper() and not ends_sentence(head)
            return head if named and roles[index - 1] is Role.SHORT else None
    return None


def headline_under_date_over_credit(lines: list[str], index: int) -> bool:
    """Line ``index``, taken for a caption over a picture's credit, is the headline: under its date, with no headline over that date.

    A page that opens its article with a picture shows the headline, its date, then the picture's credit.
    """
    if not (index and _dated(lines[index - 1]) and index + 1 < len(lines) and is_credit_line(lines[index + 1])):
        return False
    above = lines[index - 2] if index >= 2 else ""
    return len(above.split()) < MIN_HEADLINE_WORDS or not _headline_shaped(above)


def headline_under_byline(lines: list[str], roles: list[Role], byline_at: int, start: int) -> str | None:
    """The headline between the byline and the article (``start``), the one nearest the article, for a page with none near over the byline.

    Some pages set the byline and date first and the headline under them (over the article, a
    photo or a share bar between); a line of a few words there ("Mail the author") is a button, not it.
    """
    for index in range(start - 1, byline_at, -1):
        line = lines[index]
        if roles[index] is not Role.PROSE and len(line.split()) >= UNDER_BYLINE_MIN_WORDS and _headline_shaped(line):
            return line
    return None


def opening_line(lines: list[str], roles: list[Role], start: int) -> int:
    """The article's first line: ``start``, or a short sentence right over it that stands under the byline or date.

    A short first sentence ("It rained again.") is no paragraph by its length, but between the
    article's date (only furniture between them: a caption, buttons) and its prose it opens the article.
    """
    above = start - 1
    line = lines[above]
    if above < 0 or roles[above] is not Role.SHORT or len(line.split()) < QUESTION_MIN_WORDS or not ends_sentence(line) or line.rstrip().endswith(":"):
        return start
    index = above - 1
    while index >= 0 and above - index <= BUTTONS_MAX_LINES and roles[index] is Role.JUNK:
        index -= 1
    return above if index >= 0 and roles[index] in (Role.BYLINE, Role.DATELINE) else start


STANDFIRST_MIN_WORDS = 12
STANDFIRST_MAX_WORDS = 60
STANDFIRST_MAX_LINES = 2
SIGNATURE_MAX_LINES = 6
_SIGNATURE_ROLES = (Role.BYLINE, Role.BREAK, Role.JUNK, Role.DATELINE)


def standfirst_over_byline(lines: list[str], roles: list[Role], start: int) -> list[int]:
    """The lines of a standfirst over the byline that heads the body: one or two statements of
    :data:`STANDFIRST_MIN_WORDS` to :data:`STANDFIRST_MAX_WORDS` words, under the headline, then the
    writer's name, box and buttons (at most :data:`SIGNATURE_MAX_LINES` lines), then the article. A news
    site's stamp of when the story went up stands where the name does ("Online seit heute, 12.09 Uhr")."""
    above = start - 1
    while above >= 0 and start - above <= SIGNATURE_MAX_LINES and roles[above] in _SIGNATURE_ROLES:
        above -= 1
    if not any(role in (Role.BYLINE, Role.DATELINE) for role in roles[above + 1 : start]):
        return []
    first = above
    while first >= 0 and above - first < STANDFIRST_MAX_LINES and roles[first] is Role.PROSE and ends_sentence(lines[first]):
        first -= 1
    lead = list(range(first + 1, above + 1))
    words = sum(len(lines[index].split()) for index in lead)
    if not lead or not STANDFIRST_MIN_WORDS <= words <= STANDFIRST_MAX_WORDS or (first >= 0 and roles[first] is Role.PROSE):
        return []
    return lead


LISTED_HEADLINE_MIN_WORDS = 4
"""Words of a headline over its date that a list of posts shows again; a section's label there is shorter."""


def _listed_again(lines: list[str], index: int) -> bool:
    """Line ``index`` is a headline that the page lists again (a sidebar's "Popular posts"), so was taken for furniture."""
    return len(lines[index].split()) >= LISTED_HEADLINE_MIN_WORDS and _headline_shaped(lines[index]) and not said_once(lines, lines[index])


def said_once(lines: list[str], text: str) -> bool:
    """The page shows ``text`` on one line only."""
    folded = " ".join(text.casefold().split())
    return sum(" ".join(line.casefold().split()) == folded for line in lines) == 1


def _headline_shaped(line: str) -> bool:
    """A line of a few words that opens upper case and ends no statement: no full stop, no colon, no date, not in capitals throughout."""
    words = len(line.split())
    stem = _CUT.sub("", line)
    if not MIN_WORDS <= words <= MAX_WORDS or line.isupper() or stem.rstrip().endswith((".", ":")) or _INNER_STOP.search(stem):
        return False
    if not line[0].isupper():  # a tag or a link ("creative commons"), not a headline
        return False
    return classify(line) in (Role.SHORT, Role.TEASER, Role.PROSE) and not _dated(line)


def _over_article(lines: list[str], roles: list[Role], index: int) -> bool:
    """The line stands right over prose, a byline or a date."""
    below = index + 1
    return below < len(lines) and (roles[below] in _OVER or _dated(lines[below]))


def _shown_before(folded: list[str], roles: list[Role], index: int) -> bool:
    """The page showed ``folded[index]`` further up with other neighbours (not as a menu's entry), or cut short, first over no prose."""
    line = folded[index]

    def neighbour(at: int, step: int) -> str:
        return folded[at + step] if 0 <= at + step < len(folded) else ""

    for other in range(index):
        text = folded[other]
        stem = _CUT.sub("", text)
        same = text == line and neighbour(other, -1) != neighbour(index, -1) and neighbour(other, 1) != neighbour(index, 1)
        cut = stem != text and len(stem) >= CUT_MIN_CHARS and len(stem) < len(line) and line.startswith(stem)
        if same or cut:
            return roles[other + 1] is not Role.PROSE
    return False


def _dated(line: str) -> bool:
    return bool(find_date(line) or _TIME_OF_DAY.search(line) or _NUMERIC_DATE.search(line))


def headline_over_date(lines: list[str], roles: list[Role], above: int) -> str | None:
    """The headline over the article's date, when one line at most (a caption, a deck) stands between that date and the article.

    The head of a page copy reads: kicker, headline, deck, the writer's names, the date, then the
    picture's caption and the article. So the line shaped like a headline over the date is the
    headline (a section's label, a deck ending in a full stop and a line of names may stand
    between; a headline a list of posts shows again is no label), not the caption under the date. A line under the date that is shaped like a headline
    and longer than the one over it is the headline under its kicker: then None. Over a line of names
    the headline may be two words long (a language without articles says much in two: "Koncesjonowana opozycja").
    """
    index, between = above - 1, []
    while index > 0 and roles[index] is not Role.DATELINE:
        between += [index] if roles[index] not in FURNITURE else []
        if len(between) > 1 or above - index >= DATE_REACH:
            return None
        index -= 1
    head = index - 1
    while head > 0 and roles[head] is Role.JUNK and index - head < 3 and not _listed_again(lines, head):  # the section's label
        head -= 1
    if head > 0 and _names(lines[head]):  # a byline without "By"
        head -= 1
    if head > 0 and roles[head] is Role.PROSE and ends_sentence(lines[head]) and not _full_stop(lines[head - 1]):  # a deck
        head -= 1
    elif head > 0 and (headline_over_deck(lines, roles, head) or _under_headline(lines, roles, head)):  # a deck without a full stop
        head -= 1
    words = len(lines[head].split()) if head >= 0 else 0
    named = 0 <= head < index - 1 and _names(lines[head + 1])  # "Koncesjonowana opozycja" over its writer's name
    shaped = head >= 0 and (roles[head] in (Role.SHORT, Role.PROSE) or _listed_again(lines, head))
    if head < 0 or index <= 0 or not shaped or not MIN_HEADLINE_WORDS - named <= words <= MAX_WORDS:
        return None
    if _full_stop(lines[head]) or _dated(lines[head]) or is_label_line(lines[head]) or (named and _names(lines[head])):
        return None
    under = lines[between[0]] if between else ""
    if under and (not said_once(lines, under) or (not _full_stop(under) and len(under.split()) > words)):
        return None  # the headline shown again under the date, or the headline under its kicker
    return lines[head]


def _names(line: str) -> bool:
    """A few capitalised names and the words that link them ("Ann Rowe in Westmere"): a byline without "By"."""
    words = line.split()
    return 1 <= len(words) <= NAMES_MAX_WORDS and not ends_sentence(line) and not any(char.isdigit() for char in line) and all(
        word[0].isupper() or word.casefold() in NAME_LINKS for word in words
    ) and words[0][0].isupper()


def _under_headline(lines: list[str], roles: list[Role], index: int) -> bool:
    """Line ``index`` is a deck under a shorter headline (:data:`DECK_HEAD_MIN_WORDS` words or more; a kicker has fewer)."""
    upper, words = lines[index - 1], len(lines[index].split())
    return roles[index - 1] is Role.SHORT and _headline_shaped(upper) and DECK_HEAD_MIN_WORDS <= len(upper.split()) < words and words >= DECK_MIN_WORDS


def _full_stop(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith(".")
