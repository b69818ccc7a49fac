"""Furniture told by its neighbours: teaser boxes, "related" lists, promo boxes and paywall pitches.

:mod:`.furniture` judges each line alone; these rules look at the lines around it, the same way
for a page copy's lines (:mod:`.pagetext`) and for the blocks the HTML extractor kept (:mod:`.html`):

- a teaser's headline and kicker (up to :data:`TEASER_HEAD` short or date lines right above it);
- an embedded video: its "WATCH |" label, its length and the description under it; its title over its length and source;
- a video playlist: two or more lengths ("1:32", "02:15 Title", "Title 02:15") with no prose
  between them, and the titles beside lengths that stand alone;
- a photo caption: the line right above a credit line ("Ann Bell/Lowmoor Courier");
- an embedded social post: its signature ("— Name (@handle) date", "… Name (@handle) on date") and the post above a dashed one;
- a line speaking to the reader ("Our free briefing brings you …") between two lines of furniture;
- a donation box's pitch right over its button ("… support us." / "Donate Now");
- a sign-up box's blurb ("The week's stories from the coast"), between two lines of its form;
- a genre kicker ("Q&A", "Analyse") between paragraphs, with the headline under it;
- the short lines (headlines) listed under a "read also" / "related" label, up to a headline
  that has its own date or byline under it; inside the article, one such headline alone between the label and the next paragraph;
- teasers (a headline and a one-paragraph summary, twice or more) under such a label;
- a story's card between paragraphs: a headline over its "read more" link, or under a "learn more" kicker;
- teaser cards in a row and headlines each over its date (:mod:`.teasercards`);
- the heading of a promo box: a short line followed by :data:`BOX_MIN_LINES` or more substantial
  lines of furniture;
- a paywall pitch or the heading of a comment section's rules, and what follows while it keeps
  speaking to the reader;
- a line said again right under itself: a video's title on its player and under it;
- :data:`COUNTED_MIN_LINES` or more short lines in a row that differ only in a number: a widget's
  options or a pager ("Rate it 1 star", "Rate it 2 stars", …); the bare numbers 1, 2, 3, … one per line: a slider's buttons;
- two headlines or more in a row between two paragraphs: links to other stories set in the text;
- a box of key figures, each over its sentence, and a legend of codes, a list (:mod:`.factboxes`).
"""

from __future__ import annotations

import re

from .appeals import pitch_over_payment, pitches_button, sign_up_pitch
from .creditcaptions import mark_captions_above_credits, mark_captions_under_credits
from .embeds import is_dashed_signature, is_post_signature, mark_bare_video_blocks, mark_handle_posts, signs_post_above
from .factboxes import mark_fact_boxes, mark_legends
from .furniture import Role, ends_sentence, is_form_text
from .linerole import INNER_STOP
from .polls import mark_polls
from .pitches import is_pitch, mentions_subscription, site_speaks
from .promo import (
    is_duration,
    is_kicker,
    is_label_line,
    is_media_label,
    opens_rules,
)
from .teasercards import LIST_MIN_LINES, TEASER_SUMMARY_MAX_WORDS, mark_dated_entries, mark_teaser_cards

TEASER_HEAD = 2
BOX_MIN_LINES = 2
BOX_LINE_MIN_WORDS = 6
KICKER_HEADLINE_MAX_WORDS = 15
TEASER_TAG_MAX_WORDS = 3
"""Words of the section's label between a teaser's headline and its summary at most."""
MIN_CARD_WORDS = 4
POINTED_REACH = 12
"""Lines under a "see also" label where its one headline and the paragraph after it stand (other cards' names and dates between)."""
_MORE_LINK = re.compile(
    r"^(?:read more|weiterlesen|lire la suite|en savoir plus|leer más|ver más|saiba mais|leia mais|ler mais|czytaj (?:dalej|więcej)"
    r"|подробнее|читать далее|детальніше|докладніше|читати далі|inf[oó]rmate más|más información|mehr erfahren)\s*[»›→>.…]*$",
    re.I,
)
"""A link to another story standing alone on its card ("Leer más", "Weiterlesen", "Infórmate más")."""
CAPTION_MAX_WORDS = 50
FORM_NOTE_MAX_WORDS = 120

