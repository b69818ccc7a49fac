"""Page copies: stories listed after the article, boxes of teasers and embedded posts, told by their layout."""

import pytest

from articlecast.sources.pagetext import read_page_copy

MENU = ["Skip to content", "Subscribe now", "Sign in", "Home", "Harbour", "Moorland", "Sport", "Weather", "Letters"]
BODY = [
    "The harbour board has agreed to dredge the silted channel at Westmere before the autumn ferry timetable starts.",
    "Skippers say the shallows have grounded two boats since May, and the lifeboat crew now waits for high tide to launch.",
    "Work should begin in August and last six weeks, with the channel closed to larger boats on weekdays only.",
]


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _texts(text: str) -> list[str]:
    page = read_page_copy(text)
    assert page is not None
    return [block.text for block in page.blocks]


def _story(headline: str, age: str, topic: str) -> list[str]:
    return [
        headline,
        age,
        f"The {topic} committee met on Tuesday evening and heard from residents who had waited a long time to speak.",
        f"Members agreed to publish the {topic} survey in full next month, after a summer of questions from the parish.",
        f"A further meeting on the {topic} plans is expected before the end of the year, the clerk said afterwards.",
    ]


def test_stories_stamped_months_ago_under_the_article_are_no_live_blog():
    older = [*_story("Moorland bus route saved for a year", "4 months ago", "bus"), "Continue Reading"]
    oldest = [*_story("New library hours for the winter", "5 months ago", "library"), "Continue Reading"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "2 months ago", *BODY, "You may like", *older, *oldest)
    assert _texts(page) == BODY


def test_teaser_cards_under_their_section_names_from_the_menu_stay_out():
    cards = [
        "Moorland",
        "Bus route saved for another year",
        "The county found the money for the evening service after a long campaign by riders.",
        "Sport",
        "Rowing club wins the estuary cup",
        "The crew beat the favourites by a length in the final on the river last weekend.",
        "Sport",
        "New coach for the harbour eleven",
        "A former captain of the side takes over the first team at the start of the season.",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, *cards, "Back to the front page")
    assert _texts(page) == BODY


def test_subheadings_after_the_same_ad_label_stay_in_the_article():
    sections = [
        "Advertisement",
        "What the skippers say",
        "Most of the fishing crews welcome the plan but fear the closure will cost them a week of catches.",
        "Advertisement",
        "What happens next",
        "The board will publish the dredging timetable on its notice board at the quay by the end of the month.",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, *sections, "Back to the front page")
    assert _texts(page) == [*BODY, *(line for line in sections if line != "Advertisement")]


@pytest.mark.parametrize(
    "signature",
    ["Shared by Harbour Rowing Club (@harbourrowing) on 4 June 2025 at 6:10am", "Geteilt vom Ruderclub Hafen (@ruderhafen) am Okt 4, 2025 um 6:10 PDT"],
)
def test_an_embedded_posts_signature_with_its_date_is_furniture_and_the_paragraph_above_stays(signature):
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY[:2], signature, BODY[2], "Back to the front page")
    assert _texts(page) == BODY


def test_a_line_saying_what_the_writer_of_a_split_byline_is_stays_out():
    bio = "Ann Rowe is co-founder of the Westmere Rowing Trust and has sailed the estuary for thirty years."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", "By", "Ann Rowe (Guest writer)", bio, *BODY, "Back to the front page")
    assert _texts(page) == BODY


def test_names_over_the_date_that_the_author_box_shows_again_are_the_byline():
    headline = "Harbour board votes to dredge the channel"
    box = ["Ann Rowe is co-founder of the Westmere Rowing Trust and has sailed the estuary for thirty years.", "All posts by", "Ann Rowe"]
    page = read_page_copy(_page(*MENU, headline, "Ann Rowe", "3 June 2025", *box, "Harbour news", "Shorter ferry queues", *BODY, "Share"))
    assert page is not None
    assert (page.title, page.author) == (headline, "Ann Rowe")
    assert [block.text for block in page.blocks] == BODY


