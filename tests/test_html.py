"""Saved web pages: the article body with its structure, the page's metadata, no furniture, charsets."""

import datetime as dt
import json

import pytest
from PIL import Image

from articlecast.article import Block
from articlecast.errors import ArticleError
from articlecast.publish.folder import episode_artwork
from articlecast.sources import load_article
from conftest import PAGES
from conftest import page_expectation as expectation

EXPECTED = sorted(PAGES.glob("*.json"))


@pytest.mark.parametrize("name", [path.stem for path in EXPECTED])
def test_page_body_is_the_article_with_its_structure(name):
    expected = expectation(name)
    article = load_article(PAGES / f"{name}.html")
    assert article.blocks == [Block(kind, text, rest[0] if rest else 0) for kind, text, *rest in expected["blocks"]]
    text = "\n".join([article.title] + [block.text for block in article.blocks])
    assert [junk for junk in expected["junk"] if junk in text] == []


@pytest.mark.parametrize("name", [path.stem for path in EXPECTED])
def test_page_metadata(name):
    want = expectation(name)["metadata"]
    article = load_article(PAGES / f"{name}.html")
    assert (article.title, article.author, article.url, article.image, article.language) == (
        want["title"], want["author"], want["url"], want["image"], want["language"],
    )
    assert article.date == dt.datetime.fromisoformat(want["date"])


def test_every_page_has_the_kinds_of_structure_it_should():
    kinds = {kind for path in EXPECTED for kind, *_ in json.loads(path.read_text(encoding="utf-8"))["blocks"]}
    assert kinds == {"heading", "paragraph", "quote", "item"}


def test_summary_comes_from_the_page_description():
    assert load_article(PAGES / "news-site.html").summary == (
        "Councillors voted 9-4 to build protected cycle lanes on Market Street by next spring."
    )


def test_page_without_an_article_is_refused(tmp_path):
    with pytest.raises(ArticleError, match=r"no-article.html has no article text that I can find; save the article's own page"):
        load_article(PAGES / "no-article.html")


def test_a_page_whose_only_text_is_cut_short_by_an_ellipsis_is_read_with_a_warning(tmp_path, caplog):
    note = (
        "The morning show welcomed the island's new lifeboat crew into the studio, where the coxswain told"
        " listeners about her first winter at sea and was given a warm round of applause…"
    )
    page = tmp_path / "show.html"
    page.write_text(
        "<html lang='en'><head><title>Lifeboat crew visits the morning show - Island Radio</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/shows'>Shows</a></nav><div class='entry'>"
        f"<h1>Lifeboat crew visits the morning show</h1><p>{note}</p><p>LISTEN: Lifeboat crew on air (06/08)</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    assert [block.text for block in article.blocks] == [note]
    assert article.title == "Lifeboat crew visits the morning show"
    assert "cut short by an ellipsis" in caplog.text


PAGE = (
    '<html lang="fr"><head>{meta}<title>Caf\u00e9 cr\u00e8me</title></head><body><article><h1>Caf\u00e9 cr\u00e8me</h1>'
    "<p>Le caf\u00e9 cr\u00e8me co\u00fbte d\u00e9sormais trois euros \u00e0 Z\u00fcrich, selon une enqu\u00eate publi\u00e9e lundi.</p>"
    "<p>Les \u00e9tudiants disent qu\u2019ils boivent moins de caf\u00e9 qu\u2019avant, mais les caf\u00e9s restent pleins le matin.</p>"
    "</article></body></html>"
)
BODY = "Le café crème coûte désormais trois euros à Zürich, selon une enquête publiée lundi."


@pytest.mark.parametrize(
    "meta, encoding",
    [
        ('<meta charset="windows-1252">', "cp1252"),
        ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),
        ('<meta charset="iso-8859-15">', "iso-8859-15"),
        ("", "cp1252"),  # no declaration: windows-1252, the HTML default
        ('<meta charset="iso-8859-1">', "utf-8"),  # saved as UTF-8 but still labelled with the old charset
        ('<meta charset="utf-8">', "utf-8-sig"),
        ("", "utf-16"),
    ],
)
def test_charset_from_bom_meta_or_default(tmp_path, meta, encoding):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta=meta).replace("\u2019", "'" if encoding == "iso-8859-15" else "\u2019").encode(encoding))
    article = load_article(path)
    assert article.title == "Café crème"
    assert article.blocks[0] == Block("paragraph", BODY)
    assert article.language == "fr"


