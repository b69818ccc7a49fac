"""The library API: build articles into episodes and publish them in an output folder.

Stage by stage: :mod:`~.inputs` finds the article files; :mod:`~.processes` starts the
worker processes; :mod:`~.batch` claims each article's output and runs several at a
time; :mod:`~.episode` makes one article's episode; :mod:`~.freshness` decides what is
still as it was. The names below are imported on first use, so that the CLI can start
the workers before it imports the rest.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__all__ = [
    "ArticleResult",
    "BuildReport",
    "Listener",
    "build",
    "check_overrides",
    "failure_message",
    "find_articles",
    "prepare_output_folder",
    "start_workers",
]

_MODULES = {
    "build": "batch",
    "prepare_output_folder": "batch",
    "check_overrides": "inputs",
    "find_articles": "inputs",
    "start_workers": "processes",
    **dict.fromkeys(("ArticleResult", "BuildReport", "Listener", "failure_message"), "report"),
}

if TYPE_CHECKING:
    from .batch import build, prepare_output_folder
    from .inputs import check_overrides, find_articles
    from .processes import start_workers
    from .report import ArticleResult, BuildReport, Listener, failure_message


def __getattr__(name: str) -> Any:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f".{_MODULES[name]}", __name__), name)
