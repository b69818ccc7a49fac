"""Furniture told by its neighbours: teaser boxes, "related" lists, promo boxes and paywall pitches.

:mod:`.furniture` judges each line alone; these rules look at the lines around it, the same way
for a page copy's lines (:mod:`.pagetext`) and for the blocks the HTML extractor kept (:mod:`.html`):

- a teaser's headline and kicker (up to :data:`TEASER_HEAD` short or date lines right above it);
- an embedded video: its "WATCH |" label, its length and the description under it;
- a photo caption: the line right above a credit line ("Ann Bell/Lowmoor Courier");
- a genre kicker ("Q&A", "Analyse") between paragraphs, with the headline under it;
- the short lines (headlines) listed under a "read also" / "related" label, up to a headline
  that has its own date or byline under it;
- teasers (a headline and a one-paragraph summary, twice or more) under such a label;
- the heading of a promo box: a short line followed by :data:`BOX_MIN_LINES` or more substantial
  lines of furniture;
- a paywall pitch or the heading of a comment section's rules, and what follows while it keeps
  speaking to the reader.
"""

from __future__ import annotations

import re

from .furniture import Role
from .promo import (
    is_credit_line,
    is_duration,
    is_kicker,
    is_label_line,
    is_media_label,
    is_pitch,
    mentions_subscription,
    opens_rules,
    site_speaks,
)

TEASER_HEAD = 2
BOX_MIN_LINES = 2
BOX_LINE_MIN_WORDS = 6
LIST_MIN_LINES = 2
KICKER_HEADLINE_MAX_WORDS = 15
TEASER_SUMMARY_MAX_WORDS = 45
CAPTION_MAX_WORDS = 50

_HEADLINE_ROLES = (Role.SHORT, Role.ITEM)


def mark_neighbours(texts: list[str], roles: list[Role]) -> list[Role]:
    """``roles`` with the furniture that only its neighbours reveal marked ``JUNK``."""
    roles = list(roles)
    _teaser_heads(roles)
    _media_blocks(texts, roles)
    _captions_above_credits(texts, roles)
    _listed_under_labels(texts, roles)
    _teasers_under_labels(texts, roles)
    _box_headings(texts, roles)
    _kicker_boxes(texts, roles)
    _pitches(texts, roles)
    return roles


def _teaser_heads(roles: list[Role]) -> None:
    for index, role in enumerate(roles):
        if role is not Role.TEASER:
            continue
        for above in range(index - 1, max(index - 1 - TEASER_HEAD, -1), -1):
            if roles[above] not in (Role.SHORT, Role.DATELINE):
                break
            roles[above] = Role.JUNK


def _media_blocks(texts: list[str], roles: list[Role]) -> None:
    """An embedded video: its label ("WATCH | …"), its length and the one description under it."""
    for index, text in enumerate(texts):
        if not is_media_label(text):
            continue
        roles[index] = Role.JUNK
        below = index + 1
        while below < len(texts) and is_duration(texts[below]):
            roles[below] = Role.JUNK
            below += 1
        if below < len(texts) and roles[below] in (Role.PROSE, Role.SHORT) and len(texts[below].split()) <= CAPTION_MAX_WORDS:
            roles[below] = Role.JUNK


def _captions_above_credits(texts: list[str], roles: list[Role]) -> None:
    """A photo's caption: the line right above its credit ("Ann Bell/Lowmoor Courier")."""
    for index in range(1, len(texts)):
        above = index - 1
        if is_credit_line(texts[index]) and roles[above] in (Role.PROSE, Role.SHORT) and len(texts[above].split()) <= CAPTION_MAX_WORDS:
            roles[above] = Role.JUNK


def _kicker_boxes(texts: list[str], roles: list[Role]) -> None:
    """A genre kicker between paragraphs and the headline under it (one sentence, not ending in a full stop)."""
    for index in range(1, len(texts) - 1):
        above = next((roles[i] for i in range(index - 1, -1, -1) if roles[i] is not Role.JUNK), None)
        if roles[index] is Role.SHORT and above is Role.PROSE and is_kicker(texts[index]):
            headline = texts[index + 1]
            one_sentence = len(re.findall(r"[.!?](?:\s|$)", headline)) <= 1 and not headline.rstrip("\"”’»)").endswith(".")
            if len(headline.split()) <= KICKER_HEADLINE_MAX_WORDS and one_sentence:
                roles[index] = roles[index + 1] = Role.JUNK


def _listed_under_labels(texts: list[str], roles: list[Role]) -> None:
    for index, text in enumerate(texts):
        if not is_label_line(text):
            continue
        listed = []
        for below in range(index + 1, len(texts)):
            if below + 1 < len(roles) and roles[below + 1] in (Role.DATELINE, Role.BYLINE):
                break  # a headline with its own date or byline under it: the article's, not a list entry
            if roles[below] in _HEADLINE_ROLES:
                listed.append(below)
            elif roles[below] not in (Role.JUNK, Role.TEASER):
                break
        if len(listed) >= LIST_MIN_LINES:
            for below in listed:
                roles[below] = Role.JUNK


def _teasers_under_labels(texts: list[str], roles: list[Role]) -> None:
    """Under a "more stories" label, two or more teasers in a row: a headline, then one short summary."""
    for index, text in enumerate(texts):
        if not is_label_line(text):
            continue
        teasers: list[int] = []
        below = index + 1
        while below + 1 < len(texts) and roles[below] is Role.SHORT and roles[below + 1] in (Role.PROSE, Role.TEASER):
            if len(texts[below + 1].split()) > TEASER_SUMMARY_MAX_WORDS:
                break
            teasers += [below, below + 1]
            below += 2
        if len(teasers) >= 2 * LIST_MIN_LINES:
            for line in teasers:
                roles[line] = Role.JUNK


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


def _pitches(texts: list[str], roles: list[Role]) -> None:
    """A paywall pitch or a comment section's rules, and what follows while it speaks to the reader."""
    index = 0
    while index < len(texts):
        if not (is_pitch(texts[index]) or opens_rules(texts[index])):
            index += 1
            continue
        roles[index] = Role.JUNK
        index += 1
        while index < len(texts) and roles[index] not in (Role.BREAK, Role.BYLINE):
            text = texts[index]
            if roles[index] is Role.PROSE and not (site_speaks(text) or mentions_subscription(text)):
                break
            roles[index] = Role.JUNK
            index += 1