def test_a_menu_over_the_first_paragraph_makes_a_page_copy_without_other_furniture():
    menu = ["Westmere Rowing Trust", "Welcome", "About us", "Who are we?", "Our boats", "All the news", "Donate"]
    headline = "Harbour board votes to dredge the channel!"
    page = read_page_copy(_page(*menu, headline, "3 June 2025", *BODY, "Imprint"))
    assert page is not None
    assert page.title == headline
    assert [block.text for block in page.blocks] == BODY


def test_a_clean_article_with_a_list_of_short_lines_after_its_lead_stays_clean():
    text = _page("Harbour board votes to dredge the channel", "", BODY[0], "", "Bring along:", "Boots", "Gloves", "Rope", "Lamp", "Flask", "Map", "", *BODY[1:])
    assert read_page_copy(text) is None


def test_teasers_each_closed_by_the_same_link_stay_out():
    cards = [
        "Rowing club wins the estuary cup",
        "The crew beat the favourites by a length in the final on the river last weekend, and the town turned out to cheer.",
        "Read the whole story",
        "New coach for the harbour eleven",
        "A former captain of the side takes over the first team at the start of the season, the club said on Monday.",
        "Read the whole story",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, "Newsletter sign-up", *cards, "Imprint")
    assert _texts(page) == BODY


def test_sections_each_followed_by_an_ad_label_stay_in_the_article():
    sections = [
        "What the skippers say",
        "Most of the fishing crews welcome the plan but fear the closure will cost them a week of catches in the autumn.",
        "Advertisement",
        "What happens next",
        "The board will publish the dredging timetable on its notice board at the quay by the end of the month.",
        "Advertisement",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, *sections, "Imprint")
    assert _texts(page) == [*BODY, *(line for line in sections if line != "Advertisement")]


def test_a_desks_letter_in_brackets_after_the_last_sentence_is_cut_and_the_paragraph_kept():
    last = "The board will publish the dredging timetable at the quay by the end of the month."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, f"{last} (R)", "Latest news", "Privacy policy")
    assert _texts(page) == [*BODY, last]


def test_a_pictures_credit_glued_after_a_long_paragraphs_last_sentence_is_cut():
    long = (
        "The board will publish the dredging timetable at the quay by the end of the month, and skippers who need the "
        "channel on a closed weekday can ask the harbour master for a berth at the outer pier while the work goes on."
    )
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, f"{long}Foto: Hafenbild Westmere", "Latest news")
    assert _texts(page) == [*BODY, long]


def test_a_genres_byline_names_the_writers_and_a_line_about_one_of_them_ends_the_article():
    bio = "Tom Reid is a marine biologist at the Westmere institute and writes on the estuary's wildlife."
    page = read_page_copy(_page(*MENU, "Why the channel needs dredging", "Guest post by Ann Rowe and Tom Reid", *BODY, bio, "More from the coast"))
    assert page is not None
    assert (page.title, page.author) == ("Why the channel needs dredging", "Ann Rowe and Tom Reid")
    assert [block.text for block in page.blocks] == BODY


def test_a_caption_over_its_credit_in_brackets_is_left_out():
    caption = "The silted channel at low tide, seen from the harbour wall on a grey morning."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY[:1], caption, "(Photo: ann rowe/harbour pictures)", *BODY[1:], "Latest news")
    assert _texts(page) == BODY


def test_of_two_stories_each_under_its_byline_the_first_is_the_pages_and_the_next_ones_lead_stays_out():
    next_story = [
        "Ferry fares to rise in the spring",
        "The island ferry company wants to raise its fares by a tenth, and the council will decide on the request next week.",
        "Read on",
        "By Tom Reid",
        "4 June 2025",
        *(f"{line} The ferry company said so in a letter to the council on Monday." for line in BODY),
    ]
    box = ["Share", "Print", "E-mail address", "Subscribe now", "Advertisement", "Sign in", "More stories"]
    page = read_page_copy(_page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", "3 June 2025", *BODY, *box, *next_story))
    assert page is not None
    assert (page.title, page.author) == ("Harbour board votes to dredge the channel", "Ann Rowe")
    assert [block.text for block in page.blocks] == BODY


def test_a_sign_up_boxs_pitch_between_its_heading_and_its_field_stays_out():
    box = ["The week on the quay", "Every Friday we round up the news from the quay and the estuary for our readers.", "E-mail address"]
    tail = "The board will publish the dredging timetable at the quay by the end of the month."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, *box, tail, "Latest news")
    assert _texts(page) == [*BODY, tail]


