"""Marks around an article that a page copy shows on lines of their own or glued to a paragraph:
a poster and date row set apart by dashes under the headline, and a wire's end-of-story mark."""

import textwrap

import pytest

from articlecast.sources import load_article
from articlecast.sources.credits import closes_on_credit, closes_on_place_and_date, opens_on_credit
from articlecast.sources.furniture import Role, classify, is_dateline, parse_byline
from articlecast.sources.labelruns import without_glued_tail
from articlecast.sources.linerole import own_role
from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.pitchheads import mark_signup_pitches
from articlecast.sources.promo import is_credit_line

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters", "Sign in", "Harbour"]


def _page(*lines: str) -> str:
    return "\n".join(textwrap.dedent(line).strip() for line in lines) + "\n"


@pytest.mark.parametrize(
    "line",
    [
        "desk — June 3, 2025 add comment",
        "Ann Rowe – 3 June 2025",
        "Courier staff — 3 June 2025 — 2 comments",
        "Harbourwatch.io, June 3, 2025",  # a blog signed off by its site's name written as a domain
    ],
)
def test_a_row_of_a_name_and_a_date_set_apart_by_spaced_dashes_is_a_dateline(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry ran late — on June 3, 2025 — and nobody on board complained.",
        "Opening day – June 3, 2025 – was a washout for the crews.",
        "The board put the timetable on harbourwatch.io on June 3, 2025.",
    ],
)
def test_a_sentence_with_dashes_around_a_date_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


def test_a_poster_and_date_row_in_lower_case_is_not_glued_to_the_headline_above() -> None:
    headline = "Harbour board votes to dredge the Westmere channel before autumn"
    page = read_page_copy(_page(*MENU, "Harbour", headline, "desk — June 3, 2025 add comment", *BODY))
    assert page is not None
    assert page.title == headline
    assert page.blocks[0].text == BODY[0]


@pytest.mark.parametrize("mark", ["(End)", "(ENDS)", "(Ende)", "[fin]", "■", "###", "— Ann Rowe", "– AP"])
def test_an_end_of_story_mark_after_the_last_sentence_is_cut(mark: str) -> None:
    assert without_glued_tail(f"The crews will meet again in spring. {mark}") == "The crews will meet again in spring."


def test_a_dash_inside_the_last_sentence_is_no_sign_off() -> None:
    assert without_glued_tail("The vote was close — Labour won.") == "The vote was close — Labour won."
    assert without_glued_tail("He said so. — the mayor") == "He said so. — the mayor"  # no name


def test_the_last_paragraph_signed_with_a_dash_is_read_without_the_name() -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        "The board meets again in July to approve the contract with the dredging firm.",
    ]
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025",
                                *body[:2], body[2] + " — Ann Rowe", "Share", "Facebook", "Twitter", "More stories", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_a_bracketed_word_inside_a_sentence_is_kept() -> None:
    text = "The regatta (end of season) drew crowds to the quay."
    assert without_glued_tail(text) == text


@pytest.mark.parametrize(
    "line",
    [
        "PARSONS (Harbour Wire) – The ferry crews voted on Friday to accept the new rota for the winter months.",
        "BYWELL (Courier) — Skippers said the channel had silted up again after the storm.",
        "PORTHAVEN, June 3 (Harbour Wire) - The board met in the evening to vote on the plan.",
    ],
)
def test_a_dateline_whose_place_starts_like_a_byword_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None
    assert classify(line) is Role.PROSE


@pytest.mark.parametrize("line", ["BY ANN ROWE", "By Ann Rowe", "PAR LÉA ROUX", "VON ANN ROWE UND TOM REID"])
def test_a_byline_in_capitals_is_still_a_byline(line: str) -> None:
    assert parse_byline(line) is not None


HEADLINE = "Harbour board votes to dredge the Westmere channel before autumn"


def test_writers_listed_with_what_they_do_between_headline_and_date_are_the_byline() -> None:
    page = read_page_copy(
        _page(*MENU, HEADLINE, "Ann Rowe, Staff Writer, Westmere Courier", "& Tom Reid, Director of Harbour Studies, Lowmoor Trust", "June 3, 2025", *BODY)
    )
    assert page is not None
    assert (page.title, page.author) == (HEADLINE, "Ann Rowe and Tom Reid")
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_shaped_like_a_name_and_a_role_under_a_menu_stays_the_headline() -> None:
    headline = "Ann Rowe, Harbour Master, Retires After Forty Years"
    page = read_page_copy(_page(*MENU, headline, "June 3, 2025", *BODY))
    assert page is not None
    assert page.title == headline


