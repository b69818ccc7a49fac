"""One root exception for articlecast, with a subclass per stage.

Each message is one plain sentence that says what is wrong and what to do;
the CLI prints it as it is, without a traceback.
"""


class ArticlecastError(Exception):
    """Base class of every error articlecast raises on purpose."""


class ArticleError(ArticlecastError, ValueError):
    """The article file cannot be read or makes no sense."""


class ConfigError(ArticlecastError, ValueError):
    """A voice profile or channel configuration is invalid."""


class EngineError(ArticlecastError, RuntimeError):
    """The speech engine is missing or failed to voice a segment."""


class RenderError(ArticlecastError, RuntimeError):
    """The audio could not be assembled, encoded or tagged."""


class PublishError(ArticlecastError, RuntimeError):
    """The output folder, catalog or feed cannot be written."""


class ArtworkError(ArticlecastError, ValueError):
    """A cover image is missing or not one that podcast apps accept."""


class CacheError(ArticlecastError, OSError):
    """The clip cache cannot be read or written (not a folder, no permission, disk full)."""


class VerifyError(ArticlecastError, RuntimeError):
    """A published episode cannot be checked (no transcript beside it, the verify extra missing)."""
