"""Page copies hard-wrapped at a fixed width, with or without blank lines between blocks: the lines
of a paragraph are joined again, and a headline, heading, credit or teaser keeps to its own line."""

import textwrap

from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.unwrap import page_lines

WIDTH = 72
MENU = ["Skip to content", "Subscribe now", "Sign in", "Home", "Local", "Harbour", "Sport"]
BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts, "
    "after a summer in which Skippers Association members twice ran aground in the shallows.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide "
    "before it can launch, which Coastguard Officer Ann Rowe called a risk nobody should have to take.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only, "
    "while Harbour Master Tom Reid keeps a berth free for the lifeboat at the outer pier.",
]


def _flat(*blocks: str, blank: bool = False) -> str:
    """The blocks each wrapped at :data:`WIDTH`, without blank lines between them (or with, if ``blank``)."""
    return ("\n\n" if blank else "\n").join(textwrap.fill(block, WIDTH) for block in blocks) + "\n"


def test_paragraphs_wrapped_without_blank_lines_are_joined_again():
    lines = page_lines(_flat(*BODY))
    for paragraph in BODY:
        assert " ".join(paragraph.split()) in " ".join(lines)
    assert not any(line[0].islower() for line in lines)


def test_a_headline_that_nearly_fills_the_width_is_not_glued_to_the_credit_under_it():
    headline = "Harbour board votes to dredge the silted Westmere channel before autumn"
    assert WIDTH - 10 < len(headline) <= WIDTH
    text = _flat(*MENU, headline, "Westmere Gazette - newsdesk email", "Share", "Add a comment", *BODY)
    assert headline in page_lines(text)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == headline


def test_a_subheading_after_a_full_last_line_stands_alone():
    ending = "Dredging could start within weeks, the board's chair told the meeting at last."
    paragraph = BODY[0] + " " + ending
    last_line = textwrap.wrap(paragraph, WIDTH)[-1]
    heading = "What the skippers want"
    assert len(last_line) + 1 + len(heading.split()[0]) > WIDTH  # the heading's first word would not have fitted
    lines = page_lines(_flat(paragraph, heading, BODY[1], BODY[2]))
    assert heading in lines
    assert " ".join(paragraph.split()) in lines


def test_a_teaser_ending_in_its_more_link_does_not_swallow_the_next_line():
    teaser = "The pier will stay shut for a month while divers check its piles. | more"
    assert len(teaser) <= WIDTH
    kicker = "Lifeboat crew waits for tide"
    assert len(teaser) + 1 + len(kicker.split()[0]) > WIDTH
    assert teaser in page_lines(_flat(BODY[0], "Pier repairs run late", teaser, kicker, BODY[1]))


def test_a_headline_over_a_wrapped_deck_without_a_full_stop_is_the_title():
    headline = "Westmere harbour board votes to dredge its silted channel this summer"
    deck = "Skippers and the lifeboat crew welcome the plan after a grounding on 3. May"  # the wrap falls after "3."
    assert len(headline) + 1 + len(deck.split()[0]) > WIDTH and len(textwrap.wrap(deck, WIDTH)) == 2
    text = _flat(*MENU, "Share", "Print", "Add a comment", headline, deck, "By Ann Rowe", *BODY)
    lines = page_lines(text)
    assert headline in lines
    assert deck in lines
    page = read_page_copy(text)
    assert page is not None
    assert page.title == headline


def test_a_long_wrapped_headline_without_a_deck_stays_whole():
    headline = "Harbour board votes to dredge the Westmere channel before autumn ferries and the regatta return"
    assert len(textwrap.wrap(headline, WIDTH)) == 2
    page = read_page_copy(_flat(*MENU, "Share", "Print", "Add a comment", headline, "By Ann Rowe", *BODY))
    assert page is not None
    assert page.title == headline


def test_a_caption_cut_before_its_credit_stays_one_line():
    caption = "Two skippers wait for the tide at the outer pier in the evening sun. Photo: Ann Rowe/Westmere Gazette"
    assert len(textwrap.wrap(caption, WIDTH)) == 2
    assert caption in page_lines(_flat(BODY[0], caption, BODY[1], blank=True))


def test_a_long_paragraph_leading_into_a_list_without_a_colon_stays_whole():
    lead = (
        "After a meeting that ran late into the evening, the harbour master and Skippers Association members "
        "agreed on the works the board will pay for first this summer, and the order in which Westmere Council "
        "wants them done before the autumn ferries return to the outer pier"
    )
    items = ["- dredging the channel mouth", "- a new slipway for the lifeboat", "- lights on the outer pier"]
    assert textwrap.wrap(lead, WIDTH)[1][0].isupper()
    lines = page_lines(_flat(BODY[0], lead) + "\n".join(items) + "\n")
    assert lead in lines