def test_a_donation_pitch_over_its_button_closes_the_article() -> None:
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", *BODY, "Keep local reporting alive – support the Courier.", "Donate Now", *MENU))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_short_last_paragraph_over_other_furniture_is_kept() -> None:
    closing = "The board will meet again in September to support the plan."
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", *BODY, closing, "Share this story", *MENU))
    assert page is not None
    assert page.blocks[-1].text == closing


def test_a_saved_pages_closing_line_about_its_writer_in_capitals_is_not_read(tmp_path) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Dredging vote | Courier</title>"
        "<meta name='author' content='Ann Rowe'></head><body><article><h1>Dredging vote</h1>"
        f"<p class='byline'>By Ann Rowe</p>{paragraphs}<p><b>ANN ROWE IS THE COURIER'S HARBOUR EDITOR</b></p></article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.blocks[-1].text == BODY[-1]


@pytest.mark.parametrize("line", ["W.C. Report", "HNS Report", "Web Desk", "Monitoring Desk", "Staff Report"])
def test_a_desk_or_agency_signing_alone_is_a_byline(line: str) -> None:
    assert classify(line) is Role.BYLINE


@pytest.mark.parametrize("line", ["Annual Report", "Help Desk", "The harbour report"])
def test_a_heading_naming_a_report_is_no_byline(line: str) -> None:
    assert classify(line) is not Role.BYLINE


