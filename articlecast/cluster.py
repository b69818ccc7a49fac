"""Workers on a Dask cluster: the interface of :class:`~articlecast.workers.Workers`, with the
tasks run by the cluster's workers instead of local processes.

``distributed`` is imported only here, and only when a build is given a scheduler's address.
Tasks read and write the cache by path, so the cache folder must be one that every machine
mounts at the same path; :class:`ClusterWorkers` checks that each worker sees it. A worker process
runs one of our tasks at a time (engines are not thread-safe, and two cannot share eSpeak NG),
so workers are best started with ``--nthreads 1``. The same task submitted twice while the
first is still held runs once: its key is a hash of the function and its arguments.

A worker that dies mid-task is the scheduler's to handle: it runs the task again elsewhere
(Dask's ``allowed-failures``), which is the crash-retry policy here. A task that still cannot
finish holds :class:`WorkerLost` (a :class:`BrokenProcessPool`, as a local pool's crash);
the scheduler going away holds :class:`~articlecast.errors.ClusterError`.
"""

from __future__ import annotations

import functools
import logging
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from pathlib import Path
from typing import Any, TypeVar

from .errors import SETTING, ClusterError, WorkerError
from .workers import reuse_freed_memory

T = TypeVar("T")
_LOGGER = logging.getLogger(__name__)

INSTALL_HINT = "pip install 'articlecast[dask]'"
CONNECT_TIMEOUT_SECONDS = 5
"""Also how long a client waits for a scheduler that went away to come back (its tasks are lost either way)."""
PROBE_PREFIX = ".articlecast-probe-"
ARTICLES_PER_WORKER = 2
"""Articles made at a time per worker: while one waits on a round trip (the sentence split, the
loudness plan), another keeps the worker busy."""
WATCH_SECONDS = 0.5
"""How often the client's connection is checked for tasks that will never hear back."""
FETCH_THREADS = 8
"""Threads fetching finished tasks' results: one fetch is a round trip to a worker, and one thread
(Dask's callback thread) managed 250 tasks a second on the bench machine."""

_tally: ContextVar[Counter[str] | None] = ContextVar("articlecast_worker_tally", default=None)
_one_task_at_a_time = threading.Lock()


class WorkerLost(BrokenProcessPool):
    """The cluster gave up on a task: the workers that ran it died (Dask's ``allowed-failures``)."""


@contextmanager
def tally_workers() -> Iterator[Counter[str]]:
    """Count, by worker address, the cluster tasks submitted from this context (empty for local workers)."""
    counter: Counter[str] = Counter()
    token = _tally.set(counter)
    try:
        yield counter
    finally:
        _tally.reset(token)


