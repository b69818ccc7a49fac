"""One root exception for articlecast, with a subclass per stage.

Each message is one plain sentence that says what is wrong and what to do. A message
that tells the user to change a setting names it as ``{setting}``: ``str(error)`` says
it as the library takes it (``fit=True``), and the CLI says it as its flag (``--fit``)
through :meth:`ArticlecastError.describe`.
"""

from __future__ import annotations

SETTING = "{setting}"
"""Where a message names the setting that fixes the problem."""
LIBRARY_SETTINGS = {"fit": "fit=True", "out_dir": "out_dir"}
"""How the library API spells the settings that messages name."""


class ArticlecastError(Exception):
    """Base class of every error articlecast raises on purpose."""

    def __init__(self, message: str = "", *, setting: str | None = None) -> None:
        super().__init__(message)
        self.setting = setting
        """The setting (a parameter of :func:`articlecast.build`) that fixes the problem, if any."""

    def describe(self, spelling: dict[str, str] | None = None) -> str:
        """The message, naming the setting as ``spelling`` spells it (e.g. a command-line flag)."""
        message = str(self.args[0]) if self.args else ""
        if self.setting is None:
            return message
        names = {**LIBRARY_SETTINGS, **(spelling or {})}
        return message.replace(SETTING, names.get(self.setting, self.setting))

    def __str__(self) -> str:
        return self.describe()


class ArticleError(ArticlecastError, ValueError):
    """The article file cannot be read or makes no sense."""


class ConfigError(ArticlecastError, ValueError):
    """A voice profile or channel configuration is invalid."""


class EngineError(ArticlecastError, RuntimeError):
    """The speech engine is missing or failed to voice a segment."""


class VoicingError(EngineError):
    """The engine works, but failed to voice a text of one article (that article fails, the others go on)."""


class RenderError(ArticlecastError, RuntimeError):
    """The audio could not be assembled, encoded or tagged."""


class PublishError(ArticlecastError, RuntimeError):
    """The output folder, catalog or feed cannot be written."""


class ArtworkError(ArticlecastError, ValueError):
    """A cover image is missing or not one that podcast apps accept."""


class WorkerError(ArticlecastError, RuntimeError):
    """The workers cannot run a task: a worker process died twice running it, or the build was stopped."""


class ClusterError(WorkerError):
    """The Dask cluster cannot be used: the extra is missing, or the scheduler is not there or went away."""


class CacheError(ArticlecastError, OSError):
    """The clip cache cannot be read or written (not a folder, no permission, disk full)."""


class OutputError(PublishError):
    """The output folder cannot be written (read-only, no permission, disk full)."""


class VerifyError(ArticlecastError, RuntimeError):
    """A published episode cannot be checked (no transcript beside it, the verify extra missing)."""


EXIT_ARTICLE_FAILED = 1
"""Exit code: an article failed (or another of articlecast's errors not listed in :data:`EXIT_CODES`)."""
EXIT_USAGE = 2
"""Exit code: the command line or a settings file is wrong (click uses 2 for usage errors too)."""
EXIT_ENVIRONMENT = 3
"""Exit code: the machine is not ready: an engine missing, the cache or the output folder unwritable."""
EXIT_INTERRUPTED = 130
"""Exit code: stopped by Ctrl+C (SIGINT), as shells report it."""

EXIT_CODES: dict[type[BaseException], int] = {
    ConfigError: EXIT_USAGE,
    EngineError: EXIT_ENVIRONMENT,
    VoicingError: EXIT_ARTICLE_FAILED,
    WorkerError: EXIT_ENVIRONMENT,
    CacheError: EXIT_ENVIRONMENT,
    OutputError: EXIT_ENVIRONMENT,
}
"""The command-line exit code of each error class (its subclasses too); the README lists them."""


def exit_code(error: BaseException) -> int:
    """The exit code for a command that stopped with ``error`` (the nearest class in :data:`EXIT_CODES`)."""
    for cls in type(error).__mro__:
        if cls in EXIT_CODES:
            return EXIT_CODES[cls]
    return EXIT_ARTICLE_FAILED
