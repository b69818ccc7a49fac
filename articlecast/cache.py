"""An on-disk cache of voiced clips and encoded pieces, shared by builds and safe to share.

Entries are named by a hash of everything that makes them (see :func:`key_of`), written
to a temporary file and renamed into place, so concurrent builds never see a torn entry
and a killed build leaves only whole ones. Each entry ends with a checksum of its data
(:data:`SEAL`), verified on every read: an entry damaged on disk (emptied, cut, bytes
flipped) is logged, removed and made again by the caller, never used. Reading an entry
refreshes its time, and :meth:`Cache.prune` removes the least recently used entries
beyond the size bound.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import CacheError
from .files import remove_orphaned_temporaries, write_atomic

CACHE_ENV = "ARTICLECAST_CACHE"
DEFAULT_MAX_BYTES = 2 * 1024**3
SEAL = b"\0articlecast-sha256:"
"""What ends every entry, followed by the SHA-256 digest of the data before it."""
SEALED_OVERHEAD = len(SEAL) + hashlib.sha256().digest_size
_LOGGER = logging.getLogger(__name__)
STALE_TEMPORARY_SECONDS = 3600
"""A cache entry's temporary file this old was left by a killed writer (on this machine or another)."""
KINDS = ("clips", "pieces", "levelers", "languages", "sentences", "covers")
"""What the cache holds: voiced clips, encoded pieces, the loudness plans of episode parts, the
languages detected in articles, the sentences of paragraphs, and drawn channel covers."""


def default_root() -> Path:
    """``$ARTICLECAST_CACHE``, else ``$XDG_CACHE_HOME/articlecast``, else ``~/.cache/articlecast``."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "articlecast"


def seal(data: bytes) -> bytes:
    """``data`` followed by :data:`SEAL` and its SHA-256 digest: what an entry's file holds."""
    return data + SEAL + hashlib.sha256(data).digest()


def unseal(stored: bytes) -> bytes | None:
    """The data of a sealed entry, or None when the seal is missing or the digest does not match."""
    data, tail = stored[:-SEALED_OVERHEAD], stored[-SEALED_OVERHEAD:]
    if len(stored) < SEALED_OVERHEAD or not tail.startswith(SEAL):
        return None
    return data if hashlib.sha256(data).digest() == tail[len(SEAL) :] else None


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

    def read(self, kind: str, key: str, suffix: str) -> bytes | None:
        """The entry's data, marking it as recently used; None if it is missing or damaged (then removed)."""
        return self.read_path(self.path(kind, key, suffix))

    def read_path(self, path: Path) -> bytes | None:
        """The data of the entry at ``path`` (see :meth:`read`)."""
        try:
            stored = path.read_bytes()
            os.utime(path)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise self._error(error) from None
        data = unseal(stored)
        if data is None:
            _LOGGER.warning("The cache entry %s was damaged; it is removed and will be made again.", path)
            path.unlink(missing_ok=True)
        return data

    def put(self, kind: str, key: str, suffix: str, data: bytes) -> Path:
        """Store an entry atomically, sealed with its checksum, and return its path."""
        path = self.path(kind, key, suffix)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, seal(data), durable=False)
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
