"""Hostile articles found by the reliability review (issue 15): each one read and prepared in-process,
to a script or one clear ArticleError, in bounded time."""

import datetime as dt
import importlib
import pkgutil
import re
import struct
import time
import zlib

import pytest

import articlecast
from articlecast.article import Article, Block
from articlecast.errors import ArticleError, ArtworkError
from articlecast.files import slugify
from articlecast.publish.folder import episode_artwork
from articlecast.sources import load_article
from conftest import script_of
from fuzz_articles import script_of_file

CRLF_ARTICLE = "---\r\ntitle: Written on Windows\r\nauthor: Ann\r\n---\r\n" + "".join(
    f"Paragraph {number} tells what happened on the bridge.\r\n\r\n" for number in range(12)
)


def test_crlf_markdown_with_front_matter_is_read_at_once(article):
    """The front matter's encoding line was searched with a regex that backtracked exponentially on CRLF lines."""
    started = time.perf_counter()
    loaded = load_article(article(CRLF_ARTICLE))
    assert time.perf_counter() - started < 5
    assert (loaded.title, loaded.author, len(loaded.blocks)) == ("Written on Windows", "Ann", 12)
    assert len(script_of(loaded).segments) == 14


@pytest.mark.parametrize("ending", ["\n", "\r\n"])
def test_a_one_megabyte_line_is_read_in_seconds(article, tmp_path, ending):
    line = "The bridge reopened on Monday after 1,250 days, said Dr. Smith of the U.S. agency. " * 12_500
    path = article(f"---{ending}title: Long{ending}encoding: utf-8{ending}---{ending}{line}{ending}", "long.md")
    started = time.perf_counter()
    loaded = load_article(path)
    assert time.perf_counter() - started < 30  # about a second; a super-linear regex would take hours
    assert loaded.title == "Long" and len(loaded.blocks[0].text) > 1_000_000


