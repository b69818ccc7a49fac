"""East Slavic grammar data: the forms of nouns after numbers and one language's :class:`Grammar`.

:mod:`.uk` and :mod:`.ru` each fill a :class:`Grammar`; :mod:`.slavic` reads numbers with it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from .web import WebWords

CASES = ("nom", "gen", "dat", "acc", "ins", "loc")
GENDERS = ("m", "f", "n", "pl")
SUFFIX_PREFERENCE = [
    ("m", "nom"), ("f", "nom"), ("n", "nom"), ("m", "gen"), ("f", "gen"), ("m", "loc"), ("m", "dat"), ("f", "acc"),
    ("pl", "gen"), ("pl", "nom"), ("m", "ins"), ("f", "ins"), ("f", "loc"), ("pl", "dat"), ("pl", "ins"),
]  # fmt: skip
"""The order in which an ordinal's forms are tried against a written ending (``1-й`` is "перший", not "першій")."""


@dataclass(frozen=True)
class Noun:
    """A noun's forms after numbers: 1, 2-4, 5+ (also the genitive plural), and after a fraction."""

    one: str
    few: str
    many: str
    part: str
    gender: str = "m"
    dative: tuple[str, str] = ("", "")
    """The dative singular and plural ("часу", "часам"), where known: else the nominative forms stand."""

    def after(self, value: int | None, case: str = "nom") -> str:
        """The form after ``value`` (None: after a fraction); the genitive keeps the singular only for 1."""
        if value is None:
            return self.part
        form = plural_form(value)
        if value >= 1000 and value % 1000 == 0:
            return self.many  # "к 2 000 км": "к двум тысячам километров"
        if case == "gen":
            return self.part if form == "one" else self.many
        if case == "dat" and self.dative[0]:
            return self.dative[0] if form == "one" else self.dative[1]
        return getattr(self, form)


_PLURAL_OBLIQUE = {"dat": "ам", "ins": "ами", "loc": "ах"}
"""Plural endings of the dative, instrumental and locative, the same for nearly every noun ("километрам")."""
_SOFT_PLURAL_OBLIQUE = {"dat": "ям", "ins": "ями", "loc": "ях"}
"""Those of a noun with a soft stem ("рублям", "гривнях")."""
_SOFT_SINGULAR = {"у": "ю", "ом": "ем"}
"""A hard masculine ending → the soft one ("километру" but "рублю"; the locative is the same)."""


def oblique_form(noun: Noun, value: int, case: str, hard_endings: Mapping[str, str]) -> str | None:
    """``noun`` after ``value`` in the dative, instrumental or locative ("пяти километрах", "одному проценту"),
    where its forms show how: a masculine noun ending in a hard consonant, a plural in -ов/-ів, a feminine plural
    without ending, an indeclinable noun; else None. Words after the first ("Цельсия", "в час") stay as they are."""
    if value >= 1000 and value % 1000 == 0:
        return noun.many  # "в 1 000 км": "в тысяче километров", after "тысяча" in any case
    one = plural_form(value) == "one"
    first, _, rest = (noun.one if one else noun.many).partition(" ")
    single = noun.one.partition(" ")[0]
    endings = _SOFT_PLURAL_OBLIQUE if single.endswith(("ь", "я")) else _PLURAL_OBLIQUE
    if not one and noun.dative[1] and not noun.dative[1].startswith(first[:3]):
        return noun.dative[1] if case == "dat" else None  # "человек", "людям": a plural of another stem
    if noun.one == noun.many == noun.few:
        word = first  # "евро"
    elif one and noun.gender == "m" and first.endswith("ь") and case in hard_endings:
        word = first[:-1] + _SOFT_SINGULAR.get(hard_endings[case], hard_endings[case])  # "рублю", "рублём"
    elif one:
        if first[-1] in "аеёиоуыэюяіїєьй'" or case not in hard_endings:
            return None
        word = first + hard_endings[case]
    elif first.endswith(("ов", "ів", "ей")):
        word = first[:-2] + endings[case]  # "рублей" → "рублях"
    elif single.endswith("я"):
        word = single[:-1] + endings[case]  # "гривня", "килокалория" → "гривнях", "килокалориях"
    elif first == single and first[-1] not in "аеёиоуыэюяіїєьй'":
        word = first + endings[case]  # "5 вольт" → "в пяти вольтах"
    elif noun.gender == "f" and single[:-1] == first:
        word = first + endings[case]
    else:
        return None
    return f"{word} {rest}".strip()


