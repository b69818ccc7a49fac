"""Lists of other stories told by their cards: teaser cards in a row, and headlines each over its own date.

The same for a page copy's lines and the blocks the HTML extractor kept (see :mod:`.boxes`):

- teaser cards, twice or more in a row, each a headline and its summary closed by the same link ("Read the rest"),
  or one card alone closed by a "Read now" button;
- in a page copy, under a "related" label, three or more cards whose headline runs into the summary on one line, with furniture under them;
- teaser cards, twice or more in a row, each a section's name the page shows elsewhere too, a
  headline and a one-sentence summary, under different section names (an ad label repeats itself);
- teaser cards, twice or more in a row, each a headline, a short summary and its writer's name;
- :data:`DATED_ENTRIES_MIN` or more headlines in a row, each over its own date (a section's name may
  stand between them): a list of other stories; an article's headline has one date under it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .datelines import find_date
from .furniture import Role, ends_sentence, is_ad_label
from .linerole import INNER_STOP
from .listlabels import is_label_line

LIST_MIN_LINES = 2
GLUED_CARDS_MIN = 3
GLUED_CARD_MAX_WORDS = 60
"""Words of a card whose headline runs into its summary on one line: a headline's fifteen and a summary's forty-five."""
_MORE_LINK = re.compile(r"^(?:read more|more|continue reading|weiterlesen|mehr|lire la suite|leer más|leia mais|czytaj dalej|читать далее|читати далі)\W*$", re.I)
TEASER_SUMMARY_MAX_WORDS = 45
_READ_NOW = re.compile(r"^(?:read (?:it )?now|jetzt lesen|lire maintenant|leer ahora|читать сейчас|читати зараз)\W*$", re.I)
"""A card's button that asks to read its story now: one card closed by it between paragraphs is a teaser too (a "Read more" may go on with the article)."""


def mark_teaser_cards(texts: list[str], roles: list[Role]) -> None:
    """Mark the rows of teaser cards (kicked, signed, linked) ``JUNK``."""
    _kicked_teasers(texts, roles)
    _signed_teasers(texts, roles)
    _linked_teasers(texts, roles)


def _linked_teasers(texts: list[str], roles: list[Role]) -> None:
    """Teaser cards in a row, each a headline, its summary and the same link under it ("Read the rest"), not an ad's label."""

    def same_link(cards: list[int], index: int) -> bool:
        return not cards or _same(texts[index + 2], texts[cards[0] + 2])

    for cards in _card_rows(texts, roles, _linked_card, same_link):
        alone = len(cards) == 1 and _READ_NOW.match(texts[cards[0] + 2].strip()) and len(texts[cards[0] + 1].split()) <= TEASER_SUMMARY_MAX_WORDS
        if len(cards) >= LIST_MIN_LINES or alone:
            for card in cards:
                roles[card] = roles[card + 1] = Role.JUNK


def mark_glued_cards(texts: list[str], roles: list[Role]) -> None:
    """Under a "related" label right after a paragraph, :data:`GLUED_CARDS_MIN` or more short paragraphs in a row with furniture right under them: cards
    whose headline runs into the summary ("Pets help us heal A review of studies lists …"); an article's paragraphs go on with more text.

    For a page copy, which shows a box's links under its label; the HTML extractor may drop the links and keep the label
    over the article's last paragraphs.
    """
    for index, text in enumerate(texts):
        if not is_label_line(text) or _MORE_LINK.match(text.strip()) or not index or roles[index - 1] is not Role.PROSE:
            continue  # "Read more" links on to the rest of a story; a label over the article heads no box in it
        below = index + 1
        while below < len(texts) and roles[below] is Role.PROSE and len(texts[below].split()) <= GLUED_CARD_MAX_WORDS:
            below += 1
        closed = below < len(texts) and roles[below] in (Role.JUNK, Role.BREAK)
        if below - index - 1 >= GLUED_CARDS_MIN and closed:
            for card in range(index + 1, below):
                roles[card] = Role.JUNK


def _card_rows(
    texts: list[str], roles: list[Role], is_card: Callable[[list[str], list[Role], int], bool],
    joins: Callable[[list[int], int], bool] = lambda cards, index: True,
) -> Iterator[list[int]]:
    """Runs of three-line cards in a row, each run the indices of its cards' first lines; ``joins`` says whether
    a card belongs with the run before it. The caller may mark a run before the scan goes on."""
    index = 0
    while index < len(texts):
        cards: list[int] = []
        while index + 2 < len(texts) and is_card(texts, roles, index) and joins(cards, index):
            cards.append(index)
            index += 3
        if cards:
            yield cards
        index += not cards


def _linked_card(texts: list[str], roles: list[Role], index: int) -> bool:
    closed = roles[index + 2] is Role.JUNK and not is_ad_label(texts[index + 2]) and not ends_sentence(texts[index + 2])
    return roles[index] is Role.SHORT and roles[index + 1] in (Role.PROSE, Role.TEASER) and closed


def _same(text: str, other: str) -> bool:
    return " ".join(text.casefold().split()) == " ".join(other.casefold().split())