UNBROKEN_RUNS = {
    "Chinese": "话剧结尾当扮演河北农大果树" * 25,
    "letters": "Westmerecouncil" * 20,
    "capitals": "WESTMERECOUNCIL" * 20,
    "digits": "2025061234" * 30,
    "dots": "a.b." * 75,
    "punctuation": ".,;:-/" * 50,
    "dashes": "- " * 150,
    "numbers": "1 2 3 " * 50,
}


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every regex compiled at module level in articlecast, by qualified name."""
    found = {}
    for module in pkgutil.walk_packages(articlecast.__path__, "articlecast."):
        if not module.name.endswith("__main__"):
            for name, value in vars(importlib.import_module(module.name)).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found[f"{module.name}.{name}"] = value
    return found


def test_no_pattern_backtracks_on_a_long_run_without_spaces():
    """A 160-character Chinese paragraph (no spaces) took 4 s in one pattern, a 460-character one 4 minutes: a page copy
    hung. 300 characters of each kind must take each pattern well under a second (milliseconds, unless it backtracks)."""
    patterns = _patterns()
    assert len(patterns) > 300
    for name, pattern in patterns.items():
        for kind, text in UNBROKEN_RUNS.items():
            started = time.perf_counter()
            pattern.search(text + "!")
            pattern.match(text + "!")
            assert time.perf_counter() - started < 1, f"{name} backtracks on {kind}"


def test_a_long_paragraph_is_prepared_in_linear_time(article, tmp_path):
    """200 KB of sentences through every normalisation rule; a quadratic rule would take minutes."""
    text = "On 22 July 2023 at 10:30, 1,250 people paid $3.50 (about €3) for 2.5 km, said Dr. Smith of the U.S. agency. " * 1_900
    started = time.perf_counter()
    script = script_of_file(article(f"---\ntitle: Long\n---\n{text}\n", "long.md"), tmp_path / "cache")
    assert time.perf_counter() - started < 60
    assert len(script.segments) > 1_900


@pytest.mark.parametrize(
    "front, fragment",
    [
        ("date: 2023-13-45", "The date '2023-13-45'"),
        ("date: 2023-07-22T25:61:00", "is not a date I can read"),
        ("title: !!int xyz", "does not match its YAML tag"),
        ("title: !!float xyz", "does not match its YAML tag"),
        ("date: !!timestamp xyz", "does not match its YAML tag"),
        ("author: !!int 9" + "9" * 5000, "does not match its YAML tag"),
        ("tags: " + "[" * 5000 + "]" * 5000, "nests lists or mappings too deeply"),
        ("tags:\n  " + "- " * 5000 + "x", "nests lists or mappings too deeply"),
        ("language: 'e n!'", "is not a language code"),
    ],
    ids=["impossible-date", "impossible-time", "int-tag", "float-tag", "timestamp-tag", "huge-int", "deep-flow", "deep-block", "language"],
)
def test_bad_front_matter_values_are_one_article_error(article, front, fragment):
    with pytest.raises(ArticleError, match=fragment.replace("[", r"\[")) as caught:
        load_article(article(f"---\ntitle: T\n{front}\n---\nThe bridge reopened.\n".replace("title: T\ntitle:", "title:")))
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "value, language, expected",
    [
        ("22 липня 2023", "uk", dt.date(2023, 7, 22)),
        ("22 июля 2023 г.", "ru", dt.date(2023, 7, 22)),
        ("Mar. 14, 2026", "en", dt.date(2026, 3, 14)),
        ("Tuesday, March 14, 2026", "en", dt.date(2026, 3, 14)),
        ("14/03/2026", "en-GB", dt.date(2026, 3, 14)),
        ("03/04/2026", "en-GB", dt.date(2026, 4, 3)),
        ("03/04/2026", "en-US", dt.date(2026, 3, 4)),
        ("22 липня 2023", "en", dt.date(2023, 7, 22)),
    ],
)
def test_written_dates_are_read_in_the_articles_language(article, value, language, expected):
    loaded = load_article(article(f"---\ntitle: T\nlanguage: {language}\ndate: '{value}'\n---\nText here.\n"))
    assert loaded.date is not None and loaded.date.date() == expected


@pytest.mark.parametrize("value", ["yesterday", "in 3 days", "2023", "March 2026"])
def test_relative_and_partial_dates_are_refused(article, value):
    with pytest.raises(ArticleError, match="is not a date I can read"):
        load_article(article(f"---\ntitle: T\ndate: '{value}'\n---\nText here.\n"))


def test_names_in_other_scripts_get_distinct_readable_stable_slugs():
    names = ["новини", "спорт", "Łódź straße", "今天天气", "Tiếng Việt", "ελληνικά"]
    slugs = [slugify(name) for name in names]
    assert slugs == ["novini", "sport", "lodz-strasse", "jintiantianqi", "tieng-viet", "ellinika"]
    assert [slugify(name) for name in names] == slugs
    assert slugify("\u200b\u200d") == "article" and slugify("../../etc/passwd") == "etc-passwd"


@pytest.mark.parametrize(
    "body",
    ["😀😀😀 🎉🎉\n\n👍👍👍\n", "\u200b\u200b\u200c\u200d\n\n\u2060\ufeff\n", "— … —\n\n* * *\n", "\x07 \x1b " + "¶ " * 40 + "\n"],
    ids=["emoji", "zero-width", "punctuation", "controls"],
)
def test_articles_without_words_are_refused(article, body):
    with pytest.raises(ArticleError, match="no words to read"):
        load_article(article(f"---\ntitle: Nothing to say\n---\n{body}"))


@pytest.mark.parametrize(
    "content, name",
    [
        ('---\ntitle: "Bridge \\ud800 opens"\nauthor: "A \\udfff"\n---\nThe bridge \\ud800 reopened.\n', "a.md"),
        ("<html><head><title>T</title></head><body><article><h1>Bridge &#xd800; opens</h1>"
         + "<p>The bridge reopened on Monday &#xdfff; after two years of repairs by the city.</p>" * 8 + "</article></body></html>",
         "a.html"),
    ],
    ids=["yaml-escapes", "html-references"],
)
def test_lone_surrogates_never_reach_the_cache_key(article, tmp_path, content, name):
    loaded = load_article(article(content, name))
    texts = [loaded.title, loaded.author or "", *(block.text for block in loaded.blocks)]
    assert all(not 0xD800 <= ord(char) <= 0xDFFF for text in texts for char in text)
    loaded.content_hash()  # json + utf-8: raised UnicodeEncodeError
    assert script_of_file(article(content, name), tmp_path / "cache").segments


def test_control_characters_are_dropped_from_titles(article):
    loaded = load_article(article('---\ntitle: "Red \\e[31malert\\e[0m \\a now"\n---\nText here.\n'))
    assert loaded.title == "Red [31malert[0m now"


def test_chinese_article_is_prepared(article):
    loaded = load_article(article("---\ntitle: 大桥重新开放\nlanguage: zh\n---\n大桥在星期一重新开放。维修花了两年。\n"))
    assert loaded.language == "zh" and len(script_of(loaded).segments) >= 3


def _art(tmp_path, image: str) -> Article:
    return Article("T", [Block("paragraph", "Text.")], image=image, source=tmp_path / "a.md")


@pytest.mark.parametrize("image", ["file:///etc/passwd", "ftp://example.org/c.jpg", "FILE:///etc/passwd"])
def test_only_web_images_are_linked(tmp_path, image):
    with pytest.raises(ArtworkError, match="is not an http or https address"):
        episode_artwork(_art(tmp_path, image))
    assert episode_artwork(_art(tmp_path, "https://example.org/c.jpg")) is None


def test_a_fifo_as_the_cover_is_refused_at_once(tmp_path):
    import os

    os.mkfifo(tmp_path / "cover.png")
    with pytest.raises(ArtworkError, match="is not a regular file"):
        episode_artwork(_art(tmp_path, "cover.png"))


def decompression_bomb(side: int) -> bytes:
    """A PNG of a few hundred bytes whose header claims ``side``² pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [60_000, 12_000])
