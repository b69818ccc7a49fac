"""The words of common symbols in languages without rules of their own ("60%" → "sechzig Prozent").

num2words gives these languages their numbers; this table gives them the few signs
a news text prints between them, which an engine would otherwise skip or name
in the wrong language.
"""

from __future__ import annotations

import re

SYMBOL_WORDS: dict[str, dict[str, str]] = {
    "de": {"%": "Prozent", "&": "und", "§": "Paragraf", "€": "Euro", "$": "Dollar", "°C": "Grad Celsius", "°": "Grad"},
    "fr": {"%": "pour cent", "&": "et", "§": "paragraphe", "€": "euros", "$": "dollars", "°C": "degrés Celsius", "°": "degrés"},
    "es": {"%": "por ciento", "&": "y", "§": "párrafo", "€": "euros", "$": "dólares", "°C": "grados Celsius", "°": "grados"},
    "it": {"%": "per cento", "&": "e", "§": "paragrafo", "€": "euro", "$": "dollari", "°C": "gradi Celsius", "°": "gradi"},
    "pt": {"%": "por cento", "&": "e", "§": "parágrafo", "€": "euros", "$": "dólares", "°C": "graus Celsius", "°": "graus"},
    "nl": {"%": "procent", "&": "en", "§": "paragraaf", "€": "euro", "$": "dollar", "°C": "graden Celsius", "°": "graden"},
    "pl": {"%": "procent", "&": "i", "§": "paragraf", "€": "euro", "$": "dolarów", "°C": "stopni Celsjusza", "°": "stopni"},
    "cs": {"%": "procent", "&": "a", "§": "paragraf", "€": "eur", "$": "dolarů", "°C": "stupňů Celsia", "°": "stupňů"},
}  # fmt: skip
"""Per language: a symbol and what is said for it (an amount's sign after its number: "5 €" → "5 Euro")."""

_GREEK = "αβγδεζηθικλμνξοπρστυφχψω"
_GREEK_NAMES = {
    "en": "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega",
    "ru": "альфа бета гамма дельта эпсилон дзета эта тета йота каппа лямбда мю ню кси омикрон пи ро сигма тау ипсилон фи хи пси омега",
    "uk": "альфа бета гамма дельта епсилон дзета ета тета йота каппа лямбда мю ню ксі омікрон пі ро сигма тау іпсилон фі хі псі омега",
}  # fmt: skip
GREEK_LETTER_NAMES = {
    language: {letter: name for lower, name in zip(_GREEK, names.split()) for letter in (lower, lower.upper())} | {"ς": names.split()[17]}
    for language, names in _GREEK_NAMES.items()
}
"""Per language: each Greek letter's name, as science and finance print them alone ("β-blocker", "α = 0.05")."""
LONE_GREEK_LETTER = re.compile(rf"(?<![^\W\d_])(?<!\d\s)[{_GREEK}{_GREEK.upper()}ς](?![^\W\d_])")
"""A Greek letter standing alone, not inside a Greek word nor a unit after a number ("10 Ω")."""
