"""Saved pages: boxes that point elsewhere (labelled link boxes, teaser cards, calls to click) are not article text."""

from lxml import html as lxml_html

from articlecast.sources import load_article
from articlecast.sources.furniture import Role, classify
from articlecast.sources.linkboxes import drop_link_boxes

STORY = (
    "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
    "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
)


def _left(body: str, titles: tuple[str, ...] = ()) -> str:
    tree = lxml_html.fromstring(f"<html><body><article>{body}</article></body></html>")
    drop_link_boxes(tree, titles)
    return " ".join(tree.text_content().split())


def test_a_box_of_links_under_its_own_label_goes():
    left = _left(
        STORY
        + "<div><p><strong>Schlagwörter</strong></p><p><a href='/t/faehre'>Fähre</a> / <a href='/t/insel'>Insel</a></p></div>"
        + "<div class='box'><h3>Worth a look</h3><div><a href='/x'>Lighthouse open days</a></div></div>"
        + "<aside><h4>Also read</h4><a href='/y'>Harbour seals counted from the air for the first time this spring</a></aside>"
    )
    assert "Schlagwörter" not in left and "Fähre" not in left and "Worth a look" not in left
    assert "Also read" not in left and "seals counted" not in left
    assert "every hour from May" in left


def test_an_address_to_write_to_or_a_number_to_call_is_no_link_elsewhere():
    left = _left(
        STORY
        + "<p>The board set up an inbox for the islanders' questions:</p>"
        + "<p><a href='mailto:ferry.questions@harbour.example'>ferry.questions@harbour.example</a></p>"
        + "<p><a href='tel:+4401234567'>+44 01234 567</a></p>"
        + "<p><a href='/timetable'>Timetable</a></p>"
    )
    assert "ferry.questions@harbour.example" in left and "+44 01234 567" in left
    assert "Timetable" not in left


def test_an_address_announced_by_a_colon_is_read_but_one_alone_signs_off(tmp_path):
    texts = _page(
        tmp_path,
        "<p>The harbour board has set up an address for the islanders' questions about the new timetable:</p>"
        "<p><a href='mailto:ferry.questions@harbour.example'>ferry.questions@harbour.example</a></p>"
        "<p>Answers will be posted on the quay's notice board every Friday until the first crossing in May.</p>",
    )
    assert "ferry.questions@harbour.example" in texts
    signed = _page(tmp_path, "<p>ann.bell@harbour.example</p>")
    assert "ann.bell@harbour.example" not in signed


def test_the_heading_over_a_closing_box_of_links_goes_with_it_even_apart_in_a_header():
    box = (
        "<div class='tips'><div class='tips-head'><img src='pier.jpg'><span>The pier at dusk</span><h4>More walks by the sea</h4></div>"
        "<ul><li><a href='/w1'>Cliff path</a></li><li><a href='/w2'>Dune trail</a></li><li><a href='/w3'>Lighthouse loop</a></li></ul></div>"
    )
    section = "<div><h3>The new timetable</h3><ul><li><a href='/t'>Timetable as a table</a></li></ul><p>Boats leave on the hour.</p></div>"
    summary = "<div><div><h3>In short</h3>Ferries every hour from May.</div><ul><li><a href='/f'>All ferry news</a></li></ul></div>"
    left = _left(STORY + box + section + summary + "<p>The mayor welcomed the decision on Wednesday morning.</p>")
    assert "More walks by the sea" not in left and "Cliff path" not in left
    assert "The new timetable" in left and "Boats leave on the hour." in left  # text follows the links in its box
    assert "In short" in left and "Ferries every hour from May." in left  # text under the heading


def test_a_linked_value_among_label_value_lines_is_a_fact_not_a_pointer():
    left = _left(
        STORY
        + "<p>Coat: Harbour Wool</p><p>Boots: <a href='https://boots.example/quay'>Quay Boots</a></p>"
        + "<p>Also read: <a href='/roof'>Island school gets a new roof before winter</a></p>"
    )
    assert "Boots: Quay Boots" in left and "Coat: Harbour Wool" in left
    assert "Island school" not in left


