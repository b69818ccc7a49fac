"""Ukrainian and Russian normalisation: hand-written golden files, and properties over news-like text."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecast.speech.normalize import normalize, rules_for
from articlecast.speech.normalize.slavic import MAX_DIGITS, EastSlavic
from articlecast.speech.normalize.slavic_grammar import plural_form

DATA = Path(__file__).parent / "data"
CATEGORIES = {
    "date", "year", "decade", "century", "cardinal", "decimal", "percent", "money", "unit", "time", "ordinal",
    "abbreviation", "sentence", "web", "telephone", "compound",
}  # fmt: skip


def _golden(language: str) -> list[tuple[str, str, str]]:
    rows = []
    for line in (DATA / f"normalize_{language}.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            category, text, expected = line.split("\t")
            rows.append((category, text, expected))
    return rows


GOLDEN = [(language, *row) for language in ("uk", "ru") for row in _golden(language)]


@pytest.mark.parametrize(("language", "category", "text", "expected"), GOLDEN, ids=lambda value: value[:40])
def test_golden(language, category, text, expected):
    assert normalize(text, language) == expected


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_golden_files_are_large_and_cover_every_category(language):
    rows = _golden(language)
    assert len(rows) >= 60
    assert {category for category, _, _ in rows} == CATEGORIES


def test_both_languages_use_the_shared_grammar_with_their_own_words():
    uk, ru = rules_for("uk-UA"), rules_for("ru")
    assert isinstance(uk, EastSlavic) and isinstance(ru, EastSlavic)
    assert (uk.grammar.code, ru.grammar.code) == ("uk", "ru")


@pytest.mark.parametrize(
    ("value", "form"),
    [(1, "one"), (2, "few"), (4, "few"), (5, "many"), (11, "many"), (12, "many"), (14, "many"), (21, "one"),
     (22, "few"), (25, "many"), (101, "one"), (111, "many"), (0, "many")],
)  # fmt: skip
def test_plural_forms_follow_the_last_digits(value, form):
    assert plural_form(value) == form


@pytest.mark.parametrize("language", ["uk", "ru"])
@pytest.mark.parametrize("value", [0, 1, 2, 5, 11, 21, 100, 101, 999, 1000, 2001, 21000, 1_000_001, 2_500_000])
def test_every_ordinal_form_is_a_word_in_the_language(language, value):
    """Every gender and case of an ordinal is Cyrillic words ending as an adjective does."""
    rules = rules_for(language)
    if value == 0:
        return
    for gender in ("m", "f", "n", "pl"):
        for case in ("nom", "gen", "dat", "acc", "ins", "loc"):
            words = rules.ordinal(value, gender, case)
            assert re.fullmatch(r"[а-яіїєґё' ]+", words), (gender, case, words)
            assert re.search(r"(?:ий|ій|ый|ой|ого|ього|ому|ьому|ым|им|ім|ом|ем|а|я|ої|ьої|ую|у|ю|ою|ьою|е|є|ее|ое|ье|і|и|ые|ьи|их|іх|ых|ьих|ими|іми|ыми|ьими|ей|ьей|ьем|ьему|ьим)$", words)


news_pieces = {
    "uk": ["у", "в", "до", "з", "на", "о", "людей", "особа", "гривні", "року", "році", "р.", "липня", "бер.", "млн", "грн", "тис.", "%", "°C", "км", "XXI", "століття", "вул.", "т. зв.", "№"],
    "ru": ["в", "до", "с", "на", "к", "человек", "тысячи", "года", "году", "г.", "июля", "янв.", "млн", "руб.", "тыс.", "%", "°C", "км", "XXI", "век", "ул.", "т. е.", "№"],
}


def _news(language: str):
    numbers = st.one_of(
        st.integers(-100, 10**7).map(str),
        st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", "\u00a0")),
        st.tuples(st.integers(0, 999), st.integers(0, 999)).map(lambda t: f"{t[0]},{t[1]}"),
        st.tuples(st.integers(0, 40), st.integers(0, 70)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
        st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(1000, 2100)).map(lambda t: f"{t[0]}.{t[1]:02d}.{t[2]}"),
        st.tuples(st.integers(0, 2100), st.sampled_from(["-й", "-го", "-х", "-ті", "-му"])).map(lambda t: f"{t[0]}{t[1]}"),
    )
    pieces = st.one_of(numbers, st.sampled_from(news_pieces[language]), st.sampled_from(["$", "€", "₴", "₽", "-", "–", ","]))
    return st.lists(st.tuples(pieces, st.sampled_from([" ", " ", "", ", ", ". "])), max_size=20).map(
        lambda parts: "".join(piece + separator for piece, separator in parts)
    )


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_news_text_is_read_without_a_digit_left(language):
    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_news(language))
    def check(text):
        spoken = normalize(text, language)
        assert not re.search(r"[0-9]", spoken), (text, spoken)

    check()


@pytest.mark.parametrize("language", ["uk", "ru"])
@pytest.mark.parametrize("text", ["1-" * 3000, "1," * 4000, "1 " * 4000, "XX " * 3000, "т. " * 3000])
def test_pathological_inputs_finish(language, text):
    assert isinstance(normalize(text, language), str)


HUGE = [
    "Держборг склав 1" + "0" * 33 + " гривень.", "1" + "0" * 39, "9" * 5000, "9" * 5000 + ",5", "0," + "1" * 40,
    "-" + "9" * 40, "1" + "0" * 33 + "-й", "1" + " 000" * 12, "1" + ",000" * 12, "1" + ".000" * 12 + ",5",
    "$" + "9" * 40, "1" + "0" * 40 + " млн грн", "з 1" + "0" * 40 + " по 5 травня", "1" + "0" * 40 + "%",
]  # fmt: skip


@pytest.mark.parametrize("language", ["uk", "ru"])
@pytest.mark.parametrize("text", HUGE, ids=lambda text: text[:20])
def test_numbers_too_long_for_words_are_read_digit_by_digit(language, text):
    spoken = normalize(text, language)
    assert not re.search(r"[0-9]", spoken), spoken
    assert len(spoken.split()) > MAX_DIGITS  # digit by digit


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [("uk", "999999999999999", "дев'ятсот дев'яносто дев'ять трильйонів"),
     ("uk", "1234567890123456", "один два три чотири п'ять шість сім вісім дев'ять нуль один два три чотири п'ять шість"),
     ("ru", "1 000 000 000 000 000 000", "один ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль ноль")],
)  # fmt: skip
def test_fifteen_digits_are_words_and_more_are_digits(language, text, expected):
    assert normalize(text, language).startswith(expected)


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_huge_whole_numbers_never_raise(language):
    @settings(max_examples=60, deadline=None)
    @given(st.integers(10**14, 10**80), st.sampled_from(["", " ", ",", "."]))
    def check(value, separator):
        text = f"{value:,}".replace(",", separator)
        assert not re.search(r"[0-9]", normalize(text, language))

    check()


def _number_vocabulary(language: str) -> frozenset[str]:
    """Every word the rules may say for digits and separators alone: the language's number words and date nouns, and the
    dot between the parts of a number with two points or more ("0.000.0", a version's or a clause's number)."""
    rules = rules_for(language)
    g = rules.grammar
    values = [*range(21), *range(30, 100, 10), *range(100, 1000, 100), *(m * 10**k for k in (3, 6, 9, 12) for m in (1, 2, 5))]
    words = [g.minus, g.point, g.web_words.dot, *g.whole, *(word for pair in g.fractions for word in pair), *g.months, *g.year_forms.values()]
    for value in values:
        for gender in ("m", "f", "n", "pl"):
            for case in ("nom", "gen", "dat", "acc", "ins", "loc"):
                words.append(rules.cardinal(value, gender if gender != "pl" else "m", case))
                words.append(rules.ordinal(value, gender, case))
    return frozenset(" ".join(words).split())


_SEPARATED_DIGITS = st.lists(
    st.one_of(st.integers(0, 99999).map(str), st.sampled_from([" ", "\u00a0", ",", ".", "-", " 000", ",000", ".000", ".2023"])),
    min_size=1, max_size=12,
).map("".join)  # fmt: skip


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_digits_and_separators_become_whole_number_words(language):
    """However digits and separators mix, every word said is a number word: none glued to another or to a digit."""
    vocabulary = _number_vocabulary(language)

    @settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(_SEPARATED_DIGITS)
    def check(text):
        spoken = normalize(text, language)
        assert not re.search(r"[0-9]", spoken), (text, spoken)
        unknown = [word for word in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", spoken) if word not in vocabulary]
        assert not unknown, (text, spoken, unknown)

    check()


@pytest.mark.parametrize(("language", "text"), [("uk", "1e10"), ("ru", "1e10"), ("uk", "Модель G7x2"), ("ru", "2х5")])
def test_digits_next_to_letters_are_read_apart(language, text):
    spoken = normalize(text, language)
    assert not re.search(r"[^\W\d_][0-9]|[0-9][^\W\d_]", spoken)
    assert rules_for(language).cardinal(1 if "1e" in text else 2) in spoken.split()