_HEADLINE_ROLES = (Role.SHORT, Role.ITEM)


def mark_neighbours(texts: list[str], roles: list[Role]) -> list[Role]:
    """``roles`` with the furniture that only its neighbours reveal marked ``JUNK``."""
    return neighbour_marks(texts, roles)[0]


def neighbour_marks(texts: list[str], roles: list[Role]) -> tuple[list[Role], set[int]]:
    """:func:`mark_neighbours`, and the lines it marked only as entries listed under a label."""
    roles = list(roles)
    mark_polls(texts, roles)
    mark_handle_posts(texts, roles)
    mark_bare_video_blocks(texts, roles)
    mark_legends(texts, roles)
    _said_twice_in_a_row(texts, roles)
    _counted_rows(texts, roles)
    _numbered_buttons(texts, roles)
    mark_dated_entries(texts, roles)
    _teaser_heads(roles)
    _media_blocks(texts, roles)
    _playlists(texts, roles)
    mark_captions_above_credits(texts, roles)
    mark_captions_under_credits(texts, roles)
    _embedded_posts(texts, roles)
    listed = _listed_under_labels(texts, roles)
    _teasers_under_labels(texts, roles)
    _one_pointed_under_labels(texts, roles)
    _cards_with_more_links(texts, roles)
    mark_teaser_cards(texts, roles)
    _box_headings(texts, roles)
    _kicker_boxes(texts, roles)
    _pitches(texts, roles)
    _boxed_pitches(texts, roles)
    _button_pitches(texts, roles)
    _form_blurbs(texts, roles)
    mark_fact_boxes(texts, roles)
    _links_between_paragraphs(texts, roles)
    return roles, set(listed)


def _teaser_heads(roles: list[Role]) -> None:
    for index, role in enumerate(roles):
        if role is not Role.TEASER:
            continue
        for above in range(index - 1, max(index - 1 - TEASER_HEAD, -1), -1):
            if roles[above] not in (Role.SHORT, Role.DATELINE):
                break
            roles[above] = Role.JUNK


_SOURCED_LENGTH = re.compile(
    r"^\d{1,2}:\d{2}(?::\d{2})?\s*[-–—|·]\s*(?:source|quelle|fuente|źródło|источник|джерело|video|vidéo|vídeo)\s*:", re.I
)
"""A video's length and where it comes from, under its title: "02:12 - Source: Coast TV"."""


def _media_blocks(texts: list[str], roles: list[Role]) -> None:
    """An embedded video: its label ("WATCH | …"), its length and the one description under it; or its title over its length and source."""
    for index, text in enumerate(texts):
        if _SOURCED_LENGTH.match(text.strip()):
            roles[index] = Role.JUNK
            if index and roles[index - 1] is Role.SHORT:
                roles[index - 1] = Role.JUNK
        if not is_media_label(text):
            continue
        roles[index] = Role.JUNK
        below = index + 1
        while below < len(texts) and is_duration(texts[below]):
            roles[below] = Role.JUNK
            below += 1
        if below > index + 1 and below < len(texts) and roles[below] in (Role.PROSE, Role.SHORT) and len(texts[below].split()) <= CAPTION_MAX_WORDS:
            roles[below] = Role.JUNK


_GLUED_DURATION = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?\s*[^\W\d]|[^\W\d]\W?\s*\d{1,2}:\d{2}(?::\d{2})?$")
PLAYLIST_TITLE_MAX_WORDS = 20


