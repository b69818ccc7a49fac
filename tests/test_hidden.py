"""Saved pages: what a browser hides is never read, and link boxes are not article text."""

from pathlib import Path

from lxml import html as lxml_html

from articlecast.article import Block
from articlecast.sources import load_article
from articlecast.sources.hidden import drop_hidden, hides
from articlecast.sources.linkboxes import drop_link_boxes
from articlecast.sources.pagemeta import pick_headline, shown_headlines

PAGES = Path(__file__).parent / "data" / "pages"

DECOYS = (
    "Members enjoy unlimited reading",  # modal container
    "lighthouse keepers",  # <dialog> without open
    "template paragraph",  # <template>
    "turn on scripts",  # <noscript>
    "cancelled regatta",  # hidden attribute
    "mooring fees",  # aria-hidden
    "never built",  # inline display:none
    "seagull numbers",  # inline visibility:hidden
    "every section of the newspaper",  # class rule in <style>
    "morning briefing",  # id rule in <style>
    "boat show",  # element.class rule in <style>
    "last year's tide table",  # tab hidden by one rule and not shown by another
    "opens in a new window",  # visually hidden (screen-reader only) text
    "Sign in to your account",  # an h1 inside the modal
)


def test_hidden_parts_are_never_read():
    article = load_article(PAGES / "hidden-parts.html")
    text = " ".join([article.title] + [block.text for block in article.blocks])
    assert [decoy for decoy in DECOYS if decoy.casefold() in text.casefold()] == []
    assert article.title == "Tide gauge returns to Kestrel Quay"
    assert article.blocks == [
        Block("paragraph", "The harbour's old tide gauge went back on its post at Kestrel Quay on Thursday, after two winters in a workshop inland."),
        Block("paragraph", "Volunteers cleaned the brass dial, replaced the float chain and painted the board in the colours it wore in the 1930s."),
        Block("paragraph", "The gauge reads the tide to the nearest inch, and the harbour master will log it by hand each morning."),
        Block("paragraph", "Fishermen said the dial is easier to read from a boat than the digital sign that replaced it."),
        Block("paragraph", "The gauge can be visited at any hour, and the quay is lit after dark."),
    ]


def test_open_dialog_and_print_or_hover_rules_leave_elements_alone():
    tree = lxml_html.fromstring((PAGES / "hidden-parts.html").read_text(encoding="utf-8"))
    drop_hidden(tree)
    text = tree.text_content()
    assert "the open dialog is shown" in text  # <dialog open>
    assert "lit after dark" in text  # hidden only in @media print
    assert "lighthouse keepers" not in text


def test_inline_declarations():
    assert hides("display:none")
    assert hides("color: red; DISPLAY : None !important")
    assert hides("visibility:hidden")
    assert hides("position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)")
    assert not hides("display:none; display:block")
    assert not hides("display:flex; width:1px")
    assert not hides("")


def test_page_whose_article_is_all_hidden_is_still_read(tmp_path):
    body = " ".join(["The ferry to the island will run twice a day all summer, the harbour board said on Monday."] * 3)
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><head><title>Summer ferries</title></head><body><div hidden><article><h1>Summer ferries</h1>"
        f"<p>{body}</p><p>{body}</p></article></div></body></html>",
        encoding="utf-8",
    )
    assert "ferry to the island" in load_article(page).blocks[0].text


def test_link_boxes_and_labelled_links_are_dropped():
    tree = lxml_html.fromstring(
        "<html><body><article>"
        "<p>The quay reopened on Friday after repairs to the sea wall that took most of the winter.</p>"
        "<p>Read more: <a href='/a'>Sea wall repairs run over budget</a></p>"
        "<p><b>Читайте також</b> <a href='/f'>Міст через річку відкрили після ремонту</a></p>"
        "<div><h3>Also on the site</h3><ul><li><a href='/b'>Ferry timetable changes for summer</a></li>"
        "<li><a href='/c'>New cafe opens on the harbour front</a></li></ul></div>"
        "<p><a href='/d'>Find out how to volunteer at the harbour museum this summer.</a></p>"
        "<p>The harbour master thanked <a href='/e'>the divers</a> who checked the foundations.</p>"
        "<h2><a href='#cost'>What the repairs cost</a></h2>"
        "</article></body></html>"
    )
    drop_link_boxes(tree)
    text = tree.text_content()
    assert "Sea wall repairs" not in text and "Ferry timetable" not in text and "Also on the site" not in text
    assert "Міст" not in text
    assert "volunteer at the harbour museum" in text  # a whole linked sentence stays
    assert "thanked the divers who checked" in text
    assert "What the repairs cost" in text  # a heading linked to itself is not a link to another page


