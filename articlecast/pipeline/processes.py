"""A build's worker processes: how many, when there must be none, and starting them early.

Worker processes are spawned: each imports the program's main module again. A script
that calls :func:`articlecast.build` at its top level without an
``if __name__ == "__main__":`` guard would run again in every worker, so for such a
script the build works in the calling process instead (slower, same result), and says so
in the log. Interactive sessions, notebooks and ``python -m`` programs spawn workers as usual.

Workers start before anything else when some article may need building, and load what
they will likely need: a voicing worker its engine and the encoder; for an article never
built, a splitting worker (the ``sentence-splitting`` lane) nltk, about a second and
100 MB with the scipy modules it imports, which the voicing workers need not carry. An
edit of an article built before seldom needs nltk at all (a typo fixed keeps its
paragraph's split: see :func:`~articlecast.speech.sentences.resplit`).
"""

from __future__ import annotations

import ast
import functools
import inspect
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from ..cache import Cache
from ..config import VoiceProfile
from ..engines import worker_count
from ..errors import ArticlecastError
from ..publish import Catalog
from ..render.warmup import warm_up_worker
from ..speech.sentences import split_sentences
from ..workers import TaskRunner, Workers

SPLITTING_LANE = "sentence-splitting"
"""The workers that split paragraphs into sentences."""

_LOGGER = logging.getLogger(__name__)


def start_workers(
    sources: Sequence[Path], out: Path, profile: VoiceProfile, jobs: int | None, scheduler: str | None, cache: Cache
) -> TaskRunner:
    """The workers for building ``sources`` into ``out``: local processes (see :func:`worker_processes`),
    or the Dask cluster's at ``scheduler``. If some article may need building (see :func:`guess_changes`),
    a voicing worker starts and warms at once, and a splitting worker too when an article is new; the
    caller closes them."""
    engine = profile.voice_for(profile.language).engine
    if scheduler:
        from ..cluster import ClusterWorkers

        workers: TaskRunner = ClusterWorkers(scheduler, cache.root)
    else:
        workers = Workers(worker_processes(profile, jobs))
    changes = guess_changes(sources, out)
    if changes == "new":
        workers.warm(SPLITTING_LANE, functools.partial(split_sentences, "Warm up.", profile.language))
    if changes != "none":
        workers.warm(engine, functools.partial(warm_up_worker, engine))
    return workers


def guess_changes(sources: Sequence[Path], out: Path) -> Literal["none", "edited", "new"]:
    """A guess from file times alone, before any article is read: ``new`` when some source is new to
    ``out``'s catalog, ``edited`` when some was saved since its episode was last built, else ``none``.
    It only decides whether a worker starts early, and what it loads first (a rebuild of unchanged
    articles needs no worker); what is rebuilt is decided by the build's keys."""
    try:
        with Catalog.open(out, create=False) as catalog:
            built = {episode.source: episode.updated.timestamp() for episode in catalog.episodes() if episode.source}
    except ArticlecastError:  # no catalog yet, or one that the build will report
        return "new"
    changes: Literal["none", "edited", "new"] = "none"
    for source in sources:
        try:
            saved = int(source.stat().st_mtime)  # whole seconds, as the episode's time is stored
        except OSError:
            return "new"
        if source.name not in built:
            return "new"
        if saved >= built[source.name]:  # saved in the second it was built: perhaps after
            changes = "edited"
    return changes


def worker_processes(profile: VoiceProfile, jobs: int | None) -> int:
    """Worker processes for a build: ``jobs`` (default: one per CPU) capped by the profile's engines,
    or 0 (work in this process) when ``jobs`` is 0 or spawned workers would run the calling script again."""
    if is_reimporting_main():
        raise ArticlecastError(
            "articlecast.build() was called while a worker process was starting, from a script without an "
            "'if __name__ == \"__main__\":' guard; put the call under that guard."
        )
    if jobs == 0:
        return 0
    if not main_is_safe_to_spawn():
        _LOGGER.warning(
            "Building in this process: the calling script has no 'if __name__ == \"__main__\":' guard, "
            "and each worker process would run it again; add the guard to use worker processes."
        )
        return 0
    return worker_count(profile, jobs or os.cpu_count() or 1)


def main_is_safe_to_spawn() -> bool:
    """Whether spawned workers can start: False when the main script is running its top level
    and this call comes from a statement of it that is not under a ``__name__`` guard."""
    main = sys.modules.get("__main__")
    path = getattr(main, "__file__", None)
    if main is None or getattr(main.__spec__, "name", None) or not path:
        return True  # python -m, an interactive session or a notebook: workers do not run it again
    for frame_info in inspect.stack(context=0):
        frame = frame_info.frame
        if frame.f_globals is main.__dict__ and frame.f_code.co_name == "<module>":
            return _is_guarded(Path(path), frame.f_lineno)
    return True


def is_reimporting_main() -> bool:
    """Whether this is a worker process running the main script again while it starts."""
    if multiprocessing.current_process().name == "MainProcess":
        return False
    return any(
        frame_info.frame.f_code.co_name == "<module>" and frame_info.frame.f_globals.get("__name__") == "__mp_main__"
        for frame_info in inspect.stack(context=0)
    )


def _is_guarded(path: Path, line: int) -> bool:
    """Whether line ``line`` of the script lies under ``if __name__ == "__main__":``."""
    try:
        tree = ast.parse(path.read_bytes())
    except (OSError, SyntaxError, ValueError):
        return False
    for statement in tree.body:
        if statement.lineno <= line <= (statement.end_lineno or statement.lineno):
            return isinstance(statement, ast.If) and _is_main_test(statement.test)
    return False


def _is_main_test(test: ast.expr) -> bool:
    """``__name__ == "__main__"`` (either way round)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.Eq)):
        return False
    sides = {ast.unparse(test.left), ast.unparse(test.comparators[0])}
    return sides in ({"__name__", "'__main__'"}, {"__name__", '"__main__"'})