CARD_KICKER_MAX_WORDS = 3


def _kicked_teasers(texts: list[str], roles: list[Role]) -> None:
    """Teaser cards in a row: a section's name repeated from the menu (furniture already), a headline, one summary sentence."""
    for cards in _card_rows(texts, roles, _teaser_card):
        kickers = {" ".join(texts[card].casefold().split()) for card in cards}
        if len(cards) >= LIST_MIN_LINES and len(kickers) > 1:
            for card in cards:
                roles[card + 1] = roles[card + 2] = Role.JUNK


TEASER_NAME_MAX_WORDS = 4


def _signed_teasers(texts: list[str], roles: list[Role]) -> None:
    """Teaser cards in a row, each a headline, a short summary and the name of who wrote that story."""
    for cards in _card_rows(texts, roles, _signed_card):
        if len(cards) >= LIST_MIN_LINES:
            for card in cards:
                roles[card : card + 3] = [Role.JUNK] * 3


def _signed_card(texts: list[str], roles: list[Role], index: int) -> bool:
    headline, summary, name = texts[index : index + 3]
    words = name.split()
    return (
        roles[index] in (Role.SHORT, Role.JUNK)
        and not ends_sentence(headline)
        and roles[index + 1] in (Role.PROSE, Role.TEASER, Role.JUNK)
        and len(summary.split()) <= TEASER_SUMMARY_MAX_WORDS
        and roles[index + 2] in (Role.SHORT, Role.JUNK, Role.BYLINE)
        and 2 <= len(words) <= TEASER_NAME_MAX_WORDS
        and all(word[0].isupper() and not any(char.isdigit() for char in word) for word in words)
        and not ends_sentence(name)
    )


def _teaser_card(texts: list[str], roles: list[Role], index: int) -> bool:
    kicker, headline, summary = texts[index : index + 3]
    return (
        roles[index] is Role.JUNK
        and len(kicker.split()) <= CARD_KICKER_MAX_WORDS
        and not ends_sentence(kicker)
        and roles[index + 1] is Role.SHORT
        and not headline.rstrip("\"”’»)").endswith(".")
        and roles[index + 2] in (Role.PROSE, Role.TEASER)
        and len(summary.split()) <= TEASER_SUMMARY_MAX_WORDS
        and not INNER_STOP.search(summary)
    )


DATED_ENTRIES_MIN = 3
ENTRY_GAP_MAX = 2
"""Lines (a section's name, a picture's label) between one entry's date and the next entry's headline."""
_ENTRY_ROLES = (Role.SHORT, Role.ITEM, Role.JUNK, Role.BYLINE, Role.TEASER)


def mark_dated_entries(texts: list[str], roles: list[Role]) -> None:
    """Mark headlines in a row, each with its date alone on the line under it and as many lines between each: a list of other stories.

    The article's own headline over its date, then such a list, stands further (or nearer) from the
    list's first entry than the entries stand from each other, so it stays out of the list.
    """
    entries: list[tuple[int, int]] = []
    for stamp in range(1, len(texts) + 1):
        if stamp < len(texts) and not (_date_alone(texts[stamp], roles[stamp]) and roles[stamp - 1] in _ENTRY_ROLES and not _date_alone(texts[stamp - 1], roles[stamp - 1])):
            continue
        gap = stamp - 1 - entries[-1][1] - 1 if entries and stamp < len(texts) else None
        if entries and (gap is None or gap > ENTRY_GAP_MAX or (len(entries) >= 2 and gap != entries[1][0] - entries[0][1] - 1)):
            _mark_entries(entries, roles)
            entries = entries[-1:] if gap is not None and gap <= ENTRY_GAP_MAX else []
        if stamp < len(texts):
            entries.append((stamp - 1, stamp))


def _mark_entries(entries: list[tuple[int, int]], roles: list[Role]) -> None:
    if len(entries) >= DATED_ENTRIES_MIN:
        first, last = entries[0][0], entries[-1][1]
        roles[first : last + 1] = [Role.JUNK if role is not Role.PROSE else role for role in roles[first : last + 1]]


def _date_alone(text: str, role: Role) -> bool:
    found = find_date(text) if role in (Role.DATELINE, Role.JUNK, Role.SHORT) else None
    return found is not None and len(text.strip()) - (found[2] - found[1]) <= 2


CARD_STAMP_REACH = 2
"""Lines of furniture between a card's summary and its story's date or byline under it."""


def stamped_card(roles: list[Role], start: int, last: int) -> bool:
    """A run of prose from ``start`` to ``last`` that is one paragraph right over a date or byline (furniture between at most
    :data:`CARD_STAMP_REACH` lines): a teaser card's summary over its story's date, not the article going on past a box."""
    if sum(roles[i] is Role.PROSE for i in range(start, last + 1)) != 1:
        return False
    below = last + 1
    while below < len(roles) and below - last <= CARD_STAMP_REACH and roles[below] in (Role.JUNK, Role.TEASER):
        below += 1
    return below < len(roles) and roles[below] in (Role.DATELINE, Role.BYLINE)
