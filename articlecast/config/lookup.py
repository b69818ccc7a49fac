"""Where settings come from, in a documented order, and which source gave each one.

Publication settings (``[channel]``, ``[audio]``), key by key, the first found winning:

1. the command line (``--feed-limit``);
2. the environment: ``ARTICLECAST_CHANNEL_<KEY>`` and ``ARTICLECAST_AUDIO_<KEY>``
   (``ARTICLECAST_CHANNEL_BASE_URL=https://…``);
3. the settings file: ``--config FILE``, else ``$ARTICLECAST_CONFIG``, else
   ``./articlecast.toml`` when it exists;
4. the user's settings file, ``articlecast.toml`` in the platform's config folder
   (``~/.config/articlecast/`` on Linux), when it exists;
5. built-in defaults.

The voice profile is one file, the first of: ``--voice FILE``, ``$ARTICLECAST_VOICE``,
``./voices/default.toml``, ``voices/default.toml`` in the user's config folder, else
built-in defaults.
"""

from __future__ import annotations

import os
import typing
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .publication import SETTINGS_FILE, TABLES, Layer, Settings, read_layer, settings_from_layers
from .toml import plain_type
from .voice import VoiceProfile

ENV_PREFIX = "ARTICLECAST_"
CONFIG_ENV = "ARTICLECAST_CONFIG"
VOICE_ENV = "ARTICLECAST_VOICE"
PROFILE_FILE = Path("voices") / "default.toml"
DEFAULTS = "built-in default"


def user_config_dir() -> Path:
    """The platform's folder for the user's articlecast settings."""
    from platformdirs import user_config_path

    return Path(user_config_path("articlecast", appauthor=False))


@dataclass(frozen=True)
class Resolved:
    """The effective settings and voice profile, and where each came from."""

    settings: Settings
    profile: VoiceProfile
    origins: dict[str, str]
    """Where each set key came from (``channel.title`` → ``./articlecast.toml``); absent: built-in default."""
    profile_origin: str

    def rows(self) -> list[tuple[str, object, str]]:
        """(name, value, origin) for every setting, for ``articlecast config``."""
        rows: list[tuple[str, object, str]] = [("voice profile", self.profile.source, self.profile_origin)]
        rows.append(("lexicon", self.profile.lexicon, "voice profile" if self.profile.lexicon else DEFAULTS))
        for name in ("engine", "voice", "language", "rate", "volume", "pitch", "max_chars", "disclosure", "disclosure_text"):
            rows.append((f"voice.{name}", getattr(self.profile, name), "voice profile" if self.profile.source else DEFAULTS))
        for table, kind in TABLES.items():
            values = getattr(self.settings, table)
            for field in fields(kind):
                if field.name != "configured":
                    key = f"{table}.{field.name}"
                    rows.append((key, getattr(values, field.name), self.origins.get(key, DEFAULTS)))
        return rows


def resolve(
    config_path: Path | None = None,
    voice_path: Path | None = None,
    flags: Mapping[str, Mapping[str, Any]] | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Resolved:
    """The effective settings and voice profile (see the module's docstring for the order).
    ``flags`` holds command-line values by table and key (``{"channel": {"feed_limit": 5}}``)."""
    env = os.environ if env is None else env
    cwd = cwd or Path.cwd()
    layers: list[Layer] = []
    user_file = user_config_dir() / SETTINGS_FILE
    if user_file.is_file():
        layers.append(read_layer(user_file))
    settings_file = config_path or (Path(env[CONFIG_ENV]) if env.get(CONFIG_ENV) else None)
    if settings_file is None and (cwd / SETTINGS_FILE).is_file():
        settings_file = cwd / SETTINGS_FILE
    if settings_file is not None:
        layers.append(read_layer(settings_file))
    environment = _environment_layer(env)
    if environment[1]:
        layers.append(environment)
    if flags:
        layers.append(("the command line", {table: dict(values) for table, values in flags.items()}))
    settings, origins = settings_from_layers(layers)
    profile, profile_origin = _profile(voice_path, env, cwd)
    return Resolved(settings, profile, origins, profile_origin)


def _profile(voice_path: Path | None, env: Mapping[str, str], cwd: Path) -> tuple[VoiceProfile, str]:
    if voice_path is not None:
        return VoiceProfile.load(voice_path), "--voice"
    if env.get(VOICE_ENV):
        return VoiceProfile.load(env[VOICE_ENV]), VOICE_ENV
    for folder, origin in ((cwd, "the current folder"), (user_config_dir(), "the user's config folder")):
        if (folder / PROFILE_FILE).is_file():
            return VoiceProfile.load(folder / PROFILE_FILE), origin
    return VoiceProfile(), DEFAULTS


def _environment_layer(env: Mapping[str, str]) -> Layer:
    """``ARTICLECAST_CHANNEL_*`` and ``ARTICLECAST_AUDIO_*`` variables as settings, typed like the fields."""
    tables: dict[str, dict[str, Any]] = {table: {} for table in TABLES}
    for name, text in env.items():
        for table, kind in TABLES.items():
            prefix = f"{ENV_PREFIX}{table.upper()}_"
            if not name.startswith(prefix):
                continue
            key = name[len(prefix) :].lower()
            hints = typing.get_type_hints(kind)
            if key not in hints or key == "configured":
                known = ", ".join(f"{prefix}{field.upper()}" for field in hints if field != "configured")
                raise ConfigError(f"The environment variable {name} is not a setting; known: {known}.")
            tables[table][key] = _typed(text, plain_type(hints[key]), name)
    return "the environment", {table: values for table, values in tables.items() if values}


def _typed(text: str, kind: type, name: str) -> object:
    """An environment variable's text as a value of the setting's type."""
    try:
        if kind is bool:
            if text.lower() not in ("true", "false", "1", "0", "yes", "no"):
                raise ValueError(text)
            return text.lower() in ("true", "1", "yes")
        return kind(text)
    except ValueError:
        raise ConfigError(f"The environment variable {name} must be {kind.__name__}, not {text!r}.") from None
