import datetime as dt

import pytest

from articlecast.article import Block
from articlecast.errors import ArticleError
from articlecast.sources import load_article


def test_front_matter_fields(article):
    path = article(
        "---\ntitle: A Title\nauthor: Ann\ndate: 2023-07-22T22:08:00+03:00\nurl: https://x.org/a\n"
        "summary: Short.\nimage: cover.png\nlanguage: uk\nid: story-1\n---\nBody text here.\n"
    )
    a = load_article(path)
    assert (a.title, a.author, a.url, a.summary, a.image, a.language, a.id) == (
        "A Title", "Ann", "https://x.org/a", "Short.", "cover.png", "uk", "story-1",
    )
    assert a.date == dt.datetime(2023, 7, 22, 22, 8, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    assert a.blocks == [Block("paragraph", "Body text here.")]


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2023-07-22", dt.datetime(2023, 7, 22, tzinfo=dt.timezone.utc)),
        ("July 22, 2023", dt.datetime(2023, 7, 22, tzinfo=dt.timezone.utc)),
        ("July 22, 2023 10:08 PM", dt.datetime(2023, 7, 22, 22, 8, tzinfo=dt.timezone.utc)),
        ("22 July 2023", dt.datetime(2023, 7, 22, tzinfo=dt.timezone.utc)),
        ("Sat, 22 Jul 2023 22:08:00 +0000", dt.datetime(2023, 7, 22, 22, 8, tzinfo=dt.timezone.utc)),
    ],
)
def test_date_formats(article, value, expected):
    a = load_article(article(f"---\ntitle: T\ndate: '{value}'\n---\nText.\n"))
    assert a.date == expected


def test_plain_text_first_line_is_title_and_lines_join(article):
    a = load_article(article("My Title\n\nFirst line\ncontinues here.\n\nSecond paragraph.\n", "a.txt"))
    assert a.title == "My Title"
    assert a.blocks == [Block("paragraph", "First line continues here."), Block("paragraph", "Second paragraph.")]


def test_markdown_structure(article):
    text = (
        "# The Title\n\nIntro with *emphasis*, a [link](https://x.org) and `code`.\n\n"
        "## Section One\n\n> A quoted line.\n\n- first item\n- second item\n\n<div>raw html</div>\n\n"
        "![a picture](pic.png)\n\n### Sub\n\nEnd.\n"
    )
    a = load_article(article(text))
    assert a.title == "The Title"
    assert a.blocks == [
        Block("paragraph", "Intro with emphasis, a link and code."),
        Block("heading", "Section One", 2),
        Block("quote", "A quoted line."),
        Block("item", "first item"),
        Block("item", "second item"),
        Block("heading", "Sub", 3),
        Block("paragraph", "End."),
    ]


def test_heading_repeating_front_matter_title_is_dropped(article):
    a = load_article(article("---\ntitle: Same\n---\n# Same\n\nText.\n"))
    assert a.blocks == [Block("paragraph", "Text.")]


def test_declared_encoding_is_used(article):
    raw = "---\ntitle: Café\nencoding: latin-1\n---\nCrème brûlée à Zürich.\n".encode("latin-1")
    a = load_article(article(raw))
    assert a.title == "Café"
    assert a.blocks[0].text == "Crème brûlée à Zürich."


def test_utf8_bom_and_crlf(article):
    a = load_article(article("\ufeffTitle\r\n\r\nBody.\r\n".encode("utf-8"), "a.txt"))
    assert (a.title, a.blocks[0].text) == ("Title", "Body.")


def test_slug_comes_from_file_name_not_title(article):
    a = load_article(article("---\ntitle: ../../etc/x\nid: ../../etc/passwd\n---\nText.\n", "My Story!.md"))
    assert a.slug == "my-story"


def test_content_hash_changes_with_text(article):
    first = load_article(article("T\n\nOne.\n", "a.txt")).content_hash()
    assert first == load_article(article("T\n\nOne.\n", "a.txt")).content_hash()
    assert first != load_article(article("T\n\nTwo.\n", "a.txt")).content_hash()


@pytest.mark.parametrize(
    "content, name, fragment",
    [
        (b"", "a.md", "no article text"),
        (b"---\ntitle: Only\n---\n", "a.md", "only front matter"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "a.md", "binary file"),
        ("Caf\u00e9 au lait\n\ntext".encode("latin-1"), "a.txt", "not valid UTF-8"),
        (b"---\ntitle: [unclosed\n---\nText.\n", "a.md", "not valid YAML"),
        (b"---\ntitle: T\ndate: next tuesday-ish\n---\nText.\n", "a.md", "not a date"),
        (b"---\n- a\n- b\n---\nText.\n", "a.md", "key: value"),
        (b"---\ntitle: T\nencoding: klingon\n---\nText.\n", "a.md", "unknown encoding"),
        (b"<html><body>x</body></html>", "a.html", "no article text that I can find"),
    ],
)
def test_bad_articles_raise_clear_errors(article, content, name, fragment):
    with pytest.raises(ArticleError, match=fragment):
        load_article(article(content, name))


def test_missing_file(tmp_path):
    with pytest.raises(ArticleError, match="does not exist"):
        load_article(tmp_path / "nope.md")


def test_markdown_keeps_words_between_less_than_and_greater_than(article):
    """Only the parser decides what is inline HTML; comparison signs are words."""
    text = "# T\n\nThe rate fell when x < 5 and rose again when y > 10, officials said. A <b>bold</b> word.\n"
    a = load_article(article(text))
    assert a.blocks == [Block("paragraph", "The rate fell when x < 5 and rose again when y > 10, officials said. A bold word.")]