def noun(forms: str, gender: str = "m", dative: str = "") -> Noun:
    """``"відсоток відсотки відсотків відсотка"`` → its :class:`Noun`; ``|`` separates forms of several words;
    ``dative``: the dative singular and plural ("часу часам")."""
    one, few, many, part = forms.split("|") if "|" in forms else forms.split()
    return Noun(one, few, many, part, gender, tuple(dative.split()) if dative else ("", ""))  # type: ignore[arg-type]


def by_case(forms: str) -> dict[str, str]:
    """``"вулиця вулиці вулиці вулицю вулицею вулиці"`` → forms by case, nominative to locative ("|" between forms of
    more than one word)."""
    return dict(zip(CASES, forms.split("|") if "|" in forms else forms.split(), strict=True))


def place(forms: str) -> dict[str, str]:
    """:func:`by_case` for a place word: after "на" it is where something is ("на вул." → "на вулиці")."""
    cases = by_case(forms)
    return {**cases, "acc": cases["loc"]}


def plural_form(value: int) -> str:
    """``one``, ``few`` or ``many``: which noun form follows a whole number."""
    if 11 <= value % 100 <= 14:
        return "many"
    return {1: "one", 2: "few", 3: "few", 4: "few"}.get(value % 10, "many")


@dataclass(frozen=True)
class Grammar:
    """One East Slavic language's words and the cases its words govern."""

    code: str
    case_names: Mapping[str, str]
    """Our case names → num2words' ``case=`` values for this language."""
    ordinal_endings: Mapping[str, str]
    """Masculine nominative ending → the 24 endings (m, f, n, plural × nominative...locative) that replace it."""
    one: Mapping[str, str]
    """The gendered forms of "one" in the nominative: ``{"m": "один", "f": "одна", "n": "одне"}``."""
    scale_words: tuple[str, ...]
    """Thousand and million as the first word of a number: said without "one" ("тисяча дев'ятсот")."""
    minus: str
    number_word: str
    range_words: tuple[str, str]
    """A range of days: "з" first "по" last."""
    whole: tuple[str, str]
    """"ціла", "цілих": the whole part of a decimal."""
    fractions: tuple[tuple[str, str], ...]
    """Tenths, hundredths, thousandths: (after 1, after others)."""
    point: str
    """Said between the parts of a decimal with more than three decimals."""
    half: Mapping[str, str]
    """1,5 before a noun: by the noun's gender."""
    half_genitive: str
    """1,5 after a preposition of any case but the accusative ("около полутора тысяч", "в полутора километрах"),
    where it has a form of its own;
    there the noun after 1,5 takes its 2-4 form ("полтора квадратных метра"), else its genitive singular."""
    months: tuple[str, ...]
    """In the genitive: "липня", "июля"."""
    month_abbreviations: Mapping[str, int]
    year_words: Mapping[str, tuple[str, str]]
    """Written year nouns → (number, case): ``{"році": ("sg", "loc"), "роках": ("pl", "loc")}``."""
    year_abbreviations: tuple[str, str]
    """The singular and plural abbreviations: ``р.``, ``рр.``."""
    year_forms: Mapping[tuple[str, str], str]
    """(number, case) → the year noun to say."""
    century_words: Mapping[str, str]
    """Written century nouns → case of the ordinal before them."""
    century_abbreviation: tuple[str, Mapping[str, str]]
    """``ст.`` → its forms by case."""
    century_gender: str
    century_plural_abbreviation: tuple[str, Mapping[str, str]]
    """``вв.`` after a range of centuries → its forms by case."""
    prepositions: Mapping[str, str]
    """Prepositions → the case they give a number, date or year after them."""
    year_prepositions: Mapping[str, str]
    """Prepositions after which a bare year is read as a year, and the case of its noun ("у 2022" → "у ... році")."""
    nominative_before: frozenset[str]
    """Words after which a date is named, not placed in time ("сьогодні 22 липня")."""
    hour: Noun | None
    """Ukrainian reads the hour as an ordinal ("чотирнадцята"); Russian as a cardinal with "часов"."""
    zero: str
    zero_ordinal: str
    scales: Mapping[str, Noun]
    units: Mapping[str, Noun]
    currencies: Mapping[str, tuple[Noun, Noun | None]]
    """Sign or written abbreviation → (currency, minor unit)."""
    feminine_stems: tuple[str, ...]
    """Stems of common feminine nouns, for the plural after 2-4, which does not show gender."""
    neuter_endings: tuple[str, ...]
    """Endings of neuter nouns and adjectives in the singular (checked before the feminine -а, -я)."""
    abbreviations: Mapping[str, str]
    """Said the same in every context: ``т. д.`` → "так далі"."""
    cased_abbreviations: Mapping[str, Mapping[str, str]]
    """Abbreviations whose case follows the preposition before them: ``вул.``."""
    agreeing_abbreviations: Mapping[str, str]
    """Abbreviations of adjectives that agree with the next word: ``т. зв.`` → "так званий"."""
    number_abbreviations: Mapping[str, Mapping[str, str]]
    """Abbreviations only before a number (``ст. 5``): case → word."""
    symbols: Mapping[str, str]
    web_words: WebWords
    vulgar_fractions: Mapping[str, tuple[str, str]]
    """``½`` → (after a whole number, alone): ("з половиною", "одна друга")."""
    corrections: Mapping[str, str] = field(default_factory=dict)
    """Regular expression → replacement, for num2words' slips in this language ("трьохста" → "трьохсот")."""
    ranked_genitive_prepositions: tuple[str, ...] = ()
    """Prepositions of the genitive after which a number before a feminine singular genitive ranks it: ``со 2 попытки``
    → "со второй попытки" (a count would have made the noun plural, "с двух попыток")."""
    preposition_abbreviations: Mapping[str, str] = field(default_factory=dict)
    """Prepositions written short before a number, expanded before the number takes their case: ``ок. 100`` →
    "около ста"."""
    name_abbreviations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Kinds of place written short only before a capitalised name, in the case the context gives (``на р. Волге`` →
    "на реке Волге"); before anything else the letters are something else (``с.`` a page, ``п.`` a clause)."""
    stray_scales: Mapping[str, str] = field(default_factory=dict)
    """Scale abbreviations with no number before them ("кілька млн")."""
    ordinal_nouns: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Singular nouns that make the number before them an ordinal (``28 этаж``): form → (gender, case)."""
    few_ordinal_nouns: frozenset[str] = frozenset()
    """Those of them whose nominative is also their count after 5 ("5 раз"): ranked only after 2-4 ("2 раз" → "второй
    раз", a count would be "2 раза")."""
    countable_ordinal_nouns: frozenset[str] = frozenset()
    """Those of them also counted: after 1, 21... their nominative (or genitive, if listed) is a count
    ("21 место" → "двадцать одно место", "до 1 года" → "до одного года")."""
    latin_letters: Mapping[str, str] = field(default_factory=dict)
    """How Latin letters are named when spelled in an address ("b" → "бі")."""
    cyrillic_letters: Mapping[str, str] = field(default_factory=dict)
    """How capital letters are named when an initialism is spelled ("ЗСУ" → "зе ес у")."""
    web_names: Mapping[str, str] = field(default_factory=dict)
    """Latin words of addresses said the local way ("com" → "ком", "gmail" → "джі мейл")."""
    feminine_oblique_endings: tuple[str, ...] = ()
    """Endings of a feminine singular noun outside the nominative: after them ``15-й`` is "п'ятнадцятій"."""
    compound_stems: Mapping[int, str] = field(default_factory=dict)
    """How a number starts a compound word where that is not its genitive ("100-летие" → "столетие")."""
    minute: Noun | None = None
    """With :attr:`hour`, minutes are said with it ("четырнадцать часов тридцать минут")."""
    acronym_words: frozenset[str] = frozenset()
    """Capitals said as a word although they start with two consonants ("МРОТ", "ВЦИОМ")."""
    second: Noun | None = None
    """With :attr:`minute`, a time's seconds ("12:05:30" → "... пять минут тридцать секунд")."""
    fraction_few_case: str = "gen"
    """The case of the denominator after 2-4: "две третьих" (genitive), Ukrainian "дві треті" (nominative)."""
    hard_endings: Mapping[str, str] = field(default_factory=dict)
    """An ordinal ending → the one whose endings writers also put after its digits ("3-ого", "2-ый")."""
    hard_noun_endings: Mapping[str, str] = field(default_factory=dict)
    """The dative, instrumental and locative endings of a masculine noun ending in a hard consonant ("километру")."""
    vowel_prepositions: tuple[str, ...] = ()
    """One-letter prepositions that take "о" before "вт", "вс" ("во втором", "ко второму", "со всеми")."""
    month_forms: str = ""
    """A regular expression for the month names in every case ("марте", "січень"), and for the seasons and parts of a
    year ("летом", "в начале"): a year after one is its year, an ordinal in the genitive."""
    time_nouns: frozenset[str] = frozenset()
    """Units of time: after "в" an amount of them is a time, in the accusative ("в 14 ч"), not a place."""
    eras: tuple[str, ...] = ()
    """How "before Christ" and "AD" are abbreviated ("до н. э."): a year of any length before them is a year."""
    locative_endings: str = ""
    """A regular expression for the endings of a singular locative noun, never of a plural one: after "в", "на"
    and a number other than 1, 21... such a noun is ranked ("на 15 странице")."""
    few_feminine_endings: tuple[str, ...] = ()
    """Endings that after 2, 3, 4 only a feminine noun has (Russian "2 сестры": the masculine is "2 брата")."""
    measure_adjectives: tuple[str, ...] = ()
    """Stems of adjectives of measure written apart from their number ("11 километровой", "5 этажный"), besides those
    of the units: such an adjective after a number is no rank."""
    adjective_endings: str = ""
    """A regular expression for endings of singular adjectives that no noun after a count has ("мировая",
    "мировой"): after a number other than 1, 21... such a word is ranked ("2 мировая война")."""
    percent_stem: str = ""
    """The stem of the adjective of "percent" in ``10%-ная`` ("процент": "десятипроцентная")."""
    day_parts: tuple[str, ...] = ()
    """Where hours are ordinals (:attr:`hour` None), the parts of the day after an hour ("о 6 ранку" → "о шостій ранку")."""
    clause_final_units: frozenset[str] = frozenset()
    """Units that are also words ("с": seconds, or "with"): read as units only where a clause ends ("за 10 с.")."""
    quarter: Mapping[str, str] = field(default_factory=dict)
    """The forms by case of a year's quarter, which "кв." also shortens: before a year after a number 1 to 4
    ("в 3 кв. 2023 г.") it is that, not a flat."""
    numbered_nouns: tuple[str, ...] = ()
    """Stems of nouns numbered by a Roman numeral after them ("часть III книги"): the numeral agrees with them,
    not with the genitive after it."""
    feminine_locatives: str = ""
    """A regular expression for endings of a singular dative or locative that only feminine nouns have
    ("попытке", "таблице", Ukrainian "сторінці"): the ordinal before one is feminine."""
    counted_locatives: str = ""
    """A regular expression for those singular locatives that a plural after 2-4 shares ("на 3 тижні": three
    weeks): after 2, 3, 4 they are counts."""
    noun_prepositions: Mapping[str, str] = field(default_factory=dict)
    """Prepositions that give a noun another case than a number or date ("по статье", but "по пятое мая")."""
    singular_endings: tuple[tuple[str, str, str], ...] = ()
    """Endings of singular nouns and adjectives → (gender, case), the first that fits wins: what an ordinal
    before the word agrees with ("съезда" → m gen, "степени" → f gen); a word that fits none is m nom."""
    name_endings: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    """A ruler's name's endings → the case they show, for names declined like "Пётр" (``"m"``) and like
    "Екатерина" (``"a"``); a masculine name without an ending listed ("Пётр", "Николай") is nominative."""
    a_names: Mapping[str, str] = field(default_factory=dict)
    """Stems of rulers' names declined like "Екатерина" → their gender ("Екатерин": "f", Ukrainian "Микол": "m")."""
    house_parts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """Number abbreviations that mean a part of a building after a house or block number ("д. 5, стр. 1": "строение")."""
    house_slash: str = ""
    """The word for the slash in a house number ("д. 10/2" → "дом десять дробь два")."""
    code_words: tuple[str, ...] = ()
    """Words after which a number of four or more digits is a code said digit by digit ("код", "ИНН",
    "оканчивается на")."""
    latin_sounds: dict[str, str] = field(default_factory=dict)
    """Latin letters and groups → the local letters for their sounds ("sh" → "ш"), to say a Latin word of an
    address or Latin capitals that read as a word ("NASA"); "^e" is "e" first in a word, "y~" "y" after a vowel."""
    section_words: tuple[str, ...] = ()
    """Words after which "3.2" numbers a clause or a version, said part by part ("пункт три точка два")."""
    spelled_as: Mapping[str, str] = field(default_factory=dict)
    """Initialisms said otherwise than by their letters' names ("США" → "сэ шэ а")."""
