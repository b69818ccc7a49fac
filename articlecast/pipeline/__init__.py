"""The library API: build articles into episodes and publish them in an output folder.

Stage by stage: :mod:`~.batch` claims each article's output and runs several at a
time; :mod:`~.episode` makes one article's episode; :mod:`~.freshness` decides what is
still as it was; :mod:`~.processes` sizes the worker processes.
"""

from .batch import build, check_overrides, find_articles, prepare_output_folder
from .report import ArticleResult, BuildReport, Listener, failure_message

__all__ = [
    "ArticleResult",
    "BuildReport",
    "Listener",
    "build",
    "check_overrides",
    "failure_message",
    "find_articles",
    "prepare_output_folder",
]
