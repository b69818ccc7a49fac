"""Ctrl+C stops a build cleanly: SIGINT to the build process, or to its whole process group (as a
terminal sends it), with real signals on a real build: exit code 130, one line, the workers gone, and
no partial output (the new output folder is not left behind, no temporary files anywhere)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ctrl_c_restored

ARTICLE = """---
title: Story {n}
---

Paragraph one of story {n} is here, with a few words to voice. Another sentence follows it.

Paragraph two of story {n} has more words, and then some more words to voice before it ends.
"""
PARENT_GONE_SECONDS = 1.0
"""Workers check for their parent every half second (workers.PARENT_CHECK_SECONDS)."""


def children(pid: int) -> set[int]:
    """The process's child processes (its workers)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(child) for child in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs Linux /proc to find the worker processes")
@pytest.mark.parametrize("target", ["process", "group"])
def test_ctrl_c_stops_the_build_cleanly(tmp_path, target):
    for n in range(4):
        (tmp_path / f"story{n}.md").write_text(ARTICLE.format(n=f"{n} {time.time_ns()}"), encoding="utf-8")
    cache = tmp_path / "cache"
    build = subprocess.Popen(
        [sys.executable, "-m", "articlecast", "build", *sorted(map(str, tmp_path.glob("*.md"))), "-o", "out", "-j", "2"],
        cwd=tmp_path, env={**os.environ, "ARTICLECAST_CACHE": str(cache)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, preexec_fn=ctrl_c_restored,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not list(cache.glob("clips/*/*.wav")):  # voicing has begun
            assert build.poll() is None and time.monotonic() < deadline, build.communicate()
            time.sleep(0.05)
        workers = children(build.pid)
        assert workers
        sent = time.monotonic()
        if target == "group":
            os.killpg(build.pid, signal.SIGINT)
        else:
            build.send_signal(signal.SIGINT)
        stdout, stderr = build.communicate(timeout=60)
    finally:
        if build.poll() is None:
            os.killpg(build.pid, signal.SIGKILL)
    assert build.returncode == 130, stderr
    assert time.monotonic() - sent < 30
    assert "Traceback" not in stderr and stderr.strip().splitlines()[-1] == "Interrupted; no partial files were left."
    assert len([line for line in stderr.splitlines() if not line.startswith("Note: ")]) == 1, stderr
    time.sleep(PARENT_GONE_SECONDS)
    assert not any(alive(worker) for worker in workers)
    assert not (tmp_path / "out").exists()  # nothing had landed: the folder the build made is gone
    assert not [path for path in tmp_path.rglob("*") if path.name.endswith(".tmp")]