def test_a_deeply_indented_sign_up_box_under_the_article_is_dropped(tmp_path) -> None:
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    indent = "\n" + "\t" * 40
    box = (
        f"<div class='row subscribe'>{indent}<h5>Subscribe and Follow</h5>{indent}<p>{indent}Get a daily dose of Courier news"
        f"{indent}each morning, it keeps you up to date with the whole coast.{indent}</p>{indent}<script>{indent}function go() {{{indent}"
        f"window.open('/signup');{indent}}}{indent}</script>{indent}<form><input placeholder='Your email address'>"
        f"<button>Subscribe Now</button></form>{indent * 8}</div>"
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Dredging vote | Courier</title></head><body>"
        f"<div class='story'><h1>Dredging vote</h1><div class='text'>{paragraphs}</div>{box}</div></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block.text for block in load_article(page).blocks)
    assert "daily dose" not in text and BODY[-1] in text


@pytest.mark.parametrize(
    "line",
    ["The new ferry will carry twice as many cars as the old one. Source: Supplied", "Die neue Fähre fasst doppelt so viele Autos. Quelle: Reederei Nord"],
)
def test_a_caption_closed_by_a_source_credit_is_furniture(line: str) -> None:
    assert closes_on_credit(line)


@pytest.mark.parametrize("line", ["The key source: a letter from the harbour master", "Our source said the vote would be close."])
def test_a_sentence_naming_a_source_is_no_caption(line: str) -> None:
    assert not closes_on_credit(line)


@pytest.mark.parametrize(
    "line",
    [
        "Skippers wait for the tide on the quay at dawn. Westmere - 3 May 2024",
        "Des marins attendent la marée sur le quai, à l'aube. Brest, 16 mars 2018 © A.B",
        "Ein Fischer flickt sein Netz am Hafen von Pirna - Pirna - 5. Mai 2018",
    ],
)
def test_a_caption_closed_by_the_place_and_day_of_its_picture_is_furniture(line: str) -> None:
    assert closes_on_place_and_date(line)


@pytest.mark.parametrize(
    "line",
    [
        "Westmere, 3 May 2024",  # a dateline alone
        "The council met on Tuesday in Lowmoor, 3 May 2024",
        "The vote was held in the town hall on Tuesday. It was close, 2 May 2024.",
    ],
)
def test_a_dateline_or_a_sentence_ending_on_a_date_is_no_such_caption(line: str) -> None:
    assert not closes_on_place_and_date(line)


def test_a_caption_opened_by_its_photographer_and_agency_is_furniture() -> None:
    assert opens_on_credit("Tom Reed/Harbour Images Skippers wait for the tide on the quay at dawn.")
    assert opens_on_credit("Ann Bell/Getty ImagesShould the ferry fares have doubled in a year?")
    assert not opens_on_credit("AC/DC played two encores at the stadium on Friday night, the promoter said.")


def test_a_trail_of_sections_under_the_last_paragraph_leaves_it_in_the_article() -> None:
    closing = "“We want everyone back on the water by the spring,” the harbour master said."
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", *BODY, closing, "News / Local News / Top Stories", "Ann Rowe", *MENU))
    assert page is not None
    assert page.blocks[-1].text == closing


@pytest.mark.parametrize("line", ["Ann Bell/Pool/Coast Images", "Ann Bell / Lowmoor Courier", "Bild: Hafenamt", "Bilder: Ann Bell"])
def test_a_photo_credit_with_a_pool_or_spaced_slash_is_still_a_credit(line: str) -> None:
    assert is_credit_line(line)


def test_captions_between_paragraphs_told_by_their_place_and_day_or_opening_credit_are_not_read() -> None:
    captions = ["Skippers wait for the tide on the quay at dawn. Westmere - 3 May 2024", "Tom Reed/Harbour Images The dredger arrives in Westmere."]
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", BODY[0], captions[0], BODY[1], captions[1], *BODY[2:], "Share this story", *MENU))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


@pytest.mark.parametrize(
    "line",
    ["Weather Weather", "Island Weekend Island Weekend", "Privacy PolicyPrivacy Policy",
     "Skippers wait for the tide at the quay. Ann Bell/Courier hide caption",
     "Skippers wait at the quay on Tuesday. (Ann Bell/abell@courier.example)", "quay at low tide final.jpg",
     "Ann BellContact Reporter", "View full sizeAnn BellCourier photo",
     "Courier Exclusive T-shirt. Available to Sail the Harbour. Buy Now", "Harbour 12 inch Tide Clock Buy Here"],
)
def test_a_label_given_twice_a_caption_with_its_toggle_or_address_a_file_name_or_a_contact_button_is_furniture(line: str) -> None:
    assert own_role(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    ["Bye", "The ferry ran and ran again on Tuesday, the skipper said, and nobody minded the delay at all.",
     "Skippers wait at the quay on Tuesday (Ann Bell/Courier) as the tide turns in the afternoon light.",
     "The council will contact the reporter about the photos of the quay by Friday, the clerk said.",
     "Enlarge the harbour and the ferries will come back, the skippers told the board on Tuesday.",
     "If you want a berth at the quay next summer, the harbour master said, buy now."],
)
def test_prose_near_those_shapes_stays_prose(line: str) -> None:
    assert own_role(line) is not Role.JUNK


def test_a_long_line_written_without_spaces_gets_its_role_at_once() -> None:
    import time

    line = "".join(f"第{n}艘渡轮今天恢复运行，船长说乘客们在码头排队等候了{n}个小时。" for n in range(12))  # as Chinese is written
    started = time.monotonic()
    own_role(line)
    own_role(line + "Contact Reporter")
    assert time.monotonic() - started < 2
    assert own_role("Ann Bell Contact Reporter") is Role.JUNK


def test_excerpts_of_other_stories_each_closed_by_the_same_read_on_link_are_not_the_article() -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
        "The board will pay for the work from its reserves, its treasurer said, so harbour dues will not rise this year.",
        "A second dredger may be hired if the silt proves deeper than the survey found, which would add a fortnight.",
    ]
    card = ["Most Popular", "Ann Bell / Courier", "Why the lighthouse keeper stayed", "Tom Reid",
            "The keeper of the Westmere light was asked to leave in 1990, and he did not go. He stayed on for thirty years, alone with the lamp and the gulls.",
            "Every morning he wrote the weather in a book that now fills a shelf of the town library, and the harbour board still reads it before each storm.",
            "Continue Reading"]
    other = ["Ann Bell / Courier", "The ferry that never sank", "Tom Reid",
             "For a hundred years the island ferry has crossed the sound twice a day, through gales and fog, and never lost a passenger or a sheep.",
             "The crews say it is luck, the owners say it is care, and the islanders say it is the skipper's grandmother watching from the pier at Westmere.",
             "Continue Reading"]
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Weather", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025",
                                *body, "Share", "Tweet", "Comments", *card, *other))
    assert page is not None
    assert [block.text for block in page.blocks] == body


@pytest.mark.parametrize("line", ["Why the ferry ran aground off Westmere 2:06", "Skippers wait for the tide: what comes next? 12:40"])
def test_a_clips_title_with_its_length_is_furniture(line: str) -> None:
    assert own_role(line) is Role.JUNK


