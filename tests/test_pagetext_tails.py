"""Page copies: the headline a page shows more than once, and what closes an article (an author's
box, a note on where it first appeared, a pointer to read on elsewhere, a paragraph that trails off)."""

from articlecast.sources.furniture import Role
from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.pageheads import shown_headline
from articlecast.sources.tails import first_appeared, introduces_author, points_elsewhere, talks_elsewhere

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
HEADLINE = "Harbour board votes to dredge the Westmere channel"
DECK = "The silted channel has grounded two boats since May; the work starts in August and lasts six weeks."
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]
ISSUE_BOX = [
    "From the spring issue",
    "Also in this issue:",
    "Ten walks along the estuary",
    "The last ferryman of Westmere",
    "Why the gulls are back in town",
    "Order the spring issue",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_headline_a_breadcrumb_repeats_wins_over_a_teaser_list_between_it_and_the_article():
    crumbs = ["Home", "Local", "June 2025", HEADLINE]
    page = read_page_copy(_page(*MENU, *crumbs, HEADLINE, DECK, "Share", "Print", "Comments", *ISSUE_BOX, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_short_headline_of_two_words_counts_when_the_page_shows_it_again():
    headline = "Channel reopened"
    page = read_page_copy(_page(*MENU, "News", headline, "Print as PDF", "3 June 2025", headline, *BODY, "Advertisement"))
    assert page is not None
    assert page.title == headline


def test_a_headline_a_sticky_header_cuts_short_counts_even_when_it_trails_off():
    headline = "When the tide goes out, what is left of the old Westmere harbour wall…"
    sticky = "When the tide goes out, what is left of the old..."
    page = read_page_copy(_page(*MENU, "Advertisement", sticky, "Local · Harbour", headline, "Published 3 June 2025", *BODY))
    assert page is not None
    assert page.title == headline


def test_a_label_over_each_of_several_notices_is_no_headline():
    notice = "If you press this button, your address is sent to the network. Do you agree to that?"
    label = "For your information"
    lines = [*MENU, label, notice, label, notice, HEADLINE, "3 June 2025", *BODY]
    assert shown_headline(lines, [Role.PROSE if line == notice else Role.SHORT for line in lines], lines.index(BODY[0])) is None
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE


def test_a_back_link_shown_again_under_the_article_is_no_headline():
    back = "Back to the news overview"
    page = read_page_copy(_page(*MENU, "Share", HEADLINE, back, *BODY, back, "Print", "Advertisement"))
    assert page is not None
    assert page.title == HEADLINE


def test_a_menu_entry_shown_again_in_a_repeated_menu_is_no_headline():
    assert shown_headline([*MENU, "Share", *MENU, *BODY], [Role.SHORT] * 13 + [Role.PROSE] * 3, 13) is None


def test_an_author_box_that_repeats_the_name_ends_the_article():
    bio = "Ann Rowe Ann is the harbour reporter at the Westmere Courier, which she joined in 2015 after working for the Coast Post."
    assert introduces_author(bio)
    assert introduces_author("Ann is the harbour reporter at the Westmere Courier.", above="Ann Rowe")
    assert not introduces_author(BODY[0])
    assert not introduces_author("Skippers say the shallows have grounded two boats.", above="Ann Rowe")
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe - 3 June 2025", "Share", "Comments", *BODY, "Share this story", bio, "Advertisement"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_notes_and_pointers_after_the_article_are_left_out():
    note = "This is the extended version of an interview first published in the print edition of the Courier on 2 June."
    pointer = "Read the full story at the Westmere Courier"
    here = "All our coverage of the harbour works: click here."
    assert first_appeared(note) and points_elsewhere(pointer) and points_elsewhere(here)
    assert not first_appeared(BODY[1]) and not points_elsewhere(BODY[2])
    assert points_elsewhere("Lire la suite sur le site du port !") and points_elsewhere("Pour tous les articles sur le port, c’est ici.")
    assert points_elsewhere("Den ganzen Artikel lesen Sie im Hafenboten vom Juni (am Kiosk erhältlich).")
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Comments", *BODY, note, pointer, here, "Advertisement"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_long_paragraph_that_trails_off_is_prose_not_a_cut_teaser():
    trailing = " ".join(BODY + BODY[1:]) + " Nobody on the quay could say whether the boats would come back, nor when, nor how many of them…"
    teaser = " ".join(BODY[:2]) + " The board meets again on Friday to decide whether the weekday closures..."
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Comments", "Advertisement", trailing, *BODY, "More news", teaser, "Read on"))
    assert page is not None
    assert page.blocks[0].text == trailing
    assert teaser not in [block.text for block in page.blocks]


def test_a_headline_written_as_a_short_statement_over_its_deck_and_date_is_the_headline():
    headline = "Westmere keeps its ferry."
    page = read_page_copy(_page(*MENU, "Harbour", headline, DECK, "3 June 2025", "By Ann Rowe", "Share", "Comments", *BODY))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == [DECK, *BODY]  # the deck over the byline is the standfirst


def test_a_caption_between_the_headline_and_its_deck_is_no_stated_headline():
    caption = "The channel at low tide last week."
    page = read_page_copy(_page(*MENU, HEADLINE, caption, DECK, "3 June 2025", "By Ann Rowe", "Share", "Comments", "Advertisement", *BODY))
    assert page is not None
    assert page.title == HEADLINE



QUESTION = "Will the ferry come back to Westmere?"


def test_a_question_under_the_date_under_a_section_label_shown_over_and_over_is_the_headline():
    section = "On the radio"
    page = read_page_copy(_page(*MENU, section, "Podcasts", "Home", section, "3 June 2025", QUESTION, *BODY, "More", section, "Contact"))
    assert page is not None
    assert page.title == QUESTION
    assert [block.text for block in page.blocks] == BODY


def test_a_question_under_a_headline_the_page_shows_twice_opens_the_article():
    page = read_page_copy(_page(*MENU, "Home", HEADLINE, "Share", "Print", "Advertisement", HEADLINE, "3 June 2025", QUESTION, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks][-len(BODY) :] == BODY


def test_a_note_that_the_articles_are_discussed_on_social_networks_ends_the_article():
    note = "Questions or criticism? Comments on our articles can be found on Twitter and Facebook."
    about = "Since we started in 2008 our newsroom has grown a lot. We want to cover the harbour openly and critically, and we keep doing it."
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Print", "Advertisement", *BODY, note, "#harbour", about, "Support us now!"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_talk_on_social_networks_inside_the_article_is_no_note():
    assert talks_elsewhere("Kommentare und Diskussionen zu den Beiträgen finden sich auf Twitter und Facebook.")
    assert not talks_elsewhere("The discussion on Twitter and Facebook grew louder after the second boat ran aground in June.")


def test_a_pointer_to_the_full_interview_elsewhere_is_furniture():
    assert points_elsewhere("Listen to the full interview (in German) on Radio Westmere.")
    assert not points_elsewhere("Listen to the full interview and you will hear how tired the skippers are of waiting.")


def test_a_question_under_the_share_buttons_opens_the_article_under_the_headline_over_the_date():
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Print", "Advertisement", QUESTION, *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_an_agency_s_copyright_glued_after_the_last_sentence_is_cut_and_the_paragraph_stays():
    last = "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only, " \
           "the board said, adding that the fishing fleet and the lifeboat crew would be told of every closure at least a week ahead of time."
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", *BODY[:2], last + " (c)Wire/Ann Rowe", "Share", "Print"))
    assert page is not None
    assert [block.text for block in page.blocks] == [*BODY[:2], last]


def test_a_closing_note_that_names_the_writer_then_says_what_she_is_after_a_comma_ends_the_article():
    note = "Ann Bell, a historian of the estuary and a former ferry pilot, teaches at the Westmere college."
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Bell", "June 3, 2025", *BODY, note, "Comments", "Leave a reply"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_teaser_card_s_summary_over_its_own_date_after_the_tags_is_not_the_article_going_on():
    tags = ["Share", "Facebook", "Twitter", "Email", "Print", "Advertisement", "Related"]
    card = [
        "Ferry company orders two new boats for the island route",
        "Transport",
        "The ferry company has ordered two new boats for the island route, to be delivered next spring, and says fares will stay as they are.",
        "22 July 2024 By Ann Rowe",
        "Read more",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe, 3 June 2025", *BODY, *tags, *card, "© 2025 Westmere Courier"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_article_going_on_past_a_box_in_two_paragraphs_is_still_joined():
    box = ["Share", "Facebook", "Twitter", "Email", "Print", "Advertisement", "Advertisement"]
    more = [
        "The board will meet again in September to decide how the dredged sand is to be used on the beaches.",
        "Skippers have asked for the work to be done at night, when fewer boats use the channel.",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe, 3 June 2025", *BODY, *box, *more, "22 July 2024", "© 2025 Westmere Courier"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY + more


DREDGING = [
    *BODY,
    "The board's engineer, Tom Reid, said the dredger would work at night so that the morning ferries could keep their times.",
    "The silt will be taken to the old gravel pit at Lowmoor, where the council plans a wetland for wading birds next year.",
    "Harbour dues will not rise to pay for the work, the board said, as a grant from the coastal fund covers most of it.",
    "Boat owners with moorings in the channel will be asked to move them to the outer harbour for the six weeks of work.",
]
FACTS = ["The channel in figures", "Depth at low water: 2.4 metres (7.9 feet)", "Spring tide range: 4.1 metres (13.5 feet)", "Length dredged: 1,200 metres (3,900 feet)"]
SECTION = [
    "The channel was last dredged in 1998, when the old chain ferry still crossed to Lowmoor and the quay handled coal.",
    "Since then the river has carried more silt each winter, and the board's surveys show the bar moving west by a few metres a year.",
    "Fishermen have asked for the work since 2019, when a trawler lost its rudder on the bar and had to be towed in by the lifeboat.",
    "The board will survey the channel again next spring to see how fast the silt returns, and may dredge every five years after that.",
    "Until then, skippers are asked to keep to the marked channel and to report any grounding to the harbour office at once.",
]


def test_a_heading_and_its_fact_lines_under_the_article_do_not_close_it_above_a_sections_worth_of_prose():
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe", "3 June 2025", *DREDGING, *FACTS, *SECTION, "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == DREDGING + FACTS + SECTION


def test_short_lines_with_a_links_arrow_under_the_article_close_it_even_above_a_sections_worth_of_prose():
    links = ["More harbour news", "Ferry fares rise", "See the boats that ran aground this year »"]
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe", "3 June 2025", *DREDGING, *links, *SECTION, "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == DREDGING


def test_a_teaser_line_over_the_line_naming_contributors_closes_nothing_it_is_not_read():
    page = read_page_copy(
        _page(
            *MENU, HEADLINE, "By Ann Rowe", *BODY, "Ferry fares to rise again in the spring",
            "The Courier's Tom Reid and Ann Bell contributed to this report.", "Most read", "Weather for the weekend",
        )
    )
    assert page is not None
    assert [block.text for block in page.blocks] == BODY
