"""The publication's settings (``articlecast.toml``): the podcast channel and the MP3 written."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .categories import category_problem
from .toml import from_mapping, read_toml
from .voice import check_language_code

SETTINGS_FILE = "articlecast.toml"


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
        problem = category_problem(self.category, self.subcategory)
        if problem:
            raise ConfigError(f"In {where}, {problem}.")
        if self.language is not None:
            check_language_code(self.language, where)
        if self.feed_limit < 0:
            raise ConfigError(f"In {where}, feed_limit must be 0 (all episodes) or more, not {self.feed_limit}.")


@dataclass(frozen=True)
class Settings:
    """The publication's settings: ``articlecast.toml`` with its ``[channel]`` and ``[audio]`` tables."""

    channel: Channel = field(default_factory=Channel)
    audio: AudioSettings = field(default_factory=AudioSettings)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Settings:
        """Read ``path``, or ``./articlecast.toml`` when it exists; else built-in defaults.
        (:func:`~articlecast.config.lookup.resolve_settings` also reads the user's file and the environment.)"""
        if path is None:
            path = Path(SETTINGS_FILE)
            if not path.is_file():
                return cls()
        return settings_from_layers([read_layer(Path(path))])[0]


Layer = tuple[str, dict[str, dict[str, Any]]]
"""Where some settings come from (a file, the environment, the command line), and their tables."""
TABLES = {"channel": Channel, "audio": AudioSettings}


def read_layer(path: Path) -> Layer:
    """The ``[channel]`` and ``[audio]`` tables of a settings file, checked; a local image made relative to the file."""
    data = read_toml(path)
    unknown = sorted(set(data) - set(TABLES))
    if unknown:
        raise ConfigError(f"In {path}, unknown table [{unknown[0]}]; known tables: [channel], [audio].")
    tables = {}
    for name, kind in TABLES.items():
        table = data.get(name, {})
        if not isinstance(table, dict):
            raise ConfigError(f"In {path}, [{name}] must be a table.")
        from_mapping(kind, table, f"{path} [{name}]")  # unknown keys and wrong types, named with their file
        tables[name] = dict(table)
    image = tables["channel"].get("image")
    if image and "://" not in image:
        tables["channel"]["image"] = str(path.parent / image)
    return str(path), tables


def settings_from_layers(layers: list[Layer]) -> tuple[Settings, dict[str, str]]:
    """The settings that the layers give, later ones winning key by key, and where each key came from."""
    merged: dict[str, dict[str, Any]] = {name: {} for name in TABLES}
    origins: dict[str, str] = {}
    for where, tables in layers:
        for name, values in tables.items():
            merged[name].update(values)
            origins.update({f"{name}.{key}": where for key in values})
    where = " and ".join(dict.fromkeys(origins.values())) or "the built-in settings"
    channel = from_mapping(Channel, merged["channel"], f"{where} [channel]")
    channel = dataclasses.replace(channel, configured=any(key.startswith("channel.") for key in origins))
    channel.validate(f"{where} [channel]")
    audio = from_mapping(AudioSettings, merged["audio"], f"{where} [audio]")
    audio.validate(f"{where} [audio]")
    return Settings(channel, audio), origins