@pytest.mark.parametrize("line", ["The ferry leaves the quay at 7:30", "Harbour office open from 9:00", "Tide tables until 18:45"])
def test_a_time_of_day_at_the_end_of_a_line_is_no_clips_length(line: str) -> None:
    assert own_role(line) is not Role.JUNK


def test_a_playlists_captioned_titles_and_their_blurbs_shown_twice_are_not_the_article() -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
    ]
    blurb = "The island's new lifeboat was named on Saturday; the crew took it out past the lighthouse for its first run."
    other = "A storm closed the moorland road for a day. Council crews cleared fallen trees and reopened it by evening."
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025", *body,
                                "Caption Lifeboat named at Westmere", blurb, blurb, "Caption Moorland road reopens", other, other,
                                "ann.rowe@courier.example", "Privacy Policy"))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_the_sites_words_around_a_paywalls_count_are_not_the_article() -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
    ]
    wall = [
        "It is lovely to see that you are enjoying the Courier online.",
        "You have now read your 3 free articles this month.",
        "Don’t worry: to read another five articles free, just enter your email address in the box below.",
        "When you register, we will also send you our weekly letter from the harbour.",
    ]
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025", *body, *wall,
                                "Related articles", "Share", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_a_caption_over_its_credit_in_brackets_between_paragraphs_is_not_read() -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
    ]
    caption = "The harbour master arrives to speak at the Westmere quay on Thursday afternoon."
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025",
                                body[0], caption, "(ANN BELL/COURIER)", *body[1:], "Share", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == body


