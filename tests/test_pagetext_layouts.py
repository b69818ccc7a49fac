"""Page copies laid out in ways the other page tests do not show: a headline right under a menu,
blocks of furniture before and after the article, and a page whose headline is no ``<h1>``."""

import textwrap

from lxml import html as lxml_html

from articlecast.article import Block
from articlecast.sources.pagemeta import marked_headlines, pick_headline, shown_headlines
from articlecast.sources.pagetext import read_page_copy

BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]
HEADLINE = "Harbour board votes to dredge the Westmere channel"
BODY_MORE = [
    "The board's engineer said the dredged silt will be spread on the salt marsh north of the town, where it is needed.",
    "Ferry passengers should expect the eight o'clock crossing to leave from the old quay while the work goes on.",
    "The board meets again in September to decide whether the inner basin, silted as badly, needs the same treatment.",
]


def _page(*parts: str) -> str:
    return "\n".join(textwrap.dedent(part).strip("\n") for part in parts) + "\n"


MENU = """\
    Skip to content
    Subscribe now
    Top stories
    Home
    Local
    Harbour
    Sport
    Weather
    Letters
    Sign in
    """


def test_headline_right_under_a_menu_is_the_title():
    text = _page(MENU, HEADLINE, "Published 3 June 2025, 09:15 · Ann Rowe", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_headline_above_a_standfirst_caption_and_ad_label_is_the_title():
    text = _page(
        MENU,
        HEADLINE,
        "Share",
        "Add a comment",
        "The silted channel at low tide. Photo: Westmere Gazette",
        "Advertisement",
        *BODY,
    )
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE


def test_a_line_with_the_time_of_day_near_the_body_is_no_headline():
    text = _page(MENU, "3.6.2025 09:15 Ann Rowe 12 comments", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title != "3.6.2025 09:15 Ann Rowe 12 comments"


def test_a_stray_sentence_after_share_and_tag_lists_is_not_read():
    tail = """\
        Share on Facebook
        Share on X
        12 comments
        Topics:
        Harbour
        Ferries
        Westmere
        Ann Rowe
        … has written about the coast for the paper since 2009.
        """
    page = read_page_copy(_page(MENU, HEADLINE, *BODY, tail))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_teaser_question_above_a_block_of_teasers_does_not_start_the_body():
    teasers = """\
        Will the pier reopen this summer?
        The council has yet to say when repairs to the old pier will be finished, and traders are waiting for an answer...
        read on
        12.05.2025
        Ferry fares to rise again
        Operators blame fuel costs for the second rise this year, which will take effect from the first of July...
        read on
        Back to the overview
        02.06.2025 - Harbour
        """
    page = read_page_copy(_page(MENU, teasers, HEADLINE, *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_the_article_goes_on_after_a_long_box_inside_it():
    box = """\
        READ MORE
        Ferry fares to rise again
        Pier repairs run late
        Lifeboat crew gets new boat
        Share on Facebook
        Share on X
        Advertisement
        """
    rest = [
        "The board will pay for the work from its reserves rather than raise mooring fees, its chair told the meeting on Tuesday evening.",
        "A second dredge is planned for the outer harbour in 2027 if the survey now under way finds the same build-up of silt there.",
    ]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", *BODY, box, *rest))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY + rest


def test_a_headline_marked_by_its_class_when_the_page_has_no_h1():
    tree = lxml_html.fromstring(
        """<html><head><title>Westmere Gazette - Harbour board votes to dredge the Westmere channel</title></head><body>
        <div class="teaser"><span class="teaser-headline">Ferry fares to rise again</span></div>
        <div class="teaser"><span class="teaser-headline">Pier repairs run late into the summer</span></div>
        <div id="story-headline" class="big">Harbour board votes to dredge the Westmere channel</div>
        <div class="story"><p>The harbour board has agreed to dredge the channel.</p></div>
        </body></html>"""
    )
    assert shown_headlines(tree) == []
    headlines = marked_headlines(tree)
    assert HEADLINE in headlines
    titles = ["Westmere Gazette - Harbour board votes to dredge the Westmere channel"]
    assert pick_headline(headlines, titles, lone=False) == HEADLINE
    assert pick_headline(["Ferry fares to rise again"], ["Westmere Gazette"], lone=False) is None


def test_a_lone_teaser_marked_as_a_headline_is_not_taken_for_the_title(tmp_path):
    from articlecast.sources import load_article

    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{text}</p>" for text in BODY)
    page.write_text(
        f"""<html><head><title>Harbour board votes to dredge the Westmere channel</title></head><body>
        <div class="story"><div class="big-title">Harbour board votes to dredge the Westmere channel</div>{paragraphs}</div>
        <aside><div class="teaser-headline">Ferry fares to rise again this summer</div></aside></body></html>""",
        encoding="utf-8",
    )
    assert load_article(page).title == HEADLINE


def test_block_text_survives_unchanged():
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", *BODY))
    assert page is not None
    assert page.blocks == [Block("paragraph", text) for text in BODY]


DECK = "The work will close the channel to larger boats on weekdays for six weeks from August"


def test_a_deck_under_the_headline_is_not_the_title():
    text = _page(MENU, "2 June 2025 | Harbour news", HEADLINE, DECK, "Topics: Harbour", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE


def test_a_short_kicker_above_the_headline_is_not_the_title():
    text = _page(MENU, "Harbour and coast", HEADLINE, "Share", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE


def test_a_title_case_headline_ending_in_an_abbreviation_is_the_title():
    headline = "Ferry Crews Strike Again Over Weekend Pay for Sat. and Sun."
    text = _page(MENU, "News", headline, "Written: 2025-06-02 10:15:30 / Updated: 2025-06-02 11:40:02", "Share", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


def test_title_case_is_told_from_german_prose():
    from articlecast.sources.linerole import title_cased

    assert title_cased("Ferry Crews Strike Again Over Weekend Pay for Sat. and Sun.")
    assert not title_cased("Die Gemeinde plant eine neue Brücke über den Fluss bei Neustadt im Sommer.")
    assert not title_cased("Ann Rowe schreibt seit Jahren über Verkehr und Umwelt in der Region.")
    assert not title_cased("FERRY CREWS STRIKE AGAIN OVER WEEKEND PAY")


def test_a_caption_above_its_credit_near_the_body_is_not_the_title():
    caption = "Fishing boats wait for the tide at the mouth of the Westmere channel"
    text = _page(MENU, HEADLINE, "Share", caption, "Ann Rowe/Westmere Gazette", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE
    assert caption not in [block.text for block in page.blocks]


def test_a_live_blog_of_one_paragraph_posts_without_headlines_reads_every_post():
    posts = [
        ("09:40", "The first ferry of the day left on time. Crews said the tide was high enough for the larger boats."),
        ("10:15", "Harbour staff have opened the second slipway. They expect the queue of lorries to clear within the hour."),
        ("11:05", "The lifeboat crew has been called to a yacht near the channel mouth. Nobody was hurt, the coastguard said."),
        ("11:50", "Cafés along the quay report their busiest morning since Easter. Several have run out of bread already."),
    ]
    lines = [line for stamp, post in posts for line in (stamp, post)]
    page = read_page_copy(_page(MENU, "Harbour live: ferries back on the water", "By Ann Rowe", *lines, "Share", "Most read"))
    assert page is not None
    assert [block.text for block in page.blocks] == [post for _, post in posts]


def test_a_feed_of_headlines_with_summaries_stays_out_of_the_article():
    feed = []
    for hour, headline in enumerate(["Pier repairs run late", "Ferry fares to rise again", "Lifeboat crew gets new boat"]):
        feed += [f"1{hour}:05", headline, "A short summary of the story sits under its headline. It says little more."]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", *BODY, "Share", "Latest", *feed))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_dateline_after_a_full_last_line_is_not_glued_to_the_paragraph():
    wrapped = """\
        Skip to content
        Subscribe now
        Sign in
        Harbour board votes to dredge the Westmere channel
        By Ann Rowe
        The harbour board has agreed to dredge the silted channel
        at Westmere before the autumn ferry timetable starts, and
        skippers say the work cannot come soon enough for them.
        Two boats have grounded in the shallows since the spring,
        and the lifeboat crew now has to wait for the high tide.
        Harbour Radio, 3 June 2025
        Share on Facebook
        """
    page = read_page_copy(textwrap.dedent(wrapped))
    assert page is not None
    assert page.blocks[-1].text.endswith("and the lifeboat crew now has to wait for the high tide.")


def test_an_agency_name_standing_alone_is_a_credit_not_text():
    from articlecast.sources.furniture import Role, classify

    assert classify("Getty Images") is Role.JUNK
    assert classify("Photo: AFP/Reuters") is Role.JUNK
    assert classify("Reuters said on Monday that the harbour board had agreed to dredge the channel.") is Role.PROSE
    page = read_page_copy(_page(MENU, HEADLINE, "Getty Images", "By Ruth Okafor", BODY[0], "Reuters", *BODY[1:]))
    assert page is not None
    assert page.title == HEADLINE
    assert [block.text for block in page.blocks] == BODY


def test_a_gallery_counter_with_its_label_is_furniture():
    from articlecast.sources.furniture import Role, classify

    for counter in ("Image 3 of 12", "Bild 1 von 9", "Фото 2 из 5", "Slide 4/10"):
        assert classify(counter) is Role.JUNK
    assert classify("Image 3 of 12 shows the harbour at low tide") is not Role.JUNK


def test_a_lead_paragraph_above_a_photo_gallery_stays_in_the_article():
    lead = "The harbour board voted on Tuesday night to dredge the silted Westmere channel before the autumn timetable starts."
    gallery = [
        line
        for n, what in enumerate(["Boats wait for the tide", "The old slipway", "The lifeboat station", "Silt at low water"], 1)
        for line in (f"{n} of 4 |", f"{what} at the harbour mouth. (Photo: Westmere Gazette/Ann Rowe)", "Read More")
    ]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", lead, *gallery, *BODY))
    assert page is not None
    assert [block.text for block in page.blocks] == [lead, *BODY]


def test_a_breadcrumb_above_the_headline_is_not_taken_for_it():
    text = _page("Skip to content", "Subscribe now", "Sign in", "News | Harbour | Westmere", HEADLINE, "Share", *BODY)
    page = read_page_copy(text)
    assert page is not None
    assert page.title == HEADLINE


def test_teaser_boxes_with_a_separated_more_link_do_not_cut_the_article():
    from articlecast.sources.furniture import Role, classify

    assert classify("The pier will stay closed for another month, the council said. | more") is Role.TEASER
    box = ["Harbour works", "Pier repairs run late", "The pier will stay closed for another month, the council said. | more"]
    rest = ["Skippers said they would wait for the survey before booking the larger berths for the season."]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", BODY[0], *box, "What happens next", *BODY[1:], *rest))
    assert page is not None
    assert [block.text for block in page.blocks] == [BODY[0], "What happens next", *BODY[1:], *rest]


def test_compound_credit_labels_make_a_caption_furniture():
    from articlecast.sources.furniture import Role, classify

    assert classify("Boote warten im Hafen auf die Flut. (Symbolfoto) Bildrechte: Westmere Gazette") is Role.JUNK
    assert classify("Bildquelle: Ann Rowe") is Role.JUNK
    assert classify("Boats wait for the tide at the harbour mouth. Image source: Ann Rowe") is Role.JUNK


def test_a_published_by_byline_gives_the_author_and_is_not_the_title():
    from articlecast.sources.furniture import Role, classify, parse_byline

    for line, author in [
        ("Published by Ann Rowe at June 3, 2025", "Ann Rowe"),
        ("Posted by Tom Reid on 3 June 2025", "Tom Reid"),
        ("Publié par Marie Roy le 3 juin 2025", "Marie Roy"),
    ]:
        byline = parse_byline(line)
        assert byline is not None and byline.author == author and byline.date is not None
    assert classify("Published by the council in 2019, the survey found most berths were empty all winter.") is Role.PROSE
    page = read_page_copy(_page(MENU, HEADLINE, "Published by Ann Rowe at June 3, 2025", "Categories", *BODY))
    assert page is not None
    assert page.title == HEADLINE
    assert page.author == "Ann Rowe"


def test_a_publishing_time_without_a_date_is_a_dateline_not_the_title():
    from articlecast.sources.furniture import Role, classify

    for line in ("Published at 9:15 a.m.", "Publié à 0 h 23", "Veröffentlicht um 14:02 Uhr"):
        assert classify(line) is Role.DATELINE
    assert classify("Published at the request of the harbour board.") is not Role.DATELINE
    page = read_page_copy(_page(MENU, HEADLINE, "Share", "Print", "Comments", "Westmere Gazette", "Published at 9:15 a.m.", *BODY))
    assert page is not None
    assert page.title == HEADLINE


def test_screen_reader_notes_beside_links_are_not_read():
    paragraph = "The full survey, opens new tab shows the channel has silted up by a metre since the last dredging in 2019."
    footer = ["Terms of Use, opens new tab", "Advertise with us (opens in a new window)", "Cookies, opens new tab"]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", BODY[0], paragraph, *BODY[1:], *footer))
    assert page is not None
    texts = [block.text for block in page.blocks]
    assert "The full survey shows the channel has silted up by a metre since the last dredging in 2019." in texts
    assert not any("opens" in text for text in texts)


def test_a_slideshow_caption_opened_by_its_bracketed_counter_is_furniture():
    from articlecast.sources.furniture import Role, classify

    assert classify("[2/5]Boats wait for the tide at the outer pier of Westmere, June 2, 2025. Ann Rowe") is Role.JUNK
    assert classify("[2] Boats waited for the tide at the outer pier of Westmere until the evening.") is Role.PROSE


def test_share_buttons_in_other_languages_are_furniture():
    from articlecast.sources.furniture import Role, classify, without_screen_reader_notes

    for line in ("Partagez via LinkedIn (Fenêtre modale)", "Compartir en Facebook", "Поделиться в Telegram", "Condividi su WhatsApp"):
        assert classify(without_screen_reader_notes(line)) is Role.JUNK
    assert classify("Partager sur la page du conseil municipal de la ville") is Role.SHORT


def test_names_under_a_deck_are_a_byline_not_the_headline():
    deck = "Skippers and the lifeboat crew welcome the plan after two boats ran aground in the shallows"
    menu = ["Skip to content", "Subscribe now", "Sign in", "Home", "Local", "Sport"]
    for names in ("Ann Rowe in Westmere", "Press Agency in Westmere", "Ann Rowe and Tom Reid"):
        page = read_page_copy(_page(*menu, HEADLINE, deck, names, "Tue 3 Jun 2025 09.15 BST", "Share", *BODY))
        assert page is not None
        assert page.title == HEADLINE
    short_headline = "Westmere Channel Reopens"
    page = read_page_copy(_page(*menu, "Harbour News", short_headline, "Tue 3 Jun 2025 09.15 BST", "Share", *BODY))
    assert page is not None
    assert page.title == short_headline


def test_an_embedded_video_with_its_length_and_dashed_title_is_furniture():
    from articlecast.sources.furniture import Role, classify

    assert classify("00:01:37") is Role.JUNK
    assert classify("Divers check the piles under Westmere pier – video") is Role.JUNK
    assert classify("Divers check the piles under Westmere pier - in pictures") is Role.JUNK
    assert classify("Divers check the piles under Westmere pier after a video was shared") is Role.SHORT
    video = ["00:01:37", "Divers check the piles under Westmere pier – video"]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", BODY[0], *video, *BODY[1:]))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_newsletter_box_blurb_between_its_form_lines_is_furniture():
    box = ["Sign up to Harbour Week", "Free weekly newsletter", "The stories of the coast from fishing to ferries", "Enter your email address", "Sign up"]
    page = read_page_copy(_page(MENU, HEADLINE, "By Ann Rowe", BODY[0], *box, *BODY[1:]))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_an_author_card_with_an_email_address_ends_the_article():
    card = [
        "Ann Rowe",
        "ann.rowe@westmere.example",
        (
            "Ann Rowe is a reporter who has covered the Westmere coast, its harbour board and its fishing fleet for ten years, "
            "and before that wrote about farming and rural schools for a weekly paper in the hills."
        ),
    ]
    tags = ["Share", "Share on Facebook", "Share on X", "Share on WhatsApp", "Advertisement", "Print", "Email"]
    page = read_page_copy(_page(MENU, HEADLINE, *BODY, *tags, *card, "More by Ann Rowe"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY
    quoted = "Ann Rowe is the harbour master, and she said the dredging could not wait another winter."
    page = read_page_copy(_page(MENU, HEADLINE, "By Tom Reid", BODY[0], quoted, *BODY[1:], "Share", "Most read"))
    assert page is not None
    assert quoted in [block.text for block in page.blocks]


def test_a_broadcast_scripts_role_labels_are_not_read(tmp_path):
    from articlecast.sources import load_article

    lead = "Anchor: Ferries to Westmere stop tonight as the channel is dredged. Ann Rowe reports."
    report = "Report: Crews began work at dawn, and the lifeboat crew now waits for high tide to launch."
    body = "".join(f"<p>{text}</p>" for text in (lead, report, *BODY[1:]))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>{body}</article></body></html>", encoding="utf-8")
    texts = [block.text for block in load_article(path).blocks]
    assert texts[0].startswith("Ferries to Westmere") and texts[1].startswith("Crews began work")


def test_an_interviews_speakers_and_a_single_label_stay():
    from articlecast.sources.scriptroles import without_script_roles

    interview = [Block("paragraph", text) for text in ("Reporter: Why now?", "Ann Rowe: The silt is rising.", "Reporter: And the cost?")]
    assert without_script_roles(interview) == interview
    alone = [Block("paragraph", "Report: The board met on Tuesday."), Block("paragraph", BODY[0])]
    assert without_script_roles(alone) == alone
    speakers = [Block("paragraph", "Anchor: Ferries stop tonight."), Block("paragraph", "Report: Crews began at dawn."), Block("paragraph", "Tom Reid: We had no choice.")]
    assert without_script_roles(speakers) == speakers


def test_a_lead_over_a_heading_and_its_short_steps_is_read_with_the_longer_part_under_them():
    lead = [
        "After a wet winter the allotment society wanted to know what a raised bed really asks of a beginner, so we built one.",
        "Our neighbour Tom Reid, who has grown beans on the same plot for thirty years, lent us his tools and his patience.",
    ]
    steps = ["How we built the bed", "Clearing the ground", "Laying the frame", "Filling with compost"]
    rest = [
        "Mixing the compost with the old topsoil took most of a Saturday, and the worms arrived within the week, Tom said.",
        "The first sowing of carrots came up in rows so straight that the neighbours asked whether we had used a ruler.",
        "By midsummer the bed had given more lettuce than two households could eat, and the society plans four more of them.",
        "Tom now thinks the hardest part is patience: the soil needs a season to settle before the roots go deep enough.",
        "Next spring the society will run an open day for anyone who wants to try, with tools and compost lent free.",
    ]
    page = read_page_copy(_page(MENU, "Allotments", "A raised bed in one weekend", *lead, *steps, *rest, "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == lead + steps + rest


def test_a_few_short_lines_part_the_article_from_a_blurb_under_it_still():
    blurb = "Tom Reid grows beans, writes about sheds and answers every letter his readers send to the allotment office."
    text = _page(MENU, HEADLINE, "Ann Rowe", "3 June 2025", *BODY, "Around the harbour", "Ferry fares rise", "Library opens late", "Swim club wins", blurb)
    page = read_page_copy(text)
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_breadcrumb_copied_without_arrows_is_not_the_headline_it_ends_on():
    headline = "Raised Beds: The Westmere Method"  # capitalised words, as a German headline's nouns are
    page = read_page_copy(_page(MENU, "Home Gardens Allotments " + headline, headline, *BODY))
    assert page is not None
    assert page.title == headline


def test_a_numbered_line_over_its_paragraph_is_a_section_heading_with_its_number_shown():
    tips = [
        "1. Water in the morning",
        "Seedlings drink best before the sun is high, and the leaves dry before the evening slugs come out to feed.",
        "2. Mulch the beds",
        "A layer of straw keeps the soil damp for days and smothers the weeds that would otherwise steal the water.",
    ]
    page = read_page_copy(_page(MENU, "Two tips for a dry summer", BODY[0], *tips, "Share", "Tweet", "Email"))
    assert page is not None
    assert [(block.kind, block.text) for block in page.blocks] == [
        ("paragraph", BODY[0]),
        ("heading", "1. Water in the morning"),
        ("paragraph", tips[1]),
        ("heading", "2. Mulch the beds"),
        ("paragraph", tips[3]),
    ]


def test_numbered_lines_one_under_the_other_stay_list_items():
    lead = "The allotment society asks every member to bring three things to the spring open day, and to label them:"
    listed = ["1. a spade", "2. a bag of compost", "3. seeds to swap"]
    page = read_page_copy(_page(MENU, HEADLINE, *BODY, lead, *listed, *BODY[:1], "Share", "Tweet", "Email"))
    assert page is not None
    assert [(block.kind, block.text) for block in page.blocks if block.kind != "paragraph"] == [
        ("item", "a spade"),
        ("item", "a bag of compost"),
        ("item", "seeds to swap"),
    ]


def test_a_caption_closing_on_its_owner_after_a_copyright_sign_is_left_out_of_the_body():
    page = read_page_copy(_page(MENU, HEADLINE, BODY[0], "Silt at low tide © Ann Rowe / Harbour Pictures", *BODY[1:], "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_only_a_caption_with_a_name_after_its_copyright_sign_is_a_credit():
    from articlecast.sources.credits import closes_on_copyright

    assert closes_on_copyright("Ferry at the pier © Tom Reid/Westmere Gazette")
    assert not closes_on_copyright("© 2025 Westmere Gazette")  # the page's own footer, no caption before it
    assert not closes_on_copyright("All content © 2025")


def test_the_links_to_the_previous_and_next_post_close_the_article():
    body = BODY + BODY_MORE
    blurb = "Tom Reid has kept the harbour's tide tables since 1998 and still walks the sea wall every morning at six."
    page = read_page_copy(_page(MENU, HEADLINE, "Ann Rowe", "3 June 2025", *body, "Category: Harbour", "« Previous Next »", blurb))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_a_call_to_follow_the_writer_closes_the_article():
    body = BODY + BODY_MORE
    rail = ["Harbour Diary", "Harbour Diary | Five walks along the sea wall", "Will the lighthouse be lit again in '26?", "Tom Reid"]
    page = read_page_copy(_page(MENU, HEADLINE, "Ann Rowe", "3 June 2025", *body, "Follow Ann Rowe on Twitter.", *rail))
    assert page is not None
    assert [block.text for block in page.blocks] == body


def test_only_a_call_to_follow_a_named_person_signs_off():
    from articlecast.sources.tails import follows_writer

    assert follows_writer("Follow Ann Rowe on X: @annrowe")
    assert follows_writer("Folgen Sie Ann Rowe auf Twitter")
    assert not follows_writer("Follow us on Twitter")
    assert not follows_writer("Follow The Courier on Facebook")
    assert not follows_writer("Follow the money on Twitter")


def test_post_pagers_are_told_by_an_arrow_or_the_word_for_a_post():
    from articlecast.sources.navigation import is_post_pager

    assert is_post_pager("« Vorheriger Beitrag")
    assert is_post_pager("Next post →")
    assert is_post_pager("Article précédent")
    assert is_post_pager("Older posts")
    assert not is_post_pager("Next")  # a gallery's button
    assert not is_post_pager("Next steps for the council »")


def test_an_address_a_paragraph_gives_after_its_colon_is_read_where_it_stands():
    given = "The harbour board has opened a mailbox for skippers' reports of grounding:"
    rest = "Every report will be read by the harbour master, and a summary is published at the end of each month."
    page = read_page_copy(_page(MENU, HEADLINE, "Ann Rowe", "3 June 2025", *BODY, given, "groundings@westmere-harbour.org", rest, "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == [*BODY, given, "groundings@westmere-harbour.org", rest]


def test_an_address_alone_under_the_article_stays_furniture():
    page = read_page_copy(_page(MENU, HEADLINE, "Ann Rowe", "3 June 2025", *BODY, "news@westmere-gazette.org", "Share", "Tweet", "Email"))
    assert page is not None
    assert [block.text for block in page.blocks] == BODY


def test_a_breadcrumb_that_ends_on_the_headline_is_navigation_and_names_the_headline():
    question = "Why does the channel silt up?"
    crumb = f"Home > Harbour > Explained > {question}"
    page = read_page_copy(_page(MENU, crumb, "Share", "Print", "3 June 2025", question, *BODY, "Share", "Tweet", "Email"))
    assert page is not None
    assert page.title == question
    assert [block.text for block in page.blocks] == BODY


def test_a_breadcrumb_copied_without_its_separators_gives_the_headline_shown_again_under_it():
    from articlecast.sources.navigation import glued_crumb_headline

    assert glued_crumb_headline("HomeHarbourFerry fares rise in spring", "Ferry fares rise in spring") == "Ferry fares rise in spring"
    assert glued_crumb_headline("Front pageLocal NewsFerry fares rise", "Ferry fares rise") == "Ferry fares rise"
    assert glued_crumb_headline("Breaking: Ferry fares rise", "Ferry fares rise") is None  # a kicker, set apart by a space
    assert glued_crumb_headline("Ferry fares rise", "Ferry fares rise") is None


def test_the_headline_is_the_last_part_of_a_breadcrumb_with_a_long_last_part():
    from articlecast.sources.navigation import crumbed_headline

    assert crumbed_headline("Startseite » Garten » Hochbeete, die jeder Anfänger bauen kann") == "Hochbeete, die jeder Anfänger bauen kann"
    assert crumbed_headline("Front page » Harbour » Board votes to dredge the Westmere channel") == "Board votes to dredge the Westmere channel"
    assert crumbed_headline("Ferries » the harbour board said on Monday that the works » would begin in August") is None
    assert crumbed_headline("Tides rose » then fell » then rose again, the pilots said") is None  # prose using the arrows


def test_a_headline_over_its_date_that_the_sidebar_lists_again_is_the_title():
    headline = "Ten walks along the seawall"  # shown twice and short: taken for furniture
    sidebar = ["Popular posts", "Ferry fares explained", headline, "The lighthouse at night"]
    page = read_page_copy(_page(MENU, "Events", "Contact", headline, "June 3, 2025", *BODY, "Share", "Tweet", "Email", *sidebar))
    assert page is not None
    assert page.title == headline


def test_a_kicker_glued_to_the_headline_is_cut_when_the_page_writes_it_before_a_colon_elsewhere():
    crumb = ["Home", ">", "Harbour", ">", f"Dredging: {HEADLINE}"]
    page = read_page_copy(_page(MENU, *crumb, "Advertisement", "Advertisement", "3 June 2025, 09:15", f"Dredging {HEADLINE}", *BODY, "Share", "Tweet", "Email"))
    assert page is not None
    assert page.title == HEADLINE


def test_the_post_s_sections_and_tags_under_its_date_are_not_the_headline():
    page = read_page_copy(_page(
        "Start", "Blog", "From the towns", "events", "Contact",
        HEADLINE, "Ann Rowe 3 June 2025",
        "From the towns, Blog, events",  # its sections, each in the menu above, one written in lower case
        "Dredging, Ferries, Harbour Board, Lifeboats, Silt, Westmere",  # its tags
        *BODY, "Share", "Tweet", "Email",
    ))
    assert page is not None
    assert page.title == HEADLINE


def test_the_headline_a_breadcrumb_ends_on_wins_over_a_picture_s_title_nearer_the_body():
    crumb = f"You are here: Home » Harbour » {HEADLINE}"
    page = read_page_copy(_page(MENU, crumb, "Ann Rowe Tuesday, June 3, 2025", HEADLINE, "Dredgers at the Westmere Channel", *BODY, "Share", "Tweet", "Email"))
    assert page is not None
    assert page.title == HEADLINE


def test_a_two_word_headline_over_the_date_is_the_title_rather_than_the_first_paragraph():
    page = read_page_copy(_page(MENU, "Low tide", "3 June 2025, 16:20", *BODY, "Share", "Tweet", "Email"))
    assert page is not None
    assert page.title == "Low tide"
    assert [block.text for block in page.blocks] == BODY
