"""Text normalisation for speech: what a careful reader says for what is written.

``normalize(text, language)`` folds a sentence (markup, look-alike letters from
other scripts, emoji, typography) and then applies the language's rules, which
read numbers, money, dates, times, units, abbreviations and symbols as words.

Each language is one module here, ``<code>.py``, defining ``RULES`` (a
:class:`~.base.Rules` subclass); it is found by its code, so adding a language
is adding its module. A language without a module gets :class:`~.base.Rules`:
clean-up, and numbers in words when num2words knows the language.
"""

from __future__ import annotations

import importlib
import importlib.util
from functools import lru_cache
from typing import TYPE_CHECKING

from ...language import base_language
from ..clean import speakable
from .base import Rules
from .scripts import fold_lookalikes
from .typography import drop_pictographs, pauses_for_marks, single_periods, tidy

if TYPE_CHECKING:
    from ..lexicon import Lexicon

__all__ = ["Rules", "fold_text", "normalize", "rules_for"]


def normalize(text: str, language: str = "en", lexicon: Lexicon | None = None) -> str:
    """What the engine should say for ``text``, one sentence or line of an article in ``language``.

    ``lexicon`` entries are matched in the cleaned article text and their
    respellings, phonemes or spelling are put back after normalisation, untouched.
    """
    rules = rules_for(language)
    text = fold_text(text, language)
    protected = lexicon.protect(text, rules) if lexicon else None
    if protected is not None:
        text = protected.text
    text = tidy(rules.apply(tidy(pauses_for_marks(rules.before_marks(text)))))
    return single_periods(protected.restore(text)) if protected is not None else text


def fold_text(text: str, language: str = "en") -> str:
    """``text`` without markup and pictographs, look-alike letters folded into the language's script.

    This is what lexicon entries match against.
    """
    return drop_pictographs(fold_lookalikes(speakable(text), rules_for(language).script))


@lru_cache(maxsize=None)
def rules_for(language: str) -> Rules:
    """The rules for a language code: its own module's (for its region, ``en-GB``), else the fallback :class:`Rules`."""
    code = base_language(language)
    if code.isascii() and code.isalpha() and len(code) in (2, 3) and importlib.util.find_spec(f"{__name__}.{code}"):
        rules = getattr(importlib.import_module(f"{__name__}.{code}"), "RULES", None)
        if isinstance(rules, Rules):
            return rules.for_locale(language)
    return Rules(code)
