"""An on-disk cache of voiced clips and encoded pieces, shared by builds and safe to share.

Entries are named by a hash of everything that makes them (see :func:`key_of`), written
to a temporary file and renamed into place, so concurrent builds never see a torn entry
and a killed build leaves only whole ones. Reading an entry refreshes its time, and
:meth:`Cache.prune` removes the least recently used entries beyond the size bound.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CacheError
from .files import remove_orphaned_temporaries, write_atomic

CACHE_ENV = "ARTICLECAST_CACHE"
DEFAULT_MAX_BYTES = 2 * 1024**3
STALE_TEMPORARY_SECONDS = 3600
"""A cache entry's temporary file this old was left by a killed writer (on this machine or another)."""
KINDS = ("clips", "pieces", "levelers", "languages")
"""What the cache holds: voiced clips, encoded pieces, the loudness plans of episode parts, and
the languages detected in articles."""


def default_root() -> Path:
    """``$ARTICLECAST_CACHE``, else ``$XDG_CACHE_HOME/articlecast``, else ``~/.cache/articlecast``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "articlecast"


def key_of(*parts: Any) -> str:
    """A stable hex key for JSON-serialisable ``parts``."""
    payload = json.dumps(parts, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CacheInfo:
    """What the cache holds."""

    root: Path
    files: int
    bytes: int
    max_bytes: int


class Cache:
    """Files under ``root/<kind>/<key[:2]>/<key><suffix>``."""

    def __init__(self, root: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = Path(root) if root else default_root()
        self.max_bytes = max_bytes

    def path(self, kind: str, key: str, suffix: str) -> Path:
        """Where an entry lives (whether or not it exists)."""
        return self.root / kind / key[:2] / f"{key}{suffix}"

    def get(self, kind: str, key: str, suffix: str) -> Path | None:
        """The entry's path if it exists, marking it as recently used."""
        path = self.path(kind, key, suffix)
        try:
            os.utime(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._error(error) from None
        return path

    def put(self, kind: str, key: str, suffix: str, data: bytes) -> Path:
        """Store an entry atomically and return its path."""
        path = self.path(kind, key, suffix)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, data, durable=False)
        except OSError as error:
            raise self._error(error) from None
        return path

    def info(self) -> CacheInfo:
        """Count the entries and their size."""
        entries = list(self._entries())
        return CacheInfo(self.root, len(entries), sum(size for _, size, _ in entries), self.max_bytes)

    def prune(self, max_bytes: int | None = None) -> tuple[int, int]:
        """Remove least recently used entries until the cache fits ``max_bytes``; return (files, bytes) removed."""
        limit = self.max_bytes if max_bytes is None else max_bytes
        for folder in {path.parent for path, _, _ in self._entries()}:
            remove_orphaned_temporaries(folder, older_than=STALE_TEMPORARY_SECONDS)
        entries = sorted(self._entries(), key=lambda entry: entry[2])
        total = sum(size for _, size, _ in entries)
        removed = freed = 0
        for path, size, _ in entries:
            if total - freed <= limit:
                break
            path.unlink(missing_ok=True)
            removed += 1
            freed += size
        return removed, freed

    def clear(self) -> None:
        """Remove every entry."""
        for kind in KINDS:
            shutil.rmtree(self.root / kind, ignore_errors=True)

    def _error(self, error: OSError) -> CacheError:
        return CacheError(
            f"The clip cache {self.root} cannot be used ({error.strerror or error}); "
            f"set {CACHE_ENV} to a writable folder with free space."
        )

    def _entries(self) -> list[tuple[Path, int, float]]:
        found = []
        for kind in KINDS:
            for path in (self.root / kind).glob("*/*"):
                if path.name.startswith("."):
                    continue
                try:
                    stat = path.stat()
                except FileNotFoundError:
                    continue
                found.append((path, stat.st_size, stat.st_mtime))
        return found
