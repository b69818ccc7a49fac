"""Saved pages: a writer's closing note, a section's pointer, a blog's banner, quotes with loose text, clock-only times."""

import datetime as dt

import pytest

from articlecast.sources import load_article
from articlecast.sources.authornote import is_author_note
from articlecast.sources.boxes import mark_neighbours
from articlecast.sources.furniture import FURNITURE, classify
from articlecast.sources.promo import is_credit_line

STORY = (
    "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
    "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
    "<p>The new timetable will cost the board about two hundred thousand pounds a year, paid for by fares.</p>"
)


def _load(tmp_path, body: str, head: str = "<title>Ferry to run every hour</title>"):
    page = tmp_path / "post.html"
    page.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return load_article(page)


def _text(article) -> str:
    return "\n".join(block.text for block in article.blocks)


@pytest.mark.parametrize(
    "note",
    [
        "Ann Bell writes about island life for the Courier. Follow her on Twitter @annbell_courier.",
        "Ann Bell is the Courier's harbour reporter. Contact her at ann.bell@courier.example or on Twitter, @annbell.",
        "Bell & Moss write about ferries every week. Follow them on Twitter @bellmoss or visit their site.",
        "Ann Bell ist Redakteurin im Ressort Hafen. Folgen Sie ihr auf Twitter: @annbell",
        "Ann Bell (aka harbourann) is the founder of Tidewatch, which charts the island's ferries. You can follow her on"
        " Twitter or LinkedIn. If you liked this post, subscribe to her weekly letter.",  # no handle: her name, what she is
    ],
)
def test_a_note_with_the_writers_handle_is_an_author_note(note):
    assert is_author_note(note)


@pytest.mark.parametrize(
    "prose",
    [
        "The harbour board said on Twitter that the plan is a start, and islanders replied to @harbourboard in their hundreds.",
        "Follow her advice, the skipper said: check the tide tables before you leave the quay.",
        "Ann Bell writes about island life for the Courier, and her column runs every Friday.",  # no handle nor address
        "The harbour master is a keen sailor, and you can follow her on Twitter for the tide times.",  # no name opens it
    ],
)
def test_prose_that_names_a_handle_or_a_writer_is_not_an_author_note(prose):
    assert not is_author_note(prose)


def test_a_closing_author_note_is_not_read(tmp_path):
    note = "<p><em>Ann Bell is the Courier's harbour reporter. Contact her at ann.bell@courier.example.</em></p>"
    text = _text(_load(tmp_path, f"<article><h1>Ferry to run every hour</h1>{STORY}{note}</article>"))
    assert "Contact her" not in text and "harbour reporter" not in text
    assert "paid for by fares" in text


@pytest.mark.parametrize(
    "line",
    [
        "Mehr Artikel aus dieser Rubrik gibt's hier: Hafen",
        "More stories from this section: Local news",
        "Plus d'articles dans la rubrique : Économie",
        "For more, read: The island school that teaches sailing before spelling",
        "The old quay in a poster from 1931. (Public domain)",  # a caption closed by its credit
        "The new lifeboat station opened in 2019. (Courier file photo)",
        "The harbour master on the slipway. (Staff photo)",
        "This article originally appeared on Courier.example.",  # a syndication note
        "Dieser Artikel erschien zuerst im Hafenblatt.",
        "A version of this article appears in print on May 4, 2024, on page 3 of the Island edition.",  # a print note
        "The ferry leaves the quay at dawn. Credit Ann Bell/The Island Courier",  # a caption closed by its credit
        "Interactive graphic: Where the ferry stops",
        "Find out what the harbour board decided this week, and get island news updates via Facebook, Twitter and the Quay"
        " Notes newsletter.",  # a call to follow the site
        "Bleiben Sie auf dem Laufenden rund um Hafen, Fähren und Inseln",
        "YOU ARE HERE: Home → Island → Harbour",  # a breadcrumb trail
        "Startseite » Region » Hafen",
        "Lire aussi Article réservé à nos abonnés Le port rouvre ses quais aux voiliers",  # label and headline in one line
        "Read also The ferry returns to the island",
        "Article réservé à nos abonnés",  # a paywall mark
    ],
)
def test_a_pointer_to_more_of_the_section_or_a_credited_caption_is_furniture(line):
    assert classify(line) in FURNITURE