def _playlists(texts: list[str], roles: list[Role]) -> None:
    """Video playlists: lengths two or more times with no prose between, each with the title beside it."""
    lengths = [i for i, text in enumerate(texts) if _is_length(text)]
    for first, second in zip(lengths, lengths[1:]):
        if any(roles[i] is Role.PROSE for i in range(first + 1, second)):
            continue
        for index in (first, second):
            roles[index] = Role.JUNK
            if is_duration(texts[index]):
                for beside in (index - 1, index + 1):
                    if 0 <= beside < len(texts) and roles[beside] is Role.SHORT:
                        roles[beside] = Role.JUNK


def _is_length(text: str) -> bool:
    """A video's length standing alone, or glued to the start or end of a short title ("02:15Chile fires")."""
    if is_duration(text):
        return True
    return len(text.split()) <= PLAYLIST_TITLE_MAX_WORDS and not ends_sentence(text) and bool(_GLUED_DURATION.search(text.strip()))


POST_MAX_WORDS = 70


def _embedded_posts(texts: list[str], roles: list[Role]) -> None:
    """An embedded social post: its signature ("— Harbour Board (@harbour) May 3, 2024") and the post's text above it: one
    line (a picture's caption over "A post shared by …"), or, over a dashed signature, the short lines a copy broke the post into (up to :data:`POST_MAX_WORDS` words; its lines with a
    link may be furniture already)."""
    for index, text in enumerate(texts):
        if not is_post_signature(text):
            continue
        roles[index] = Role.JUNK
        above = index - 1
        if above < 0 or not signs_post_above(text):
            continue
        if roles[above] is Role.PROSE or not is_dashed_signature(text):
            roles[above] = Role.JUNK if len(texts[above].split()) <= POST_MAX_WORDS else roles[above]
            continue
        words, broken = 0, False
        while above >= 0 and (roles[above] is Role.SHORT or (roles[above] is Role.JUNK and not broken)):
            words += len(texts[above].split())
            if words > POST_MAX_WORDS:
                break
            broken = broken or roles[above] is Role.SHORT
            roles[above] = Role.JUNK
            above -= 1


_FURNITURE_ROLES = (Role.JUNK, Role.TEASER)
_STAMP_ROLES = (Role.DATELINE, Role.BYLINE)


def _boxed_pitches(texts: list[str], roles: list[Role]) -> None:
    """A line speaking to the reader between two lines of furniture: a promo box's blurb ("Our free briefing brings you …")."""
    for index in range(1, len(texts) - 1):
        boxed = roles[index - 1] in _FURNITURE_ROLES and roles[index + 1] in _FURNITURE_ROLES
        if boxed and roles[index] in (Role.PROSE, Role.SHORT) and len(texts[index].split()) <= CAPTION_MAX_WORDS and site_speaks(texts[index]):
            roles[index] = Role.JUNK


def _button_pitches(texts: list[str], roles: list[Role]) -> None:
    """A donation box's pitch, right over its button ("Fight for everyone's rights – support us." / "Donate Now"); a newsletter box's, over "Subscribe"."""
    for index in range(len(texts) - 1):
        if roles[index] in (Role.PROSE, Role.SHORT) and pitches_button(texts[index], texts[index + 1]):
            roles[index] = Role.JUNK
    for index in range(len(texts)):
        for at in pitch_over_payment(texts, index):  # "Sie lesen gern …?" / "Zeigen Sie Ihre Wertschätzung!" / "via PayPal"
            roles[at] = roles[index] = Role.JUNK
        for at in sign_up_pitch(texts, index):  # "Keep up with our daily newsletter." / "Subscribe"
            roles[at] = roles[index] = Role.JUNK


