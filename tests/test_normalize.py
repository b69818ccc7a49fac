"""Normalisation for speech: the hand-written golden file, and properties that hold for any text."""

import re
from pathlib import Path

import pytest

from articlecast.speech.normalize import normalize

GOLDEN = Path(__file__).parent / "data" / "normalize_en.tsv"
CATEGORIES = {
    "cardinal", "decimal", "negative", "range", "fraction", "money", "percent", "ordinal", "unit", "date", "year",
    "decade", "century", "time", "title", "abbreviation", "initialism", "acronym", "roman", "web", "email", "handle",
    "hashtag", "symbol", "typography", "emoji", "control", "lookalike", "list", "mixed", "sentence", "telephone", "address",
}  # fmt: skip


def _unescape(field: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda match: chr(int(match.group(1), 16)), field)


def _golden() -> list[tuple[str, str, str]]:
    rows = []
    for line in GOLDEN.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            category, text, expected = map(_unescape, line.split("\t"))
            rows.append((category, text, expected))
    return rows


@pytest.mark.parametrize(("category", "text", "expected"), _golden(), ids=lambda value: value[:40])
def test_golden(category, text, expected):
    assert normalize(text, "en") == expected


def test_golden_file_is_large_and_covers_every_category():
    rows = _golden()
    assert len(rows) >= 250
    assert {category for category, _, _ in rows} == CATEGORIES


# Properties, over any text and over news-like text made of the pieces the rules handle.

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from articlecast.speech.normalize import en_words as en  # noqa: E402

REPLACED_WORDS = frozenset(
    word.lower().strip(".:")
    for table in (en.UNITS, en.SCALES, en.ABBREVIATIONS, en.TITLES, en.STREETS, en.NUMBER_ABBREVIATIONS, en.MONTH_ABBREVIATIONS)
    for key in table
    for word in key.split()
) | {"am", "pm"}
"""Words the English rules may read differently: units, scales, abbreviations and titles."""

