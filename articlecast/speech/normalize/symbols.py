"""The words of common symbols in languages without rules of their own ("60%" → "sechzig Prozent").

num2words gives these languages their numbers; this table gives them the few signs
a news text prints between them, which an engine would otherwise skip or name
in the wrong language.
"""

from __future__ import annotations

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