def _form_blurbs(texts: list[str], roles: list[Role]) -> None:
    """A form's blurb: a line between two lines of furniture that name its form ("Free weekly newsletter", "Your e-mail"),
    the site's fine print (up to :data:`FORM_NOTE_MAX_WORDS`) between its fields and other furniture, or the site speaking
    to the reader between the box's heading and its first field ("We send you our best stories" / "E-mail address"), and
    that heading."""
    for index in range(1, len(texts) - 1):
        around = (index - 1, index + 1)
        boxed = all(roles[i] in _FURNITURE_ROLES for i in around) and roles[index] in (Role.PROSE, Role.SHORT)
        words = len(texts[index].split())
        if boxed and all(is_form_text(texts[i]) for i in around) and words <= CAPTION_MAX_WORDS:
            roles[index] = Role.JUNK
        elif boxed and is_form_text(texts[index - 1]) and words <= FORM_NOTE_MAX_WORDS and site_speaks(texts[index]):
            roles[index] = Role.JUNK  # "If you are happy to be contacted, please leave a number …" under the fields
        elif _pitch_over_field(texts, roles, index) and words <= CAPTION_MAX_WORDS:
            roles[index - 1] = roles[index] = Role.JUNK  # "We send you our best stories" under the box's heading, over its field


def _pitch_over_field(texts: list[str], roles: list[Role], index: int) -> bool:
    under_heading = roles[index - 1] is Role.SHORT and roles[index] is Role.PROSE
    return under_heading and roles[index + 1] in _FURNITURE_ROLES and is_form_text(texts[index + 1]) and site_speaks(texts[index])


def _kicker_boxes(texts: list[str], roles: list[Role]) -> None:
    """A genre kicker between paragraphs and the headline under it (one sentence, not ending in a full stop)."""
    above = None  # the role of the nearest line above that is not furniture
    for index in range(len(texts) - 1):
        if roles[index] is Role.SHORT and above is Role.PROSE and is_kicker(texts[index]):
            headline = texts[index + 1]
            one_sentence = len(re.findall(r"[.!?](?:\s|$)", headline)) <= 1 and not headline.rstrip("\"”’»)").endswith(".")
            if len(headline.split()) <= KICKER_HEADLINE_MAX_WORDS and one_sentence:
                roles[index] = roles[index + 1] = Role.JUNK
        if roles[index] is not Role.JUNK:
            above = roles[index]


QUESTION_HEADLINE_MAX_WORDS = 12


def _asks_in_a_headline(text: str) -> bool:
    """A short question with no sentence before it ("L'affaire camouflée à Ottawa?"): a headline, as list entries go."""
    return len(text.split()) <= QUESTION_HEADLINE_MAX_WORDS and text.endswith("?") and not re.search(r"[.!?…]\s", text)


def _listed_under_labels(texts: list[str], roles: list[Role]) -> list[int]:
    """Mark the short lines listed under a "read also" / "related" label (past furniture between them); their indices."""
    found = []
    last_kept: Role | None = None  # the last role above that is not furniture, kept as the scan goes (a scan back per label was quadratic)
    for index, text in enumerate(texts):
        if index and roles[index - 1] not in _FURNITURE_ROLES:
            last_kept = roles[index - 1]
        if not is_label_line(text):
            continue
        inside = last_kept is Role.PROSE
        listed, stamps = [], []
        for below in range(index + 1, len(texts)):
            if is_label_line(texts[below]):
                break  # the next label lists its own
            if below - 1 in listed and roles[below] in _STAMP_ROLES and inside:
                stamps.append(below)  # an entry's own date, in a list set inside the article
            elif below + 1 < len(roles) and roles[below + 1] in _STAMP_ROLES and not inside:
                break  # a headline with its own date or byline under it: the article's, not a list entry
            elif roles[below] in _HEADLINE_ROLES or _asks_in_a_headline(texts[below]):
                listed.append(below)
            elif roles[below] not in _FURNITURE_ROLES:
                break
        if len(listed) >= LIST_MIN_LINES:
            for below in listed + stamps:
                roles[below] = Role.JUNK
            found.extend(listed)
    return found


