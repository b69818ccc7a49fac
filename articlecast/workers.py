"""Worker processes for voicing and encoding, shared by every article of a build.

Workers are started with the ``spawn`` method: forking a process after a speech
engine exists hangs. A worker that dies (eSpeak NG can crash) breaks the pool; the
next task gets a fresh one, and the task it was running runs once more
(:meth:`Workers.gather`: the one retry policy). With no processes at all, tasks run
in the calling thread, one lane at a time.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Protocol, TypeVar

from .errors import WorkerError

T = TypeVar("T")
_LOGGER = logging.getLogger(__name__)

PARENT_CHECK_SECONDS = 0.5
# glibc's mallopt parameters, and the sizes below which freed memory is kept for reuse.
M_TRIM_THRESHOLD, M_MMAP_THRESHOLD = -1, -3
KEEP_FREED_BYTES, MAP_SEPARATELY_BYTES = 64 * 1024**2, 32 * 1024**2


class TaskRunner(Protocol):
    """What the pipeline needs of its workers: :class:`Workers` here, or a cluster's (``articlecast.cluster``)."""

    jobs: int
    articles_at_once: int
    """How many articles a build makes at a time to keep these workers busy."""

    def submit(self, lane: str, function: Callable[..., T], *args: Any) -> Future[T]: ...

    def gather(
        self,
        lane: str,
        function: Callable[..., T],
        arguments: Sequence[Sequence[Any]],
        on_done: Callable[[Future[T]], object] | None = None,
    ) -> list[Future[T]]: ...

    def run(self, lane: str, function: Callable[..., T], *args: Any) -> T: ...

    def warm(self, lane: str, function: Callable[[], object]) -> None: ...

    def cancel(self) -> None: ...

    def isolated(self) -> AbstractContextManager[TaskRunner]: ...

    def close(self) -> None: ...

    def __enter__(self) -> TaskRunner: ...

    def __exit__(self, *exc: object) -> None: ...


