"""Boxes set in an article: key figures over their sentences, a legend of codes, links to other stories between paragraphs."""

from articlecast.sources.boxes import mark_neighbours
from articlecast.sources.furniture import Role, classify
from articlecast.sources.pagetext import read_page_copy

HEADLINE = "Harbour board votes to dredge the Westmere channel"
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]
BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
FACTS = [
    "At a glance",
    "40%",
    "Of the boats moored in the harbour, four in ten are older than thirty years and need deep water.",
    "3 Weeks",
    "The channel stayed closed for three weeks last spring after a storm filled it with sand.",
    "12K",
    "About twelve thousand passengers take the ferry across the estuary every summer month.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_box_of_figures_over_their_sentences_after_the_article_is_left_out():
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "Advertisement", *BODY, *FACTS, "Related stories", "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_figures_heading_and_sentences_are_marked_as_furniture():
    roles = mark_neighbours(FACTS, [classify(line) for line in FACTS])
    assert roles == [Role.JUNK] * len(FACTS)


def test_two_figures_are_no_box():
    lines = ["Numbers", *FACTS[1:5]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles[2::2]


def test_paragraphs_that_open_with_numbers_are_no_box():
    lines = [
        "In 2019 the board first surveyed the channel.",
        "1,200 tonnes of sand were taken out that year, most of it from the bar at the harbour mouth.",
        "In 2021 the survey was repeated.",
    ]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles


LEGEND = ["BY: credit the maker", "BY-NC: credit the maker, not for sale", "BY-ND: credit the maker, do not change it"]


def test_a_legend_of_codes_is_a_list_not_a_byline_that_ends_the_article():
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "Advertisement", BODY[0], *LEGEND, *BODY[1:], "Share", "Print"))
    assert page is not None
    assert [block.text for block in page.blocks] == [BODY[0], *LEGEND, *BODY[1:]]


def test_one_code_line_alone_stays_a_byline():
    lines = ["BY: Ann Rowe", BODY[0]]
    assert mark_neighbours(lines, [classify(line) for line in lines])[0] is Role.BYLINE


