"""The top of a page copy: which line is the headline, and what belongs to the boxes around it
(pitches over the page, labels, share widgets that repeat the headline, names written with an
inner capital)."""

import textwrap

from articlecast.sources.furniture import Role, classify
from articlecast.sources.pagetext import read_page_copy
from articlecast.sources.unwrap import page_lines

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
HEADLINE = "Harbour board votes to dredge the Westmere channel"
MENU = ["Home", "Local", "Harbour", "Sport", "Weather", "Letters"]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_pitch_over_the_page_does_not_swallow_the_headline_under_the_menu():
    pitch = "Your subscription to the Westmere Courier newsletter is handled by our partner; we keep your address private."
    page = read_page_copy(_page(pitch, *MENU, HEADLINE, "Ann Rowe", "3 June 2025", "Share", "Comments", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_label_ending_in_a_colon_is_not_the_headline():
    label = "Other stories by this reporter appear in:"
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe", label, "Archive", "Share", "Print", "Advertisement", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_the_headline_a_share_widget_repeats_wins_over_a_shorter_deck_under_it():
    deck = "Skippers get their channel back"
    share = ["Share", "Share this on Facebook", f"Share options for: {HEADLINE}", "Email"]
    page = read_page_copy(_page("Filed under:", "Harbour", "Boats", HEADLINE, "12 comments", deck, "By Ann Rowe", *share, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_menu_entry_repeated_whole_is_no_headline():
    back = "Back to the overview page"
    page = read_page_copy(_page(back, *MENU, HEADLINE, "3 June 2025", "Share", "Advertisement", *BODY, back, "Share", "Print"))
    assert page is not None
    assert page.title == HEADLINE


def test_a_paragraph_opening_with_a_name_with_an_inner_capital_is_not_glued_to_the_credit_above():
    credit = "Photo by Ann Rowe for the Westmere Courier"
    paragraph = "eBay sellers on the coast say the dredging will bring back the boat trade the shallows cost them."
    lines = page_lines(_page(HEADLINE, credit, paragraph, *BODY))
    assert credit in lines and paragraph in lines


def test_a_comment_prompt_is_furniture():
    assert classify("Write a comment") is Role.JUNK
    assert classify("Post a reply") is Role.JUNK


def test_a_wrapped_sentence_cut_before_a_lower_case_word_is_joined_again():
    sentence = "The lifeboat crew said the new channel would let them launch at any tide, which matters on winter nights."
    lines = page_lines(textwrap.fill(sentence, 40) + "\n")
    assert lines == [sentence]


def test_a_sentence_cut_by_a_hard_break_goes_on_across_a_blank_line():
    text = "The new berth costs less than the board feared, but only\n\nif the work starts before the autumn gales.\n"
    assert page_lines(text) == ["The new berth costs less than the board feared, but only if the work starts before the autumn gales."]


def test_a_paragraph_cut_by_a_hard_break_stays_in_the_body():
    cut = [
        "The board met on Tuesday. It agreed to pay for the dredging out of reserves, and the chair said that would leave enough for",
        "Westmere Pier repairs.",
    ]
    questions = ["How long will the work take?", "Six weeks if the weather holds.", "Who pays?", "The board does."]
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Advertisement", BODY[0], *cut, *questions, *BODY[1:], "Share"))
    assert page is not None
    texts = [block.text for block in page.blocks]
    assert texts[0] == BODY[0] and texts[-2:] == BODY[1:]


def test_a_polite_german_newsletter_call_after_the_article_is_furniture():
    call = (
        "Keine Neuigkeiten aus dem Hafen mehr verpassen: Abonnieren Sie kostenlos den Newsletter des Kuriers "
        "und bleiben Sie über alle aktuellen Entwicklungen auf dem Laufenden."
    )
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Advertisement", *BODY, call, "Schlagworte", "Teilen"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_wrapped_after_a_comma_keeps_its_last_word():
    headline = "Harbour board votes to dredge the silted Westmere channel on Tuesday, SMS"
    wrapped = textwrap.fill(headline, 70)
    assert wrapped.endswith("\nSMS")
    body = "\n".join(textwrap.fill(paragraph, 70) for paragraph in BODY)
    assert headline in page_lines(wrapped + "\n" + body + "\n")


def test_a_date_in_lower_case_under_a_headline_stands_alone():
    headline = "Le conseil du port vote le dragage du chenal de Westmere"
    lines = page_lines(_page(headline, "mercredi 11 septembre 2019", "Partager", *BODY))
    assert lines[:2] == [headline, "mercredi 11 septembre 2019"]
    assert classify("mercredi 11 septembre 2019") is Role.DATELINE
    assert classify("Tuesday, 3 June 2025") is Role.DATELINE


def test_an_author_box_between_the_byline_and_the_body_stays_out():
    bio = (
        "Ann Rowe kam 2009 zum Kurier. Sie lernte an einer Journalistenschule und arbeitete zuerst als Redakteurin "
        "im Lokalen, bevor sie über den Hafen und die Fischerei zu schreiben begann. Seit 2015 berichtet sie aus "
        "Westmere über den Hafenrat, die Fähren und die Werft. Für ihre Recherchen über die Fischquoten erhielt sie "
        "2018 einen Preis, 2020 war sie als Stipendiatin ein halbes Jahr in Norwegen."
    )
    assert len(bio.split()) > 60
    page = read_page_copy(_page(*MENU, HEADLINE, "Von Ann Rowe, Westmere", "Ann Rowe", bio, "Share", "Print", *BODY))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_teaser_inside_the_body_whose_summary_ends_in_its_byline_is_furniture():
    teaser = [
        "After the storm",
        "The skipper who keeps the lifeboat afloat",
        "Tom Reid has run the lifeboat for twenty years. He says the shallows are the worst he has seen. By Ann Rowe and Mia Stone",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", "Share", "Print", "Advertisement", BODY[0], *teaser, *BODY[1:]))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_wrapped_summary_of_two_sentences_without_a_final_stop_is_no_headline_over_a_deck():
    summary = "Work on the silted channel at Westmere Harbour begins in August. Small boats may pass, says Ann Rowe"
    wrapped = textwrap.fill(summary, 40)
    assert wrapped.splitlines()[1].startswith("Harbour begins in August.")
    body = "\n".join(textwrap.fill(paragraph, 40) for paragraph in BODY)
    assert summary in page_lines(wrapped + "\n" + body + "\n")


def test_a_short_link_in_lower_case_does_not_go_on_with_the_line_above():
    lines = page_lines(_page("The board will start in August, says Ann Rowe of Westmere", "back to top", *BODY))
    assert lines[:2] == ["The board will start in August, says Ann Rowe of Westmere", "back to top"]


def test_a_caption_ending_in_a_photographer_and_agency_credit_is_furniture():
    assert classify("The new pontoon will hold twelve boats once it is finished. Ann Bell/Reuters files") is Role.JUNK
    assert classify("The board said the pontoon will hold twelve boats, according to a report by AFP/Reuters.") is Role.PROSE


def test_a_short_lower_case_tail_that_the_wrap_cut_off_joins_its_line():
    caption = "The pontoon seen from the harbour wall at low water on a calm day in spring.Photo: Ann Bell"
    wrapped = textwrap.fill(caption, 70)
    assert len(wrapped.splitlines()[-1].split()) < 4
    body = "\n".join(textwrap.fill(paragraph, 70) for paragraph in BODY)
    assert caption in page_lines(wrapped + "\n" + body + "\n")


def test_a_wrapped_caption_closing_on_its_bracketed_credit_does_not_swallow_the_headline():
    caption = "Ferries wait at the outer pier of Westmere harbour while the silted channel is dredged by two hired barges out of Lowmoor (Getty/Ann Bell)"
    assert classify(caption) is Role.JUNK
    wrapped = textwrap.fill(caption, 70)
    assert len(wrapped.splitlines()[-1]) > 60  # the credit's line nearly fills the width
    body = "\n".join(textwrap.fill(paragraph, 70) for paragraph in BODY)
    lines = page_lines(wrapped + "\n" + HEADLINE + "\n" + body + "\n")
    assert HEADLINE in lines


def test_a_headline_written_as_a_statement_over_its_deck_and_byline_is_the_title():
    headline = "Goats ate the island bare for a century. Now it is green again."
    deck = "The small rocky island off Westmere, once stripped bare by goats and rats, has come back much faster than anyone had hoped. What happened there?"
    page = read_page_copy(_page(*MENU, "Photo of the Week", "Environment", headline, deck, "By Ann Rowe", "Share", "Print", "Advertisement", *BODY))
    assert page is not None
    assert page.title == headline
    points = [
        "The board wants the channel dredged before the autumn timetable, and the skippers agree with the plan.",
        "The lifeboat crew says the work cannot wait, since the shallows now keep it ashore at low tide.",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "Share", *points, "By Ann Rowe", "Print", "Advertisement", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_a_caption_over_a_photographer_credit_is_furniture():
    caption = "The pontoon seen from the harbour wall, one of the first things the board repaired after the storm."
    credit = "Photograph by Ann Bell, Westmere Harbour Board"
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "Share", "Print", BODY[0], caption, credit, *BODY[1:]))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_paragraph_cut_after_a_phrase_like_a_byline_is_no_teaser():
    cut = [
        "Der Hafenrat tagte am Dienstag und stimmte dem Plan zu, wie der Vorsitzende danach erklärte. Von Anfang an war klar, dass",
        "Werft und Hafen sich den Auftrag teilen.",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, "3. Juni 2025", "Share", "Print", "Advertisement", BODY[0], *cut, *BODY[1:]))
    assert page is not None
    assert cut[0] in [block.text for block in page.blocks]


def test_a_republished_story_credits_its_source_and_a_colon_byline_names_its_author():
    assert classify("Courtesy of the Westmere Gazette") is Role.JUNK
    assert classify("Courtesy of the board, the ferry will run until midnight on Saturday after the regatta.") is Role.PROSE
    page = read_page_copy(_page(*MENU, HEADLINE, "Share", "Print", "Courtesy of the Westmere Gazette", "Written by: Ann Rowe", *BODY))
    assert page is not None
    assert (page.title, page.author) == (HEADLINE, "Ann Rowe")
    assert [block.text for block in page.blocks] == BODY


def test_a_read_also_line_naming_another_story_does_not_make_that_story_the_headline():
    other = "Ferry fares rise for the third year running"
    related = ["Related stories", "10:05", "Lifeboat crew honoured at the guildhall", "9:40", other]
    body = [*BODY[:2], f"Read also: {other}", BODY[2]]
    page = read_page_copy(_page(*MENU, *related, "Westmere", "3 June 2025", HEADLINE, "Share", "Print", *body))
    assert page is not None
    assert page.title == HEADLINE


def test_a_long_caption_closed_by_its_photo_credit_is_not_read_as_the_first_paragraph():
    caption = (
        "Skipper Tom Reid, who first sailed the Westmere channel in 1979, on the quay at low tide. "
        "The shallows grounded his boat twice this spring. Photo via Westmere Harbour Board"
    )
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", "3 June 2025", "Share", "Print", "Advertisement", caption, *BODY))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_headline_the_window_title_shows_before_the_site_name_wins_over_the_deck_over_the_byline():
    deck = "Two boats have run aground on the shallows since May"
    window_title = f"{HEADLINE} | Westmere Courier"
    byline = "Ann Rowe · Westmere Courier · Posted: Jun 3, 2025 9:27 AM"
    page = read_page_copy(_page(*MENU, window_title, "Harbour·Updated", HEADLINE, "Share", "Print", deck, byline, "Comments", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_a_headline_at_the_start_of_a_longer_line_is_no_window_title():
    deck = "Two boats have run aground on the shallows since May"
    longer = f"{HEADLINE} - and what the skippers of the coast, the lifeboat crew and the board think of it"
    byline = "Ann Rowe · Westmere Courier · Posted: Jun 3, 2025 9:27 AM"
    page = read_page_copy(_page(*MENU, longer, HEADLINE, "Share", "Print", deck, byline, "Comments", *BODY))
    assert page is not None
    assert page.title == deck


def test_a_short_first_sentence_under_the_date_and_a_caption_opens_the_article():
    opening = "The channel is silting up again."
    caption = "A ferry waits for the tide at the Westmere quay. (Ann Rowe / Westmere Courier)"
    page = read_page_copy(_page("Advertisement", *MENU, HEADLINE, "By Ann Rowe", "Jun 3, 2025 at 9:27 am", "Expand", caption, opening, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == [opening, *BODY]


def test_a_short_line_over_the_article_without_a_date_above_it_stays_out():
    label = "Read the full story."
    page = read_page_copy(_page(*MENU, HEADLINE, "Share", "Print", "Advertisement", label, *BODY))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_the_headline_under_the_byline_and_date_wins_over_a_menu_entry_far_above():
    top = ["Switch to the mobile view »", *MENU, "Newsletter", "Sign in", "Advertisement", *MENU[:4]]
    under = ["Mail the author", "Photo: Tom Reid CC BY 2.0", HEADLINE, "Comments ()", "More on this"]
    page = read_page_copy(_page(*top, "By Ann Rowe", "03.06.25, 06:00", *under, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_the_headline_a_breadcrumb_repeats_wins_over_highlights_far_below_it():
    highlights = ["Dredging to start in August", "Larger boats kept out on weekdays", "Lifeboat launches at any tide again"]
    top = [*MENU, f"You are here: Home › Current page: {HEADLINE}", HEADLINE, "Press release", "Harbour board", "03-06-2025 - 09:27"]
    page = read_page_copy(_page(*top, "Share this page:", "Facebook", "Twitter", *highlights, "The channel at low tide © Ann Bell", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_rating_widget_over_the_article_is_no_headline():
    widget = ["Rate this story:", "Rated 1 star(s) out of 5", *(f"Give it {stars} stars" for stars in range(1, 6)), "Viewed 314 times"]
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe | Westmere | 03/06/2025", *widget, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_under_a_video_label_over_its_date_is_the_title():
    headline = f"WATCH: {HEADLINE}"
    page = read_page_copy(_page(*MENU, headline, "2025-06-03 09:27", *BODY, "WATCH: Skippers race the tide", "02:15", "Sign in", "Newsletter"))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


def test_a_box_signed_inside_the_article_neither_ends_it_nor_lends_its_heading_as_the_headline():
    box = ["On the quay", "By Tom ReidCourier Radio, Westmere"]
    more = ["The harbour master has opened the old net loft as a waiting room for skippers.", "Volunteers bring tea twice a day."]
    top = [*MENU, HEADLINE, "3 June 2025", "From the section Harbour life", "Share", "Share this with Email", "Media captionAnn Rowe on the silted channel"]
    page = read_page_copy(_page(*top, *BODY, *box, *more, "Share this story", "Email", "Facebook"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == [*BODY, box[0], *more]


def test_a_call_out_forms_fine_print_after_the_article_stays_out():
    fine_print = (
        "If you are happy to be contacted by one of our reporters please leave a telephone number. We may publish a selection"
        " of your comments with your name and town, unless you tell us otherwise. Your contact details will never be published."
        " When you send us pictures or video, at no time should you put yourself or others at risk or break any law to get them."
        " Please make sure you have read the terms and conditions before you send anything to the newsroom team."
    )
    form = ["Your contact details", "Name (optional) Your e-mail address (required) Comments (required)", fine_print, "Terms and conditions"]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", *BODY, *form, "Share this story", "Email", "Facebook"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_related_list_with_a_date_under_each_entry_inside_the_article_neither_parts_it_nor_gives_the_headline():
    related = ["Related stories:", "Ferry timetable changes for the winter", "6 November 2024", "Lifeboat crew trains at night", "24 March 2025"]
    page = read_page_copy(_page(*MENU, "09:27, 3 June 2025", HEADLINE, BODY[0], *related, *BODY[1:], "Comments", "Sign in"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_under_its_date_over_its_pictures_credit_is_no_caption():
    pitch = "Sharpen your memory: train your attention at our weekend course"
    teasers = ["Read more at Courier Pro", "Five questions to ask before you buy a boat", "How to calm a quarrel on the quay", "Tides for beginners"]
    lines = [pitch, "Buy now", "Harbour 03 Jun, 12:00", HEADLINE, "Photo: Ann Bell / Courier", BODY[0], *teasers, *BODY[1:], "Comments"]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_caption_under_the_date_over_its_credit_stays_a_caption_under_a_headline():
    caption = "Skippers wait for the tide at Westmere"
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025", caption, "Photo: Ann Bell / Courier", *BODY, "Comments", "Sign in"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_an_editors_initials_close_the_article_before_the_news_on_the_same_subject():
    signed = BODY[-1] + " (ar)"
    other = ["More news on this subject", "Ferry company orders two new boats", "The ferry company has ordered two boats for the island route, to be delivered in spring."]
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", *BODY[:-1], signed, "12 comments", "Topics:", "Harbour", *other))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_kicker_about_as_long_as_the_headline_under_it_is_no_headline_over_a_deck():
    page = read_page_copy(_page(*MENU, "Share", "Print", "Comments", "Life on the coast", "Five trades with a future", "Print", "3 June 2025", "By", "Ann Rowe", *BODY))
    assert page is not None
    assert page.title == "Five trades with a future"


def test_an_agency_in_capitals_after_a_caption_does_not_end_the_article():
    caption = "Skippers wait for the tide at Westmere, where the quay was rebuilt after the storm of 1989. (AP)"
    page = read_page_copy(_page(*MENU, HEADLINE, "By Ann Rowe", BODY[0], caption, *BODY[1:], "Comments", "Sign in"))
    assert page is not None
    assert [block.text for block in page.blocks][-1] == BODY[-1]


STANDFIRST = "Skippers have waited two years for the work. The board says the channel will be open again by October."
SIGNATURE = ["By Ann Rowe", "Ann Rowe", "Ann Rowe is a reporter at the Courier and has covered the harbour since 2009.", "Follow on Twitter", "Send an e-mail"]


def test_a_standfirst_over_the_byline_and_the_writer_s_box_opens_the_article():
    page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025, 05:28", STANDFIRST, *SIGNATURE, *BODY, "Share", "Print"))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe"
    assert [block.text for block in page.blocks] == [STANDFIRST, *BODY]


def test_a_short_caption_or_a_story_of_its_own_over_the_byline_is_no_standfirst():
    caption = "Boats at the Westmere quay."
    story = [
        "The ferry company has cut its winter timetable to two crossings a day, and islanders say they were not asked.",
        "The company blames the price of fuel and says the summer timetable will be kept as it is.",
        "A meeting on the island is planned for next week.",
    ]
    for above in ([caption], story):
        page = read_page_copy(_page(*MENU, HEADLINE, "3 June 2025, 05:28", *above, *SIGNATURE, *BODY, "Share", "Print"))
        assert page is not None
        assert [block.text for block in page.blocks] == BODY


ZH_HEADLINE = "港口委员会决定疏浚西湾航道"
ZH_BODY = [
    "港口委员会周二决定，在秋季渡轮时刻表开始之前疏浚西湾淤塞的航道。",
    "船长们说，自五月以来浅滩已经让两艘船搁浅，救生艇也只能等到涨潮才能出海。",
    "工程预计八月开始，持续六周，工作日期间大型船只不得通行。",
]
ZH_LATEST = ["西湾：新码头下月启用", ZH_HEADLINE, "渡轮票价明年不变", "海边步道周末封闭维修"]


def test_a_chinese_headline_counts_its_characters_as_words():
    from articlecast.sources.linerole import headline_like

    assert headline_like(ZH_HEADLINE, Role.SHORT)
    assert not headline_like(ZH_BODY[2], Role.SHORT)  # a caption's full stop


def test_a_chinese_agency_copy_with_a_slider_and_a_list_of_headlines_gives_its_headline_and_text():
    dateline = "西湾新闻网 ( 2025-06-03 09:15:00 ) 稿件来源： 西湾日报"
    rest = ["作者： 记者林海", "【关闭窗口】 【打印本稿】", "西湾：灯塔重新点亮", "更多图片>>", "1", "2", "3", *ZH_LATEST]
    page = read_page_copy("\n\n".join([ZH_HEADLINE, dateline, *ZH_BODY, *rest]))  # the headline is listed again
    assert page is not None
    assert page.title == ZH_HEADLINE
    assert [block.text for block in page.blocks] == ZH_BODY


def test_a_short_headline_that_asks_is_no_kicker_over_its_deck():
    deck = "Are the new owners really raising fares because of the storm repairs at the quay?"
    page = read_page_copy(_page(*MENU, "Updated: 3 June 2025", "Ferry fares doubling?", deck, "Email", "Print", "By Ann Rowe", *BODY))
    assert page is not None
    assert page.title == "Ferry fares doubling?"


def test_a_list_of_topics_ending_in_a_comma_is_no_headline_over_the_real_one():
    page = read_page_copy(_page(*MENU, "Ferries, Harbour works, Local politics,", HEADLINE, "By Ann Rowe", "posted Jun 3rd 2025 7:30PM", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_a_headline_over_share_buttons_over_its_deck_stays_the_headline():
    deck = "The lifeboat crew has waited for the tide since spring, and skippers want the channel clear before the ferries."
    for buttons in (["Share"], ["Reading time: 2 min", "Share"]):
        page = read_page_copy(_page(*MENU, "3 June 2025, 14:05", HEADLINE, *buttons, deck, *BODY, "Tags", "Harbour", "Sport"))
        assert page is not None
        assert page.title == HEADLINE


def test_a_russian_headline_over_a_reading_time_over_its_deck_stays_the_headline():
    headline = "В порту Вестмира начали углублять фарватер"
    deck = "Спасатели с весны ждут прилива, чтобы выйти в море, а капитаны просят закончить работы до осени"
    body = [
        "Портовое управление начало углублять заиленный фарватер в Вестмире, сообщили в понедельник в мэрии.",
        "С мая на мели уже дважды оказывались рыбацкие лодки, а спасатели выходят в море только в прилив.",
        "Работы продлятся шесть недель, крупные суда в это время будут заходить в порт только по выходным.",
    ]
    menu = ["Главная", "Политика", "Экономика", "Общество", "Спорт", "Культура"]
    page = read_page_copy(_page(*menu, "3 июня 2025, 14:05", headline, "Время чтения: 2 мин", "Поделиться", deck, *body, "Теги", "порт"))
    assert page is not None
    assert page.title == headline


def test_a_headline_under_its_date_is_not_taken_for_a_deck_over_buttons():
    kicker = "Harbour news"
    page = read_page_copy(_page(*MENU, kicker, "Share", "3 June 2025", HEADLINE, *BODY, "Tags", "Harbour"))
    assert page is not None
    assert page.title == HEADLINE


def test_a_menus_label_given_twice_over_a_button_row_is_not_the_headline():
    # a menu whose links the copy gives twice ("Weather Weather") stands over the headline and a short button row
    menu = ["Evening Report Evening Report", "Harbour Watch Harbour Watch", "Island Weekend Island Weekend"]
    top = [*MENU, "Live", "Video"]  # shown again over the headline: buttons
    page = read_page_copy(_page(*top, *menu, "Live", "Video", HEADLINE, "By Ann Rowe", "3 June 2025, 10:15", "Share", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_a_headline_over_its_pictures_file_name_is_kept_apart_and_taken():
    page = read_page_copy(_page(*MENU, "comments", HEADLINE, "quay at low tide westmere.jpg",
                                "Skippers wait for the tide at the quay on Tuesday. (Ann Bell/abell@courier.example)",
                                "Print Email", "on June 3, 2025 at 2:47 PM", "comments", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_over_a_caption_and_its_credit_is_taken():
    caption = "Skippers wait for the tide at the Westmere quay, where the channel silted up in May."
    page = read_page_copy(_page("LOCAL Harbour", HEADLINE, "Skippers at the quay.", "Ann Bell / Westmere Courier",
                                caption, f"{caption} (Ann Bell / Westmere Courier)", "Ann RoweContact Reporter", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_paper_named_in_a_menu_beside_its_subscribe_button_is_not_the_headline():
    papers = ["Westmere Courier", "Moorland Gazette", "Harbour Evening Post"]
    footer = [f"{paper} | Subscribe" for paper in papers]
    page = read_page_copy(_page(*MENU, "Email newsletters", *papers, "comments", HEADLINE, "Print Email",
                                "on June 3, 2025 at 4:51 PM", "comments", *BODY, "Most Read", *footer))
    assert page is not None
    assert page.title == HEADLINE


def test_a_two_word_headline_over_its_deck_over_the_byline_is_the_title_and_the_writers_card_in_the_lead_is_passed():
    deck = "The harbour board's promise to keep the ferry running all winter has officially proved to be empty."
    lead = "All autumn the harbour board promised the islanders a ferry every day of the winter, whatever the weather, and the skippers believed it."
    card = ["Ann Rowe", "Ann Rowe is the Courier's harbour correspondent."]
    page = read_page_copy(_page("Courier", "Sign In Sign Up", "Courier", "Harbour", "Who's sailing, who's not, and why.", "March 9 2025 4:21 PM",
                                "Broken Promise", deck, "By Ann Rowe", lead, *card, *BODY, "Load Comments"))
    assert page is not None
    assert page.title == "Broken Promise"
    assert [block.text for block in page.blocks][-4:] == [lead, *BODY]  # the deck may be read before the lead


def test_a_related_storys_card_between_paragraphs_does_not_part_the_article_and_a_breadcrumb_over_the_headline_is_no_headline():
    summary = ["The ferry company has picked a new skipper for the island run, said two people who know of the decision.", "Rowe, who sailed the route for years..."]
    card = ["Ferry company names new skipper for the island run, a post it once meant to abolish", "Tom Reid, Ann Bell",
            *summary, *summary, "(Tom Reid, Ann Bell)"]
    caption = "Skippers wait for the tide at the Westmere quay on a grey morning in May."
    lead = ["Dredging - \"it's a waste.\"", "The harbour master has said that more than once."]
    page = read_page_copy(_page("News Harbour & Coast Local politics", HEADLINE, "Skippers", "Ann Bell / Courier", caption, caption,
                                "(Ann Bell / Courier)", "Ann RoweThe Westmere Courier", *lead, BODY[0], *card, *BODY[1:], "Copyright © 2025, Courier"))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == [*lead, *BODY]


def test_the_headline_over_summary_points_that_lost_their_bullets_wins_over_the_last_point():
    headline = "Harbour board votes to dredge the Westmere channel before the autumn ferries start running again"
    points = [
        "Skippers have reported two groundings in the shallows since May",
        "The lifeboat crew waits for high tide before it can launch",
        "Work is planned to start in August and last six weeks",
    ]
    page = read_page_copy(_page(*MENU, "At the harbour", headline, *points, "Ann Rowe | Westmere", "3 June 2025", "Share", "Print", *BODY))
    assert page is not None
    assert page.title == headline


def test_the_next_story_a_post_shows_again_and_again_is_not_the_headline():
    following = "Lifeboat crew wins a national award for its winter rescues off Westmere"
    page = read_page_copy(
        _page(
            *MENU, following, "Harbour", HEADLINE, "Share Tweet HN", "212", "Shares", following, "Save to ▾", "Pocket", "PDF",
            "Ann Rowe", "3 June 2025, 9:40am", *BODY, "Related stories", following, "Ferry fares rise in spring",
        )
    )
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_headline_shown_again_under_the_article_is_still_the_headline():
    page = read_page_copy(_page(*MENU, HEADLINE, "Ann Rowe", "3 June 2025", *BODY, "Most read", HEADLINE, "Ferry fares rise in spring"))
    assert page is not None
    assert page.title == HEADLINE


def test_a_standfirst_over_the_stories_date_stamp_and_share_buttons_opens_the_article():
    page = read_page_copy(_page(*MENU, "Harbour", HEADLINE, STANDFIRST, "3.6.2025 05.28", "Online since today, 05:28", "Share on Facebook", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == [STANDFIRST, *BODY]


def test_a_story_of_its_own_over_the_date_stamp_is_no_standfirst():
    story = [
        "The ferry company has cut its winter timetable to two crossings a day, and islanders say they were not asked.",
        "The company blames the price of fuel and says the summer timetable will be kept as it is.",
    ]
    page = read_page_copy(_page(*MENU, HEADLINE, *story, "3.6.2025 05.28", "Share on Facebook", *BODY))
    assert page is not None
    assert [block.text for block in page.blocks][0] != story[-1]


TAGGED_STAMP = "#Harbour news from Westmere 3 June 2025"
QUESTION_HEADLINE = "Dredging the Westmere channel: who pays? The board has an answer"


def test_the_line_between_two_copies_of_the_pages_meta_line_is_the_headline():
    page = read_page_copy(
        _page(*MENU, TAGGED_STAMP, QUESTION_HEADLINE, f"{TAGGED_STAMP} It takes 3 minutes to read", "Harbour Council", *BODY)
    )
    assert page is not None
    assert page.title == QUESTION_HEADLINE
    assert "#Harbour" not in " ".join(block.text for block in page.blocks)


def test_a_hashtag_and_a_date_make_a_dateline_but_a_hashtagged_sentence_does_not():
    assert classify("#Krótko o przepisach prawa w Polsce 22 kwietnia 2021") is Role.DATELINE
    assert classify("#Wahl2024 Kommunalpolitik 3. Mai 2024 Lesedauer: 4 Minuten") is Role.DATELINE
    assert classify("#Sport Der Verein gewann das Pokalfinale am 3. Mai 2024.") is not Role.DATELINE