def test_a_short_sentence_after_a_box_of_furniture_does_not_go_on_with_the_article():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, "Share", "Print", "E-mail address", "The quay is ours!", "Latest news")
    assert _texts(page) == BODY


def test_a_short_sentence_after_an_ad_label_ends_the_article():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, "Advertisement", "The mayor declined.", "Latest news", "Privacy policy")
    assert _texts(page) == [*BODY, "The mayor declined."]


def test_a_live_blog_with_stamps_glued_to_its_writers_split_credits_and_a_broken_post_reads_every_post():
    headline = "Storm live: ferries stay in port as gusts reach the harbour"
    player = ["Video Loading", "Video Unavailable", "Click to playTap to play", "The video will auto-play soon8Cancel", "Play now"]
    posts = []
    updates = [
        ("Ann Rowe", "ferry", "The last sailing of the evening was called off an hour early by the operator. The next update is due at midnight.", "Passengers who were already at the terminal were offered rooms in the town."),
        ("Tom Reid", "lifeboat", "Volunteers were paged twice this evening but stayed ashore both times. The next update is due at midnight.", "A small fishing boat reached shelter in the outer harbour on its own."),
        ("Ann Rowe", "school", "Both primary schools on the island will open two hours late tomorrow morning. The next update is due at midnight.", "Parents were sent a message about the change before supper tonight."),
        ("Li Wei", "power", "About three hundred homes lost power along the coast road after a line came down. The next update is due at midnight.", "Engineers expect to reconnect most of them by dawn, the network said."),
    ]
    for hour, (writer, topic, first, second) in enumerate(updates):
        posts += [
            f"2{hour}:0{hour}{writer}",
            f"Latest on the {topic} services",
            first,
            second,
            f"Crews stand by at the {topic} station (",
            "Image:",
            "Westmere Courier)",
        ]
        if hour == 1:
            posts += ["No crossings tonight", "Next update at six", "— Harbour Board (@westharbour) March 4, 2024"]
    lines = [*MENU, headline, *player, "Watch in full: the harbour master speaks", "Key Events", "Ferries held in port20:42", "Lifeboat called out19:11", "By Ann Rowe", "Updated 21:49, 4 Mar 2024", *BODY, *posts, "Share", "Most read"]
    page = read_page_copy(_page(*lines))
    assert page is not None
    assert page.title == headline
    texts = [block.text for block in page.blocks]
    assert texts[: len(BODY)] == BODY
    assert texts[-1] == "Engineers expect to reconnect most of them by dawn, the network said."
    assert not any(text.startswith(("Crews stand by", "Image:", "No crossings", "Next update", "2")) for text in texts)


@pytest.mark.parametrize(
    "signature",
    [
        "A post shared by Harbour Rowing Club (@harbour.rowing) on Jun 4, 2025 at 6:10am PDT",
        "Ein Beitrag geteilt von Ruderclub Hafen (@ruder.hafen) am 4. Jun 2025 um 6:10 Uhr",
    ],
)
def test_a_picture_post_s_caption_over_its_shared_by_signature_is_furniture(signature):
    caption = "Early start on the estuary today #rowing #harbour"
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY[:2], caption, signature, BODY[2], "Share")
    assert _texts(page) == BODY


