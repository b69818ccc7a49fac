"""How many worker processes a build may start, and when it must work in its own process.

Worker processes are spawned: each imports the program's main module again. A script
that calls :func:`articlecast.build` at its top level without an
``if __name__ == "__main__":`` guard would run again in every worker, so for such a
script the build works in the calling process instead (slower, same result), and says so
in the log. Interactive sessions, notebooks and ``python -m`` programs spawn workers as usual.
"""

from __future__ import annotations

import ast
import inspect
import logging
import multiprocessing
import os
import sys
from pathlib import Path

from ..config import VoiceProfile
from ..engines import worker_count
from ..errors import ArticlecastError

_LOGGER = logging.getLogger(__name__)


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