def test_wrong_declared_charset_is_a_clear_error(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta='<meta charset="utf-8">').encode("cp1252"))
    with pytest.raises(ArticleError, match=r"page.html is not valid UTF-8 \(byte 0xe9 at offset \d+\); fix the page's <meta charset>"):
        load_article(path)


def test_unknown_charset_is_a_clear_error(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.format(meta='<meta charset="klingon-8">').encode("cp1252"))
    with pytest.raises(ArticleError, match="names an unknown encoding 'klingon-8' in its <meta charset>"):
        load_article(path)


@pytest.mark.parametrize("name", ["story.php", "story", "story.aspx"])
def test_html_is_sniffed_when_the_suffix_does_not_say(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"\n  <!DOCTYPE html>" + PAGE.format(meta="").encode("utf-8"))
    assert load_article(path).blocks[0] == Block("paragraph", BODY)


def test_txt_file_is_never_sniffed_as_html(article):
    text = "<html> in a headline\n\nThis article talks about the <html> element and nothing else at all.\n"
    assert load_article(article(text, "a.txt")).title == "<html> in a headline"


def test_overrides_replace_page_metadata():
    article = load_article(
        PAGES / "news-site.html",
        {"title": "Cycle lanes approved", "author": "Desk", "date": "2024-06-13", "url": "https://x.example/a", "language": "en"},
    )
    assert (article.title, article.author, article.url, article.language) == ("Cycle lanes approved", "Desk", "https://x.example/a", "en")
    assert article.date == dt.datetime(2024, 6, 13, tzinfo=dt.timezone.utc)
    assert article.image == expectation("news-site")["metadata"]["image"]


def test_overrides_are_checked(article):
    path = article("Title\n\nBody text.\n", "a.txt")
    with pytest.raises(ArticleError, match="The date 'soon' given for .*a.txt is not a date I can read"):
        load_article(path, {"date": "soon"})
    with pytest.raises(ArticleError, match="'summary' cannot be overridden"):
        load_article(path, {"summary": "x"})


def test_overrides_win_over_front_matter(article):
    path = article("---\ntitle: Old\nauthor: A\n---\nBody text.\n", "a.md")
    assert (load_article(path, {"title": "New"}).title, load_article(path, {"title": "New"}).author) == ("New", "A")


def _blog_with_image(tmp_path, image, canonical=True):
    page = (PAGES / "blog.html").read_text(encoding="utf-8")
    page = page.replace("https://allotmentnotes.example/wp-content/uploads/2023/10/beans.jpg", image)
    if not canonical:
        page = page.replace('<link rel="canonical" href="https://allotmentnotes.example/2023/10/sowing-broad-beans-in-autumn/">', "")
    path = tmp_path / "page" / "blog.html"
    path.parent.mkdir(exist_ok=True)
    path.write_text(page, encoding="utf-8")
    return path


def test_a_site_relative_page_image_is_a_link_on_the_page_site(tmp_path):
    article = load_article(_blog_with_image(tmp_path, "/wp-content/uploads/beans.jpg"))
    assert article.image == "https://allotmentnotes.example/wp-content/uploads/beans.jpg"
    assert episode_artwork(article) is None  # linked from the feed, never read as a file


@pytest.mark.parametrize("image", ["../secret.png", "{folder}/secret.png", "secret.png"])
def test_a_page_image_is_never_a_local_file(tmp_path, image):
    """An untrusted page must not get a local image copied into the published folder."""
    (tmp_path / "page").mkdir()
    for folder in (tmp_path, tmp_path / "page"):
        Image.new("RGB", (1400, 1400)).save(folder / "secret.png")
    article = load_article(_blog_with_image(tmp_path, image.format(folder=tmp_path), canonical=False))
    assert article.image is None
    assert episode_artwork(article) is None


