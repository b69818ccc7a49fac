"""Which article files a build takes: folders and glob patterns expanded, metadata overrides checked."""

from __future__ import annotations

import glob
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from ..article import ARTICLE_SUFFIXES
from ..errors import ArticleError


def find_articles(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders (their article files, sorted) and glob patterns into article paths."""
    found: list[Path] = []
    for item in map(str, paths):
        path = Path(item)
        if path.is_dir():
            articles = sorted(p for p in path.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
            if not articles:
                raise ArticleError(f"{path} holds no articles ({', '.join(sorted(ARTICLE_SUFFIXES))}); check the folder.")
            found += articles
        elif not path.exists() and glob.has_magic(item):
            matches = sorted(Path(match) for match in glob.glob(item))
            if not matches:
                raise ArticleError(f"No files match {item}; check the pattern.")
            found += matches
        else:
            found.append(path)
    return found


def check_overrides(sources: Sequence[object], overrides: Mapping[str, str] | None) -> None:
    """Raise :class:`ArticleError` if metadata overrides are given for anything but one article."""
    if overrides and len(sources) != 1:
        raise ArticleError(
            f"Title, author, date, url and language overrides describe one article, but {len(sources)} were given; "
            "build that article on its own."
        )
