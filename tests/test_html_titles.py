"""Saved pages: the title is the post's headline, not the site's logo set in an <h1>."""

import pytest
from lxml import html as lxml_html

from articlecast.sources import load_article
from articlecast.sources.pagemeta import agrees, shown_headlines, stated_headline

BODY = (
    "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
    "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
    "<p>The new timetable will cost the board about two hundred thousand pounds a year, paid for by fares.</p>"
)


def _title(tmp_path, html: str) -> str | None:
    """The title articlecast gives a saved page holding ``html``."""
    page = tmp_path / "post.html"
    page.write_text(html, encoding="utf-8")
    return load_article(page).title


@pytest.mark.parametrize(
    "logo",
    [
        "<h1><a href='/'>Island Weekly News</a></h1>",  # the logo links to the home page
        "<a href='https://island.example/' class='brand'><h1>Island Weekly News</h1></a>",
        "<h1><a href='' rel='home'>Island Weekly News</a></h1>",
        "<h1>Island Weekly News</h1>",  # the site's name, as the page states it
    ],
)
def test_a_logo_in_the_h1_is_not_the_headline(tmp_path, logo):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to run every hour from May | Island Weekly News</title>"
        "<meta property='og:site_name' content='Island Weekly News'></head>"
        f"<body><header>{logo}</header><div class='post'><h2>Ferry to run every hour from May</h2>{BODY}</div></body></html>",
    ) == "Ferry to run every hour from May"


def test_a_headline_linking_to_its_own_page_is_still_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to run every hour from May | Island Weekly News</title></head><body>"
        "<h1><a href='/2024/05/ferry-every-hour'>Ferry to run every hour from May</a></h1>" + BODY + "</body></html>",
    ) == "Ferry to run every hour from May"


@pytest.mark.parametrize("kicker", ["<span class='topic'>Weather</span>", "<span>Weather warning:</span> ", "<small>Sturm-Warnung</small>"])
def test_a_kicker_styled_into_the_h1_is_left_out_when_the_stated_title_is_the_rest(tmp_path, kicker):
    assert _title(
        tmp_path,
        "<html><head><title>Storm closes the harbour for two days | Island Weekly News</title>"
        "<meta property='og:title' content='Storm closes the harbour for two days'></head><body>"
        f"<article><h1>{kicker}<span>Storm closes the harbour for two days</span></h1>{BODY}</article></body></html>",
    ) == "Storm closes the harbour for two days"


def test_a_headline_longer_than_the_stated_title_at_its_start_is_kept_whole(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><meta property='og:title' content='Storm closes the harbour'></head><body>"
        f"<article><h1>Storm closes the harbour for two days</h1>{BODY}</article></body></html>",
    ) == "Storm closes the harbour for two days"


def test_a_headline_repeated_at_the_top_of_the_body_is_not_read_twice_nor_its_kicker(tmp_path):
    page = tmp_path / "post.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour from May | Island Weekly News</title></head><body>"
        "<header><h1><a href='/'>Island Weekly News</a></h1></header><article><p class='topic'>Transport</p>"
        f"<h2>Ferry to run every hour from May</h2>{BODY}</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.title == "Ferry to run every hour from May"
    assert article.blocks[0].text.startswith("The ferry to the island will run every hour")


def test_a_post_headline_in_an_h3_linking_to_its_own_page_is_the_title(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Storm closes the harbour for two days \u2039 Island Weekly News</title></head><body>"
        "<div class='post'><h3><a href='/storm-closes-harbour'>Storm closes the harbour for two days</a></h3>"
        f"{BODY}</div><div class='widget'><h2>Latest from the island</h2><ul><li><a href='/a'>Ferry timetable changes</a></li>"
        "<li><a href='/b'>New cafe opens on the quay</a></li></ul></div></body></html>",
    ) == "Storm closes the harbour for two days"