def test_a_decompression_bomb_cover_is_refused_before_decoding(tmp_path, side):
    (tmp_path / "cover.png").write_bytes(decompression_bomb(side))
    started = time.perf_counter()
    with pytest.raises(ArtworkError, match="too many pixels"):
        episode_artwork(_art(tmp_path, "cover.png"), fit=True)
    assert time.perf_counter() - started < 2


def test_chinese_article_builds(tmp_path):
    """eSpeak NG has a Chinese voice; a clip of dense Chinese characters was judged implausibly long."""
    from conftest import decoded_seconds, run_cli

    source = tmp_path / "bridge.md"
    source.write_text("---\ntitle: 大桥重新开放\nlanguage: zh\n---\n今天天气很好。我们去公园散步了。有三百二十个人参加了开幕式。\n", encoding="utf-8")
    result = run_cli("build", str(source), "-o", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    assert decoded_seconds(tmp_path / "out" / "bridge.mp3") > 5


def test_a_line_of_many_labels_is_classified_without_recursion(article, tmp_path):
    """Each "Label:" was cut off by asking the classifier again: 3,000 labels overflowed the stack (found by the fuzz test)."""
    text = "Harbour bridge opens again today\n\n" + "News: " * 3000 + "Sign up\n\nThe council met on Monday and agreed the plan for the bridge.\n"
    script = script_of_file(article(text, "labels.txt"), tmp_path / "cache")
    assert "The council met on Monday" in " ".join(segment.shown for segment in script.segments)


@pytest.mark.parametrize("depth", [300, 500])
def test_an_article_nested_past_libxml2s_default_depth_is_read(article, depth):
    """libxml2 keeps 256 levels of nesting by default; an old page that never closes a tag lost its article past them."""
    paragraph = "<p>The council met on Monday and agreed the plan for the bridge over the river.</p>"
    page = f"<html><head><title>Bridge plan</title></head><body>{'<div>' * depth}{paragraph * 3}{'</div>' * depth}</body></html>"
    loaded = load_article(article(page, "deep.html"))
    assert [block.text for block in loaded.blocks].count("The council met on Monday and agreed the plan for the bridge over the river.") >= 1


@pytest.mark.parametrize("word", ["a.", "ab1-"], ids=["dotted", "mixed"])
def test_one_huge_word_is_prepared_in_linear_time(article, tmp_path, word):
    """A 200,000-character word (a pasted blob): patterns that scanned it from every position took minutes."""
    text = "Harbour blob\n\nThe council met on Monday. " + word * (200_000 // len(word)) + "\n"
    started = time.perf_counter()
    script_of_file(article(text, "blob.txt"), tmp_path / "cache")
    assert time.perf_counter() - started < 30  # about 3 s; e-mail, cookie and unit patterns made it 90 s and more