def test_links_one_a_line_in_a_paragraph_are_a_list_though_they_read_as_sentences():
    left = _left(
        STORY
        + "<p><a href='/a'>Why is the ferry late? Four reasons</a><br><br><a href='/b'>Ten islands you can reach by boat this summer!</a></p>"
        + "<p><a href='/c'>Find out how the islanders saved their ferry from closing down.</a></p>"
    )
    assert "Four reasons" not in left and "Ten islands" not in left
    assert "saved their ferry" in left  # one whole linked sentence stays


def test_a_byline_with_a_linked_name_stays_for_the_metadata():
    left = _left("<div class='meta'><time>3 May 2024</time> by <span><a href='/ann'>Ann Bell</a></span></div>" + STORY)
    assert "Ann Bell" in left


def test_teaser_cards_go_but_not_the_headline_nor_a_long_section():
    card = (
        "<div class='next'><h2><a href='/other'>Island school gets a new roof before winter</a></h2>"
        "<a href='/other'><img src='roof.jpg'></a><p>Builders finished the work two weeks early, the head teacher said.</p>"
        "<h3><a href='/other'>Read on</a></h3></div>"
    )
    own = (
        "<div class='post'><h2><a href='/ferry'>Ferry to run every hour</a></h2>"
        "<p>The boat will cross every hour from May, the board said.</p></div>"
    )
    long_section = (
        "<section><h2><a href='/report'>The board's report</a></h2>" + "<p>" + "The report sets out the costs in detail. " * 12 + "</p></section>"
    )
    left = _left(STORY + card + own + long_section, titles=("Ferry to run every hour | Island News",))
    assert "Island school" not in left and "Builders finished" not in left
    assert "The boat will cross every hour" in left  # the article's own headline linking to its page
    assert "sets out the costs" in left


def test_a_question_closed_by_a_link_goes():
    left = _left(
        STORY
        + "<p>Mehr über den neuen Fahrplan? <a href='/plan'>Hier gibt es alle Zeiten!</a></p>"
        + "<p>Why did it take so long? The board says <a href='/money'>money</a> was short until this year, and the old boat needed repairs.</p>"
    )
    assert "Hier gibt es alle Zeiten" not in left and "neuen Fahrplan" not in left
    assert "money was short until this year" in left  # a question answered in the paragraph itself stays


def test_teaser_summaries_after_a_short_post_are_not_read(tmp_path):
    cards = "".join(
        f"<div class='more'><h2><a href='/s{n}'>Story number {n} about the harbour town</a></h2>"
        f"<p>A short summary of story {n}, which tells what happened at the harbour this week [&hellip;]</p>"
        f"<h3><a href='/s{n}'>READ THE REST</a></h3></div>"
        for n in range(3)
    )
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour</title></head><body><h1>Ferry to run every hour</h1>"
        f"<div id='story'>{STORY}</div><div id='next'>{cards}</div></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block.text for block in load_article(page).blocks)
    assert "every hour from May" in text and "asked for more crossings" in text
    assert "summary of story" not in text


def test_a_weekday_before_the_date_is_still_a_dateline():
    for line in ("jeudi 13 juin 2019", "Sa 13 Jul 2019", "Viernes 3 de mayo de 2024", "середа, 5 червня 2024"):
        assert classify(line) is Role.DATELINE, line
    assert classify("On Friday 3 May 2024 the ferry crossed for the last time, after forty years.") is Role.PROSE


def _page(tmp_path, body: str) -> list[str]:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour</title></head><body><h1>Ferry to run every hour</h1>"
        f"<div class='entry'>{STORY}{body}</div></body></html>",
        encoding="utf-8",
    )
    return [block.text for block in load_article(page).blocks]


def test_a_citation_line_of_web_addresses_is_not_read(tmp_path):
    texts = _page(tmp_path, "<p>Bell, Ann: Ferry hours, Island News, 2024/5/3, https://news.example/ferry/, DOI: https://doi.org/10.1234/5678.</p>")
    assert not any("doi.org" in text for text in texts)
    assert texts[-1] == "Until now the boat crossed four times a day, and islanders had asked for more crossings for years."


