"""Worker processes for voicing and encoding, shared by every article of a build.

Workers are started with the ``spawn`` method: forking a process after a speech
engine exists hangs. A worker that dies (eSpeak NG can crash) breaks the pool; the
next task gets a fresh one.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

T = TypeVar("T")


class Workers:
    """A pool of ``jobs`` spawned worker processes, recreated when one dies."""

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(1, jobs)
        self._pool: ProcessPoolExecutor | None = None
        self._lock = threading.Lock()

    def submit(self, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``function(*args)`` in a worker."""
        with self._lock:
            if self._pool is None:
                self._pool = new_pool(self.jobs)
            try:
                return self._pool.submit(function, *args)
            except BrokenProcessPool:
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = new_pool(self.jobs)
                return self._pool.submit(function, *args)

    def close(self) -> None:
        """Stop the workers (pending tasks are cancelled)."""
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of spawned workers with a quiet stdout."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_quiet_stdout)


def _quiet_stdout() -> None:
    """Keep engine chatter ("Audio saved to ...") off our stdout, which may carry JSON for tools."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
