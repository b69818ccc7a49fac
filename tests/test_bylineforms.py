"""Bylines in other forms than "By Ann Rowe" on one line: the byword alone over the names, a
genre's byline ("Eine Analyse von …"); and a headline over its byline with many buttons between."""

from articlecast.sources.bylineforms import names_only, read_byline, spread_byline_roles
from articlecast.sources.furniture import Role, classify
from articlecast.sources.pagetext import read_page_copy

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
HEADLINE = "Harbour board votes to dredge the Westmere channel"
DECK = "The lifeboat crew has waited for the tide since spring, and skippers want the work done before the ferries start."
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]
BUTTONS = ["Share", "Facebook", "Twitter", "Print", "Comments"]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_byword_alone_over_the_names_makes_both_lines_the_byline():
    lines = ["Von", "Ann Rowe und Tom Reid (Autorin)", BODY[0]]
    roles = spread_byline_roles(lines, [Role.SHORT, Role.SHORT, Role.PROSE])
    assert roles == [Role.BYLINE, Role.BYLINE, Role.PROSE]
    byline = read_byline(lines, 1)
    assert byline is not None and byline.author == "Ann Rowe und Tom Reid"


def test_a_byword_over_a_sentence_or_a_date_is_no_byline():
    assert not names_only("Skippers want the work done.")
    assert not names_only("3 June 2025")
    lines = ["By", "the harbour wall", BODY[0]]
    assert spread_byline_roles(lines, [Role.SHORT, Role.SHORT, Role.PROSE]) == [Role.SHORT, Role.SHORT, Role.PROSE]


def test_a_genre_byline_names_the_author_and_is_no_headline():
    for line, author in (("Eine Reportage von Ann Rowe", "Ann Rowe"), ("A column by Tom Reid", "Tom Reid"), ("Une chronique de Léa Roux", "Léa Roux")):
        assert spread_byline_roles([line], [Role.SHORT]) == [Role.BYLINE]
        byline = read_byline([line], 0)
        assert byline is not None and byline.author == author
    assert spread_byline_roles(["Eine Reportage von der Küste"], [Role.SHORT]) == [Role.SHORT]