def test_short_lines_listed_under_a_lead_in_sentence_stay_in_the_article():
    lead_in = "The skippers' association has listed eight things it wants from the board before the work starts:"
    questions = [
        "A survey of the silt",
        "Written notice of each closure",
        "Berths for larger boats",
        "A place for the lifeboat",
        "Checks for pollution",
        "Lower mooring fees meanwhile",
        "A named contact on the quay",
        "Weekly progress reports",
    ]
    rest = "The board has promised written answers to every question before its meeting at the end of the month."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, lead_in, *questions, rest, "Share")
    assert _texts(page) == [*BODY, lead_in, *questions, rest]


def test_an_entry_that_runs_long_in_a_list_under_a_lead_in_does_not_cut_the_article():
    lead_in = "Their demands are:"
    demands = [
        "A survey of the silt",
        "Written notice of each closure",
        "Checks at every slipway for boats coming in from other harbours, with a log kept by the harbour master and shown to the skippers each week",
        "A named contact on the quay",
    ]
    rest = "The board has promised written answers to every demand before its meeting at the end of the month."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, lead_in, *demands, rest, "Share")
    assert _texts(page) == [*BODY, lead_in, *demands, rest]


def test_the_headline_under_a_breadcrumb_glued_to_it_is_the_title_though_the_sidebar_repeats_it():
    headline = "Harbour board votes to dredge the channel"
    sidebar = ["Latest", headline, "Ferry fares to rise in spring", "Lifeboat crew wins national award"]
    page = _page(*MENU, "HomeHarbour" + headline, headline, "3 June 2025", *BODY, "Share", *sidebar)
    copy = read_page_copy(page)
    assert copy is not None and copy.title == headline
    assert [block.text for block in copy.blocks] == BODY


def test_short_lines_under_a_lead_in_that_closes_the_article_are_not_taken_along():
    lead_in = "More from our reporters on the harbour and the estuary this week:"
    headlines = ["Ferry fares to rise in spring", "Lifeboat crew wins national award", "New berths for the fishing fleet"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY, lead_in, *headlines, "Share", "Print")
    assert headlines[0] not in _texts(page)


def test_readers_comments_under_the_comment_heading_are_never_the_article_however_long():
    comment = [
        f"I have moored at Westmere for {years} years and the channel was never this bad, whatever the board says about the tides."
        for years in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy")
    ]
    body = [
        *BODY,
        "The board's chair said the survey would be published in full next week, with the costs of each option.",
        "Fishing crews will be offered berths at the old ferry pier while the channel is closed to them.",
        "The lifeboat will launch from the slipway at the north quay, which was repaired last winter.",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *body, "Share", "Comments Leave a comment", "Tom", *comment, "Reply")
    assert _texts(page) == body


def test_one_headline_under_a_related_label_between_paragraphs_is_a_link_not_text():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY[:2], "Related coverage",
                 "Explainer: why the Westmere channel keeps silting up", BODY[2], "Share")
    assert _texts(page) == BODY


def test_a_wire_story_ends_at_its_desk_credits():
    footer = ["Our Standards: The Courier Trust Principles.", "Apps", "Newsletters", "Cookies"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY,
                 "Reporting by Ann Rowe; Editing by Tom Leary", *footer)
    assert _texts(page) == BODY


def test_a_picture_credited_with_a_copyright_sign_inside_the_article_does_not_end_it():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", *BODY[:2], "The quay at low tide on Sunday",
                 "© Ann Rowe/Instagram", BODY[2], "© 2025 Westmere Courier", "Share")
    assert _texts(page) == BODY


def test_an_article_of_numbered_points_wins_over_longer_comments_under_their_count():
    points = [
        f"{n}. The harbour board {verb} the dredging contract on Tuesday, after a summer of surveys along the Westmere"
        " channel and a long debate with skippers about the cost."
        for n, verb in ((1, "signed"), (2, "published"), (3, "costed"), (4, "explained"))
    ]
    comments = [
        f"Ann on 3 June 2025, {hour}:05 PM said: I have moored at Westmere for {years} years and the channel was never"
        " this bad, whatever the board says about the tides and the silt, and I doubt the dredger will come at all."
        for hour, years in ((3, "twenty"), (4, "thirty"), (5, "forty"), (6, "fifty"))
    ]
    page = _page(*MENU, "Harbour board signs the dredging contract", "3 June 2025", "From the harbour board's statement on the new contract:", *points,
                 "Share", "6 Comments", "Flag as offensive", *[line for comment in comments for line in (comment, "Reply")])
    texts = _texts(page)
    assert texts[0] == "From the harbour board's statement on the new contract:" and len(texts) == 5
    assert not any("moored at Westmere" in text for text in texts)


