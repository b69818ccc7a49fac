"""Reading settings files: TOML tables into validated dataclasses."""

from __future__ import annotations

import dataclasses
import tomllib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from ..errors import ConfigError

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


def table(value: Any, problem: str, path: object) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"In {path}, {problem}.")
    return value


_TYPE_NAMES = {str: "text", int: "a whole number", float: "a number", bool: "true or false"}
_TABLES = ("pauses", "languages", "configured", "source")
"""Fields filled from sub-tables or by the loader, never from a key of the table itself."""


def from_mapping(cls: type[T], data: dict[str, Any], where: object) -> T:
    """Build dataclass ``cls`` from ``data``, rejecting unknown keys and wrong types."""
    hints = typing.get_type_hints(cls)
    fields = [f.name for f in dataclasses.fields(cls) if f.name not in _TABLES]  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(fields))
    if unknown:
        raise ConfigError(f"In {where}, unknown setting {unknown[0]!r}; known settings: {', '.join(fields)}.")
    values = {}
    for name, value in data.items():
        expected = plain_type(hints[name])
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        elif not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            raise ConfigError(f"In {where}, {name} must be {_TYPE_NAMES[expected]}, not {value!r}.")
        values[name] = value
    return cls(**values)


def plain_type(hint: Any) -> type:
    """``int`` for ``int`` and ``int | None``."""
    if isinstance(hint, types.UnionType):
        return next(arg for arg in typing.get_args(hint) if arg is not type(None))
    return hint
