"""A page's opening sentence set in a bare <div> over the paragraphs or left loose after a box, and the contact and originator lines closing a press release.

All texts are invented for these tests.
"""

from pathlib import Path

import pytest
from lxml import html as lxml_html

from articlecast.sources import load_article
from articlecast.sources.furniture import Role, classify
from articlecast.sources.leads import keep_leads
from articlecast.sources.loosetext import wrap_loose_text
from articlecast.sources.promo import is_end_note

LEAD = "Городской совет утвердил новый график работы паромов, который начнёт действовать с первого мая этого года."
BODY = (
    "<p>Об этом сообщили в пресс-службе совета после заседания во вторник вечером, где решение приняли единогласно.</p>"
    "<p>Раньше паром ходил четыре раза в день, и жители острова много лет просили добавить рейсы.</p>"
    "<p>Город рассчитывает покрыть дополнительные расходы за счёт туристического сбора, сказала мэр.</p>"
)


def _page(tmp_path: Path, body: str) -> Path:
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html lang='ru'><head><meta charset='utf-8'><title>Паром будет ходить каждый час</title></head>"
        f"<body><article><h1>Паром будет ходить каждый час</h1>{body}</article></body></html>",
        encoding="utf-8",
    )
    return page


RELATED_BOX = "<div class='col'><ul><li><a href='/a'>Ферма на острове</a></li><li><a href='/b'>Новый мост</a></li></ul></div>"


@pytest.mark.parametrize(
    "body",
    [
        f"<div class='text'><div class='lead'>{LEAD}</div><div>{BODY}</div></div>",  # in a bare div of its own
        f"<div class='bd'>{RELATED_BOX}{LEAD}</p>{BODY}</div>",  # left loose after a box that closed its <p>
    ],
    ids=["own-div", "loose-after-box"],
)
def test_the_opening_sentence_is_read_first(tmp_path, body):
    article = load_article(_page(tmp_path, body))
    assert article.blocks[0].text == LEAD
    assert "туристического сбора" in article.blocks[-1].text


def test_only_a_sentence_that_stands_before_the_paragraphs_becomes_one():
    tree = lxml_html.fromstring(
        "<html><body>"
        f"<div id='a'><div class='lead'>{LEAD}</div><p>Первый абзац статьи.</p></div>"
        "<div id='b'><div class='note'>Нажмите здесь</div><p>Первый абзац статьи.</p></div>"  # too short, no sentence
        f"<div id='c'><p>Первый абзац статьи.</p><div class='aside'>{LEAD}</div><p>Второй абзац.</p></div>"  # after a paragraph
        f"<div id='d'><div class='box'>{LEAD}<ul><li>пункт</li></ul></div><p>Первый абзац.</p></div>"  # holds a list
        f"<div id='e'><div class='tail'>{LEAD}</div><ul><li>пункт</li></ul></div>"  # no paragraph after it
        "</body></html>"
    )
    keep_leads(tree)
    assert [element.getparent().get("id") for element in tree.iter("p") if element.text == LEAD] == ["a"]


@pytest.mark.parametrize("line", ["Rückfragen bitte an:", "Bei Rückfragen bitte an", "Für Rückfragen an:"])
def test_a_german_press_release_s_contact_label_closes_it(line):
    assert is_end_note(line)


@pytest.mark.parametrize(
    "line",
    [
        "Original-Content von: Stadtwerke Nordheim, übermittelt durch news aktuell",
        "Original content from: Harbour Council",
        "Pressemitteilung der Hafenverwaltung, übermittelt durch einen Nachrichtendienst",
    ],
)
def test_a_wire_s_originator_line_is_furniture(line):
    assert classify(line) is Role.JUNK


@pytest.mark.parametrize(
    "line",
    [
        "Rückfragen an die Stadt gab es viele, aber die Antworten blieben aus.",
        "Die Daten, übermittelt durch das Landesamt, zeigen einen deutlichen Anstieg der Fahrgastzahlen.",
    ],
)
def test_sentences_with_those_words_stay_text(line):
    assert not is_end_note(line)
    assert classify(line) is not Role.JUNK


STANDFIRST = "Наш корреспондент проехал весь новый маршрут парома и поговорил с капитаном и пассажирами."


def test_a_standfirst_set_in_heading_type_is_read_as_the_first_paragraph(tmp_path):
    article = load_article(_page(tmp_path, f"<h4>{STANDFIRST}</h4><h4>Новый график</h4>{BODY}"))
    assert [block.kind for block in article.blocks[:2]] == ["paragraph", "heading"]
    assert article.blocks[0].text == STANDFIRST
    assert article.blocks[1].text == "Новый график"