def test_a_text_size_widget_of_symbols_between_paragraphs_does_not_part_the_article():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe | 3 June 2025", *BODY[:2],
                 "Continue Reading", "Text Size", "-", "+", "reset", *BODY[2:], "Share")
    assert _texts(page) == BODY


def test_a_product_tests_verdict_box_and_a_short_lead_in_list_go_on_with_the_article():
    from articlecast.sources.pagetext import read_page_copy

    menu = ["Startseite", "Tests", "Ratgeber", "Videos", "Gutscheine", "Newsletter"]
    verdict = "Der Inselgrill ist günstig, gut verarbeitet und grillt schnell. Die Hitze reicht aber nur in der Mitte des Rosts für scharfes Anbraten."
    pros_cons = ["Vorteile", "Niedriger Preis", "Schnell heiß", "Nachteile", "Hitze nur in der Mitte"]
    body1 = "Der Grill kommt fertig montiert in einem großen Karton, dazu gibt es einen Rost, eine Fettschale und einen Pizzastein aus Schamotte."
    sizes = ["Die Maße im Überblick:", "Grill: 53 × 49 × 32 cm", "Rost: 36 × 29 cm"]
    body2 = "Vor dem ersten Einsatz soll der Grill zehn Minuten auf höchster Stufe laufen, damit Rückstände aus der Fertigung verbrennen."
    shop = ["Shop-Empfehlung für Inselgrill Pro", "129,00 €", "Zum Shop", "Angebot von Preisfinder | Preise inkl. MwSt. zzgl. Versand",
            "Weitere Angebote vergleichen", "Der Praxistest"]
    body3 = "Im Praxistest brauchte ein Steak von drei Zentimetern pro Seite anderthalb Minuten, danach zog es im unteren Fach bei halber Hitze gar."
    head = ["Inselgrill vom Discounter im Test", "Das Steak aus dem Karton", "12.03.2024 10:15 | von Ann Bell", "Inselgrill im Praxistest", "Play Video", "Fazit"]
    page = read_page_copy("\n".join([*menu, *head, verdict, *pros_cons, body1, *sizes, body2, *shop, body3, "Impressum", "Kontakt"]) + "\n")
    assert page is not None
    assert page.title == "Inselgrill vom Discounter im Test"
    texts = [block.text for block in page.blocks]
    assert texts[0] == verdict and body2 in texts and texts[-1] == body3
    assert "Vorteile" in texts and "Grill: 53 × 49 × 32 cm" in texts and "129,00 €" not in texts


