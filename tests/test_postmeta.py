"""A blog post's meta lines under its text (filed where, its permalink, its rating's votes) are not read."""

import pytest

from articlecast.sources.furniture import Role, classify
from articlecast.sources.pagetext import read_page_copy

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
]

MENU = ["Home", "About", "Archive", "Harbour", "Sign in", "Subscribe"]


@pytest.mark.parametrize(
    "line",
    [
        "This entry was posted in Harbour news and tagged ferries, tides. Bookmark the permalink.",
        "This entry was posted on Tuesday, May 3rd, 2011 at 10:15 am and is filed under News. You can follow any responses to this entry through the RSS 2.0 feed.",
        "Dieser Eintrag wurde veröffentlicht in Hafen und verschlagwortet mit Fähre. Setze ein Lesezeichen auf den Permalink.",
        "Запись опубликована в рубрике Новости. Добавьте в закладки постоянную ссылку.",
        "1,00 von 5 Sternen, basierend auf 3 abgegebenen Stimmen.",
        "Rated 4.5/5 based on 12 reviews.",
    ],
)
def test_post_meta_and_vote_counts_are_furniture(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "The entry was posted in error, the council said on Tuesday.",
        "Posted in the harbour office since 1990, the map shows every wreck.",
        "Of the 5 of 10 boats based on 3 islands, most are older than the quay.",
    ],
)
def test_sentences_about_posting_and_counts_stay(line):
    assert classify(line) is Role.PROSE


def test_post_meta_under_a_blog_post_ends_its_copy():
    meta = "This entry was posted in Harbour news and tagged ferries, tides. Bookmark the permalink."
    page = read_page_copy("\n".join([*MENU, "Dredging at last", "May 3, 2011", *BODY, meta, "Leave a Reply", *MENU]))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY
