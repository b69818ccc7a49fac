"""articlecast: turn a news article into a narrated podcast episode, on your own machine.

The stages, each usable on its own: :func:`load_article` → :func:`prepare` →
voicing (:mod:`articlecast.engines`) → rendering (:mod:`articlecast.render`) →
publishing (:mod:`articlecast.publish`). :func:`build` runs them all.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleError",
    "ArticleResult",
    "ArticlecastError",
    "ArtworkError",
    "BuildReport",
    "CacheError",
    "ClusterError",
    "ConfigError",
    "EngineError",
    "PublishError",
    "RenderError",
    "Settings",
    "VoiceProfile",
    "WorkerError",
    "build",
    "find_articles",
    "load_article",
    "prepare",
    "verify_episode",
]

_EXPORTS = {
    "Article": "article",
    "load_article": "sources",
    "ArticleResult": "pipeline",
    "BuildReport": "pipeline",
    "build": "pipeline",
    "find_articles": "pipeline",
    "Settings": "config",
    "VoiceProfile": "config",
    "prepare": "speech",
    "verify_episode": "publish.verify",
    **{
        name: "errors"
        for name in ("ArticleError", "ArticlecastError", "ArtworkError", "CacheError", "ClusterError",
                     "ConfigError", "EngineError", "PublishError", "RenderError", "WorkerError")  # fmt: skip
    },
}

# A library is silent unless the program using it configures logging.
logging.getLogger(__name__).addHandler(logging.NullHandler())

if TYPE_CHECKING:
    from .article import Article
    from .config import Settings, VoiceProfile
    from .errors import (
        ArticleError, ArticlecastError, ArtworkError, CacheError, ClusterError, ConfigError, EngineError, PublishError,
        RenderError, WorkerError,
    )
    from .pipeline import ArticleResult, BuildReport, build, find_articles
    from .sources import load_article
    from .publish.verify import verify_episode
    from .speech import prepare


def __getattr__(name: str) -> Any:
    """Import the public names on first use, so that the CLI starts fast."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'articlecast' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