def test_the_stated_title_without_the_site_name_and_whether_a_guess_agrees_with_it():
    titles = [None, "Storm closes the harbour for two days \u2039 Island Weekly News"]
    assert stated_headline(titles) == "Storm closes the harbour for two days"
    assert stated_headline(["Zwölf neue Radwege | Stadtanzeiger"]) == "Zwölf neue Radwege"
    assert agrees("Storm closes the harbour", titles) and not agrees("Latest from the island", titles)
    assert stated_headline(["Island Weekly News"], ("Island Weekly News",)) is None  # only the site's name


@pytest.mark.parametrize(
    "title, h1, want",
    [
        ("Storm closes the harbour for two days | Island Weekly News", "Local News", "Storm closes the harbour for two days"),
        ("Harbour Ghosts | Regional Office for Coastal Heritage Education", "Harbour Ghosts", "Harbour Ghosts"),
    ],
)
def test_a_title_is_matched_part_by_part_not_through_the_site_name(tmp_path, title, h1, want):
    assert _title(
        tmp_path,
        f"<html><head><title>{title}</title></head><body><h1 class='section'>{h1}</h1>"
        f"<article><h2>Storm closes the harbour for two days</h2>{BODY}</article></body></html>",
    ) == want


@pytest.mark.parametrize(
    "title",
    [
        "Ferry to run every hour from May » Harbour » Island Post",  # the site's name closes the stated title
        "Ferry to run every hour from May",
    ],
)
def test_the_sites_name_linked_beside_the_headline_in_one_h1_is_left_out(tmp_path, title):
    assert _title(
        tmp_path,
        f"<html><head><title>{title}</title><meta property='og:site_name' content='Island Post'></head><body>"
        "<header><h1><span class='define'>Ferry to run every hour from May</span>"
        "<a href='/island.html' title='Back to the front page'>Island Post</a></h1></header>"
        f"<article><h3>Ferry to run every hour from May</h3>{BODY}</article></body></html>",
    ) == "Ferry to run every hour from May"


def test_a_link_in_the_h1_that_is_not_the_sites_name_stays_in_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to run every hour from May, says Harbour Board | Island Post</title></head><body>"
        "<article><h1>Ferry to run every hour from May, says <a href='/board'>Harbour Board</a></h1>"
        f"{BODY}</article></body></html>",
    ) == "Ferry to run every hour from May, says Harbour Board"


@pytest.mark.parametrize("mark", ["class='headline entry-title'", "itemprop='headline'"])
def test_a_headline_named_by_a_standard_beats_a_title_naming_only_the_site(tmp_path, mark):
    assert _title(
        tmp_path,
        "<html><head><title>News from the Island Weekly</title></head>"
        f"<body><table><tr><td><p><span {mark}>Ferry to run every hour from May</span></p>{BODY}</td></tr></table></body></html>",
    ) == "Ferry to run every hour from May"


def test_a_list_of_entries_names_no_one_headline(tmp_path):
    entries = "".join(f"<h2 class='entry-title'>Ferry news number {n} of the week</h2>" for n in range(3))
    title = _title(tmp_path, f"<html><head><title>News from the Island Weekly</title></head><body>{entries}{BODY}</body></html>")
    assert not (title or "").startswith("Ferry news number")


def test_a_chinese_or_japanese_headline_without_spaces_in_the_h1_is_shown():
    headline = "港口渡轮明年起每小时一班"
    tree = lxml_html.fromstring(f"<html><body><nav><h1>海港日报</h1></nav><article><h1 class='title'>{headline}</h1><p>正文。</p></article></body></html>")
    assert shown_headlines(tree) == [headline]


