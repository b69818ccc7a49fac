"""An engine in its own spawned worker process, as in a build (eSpeak-based engines cannot share
a process, and Piper's model is big); used by test_engines_contract."""

import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

from articlecast.engines import get_engine

_engines = {}


class EngineProcess:
    """Calls one engine's methods in a worker process of its own."""

    def __init__(self, name: str, plugin_path: str = "") -> None:
        self.name = name
        self.plugin_path = plugin_path
        context = multiprocessing.get_context("spawn")
        self._pool = ProcessPoolExecutor(1, mp_context=context, initializer=_add_path, initargs=(plugin_path,))

    def run(self, method: str, *args):
        """``engine.method(*args)`` in the worker."""
        return self._pool.submit(_call, self.name, method, *args).result()

    def attributes(self) -> tuple:
        """The engine class's ``name``, ``max_workers`` and ``deterministic``."""
        return self._pool.submit(_attributes, self.name).result()

    def fresh(self) -> "EngineProcess":
        """The same engine in a new process."""
        return EngineProcess(self.name, self.plugin_path)

    def close(self) -> None:
        self._pool.shutdown()


def _add_path(folder: str) -> None:
    """Make a package installed in ``folder`` (an engine plug-in) importable and findable."""
    if folder:
        sys.path.insert(0, folder)


def _call(engine: str, method: str, *args):
    if engine not in _engines:
        _engines[engine] = get_engine(engine)
    return getattr(_engines[engine], method)(*args)


def _attributes(engine: str) -> tuple:
    cls = type(get_engine(engine))
    return cls.name, cls.max_workers, cls.deterministic
