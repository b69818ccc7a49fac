"""Hostile articles for the fuzz tests (tests/test_fuzz.py) and the long fuzz run (bench/fuzz.py).

:func:`article_files` draws an article file, as its suffix and bytes, in every input format the tool
reads: Markdown with front matter, plain text, saved HTML pages; with CRLF, CR and mixed line endings,
declared encodings, lone surrogates, deep nesting, huge numbers and the languages the normaliser knows;
and mutated (bytes flipped, cut, repeated). :func:`script_of_file` runs what ``articlecast script`` does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from hypothesis import strategies as st

LANGUAGES = ["en", "en-GB", "uk", "ru", "zh", "vi", "hu", "de", "fr", "ja", "ar", "pl", "tr", "xx", "EN_us", "zh-cn", "", "ук", "1"]
ENCODINGS = ["utf-8", "latin-1", "cp1251", "koi8-r", "utf-16", "ascii", "shift_jis", "nonsense-9", "rot13", "base64", "idna",
             "undefined", "punycode"]
"""Declared encodings, including codecs that are not text encodings."""

WORDS = [
    "bridge", "reopened", "Monday", "Dr.", "U.S.", "e.g.", "km/h", "COVID-19", "iPhone", "AI", "BBC", "NATO",
    "міст", "відкрили", "понеділок", "грн", "мост", "открыли", "руб.", "т.д.", "Київ", "Москва",
    "今天", "天气", "很好", "。", "，", "人民币", "Tiếng", "Việt", "đồng", "Magyarország", "forint", "Ft",
    "über", "Straße", "naïve", "café", "ﬁ", "½", "²", "№", "§", "©", "™", "…", "—", "–", "«", "»", "„", "“", "”",
    "😀", "👍🏽", "🇺🇦", "\u200b", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad", "\t", "\x0b", "\x1b[31m", "\x07",
    "http://example.org/a?b=c&d=e", "user@example.org", "#tag", "@name", "$5", "€3.50", "£1,000", "5%", "-3", "+7",
]
NUMBERS = [
    "0", "1", "21", "1,000", "1 000", "1.5", "3,14", "0.000001", "10^16", "12345678901234567", "9" * 40,
    "1e308", "1e-308", "-0", "2023", "1990s", "3rd", "22nd", "XIV", "1/2", "3:2", "10:30", "24/7", "1.2.3.4",
    "2023-07-22", "22.07.2023", "07/22/2023", "22 липня 2023", "22 июля 2023 г.", "Mar. 14, 2026", "+380 44 123 45 67",
]
DATES = ["2023-13-45", "2023-07-22", "22 липня 2023", "Tuesday, March 14, 2026", "14/03/2026", "0000-00-00", "9999-12-31T23:59:59+14:00",
         "!!timestamp xyz", "!!timestamp 2023-13-45", "2023-07-22T25:61:00", "yesterday", "1e999", "[2023]", "{a: b}", "-1"]
YAML_VALUES = ["!!int xyz", "!!float xyz", "!!int 99999999999999999999999", "!!binary ***", "!!str", "~", "null", ".nan", "-.inf",
               "&a [*a]", "*undefined", "!!python/object:os.system", "[1, [2, [3]]]", "{a: {b: c}}", "|\n  block\n  text", "'quoted'",
               '"\\ud800 lone"', '"\\x1b[31mred"', '"\\U0001F600"', "12345678901234567890", "0x1F", "0o17", "1_000", "yes", "on"]
KEYS = ["title", "author", "date", "url", "summary", "image", "language", "id", "encoding", "tags", "other"]
DEPTHS = [3, 3, 3, 60, 1200]
"""How deeply front matter nests, when it does; the long run and tests/test_hostile_input.py try 5,000 levels."""
IMAGES = ["cover.png", "../outside.png", "/etc/passwd", "file:///etc/passwd", "https://example.org/c.jpg", "javascript:alert(1)", "data:,x", ""]

printable = st.characters(blacklist_categories=("Cc", "Cs"))
text_atoms = st.one_of(st.sampled_from(WORDS), st.sampled_from(NUMBERS), st.text(printable, max_size=12), st.text(max_size=4))
sentence = st.lists(text_atoms, min_size=1, max_size=14).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=5).map(lambda sentences: ". ".join(sentences) + ".")


@st.composite
def front_matter(draw: st.DrawFn, encodings: list[str], depths: list[int]) -> str:
    """YAML front matter: known keys with sensible, odd and hostile values, sometimes deeply nested."""
    lines = []
    for key in draw(st.lists(st.sampled_from(KEYS), max_size=7, unique=True)):
        if key == "date":
            value = draw(st.sampled_from(DATES) | st.sampled_from(NUMBERS))
        elif key == "language":
            value = draw(st.sampled_from(LANGUAGES))
        elif key == "encoding":
            value = draw(st.sampled_from(encodings))
        elif key == "image":
            value = draw(st.sampled_from(IMAGES))
        else:
            value = draw(st.sampled_from(YAML_VALUES) | sentence.map(json.dumps))
        lines.append(f"{key}: {value}")
    if draw(st.sampled_from([False, False, False, True])):
        depth = draw(st.sampled_from(depths))
        lines.append("deep: " + draw(st.sampled_from(["[" * depth + "]" * depth, "{a: " * depth + "}" * depth, "- " * depth + "x"])))
    return "---\n" + "\n".join(lines) + "\n---\n"


@st.composite
def markdown_body(draw: st.DrawFn) -> str:
    """Markdown: headings, paragraphs, lists, quotes, code, links, inline HTML and deep nesting."""
    blocks = []
    for text in draw(st.lists(paragraph, min_size=1, max_size=8)):
        shape = draw(st.sampled_from(["p", "h", "li", "quote", "code", "link", "html", "nested"]))
        blocks.append({
            "p": text, "h": "#" * draw(st.integers(1, 7)) + " " + text, "li": "- " + text, "quote": "> " + text,
            "code": "```\n" + text + "\n```", "link": f"[{text}](http://x.org/{text[:10]}) ![img](a.png)", "html": f"<div>{text}</div>",
            "nested": ">" * draw(st.integers(1, 2000)) + " " + text,
        }[shape])
    return "\n\n".join(blocks) + "\n"


@st.composite
def html_page(draw: st.DrawFn, encodings: list[str]) -> str:
    """A saved web page: a charset, JSON-LD (sometimes deep), an article with headings and paragraphs, furniture."""
    charset = draw(st.sampled_from(encodings))
    data: object = {"@type": "NewsArticle", "headline": draw(sentence), "datePublished": draw(st.sampled_from(DATES)),
                    "author": {"name": draw(sentence)}, "inLanguage": draw(st.sampled_from(LANGUAGES))}
    for _ in range(draw(st.sampled_from([0, 0, 1, 50, 900]))):
        data = {"@graph": [data]}
    paragraphs = "".join(f"<p>{text} {text}</p>" for text in draw(st.lists(paragraph, min_size=3, max_size=10)))
    depth = draw(st.sampled_from([0, 0, 5, 300, 3000]))
    lang = draw(st.sampled_from(LANGUAGES))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{draw(sentence)}</title>'
            f'<script type="application/ld+json">{json.dumps(data)}</script></head><body><nav>Home | News</nav>'
            f"{'<div>' * depth}<article><h1>{draw(sentence)}</h1>{paragraphs}</article>{'</div>' * depth}"
            "<footer>© 2026</footer></body></html>")


def _line_endings(text: str, ending: str) -> str:
    return text.replace("\n", ending) if ending != "mixed" else "".join(
        line + ("\r\n" if index % 3 == 0 else "\r" if index % 3 == 1 else "\n") for index, line in enumerate(text.split("\n"))
    )


def _encode(text: str, encoding: str) -> bytes:
    try:
        return text.encode(encoding, errors="replace")
    except (LookupError, UnicodeError, TypeError, ValueError):
        return text.encode("utf-8", errors="surrogatepass")


@st.composite
def article_files(draw: st.DrawFn, long_run: bool = False) -> tuple[str, bytes]:
    """A hostile article file: (suffix, bytes); ``long_run`` adds the slowest cases (front matter nested 20,000 deep)."""
    kind = draw(st.sampled_from(["md", "txt", "html", "other"]))
    encodings = ENCODINGS
    depths = DEPTHS + [5000, 20_000] if long_run else DEPTHS
    if kind == "html" or (kind == "other" and draw(st.booleans())):
        text = draw(html_page(encodings))
        declared = re.search(r'charset="([^"]*)"', text)
    else:
        head = draw(front_matter(encodings, depths)) if draw(st.booleans()) else ""
        body = draw(markdown_body()) if kind == "md" else "\n\n".join(draw(st.lists(paragraph, min_size=1, max_size=8)))
        text = head + body
        declared = re.search(r"^encoding: (.*)$", head, re.M)
    # mostly UTF-8; else the declared encoding, or one that the file does not declare
    choices = ["utf-8"] * 5 + ["utf-8-sig", "utf-16", "declared", "declared", draw(st.sampled_from(encodings))]
    encoding = draw(st.sampled_from(choices))
    if encoding == "declared":
        encoding = declared.group(1) if declared else "utf-8"
    text = _line_endings(text, draw(st.sampled_from(["\n", "\r\n", "\r", "mixed"])))
    data = _encode(text, encoding)
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2, 3]))):  # mutations, in some of the files
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        data = draw(st.sampled_from([
            data[:at], data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1:], data[:at] + data[at:at + 200] * 20 + data[at:],
            data[:at] + b"\r\n---\r\n" + data[at:], data[:at] + b"\xed\xa0\x80" + data[at:],
        ]))
    suffix = {"md": ".md", "txt": ".txt", "html": ".html", "other": draw(st.sampled_from([".htm", ".xhtml", ".markdown", ".text", ".article", ""]))}[kind]
    return suffix, data


@st.composite
def likely_articles(draw: st.DrawFn) -> tuple[str, bytes]:
    """An article most likely to get as far as the engine: a title, a language the voices know, a few
    paragraphs of words, numbers and symbols of every script, in Markdown or plain text."""
    language = draw(st.sampled_from(["en", "uk", "ru", "zh", "vi", "hu", "de"]))
    paragraphs = draw(st.lists(st.lists(st.sampled_from(WORDS) | st.sampled_from(NUMBERS), min_size=2, max_size=8)
                               .map(" ".join), min_size=1, max_size=2))
    text = f"---\ntitle: {json.dumps(draw(sentence))}\nlanguage: {language}\n---\n" + "\n\n".join(f"Bridge {p}." for p in paragraphs)
    return draw(st.sampled_from([".md", ".txt"])), _line_endings(text, draw(st.sampled_from(["\n", "\r\n"]))).encode("utf-8")


def script_of_file(path: Path, cache_root: Path) -> object:
    """What ``articlecast script`` does with an article file: load it and prepare its script (no audio)."""
    from articlecast.cache import Cache
    from articlecast.config import VoiceProfile
    from articlecast.sources import load_article
    from articlecast.speech import prepare

    article = load_article(path, cache=Cache(cache_root))
    return prepare(article, VoiceProfile().script_for(article.language), None)