def test_a_short_box_under_a_second_top_headline_closes_the_page(tmp_path):
    texts = _page(tmp_path, "<div class='box'><h1>Thank you!</h1><p>You read all the way down. Do you like our news? Then help us stay free.</p></div>")
    assert "Thank you!" not in texts and not any("help us" in text for text in texts)
    long_part = "<h1>The vote</h1>" + "".join(
        f"<p>In round {n} the board voted six to one for the new timetable, after a long debate on what it would cost.</p>" for n in range(8)
    )
    assert any("voted six to one" in text for text in _page(tmp_path, long_part))  # a long part under it is the article's own


def test_a_last_section_under_a_top_headline_stays_when_every_section_has_one(tmp_path):
    sections = (
        "<h1>The north pier</h1><p>The walk starts at the north pier, where the fishing boats come in each morning.</p>"
        "<h1>The old quay</h1><p>Small pearl studs with a wider ring above them</p><p>Shoes: Harbour Boots</p>"
    )
    texts = _page(tmp_path, sections)
    assert "The old quay" in texts and "Shoes: Harbour Boots" in texts


def test_a_closing_label_that_announces_what_is_not_there_is_not_read(tmp_path):
    texts = _page(tmp_path, "<p>More from our walks:</p><p>Ideas from the editors:</p>")
    assert texts[-1] == "Until now the boat crossed four times a day, and islanders had asked for more crossings for years."
    call = "To keep the night ferry, sign the islanders' petition that the council has put up on its own site:"
    assert _page(tmp_path, f"<p>{call}</p>")[-1] == call  # a sentence, though it ends in a colon


def test_a_breadcrumb_ending_in_the_headline_is_not_read(tmp_path):
    page = tmp_path / "crumbs.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour</title></head><body><div class='entry'>"
        f"<p>Home &gt; Island news &gt; Ferry to run every hour</p><h1>Ferry to run every hour</h1>{STORY}</div></body></html>",
        encoding="utf-8",
    )
    texts = [block.text for block in load_article(page).blocks]
    assert texts[0].startswith("The ferry to the island will run every hour")


def test_a_small_box_named_for_a_pitch_goes_but_a_body_so_named_stays(tmp_path):
    texts = _page(
        tmp_path,
        "<div class='inline_promo'><p>Keep the island informed. Join from two pounds a month and read without limits.</p></div>"
        "<aside id='newsletter-box'><h3>Morning tides</h3><p>The harbour's news before breakfast, every weekday.</p></aside>",
    )
    assert not any("two pounds" in text or "before breakfast" in text for text in texts)
    page = tmp_path / "metered.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour</title></head><body><h1>Ferry to run every hour</h1>"
        f"<div class='paywall-content'>{STORY}</div></body></html>",
        encoding="utf-8",
    )
    assert any("every hour from May" in block.text for block in load_article(page).blocks)


def test_a_legend_under_a_photo_and_a_site_notice_are_not_read(tmp_path):
    texts = _page(
        tmp_path,
        "<p><span class='legend'>The old ferry at the quay in 1998, before its last refit. Photo: A. Bell</span></p>"
        "<p class='notice'>Readers' blogs are their authors' own; the newsroom does not edit them.</p>",
    )
    assert not any("old ferry at the quay" in text or "newsroom does not edit" in text for text in texts)


def test_an_author_box_with_a_name_heading_and_its_bio_is_not_read(tmp_path):
    texts = _page(
        tmp_path,
        "<div class='box'><div class='label'>ÜBER DEN AUTOR</div><h3>Jana Keller</h3>"
        "<p>ist Redakteurin im Lokalteil und schreibt seit 2019 über Verkehr und Häfen.</p></div>",
    )
    assert not any("Redakteurin" in text or "Jana Keller" in text for text in texts)
    kept = _page(tmp_path, "<h3>Harbour Board Plans</h3><p>The board also plans a new waiting room, which will open next year.</p>")
    assert any("new waiting room" in text for text in kept)  # a heading over ordinary text stays