def test_labelled_dates_and_lines_naming_the_site_are_not_read(tmp_path):
    page = tmp_path / "story.html"
    page.write_text(
        "<html><head><title>Ferry to run every hour</title><meta property='og:site_name' content='IslandPost'></head><body>"
        "<article><h1>Ferry to run every hour</h1><p>From: Island Post</p><p>Last change : 2024-05-03</p>"
        "<p>The ferry to the island will run every hour from May, the harbour board decided on Tuesday evening.</p>"
        "<p>Until now the boat crossed four times a day, and islanders had asked for more crossings for years.</p>"
        "<p>The Island Post asked the board why the change took so long, and got no answer by Friday.</p>"
        "<p>Fecha: 03.05.2024</p></article></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block.text for block in load_article(page).blocks)
    assert "Island Post" not in text.replace("The Island Post asked", "") and "2024" not in text
    assert "The Island Post asked the board" in text  # a sentence naming the site stays


def test_a_page_in_chinese_is_read_and_its_centred_captions_are_not(tmp_path):
    page = tmp_path / "zh.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>渡轮每小时一班</title></head><body><h1>渡轮每小时一班</h1><div id='main'>"
        "<p>港务委员会周二晚上决定，从五月起，开往小岛的渡轮将每小时开出一班。</p>"
        "<p align='center'><img src='ferry.jpg'></p><p align='center'><font>图：清晨的码头上停着一艘白色渡轮</font></p>"
        "<p>此前渡轮每天只往返四次，岛上居民多年来一直要求增加班次，委员会终于同意了。</p>"
        "<h2>新船</h2><p>委员会主席说，新船已经在船厂完成试航，船员也在上个月接受了培训，所以五月的计划不会推迟。</p>"
        "<p>岛上的商店老板们对这个消息很高兴，他们希望夏天能有更多游客来岛上过周末，并在海边的小饭馆吃饭。</p>"
        "<p>不过也有居民担心，渡轮班次增加以后，码头附近的停车位会更加紧张，委员会答应明年再修一个停车场。</p>"
        "<p style='text-align: center'>委员会还表示，新的时刻表将在四月底公布在码头和网站上。</p></div></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block.text for block in load_article(page).blocks)
    assert "每小时开出一班" in text and "终于同意了" in text
    assert "白色渡轮" not in text
    assert "新的时刻表" in text  # a centred paragraph that is not under a picture stays
    assert "新船" in [block.text for block in load_article(page).blocks if block.kind == "heading"]  # no capitals, no "MORE NEWS"


def test_a_short_page_read_as_a_page_copy_still_loses_its_captions(tmp_path):
    page = tmp_path / "brief.html"
    page.write_text(
        "<html><head><meta charset='utf-8'><title>渡轮每小时一班</title></head><body><h1>渡轮每小时一班</h1><div id='main'>"
        "<p>港务委员会周二晚上决定，从五月起，开往小岛的渡轮将每小时开出一班。</p>"
        "<figure><img src='ferry.jpg'><figcaption>图：清晨的码头上停着一艘白色渡轮</figcaption></figure>"
        "<p>此前渡轮每天只往返四次，岛上居民多年来一直要求增加班次，委员会终于同意了。</p></div></body></html>",
        encoding="utf-8",
    )
    text = " ".join(block.text for block in load_article(page).blocks)
    assert "每小时开出一班" in text and "终于同意了" in text
    assert "白色渡轮" not in text


def test_a_song_s_lyrics_are_read_not_the_box_beside_them(tmp_path):  # a line a paragraph, none a sentence
    lines = [
        "Grey gulls over the harbour", "Salt on the morning air", "The ferry horn is calling",
        "And you are standing there", "[Chorus]", "Row me over, row me over", "Past the old stone quay",
        "Row me over, row me over", "Home across the sea", "Repeat Chorus", "Lanterns on the water", "Repeat Chorus",
    ]
    page = tmp_path / "song.html"
    page.write_text(
        "<html><head><title>Row Me Over - The Quay Singers</title></head><body><div id='post'><h3>Row Me Over - The Quay Singers</h3>"
        f"<div class='post-body'>{''.join(f'<p>{line}</p>' for line in lines)}</div></div>"
        "<div id='side'><h2>Support us</h2><div>To our readers, your gift keeps these pages free for everyone.<br>"
        "Thank you for your support!</div></div></body></html>",
        encoding="utf-8",
    )
    article = load_article(page)
    texts = [block.text for block in article.blocks]
    assert texts[0] == "Grey gulls over the harbour" and "Home across the sea" in texts
    assert not any("your support" in text for text in texts)
