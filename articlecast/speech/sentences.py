"""Split a paragraph into sentences with nltk's Punkt, fully offline.

``nltk.sent_tokenize`` needs the ``punkt_tab`` data, which may be missing and is
never downloaded here. Punkt without data knows no abbreviations, so the project
owns its parameters: per-language :class:`_Rules`, used to extend an installed
``punkt_tab`` model when there is one and on their own otherwise.

Punkt still errs at a few predictable places, so its output is post-processed:

* Joins: a break is undone when the next piece starts with a lower-case word
  (``"Why now?" he asked.``), follows a dotted acronym Punkt does not know
  (``J.R.R. Tolkien``), is a number after a number-only abbreviation (``No. 5``,
  while ``said no.`` still ends a sentence) or follows a bare list marker
  (``1. Preheat the oven.``), or has no space before it (so no text is lost).
* Breaks: Punkt never ends a sentence at a known abbreviation, an initial or an
  ellipsis (``...``; ``…`` it does not know at all). After one of those (closing
  quotes allowed), a sentence ends when the next word is a common sentence
  starter (``U.S. The``, ``paused... Then``), and after a.m., p.m. and etc. when
  it is any capitalised word but a time zone or a weekday (``9 a.m. Customers``
  but ``5 p.m. Monday``).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

from ..cache import key_of
from ..language import base_language


@dataclass(frozen=True)
class _Rules:
    """What the splitter knows about one language."""

    punkt_model: str
    """Folder of an installed ``punkt_tab`` model to start from, when present."""
    abbreviations: frozenset[str]
    """Punkt's ``abbrev_types``: lower case, without the final period."""
    number_abbreviations: frozenset[str]
    """Abbreviations only before a number (``No. 5``); elsewhere their period ends a sentence."""
    final_abbreviations: frozenset[str]
    """Abbreviations that end a sentence before any capitalised word but a continuation."""
    continuations: frozenset[str]
    """Capitalised words that go on with a sentence after a final abbreviation (``5 p.m. Monday``)."""
    starters: frozenset[str]
    """Capitalised words that begin a sentence even after an abbreviation, initial or ellipsis."""


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_RULES = {
    "en": _Rules(
        punkt_model="english",
        abbreviations=_words(
            # titles and ranks
            "mr mrs ms messrs dr prof st sts gen lt col maj capt cmdr cdr sgt cpl pvt adm gov sen rep reps"
            " rev fr hon rt pres supt det insp atty jr sr esq amb mme mlle msgr gens sens sec pt brig"
            # months
            " jan feb mar apr jun jul aug sep sept oct nov dec"
            # times, places and bodies
            " a.m p.m u.s u.s.a u.k u.n e.u d.c n.y l.a"
            # U.S. states in AP style (not the ones that are also words: ill, mass, miss, ore, wash)
            " ala ariz ark calif colo conn del fla ga kan kans ky md mich minn mo mont neb nev n.h n.j n.m"
            " n.c n.d okla pa r.i s.c s.d tenn tex vt va wis wyo"
            # Latin and general
            " e.g i.e etc vs cf al approx ca ph.d feat"
            # companies and organisations
            " inc ltd co corp llc bros dept univ assn govt intl asst assoc natl"
            # addresses and units
            " ave blvd rd mt ft hwy rte apt bldg ste sq plz twp jct hts mtn ctr oz lb lbs mi hr hrs yr yrs"
            # weekdays (not "sat", a verb, nor "sun", a paper, nor "wed", a verb)
            " mon tue tues thu thur thurs fri"
        ),
        number_abbreviations=_words("no nos vol vols fig figs p pp pt pts art op ch est c para paras sec pop b d r fl rs rm ext cat prop ph mob"),
        final_abbreviations=_words("a.m p.m etc"),
        continuations=_words(
            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
            " Eastern Central Mountain Pacific Atlantic ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST UTC CET"
        ),
        starters=_words(
            "The A An He She It They We I You His Her Its Their Our My Your This That These Those There Here"
            " Then But And Or So Yet If When While After Before Since Although Though Because As In On At For"
            " From With By During Despite However Meanwhile Still Also Now Today Yesterday Last Next Some Many"
            " Most All Both Each Every No Not Other Such What Why How Who Where Only Even Instead Later"
        ),
    ),
    "uk": _Rules(
        punkt_model="ukrainian",
        abbreviations=_words(
            # titles and ranks
            "проф доц акад пан пані ген полк підполк ген.-лейт"
            # time and dates: рік, роки, століття, місяці
            " р рр ст стол січ лют бер квіт трав черв лип серп вер жовт лист груд сер поч кін вкл"
            # places and addresses
            " м с смт вул просп пров пл бул обл р-н буд кв корп"
            # numbers, money and units
            " тис млн млрд трлн грн коп дол руб євр км кг км/год"
            # Latin-style and general
            " т.зв т.б т.ч т.е т.д т.п т зв д п напр див ін інш пор укр англ рос ім"
        ),
        number_abbreviations=_words("№ п пп ч гл розд рис табл с"),
        final_abbreviations=_words("т.д т.п ін інш тис млн млрд трлн грн коп дол руб вкл"),
        continuations=_words("США ЄС ООН НАТО"),
        starters=_words(
            "У В Уже Вже На Але І Й А Та Він Вона Воно Вони Ми Я Ви Це Цей Ця Ці Той Ті Там Тут Тоді Потім"
            " Після Перед Однак Проте Також Крім При По З Із Зі До Для Як Коли Якщо Хоча Бо Тому Зараз"
            " Сьогодні Вчора Завтра Тепер Ще Усі Всі Його Її Їх Наш Не Ні Що Хто Де Чому Лише Тільки"
            " Навіть Саме Так Такі Такий Серед Між Близько Попри Втім Водночас Натомість Згодом Раніше"
        ),
    ),
    "ru": _Rules(
        punkt_model="russian",
        abbreviations=_words(
            # titles and ranks
            "проф доц акад зав г-н г-жа ген полк подполк ст мл канд засл нар арт ген.-лейт ген.-полк ген.-м"
            # time and dates: год, годы, век, months
            " г гг в вв янв фев февр мар апр авг сент сен окт нояб ноя дек сер нач кон род вкл"
            # places and addresses
            " гор пос с ул пр просп пер пл б-р обл р-н д кв корп стр оф каб наб респ р о дер ш гр под эт доб мкр кр вл лит туп пр-д моб"
            # numbers, money and units
            " тыс млн млрд трлн руб коп долл грн км кг сут мес нед"
            # prepositions written short
            " ок св"
            # Latin-style and general
            " т.е т.д т.п т.к т.н т.ч т е д п к н ч др пр напр см ср им англ рус"
        ),
        number_abbreviations=_words("№ п пп ч гл разд рис табл с ст"),
        final_abbreviations=_words("т.д т.п др тыс млн млрд трлн руб коп долл вкл"),
        continuations=_words("США ЕС ООН НАТО"),
        starters=_words(
            "В Во На Но И А Он Она Оно Они Мы Я Вы Это Этот Эта Эти Тот Те Там Тут Тогда Затем Потом"
            " После Перед Однако Также Кроме При По С Со К Из За Для Как Когда Если Хотя Поэтому Сейчас"
            " Сегодня Вчера Завтра Теперь Ещё Еще Уже Все Всё Его Ее Её Их Наш Не Ни Что Кто Где Почему"
            " Только Лишь Даже Именно Так Такие Такой Среди Между Около Несмотря Впрочем Позже Ранее"
        ),
    ),
}

