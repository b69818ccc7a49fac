"""What every command shares: options, settings lookup, logging, and errors as one line."""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import EXIT_INTERRUPTED, ArticlecastError, exit_code

if TYPE_CHECKING:
    from ..config.lookup import Resolved
    from ..pipeline import ArticleResult

F = TypeVar("F", bound=Callable[..., Any])

FLAGS = {"out_dir": "-o/--out", "fit": "--fit", "jobs": "--jobs", "report": "--report", "scheduler": "--scheduler", "cache": "--cache"}
"""The flag that sets each library setting named in an error message."""
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

OUT_OPTION = click.option(
    "-o", "--out", "out_dir", default="audio", show_default=True, type=click.Path(path_type=Path), help="Output folder."
)
CONFIG_OPTION = click.option(
    "-c", "--config", "config_path", type=click.Path(path_type=Path),
    help="Settings file. [default: $ARTICLECAST_CONFIG, else ./articlecast.toml if present]",
)  # fmt: skip
VOICE_OPTION = click.option(
    "--voice", "voice_path", type=click.Path(path_type=Path),
    help="Voice profile (TOML). [default: $ARTICLECAST_VOICE, else voices/default.toml if present]",
)  # fmt: skip
FIT_OPTION = click.option(
    "--fit", is_flag=True, help="Crop and scale cover images to a square of 1400-3000 px instead of refusing them."
)
FEED_LIMIT_OPTION = click.option(
    "--feed-limit", type=click.IntRange(0), help="Only the newest N episodes in the feed. [default: [channel] feed_limit, else all]"
)
JSON_OPTION = click.option("--json", "as_json", is_flag=True, help="Print JSON for tools.")


def _set_verbosity(context: click.Context, _: click.Parameter, count: int) -> None:
    if count:
        configure_logging(level=logging.INFO if count == 1 else logging.DEBUG)


def _set_log_file(context: click.Context, _: click.Parameter, path: Path | None) -> None:
    if path is not None:
        configure_logging(path=path)


def logging_options(command: F) -> F:
    """``-v/--verbose`` (twice for debug) and ``--log-file``, on the group and on every command."""
    command = click.option(
        "--log-file", type=click.Path(path_type=Path), expose_value=False, callback=_set_log_file,
        help="Also write the log (at debug level) to this file.",
    )(command)  # fmt: skip
    return click.option(
        "-v", "--verbose", count=True, expose_value=False, callback=_set_verbosity,
        help="Show retries, cache misses and timings per stage on stderr (-vv: more).",
    )(command)  # fmt: skip


def configure_logging(level: int | None = None, path: Path | None = None) -> None:
    """Send articlecast's log to stderr at ``level`` (warnings alone, plainly, by default), or (at
    debug level) also to the file ``path``."""
    logger = logging.getLogger("articlecast")
    if path is not None:
        try:
            handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
        except OSError as error:
            raise click.UsageError(f"Cannot write the log file {path} ({error.strerror or error}).") from None
        handler.setLevel(logging.DEBUG)
        handler.setFormatter(logging.Formatter(LOG_FORMAT))
        logger.addHandler(handler)
    else:
        handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None) or _StderrHandler()
        if handler not in logger.handlers:
            logger.addHandler(handler)
        handler.setLevel(min(handler.level or logging.WARNING, level or logging.WARNING))
        detailed = handler.level < logging.WARNING
        handler.setFormatter(logging.Formatter(LOG_FORMAT if detailed else "%(message)s"))
    logger.setLevel(min(handler.level for handler in logger.handlers if not isinstance(handler, logging.NullHandler)))


class _StderrHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """The CLI's log on stderr: warnings by default, more with -v."""

    def __init__(self) -> None:
        super().__init__(sys.stderr)
        self.setLevel(logging.WARNING)


def resolve(config_path: Path | None = None, voice_path: Path | None = None, feed_limit: int | None = None) -> Resolved:
    """The effective settings and voice profile, the command line first (see :mod:`articlecast.config.lookup`)."""
    from ..config.lookup import resolve as resolve_settings

    flags = {"channel": {"feed_limit": feed_limit}} if feed_limit is not None else None
    return resolve_settings(config_path, voice_path, flags)


_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(text: object) -> str:
    """``text`` safe to print: control characters (a terminal's escape sequences) and undecodable bytes of a file
    name are written as escapes (``\\x1b``), so that what an article or file is called cannot drive the terminal."""
    return _UNPRINTABLE.sub(lambda match: f"\\x{ord(match.group()) & 0xFF:02x}", str(text))


def failure_line(result: ArticleResult) -> str:
    """Why an article failed, naming settings as this command's flags (printable)."""
    if isinstance(result.exception, ArticlecastError):
        return shown(result.exception.describe(FLAGS))
    return shown(result.error or "unknown failure")


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn articlecast's own errors into one line on stderr and their exit code (:func:`~articlecast.errors.exit_code`)."""
    try:
        yield
    except ArticlecastError as error:
        click.echo(f"Error: {shown(error.describe(FLAGS))}", err=True)
        raise SystemExit(exit_code(error)) from None
    except KeyboardInterrupt:
        click.echo("Interrupted; no partial files were left.", err=True)
        raise SystemExit(EXIT_INTERRUPTED) from None