class Workers:
    """Pools of ``jobs`` spawned worker processes, one pool per lane, each recreated when a worker dies.

    A lane keeps apart tasks that must not share a process: each speech engine gets
    its own (two engines cannot share eSpeak NG's library state); encoding runs in the
    lane of the engine that voiced the clips.
    """

    def __init__(self, jobs: int = 1) -> None:
        self.jobs = max(0, jobs)
        """Worker processes per lane; 0 runs every task in the calling thread."""
        self.articles_at_once = max(1, self.jobs)
        self._pools: dict[str, ProcessPoolExecutor] = {}
        self._lanes: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        self._stopped = False

    def submit(self, lane: str, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``function(*args)`` in a worker of ``lane``; after :meth:`cancel`, a future holding :class:`WorkerError`."""
        if self._stopped:
            stopped: Future[T] = Future()
            stopped.set_exception(WorkerError("The build was stopped; its worker tasks were cancelled."))
            return stopped
        if not self.jobs:
            return self._run_here(lane, function, *args)
        with self._lock, _interrupts_blocked():
            pool = self._pools.get(lane) or self._pools.setdefault(lane, new_pool(self.jobs))
            try:
                return pool.submit(function, *args)
            except BrokenProcessPool:
                pool.shutdown(wait=False, cancel_futures=True)
                self._pools[lane] = new_pool(self.jobs)
                return self._pools[lane].submit(function, *args)

    def run(self, lane: str, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` in a worker of ``lane`` and return its result (see :meth:`gather`);
        :class:`WorkerError` if its worker died twice."""
        future = self.gather(lane, function, [args])[0]
        if isinstance(future.exception(), BrokenProcessPool):
            raise WorkerError(
                f"A worker process crashed twice running {function.__name__}; check free memory and try again."
            )
        return future.result()

    def gather(
        self,
        lane: str,
        function: Callable[..., T],
        arguments: Sequence[Sequence[Any]],
        on_done: Callable[[Future[T]], object] | None = None,
    ) -> list[Future[T]]:
        """Run ``function(*args)`` for each of ``arguments`` in ``lane``'s workers and wait for all,
        calling ``on_done`` with each future, in order, when it is final.

        A task whose worker died runs once more, in a fresh pool; if that one dies too, its
        future holds :class:`BrokenProcessPool`, for the caller to report.
        """
        futures = [self.submit(lane, function, *args) for args in arguments]
        for index, (args, future) in enumerate(zip(arguments, futures)):
            if isinstance(future.exception(), BrokenProcessPool):
                _LOGGER.warning("A worker died running %s; running it once more in a fresh process", function.__name__)
                futures[index] = self.submit(lane, function, *args)
                futures[index].exception()
            if on_done:
                on_done(futures[index])
        return futures

    def warm(self, lane: str, function: Callable[[], object]) -> None:
        """Start one of ``lane``'s workers now, running ``function`` (e.g. imports) in a background
        thread of its own: it is ready sooner when the first real task comes (which waits for any
        import still running), and a build that needs no worker after all does not wait for it.
        The pool starts the other workers when tasks queue up: a small rebuild needs one, and it
        starts faster without others competing for the CPU. A lane already started is left alone."""
        with self._lock:
            if lane in self._pools or not self.jobs:
                return
        self.submit(lane, _start_thread, function)

    def isolated(self) -> Workers:
        """Workers for a task that must run alone in a fresh process (a clip that failed twice)."""
        return Workers(1)

    def cancel(self) -> None:
        """Cancel the tasks not yet started (on Ctrl+C); tasks submitted later fail at once."""
        with self._lock:
            self._stopped = True
            for pool in self._pools.values():
                pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Stop the workers (pending tasks are cancelled, and no new ones accepted); wait for the running ones."""
        with self._lock:
            self._stopped = True
            for pool in self._pools.values():
                pool.shutdown(wait=True, cancel_futures=True)
            self._pools.clear()

    def _run_here(self, lane: str, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run the task now, in this thread, after any other of the lane's (engines are not thread-safe)."""
        future: Future[T] = Future()
        with self._lock:
            lock = self._lanes.setdefault(lane, threading.Lock())
        with lock:
            try:
                future.set_result(function(*args))
            except Exception as error:  # delivered through the future, as from a worker process
                future.set_exception(error)
        return future

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@contextmanager
def _interrupts_blocked() -> Iterator[None]:
    """Block SIGINT in this thread while it may start a worker: the worker inherits the blocked signal,
    so a Ctrl+C (sent to the whole process group) while it starts does not stop it half-way, with a
    traceback, before it ignores SIGINT itself (:func:`_start_worker`). A Ctrl+C meanwhile reaches
    this process when the signal is unblocked again."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no process groups to signal
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def new_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of spawned workers that keep our stdout clean and end with their parent."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"), initializer=_start_worker)


def _start_worker() -> None:
    """Leave Ctrl+C to the parent (which stops the workers), keep engine chatter ("Audio saved to ...")
    off our stdout, which may carry JSON for tools, keep freed memory for reuse, exit when the parent
    dies (a killed build would otherwise leave its workers waiting for ever), and exit quickly."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # SIGINT to the process group reaches the workers too
    reuse_freed_memory()
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    sys.stdout = open(os.devnull, "w")  # noqa: SIM115
    parent = os.getppid()
    threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    atexit.register(_skip_teardown)


def _skip_teardown() -> None:
    """A worker's last act: exit without tearing down nltk, scipy and numpy, which takes a fifth of a
    second that every build would wait for. Its results are delivered by then, and its files written."""
    sys.stderr.flush()
    os._exit(0)


def _start_thread(function: Callable[[], object]) -> None:
    threading.Thread(target=function, daemon=True).start()


def reuse_freed_memory() -> None:
    """Have glibc keep freed memory for the next allocation rather than give it back to the system.

    A worker allocates and frees a few MB of arrays per clip, and eSpeak NG's library is
    loaded and unloaded per clip; by default glibc returned that memory each time and
    faulted it in again: 1,000 page faults and 3 ms of system time per clip, measured.
    """
    if not sys.platform.startswith("linux"):
        return
    mallopt = getattr(ctypes.CDLL(None), "mallopt", None)  # absent from C libraries other than glibc's
    if mallopt is not None:
        mallopt(M_MMAP_THRESHOLD, MAP_SEPARATELY_BYTES)
        mallopt(M_TRIM_THRESHOLD, KEEP_FREED_BYTES)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(PARENT_CHECK_SECONDS)
    os._exit(1)