class ClusterWorkers:
    """A Dask cluster's workers behind the :class:`~articlecast.workers.Workers` interface (lanes are
    not needed: a worker process runs one task at a time, whatever its engine)."""

    def __init__(self, address: str, cache_root: Path) -> None:
        distributed = import_distributed()
        self.address = address
        try:
            self._client = distributed.Client(address, timeout=CONNECT_TIMEOUT_SECONDS, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as error:
            raise ClusterError(
                f"No Dask scheduler answers at {address} ({error}); start one with 'dask scheduler' "
                f"or correct the address ({SETTING}).",
                setting="scheduler",
            ) from None
        self._distributed = distributed
        self._held: dict[Any, Future[Any]] = {}
        """Each cluster task not yet settled, with the future the build waits on."""
        self._warmed: set[str] = set()
        self._lock = threading.Lock()
        self._closed = False
        self._workers: set[str] = set()
        self._fetchers = ThreadPoolExecutor(FETCH_THREADS, thread_name_prefix="articlecast-results")
        threading.Thread(target=self._watch_connection, daemon=True, name="articlecast-cluster-watch").start()
        try:
            self.jobs = self._check_workers(cache_root)
            self.articles_at_once = ARTICLES_PER_WORKER * self.jobs
        except BaseException:
            self.close()
            raise

    def submit(self, lane: str, function: Callable[..., T], *args: Any) -> Future[T]:
        """Run ``function(*args)`` on a worker of the cluster (``lane`` is not needed there)."""
        result: Future[T] = Future()
        if self._closed:
            result.set_exception(ClusterError("The build was stopped; its cluster tasks were cancelled."))
            return result
        if self._client.status != "running":  # reconnecting: a task sent now may never hear back
            result.set_exception(self._lost(ConnectionError(self._client.status)))
            return result
        try:
            task = self._client.submit(_run_task, function, *args, key=_key(function, args))
        except Exception as error:  # noqa: BLE001 - the scheduler is gone: said once, by ClusterError
            result.set_exception(self._lost(error))
            return result
        tally = _tally.get()
        with self._lock:
            self._held[task] = result
        task.add_done_callback(lambda done: self._fetchers.submit(self._settle, done, result, tally))
        return result

    def gather(
        self,
        lane: str,
        function: Callable[..., T],
        arguments: Sequence[Sequence[Any]],
        on_done: Callable[[Future[T]], object] | None = None,
    ) -> list[Future[T]]:
        """Run ``function(*args)`` for each of ``arguments`` on the cluster and wait for all, calling
        ``on_done`` with each future, in order, when it is final (the scheduler already re-ran any
        task whose worker died)."""
        futures = [self.submit(lane, function, *args) for args in arguments]
        for future in futures:
            future.exception()
            if on_done:
                on_done(future)
        return futures

    def run(self, lane: str, function: Callable[..., T], *args: Any) -> T:
        """Run ``function(*args)`` on the cluster and return its result."""
        future = self.gather(lane, function, [args])[0]
        if isinstance(future.exception(), BrokenProcessPool):
            raise WorkerError(f"The cluster's workers died running {function.__name__}; check their memory and logs.")
        return future.result()

    def warm(self, lane: str, function: Callable[[], object]) -> None:
        """Run ``function`` (imports) in a background thread of every worker, once per lane."""
        with self._lock:
            if lane in self._warmed or self._closed:
                return
            self._warmed.add(lane)
        try:
            self._client.run(_start_thread, function)
        except Exception:  # noqa: BLE001 - warming is an optimisation; the first task reports a lost scheduler
            _LOGGER.debug("Warming the cluster's workers failed", exc_info=True)

    def isolated(self) -> AbstractContextManager[ClusterWorkers]:
        """This cluster: a task that failed twice runs there once more (the scheduler picks a worker
        that may be fresh, and a dead one is replaced by the deployment, not by us)."""
        return nullcontext(self)

    def cancel(self) -> None:
        """Cancel every task still held (on Ctrl+C); tasks submitted later fail at once."""
        with self._lock:
            self._closed = True
            held = list(self._held)
        if held:
            try:
                self._client.cancel(held)
            except Exception:  # noqa: BLE001 - the scheduler is gone: nothing left to cancel
                _LOGGER.debug("Cancelling the cluster's tasks failed", exc_info=True)

    def close(self) -> None:
        """Cancel what is left, say if workers left during the build, and disconnect (the cluster keeps running)."""
        self.cancel()
        try:
            left = self._workers - set(self._client.nthreads())
        except Exception:  # noqa: BLE001 - the scheduler is gone, which the build has said already
            left = set()
        if left:
            _LOGGER.warning("%d worker(s) left the cluster during the build; the scheduler ran their tasks again "
                            "on the others, so nothing was lost", len(left))  # fmt: skip
        self._client.close()
        self._fetchers.shutdown(wait=False)

    def __enter__(self) -> ClusterWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_workers(self, cache_root: Path) -> int:
        """How many workers the cluster has, after checking that every worker sees the cache folder."""
        workers = self._client.nthreads()
        self._workers = set(workers)
        if not workers:
            raise ClusterError(f"The Dask scheduler at {self.address} has no workers; start some with 'dask worker {self.address}'.")
        busy = sorted(address for address, threads in workers.items() if threads > 1)
        if busy:
            _LOGGER.warning("%d worker(s) have several threads but run one articlecast task at a time; "
                            "start them with 'dask worker --nthreads 1 --nworkers N'", len(busy))  # fmt: skip
        probe = cache_root / f"{PROBE_PREFIX}{uuid.uuid4().hex}"
        try:
            cache_root.mkdir(parents=True, exist_ok=True)
            probe.touch()
        except OSError as error:
            raise ClusterError(f"The cache folder {cache_root} cannot be written ({error.strerror or error}); "
                               f"choose another ({SETTING}).", setting="cache") from None  # fmt: skip
        try:
            seen = self._client.run(_sees, str(probe))
        finally:
            probe.unlink(missing_ok=True)
        blind = sorted(address for address, visible in seen.items() if not visible)
        if blind:
            raise ClusterError(
                f"The worker {blind[0]} cannot see the cache folder {cache_root}; choose a folder on a "
                f"filesystem that every machine mounts at the same path ({SETTING}).",
                setting="cache",
            )
        return len(workers)

    def _settle(self, task: Any, result: Future[Any], tally: Counter[str] | None) -> None:
        """Pass a finished cluster task's outcome on to ``result`` (runs in a fetcher thread)."""
        with self._lock:
            if self._held.pop(task, None) is None:  # failed already by _watch_connection
                return
        try:
            value, worker = task.result()
        except self._distributed.KilledWorker as error:
            result.set_exception(WorkerLost(f"the cluster's workers died running this task ({error})"))
        except CancelledError as error:  # distributed's own cancellation errors derive from it
            result.set_exception(self._lost(error))
        except Exception as error:  # the task's own failure, delivered as a local worker would
            result.set_exception(error)
        else:
            if tally is not None:
                tally[worker] += 1
            result.set_result(value)

    def _watch_connection(self) -> None:
        """Fail every task still waiting once the client has given up on the scheduler: distributed cancels
        the tasks it holds when the connection drops, but one sent at that very moment may never hear back."""
        while not self._closed:
            time.sleep(WATCH_SECONDS)
            if self._client.status in ("closing", "closed") and not self._closed:
                with self._lock:
                    waiting = list(self._held.values())
                    self._held.clear()
                for result in waiting:
                    if not result.done():
                        result.set_exception(self._lost(ConnectionError("the client closed")))
                return

    def _lost(self, error: BaseException) -> ClusterError:
        _LOGGER.debug("A cluster task was cancelled", exc_info=error)
        if self._closed:
            return ClusterError("The build was stopped; its cluster tasks were cancelled.")
        return ClusterError(
            f"The Dask scheduler at {self.address} went away; what was voiced is in the cache: "
            "start the scheduler again and re-run the same command to finish the build."
        )


def import_distributed() -> Any:
    """The ``distributed`` module, or :class:`ClusterError` saying how to install it."""
    try:
        import distributed
    except ImportError:
        raise ClusterError(
            f"Building on a Dask cluster needs the dask extra, which is not installed; run {INSTALL_HINT}."
        ) from None
    return distributed


def _key(function: Callable[..., Any], args: Sequence[Any]) -> str:
    """The task's key: equal for equal calls, so the scheduler runs a call in flight once."""
    from dask.base import tokenize

    return f"articlecast-{function.__name__}-{tokenize(function.__module__, function.__qualname__, *args)}"


def _run_task(function: Callable[..., T], *args: Any) -> tuple[T, str]:
    """Worker side: run the task, one at a time in this process, and say which worker ran it."""
    from distributed import get_worker

    with _one_task_at_a_time:
        _prepare_process()
        return function(*args), get_worker().address


@functools.cache
def _prepare_process() -> None:
    """Once per worker process: keep freed memory for reuse, as local workers do (see :mod:`~articlecast.workers`)."""
    reuse_freed_memory()


def _start_thread(function: Callable[[], object]) -> None:
    threading.Thread(target=function, daemon=True).start()


def _sees(path: str) -> bool:
    return Path(path).exists()