def test_short_headings_and_question_headings_stay_headings(tmp_path):
    question = "Почему паром так долго ходил всего четыре раза в день и кто за это отвечал?"
    answer = "<p>Раньше на острове не хватало причалов, а новый построили только прошлой осенью, объяснил капитан.</p>"
    article = load_article(_page(tmp_path, f"<h2>Новый график.</h2>{BODY}<h2>{question}</h2>{answer}"))
    assert [block.text for block in article.blocks if block.kind == "heading"] == ["Новый график.", question]


def test_a_lead_over_the_body_s_container_moves_into_it_where_the_extractor_looks_for_the_article():
    tree = lxml_html.fromstring(f"<html><body><article><div class='lead'>{LEAD}</div> <div class='body'>{BODY}</div></article></body></html>")
    keep_leads(tree)
    body = tree.xpath("//div[@class='body']")[0]
    assert [child.tag for child in body][:2] == ["p", "p"]
    assert body[0].text_content() == LEAD
    assert not tree.xpath("//article/p")


def test_the_extractor_s_first_paragraph_late_in_the_copy_means_it_missed_the_opening():
    from articlecast.article import Block
    from articlecast.sources.copycheck import missed_opening

    copied = [Block("paragraph", text) for text in (OPENING + CONTINUED)]
    assert missed_opening([Block("paragraph", CONTINUED[0])], copied)
    assert not missed_opening([Block("paragraph", OPENING[1])], copied)  # one paragraph before it: a standfirst, perhaps
    assert not missed_opening([Block("paragraph", "A paragraph the copy does not hold at all, about something else.")], copied)


OPENING = [
    "The ferry from Westmere will run every hour from May, the harbour board decided on Tuesday evening after a long debate.",
    "Until now the boat crossed four times a day, and islanders had asked for more crossings for years, above all in winter.",
]
CONTINUED = [
    "The board expects the tourist tax to pay for the extra crossings, the mayor said after the vote on Tuesday evening.",
    "Skippers welcomed the plan but warned that the old quay needs repairs before the summer season brings the crowds.",
    "Work on the quay should start in March and end before the first hourly ferry leaves the harbour in early May.",
]


def test_an_old_table_page_that_sets_its_opening_in_one_row_and_the_rest_in_the_next_is_read_whole(tmp_path):
    side = "<td width='130'><b>Harbour notes</b><br>Issue 12, spring<br>4,50 euros<br></td>"
    head = f"<td><font><b>Ferry to run every hour</b><br><br>{OPENING[0]}<br><br>{OPENING[1]}<br></font></td>"
    rest = "".join(f"<p><font>{text}</font></p>" for text in CONTINUED)
    order = "<p><a href='/order'>Order the issue</a><br><a href='/subscribe'>Subscribe</a></p>"
    page = tmp_path / "old.html"
    page.write_text(
        "<html><head><meta http-equiv='content-type' content='text/html;charset=iso-8859-1'><title>Ferry to run every hour</title></head>"
        f"<body><table><tr>{side}{head}</tr><tr><td colspan='2'>{rest}{order}</td></tr></table></body></html>",
        encoding="latin-1",
    )
    article = load_article(page)
    assert [block.text for block in article.blocks][:2] == OPENING
    assert article.blocks[-1].text == CONTINUED[-1]


def test_only_running_text_left_loose_is_wrapped_in_a_paragraph():
    tree = lxml_html.fromstring(
        "<div><h2>Ferry</h2>The new timetable starts in May, the <b>harbour board</b> said on Friday.<p>More.</p>"
        "<div>Box</div> | <hr>Share this</div>"
    )
    assert wrap_loose_text(tree) == 1
    assert [p.text_content() for p in tree.iter("p")][0] == "The new timetable starts in May, the harbour board said on Friday."
    assert "| " in tree.text_content() and "Share this" in tree.text_content()


def test_the_visible_text_joins_the_lines_a_page_s_source_wraps_but_keeps_its_breaks():
    from articlecast.sources.visibletext import page_text
    from articlecast.sources.markup import parse_html

    tree = parse_html("<html><body><p>The ferry club was founded\nin 1990 by two skippers.<br>It met\n  in a kitchen.</p><pre>a\nb</pre></body></html>")
    lines = [line.strip() for line in page_text(tree).splitlines() if line.strip()]
    assert lines == ["The ferry club was founded in 1990 by two skippers.", "It met in a kitchen.", "a", "b"]
    bare = parse_html("The club met in a kitchen\nby the quay.\n\nLater it moved to the boat shed.")  # bare text, no tags
    assert [line for line in page_text(bare).splitlines() if line.strip()] == ["The club met in a kitchen by the quay.", "Later it moved to the boat shed."]