def test_a_page_in_a_script_without_full_stops_is_read_not_refused(tmp_path):
    paragraph = (
        "ท่าเรือจะเปิดให้บริการ เรือข้ามฟากทุกชั่วโมง ตั้งแต่เดือนหน้า ตามที่คณะกรรมการท่าเรือ ประกาศเมื่อวันอังคาร"
        " และชาวเกาะ ได้ขอมา นานหลายปี"
    )
    page = tmp_path / "thai.html"
    page.write_text(
        "<html lang='th'><head><title>เรือข้ามฟากทุกชั่วโมง</title></head><body><article><h1>เรือข้ามฟากทุกชั่วโมง</h1>"
        + "".join(f"<p>ครั้งที่ {n} {paragraph}</p>" for n in range(3)) + "</article></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert len(article.blocks) == 3


def test_a_heading_repeating_the_headline_after_its_kicker_is_not_read(tmp_path):
    page = tmp_path / "page.html"
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "Ferry tickets will cost less from May, the harbour board decided on Tuesday after a long debate.",
            "Islanders had asked for cheaper crossings for years, and the board finally agreed to a new fare table.",
            "The cheaper tickets will be sold at the quay and online, the board said in a statement on Wednesday.",
        )
    )
    page.write_text(
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Courier | Cheaper ferry tickets</title></head><body>"
        "<div class='story'><h1><span class='category'><span class='aural'>Topic </span>Harbour </span>Cheaper ferry tickets</h1>"
        f"{story}</div></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert article.title == "Cheaper ferry tickets"
    assert "Harbour" not in article.blocks[0].text


def test_a_sidebars_lone_h1_loses_to_the_h2_the_stated_title_names(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to run every hour from May</title></head><body>"
        "<div class='sidebar'><h1>Timetables and Tickets</h1><a href='/t'>Winter timetable</a></div>"
        "<div class='story'><h2>Ferry to run every hour from May</h2>" + BODY + "</div></body></html>",
    ) == "Ferry to run every hour from May"


def test_a_blogs_name_in_a_subheading_loses_to_the_lone_h1_when_the_stated_title_words_the_headline_otherwise(tmp_path):
    # the stated title is written apart from the headline, with the blog's name beside it; the <h2> names only the blog
    assert _title(
        tmp_path,
        "<html><head><title>Harbour board doubles the crossings to the island : Island Diary : Courier</title></head>"
        "<body><div class='bucket'><h2><a href='/diary/'>Island Diary</a></h2></div>"
        f"<article><h1>Ferry will cross every hour from May</h1>{BODY}</article></body></html>",
    ) == "Ferry will cross every hour from May"


def test_a_subheading_that_is_the_main_part_of_the_stated_title_is_still_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to cross every hour from May : Island Diary : Courier</title></head>"
        f"<body><div class='post'><h2>Ferry to cross every hour from May</h2>{BODY}</div></body></html>",
    ) == "Ferry to cross every hour from May"


def test_a_subheading_matching_one_of_two_equally_long_parts_of_the_stated_title_is_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Harbour Board im Rathaus - Fährverkehr wird bald ausgebaut</title></head>"
        f"<body><div class='top'>Harbour Board überall</div><div class='post'><h2>Fährverkehr wird bald ausgebaut</h2>{BODY}</div></body></html>",
    ) == "Fährverkehr wird bald ausgebaut"


def test_a_hidden_search_panels_heading_is_not_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><title>Ferry to run every hour from May - Island Weekly</title>"
        "<meta property='og:title' content='Ferry to run every hour from May'></head>"
        f"<body><div class='post'><div class='title'>Ferry to run every hour from May</div>{BODY}</div>"
        "<div class='search hidden'><h1>No results for your search</h1><p>Try another word or browse the sections.</p></div>"
        "</body></html>",
    ) == "Ferry to run every hour from May"


def test_a_subtitle_set_in_the_h1_after_the_headline_is_left_out_when_the_stated_title_is_the_headline(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><meta property='og:title' content='Storm closes the harbour for two days'></head><body><article>"
        "<h1><span class='headline'>Storm closes the harbour for two days</span> <span>A week of delays for the ferries</span></h1>"
        f"{BODY}</article></body></html>",
    ) == "Storm closes the harbour for two days"


def test_a_headline_whose_end_the_stated_title_leaves_out_is_kept_whole_without_an_element_for_the_end(tmp_path):
    assert _title(
        tmp_path,
        "<html><head><meta property='og:title' content='Storm closes the harbour'></head><body>"
        f"<article><h1>Storm closes the harbour <em>for</em> two days</h1>{BODY}</article></body></html>",
    ) == "Storm closes the harbour for two days"