_OPENERS = "\"'“‘(["
_OPENING_QUOTES = str.maketrans({"“": '"', "‘": "`", "«": '"'})
_BREAK_CHARACTERS = frozenset(".!?…;:\"'“”‘’«»„()[]{}")
"""What may end a sentence or sit next to its end, and so what an edit reusing a split must not touch."""
_FIRST_WORD = re.compile(r"\W*(\w+)")
_ROMAN_NUMBER = re.compile(r"[IVXLC]+\b")
"""A Roman numeral, which goes on with a sentence after "Vol." or "Pt."."""
_DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?:[^\W\d]\.){2,}[\"'”’)\]]*$")
_LIST_MARKER = re.compile(r"(?:^|[:;] )\d{1,3}\.$")
_DAY_NUMBER = re.compile(r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])\.$")
_MONTHS_AFTER_DAY = _words(
    "Januar Jänner Februar März April Mai Juni Juli August September Oktober November Dezember"
    " Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez"
)
"""German months, after which a day's number and point ("am 3. Oktober") end no sentence."""
# A word ending in a period or ellipsis (closing quotes allowed) before a space;
# the lookahead captures the next word and whether a period follows it.
_CANDIDATE = re.compile(r"(?<!\S)(\S*)([.…])[\"'”’)\]]*(?= [\"'“‘(\[]?(\w[\w’'-]*)(\.?))")