def test_an_old_page_s_wrapped_first_line_opens_its_first_paragraph(tmp_path):
    wrapped = (
        "<p>Anna und Paul Berg gründeten im Jahr 1990 den Fährverein an der Küste im Kreis\n"
        "Nord, einige Freunde aus dem Hafen standen schon hinter ihnen.<br>\n"
        "Die erste Versammlung fand im Wohnzimmer der Familie Berg statt, und alle kamen aus dem Ort.<br>\n"
        "Später zog der Verein in das alte Bootshaus am Kai, wo er bis heute seine Treffen abhält.</p>"
    )
    page = tmp_path / "club.html"
    page.write_text(
        "<html><head><title>Fährverein 1990</title></head><body><table><tr><td><ul><li><a href='/'>Start</a></li>"
        f"<li><a href='/k'>Kontakt</a></li></ul></td><td>{wrapped}</td></tr></table></body></html>",
        encoding="utf-8",
    )
    blocks = load_article(page).blocks
    assert blocks[0].text.startswith("Anna und Paul Berg gründeten") and blocks[0].text.endswith("hinter ihnen.")


STATED = "Rada miasta wybrała nowego dyrektora portu, który obejmie stanowisko w przyszły poniedziałek po południu."
PORT_BODY = (
    "<p>Nowy dyrektor od dziesięciu lat kierował przystanią jachtową na wyspie i zna port od podszewki.</p>"
    "<p>Jego poprzednik odszedł na emeryturę w grudniu, po dwudziestu latach pracy w porcie.</p>"
    "<p>Konkurs na stanowisko ogłoszono w listopadzie, zgłosiło się siedmiu kandydatów.</p>"
)


def _split_page(tmp_path: Path, description: str, header_lead: str) -> Path:
    """A header (headline, picture, lead) in one part of the page and the body's paragraphs in another."""
    page = tmp_path / "port.html"
    page.write_text(
        "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Port ma nowego dyrektora</title>"
        f"<meta property='og:description' content='{description}'></head><body>"
        "<header><h1>Port ma nowego dyrektora</h1><div class='meta'>Jan Nowak</div>"
        f"<div class='photo'><img src='port.jpg' alt=''><p>Port (Fot. Jan Nowak)</p></div>{header_lead}</header>"
        f"<main><div class='ad'></div><section class='text'>{PORT_BODY}</section></main></body></html>",
        encoding="utf-8",
    )
    return page


def test_a_lead_in_the_page_header_that_the_head_describes_the_page_with_opens_the_body(tmp_path):
    article = load_article(_split_page(tmp_path, STATED, f"<section class='lede'>{STATED}</section>"))
    assert article.blocks[0].text == STATED
    assert article.blocks[1].text.startswith("Nowy dyrektor")
    assert sum(STATED in block.text for block in article.blocks) == 1


@pytest.mark.parametrize(
    "description, header_lead",
    [
        (STATED, ""),  # the head describes the page, but the page does not show that text
        ("Port ma nowego dyrektora.", "<section class='lede'>Port ma nowego dyrektora.</section>"),  # too short for a lead
        (STATED, f"<aside><ul><li>{STATED}</li></ul></aside>"),  # shown only in a list
    ],
    ids=["not-shown", "short", "in-a-list"],
)
def test_no_lead_is_added_that_the_page_does_not_show_as_one(tmp_path, description, header_lead):
    article = load_article(_split_page(tmp_path, description, header_lead))
    assert article.blocks[0].text.startswith("Nowy dyrektor")


def test_a_described_lead_that_the_body_already_reads_is_not_read_twice(tmp_path):
    page = tmp_path / "once.html"
    page.write_text(
        "<!DOCTYPE html><html lang='pl'><head><meta charset='utf-8'><title>Port ma nowego dyrektora</title>"
        f"<meta name='description' content='{STATED}'></head><body><article><h1>Port ma nowego dyrektora</h1>"
        f"<p>{STATED}</p>{PORT_BODY}</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert sum(STATED in block.text for block in article.blocks) == 1


TEASER = "Das Stadtarchiv zeigt ab Montag alte Fotos vom Hafen, dazu erzählen Zeitzeugen jeden Donnerstag von früher."


def test_a_described_lead_under_a_headline_marked_as_such_but_not_set_in_h1_opens_the_body(tmp_path):
    page = tmp_path / "archiv.html"
    page.write_text(
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Hafenbilder im Archiv</title>"
        f"<meta name='description' content='{TEASER}'></head><body><nav><a href='/'>Start</a></nav>"
        "<div class='news'><div class='header'><h3 itemprop='headline'>Hafenbilder im Archiv</h3></div>"
        f"<div class='teaser-text' itemprop='description'><p>{TEASER}</p></div>"
        "<div class='news-text-wrap'><p>Die Ausstellung läuft bis Ende Mai und ist montags bis freitags geöffnet, der Eintritt ist frei.</p>"
        "<p>Wer selbst alte Bilder vom Hafen hat, kann sie im Archiv einscannen lassen und der Sammlung leihen.</p>"
        "<p>Führungen für Schulklassen sind nach Anmeldung auch vormittags möglich, sagte die Leiterin des Archivs.</p></div>"
        "</div></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.blocks[0].text == TEASER
    assert sum(TEASER in block.text for block in article.blocks) == 1
