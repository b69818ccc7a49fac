"""Property-based fuzzing: any article file gives a script or one ArticlecastError, never another
exception, and in bounded time (no regular expression with super-linear backtracking)."""

from __future__ import annotations

import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from articlecast.errors import ArticlecastError
from fuzz_articles import article_files, script_of_file

SECONDS_PER_EXAMPLE = 20
"""Far above the slowest example seen (about a second); a hang or super-linear regex goes far past it."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail with TimeoutError when the block runs longer than ``seconds`` (SIGALRM: the main thread only)."""

    def expire(*_: object) -> None:
        raise TimeoutError(f"no answer after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def script_or_error(path: Path, cache: Path) -> object:
    """The script of the article at ``path``, or the ArticlecastError that refused it; anything else fails the test."""
    with time_limit(SECONDS_PER_EXAMPLE):
        try:
            return script_of_file(path, cache)
        except ArticlecastError as error:
            assert str(error) and "\n" not in str(error)
            return error


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                      HealthCheck.function_scoped_fixture])
@given(article_files())
def test_any_article_gives_a_script_or_one_articlecast_error(tmp_path: Path, drawn: tuple[str, bytes]) -> None:
    suffix, data = drawn
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    script_or_error(path, tmp_path / "cache")