def test_the_shown_headline_is_the_title():
    tree = lxml_html.fromstring(
        "<html><body><div hidden><h1>Log in</h1></div><header><h1>The Lowmoor Courier</h1></header>"
        "<h1>River museum <span>plans approved by council</span></h1></body></html>"
    )
    drop_hidden(tree)
    headlines = shown_headlines(tree)
    assert headlines == ["The Lowmoor Courier", "River museum plans approved by council"]
    assert pick_headline(headlines, ["Council approves river museum plans | The Lowmoor Courier"]) == (
        "River museum plans approved by council"
    )
    assert pick_headline(headlines, ["Something else entirely"]) is None
    assert pick_headline(["Only headline here"], []) == "Only headline here"
    assert pick_headline(["Ferry back on the water after repairs"], ["Best ferry news today"]) == "Ferry back on the water after repairs"
    assert pick_headline(["The Lowmoor Courier"], ["Best ferry news today"], ("The Lowmoor Courier",)) is None


def test_captions_and_credits_are_dropped(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Quay lights switched on</title></head><body><article><h1>Quay lights switched on</h1>"
        "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause from the crowd.</p>"
        "<figure><img src='a.jpg'><figcaption>Crowds gathered on the quay to watch the lights come on.</figcaption></figure>"
        "<p class='photo_credit'>Ann Bell for the Courier</p><span class='img-author'>Courtesy of the harbour board</span>"
        "<div class='breaking-news'><a href='/x'>Live: flood warnings across the county</a> · <a href='/y'>Road closed</a></div>"
        "<marquee>Ferry cancelled this afternoon because of high winds across the bay</marquee>"
        "<div class='story-gallery'><p>Slide one shows the old lamps being taken down by the harbour crew in the spring.</p>"
        "<p>Slide two shows the crowd waiting for the lights to come on at the end of the quay.</p></div>"
        "<p>They use a tenth of the power of the old lamps, the harbour board said, and will stay on until midnight.</p>"
        "<p>The board will decide next year whether to light the breakwater as well, which would cost far more.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    text = " ".join(block.text for block in article.blocks)
    assert "Crowds gathered" not in text and "Ann Bell" not in text and "Courtesy" not in text and "Slide" not in text
    assert "flood warnings" not in text and "Ferry cancelled" not in text
    assert len(article.blocks) == 3


def test_a_template_language_is_corrected_by_the_text(tmp_path):
    body = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "El ayuntamiento aprobó el martes un nuevo horario para el transbordador que cruza la bahía cada mañana.",
            "Los vecinos del barrio del puerto pidieron durante años que el servicio empezara más temprano los domingos.",
            "El primer viaje con el nuevo horario saldrá del muelle norte el próximo lunes a las seis de la mañana.",
        )
    )
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="en"><head><title>Nuevo horario</title></head><body><article><h1>Nuevo horario del transbordador</h1>{body}</article></body></html>', encoding="utf-8")
    assert load_article(page).language == "es"
    page.write_text(page.read_text(encoding="utf-8").replace('lang="en"', 'lang="es-NI"'), encoding="utf-8")
    assert load_article(page).language == "es-NI"


def test_conventional_hidden_classes_but_never_the_article():
    tree = lxml_html.fromstring(
        "<html><body><p>Skip <span class='sr-only'>to the main content</span></p>"
        "<div class='d-none'><p>A hidden block with a short decoy.</p></div>"
        "<div class='hidden js-reveal'><h1>Council buys the rope works</h1>"
        "<p>The council has bought the derelict rope works on Mill Lane and will open a river museum there.</p></div>"
        "</body></html>"
    )
    drop_hidden(tree)
    text = tree.text_content()
    assert "main content" not in text and "short decoy" not in text
    assert "derelict rope works" in text  # the article itself, shown by a script, is kept


