"""Atomic writes and safe output names."""

from __future__ import annotations

import os
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

TEMP_SUFFIX = ".tmp"


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; rename it over ``target`` on success.

    On any exception the temporary file is removed and ``target`` is untouched.
    """
    tmp = _temporary_beside(Path(target))
    try:
        yield tmp
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def create_new(target: Path, make: Callable[[Path], None]) -> bool:
    """Have ``make`` write a file beside ``target`` and give it the name ``target`` only if that is still free,
    so that ``target`` never exists half made; False (and nothing changed) when another process got there first."""
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        make(tmp)
        os.chmod(tmp, 0o644)
        try:
            os.link(tmp, target)
        except FileExistsError:
            return False
        except OSError:  # a file system without hard links: a rename, which is not exclusive
            if target.exists():
                return False
            os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return True


def write_atomic(target: Path, data: bytes | str, durable: bool = True) -> None:
    """Write ``data`` to ``target`` atomically (UTF-8 for text).

    ``durable`` also flushes it to disk before the rename, so that even a power cut
    leaves the old or the new file; cache entries, which can be made again, skip that.
    """
    if isinstance(data, str):
        data = data.encode("utf-8")
    with atomic_path(target) as tmp, open(tmp, "wb") as handle:
        handle.write(data)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())


def write_if_changed(target: Path, data: bytes | str, durable: bool = True) -> bool:
    """Write ``data`` atomically unless ``target`` already holds exactly it; return whether it wrote.
    ``durable``: as for :func:`write_atomic` (files derived anew on every build skip the flush)."""
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if target.read_bytes() == content:
            return False
    except FileNotFoundError:
        pass
    write_atomic(target, content, durable)
    return True


class StagedFiles:
    """Files written as temporaries beside their targets, then put in place together or not at all.

    :meth:`write` (or :meth:`path`, for a writer that needs a file) stages each file; :meth:`commit`
    renames them all over their targets, keeping the files they replace as hard links until
    :meth:`finish`, so that :meth:`rollback` can put every target back as it was. A staged file whose
    content its target already holds is not written at all. The temporaries and backups are named as
    :func:`atomic_path` names them, so a killed build's are removed by :func:`remove_orphaned_temporaries`.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []
        self._backups: list[tuple[Path, Path | None]] = []

    def path(self, target: Path) -> Path:
        """A new temporary file beside ``target``, put in its place by :meth:`commit`."""
        temporary = _temporary_beside(Path(target))
        self._staged.append((temporary, Path(target)))
        return temporary

    def write(self, target: Path, data: bytes | str) -> None:
        """Stage ``data`` for ``target`` (UTF-8 for text), flushed to disk; nothing if ``target`` holds it already."""
        content = data.encode("utf-8") if isinstance(data, str) else data
        try:
            if Path(target).read_bytes() == content:
                return
        except FileNotFoundError:
            pass
        with open(self.path(target), "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> None:
        """Put every staged file in place; on failure, every target is as it was before."""
        try:
            for temporary, target in self._staged:
                backup = _temporary_beside(target)
                try:
                    os.unlink(backup)
                    os.link(target, backup)
                except FileNotFoundError:
                    backup = None
                self._backups.append((target, backup))
                os.chmod(temporary, 0o644)
                os.replace(temporary, target)
        except BaseException:
            self.rollback()
            raise
        self._staged.clear()

    def rollback(self) -> None:
        """Put back the targets that :meth:`commit` replaced, and remove what is still staged."""
        for target, backup in reversed(self._backups):
            if backup is None:
                target.unlink(missing_ok=True)
            else:
                os.replace(backup, target)
        self._backups.clear()
        self.discard()

    def finish(self) -> None:
        """Forget the replaced files: the commit stands."""
        for _, backup in self._backups:
            if backup is not None:
                backup.unlink(missing_ok=True)
        self._backups.clear()

    def discard(self) -> None:
        """Remove the staged temporaries, leaving every target untouched."""
        for temporary, _ in self._staged:
            temporary.unlink(missing_ok=True)
        self._staged.clear()


def _temporary_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)
    return Path(name)


def slugify(text: str, max_length: int = 80) -> str:
    """A file name stem made only of ``a-z``, ``0-9`` and ``-``; never empty, never a path.

    Letters of every script are transliterated (anyascii: ``новини`` → ``novini``, ``今天`` → ``jintian``),
    so that names in other scripts stay readable and distinct.
    """
    from anyascii import anyascii

    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].strip("-") or "article"


def remove_orphaned_temporaries(folder: Path, older_than: float | None = None) -> int:
    """Remove temporary files in ``folder`` left by processes that no longer run (a killed build);
    with ``older_than`` (seconds), those that old instead, whoever made them: in a folder that
    several machines share, another machine's process ids mean nothing here."""
    removed = 0
    now = time.time()
    for path in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        if older_than is not None:
            try:
                orphaned = now - path.stat().st_mtime > older_than
            except FileNotFoundError:  # renamed into place meanwhile
                continue
        else:
            parts = path.name.rsplit(".", 3)
            orphaned = len(parts) == 4 and parts[1].isdigit() and not _process_exists(int(parts[1]))
        if orphaned:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
