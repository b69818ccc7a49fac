"""Atomic writes and safe output names."""

from __future__ import annotations

import os
import re
import tempfile
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
    target = Path(target)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
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


def write_if_changed(target: Path, data: bytes | str) -> bool:
    """Write ``data`` atomically unless ``target`` already holds exactly it; return whether it wrote."""
    content = data.encode("utf-8") if isinstance(data, str) else data
    try:
        if target.read_bytes() == content:
            return False
    except FileNotFoundError:
        pass
    write_atomic(target, content)
    return True


def slugify(text: str, max_length: int = 80) -> str:
    """A file name stem made only of ``a-z``, ``0-9`` and ``-``; never empty, never a path.

    Letters of every script are transliterated (anyascii: ``новини`` → ``novini``, ``今天`` → ``jintian``),
    so that names in other scripts stay readable and distinct.
    """
    from anyascii import anyascii

    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].strip("-") or "article"


def remove_orphaned_temporaries(folder: Path) -> int:
    """Remove temporary files in ``folder`` left by processes that no longer run (a killed build)."""
    removed = 0
    for path in Path(folder).glob(f".*{TEMP_SUFFIX}"):
        parts = path.name.rsplit(".", 3)
        if len(parts) == 4 and parts[1].isdigit() and not _process_exists(int(parts[1])):
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