def test_a_question_over_a_list_of_links_goes_but_a_list_of_facts_stays():
    left = _left(
        STORY
        + "<p>Curious about other harbours? Read about:</p><ul><li><a href='/a'>Portmoor</a>, a fishing port in the north</li>"
        "<li><a href='/b'>Eastwick</a>, the ferry town</li></ul>"
        + "<p>The new timetable, in short:</p><ul><li>Boats leave every hour from 7 a.m.</li><li>The last boat leaves at 9 p.m.</li></ul>"
    )
    assert "Curious about other harbours" not in left and "Portmoor" not in left
    assert "Boats leave every hour" in left and "The new timetable" in left


def test_teaser_cards_with_a_kicker_before_the_linked_heading_go():
    cards = "".join(
        f"<div class='block'><h4><strong>{kicker}</strong> <a href='/c{n}'>{title}</a></h4>"
        f"<p><em>Staff writer</em> A short summary of the other column, which asks whether the town needs a second bridge.</p></div>"
        for n, (kicker, title) in enumerate([("Comment", "Why the bridge can wait"), ("Money matters", "Rates rise again in the valley")])
    )
    section = (
        "<div><h3>What the board said <a href='/minutes'>(minutes)</a></h3>"
        "<p>The board said the timetable would be reviewed in autumn once passenger numbers are known.</p></div>"
    )
    left = _left(STORY + section + cards)
    assert "bridge can wait" not in left and "Rates rise" not in left and "second bridge" not in left
    assert "reviewed in autumn" in left  # a section whose heading is mostly its own words, with a link inside, stays


def test_a_paragraph_all_in_bold_that_is_a_link_goes():
    left = _left(
        STORY
        + "<p><strong>Watch <a href='/live'>the whole board meeting again, with your questions</a></strong></p>"
        + "<p><strong>The board will meet again in June</strong> to <a href='/june'>decide</a> on the winter timetable.</p>"
    )
    assert "whole board meeting" not in left
    assert "meet again in June to decide on the winter timetable" in left  # bold words, not a bold link


def test_a_link_after_an_arrow_label_is_a_pointer_not_text():
    left = _left(
        STORY
        + "<p>&gt;&gt;&gt; <a href='/harbour/fares'>Harbour board doubles the winter fares for day trippers</a></p>"
        + "<p>► <a href='/harbour/boat'>The new boat arrives from the yard in April</a></p>"
    )
    assert "winter fares" not in left and "new boat arrives" not in left and "every hour from May" in left
    kept = _left("<p>Fares rose from 3 &gt; 5 pounds, the <a href='/board'>board</a> said on Tuesday after a long meeting.</p>")
    assert "Fares rose" in kept


def test_a_byline_row_with_a_date_in_figures_is_a_dateline():
    for line in ("Mara Quist | Port Ellen | 08/01/2014", "Mara Quist · 8/1/2014 10:21", "Redacción | 21/11/18"):
        assert classify(line) is Role.DATELINE, line
    assert classify("The board met on 08/01/2014 | and decided that the ferry will run every hour.") is not Role.DATELINE


def test_a_count_of_how_often_a_story_was_seen_is_junk():
    for line in ("Visto 314 veces", "Viewed 1,204 times", "Gelesen 88 mal"):
        assert classify(line) is Role.JUNK, line
    assert classify("The ferry was seen 12 times near the rocks before it sank last winter.") is Role.PROSE


def test_a_comment_forms_heading_ends_the_article(tmp_path):
    texts = _page(
        tmp_path,
        "<p>The board will meet again in June to decide on the winter timetable and the fares for it.</p>"
        "<div class='form'><h2>Comentar</h2><ul><li>Las opiniones son de los lectores.</li></ul>"
        "<div class='sf_comment_text'><p>Por fin un barco cada hora, ya era hora de que lo hicieran.</p></div></div>",
    )
    assert texts[-1].startswith("The board will meet again") and not any("Por fin" in text for text in texts)