def test_two_headlines_in_a_row_between_paragraphs_are_links_to_other_stories():
    links = ["Ferry fares rise again. Here is what it costs you", "Lifeboat crew trains on the new quay for the winter"]
    lines = [BODY[0], *links, BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles == [Role.PROSE, Role.JUNK, Role.JUNK, Role.PROSE]


def test_a_subheading_between_paragraphs_stays():
    lines = [BODY[0], "What the skippers want from the board this year", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[1] is Role.SHORT


def test_an_interview_s_questions_are_no_links():
    lines = [BODY[0], "When did the channel first silt up so badly?", "Was it the storm of the spring before last?", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles


def test_a_video_title_said_again_under_itself_does_not_cut_the_article():
    video = "Harbour master shows the new channel markers on a calm morning"
    lines = [*MENU, HEADLINE, "By Ann Rowe", "Advertisement", BODY[0], "Watch again", video, video, BODY[1], BODY[2], "Share", "Print"]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_shown_twice_in_a_row_is_still_the_headline():
    page = read_page_copy(_page(*MENU, HEADLINE, HEADLINE, "By Ann Rowe", "Advertisement", *BODY, "Share", "Print"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_section_heading_after_a_bulleted_list_does_not_end_the_article():
    points = ["• Dredge the channel before the ferry timetable starts.", "• Keep a berth free for the lifeboat."]
    lines = [BODY[0], "What the skippers ask for", *points, "Tweet this now!", "The plan in detail", "Who pays for it", *BODY[1:]]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "Advertisement", *lines, "Share", "Print"))
    assert page is not None
    assert [block.text for block in page.blocks][-2:] == BODY[1:]
    assert page.blocks[0].text == BODY[0]


def test_a_story_card_over_its_read_more_link_between_paragraphs_is_left_out():
    card = ["Ferry crews test the new pontoon at low tide", "Read more"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *card, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_two_sentence_headline_over_its_read_more_link_between_paragraphs_is_left_out():
    card = ["Pontoon fees double at Westmere. No wonder skippers moor elsewhere", "Read more"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *card, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_an_excerpt_cut_short_over_a_read_more_link_is_no_card():
    lines = [BODY[0], "The board met twice. Its chair said the fees would rise…", "Read more"]
    assert mark_neighbours(lines, [classify(line) for line in lines])[1] is not Role.JUNK


def test_one_headline_under_a_related_label_between_paragraphs_is_left_out():
    box = ["Related coverage", "Explainer: How the dredging permit was won"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *box, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_sentence_under_a_related_label_between_paragraphs_stays():
    lines = [BODY[0], "Related coverage", "The board will publish its plans for the quay in July.", BODY[1]]
    assert mark_neighbours(lines, [classify(line) for line in lines])[2] is not Role.JUNK


def test_a_story_card_under_a_learn_more_kicker_between_paragraphs_is_left_out():
    card = ["Infórmate más", "¿Volverán los barcos grandes al canal este otoño?"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *card, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_subheading_over_a_paragraph_stays_without_a_read_more_link():
    lines = [BODY[0], "Why the channel silts up", BODY[1]]
    assert mark_neighbours(lines, [classify(line) for line in lines])[1] is not Role.JUNK


def test_teasers_with_their_section_label_under_a_read_also_label_are_left_out():
    teasers = [
        "A LIRE AUSSI",
        "Le port rouvre ses quais",
        "Les pêcheurs ont retrouvé leurs places après trois semaines de travaux sur les pontons.",
        "Les gabares reviennent",
        "Sport",
        "La course des vieux gréements aura lieu en juillet, pour la première fois depuis dix ans.",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", *BODY, *teasers, "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY
def test_headlines_each_over_its_date_are_a_list_of_other_stories():
    stories = [
        "HARBOUR", "Ferry fares rise for the winter timetable", "November 16, 2023",
        "FEATURES", "The lighthouse keepers who stayed", "December 18, 2021",
        "HARBOUR", "Dredging plan wins a second vote", "August 18, 2022",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "March 4, 2024", "Advertisement", *stories, *BODY, "Share"))
    assert page is not None
    assert page.title == HEADLINE  # not the last story's, nearest over the body
    assert [block.text for block in page.blocks] == BODY
    assert set(mark_neighbours(stories, [classify(line) for line in stories])) == {Role.JUNK}


def test_one_headline_over_its_date_is_the_article_not_a_list():
    roles = mark_neighbours([HEADLINE, "March 4, 2024", *BODY], [classify(line) for line in [HEADLINE, "March 4, 2024", *BODY]])
    assert roles[0] is Role.SHORT


def test_teaser_cards_each_signed_by_its_writer_are_left_out():
    cards = [
        "More from the Courier",
        "Ferry Fares Rise for the Winter Timetable",
        "Islanders will pay a third more for a return crossing from November, the operator says.",
        "Tom Reid",
        "The Lighthouse Keepers Who Stayed",
        "Three families kept the lamp lit for forty years after the last keeper was paid off.",
        "Li Wei",
        "Dredging Plan Wins a Second Vote",
        "The board backed the plan again after the first vote was challenged in court.",
        "Tom Reid",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", *BODY, *cards, "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY
    assert set(mark_neighbours(cards[1:], [classify(line) for line in cards[1:]])) == {Role.JUNK}


def test_a_subheading_a_paragraph_and_a_name_once_are_no_cards():
    lines = ["What the Board Decided", BODY[0], "Ann Rowe"]
    assert mark_neighbours(lines, [classify(line) for line in lines])[1] is Role.PROSE


def test_a_video_title_over_its_length_and_source_is_left_out():
    video = ["What the skippers said at the harbour meeting", "02:12 - Source: Coast TV"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", BODY[0], *video, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_byline_over_a_video_playlist_signs_the_article_and_its_headline_is_over_it():
    playlist = [line for number in range(1, 9) for line in (f"Harbour clip number {number} from the quay", f"0{number}:1{number}", "Now playing")]
    lines = [*MENU, HEADLINE, "By Ann Rowe and Tom Reid", "Updated 4:48 PM EST, Mon March 4, 2024", "Video Ad Feedback", *playlist, "See More Videos", *BODY, "Share"]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe and Tom Reid"
    assert [block.text for block in page.blocks] == BODY


def test_one_headline_under_a_see_also_label_between_paragraphs_is_left_out():
    pointed = ["See also", "Harbour", "Ferry crews test the new pontoon at low tide"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *pointed, *BODY[1:], "Share"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_sentence_under_a_see_also_label_between_paragraphs_stays():
    lines = [BODY[0], "See also", "The board publishes its dredging plan on Friday.", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[2] is not Role.JUNK


def test_the_numbers_one_two_three_on_lines_of_their_own_are_a_slider_s_buttons():
    lines = [BODY[0], "More pictures", "1", "2", "3", "4", "Ferry crews test the new pontoon at low tide"]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[2:6] == [Role.JUNK] * 4
    assert roles[0] is Role.PROSE


def test_numbers_that_do_not_count_up_from_one_three_times_stay():
    counted_down = [BODY[0], "3", "2", "1", BODY[1]]
    skipping = [BODY[0], "1", "3", "5", BODY[1]]
    two_only = [BODY[0], "1", "2", BODY[1]]
    for lines in (counted_down, skipping, two_only):
        roles = mark_neighbours(lines, [classify(line) for line in lines])
        assert Role.JUNK not in roles, lines


def test_a_donation_box_of_short_calls_over_its_payment_buttons_is_left_out():
    box = ["Enjoy reading the Courier?", "Show us you value it!", "via PayPalvia bank transfer", "Categories: Local: Harbour"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "June 3, 2025", *BODY, *box, "Letters", "Ann Bell / June 3, 2025"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_last_paragraph_of_three_sentences_over_the_pictures_credit_stays():
    last = "The board meets again in June. Fares are not on its agenda. Skippers hope they will be soon."
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "June 3, 2025", *BODY, last, "Photo: Ann Rowe/Courier", "Share", "Related stories"))
    assert page is not None
    assert [block.text for block in page.blocks] == [*BODY, last]


def test_a_caption_of_two_sentences_over_its_credit_is_still_a_caption():
    roles = mark_neighbours(
        ["The ferry at the pier on Tuesday. It carries forty cars.", "Photo: Ann Rowe/Courier"], [Role.PROSE, Role.JUNK]
    )
    assert roles[0] is Role.JUNK


def test_one_headline_under_a_read_also_label_after_a_short_paragraph_is_left_out():
    short = "The harbour master confirmed the dates on Monday."
    lines = [BODY[0], short, "Read also", "Ferry crews test the new pontoon at low tide", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[3] is Role.JUNK
    assert roles[1] is not Role.JUNK


def test_one_ukrainian_headline_under_its_label_between_short_and_long_paragraphs_is_left_out():
    lines = [
        "Поромна переправа через затоку не працюватиме до кінця місяця через ремонт причалу, повідомили в порту.",
        "Про це розповів начальник порту.",
        "Читайте також",
        "Як дістатися на острів без порома: поради місцевих",
        "Ремонт причалу обійдеться місту у два мільйони гривень, гроші виділили з резервного фонду.",
    ]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[3] is Role.JUNK
    assert roles[1] is not Role.JUNK and roles[4] is not Role.JUNK


def test_a_reader_poll_between_paragraphs_is_left_out_and_the_article_goes_on():
    poll = ["Poll", "Should the channel close on weekends too?", "Yes, for safety", "No, boats need it", "Not sure", "Vote"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", BODY[0], *poll, *BODY[1:], "Share", "Tags", "Harbour"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_ukrainian_poll_under_its_label_is_furniture():
    lines = [
        "Поромна переправа через затоку не працюватиме до кінця місяця через ремонт причалу, повідомили в порту.",
        "Опитування",
        "Чи користуєтеся ви поромом?",
        "Так, щодня",
        "Іноді",
        "Ніколи",
        "Голосувати",
        "Ремонт причалу обійдеться місту у два мільйони гривень, гроші виділили з резервного фонду.",
    ]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[1:7] == [Role.JUNK] * 6
    assert roles[0] is Role.PROSE and roles[7] is Role.PROSE


def test_a_question_over_a_list_with_no_vote_button_stays():
    lines = [BODY[0], "What should skippers carry?", "A tide table", "A radio", "Spare fuel", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles[1:5]


def test_a_channel_post_set_in_the_article_is_left_out_with_its_time():
    lines = [
        BODY[0],
        "Westmere Harbour Board",
        "@westmere_harbour",
        "Dear skippers! From Monday the channel closes to larger boats on weekdays. Check the notices on the quay.",
        "10:15 · 3 June 2025",
        BODY[1],
    ]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[1:5] == [Role.JUNK] * 4
    assert roles[0] is Role.PROSE and roles[5] is Role.PROSE


def test_a_writer_s_handle_under_the_headline_opens_no_post():
    lines = [HEADLINE, "Ann Rowe", "@annrowe", "3 June 2025", BODY[0]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[4] is Role.PROSE
    assert roles[3] is not Role.JUNK


def test_a_video_shown_as_its_bare_label_title_and_length_is_left_out():
    lines = [BODY[0], "Видео", "Как выглядит новый причал", "01:45", BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert roles[1:4] == [Role.JUNK] * 3


def test_numbered_names_over_what_each_does_are_a_ranking_not_a_box_of_figures():
    lines = [
        "5. Ann Rowe", "Skipper of the night ferry for twenty years, and the first woman to hold the harbour's licence.",
        "6. Tom Leary", "Runs the lifeboat crew and still swims across the estuary every New Year's Day.",
        "7. Li Wei", "Built the new quay's lights and keeps the harbour's weather station going.",
    ]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles


def test_long_paragraphs_that_end_in_a_smiley_between_paragraphs_are_no_links():
    smiled = [
        "Then the ferry was late again, and we stood on the quay for an hour in the rain with our bags and the dog 😀 "
        "Next time we will check the timetable first, or just take the bus around the bay",
        "What I learned from it? Mostly that the harbour cafe makes the best cocoa on the island, and that it stays open late 😀",
    ]
    lines = [BODY[0], *smiled, BODY[1]]
    roles = mark_neighbours(lines, [classify(line) for line in lines])
    assert Role.JUNK not in roles




def test_links_under_a_label_saying_they_may_interest_the_reader_are_passed_over_inside_the_article():
    for label in ("Das könnte dich auch interessieren:", "Related Posts", "Może Cię także zainteresować"):
        related = [label, "Fährzeiten im Winter: so kommst du nach Westmere", "Der neue Leuchtturm am Hafen"]
        page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", BODY[0], *related, *BODY[1:], "© 2025 Westmere Courier"))
        assert page is not None
        assert [block.text for block in page.blocks] == BODY
