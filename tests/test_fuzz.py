"""Property-based fuzzing: any article file gives a script or one ArticlecastError, never another
exception, and in bounded time (no regular expression with super-linear backtracking).

The draws are derandomized, so that CI is repeatable; ``make fuzz`` explores new inputs for as long as it is given."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from articlecast.cache import Cache
from articlecast.config import VoiceProfile
from articlecast.errors import ArticlecastError
from fuzz_articles import article_files, likely_articles, script_of_file

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


@settings(max_examples=150, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                      HealthCheck.function_scoped_fixture])
@given(article_files())
def test_any_article_gives_a_script_or_one_articlecast_error(tmp_path: Path, drawn: tuple[str, bytes]) -> None:
    suffix, data = drawn
    path = tmp_path / f"article{suffix}"
    path.write_bytes(data)
    script_or_error(path, tmp_path / "cache")


@settings(max_examples=4, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                                   HealthCheck.function_scoped_fixture])
@given(likely_articles())
def test_any_article_builds_or_fails_with_one_articlecast_error(tmp_path_factory: pytest.TempPathFactory, drawn: tuple[str, bytes]) -> None:
    """The real build, in-process with eSpeak NG: each article's failure is an ArticlecastError (the build
    catches everything else too, so the test looks at what it caught)."""
    from articlecast.pipeline import build

    folder = tmp_path_factory.mktemp("fuzz-build")
    suffix, data = drawn
    path = folder / f"article{suffix}"
    path.write_bytes(data)
    with time_limit(SECONDS_PER_EXAMPLE * 3):
        report = build([path], folder / "out", VoiceProfile(engine="espeak"), jobs=0, cache=Cache(folder / "cache"))
    (result,) = report.results
    assert result.status == "built" or isinstance(result.exception, ArticlecastError), result.error
    if result.status == "built":
        assert (folder / "out" / result.episode.audio_file).stat().st_size > 0


def test_the_long_fuzz_run_reports_its_counts(tmp_path: Path) -> None:
    """``make fuzz`` runs bench/fuzz.py for minutes; here for a few seconds."""
    import subprocess
    import sys

    from conftest import ROOT

    result = subprocess.run([sys.executable, str(ROOT / "bench" / "fuzz.py"), "--minutes", "0.05", "--build-every", "0",
                             "--out", str(tmp_path / "crashes")], capture_output=True, text=True, timeout=300)  # fmt: skip
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert " examples in " in result.stdout and "refused" in result.stdout