@pytest.mark.parametrize(
    "prose",
    [
        "For more on the vote, the board will publish its minutes next week.",
        "The poster, printed in 1931, is now in the public domain and hangs in the library.",
        "The council bought the old quay in 2019. (see photo)",
        "This story first ran three weeks ago, and readers wrote in by the hundred to say the boat was late again.",
        "The bank lost money again. Credit Suisse declined to comment on the figures.",
        "Find out why the ferry was late: the harbour board says the engine failed twice in May.",
        "Fares rose » then fell » then rose again, the skippers said",
        "The route runs Quay → Market → School → Church.",
        "Popular Culture And The Harbour",  # a heading that starts with a one-word label
        "Zum Thema Fähren sagte der Minister, dass die Linie bleibt.",
    ],
)
def test_prose_about_more_or_the_public_domain_stays(prose):
    assert classify(prose) not in FURNITURE


def test_a_quote_keeps_its_text_before_its_first_paragraph(tmp_path):
    quote = (
        "<blockquote>The board counted four hundred crossings last summer, most of them full before noon."
        "<p>It expects the hourly boat to carry twice as many people by the autumn.</p></blockquote>"
    )
    text = _text(_load(tmp_path, f"<article><h1>Ferry to run every hour</h1>{STORY}{quote}</article>"))
    assert "four hundred crossings last summer" in text and "twice as many people" in text


BLOG_HEAD = (
    "<title>Ferry to run every hour - Quay Notes</title>"
    "<link rel='canonical' href='https://courier.example/quay-notes/2024/05/ferry-every-hour/'>"
    "<meta property='og:title' content='The island ferry will run every hour from May'>"
)


def test_a_blogs_banner_linking_to_the_blog_is_not_the_headline(tmp_path):
    body = (
        "<header><a href='/quay-notes/'><h1>Quay Notes: Life on the island, week by week</h1></a></header>"
        f"<article><h2>The island ferry will run every hour from May</h2>{STORY}</article>"
    )
    assert _load(tmp_path, body, BLOG_HEAD).title == "The island ferry will run every hour from May"


def test_a_headline_linking_to_its_own_page_stays_the_headline(tmp_path):
    body = (
        "<article><h1><a href='https://courier.example/quay-notes/2024/05/ferry-every-hour/'>"
        f"The island ferry will run every hour from May</a></h1>{STORY}</article>"
    )
    assert _load(tmp_path, body, BLOG_HEAD).title == "The island ferry will run every hour from May"


def test_a_time_element_with_only_a_clock_time_does_not_stop_the_page(tmp_path):
    body = (
        "<article><h1>Ferry to run every hour</h1><time datetime='9:58 AM EST'>9:58 AM EST</time>"
        f"<time datetime='2024-05-03T09:58:00+01:00'>3 May</time>{STORY}</article>"
    )
    article = _load(tmp_path, body)
    assert article.date == dt.datetime(2024, 5, 3, 9, 58, tzinfo=dt.timezone(dt.timedelta(hours=1)))


def test_a_headline_set_in_pieces_keeps_its_punctuation_close(tmp_path):
    body = f"<article><h1><i>Island Ferries</i>: a timetable for “<b>every</b>” hour</h1>{STORY}</article>"
    assert _load(tmp_path, body, "<title>Island Ferries: a timetable for every hour</title>").title == (
        "Island Ferries: a timetable for “every” hour"
    )


def test_a_photo_credit_after_a_label_is_a_credit_line():
    assert is_credit_line("Foto:\u00a0Ann Bell") and is_credit_line("Photo by Ann Bell")
    assert not is_credit_line("Photo: the quay at dawn")


def test_a_question_listed_under_a_read_also_label_is_an_entry_too():
    texts = [
        "The new timetable will cost the board about two hundred thousand pounds a year, paid for by fares.",
        "Read also:",
        "Harbour seals counted from the air for the first time",
        "Island school: will the new roof be ready by winter?",
        "Ferry fares: what the board pays for the hourly boat",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert [role in FURNITURE for role in roles] == [False, True, True, True, True]


def test_a_question_in_the_story_under_a_label_stays():
    texts = [
        "Mehr zum Thema:",
        "Was bedeutet das für die Fahrgäste auf der Insel?",
        "Die Fähre fährt ab Mai stündlich, und die Fahrkarten werden nicht teurer, sagte der Hafenmeister am Dienstag.",
    ]
    roles = mark_neighbours(texts, [classify(text) for text in texts])
    assert roles[2] not in FURNITURE