ordinary_words = st.from_regex(r"[a-z]{2,12}", fullmatch=True).filter(lambda word: word not in REPLACED_WORDS)
numbers = st.one_of(
    st.integers(-10**7, 10**9).map(str),
    st.integers(0, 10**9).map("{:,}".format),
    st.decimals(-1000, 10**6, places=2, allow_nan=False, allow_infinity=False).map(str),
)
pieces = st.one_of(
    ordinary_words,
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
    st.from_regex(r"[A-Z]{2,6}s?", fullmatch=True),
    numbers,
    st.tuples(st.sampled_from(["$", "€", "£", "₴", "US$", "UAH "]), numbers, st.sampled_from(["", "m", "bn", " million"])).map("".join),
    st.tuples(numbers, st.sampled_from([*en.UNITS, "%", " UAH", "st", "th", "s", "pm", " a.m."])).map("".join),
    st.tuples(st.sampled_from(en.MONTHS), st.integers(0, 40), st.sampled_from(["", ", 2023", " 1999"])).map(lambda t: f"{t[0]} {t[1]}{t[2]}"),
    st.tuples(st.integers(0, 30), st.integers(0, 70)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
    st.sampled_from(sorted([*en.ABBREVIATIONS, *(f"{title}." for title in en.TITLES), "No.", "U.S.", "J.", "III", "II", "I", "IV", "X"])),
    st.sampled_from(["&", "+", "/", "#", "@", "%", "~", "=", "×", "°", "—", "–", "-", "(", ")", "[", "]", "“", "”", "‘", "’", "'", '"', "…", "...", "•", "🙏🏽", "👍", "½", "⅓"]),
    st.sampled_from(["Сeasefire", "Кyiv", "Kиїв"]),
    # Issue 11's classes: telephones, addresses, times, slash dates, rates, sections.
    st.sampled_from([
        "(555) 201-7788", "+1-555-201-7788", "42 Oak Dr.", "Austin, TX", "4.15 p.m.", "02:00", "03/21/2019",
        "9am-5 pm", "403(b)", "$15/mo", "10 x 4 m", "1/3rd", "2.5x", "1:01:01", "Q2 2022", "NO 7", "5 EUR",
    ]).map(" {} ".format),
    # Addresses stand apart from their neighbours (glued to them they are no address).
    st.sampled_from(["https://example.com/a-b/", "www.kyiv.ua", "a.b@example.org", "@handle_name", "#HashTag"]).map(" {} ".format),
)
news = st.lists(st.tuples(pieces, st.sampled_from([" ", " ", " ", ", ", ". ", "; ", ": ", " - ", "-", "/", ""])), max_size=30).map(
    lambda parts: "".join(piece + separator for piece, separator in parts)
)


@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_normalises_without_error(text):
    assert isinstance(normalize(text, "en"), str)


@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(news)
def test_news_text_keeps_every_ordinary_word_and_reads_every_digit(text):
    spoken = normalize(text, "en")
    for token in text.split():
        word = token.strip(".,;:!?\"'“”‘’()[]—–…-")
        if re.fullmatch(r"[a-z]{2,12}", word) and word not in REPLACED_WORDS:
            assert re.search(rf"\b{word}\b", spoken), (word, spoken)
    assert not re.search(r"[0-9]", spoken)
    assert "[[" not in spoken and "]]" not in spoken


@settings(max_examples=300, deadline=500, suppress_health_check=[HealthCheck.too_slow])
@given(news)
def test_normalising_spoken_text_again_changes_nothing(text):
    spoken = normalize(text, "en")
    assert normalize(spoken, "en") == spoken


@pytest.mark.parametrize("text", ["1-" * 3000, "." * 10000, "1," * 4000, "A." * 4000, "$" * 5000 + "5", "a" * 20000, "(" * 5000])
def test_pathological_inputs_finish(text):
    """Long runs of what the patterns look for must not make them backtrack for ever."""
    assert isinstance(normalize(text, "en"), str)


# Languages

from articlecast.article import Article, Block  # noqa: E402
from articlecast.config import VoiceProfile  # noqa: E402
from conftest import script_of  # noqa: E402
from articlecast.speech.normalize import rules_for  # noqa: E402


def test_language_codes_with_regions_use_their_language_rules():
    assert rules_for("en_US") is rules_for("EN") is rules_for("en-us")
    assert type(rules_for("en-GB")).__name__ == type(rules_for("en")).__name__ == "English"


def test_the_locale_decides_the_order_of_slash_dates():
    assert normalize("Due 04/05/2025.", "en-US") == "Due April fifth, twenty twenty-five."
    assert normalize("Due 04/05/2025.", "en-GB") == "Due the fourth of May twenty twenty-five."
    # A reading that cannot be a date takes the other order.
    assert normalize("Due 25/12/2025.", "en-US") == "Due the twenty-fifth of December twenty twenty-five."
    assert normalize("Due 12/25/2025.", "en-GB") == "Due December twenty-fifth, twenty twenty-five."
    assert normalize("Due on 4/5.", "en-US") == "Due on April fifth."  # without a year too
    assert normalize("Due on 4/5.", "en-GB") == "Due on the fourth of May."


def test_languages_without_rules_of_their_own_still_get_numbers_in_their_words():
    assert normalize("W 2024 roku 5 osób.", "pl") == "W dwa tysiące dwadzieścia cztery roku pięć osób."
    assert normalize("In 2024, 5 people.", "xx") == "In 2024, 5 people."


def test_the_article_language_reaches_the_number_words():
    article = Article("T", [Block("paragraph", "Прийшло 5 людей.")], language="uk")
    assert script_of(article, VoiceProfile(disclosure=False)).segments[-1].spoken == "Прийшло п'ять людей."


def test_a_tie_between_scripts_goes_to_the_language_script():
    mixed = "\u0421o"  # Cyrillic С, Latin o
    assert normalize(mixed, "en") == "Co"
    assert normalize(mixed, "uk") == "\u0421\u043e"


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Rund 6.000 Beschäftigte, 3,5 Prozent mehr.", "Rund sechstausend Beschäftigte, drei Komma fünf Prozent mehr."),
        ("de", "Ein Umsatz von 1.250.000,50 Euro im Jahr 2019 500 Mal.",
         "Ein Umsatz von eine Million zweihundertfünfzigtausend Euro fünfzig im Jahr zweitausendneunzehn fünfhundert Mal."),
        ("fr", "Il y a 6 000 salariés, soit 2,5 % de plus.", "Il y a six mille salariés, soit deux virgule cinq pour cent de plus."),
        ("pl", "Zatrudnia 12\u00a0400 osób.", "Zatrudnia dwanaście tysięcy czterysta osób."),
        ("de", "Die Seiten 12.05 bis 3.5.2024.", "Die Seiten zwölf.fünf bis dritter Mai zweitausendvierundzwanzig."),
    ],
)
def test_languages_with_a_decimal_comma_read_thousands_points_and_spaces(language, text, expected):
    """In most of Europe "6.000" is six thousand and "3,5" three and a half; a point before fewer than three digits
    (a date, a time) parts two numbers."""
    assert normalize(text, language) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beginn um 14.30 Uhr.", "Beginn um vierzehn Uhr dreißig."),
        ("Ab 9:00 Uhr, bis 1.00Uhr.", "Ab neun Uhr, bis ein Uhr."),
        ("Am 25.30 Uhr nicht, 2,5 Uhr nicht.", "Am fünfundzwanzig.dreißig Uhr nicht, zwei Komma fünf Uhr nicht."),
    ],
)
def test_german_reads_the_time_of_day(text, expected):
    assert normalize(text, "de") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am 9.11.1989 fiel die Mauer.", "Am neunten November neunzehnhundertneunundachtzig fiel die Mauer."),
        ("Heute ist der 24. Dezember.", "Heute ist der vierundzwanzigste Dezember."),
        ("Bonn, 2. Feb. 2023", "Bonn, zweiter Februar zweitausenddreiundzwanzig"),
        ("Gültig bis zum 30.6. des Jahres.", "Gültig bis zum dreißigsten Juni des Jahres."),
        ("Ein Brot kostet 3,49 Euro, ein Kaffee 2,00 €.", "Ein Brot kostet drei Euro neunundvierzig, ein Kaffee zwei Euro."),
        ("Die Marke kostet 0,85 €.", "Die Marke kostet fünfundachtzig Cent."),
        ("Der Umsatz stieg um 2,75 Prozent.", "Der Umsatz stieg um zwei Komma sieben fünf Prozent."),
    ],
)
def test_german_reads_dates_and_prices(text, expected):
    """A day is an ordinal in the case its article asks for; a price to the cent is euros and cents."""
    assert normalize(text, "de") == expected


