"""articlecast: turn a news article into a narrated podcast episode, on your own machine.

The stages, each usable on its own: :func:`load_article` → :func:`prepare` →
voicing (:mod:`articlecast.engines`) → rendering (:mod:`articlecast.render`) →
publishing (:mod:`articlecast.publish`). :func:`build` runs them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticlecastError",
    "BuildReport",
    "Settings",
    "VoiceProfile",
    "build",
    "load_article",
    "prepare",
    "verify_episode",
]

_EXPORTS = {
    "Article": "article",
    "load_article": "sources",
    "ArticlecastError": "errors",
    "BuildReport": "build",
    "build": "build",
    "Settings": "config",
    "VoiceProfile": "config",
    "prepare": "speech",
    "verify_episode": "verify",
}

if TYPE_CHECKING:
    from .article import Article
    from .sources import load_article
    from .build import BuildReport, build
    from .config import Settings, VoiceProfile
    from .errors import ArticlecastError
    from .speech import prepare
    from .verify import verify_episode


def __getattr__(name: str) -> Any:
    """Import the public names on first use, so that the CLI starts fast."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'articlecast' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
