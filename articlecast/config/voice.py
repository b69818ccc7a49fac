"""Voice profiles (``voices/*.toml``): the user's file, and the settings each stage takes from it.

A :class:`VoiceProfile` is what a user writes. For an article it gives two values with
one audience each: :class:`VoiceSettings`, what an engine receives and what keys a clip,
and :class:`ScriptSettings`, how the script is made (pauses, chunking, the disclosure).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import logging
import os
import platform
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..language import LANGUAGE_CODE, base_language, language_code
from .toml import from_mapping, read_toml, table

DISCLOSURE = "This audio is created with AI assistance."
DISCLOSURES = {
    "en": DISCLOSURE,
    "uk": "Це аудіо створено за допомогою штучного інтелекту.",
    "ru": "Это аудио создано с помощью искусственного интеллекта.",
    "de": "Dieses Audio wurde mit Unterstützung künstlicher Intelligenz erstellt.",
    "fr": "Cet audio a été créé avec l'aide de l'intelligence artificielle.",
    "es": "Este audio se ha creado con ayuda de inteligencia artificial.",
    "it": "Questo audio è stato creato con l'aiuto dell'intelligenza artificiale.",
    "pt": "Este áudio foi criado com a ajuda de inteligência artificial.",
    "pl": "To nagranie powstało z pomocą sztucznej inteligencji.",
}
"""The built-in disclosure in each language that has one; the others get the English one."""


def check_language_code(language: str, where: object) -> None:
    """Raise :class:`ConfigError` unless ``language`` is a language code (any case, ``-`` or ``_``)."""
    if LANGUAGE_CODE.fullmatch(language_code(language)) is None:
        raise ConfigError(f"In {where}, language must be a language code such as en or uk, not {language!r}.")


ENGINE_VARIABLE = "ARTICLECAST_ENGINE"
NATURAL_ENGINES = {"en": ("hibari", ("hibari", "onnxruntime"))}
"""The natural voice by base language: the engine's name and the modules it needs."""


def default_engine(language: str = "en") -> str:
    """The engine a profile uses when it names none, for articles in ``language``.

    ``$ARTICLECAST_ENGINE`` when set (e.g. ``espeak`` for fast CI runs); else the natural voice
    for the language (``hibari`` for English) when it can load; else ``espeak`` on Linux
    (measured faster and more reliable than pyttsx3 there, see bench/engines.py), ``pyttsx3``
    elsewhere. A natural voice that cannot load is noted once, as a logging warning.
    """
    chosen = os.environ.get(ENGINE_VARIABLE, "").strip()
    if chosen:
        return chosen
    fallback = "espeak" if platform.system() == "Linux" else "pyttsx3"
    natural = NATURAL_ENGINES.get(base_language(language_code(language)))
    if natural is not None and _loadable(*natural, fallback):
        return natural[0]
    return fallback


@functools.cache
def _loadable(engine: str, modules: tuple[str, ...], fallback: str) -> bool:
    missing = [module for module in modules if importlib.util.find_spec(module) is None]
    if missing:
        logging.getLogger(__name__).warning(
            "Note: the natural voice %r cannot load (%s is not installed), so %r speaks; reinstall articlecast to get it.",
            engine, missing[0], fallback,
        )
    return not missing


@dataclass(frozen=True)
class Pauses:
    """Silence, in milliseconds, inserted after each kind of segment."""

    sentence: int = 350
    """After a sentence inside a paragraph."""
    paragraph: int = 750
    """After the last sentence of a paragraph, quote or list item."""
    heading: int = 1000
    """After a heading, and before it (added to the pause of the segment before)."""
    disclosure: int = 900
    """After the spoken AI disclosure at the start."""


@dataclass(frozen=True)
class VoiceSettings:
    """What an engine receives for an article, and what (with the engine's version) keys each clip."""

    engine: str
    voice: str | None
    """Voice id, a voice file, or None for the engine's voice for ``language``."""
    language: str
    rate: int
    """Words per minute."""
    volume: float
    pitch: int

    def key_fields(self) -> dict[str, Any]:
        """The fields, by name, for cache keys."""
        return {"engine": self.engine, "voice": self.voice, "language": self.language,
                "rate": self.rate, "volume": self.volume, "pitch": self.pitch}  # fmt: skip