@pytest.mark.parametrize(
    "paragraph",
    [
        "However, the council said the work could not start before the ferries stop for the winter.",  # goes on from the text
        "It will cost £2m, and the board has yet to say where the money will come from.",
        "Тем не менее часть капитанов считает, что работы начнутся слишком поздно.",
        "Silt has built up for ten years. The channel is now half as deep as it was in 2015. And the ferries draw more.",
    ],
)
@pytest.mark.parametrize("credit", ["(ANN BELL/COURIER)", "Ann Bell/Westmere Courier"])
def test_a_paragraph_over_a_pictures_credit_is_not_its_caption(paragraph: str, credit: str) -> None:
    body = [
        "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
        "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
        paragraph,
        "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
    ]
    page = read_page_copy(_page("Home", "Harbour", "Sport", "Ferry channel to be dredged", "By Ann Rowe", "3 June 2025",
                                *body[:3], credit, body[3], "Share", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_a_row_of_topics_between_double_slashes_or_bullets_is_furniture() -> None:
    assert own_role("POPULAR: Tide Tables // Ferry Strike // Harbour Fees // Seal Counts") is Role.JUNK
    assert own_role("Tide Tables • Ferry Strike • Harbour Fees • Seal Counts") is Role.JUNK


def test_a_writers_name_said_once_more_before_the_byline_is_the_byline() -> None:
    assert own_role("Ann Rowe, Westmere Courier By Ann Rowe, Westmere Courier") is Role.BYLINE
    assert own_role("Tom Reid By Ann Rowe") is not Role.BYLINE


@pytest.mark.parametrize("line", ["Credit: Ann Bell/Coast Images", "Photographer: Ann Bell/Coast Images", "Photo by: Westmere Courier"])
def test_a_credit_under_its_label_is_a_credit_line(line: str) -> None:
    assert is_credit_line(line)


def test_a_credits_label_alone_over_the_name_is_not_the_headline() -> None:
    headline = "Ferry channel to be dredged before autumn"
    page = read_page_copy(_page(*MENU, headline, headline, "Photo by:", "The Westmere Courier", "June 3, 2025", "By Ann Rowe", *BODY, "Share", "Comments"))
    assert page is not None and page.title == headline


def test_the_short_answers_of_an_interview_in_questions_and_answers_are_read() -> None:
    lines = [
        "Ann Rowe has skippered the Westmere ferry for thirty years, and retires this week after her last crossing.",
        "How did the first winter on the boat go?",
        "AR It was hard. The engine failed twice in January and we drifted for an hour off the point before help came.",
        "TR And you went back out the next morning, I remember that very well from the harbour office.",
        "AR I did.",
        "Would you do it all again?",
        "AR Every single day of it, and I would ask for the same crew and the same old engine as well.",
        "TR She would, too, and she would still be first on the quay every morning before the gulls were up.",
        "Any regrets at all, looking back?",
        "AR None.",
        "TR Not one.",
        "AR Well, one.",
        "The last crossing",
        "After the crossing the crew will hold a small party on the quay, and the whole island is invited to come along.",
    ]
    page = read_page_copy(_page(*MENU, "Thirty years at the wheel of the island ferry", "By Tom Reid", "June 3, 2025", *lines, "Share", "Comments"))
    assert page is not None
    text = " ".join(block.text for block in page.blocks)
    assert "AR I did." in text and "AR Well, one." in text and "whole island is invited" in text


def test_a_related_storys_headline_in_brackets_after_the_last_sentence_is_cut() -> None:
    from articlecast.sources.bracketlinks import without_bracketed_pointer

    assert without_bracketed_pointer("The seals came back, the warden said. [Photos: Ten Seal Colonies of the North]") == "The seals came back, the warden said."
    assert without_bracketed_pointer("The seals came back, the warden said. [Spotted Seals Return to Westmere Bay]") == "The seals came back, the warden said."
    kept = ["The warden said. [via Coast News]", "He said it [the seal] was healthy.", "The board agreed. [The vote was close, members said.]"]
    assert [without_bracketed_pointer(line) for line in kept] == kept


def test_only_initials_opening_answers_time_and_again_mark_a_speaker() -> None:
    from articlecast.sources.interviews import speaker_tag

    assert speaker_tag("AR I did.") == "AR" and speaker_tag("Q: Why the ferry?") == "Q"
    assert speaker_tag("US officials said the ferry would run.") is None and speaker_tag("A ferry ran late.") is None


def test_a_row_of_tags_in_capitals_shown_twice_is_not_the_headline() -> None:
    headline = "Ferry channel to be dredged before autumn"
    tags = "FERRIES WESTMERE DREDGING TIDES BOATS QUAYS LIFEBOATS SANDBANKS GALES"
    more = [
        "Fishing crews will keep using the channel at night, when the dredger is tied up at the north quay.",
        "The board will publish a weekly notice of where the dredger works, so that skippers can plan their tides.",
        "A public meeting on the plan is set for the last Thursday of June in the lifeboat station's hall.",
        "The council has also asked for a survey of the sandbanks off the point, where the lifeboat grounded last year.",
    ]
    deck = "The harbour board wants the silted channel cleared for the ferries before the autumn gales arrive"
    page = read_page_copy(_page(*MENU, headline, deck, "on 3 June 2025", tags, "By Ann Rowe", *BODY, *more, tags, "Share", "Comments"))
    assert page is not None and page.title == headline
    assert tags not in " ".join(block.text for block in page.blocks)


def test_an_author_box_labelled_with_the_writers_name_closes_the_article() -> None:
    more = [
        "Fishing crews will keep using the channel at night, when the dredger is tied up at the north quay.",
        "The board will publish a weekly notice of where the dredger works, so that skippers can plan their tides.",
        "Skippers who lose trade while the channel is closed can ask the board for a share of the harbour fees back.",
    ]
    bio = "I grew up on the island and have written about its harbour, its boats and its weather for twenty years now."
    page = read_page_copy(_page(*MENU, "Ferry channel to be dredged before autumn", "June 3, 2025", *BODY, *more,
                                "AUTHOR / Ann Rowe", bio, "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == [*BODY, *more]


def test_a_question_over_a_newsletters_pitch_is_its_heading() -> None:
    page = read_page_copy(_page(*MENU, "Ferry channel to be dredged before autumn", "By Ann Rowe", "June 3, 2025", *BODY,
                                "Enjoyed this? Want more?", "Sign up for our newsletter and never miss a harbour story!", "Share", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_sign_up_boxs_pitch_between_its_call_and_its_consent_line_is_not_read() -> None:
    box = ["Subscribe to the Courier", "The tide tables come free. So does the rest, daily.",
           "By submitting above you agree to the Courier's privacy policy."]
    page = read_page_copy(_page(*MENU, "Ferry channel to be dredged before autumn", "By Ann Rowe", "June 3, 2025", *BODY[:1],
                                *box, *BODY[1:], "Share", "Comments"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_paragraph_over_a_consent_line_without_a_sign_up_call_stays() -> None:
    roles = [Role.PROSE, Role.PROSE, Role.JUNK]
    lines = [BODY[0], "The tide tables come free. So does the rest, daily.", "By submitting above you agree to the Courier's privacy policy."]
    mark_signup_pitches(lines, roles)
    assert roles == [Role.PROSE, Role.PROSE, Role.JUNK]


@pytest.mark.parametrize("line", ["Ann Bell/for The Lowmoor Courier", "Ann C. Bell/for Island Weekly News"])
def test_a_credit_naming_the_paper_a_freelance_shot_for_is_a_credit(line: str) -> None:
    assert is_credit_line(line)


def test_a_long_caption_opened_by_a_freelances_credit_is_a_caption() -> None:
    caption = "Ann C. Bell/for The Lowmoor Courier " + " ".join(["Skippers wait for the tide on the quay."] * 5)
    assert opens_on_credit(caption)


def test_a_gallery_that_sets_each_credit_over_its_caption_is_not_read_but_the_paragraph_over_it_is() -> None:
    gallery = [
        "Ann Bell/for The Courier",
        "The dredger waits off the harbour wall for the tide.",
        "Ann Bell/for The Courier",
        "Skippers watch from the quay.",
        "Previous Next",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", BODY[0], BODY[1], *gallery, BODY[2], "Share this story", *MENU))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_writers_name_with_an_e_mail_address_is_a_byline_not_the_headline() -> None:
    line = "Ann Rowe | arowe@courier.example By Ann Rowe | arowe@courier.example"
    assert own_role(line) is Role.BYLINE
    page = read_page_copy(_page(*MENU, HEADLINE, "Print", line, "Follow on Twitter", "June 3, 2025", *BODY, *MENU))
    assert page is not None
    assert page.title == HEADLINE


@pytest.mark.parametrize("line", ["Loading Related Articles...", "Loading comments…", "Loading..."])
def test_a_loading_placeholder_is_furniture(line: str) -> None:
    assert classify(line) is Role.JUNK


def test_a_sentence_that_starts_with_loading_is_kept() -> None:
    assert classify("Loading the ferry took the crew three hours.") is Role.PROSE


def test_captions_each_over_its_credit_with_the_article_going_on_under_the_last_credit_are_not_read() -> None:
    pictures = ["The dredger waits off the harbour wall.", "Image: Ann Bell", "Skippers watch from the quay at dawn.", "Image: Ann Bell"]
    page = read_page_copy(_page(*MENU, HEADLINE, "June 3, 2025", BODY[0], BODY[1], *pictures, BODY[2], "Share this story", *MENU))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_headline_shown_over_the_byline_and_again_under_it_beats_a_sidebar_box_between() -> None:
    lines = [*MENU, HEADLINE, "Tweet", "Trending", "Westmere Yellow Pages", "BY ANN ROWE / STAFF WRITER", "Published: June 3, 2025",
             HEADLINE, "Print Photo", *BODY, *MENU]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE


def test_a_desks_e_mail_address_before_its_name_is_no_byline() -> None:
    assert own_role("news@courier.example | Courier Newsroom") is not Role.BYLINE


GALLERY = [
    "Ann Bell/Lowmoor Courier",
    "Die Bürgermeisterin am Geländer der neuen Brücke",
    "Tom Reed/Lowmoor Courier",
    "Kinder laufen über die Brücke 2024",
]


def _gallery_roles(*lines: str) -> tuple[list[str], list[Role]]:
    from articlecast.sources.creditcaptions import mark_captions_under_credits

    texts = [BODY[0], *lines, BODY[1]]
    roles = [classify(text) for text in texts]
    mark_captions_under_credits(texts, roles)
    return texts, roles


@pytest.mark.parametrize("label", ["Fotostrecke mit 2 Bildern", "Photo gallery (2 images)", "Galeria zdjęć"])
def test_captions_under_credits_after_a_gallerys_label_are_furniture(label: str) -> None:
    texts, roles = _gallery_roles(label, *GALLERY)
    assert [roles[texts.index(line)] for line in (label, GALLERY[1], GALLERY[3])] == [Role.JUNK] * 3
    assert roles[-1] is Role.PROSE


def test_credits_and_short_lines_without_a_gallerys_label_or_buttons_are_left_alone() -> None:
    texts, roles = _gallery_roles(*GALLERY)
    assert roles[texts.index(GALLERY[3])] is not Role.JUNK