def _teasers_under_labels(texts: list[str], roles: list[Role]) -> None:
    """Under a "more stories" label, two or more teasers in a row: a headline, then one short summary (maybe its section's label between)."""
    for index, text in enumerate(texts):
        if not is_label_line(text):
            continue
        teasers: list[int] = []
        below, count = index + 1, 0
        while below + 1 < len(texts) and roles[below] is Role.SHORT:
            summary = below + 1
            if roles[summary] is Role.JUNK and len(texts[summary].split()) <= TEASER_TAG_MAX_WORDS and summary + 1 < len(texts):
                summary += 1  # the section's label
            if roles[summary] not in (Role.PROSE, Role.TEASER) or len(texts[summary].split()) > TEASER_SUMMARY_MAX_WORDS:
                break
            teasers += range(below, summary + 1)
            below, count = summary + 1, count + 1
        if count >= LIST_MIN_LINES:
            for line in teasers:
                roles[line] = Role.JUNK


def _one_pointed_under_labels(texts: list[str], roles: list[Role]) -> None:
    """One headline under a "see also" label, with the article's paragraphs above and below: a story pointed to.

    A page sets a single teaser in the text this way ("Zobacz także", a section's name, one
    headline, then the text goes on); a subheading never stands under such a label, and a line
    that ends like a sentence is the article's own, so it stays. A short paragraph ending like a
    sentence is running text as much as a long one, above the label or below the headline.
    """
    above = None  # the last line above that is not furniture, kept as the scan goes (one pass, however many labels)
    for index, text in enumerate(texts):
        if is_label_line(text) and above is not None and _running(texts[above], roles[above]):
            below = [i for i in range(index + 1, min(index + POINTED_REACH + 1, len(texts))) if roles[i] not in _FURNITURE_ROLES][:2]
            headline, after = below if len(below) == 2 else (None, None)
            if headline is not None and roles[headline] in _HEADLINE_ROLES and _running(texts[after], roles[after]) and not texts[headline].rstrip("\"”’»)").endswith("."):
                roles[headline] = Role.JUNK
        if roles[index] not in _FURNITURE_ROLES:
            above = index


def _running(text: str, role: Role) -> bool:
    """A line of the article's running text: prose, or a short paragraph that ends like a sentence ("Про це повідомили у мерії.")."""
    return role is Role.PROSE or (role is Role.SHORT and ends_sentence(text))


def _cards_with_more_links(texts: list[str], roles: list[Role]) -> None:
    """A story's card set between two paragraphs: its headline over a "read more" link, or under a "learn more" kicker.

    The article's own paragraphs end in a full stop; a line of headline length without one right
    over such a link (or right under it, when a paragraph stands over the link) names another story.
    Over the link, a headline may be two sentences with no stop after the second ("Rents rose again.
    Who pays now"); an excerpt cut short ends in an ellipsis, and stays.
    """
    for index, text in enumerate(texts):
        if not _MORE_LINK.match(text.strip()):
            continue
        above, below = index - 1, index + 1
        if above >= 0 and roles[above] in (Role.SHORT, Role.PROSE) and _card_headline(texts[above], over_link=True):
            roles[above] = roles[index] = Role.JUNK
        elif above >= 0 and roles[above] is Role.PROSE and below < len(texts) and roles[below] in (Role.SHORT, Role.PROSE) and _card_headline(texts[below]):
            roles[below] = roles[index] = Role.JUNK


def _card_headline(text: str, over_link: bool = False) -> bool:
    words = len(text.split())
    bare = text.rstrip("\"”’»)")
    if not MIN_CARD_WORDS <= words <= KICKER_HEADLINE_MAX_WORDS + 10 or bare.endswith((".", "…", ",", ";", ":")):
        return False
    return over_link or not INNER_STOP.search(text)


def _said_twice_in_a_row(texts: list[str], roles: list[Role]) -> None:
    """A short line the page shows again right under itself (a video's title on the player, then as its caption): every copy is furniture."""
    folded = [" ".join(text.casefold().split()) for text in texts]
    for index in range(1, len(texts)):
        if folded[index] and folded[index] == folded[index - 1] and roles[index] in (Role.SHORT, Role.JUNK):
            roles[index - 1] = roles[index] = Role.JUNK


COUNTED_MIN_LINES = 3
_NUMBER = re.compile(r"\d+")


