"""What a build reports: one result per article, and the build as a whole."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from ..errors import ArticlecastError
from ..publish import Episode

Status = Literal["built", "unchanged", "failed"]


@dataclass
class ArticleResult:
    """What happened to one article."""

    source: Path
    status: Status
    episode: Episode | None = None
    error: str | None = None
    """Why it failed, in one sentence."""
    exception: BaseException | None = None
    """The exception it failed with, traceback included: catch by type, or re-raise."""
    segments: int = 0
    cache_hits: int = 0
    voiced: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    """Time spent per stage: prepare, voice, encode, write."""
    lexicon_used: frozenset[str] = frozenset()
    """The profile's lexicon entries that matched in this article."""
    workers: dict[str, int] = field(default_factory=dict)
    """On a Dask cluster: how many of the article's tasks each worker (by address) ran."""

    def fail(self, error: BaseException) -> None:
        """Record ``error`` as this article's failure."""
        self.status, self.episode, self.exception, self.error = "failed", None, error, failure_message(error)


@dataclass(frozen=True)
class BuildReport:
    """What a build produced."""

    results: tuple[ArticleResult, ...]
    feed: Path | None
    out: Path
    lexicon_unused: tuple[str, ...] = ()
    """The profile's lexicon entries that matched nothing in the articles built or checked."""
    profile: str | None = None
    """The voice profile file used (None: built-in defaults)."""
    lexicon: str | None = None
    """The lexicon file used, if any."""

    @property
    def episodes(self) -> tuple[Episode, ...]:
        return tuple(r.episode for r in self.results if r.episode is not None)

    @property
    def failures(self) -> tuple[ArticleResult, ...]:
        return tuple(r for r in self.results if r.status == "failed")

    def raise_first_failure(self) -> None:
        """Re-raise the first failed article's exception, if any."""
        for result in self.failures:
            if result.exception is not None:
                raise result.exception

    def to_dict(self) -> dict[str, object]:
        """The report as JSON-ready data, for CI."""
        articles = []
        for result in self.results:
            episode = result.episode
            articles.append({
                "source": str(result.source),
                "status": result.status,
                "error": result.error,
                "error_type": type(result.exception).__name__ if result.exception else None,
                "mp3": str(self.out / episode.audio_file) if episode else None,
                "transcripts": {kind: str(self.out / name) for kind, name in episode.transcripts.items()} if episode else {},
                "duration": round(episode.duration, 3) if episode else None,
                "segments": result.segments,
                "cache_hits": result.cache_hits,
                "voiced": result.voiced,
                "seconds": result.seconds,
                "workers": result.workers,
            })  # fmt: skip
        counts = {status: sum(r.status == status for r in self.results) for status in ("built", "unchanged", "failed")}
        return {
            "out": str(self.out),
            "feed": str(self.feed) if self.feed else None,
            "profile": self.profile,
            "lexicon": self.lexicon,
            "counts": counts,
            "articles": articles,
        }


class Listener(Protocol):
    """Receives progress while a build runs (the CLI draws it)."""

    def article_started(self, source: Path, segments: int) -> None: ...

    def advanced(self, steps: int) -> None: ...

    def article_done(self, result: ArticleResult) -> None: ...


def failure_message(error: BaseException) -> str:
    """One sentence for an article that failed: our own errors say it themselves."""
    if isinstance(error, ArticlecastError):
        return str(error)
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return f"A file could not be read or written{where}: {error.strerror or error}; check free disk space and permissions."
    return f"Unexpected {type(error).__name__}: {error}; please report this with the article that caused it."
