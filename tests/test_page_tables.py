"""Page copies: a table copied cell by cell (headings, then rows of a name and its values) is passed over,
and the article goes on under it."""

import pytest

from articlecast.sources.furniture import Role
from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.tables import mark_copied_tables

HEADLINE = "We cooked a week of dinners on the discount store's camping stove"
BODY = [
    "The stove sells for forty-nine pounds this week, and we took it on a five-day trip along the coast path.",
    "It lit first time on every evening, even in the wind on the cliffs above Westmere.",
    "Boiling a litre of water took a little over four minutes, which is slower than the stoves we usually carry.",
]
TABLE = [
    "The best-selling camping stoves this week",
    "Name",
    "Price",
    "Shop",
    "Trailmate 2 compact burner",
    "59.99 pounds",
    "At the shop",
    "Fellside Twin camping stove",
    "84 pounds",
    "At the shop",
    "Pocket Flame mini",
    "24.50 pounds",
    "At the shop",
]
AFTER = [
    "Cleaning",
    "The pan support comes off in one piece and goes in the dishwasher, which we liked after a week of porridge.",
    "The verdict",
    "For a weekend away it does the job, and at this price it is hard to beat; for longer trips pack a second gas can.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_article_goes_on_under_a_shop_table_and_the_table_is_not_read():
    page = read_page_copy(_page("Home", "Tests", "Outdoors", HEADLINE, "By Ann Rowe", "3 June 2025", *BODY, *TABLE, *AFTER, "More tests"))
    assert page is not None
    texts = [block.text for block in page.blocks]
    assert texts[-1] == AFTER[-1]
    assert AFTER[1] in texts
    assert not set(TABLE) & set(texts)


def test_a_table_comparing_years_is_a_table():
    lines = ["Fare", "In 2023", "In 2024", "Change", "Adult", "4.20 pounds", "4.60 pounds", "+10%", "Child", "2.10 pounds", "2.30 pounds", "+10%", "Bike", "1 pound", "1.50 pounds", "+50%"]
    roles = [Role.SHORT] * len(lines)
    mark_copied_tables(lines, roles)
    assert roles == [Role.JUNK] * len(lines)


def test_a_league_table_of_names_and_points_is_a_table():
    lines = ["Team", "Played", "Points", "Westmere Rovers", "12", "28", "Lowmoor Town", "12", "25", "Harbour United", "11", "19"]
    roles = [Role.SHORT] * len(lines)
    mark_copied_tables(lines, roles)
    assert roles == [Role.JUNK] * len(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["News", "Sport", "Weather", "Letters", "Puzzles", "Jobs"],  # a menu: no row gives a value
        ["Previous", "Next", "1", "2", "3", "4", "5", "6"],  # a pager: no row names anything
        ["Local", "Sport", "Harbour wall to be rebuilt", "3 June 2025", "Ferry fares rise", "2 June 2025"],  # headlines over dates
        ["Local", "Sport", "Top 10 walks", "3 miles", "Best 5 pubs", "Pub quiz night"],  # figures of different forms
        ["Tickets", "Price", "Tickets", "5 pounds", "Tickets", "7 pounds"],  # the heading said again in the rows
    ],
)
def test_menus_pagers_and_headline_lists_are_no_table(lines):
    roles = [Role.SHORT] * len(lines)
    mark_copied_tables(lines, roles)
    assert roles == [Role.SHORT] * len(lines)
