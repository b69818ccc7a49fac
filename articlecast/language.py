"""Language codes: their one normal form, and a guess when an article's front matter gives none.

langdetect (a port of Google's language-detection, pure Python) recognised 14
of 15 English, Ukrainian and Russian test texts, missing only a two-word
English title; detection runs on the whole article, where it is reliable.
Seeded, so the same text always gets the same answer.
"""

from __future__ import annotations

import contextlib
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cache import Cache

DEFAULT_LANGUAGE = "en"
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}(?:-[a-z0-9]{2,8})*")
"""A language code in its normal form (:func:`language_code`): ``en``, ``uk``, ``en-gb``, ``zh-cn``."""
DETECTION_FORMAT_VERSION = 1
"""Bump when what is cached for a detected language changes."""
SAMPLE_CHARS = 3000
MIN_PROBABILITY = 0.8


def language_code(language: str) -> str:
    """A language tag in the form used here: lower case with hyphens (``pt_BR`` → ``pt-br``)."""
    return language.strip().lower().replace("_", "-")


def base_language(language: str) -> str:
    """The language without its region or script: ``en`` for ``en``, ``en-GB``, ``en_US`` or ``EN-gb``."""
    return language_code(language).partition("-")[0]


def detect_language(text: str, default: str = DEFAULT_LANGUAGE, cache: Cache | None = None) -> str:
    """The language code of ``text`` (``en``, ``uk``, ``ru``, ``zh-cn``...), or ``default`` when unsure.

    The answer is kept in ``cache`` (default: the default cache), under ``languages/``,
    keyed by the text read and langdetect's version: an unchanged article is not read again
    (langdetect takes 0.3 s to load its profiles). A cache that cannot be used, or an entry that
    is not a language code, only means detecting again.
    """
    from importlib.metadata import version

    from .cache import Cache, key_of
    from .errors import CacheError

    sample = text[:SAMPLE_CHARS]
    cache = cache or Cache()
    key = key_of("language", DETECTION_FORMAT_VERSION, version("langdetect"), MIN_PROBABILITY, default, sample)
    try:
        known = cache.get("languages", key, ".txt")
        if known is not None and LANGUAGE_CODE.fullmatch(remembered := known.read_text(encoding="utf-8")):
            return remembered
    except (CacheError, OSError, ValueError) as error:
        logging.getLogger(__name__).debug("The detected-language cache could not be read: %s", error)
    language = _detect(sample, default)
    with contextlib.suppress(CacheError):
        cache.put("languages", key, ".txt", language.encode("utf-8"))
    return language


def _detect(sample: str, default: str) -> str:
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return default
    return str(best.lang).lower() if best.prob >= MIN_PROBABILITY else default