@pytest.mark.parametrize("language", ["en", "ru", "uk", "vi", "hu", "de", "ja", "xx"])
def test_numbers_no_reader_can_say_never_raise(language):
    """num2words fails in its own ways (vi, hu, very long numbers): the text still normalises."""
    for text in ("5 and 3.5 cups", "1" + "0" * 40, "9" * 5000 + "th", "1/" + "9" * 5000, "$" + "9" * 5000):
        assert isinstance(normalize(text, language), str)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("de", "Die Miete stieg um 12% & mehr, auf €900.", "Die Miete stieg um zwölf Prozent und mehr, auf neunhundert Euro."),
        ("fr", "Le prix baisse de 3 % à 20 €.", "Le prix baisse de trois pour cent à vingt euros."),
        ("es", "Un 7% más, unos $15.", "Un siete por ciento más, unos quince dólares."),
        ("pl", "Wzrost o 4% (§ 2).", "Wzrost o cztery procent, paragraf dwa."),
    ],
)
def test_languages_without_rules_say_their_common_symbols(language, text, expected):
    assert normalize(text, language) == expected


@pytest.mark.parametrize("language", ["en", "ru"])
@pytest.mark.parametrize("unit", ["1-", "1,", "1.", "1:", "1/", "$1", "12 ", "123 ", "123.", "1,123."])
def test_long_lines_of_digits_and_marks_take_linear_time(language, unit):
    import time

    start = time.perf_counter()
    normalize(unit * (20_000 // len(unit)), language)
    assert time.perf_counter() - start < 5