def _counted_rows(texts: list[str], roles: list[Role]) -> None:
    """Short lines in a row that say the same words around another number each: a rating widget's options, a pager."""
    masked = [_NUMBER.sub("#", " ".join(text.casefold().split())) if roles[index] in (*_HEADLINE_ROLES, Role.JUNK) else "" for index, text in enumerate(texts)]
    start = 0
    for index in range(1, len(texts) + 1):
        if index < len(texts) and masked[index] == masked[start] and texts[index] != texts[index - 1]:
            continue
        if index - start >= COUNTED_MIN_LINES and "#" in masked[start] and re.search(r"[^\W\d_]", masked[start]):
            roles[start:index] = [Role.JUNK] * (index - start)
        start = index


def _numbered_buttons(texts: list[str], roles: list[Role]) -> None:
    """Lines that are only the numbers 1, 2, 3, … in a row: a pager's or a photo slider's buttons, one per line."""
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and texts[end].strip() == str(end - index + 1):
            end += 1
        if end - index >= COUNTED_MIN_LINES:
            roles[index:end] = [Role.JUNK] * (end - index)
        index = max(end, index + 1)


LINKED_HEADLINE_MIN_WORDS = 6
"""Words of each headline of a row of links set between two paragraphs; a subheading and its kicker are shorter."""
LINKED_HEADLINE_MAX_WORDS = 30
"""A longer line is a paragraph closed by no full stop (a smiley after its last sentence), not a headline."""


def _links_between_paragraphs(texts: list[str], roles: list[Role]) -> None:
    """Headlines of other stories, two or more in a row, set between two paragraphs of the article.

    A subheading stands alone over its section; two lines in a row of six words or more that open
    upper case and end without a full stop, a question mark or a colon are links ("Rates rise again. What it means for you").
    """
    index = 1
    while index < len(texts):
        end = index
        while end < len(texts) and roles[end] is Role.SHORT and _linked_headline(texts[end]):
            end += 1
        if end - index >= LIST_MIN_LINES and roles[index - 1] is Role.PROSE and end < len(texts) and roles[end] is Role.PROSE:
            roles[index:end] = [Role.JUNK] * (end - index)
        index = end + 1


def _linked_headline(text: str) -> bool:
    words = text.split()
    return LINKED_HEADLINE_MIN_WORDS <= len(words) <= LINKED_HEADLINE_MAX_WORDS and text[0].isupper() and not text.rstrip("\"”’»)").endswith((".", "?", "!", ":", ",", ";"))


def _box_headings(texts: list[str], roles: list[Role]) -> None:
    for index, role in enumerate(roles):
        if role is not Role.SHORT:
            continue
        following = 0
        for below in range(index + 1, len(texts)):
            if roles[below] is not Role.JUNK or len(texts[below].split()) < BOX_LINE_MIN_WORDS:
                break
            following += 1
        if following >= BOX_MIN_LINES:
            roles[index] = Role.JUNK


PITCH_BUTTON_MAX_WORDS = 3
"""Words of a short line a pitch takes along without it speaking to the reader (a price, a button)."""


def _pitches(texts: list[str], roles: list[Role]) -> None:
    """A paywall pitch or a comment section's rules, and what follows while it speaks to the reader.

    Short lines of a few words (prices, buttons) go with it; a longer short line that does not
    speak to the reader (a headline) or a date ends it.
    """
    index = 0
    while index < len(texts):
        if not (is_pitch(texts[index]) or opens_rules(texts[index])):
            index += 1
            continue
        roles[index] = Role.JUNK
        index += 1
        while index < len(texts) and roles[index] not in (Role.BREAK, Role.BYLINE, Role.DATELINE):
            text = texts[index]
            speaks = site_speaks(text) or mentions_subscription(text)
            if roles[index] is Role.PROSE and not speaks:
                break
            if roles[index] is Role.SHORT and not speaks and len(text.split()) > PITCH_BUTTON_MAX_WORDS:
                break  # a headline: the page goes on past the pitch
            roles[index] = Role.JUNK
            index += 1