def test_a_caption_ending_in_its_credit_is_not_taken_for_a_headline_over_a_deck():
    caption = (
        "Two skippers wait for the tide at the outer pier of Westmere harbour on Monday, June 2, 2025, "
        "before the dredging starts in August. (AP Photo/Ann Rowe)"
    )
    wrapped = textwrap.wrap(caption, WIDTH)
    assert len(wrapped) == 3 and wrapped[1][0].isupper()
    assert caption in page_lines(_flat(BODY[0], "1 of 4 |", caption, "Read More", BODY[1]))


def test_a_wrap_before_a_spaced_dash_does_not_open_a_list_item():
    title = "Divers check the piles under the old Westmere pier before the ferry runs – video"
    wrapped = textwrap.wrap(title, WIDTH)
    assert wrapped[1].startswith("– ")
    assert title in page_lines(_flat(BODY[0], title, BODY[1], blank=True))
    items = ["– dredging the channel", "– a new slipway"]
    assert page_lines(_flat("The board will pay for these works this summer:", *items)) == [
        "The board will pay for these works this summer:",
        *items,
    ]


def test_a_headline_over_a_one_sentence_deck_over_the_byline_date_stays_apart_from_it():
    headline = "Harbour board votes to dredge the silted Westmere channel this year"
    deck = "Two-year-old silt has grounded boats in the shallows since May."
    assert WIDTH - 10 < len(headline) <= WIDTH
    text = _flat(*MENU, "Local —", headline, deck, "Ann Rowe - Jun 3, 2025 8:02 pm UTC", "Share", *BODY)
    lines = page_lines(text)
    assert headline in lines and deck in lines
    page = read_page_copy(text)
    assert page is not None
    assert page.title == headline


def test_a_label_ending_in_a_colon_after_a_full_last_line_stands_alone():
    ending = "Dredging could start within weeks, the board's chair told the meeting at last."
    paragraph = BODY[0] + " " + ending
    last_line = textwrap.wrap(paragraph, WIDTH)[-1]
    label = "Photos (left to right):"
    assert len(last_line) + 1 + len(label.split()[0]) > WIDTH
    lines = page_lines(_flat(paragraph, label, "Quay at dawn by Ann Rowe CC BY 2.0", "Old ferry by Tom Reid CC BY 2.0"))
    assert label in lines
    assert " ".join(paragraph.split()) in lines


def test_the_last_line_of_a_paragraph_of_sentences_ending_in_a_colon_stays_with_it():
    ending = "The chair said it best. Her words to the meeting were these:"
    paragraph = BODY[0] + " " + ending
    lines = page_lines(_flat(paragraph, BODY[1]))
    assert " ".join(paragraph.split()) in lines


def test_a_headline_shown_twice_in_a_row_stays_two_lines():
    headline = "Harbour board votes to dredge the silted Westmere channel before autumn"
    text = _flat(*MENU, headline, headline, "By Ann Rowe", "Share", "Add a comment", *BODY)
    lines = page_lines(text)
    assert lines.count(headline) == 2
    page = read_page_copy(text)
    assert page is not None
    assert page.title == headline


def test_an_embeds_label_and_signature_stand_apart_from_the_paragraphs_around_them():
    before = "The rowing club shared a photo of the new boat on its first outing on the estuary at dawn, with all eight crew members and the cox aboard."
    label = "Watch this post on Pictagram"
    signature = "Shared by Harbour Rowing Club (@harbourrowing) on 4 June 2025 at 6:10am"
    after = "The crew had waited two years for the boat, which the whole town helped to pay for."
    text = _flat(*BODY[:2], before) + label + "\n" + signature + "\n" + _flat(after, BODY[2])
    assert len(textwrap.fill(before, WIDTH).splitlines()[-1]) + 1 + len("Watch") > WIDTH  # the wrap could have cut there
    lines = page_lines(text)
    assert label in lines
    assert signature in lines
    assert any(line.endswith(before) for line in lines)


def test_an_ad_label_after_a_full_last_line_stands_apart_from_both_paragraphs():
    before = "The rowing club shared a photo of the new boat on its first outing on the estuary at dawn, with all eight crew members and the cox aboard."
    after = "The crew had waited two years for the boat, which the whole town helped to pay for."
    assert len(textwrap.fill(before, WIDTH).splitlines()[-1]) + 1 + len("PUBLICIDAD") > WIDTH  # the wrap could have cut there
    lines = page_lines(_flat(*BODY[:2], before) + "PUBLICIDAD\n" + _flat(after, BODY[2]))
    assert "PUBLICIDAD" in lines
    assert any(line.endswith(before) for line in lines)


def test_a_pictures_file_name_in_lower_case_is_not_glued_to_the_headline_over_it():
    lines = page_lines("Ferry crews strike over weekend pay at the Westmere quay\nferry crews at the quay.jpg\nBy Ann Rowe\n")
    assert lines[:2] == ["Ferry crews strike over weekend pay at the Westmere quay", "ferry crews at the quay.jpg"]