class _Splitter:
    """Punkt with one language's rules, plus the joins and breaks Punkt gets wrong."""

    def __init__(self, rules: _Rules) -> None:
        self._rules = rules
        self._punkt = _punkt(rules)
        numbered = "|".join(re.escape(word) for word in sorted(rules.number_abbreviations))
        self._number_abbreviation = re.compile(rf"(?<![\w.])(?:{numbered})\.$", re.IGNORECASE)

    def split(self, text: str) -> list[str]:
        """Sentences of whitespace-normalised ``text``."""
        # Punkt takes a straight quote before a word as punctuation but not a curly one (so
        # ``“Mr.`` would be no abbreviation); each is swapped for one it knows, of the same length.
        spans = self._join(text, self._punkt.span_tokenize(text.translate(_OPENING_QUOTES)))
        return [sentence for start, end in spans for sentence in self._break(text[start:end])]

    def _join(self, text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        joined: list[tuple[int, int]] = []
        for start, end in spans:
            if joined and (start == joined[-1][1] or self._continues(text[slice(*joined[-1])], text[start:end])):
                joined[-1] = (joined[-1][0], end)
            else:
                joined.append((start, end))
        return joined

    def _continues(self, before: str, after: str) -> bool:
        """Whether ``after`` goes on with the sentence Punkt ended with ``before``."""
        first = _FIRST_WORD.match(after)
        return bool(
            (first and first.group(1).islower())
            or _DOTTED_ACRONYM.search(before)
            or ((after[0].isdigit() or _ROMAN_NUMBER.match(after)) and self._number_abbreviation.search(before))
            or _LIST_MARKER.search(before)
            or bool(first and first.group(1) in _MONTHS_AFTER_DAY and _DAY_NUMBER.search(before))
        )

    def _break(self, sentence: str) -> list[str]:
        """``sentence`` cut where :meth:`_ends_before` says a sentence ends."""
        pieces = []
        start = 0
        for match in _CANDIDATE.finditer(sentence):
            if self._ends_before(*match.groups()):
                pieces.append(sentence[start : match.end()])
                start = match.end() + 1
        pieces.append(sentence[start:])
        return pieces

    def _ends_before(self, word: str, mark: str, following: str, period_after: str) -> bool:
        """Whether a sentence ends at ``word`` + ``mark`` (a period or ellipsis) although Punkt went on."""
        if period_after or (mark == "." and word.isdigit()):  # "J. A. Smith", "U.S. No. 1"; "1. The" list item
            return False
        if following in self._rules.starters:
            return True
        return (
            word.lstrip(_OPENERS).lower() in self._rules.final_abbreviations
            and following[0].isupper()
            and following not in self._rules.continuations
        )


def _punkt(rules: _Rules) -> Any:
    """nltk's Punkt with an installed ``punkt_tab`` model's parameters when present (never
    downloaded) and ours on top. nltk is imported here, on first use, not with this module."""
    import nltk
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer, load_punkt_params

    try:
        params = load_punkt_params(nltk.data.find(f"tokenizers/punkt_tab/{rules.punkt_model}/"))
    except LookupError:
        params = PunktParameters()
    params.abbrev_types = (set(params.abbrev_types) - rules.number_abbreviations) | rules.abbreviations
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=None)
def _splitter(language: str) -> _Splitter:
    return _Splitter(_RULES[language])


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Split one paragraph into sentences, in order, with runs of whitespace made single spaces.

    Joining the result with single spaces gives back ``" ".join(text.split())``.
    ``language`` is a code such as ``en`` or ``en-GB``; languages without rules
    of their own use the English ones.
    """
    base = base_language(language)
    return _splitter(base if base in _RULES else "en").split(" ".join(text.split()))


def resplit(old: str, old_sentences: Sequence[str], new: str) -> list[str] | None:
    """The sentences of ``new``, derived from ``old_sentences`` (the sentences of ``old``, as
    :func:`split_sentences` gave them) when ``new`` differs from ``old`` only in words inside one
    sentence, with at least two unchanged words on each side, none of the words changed or within two
    words of them holding a sentence-ending mark, quote or bracket, and each of those holding a letter
    or digit. Punkt and the rules here decide each break from the words next to it, so such an edit (a
    typo fixed, a word replaced) moves none. None when ``new`` must be split afresh."""
    before, after = old.split(), new.split()
    same_start = _common_length(before, after)
    same_end = _common_length(before[::-1][: len(before) - same_start], after[::-1][: len(after) - same_start])
    first, old_last, new_last = same_start, len(before) - same_end, len(after) - same_end
    window = [*before[max(first - 2, 0) : first], *before[first:old_last], *after[first:new_last], *before[old_last : old_last + 2]]
    if not all(_is_plain_word(word) for word in window):
        return None
    start = 0
    for index, sentence in enumerate(old_sentences):
        end = start + len(sentence.split())
        if start + 2 <= first and old_last <= end - 2:
            changed = " ".join(after[start : end + new_last - old_last])
            return [*old_sentences[:index], changed, *old_sentences[index + 1 :]]
        start = end
    return None


def _common_length(one: Sequence[str], other: Sequence[str]) -> int:
    length = 0
    while length < min(len(one), len(other)) and one[length] == other[length]:
        length += 1
    return length


def _is_plain_word(word: str) -> bool:
    return any(character.isalnum() for character in word) and not any(character in _BREAK_CHARACTERS for character in word)


def sentences_key(paragraph: str, language: str) -> str:
    """The cache key of a paragraph's sentences: its text and language, nltk's version, and these rules
    (this module's own source, so that sentences split by other rules are never reused)."""
    return key_of("sentences", _rules_version(), base_language(language), " ".join(paragraph.split()))


def split_history_key(name: str, language: str) -> str:
    """The cache key of the paragraphs last split for the article ``name`` (its file), with their
    sentences: what :func:`resplit` derives an edited paragraph's sentences from."""
    return key_of("split-history", _rules_version(), base_language(language), name)


@lru_cache(maxsize=None)
def _rules_version() -> str:
    return f"{version('nltk')}/{hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}"


def split_paragraphs(paragraphs: Sequence[str], language: str = "en") -> list[list[str]]:
    """:func:`split_sentences` of each paragraph: a batch, for a worker that has nltk loaded."""
    return [split_sentences(paragraph, language) for paragraph in paragraphs]
