"""Build progress for people (a live line on a terminal) and for logs (a line per article)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

from .common import failure_line, shown

if TYPE_CHECKING:
    from ..pipeline import ArticleResult


class LineProgress:
    """One line per finished article on stdout (on stderr with ``to_stderr``, when stdout carries JSON); errors on stderr."""

    def __init__(self, quiet: bool = False, to_stderr: bool = False) -> None:
        self.quiet = quiet
        self.to_stderr = to_stderr

    def article_started(self, source: Path, steps: int) -> None:
        pass

    def advanced(self, steps: int) -> None:
        pass

    def article_done(self, result: ArticleResult) -> None:
        if result.status == "failed":
            click.echo(f"Error: {failure_line(result)}", err=True)
        elif not self.quiet and result.episode is not None:
            cached = f", {result.cache_hits} of {result.segments} clips cached" if result.cache_hits else ""
            line = f"{shown(result.source)} -> {result.episode.audio_file} ({result.status}, {result.episode.duration:.1f} s{cached})"
            click.echo(line, err=self.to_stderr)

    def close(self) -> None:
        pass


class TerminalProgress(LineProgress):
    """A live status line: articles done, steps (clips and pieces) done, time left."""

    def __init__(self, articles: int, stream: TextIO | None = None, to_stderr: bool = False) -> None:
        super().__init__(to_stderr=to_stderr)
        self.articles = articles
        self.done = self.begun = 0
        self.steps = self.steps_done = 0
        self.name = ""
        self.started = time.monotonic()
        self.drawn = 0.0
        self.stream = stream or click.get_text_stream("stderr")

    def article_started(self, source: Path, steps: int) -> None:
        self.name = shown(source.name)
        self.begun += 1
        self.steps += steps
        self._draw(force=True)

    def advanced(self, steps: int) -> None:
        self.steps_done += steps
        self._draw()

    def article_done(self, result: ArticleResult) -> None:
        self.done += 1
        self._clear()
        super().article_done(result)
        self._draw(force=True)

    def close(self) -> None:
        self._clear()

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self.drawn < 0.1:
            return
        self.drawn = now
        expected_steps = self.steps / self.begun * self.articles if self.begun else 0
        fraction = self.steps_done / expected_steps if expected_steps else 0.0
        elapsed = now - self.started
        left = f"{elapsed * (1 - fraction) / fraction:.0f} s left" if fraction > 0.01 else "estimating"
        line = f"[{self.done}/{self.articles}] {self.name}: {self.steps_done}/{self.steps} steps, {fraction:.0%}, {left}"
        self.stream.write("\r\x1b[2K" + line[:200])
        self.stream.flush()

    def _clear(self) -> None:
        self.stream.write("\r\x1b[2K")
        self.stream.flush()