def test_a_players_blurb_shown_again_under_its_caption_button_is_not_the_lead():
    blurb = "Crews brought the old dredger back to the Westmere channel this week, watched by skippers from the quay."
    player = ["1 of 12", "Full Screen", "Close", "Dredger back in the channel", "View Photos", blurb, "Caption", blurb, "Buy Photo"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe June 3 at 9:21 AM", *player, *BODY)
    assert _texts(page) == BODY


def test_a_lead_shown_over_and_under_its_date_is_still_read():
    lead = "Crews brought the old dredger back to the Westmere channel this week, watched by skippers from the quay."
    page = _page(*MENU, "Dredger back in the channel", lead, "3 free articles left this month", "3 June 2025, 14:05", lead, "Newsletter", "Subscribe")
    assert _texts(page) == [lead]


def test_one_card_closed_by_a_read_now_button_between_paragraphs_stays_out():
    card = ["Lighthouse keepers meet again", "Why the old keepers still gather on the pier each June? We asked them.", "Read now"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", BODY[0], BODY[1], *card, BODY[2], "Share", "Tweet", "Email")
    assert _texts(page) == BODY


def test_cards_whose_headline_runs_into_the_summary_under_a_related_label_stay_out():
    cards = [
        "Gulls move inland for the winter Counts on the moor show the birds stay away from the coast until spring, wardens say.",
        "New ferry ordered for the island route The boat will carry twice as many cars and should start sailing in two years.",
        "Why the lifeboat crew trains at night Volunteers say the dark drills prepare them for real rescues in the winter storms.",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", *BODY, "Related coverage", *cards, "Email", "Print", "Share")
    assert _texts(page) == BODY


def test_short_paragraphs_after_a_read_more_link_go_on_with_the_article():
    tail = [
        "The board will meet again in July to agree the cost with the contractor and the county council.",
        "Skippers have asked for a public meeting before then, and the clerk said one would be held at the quay.",
        "The lifeboat crew welcomed the vote, saying any work before the winter storms would help them.",
    ]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", *BODY, "Read more", *tail, "Topics", "Harbour", "Boats")
    assert _texts(page) == [*BODY, *tail]


def test_one_headline_under_a_related_label_with_furniture_before_the_next_paragraph_is_a_link():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", BODY[0], BODY[1], "Related",
                 "Lighthouse keepers meet again", "Share", "Tweet", "Email", "Advertisement", BODY[2], "Share", "Tweet", "Email")
    assert _texts(page) == BODY


def test_a_newsletter_boxs_pitch_over_its_subscribe_button_stays_out_and_a_short_paragraph_there_stays():
    pitch = ["The coast changes fast. Keep up with the Harbour Daily newsletter.", "The best way to follow the stories you care about."]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", BODY[0], BODY[1], *pitch, "Subscribe", "Loading...", BODY[2], "Share", "Tweet")
    assert _texts(page) == BODY
    closing = "The board meets again in July."
    page = _page(*MENU, "Harbour board votes to dredge the channel", "By Ann Rowe", *BODY, closing, "Subscribe", "Share", "Tweet")
    assert _texts(page) == [*BODY, closing]


def test_a_short_line_stranded_between_furniture_inside_the_article_stays_out():
    player = ["Play", "Facebook", "Twitter", "Embed", "Harbour dredging explained 2:06", "autoplay autoplay"]
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", BODY[0], *player, *BODY[1:])
    assert _texts(page) == BODY


def test_a_subheading_after_furniture_over_its_paragraph_stays_in():
    page = _page(*MENU, "Harbour board votes to dredge the channel", "3 June 2025", BODY[0], "Advertisement", "What skippers say", *BODY[1:])
    assert _texts(page) == [BODY[0], "What skippers say", *BODY[1:]]


def test_a_post_s_excerpt_over_its_first_paragraph_is_read_once():
    from articlecast.article import Block
    from articlecast.sources.repeatedlead import without_repeated_lead

    excerpt = 'Unter dem Titel "Hafen im Wandel - Wie die Fähre Westmere verändert" lädt der Hafenverein am Samstag zur Tagung ein.'
    first = "Unter dem Titel „Hafen im Wandel – Wie die Fähre Westmere verändert“ lädt der Hafenverein am Sa, dem 3. Juni, ins Rathaus ein."
    rest = "Die Tagung beginnt um zehn Uhr mit einem Vortrag über den Leuchtturm."
    blocks = [Block("paragraph", text) for text in (excerpt, first, rest)]
    assert [block.text for block in without_repeated_lead(blocks)] == [first, rest]


def test_two_paragraphs_opening_alike_for_a_few_words_only_are_both_read():
    from articlecast.article import Block
    from articlecast.sources.repeatedlead import without_repeated_lead

    texts = ["Die Fähre nach Westmere fährt im Winter seltener.", "Die Fähre nach Westmere kostet ab Juni mehr, sagt die Reederei."]
    blocks = [Block("paragraph", text) for text in texts]
    assert without_repeated_lead(blocks) == blocks
