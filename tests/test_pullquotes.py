"""Pull quotes: a sentence of the article that the page sets apart again in a box, inside the text or after it."""

from articlecast.sources.pagetext import read_page_copy

HEADLINE = "Harbour board votes to dredge the Westmere channel"
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]
BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch. "
    "The board's chair kept the survey from the skippers for a year, and the crew learned of it from a leaked letter.",
    "The skippers were furious. Nobody on the quay believes the channel will stay open for more than a season or two.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
FOOTER = ["By Ann Rowe", "Advertisement", "All rights reserved", "Share", "Print"]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _read(*lines: str) -> list[str]:
    page = read_page_copy(_page(*MENU, HEADLINE, "Advertisement", *lines, *FOOTER))
    assert page is not None
    return [block.text for block in page.blocks]


def test_a_paragraph_shown_again_word_for_word_inside_the_article_is_read_once():
    assert _read(*BODY[:3], BODY[2], BODY[3]) == BODY


def test_quotes_after_the_last_paragraph_drawn_from_the_article_are_left_out():
    cut_down = "The chair kept the survey from the skippers. The crew learned of it from a letter."
    assert _read(*BODY, BODY[2], cut_down) == BODY


def test_a_closing_line_that_says_something_new_stays():
    closing = "The board meets again on the first Monday of September to set the fees for the new channel."
    assert _read(*BODY, closing) == [*BODY, closing]


def test_a_short_line_repeated_at_the_end_stays_when_it_is_the_article_s_own():
    closing = "The skippers were furious."
    assert _read(*BODY, closing) == [*BODY, closing]


def test_a_caption_cut_from_the_paragraph_under_it_is_left_out():
    caption = "Skippers say the shallows have grounded two boats since May."
    assert _read(BODY[0], caption, *BODY[1:]) == BODY


def test_a_paragraph_that_a_later_one_merely_resembles_stays():
    first = "Skippers say the shallows have grounded two boats since the spring began."
    assert _read(BODY[0], first, *BODY[1:]) == [BODY[0], first, *BODY[1:]]


def test_a_saved_page_s_pull_quotes_after_the_text_are_left_out(tmp_path):
    from articlecast.sources import load_article

    cut_down = "The chair kept the survey from the skippers. The crew learned of it from a letter."
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"{paragraphs}<h4>{BODY[2]}</h4><h4>{cut_down}</h4></article></body></html>",
        encoding="utf-8",
    )
    assert [block.text for block in load_article(page).blocks] == BODY


def test_a_closing_paragraph_in_a_script_with_vowel_signs_is_no_pull_quote():
    body = [
        "नगर परिषद ने मंगलवार को बंदरगाह की नहर की खुदाई का प्रस्ताव पास किया, जिससे मछुआरों की नावें फिर से समुद्र तक जा सकेंगी।",
        "मछुआरों का कहना है कि पिछले साल से नहर में इतनी मिट्टी जमा हो गई है कि बड़ी नावें केवल ज्वार के समय ही निकल पाती हैं और कई बार फंस जाती हैं।",
        "परिषद के अध्यक्ष ने कहा कि काम अगस्त में शुरू होगा और छह सप्ताह तक चलेगा।",
    ]
    page = read_page_copy(_page(*MENU, "बंदरगाह की नहर की खुदाई होगी", "Advertisement", *body, *FOOTER))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_words_are_compared_whole_in_scripts_with_vowel_signs():
    from articlecast.sources.pullquotes import _WORD

    assert _WORD.findall("मछुआरों का कहना, “ठीक है”।") == ["मछुआरों", "का", "कहना", "ठीक", "है"]


def test_a_quote_cut_down_from_a_paragraph_a_few_lines_away_is_left_out():
    cut_down = "The chair kept the survey from the skippers for a year."
    assert _read(BODY[0], cut_down, *BODY[1:]) == BODY


def test_a_short_paragraph_repeating_words_of_a_paragraph_far_away_stays():
    far = "The board's chair kept the survey for a year."
    closing = "The board meets again on the first Monday of September to set the fees for the new channel."
    body = [BODY[1], BODY[0], BODY[2], BODY[3], "The skippers met on the quay at dawn to talk it over.", "Nobody spoke for an hour.", far, closing]
    assert _read(*body) == body


def test_a_caption_without_its_full_stop_retelling_a_paragraph_is_left_out():
    caption = "The board chair kept the survey from the skippers"
    assert _read(BODY[0], BODY[1], caption, *BODY[2:]) == BODY


def test_a_subheading_of_few_words_or_announcing_the_paragraph_below_stays():
    for heading in ["Why the skippers are angry", "Work on the channel starts in August"]:
        assert _read(BODY[0], BODY[1], BODY[2], heading, BODY[3]) == [*BODY[:3], heading, BODY[3]]


def test_a_subheading_with_capitals_repeating_the_words_of_the_paragraph_over_it_stays():
    heading = "The Board Chair Kept The Survey From The Skippers"
    assert _read(BODY[0], BODY[1], heading, *BODY[2:]) == [BODY[0], BODY[1], heading, *BODY[2:]]
