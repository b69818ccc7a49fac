"""Find the eSpeak NG library: installed system-wide, else the copy in the ``espeakng-loader`` package.

``espeakng-loader`` (``pip install 'articlecast[standalone]'``) ships the library
with its ``espeak-ng-data``. That library knows no data path of its own (without
one it prints an error and exits the process), so its data folder must be given:
to ``espeak_Initialize`` by our engine, and through ``ESPEAK_DATA_PATH`` for pyttsx3.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Iterator
from contextlib import contextmanager
import platform
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import EngineError

ESPEAK_MISSING = (
    "The eSpeak NG library is not installed; install it with 'sudo apt-get install libespeak-ng1' (Debian/Ubuntu) "
    "or 'sudo dnf install espeak-ng' (Fedora), or without system packages with 'pip install espeakng-loader' "
    "in articlecast's Python environment."
)
ESPEAK_RATE = 22050
"""eSpeak NG's output rate, in Hz."""
SYSTEM_LIBRARIES = {
    "Linux": ("libespeak-ng.so.1",),
    "Darwin": ("/opt/homebrew/lib/libespeak-ng.1.dylib", "/usr/local/lib/libespeak-ng.1.dylib"),
    "Windows": (r"C:\Program Files\eSpeak NG\libespeak-ng.dll", r"C:\Program Files (x86)\eSpeak NG\libespeak-ng.dll"),
}

_kept: list[ctypes.CDLL] = []


@dataclass(frozen=True)
class EspeakLibrary:
    """Where the library is and which data it needs."""

    path: str
    """What to load: a system library name or a file path."""
    data_folder: str | None
    """The folder holding ``espeak-ng-data``; None for the library's built-in default."""


@lru_cache(maxsize=1)
def find_library() -> EspeakLibrary:
    """The system's eSpeak NG library, else the one ``espeakng-loader`` ships; :class:`EngineError` when neither loads."""
    for name in SYSTEM_LIBRARIES.get(platform.system(), ()):
        if _loads(name):
            return EspeakLibrary(name, None)
    try:
        import espeakng_loader
    except ImportError:
        raise EngineError(ESPEAK_MISSING) from None
    library = EspeakLibrary(espeakng_loader.get_library_path(), str(Path(espeakng_loader.get_data_path()).parent))
    if not _loads(library.path):
        raise EngineError(ESPEAK_MISSING)
    return library


def load_for_pyttsx3() -> None:
    """Make pyttsx3's eSpeak driver find a library: the packaged one is loaded globally first
    (under its soname, so pyttsx3's ``LoadLibrary('libespeak-ng.so.1')`` gets it), with its data path set."""
    library = find_library()
    if library.data_folder is not None and not _kept:
        _kept.append(ctypes.CDLL(library.path, mode=getattr(os, "RTLD_GLOBAL", 0)))


@contextmanager
def data_path_for_pyttsx3() -> Iterator[None]:
    """``ESPEAK_DATA_PATH`` set to the packaged library's data while pyttsx3 initialises eSpeak NG
    (which reads it then, and only then), and restored afterwards."""
    folder = find_library().data_folder
    previous = os.environ.get("ESPEAK_DATA_PATH")
    if folder is not None:
        os.environ["ESPEAK_DATA_PATH"] = folder
    try:
        yield
    finally:
        if folder is not None:
            if previous is None:
                os.environ.pop("ESPEAK_DATA_PATH", None)
            else:
                os.environ["ESPEAK_DATA_PATH"] = previous


def is_loaded(path: str) -> bool:
    """Whether the library is already loaded in this process (POSIX; False where this cannot be asked)."""
    if not hasattr(os, "RTLD_NOLOAD"):
        return False
    try:
        probe = ctypes.CDLL(path, mode=os.RTLD_NOLOAD)
    except OSError:
        return False
    unload(probe)
    return True


def unload(library: ctypes.CDLL) -> None:
    """Drop our reference to a loaded library; when it was the last, the library and its state go."""
    import _ctypes

    if hasattr(_ctypes, "dlclose"):
        _ctypes.dlclose(library._handle)
    else:  # pragma: no cover - Windows
        _ctypes.FreeLibrary(library._handle)


def _loads(path: str) -> bool:
    try:
        unload(ctypes.CDLL(path))
    except OSError:
        return False
    return True