def test_a_gallery_named_in_camel_case_is_not_read():
    from articlecast.sources.captions import drop_captions

    tree = lxml_html.fromstring(
        "<html><body><article>" + STORY + "<ul class='islandGallery2'>"
        "<li><img src='a.png' alt=''><div class='sub'>The pier at dawn [1/3]</div></li>"
        "<li><img src='b.png' alt=''><div class='sub'>The old boat shed [2/3]</div></li></ul>"
        "<div class='photoCaption'>Gulls over the harbour wall</div></article></body></html>"
    )
    drop_captions(tree)
    left = " ".join(tree.text_content().split())
    assert "pier at dawn" not in left and "Gulls over" not in left and "every hour from May" in left


def test_an_editors_initials_after_the_last_sentence_are_not_read(tmp_path):
    texts = _page(
        tmp_path,
        "<p>The board will meet again in June to decide on the winter timetable. "
        "<span>(<a href='mailto:ab@example.org'>mqt</a>)</span></p>",
    )
    assert texts[-1] == "The board will meet again in June to decide on the winter timetable."
    kept = _page(tmp_path, "<p>The new fares start in June, the board said. (Details)</p>")
    assert kept[-1].endswith("(Details)")


def test_a_captions_place_in_a_gallery_marks_it_as_a_caption():
    for line in ("The old boat shed [2/10]", "Bild 3 von 12: Der Hafen am Morgen", "Фото 2 из 5"):
        assert classify(line) is Role.JUNK, line
    assert classify("The ferry made 3/10 of its crossings on time last winter, the board said in its report.") is Role.PROSE


def test_a_gallery_named_in_another_language_is_not_read():
    from articlecast.sources.captions import drop_captions

    tree = lxml_html.fromstring(
        "<html><body><article>" + STORY + "<div class='bildergalerie'><img src='a.png'><p>Der Hafen im Nebel</p></div>"
        "<div class='fotostrecke'><img src='b.png'><p>Die alte Werft</p></div></article></body></html>"
    )
    drop_captions(tree)
    left = " ".join(tree.text_content().split())
    assert "Hafen im Nebel" not in left and "alte Werft" not in left and "every hour from May" in left


def test_a_word_named_like_a_box_inside_a_sentence_stays(tmp_path):
    texts = _page(
        tmp_path,
        "<p>At <span class='ticker' data-symbol='FRY'>Island Ferries</span>, the crews welcomed a timetable"
        " that the <a class='glossary-popup' href='#g1'>harbour board</a> had promised for years.</p>"
        "<p><span class='ticker'>Breaking: storm warning for the north coast</span></p>",
    )
    assert any(text.startswith("At Island Ferries, the crews welcomed") and "the harbour board had" in text for text in texts)
    assert not any("storm warning" in text for text in texts)


def test_a_line_without_a_full_stop_closing_a_box_under_its_video_is_its_caption():
    from articlecast.sources.captions import drop_captions

    tree = lxml_html.fromstring(
        "<html><body><article>" + STORY + "</article><aside><div class='content'>"
        "<p><iframe src='https://video.example.org/embed/ferry'></iframe></p><p>The harbour master on the new timetable</p>"
        "</div></aside><div><p><iframe src='https://video.example.org/embed/pier'></iframe></p>"
        "<p>In the video, the skipper shows the silted channel at low tide.</p></div></body></html>"
    )
    drop_captions(tree)
    left = " ".join(tree.text_content().split())
    assert "harbour master on the new timetable" not in left
    assert "the skipper shows the silted channel" in left and "every hour from May" in left


def test_a_link_in_brackets_after_a_sentence_inside_a_paragraph_is_not_read():
    from articlecast.sources.pointers import drop_pointers

    tree = lxml_html.fromstring(
        "<html><body><article><p>The seals came back this spring, the warden said. [<a href='/seals'>Ten Seal Colonies of the North</a>]"
        " Counts start in May.</p><p>A note [<a href='/n'>see the count</a>] stays inside its sentence.</p></article></body></html>"
    )
    drop_pointers(tree)
    text = " ".join(tree.text_content().split())
    assert "Seal Colonies" not in text and "[" not in text.split("A note")[0]
    assert "the warden said. Counts start in May." in text and "A note [see the count] stays" in text