@dataclass(frozen=True)
class ScriptSettings:
    """How an article's script is made: the pauses, how long a piece may be, and the disclosure."""

    pauses: Pauses
    max_chars: int
    """Longest text voiced in one engine call."""
    disclosure: str | None
    """The AI disclosure spoken first, or None for none."""

    def key_fields(self) -> dict[str, Any]:
        """The fields, by name, for cache keys."""
        return {"pauses": dataclasses.asdict(self.pauses), "max_chars": self.max_chars, "disclosure": self.disclosure}


@dataclass(frozen=True)
class LanguageVoice:
    """How articles in one language are voiced (``[languages.uk]`` in a voice profile); unset keys keep the profile's."""

    engine: str | None = None
    voice: str | None = None
    """Voice id; None picks the engine's voice for the language."""
    rate: int | None = None
    volume: float | None = None
    pitch: int | None = None
    disclosure_text: str | None = None
    """The spoken disclosure in this language."""


@dataclass(frozen=True)
class VoiceProfile:
    """How an article is voiced: engine, voice, speed, pauses and the spoken disclosure."""

    engine: str = field(default_factory=default_engine)
    """Engine name (``espeak``, ``pyttsx3``, ``piper`` or one installed by another package; see
    ``articlecast voices``), or ``package.module:Class``."""
    voice: str | None = None
    """Engine voice id (``gmw/en``) for ``language``; None picks the engine's voice for it."""
    language: str = "en"
    """The language ``voice`` and the other settings are for. Articles in other languages
    use their ``[languages]`` entry, else the engine's voice for their language."""
    rate: int = 175
    """Speaking rate in words per minute (eSpeak NG accepts 80 to 450)."""
    volume: float = 1.0
    """Engine volume, 0.0 to 2.0."""
    pitch: int = 50
    """Engine pitch, 0 to 100 (eSpeak NG)."""
    max_chars: int = 400
    """Longest text voiced in one engine call; longer sentences are split at clause boundaries."""
    disclosure: bool = True
    """Open the audio with the spoken AI disclosure."""
    disclosure_text: str = DISCLOSURE
    """The disclosure, spoken first and written into the ID3 tag and the feed item. Articles in
    Ukrainian or Russian get a built-in translation of the default text."""
    max_workers: int | None = None
    """Most worker processes for voicing; None keeps the engine's own limit (1 for ``piper``)."""
    lexicon: str | None = None
    """Pronunciation lexicon (TOML); in a profile file, a path relative to the profile's folder."""
    pauses: Pauses = field(default_factory=Pauses)
    languages: dict[str, LanguageVoice] = field(default_factory=dict)
    """Per-language settings by language code (``uk``, ``en-gb``)."""
    source: str | None = field(default=None, compare=False)
    """The file the profile was read from; None for built-in defaults."""

    @classmethod
    def load(cls, path: str | Path) -> VoiceProfile:
        """Read a voice profile from a TOML file."""
        data = read_toml(Path(path))
        pauses = table(data.pop("pauses", {}), "[pauses] must be a table of milliseconds", path)
        languages = table(data.pop("languages", {}), "[languages] must hold one table per language, like [languages.uk]", path)
        if isinstance(data.get("lexicon"), str):
            lexicon = Path(path).parent / data["lexicon"]
            if not lexicon.is_file():
                raise ConfigError(
                    f"In {path}, the lexicon {data['lexicon']!r} does not exist ({lexicon}); "
                    "give a path relative to the profile's folder."
                )
            data["lexicon"] = str(lexicon)
        if "engine" not in data and isinstance(data.get("language"), str):
            data["engine"] = default_engine(data["language"])
        profile = from_mapping(cls, data, path)
        entries = {}
        for code, entry in languages.items():
            where = f"{path} [languages.{code}]"
            if LANGUAGE_CODE.fullmatch(code) is None:
                raise ConfigError(f"In {path}, [languages.{code}] is not a language code; use a lower-case code such as uk or en-gb.")
            entries[code] = from_mapping(LanguageVoice, table(entry, f"[languages.{code}] must be a table", path), where)
        profile = dataclasses.replace(
            profile, pauses=from_mapping(Pauses, pauses, f"{path} [pauses]"), languages=entries, source=str(path)
        )
        profile.validate(path)
        return profile

    def for_language(self, language: str) -> VoiceProfile:
        """The profile for an article in ``language``: its ``[languages]`` entry applied (exact code,
        then the base language); for another language than the profile's without an entry, the
        engine's voice for it. A profile on its language's default engine gets the default engine
        of the article's language (eSpeak NG for Ukrainian when English is spoken by hibari).
        The disclosure is translated when a built-in translation exists."""
        code = language_code(language)
        base = base_language(code)
        entry = self.languages.get(code) or self.languages.get(base)
        same_language = base == base_language(self.language)
        voice = self.voice if same_language else None
        engine = self.engine if same_language or self.engine != default_engine(self.language) else default_engine(code)
        disclosure = self.disclosure_text
        if disclosure == DISCLOSURE:
            disclosure = DISCLOSURES.get(base, DISCLOSURE)
        if entry is None:
            return dataclasses.replace(
                self, language=code if voice is None else self.language, engine=engine, voice=voice, disclosure_text=disclosure
            )
        return dataclasses.replace(
            self,
            language=code,
            engine=entry.engine or engine,
            voice=entry.voice if entry.voice is not None or entry.engine else voice,
            rate=self.rate if entry.rate is None else entry.rate,
            volume=self.volume if entry.volume is None else entry.volume,
            pitch=self.pitch if entry.pitch is None else entry.pitch,
            disclosure_text=disclosure if entry.disclosure_text is None else entry.disclosure_text,
        )

    def voice_for(self, language: str) -> VoiceSettings:
        """What the engine receives for an article in ``language``."""
        chosen = self.for_language(language)
        return VoiceSettings(chosen.engine, chosen.voice, chosen.language, chosen.rate, chosen.volume, chosen.pitch)

    def script_for(self, language: str) -> ScriptSettings:
        """How the script of an article in ``language`` is made."""
        chosen = self.for_language(language)
        disclosure = chosen.disclosure_text.strip() if chosen.disclosure else ""
        return ScriptSettings(chosen.pauses, chosen.max_chars, disclosure or None)

    def engines(self) -> set[str]:
        """Every engine the profile may use: its own and its languages'."""
        return {self.engine} | {entry.engine for entry in self.languages.values() if entry.engine}

    def validate(self, where: object = "the voice profile") -> None:
        """Raise :class:`ConfigError` for values out of range."""
        self._validate_voice(where)
        if self.max_workers is not None and not 1 <= self.max_workers <= 64:
            raise ConfigError(f"In {where}, max_workers must be between 1 and 64, not {self.max_workers}.")
        if not 50 <= self.max_chars <= 5000:
            raise ConfigError(f"In {where}, max_chars must be between 50 and 5000, not {self.max_chars}.")
        for name, value in dataclasses.asdict(self.pauses).items():
            if not 0 <= value <= 10_000:
                raise ConfigError(f"In {where}, pauses.{name} must be between 0 and 10000 ms, not {value}.")
        for code in self.languages:
            self.for_language(code)._validate_voice(f"{where} [languages.{code}]")

    def _validate_voice(self, where: object) -> None:
        if not 80 <= self.rate <= 450:
            raise ConfigError(f"In {where}, rate must be between 80 and 450 words per minute, not {self.rate}.")
        if not 0.0 <= self.volume <= 2.0:
            raise ConfigError(f"In {where}, volume must be between 0.0 and 2.0, not {self.volume}.")
        if not 0 <= self.pitch <= 100:
            raise ConfigError(f"In {where}, pitch must be between 0 and 100, not {self.pitch}.")
        if not self.engine.strip():
            raise ConfigError(f"In {where}, engine must name an engine such as espeak; see 'articlecast voices'.")
        check_language_code(self.language, where)