def test_page_saved_with_a_dialog_open_keeps_its_article():
    tree = lxml_html.fromstring(
        "<html><body><div class='cookie-modal' role='dialog'><p>We use cookies to give you the best experience.</p></div>"
        "<div id='page' aria-hidden='true'><h1>Council buys the rope works</h1>"
        "<p>The council has bought the derelict rope works on Mill Lane and will open a river museum there.</p>"
        "<p>Councillors approved the purchase on Tuesday evening after a long debate in the town hall.</p>"
        "<span aria-hidden='true'>★</span></div></body></html>"
    )
    drop_hidden(tree)
    text = tree.text_content()
    assert "We use cookies" not in text and "★" not in text
    assert "derelict rope works" in text


def test_news_layout_without_article_element():
    article = load_article(PAGES / "courier-layout.html")
    assert (article.title, article.author, article.language) == ("Storm closes the coast road for a second night", "Priya Nair", "en-GB")
    assert [block.text.split()[:3] for block in article.blocks] == [
        ["The", "coast", "road"], ["Engineers", "found", "stones"], ["Drivers", "are", "being"], ["The", "Met", "Office"],
    ]
    assert "The RNLI asked people" in article.blocks[2].text  # the tooltip hidden by the page's stylesheet is not glued in


def test_page_whose_markup_hides_the_body_from_the_extractor_is_read_from_its_text(tmp_path, caplog):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Quay lights</title></head><body><h1>Quay lights switched on</h1>"
        "<div id='comments' class='comments'>"
        "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause from the crowd.</p>"
        "<p>They use a tenth of the power of the old lamps, the harbour board said, and will stay on until midnight.</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.title == "Quay lights switched on"
    assert [block.text[:15] for block in article.blocks] == ["The new lights ", "They use a tent"]
    assert "reading its visible text instead" in caplog.text


def test_long_essay_in_a_modal_is_dropped_however_long(tmp_path):
    essay = "".join(
        f"<p>Paragraph {n} of an essay on lighthouse keepers, their lamps, their logbooks and their long winters at sea.</p>"
        for n in range(30)
    )
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Quay lights switched on | Lowmoor Courier</title></head><body>"
        f"<div class='c-modal js-essay'><h2>About lighthouses</h2>{essay}</div>"
        "<main><h1>Quay lights switched on</h1>"
        "<p>The new lights on the quay were switched on for the first time on Friday evening, to applause from the crowd.</p>"
        "<p>They use a tenth of the power of the old lamps, the harbour board said, and will stay on until midnight.</p>"
        "</main></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.title == "Quay lights switched on"
    assert [block.text[:15] for block in article.blocks] == ["The new lights ", "They use a tent"]


def test_date_shown_under_the_headline_in_the_page_language(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html lang='es'><head><title>Nuevo horario</title></head><body><article><h1>Nuevo horario del transbordador</h1>"
        "<div class='meta'><span>12, Marzo, 2024</span></div>"
        "<p>El ayuntamiento aprobó el martes un nuevo horario para el transbordador que cruza la bahía cada mañana.</p>"
        "<p>Los vecinos del barrio del puerto pidieron durante años que el servicio empezara más temprano los domingos.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    assert load_article(page).date.date().isoformat() == "2024-03-12"


def test_text_moved_off_the_screen_or_squeezed_to_nothing_is_hidden():
    tree = lxml_html.fromstring(
        "<html><head><style>.seo-box{position:absolute; left:-10000px}</style></head><body><article>"
        "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
        "<div style='position: absolute; top: -2000px'>Cheap flights to the island, book now</div>"
        "<div class='seo-box'>Island ferry tickets island ferry times island ferry prices</div>"
        "<div style='height:0; overflow:hidden; font-size:0'>Editor on duty: Ann Bell</div>"
        "<div style='position:relative; left:-20px'>Until now the boat crossed four times a day.</div>"
        "<div style='height:0; overflow:hidden'>The timetable opens below when the reader asks for it.</div>"
        "</article></body></html>"
    )
    drop_hidden(tree)
    left = " ".join(tree.text_content().split())
    assert "Cheap flights" not in left and "ferry prices" not in left and "Editor on duty" not in left
    assert "four times a day" in left and "opens below" in left  # nudged a little, or only folded away, stays
    assert not hides("position:absolute; top:-120px") and hides("position:fixed; left:-9999px")