def test_the_headline_over_a_deck_and_a_genre_byline_is_the_title():
    page = read_page_copy(_page(*MENU, "more", HEADLINE, DECK, "Eine Analyse von Ann Rowe", "3. Juni 2025, 9:21 Uhr", *BUTTONS, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe"
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_over_buttons_and_a_two_line_byline_beats_the_teasers_under_it():
    teasers = ["Lighthouse keepers meet again", "Ferry timetable: what changes in autumn", "Why the gulls stay inland", "Order the magazine"]
    lines = [*MENU, HEADLINE, DECK, "2 min read", *BUTTONS, "3 June 2025", "Westmere Courier", "By", "Ann Rowe", *teasers, *BODY]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe"
    assert [block.text for block in page.blocks] == BODY


def test_an_author_box_under_a_quote_closed_the_german_way_keeps_the_last_sentence():
    last = "„Wir fangen im August an, und die Fähren fahren im Herbst wieder nach Plan, sobald die Rinne tief genug ist.“"
    box = ["AUTOR", "Ann Rowe", "ist Hafenmeisterin in Westmere und schreibt über die Küste."]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Tom Reid", *BUTTONS, *BODY, last, *box, "Comments", "Imprint"))
    assert page is not None
    assert [block.text for block in page.blocks] == [*BODY, last]
    assert classify(last) is Role.PROSE


def test_names_over_the_writers_handle_are_the_byline_and_no_headline():
    lines = ["Ann Rowe in Port Ellen", "@annrowe", BODY[0]]
    assert spread_byline_roles(lines, [Role.SHORT, Role.SHORT, Role.PROSE]) == [Role.BYLINE, Role.JUNK, Role.PROSE]
    byline = read_byline(lines, 0)
    assert byline is not None and byline.author == "Ann Rowe"
    page = read_page_copy(_page(*MENU, HEADLINE, DECK, "Ann Rowe in Port Ellen", "@annrowe", "Monday 3 June 2030 09.15 BST", *BUTTONS, *BODY))
    assert page is not None and page.title == HEADLINE and page.author == "Ann Rowe"
    assert [block.text for block in page.blocks] == BODY


def test_a_sentence_over_a_handle_is_no_byline():
    lines = ["Skippers want the work done in Port Ellen.", "@annrowe", BODY[0]]
    assert spread_byline_roles(lines, [Role.PROSE, Role.SHORT, Role.PROSE])[0] is Role.PROSE


def test_a_name_run_into_the_writers_desk_title_over_the_date_is_the_byline():
    deck = "Skippers say the shallows have grounded two boats since May and want the work done before autumn"  # no full stop
    lines = [*MENU, HEADLINE, deck, "Ann Rowe Harbour affairs correspondent", "Tue 3 Jun 2025 09.15 BST Last modified on Tue 3 Jun 2025 11.40 BST", *BUTTONS, *BODY]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe"
    assert [block.text for block in page.blocks] == BODY


def test_a_title_case_headline_ending_in_a_job_over_the_date_stays_the_headline():
    lines = ["Why We Still Need The Local Editor", "3 June 2025"]
    assert spread_byline_roles(lines, [Role.SHORT, Role.DATELINE]) == [Role.SHORT, Role.DATELINE]
    lines = ["Ann Rowe Staff writer", "3 June 2025"]
    assert spread_byline_roles(lines, [Role.SHORT, Role.DATELINE]) == [Role.BYLINE, Role.DATELINE]


def test_a_column_s_writer_box_over_the_date_is_the_byline_not_the_headline():
    for names in (["Ann Rowe"], ["Ann Rowe", "Ann Rowe"]):
        text = _page(*MENU, HEADLINE, *names, "Economist, head of the Harbour Institute in Westmere", "3 June 2025, 14:05", *BODY, "Tags", "Harbour")
        copy = read_page_copy(text)
        assert copy.title == HEADLINE
        assert [block.text for block in copy.blocks] == BODY


def test_a_ukrainian_column_s_writer_box_over_the_date_is_the_byline_not_the_headline():
    headline = "Чому пором до острова знову скасували"
    body = [
        "Пором до острова не ходить уже третій тиждень, і мешканці острова возять хліб човнами.",
        "Перевізник пояснює, що бракує механіків, а міська рада обіцяє знайти гроші на ремонт до осені.",
        "Поки що люди чекають на воду і рахують кожен рейс старого катера, який ледь тримається на хвилях.",
    ]
    menu = ["Новини", "Політика", "Економіка", "Регіони", "Спорт", "Колонки"]
    text = _page(*menu, headline, "Ганна Мороз", "Ганна Мороз", "Журналістка, авторка подкасту про острови", "3 червня 2025, 14:05", *body, "Теги:", "пором", "острів", "Новини партнерів")
    copy = read_page_copy(text)
    assert copy.title == headline
    assert copy.blocks[0].text == body[0] and "Ганна Мороз" not in " ".join(block.text for block in copy.blocks)


def test_a_line_naming_a_profession_without_names_over_it_stays_where_it_was():
    lines = [HEADLINE, "Economist, head of the Harbour Institute", "3 June 2025"]
    roles = [Role.SHORT, Role.SHORT, Role.DATELINE]
    assert spread_byline_roles(lines, roles) == roles


def test_a_text_by_credit_is_the_byline_and_the_headline_over_the_buttons_the_title():
    caption = "© Ann Bell, Courier | Skippers watch the dredger at low tide in the Westmere channel in May"
    lines = [*MENU, "Harbour", "Boats", "Westmere", HEADLINE, "Tweet", "print", caption, "Text by Harbour Wires", "Latest update : 2025-06-03", *BODY]
    assert classify("Text by Harbour Wires") is Role.BYLINE
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Harbour Wires"
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_over_a_long_share_bar_and_the_byline_beats_a_gallerys_title_under_the_byline():
    share_bar = ["Share on Facebook", "Share on Twitter", "Share on Google Plus", "Share via Email", "More Options",
                 "Share on Whatsapp", "Share on Pinterest", "Share on LinkedIn", "Share on Tumblr", "Resize Text", "Print Article", "Comments"]
    gallery = ["1 of 12", "Full Screen", "Autoplay", "Close", "Dredgers return to the Westmere channel after a dry summer"]
    header = [*MENU, HEADLINE, "Sign In", "Subscribe"]  # a sticky header shows the headline first
    lines = [*header, "Harbour", HEADLINE, *share_bar, "By Ann Rowe June 3 at 9:21 AM", *gallery, *BODY]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY
