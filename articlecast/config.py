"""Voice profiles (``voices/*.toml``) and the channel configuration (``articlecast.toml``)."""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import logging
import os
import platform
import tomllib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError
from .language import LANGUAGE_CODE, base_language, language_code

DISCLOSURE = "This audio is created with AI assistance."
DISCLOSURES = {
    "en": DISCLOSURE,
    "uk": "Це аудіо створено за допомогою штучного інтелекту.",
    "ru": "Это аудио создано с помощью искусственного интеллекта.",
}
"""The built-in disclosure in each language that has one; the others get the English one."""
SETTINGS_FILE = "articlecast.toml"


def _check_language_code(language: str, where: object) -> None:
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

    @classmethod
    def load(cls, path: str | Path) -> VoiceProfile:
        """Read a voice profile from a TOML file."""
        data = read_toml(Path(path))
        pauses = _table(data.pop("pauses", {}), "[pauses] must be a table of milliseconds", path)
        languages = _table(data.pop("languages", {}), "[languages] must hold one table per language, like [languages.uk]", path)
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
        profile = _from_mapping(cls, data, path)
        entries = {}
        for code, entry in languages.items():
            where = f"{path} [languages.{code}]"
            if LANGUAGE_CODE.fullmatch(code) is None:
                raise ConfigError(f"In {path}, [languages.{code}] is not a language code; use a lower-case code such as uk or en-gb.")
            entries[code] = _from_mapping(LanguageVoice, _table(entry, f"[languages.{code}] must be a table", path), where)
        profile = dataclasses.replace(profile, pauses=_from_mapping(Pauses, pauses, f"{path} [pauses]"), languages=entries)
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
            return dataclasses.replace(self, language=code if voice is None else self.language, engine=engine, voice=voice, disclosure_text=disclosure)
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
        _check_language_code(self.language, where)


@dataclass(frozen=True)
class AudioSettings:
    """The MP3 written (``[audio]`` in ``articlecast.toml``): mono 44.1 kHz CBR 96 kbps by default."""

    bitrate_kbps: int = 96
    sample_rate: int = 44100
    channels: int = 1
    loudness: float = -16.0
    """Integrated loudness target in LUFS (Apple: −16 ± 1; AES TD1004: −16 to −20)."""
    true_peak: float = -1.0
    """Highest true peak allowed in dBTP."""

    def validate(self, where: object = "the audio settings") -> None:
        """Raise :class:`ConfigError` for settings LAME cannot encode."""
        if self.bitrate_kbps not in (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320):
            raise ConfigError(f"In {where}, bitrate_kbps must be an MP3 bit rate such as 64, 96 or 128, not {self.bitrate_kbps}.")
        if self.sample_rate not in (22050, 24000, 32000, 44100, 48000):
            raise ConfigError(f"In {where}, sample_rate must be 22050, 24000, 32000, 44100 or 48000, not {self.sample_rate}.")
        if self.channels not in (1, 2):
            raise ConfigError(f"In {where}, channels must be 1 or 2, not {self.channels}.")
        if not -30.0 <= self.loudness <= -10.0:
            raise ConfigError(f"In {where}, loudness must be between -30.0 and -10.0 LUFS, not {self.loudness}.")
        if not -9.0 <= self.true_peak <= 0.0:
            raise ConfigError(f"In {where}, true_peak must be between -9.0 and 0.0 dBTP, not {self.true_peak}.")


@dataclass(frozen=True)
class Channel:
    """The podcast channel that the feed describes (``[channel]`` in ``articlecast.toml``)."""

    title: str = "articlecast"
    link: str = "https://example.com/"
    description: str = "Articles, read aloud. This audio is created with AI assistance."
    language: str | None = None
    """The feed's language code (``en``, ``uk``, ``en-gb``); None follows the episodes' language (most of them)."""
    author: str = "articlecast"
    owner_name: str = ""
    owner_email: str = ""
    image: str = ""
    """The show's square cover art: a URL, or a local JPEG/PNG file (relative to the settings file)
    that is copied into the output folder; empty draws a plain cover from the title."""
    category: str = "News"
    """An Apple Podcasts category."""
    subcategory: str = ""
    """One of the category's subcategories, or empty."""
    explicit: bool = False
    base_url: str = ""
    """URL under which the output folder is published; empty makes enclosure URLs relative to the feed."""
    feed_limit: int = 0
    """Only the newest this many episodes go into the feed (the catalog keeps them all); 0 for all."""
    configured: bool = field(default=False, compare=False)
    """Whether these settings came from a file (False: built-in defaults)."""

    def validate(self, where: object = "the channel settings") -> None:
        """Raise :class:`ConfigError` for a category Apple does not know or a negative feed limit."""
        from .publish.categories import category_problem

        problem = category_problem(self.category, self.subcategory)
        if problem:
            raise ConfigError(f"In {where}, {problem}.")
        if self.language is not None:
            _check_language_code(self.language, where)
        if self.feed_limit < 0:
            raise ConfigError(f"In {where}, feed_limit must be 0 (all episodes) or more, not {self.feed_limit}.")


@dataclass(frozen=True)
class Settings:
    """The publication's settings: ``articlecast.toml`` with its ``[channel]`` and ``[audio]`` tables."""

    channel: Channel = field(default_factory=Channel)
    audio: AudioSettings = field(default_factory=AudioSettings)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Settings:
        """Read ``path``, or ``./articlecast.toml`` when it exists; else built-in defaults."""
        if path is None:
            path = Path(SETTINGS_FILE)
            if not path.is_file():
                return cls()
        data = read_toml(Path(path))
        unknown = sorted(set(data) - {"channel", "audio"})
        if unknown:
            raise ConfigError(f"In {path}, unknown table [{unknown[0]}]; known tables: [channel], [audio].")
        tables = {}
        for name in ("channel", "audio"):
            table = data.get(name, {})
            if not isinstance(table, dict):
                raise ConfigError(f"In {path}, [{name}] must be a table.")
            tables[name] = table
        channel = dataclasses.replace(_from_mapping(Channel, tables["channel"], f"{path} [channel]"), configured=True)
        channel.validate(f"{path} [channel]")
        if channel.image and "://" not in channel.image:
            channel = dataclasses.replace(channel, image=str(Path(path).parent / channel.image))
        audio = _from_mapping(AudioSettings, tables["audio"], f"{path} [audio]")
        audio.validate(f"{path} [audio]")
        return cls(channel, audio)


T = TypeVar("T")


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's tables, or :class:`ConfigError` saying what to fix."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path} does not exist; check the path of the configuration file.") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a folder, not a file; give the path of a .toml file.") from None
    except OSError as error:
        raise ConfigError(f"{path} cannot be read ({error.strerror or error}); check its permissions.") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path} is not UTF-8 text; save it as UTF-8.") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path} is not valid TOML ({error}); fix the file.") from None


def _table(value: Any, problem: str, path: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"In {path}, {problem}.")
    return value


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}
_TABLES = ("pauses", "languages", "configured")


def _from_mapping(cls: type[T], data: dict[str, Any], where: object) -> T:
    """Build dataclass ``cls`` from ``data``, rejecting unknown keys and wrong types."""
    hints = typing.get_type_hints(cls)
    fields = [f.name for f in dataclasses.fields(cls) if f.name not in _TABLES]  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(f"In {where}, unknown setting {unknown[0]!r}; known settings: {', '.join(fields)}.")
    values = {}
    for name, value in data.items():
        expected = _plain_type(hints[name])
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"In {where}, {name} must be {_TYPE_NAMES[expected]}, not {value!r}.")
        values[name] = value
    return cls(**values)


def _plain_type(hint: Any) -> type:
    """``int`` for ``int`` and ``int | None``."""
    if isinstance(hint, types.UnionType):
        return next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return hint
