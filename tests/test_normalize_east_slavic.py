"""Ukrainian and Russian normalisation: hand-written golden files, and properties over news-like text."""

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from articlecast.speech.normalize import normalize, rules_for
from articlecast.speech.normalize.slavic import EastSlavic, plural_form

DATA = Path(__file__).parent / "data"
CATEGORIES = {
    "date", "year", "decade", "century", "cardinal", "decimal", "percent", "money", "unit", "time", "ordinal",
    "abbreviation", "sentence",
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
