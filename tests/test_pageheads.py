"""Headlines of page copies found by where they stand: a one-word headline over its picture's
credit, a short headline shown again over its picture under the byline."""

import pytest

from articlecast.sources.pagetext import read_page_copy

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]
BUTTONS = ["Share", "Facebook", "Twitter", "Print", "Comments"]
HEADLINE_TEXT = "Harbour board votes to dredge the Westmere channel"


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_one_word_headline_over_its_pictures_credit_is_the_title():
    page = read_page_copy(_page(*MENU, "Harbours", "© Westmere Courier", "Topic", "Coastal trade", *BUTTONS, *BODY))
    assert page is not None
    assert page.title == "Harbours"
    assert [block.text for block in page.blocks] == BODY


def test_a_short_line_over_the_pages_dated_copyright_is_no_title():
    page = read_page_copy(_page(*MENU, "Harbours", "© 2025 Westmere Courier", *BUTTONS, *BODY))
    assert page is not None
    assert page.title is None


def test_a_short_headline_shown_again_under_the_byline_beats_the_kicker_over_it():
    headline = "Tides and towers"
    kicker = "Notes from the harbour wall this week"
    deck = "The harbour board wants its channel back before the autumn ferries start, and the skippers agree with it."
    page = read_page_copy(_page(*MENU, kicker, headline, deck, "By Ann Rowe, 3 June 2025", headline, *BUTTONS, *BODY))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


@pytest.mark.parametrize(
    "after_title",
    [" | Westmere Courier", " Print version: westmere-courier.example/harbour"],
    ids=["window title", "window title glued to the line under it"],
)
def test_the_line_the_windows_title_repeats_is_the_headline_whatever_stands_under_it(after_title):
    headline = "Harbour board votes to dredge the Westmere channel"
    summary = "Ferry timetable changes for the autumn season"
    lines = [f"{headline}{after_title}", *MENU, "All the news", headline, summary, *BODY, *BUTTONS]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == headline


def test_the_headline_over_a_shorter_deck_and_the_date_beats_a_related_link_over_the_article():
    headline = "Harbour board votes to dredge the whole Westmere channel this autumn"
    deck = "Skippers get their channel back by October"
    related = ["Read also", "A cold spring.", "Why the gulls stay inland this year"]
    page = read_page_copy(_page(*MENU, headline, deck, "Harbour — Ann Rowe, today, 18:06", *related, *BODY, *BUTTONS))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


def test_a_kicker_over_the_headline_and_the_date_is_no_headline():
    page = read_page_copy(_page(*MENU, "Harbour", HEADLINE_TEXT, "3 June 2025", *BUTTONS, *BODY))
    assert page is not None
    assert page.title == HEADLINE_TEXT


def test_a_menu_the_copy_opens_with_and_shows_again_names_no_headline():
    menu = ["Boats & Harbours", "Weather & Tides", "Letters"]
    byline = ["By Ann Rowe", "3 June 2025"]
    page = read_page_copy(_page(*menu, *menu, "Up next", HEADLINE_TEXT, *byline, *BUTTONS, *BODY))
    assert page is not None
    assert page.title == HEADLINE_TEXT


def test_a_section_label_shown_in_the_menu_and_over_the_date_is_no_headline():
    menu = ["Home", "Harbour Life", "Weather", "Letters", "Sport"]
    lines = [*menu, "Contact", "Sport", "Letters", "Harbour Life", "04/06/2025", HEADLINE_TEXT, "© Photo: Tom Reid", *BODY, *BUTTONS]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE_TEXT


def test_a_line_of_categories_over_the_headline_is_no_headline():
    lines = [*MENU, "Share", "Boats, Harbour life, Weather", "Westmere dredges its channel at last", "By Ann Rowe", "3 June 2025", *BODY, *BUTTONS]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == "Westmere dredges its channel at last"


def test_a_short_headline_shown_twice_in_a_row_over_its_subtitle_is_the_title():
    headline = "Westmere Tides"
    lines = [*MENU, "Breadcrumb", "Home", headline, headline, "Life on the harbour wall", *BODY, *BUTTONS]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


def test_a_row_of_footer_links_on_top_over_the_article_and_under_it_is_no_headline():
    links = "About Us Careers Terms Contact Us"
    deck = "The harbour board wants its channel back before the autumn ferries start."
    lines = [links, *MENU, links, HEADLINE_TEXT, deck, "By Ann Rowe 3 June 2025 7:18 pm", *BODY, *BUTTONS, links]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE_TEXT
