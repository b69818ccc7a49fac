"""Shared fixtures: the real CLI, real engine, and independent readers (ffprobe, eyeD3, parsers)."""

from __future__ import annotations

import atexit
import glob
import json
import locale
import re
import os
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import hypothesis
import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
PAGES = ROOT / "tests" / "data" / "pages"

if not shutil.which("ffprobe"):
    pytest.exit("ffprobe is needed by the tests; run 'make test', which installs ffmpeg", returncode=3)

# CI runs the property tests on a fixed set of examples, so that a run is repeatable;
# developers' runs keep exploring new ones.
hypothesis.settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    hypothesis.settings.load_profile("ci")

# Tests voice with eSpeak NG (fast) unless they name an engine: the natural default voice (hibari)
# has its own tests in tests/test_hibari.py, which clear this.
os.environ["ARTICLECAST_ENGINE"] = "espeak"

# One clip cache for the whole run (subprocesses inherit it); tests that count cache hits make their own.
os.environ["ARTICLECAST_CACHE"] = tempfile.mkdtemp(prefix="articlecast-test-cache-")
atexit.register(shutil.rmtree, os.environ["ARTICLECAST_CACHE"], ignore_errors=True)


def ffprobe(path: Path) -> dict:
    """ffprobe's view of a media file: format, streams and chapters."""
    result = subprocess.run(
        ["ffprobe", "-v", "error", "-print_format", "json", "-show_format", "-show_streams", "-show_chapters", str(path)],
        capture_output=True,
        check=True,
        text=True,
    )
    return json.loads(result.stdout)


def decoded_seconds(path: Path) -> float:
    """Duration found by decoding every sample with ffmpeg (not from the header)."""
    result = subprocess.run(
        ["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-ar", "44100", "-"],
        capture_output=True,
        check=True,
    )
    return len(result.stdout) / 2 / 44100


def page_expectation(name: str) -> dict:
    """The hand-written expectation for the saved page ``tests/data/pages/NAME.html``: blocks, metadata, furniture."""
    return json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))


def run_cli(*args: str, cwd: Path | None = None, env: dict | None = None, fresh: bool = False) -> subprocess.CompletedProcess:
    """Run ``python -m articlecast`` in a real process of its own: forked from a warm one (see
    tests/warm_cli.py), or a fresh interpreter when ``fresh`` (a test of what start-up does)."""
    environment = {**os.environ, **(env or {})}
    if fresh:
        return subprocess.run([sys.executable, "-m", "articlecast", *args], capture_output=True, text=True, cwd=cwd, env=environment, timeout=300)
    return _warm_cli().run(list(args), Path(cwd or os.getcwd()), environment, timeout=300)


class _WarmCli:
    """The client of tests/warm_cli.py's server, started on first use and stopped at exit."""

    def __init__(self) -> None:
        requests, self._requests = os.pipe()
        self._answers, answers = os.pipe()
        launch = f"import sys; sys.path.insert(1, {str(ROOT / 'tests')!r}); import warm_cli; warm_cli.serve({requests}, {answers})"
        self.server = subprocess.Popen([sys.executable, "-c", launch], pass_fds=(requests, answers), stdin=subprocess.DEVNULL)
        os.close(requests)
        os.close(answers)
        self._buffer = b""
        self._outgoing = os.fdopen(self._requests, "w", encoding="utf-8", buffering=1)
        self._folder = Path(tempfile.mkdtemp(prefix="articlecast-warm-cli-"))
        atexit.register(self.close)

    def run(self, args: list[str], cwd: Path, env: dict, timeout: float) -> subprocess.CompletedProcess:
        out, err = self._folder / "stdout", self._folder / "stderr"
        self._outgoing.write(json.dumps({"args": args, "cwd": str(cwd), "env": env, "stdout": str(out), "stderr": str(err)}) + "\n")
        pid = json.loads(self._answer(30))["pid"]
        try:
            status = json.loads(self._answer(timeout))["status"]
        except subprocess.TimeoutExpired:
            os.kill(pid, signal.SIGKILL)
            self._answer(30)
            raise subprocess.TimeoutExpired(["articlecast", *args], timeout) from None
        return subprocess.CompletedProcess(["articlecast", *args], status, _as_text(out), _as_text(err))

    def _answer(self, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([self._answers], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise subprocess.TimeoutExpired("warm articlecast", timeout)
            chunk = os.read(self._answers, 65536)
            assert chunk, f"the warm articlecast server stopped (exit code {self.server.poll()})"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode("utf-8")

    def close(self) -> None:
        self._outgoing.close()
        os.close(self._answers)
        self.server.wait(timeout=30)
        shutil.rmtree(self._folder, ignore_errors=True)


_warm: _WarmCli | None = None


def _as_text(path: Path) -> str:
    """A captured stream as ``subprocess.run(..., text=True)`` gives it: decoded, newlines made ``\\n``."""
    text = path.read_bytes().decode(locale.getpreferredencoding(False))
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _warm_cli() -> _WarmCli:
    global _warm
    if _warm is None or _warm.server.poll() is not None:
        _warm = _WarmCli()
    return _warm


@pytest.fixture
def cli():
    """Invoke the click CLI in-process; returns the click Result."""
    from articlecast.cli import cli as command

    def invoke(*args: str):
        return CliRunner().invoke(command, list(args), catch_exceptions=False)

    return invoke


@pytest.fixture
def article(tmp_path):
    """Write an article file and return its path."""

    def write(text: str | bytes, name: str = "article.md") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        return path

    return write


SHORT_ARTICLE = """---
title: Harbour bridge reopens
author: Ann Reporter
date: 2026-03-14
url: https://news.example.org/bridge
summary: The bridge is open again.
---
The harbour bridge reopened on Monday. Traffic was light.

Officials said the repairs cost less than planned.
"""


@pytest.fixture
def voice(tmp_path):
    """Voice texts through the runner with a cache of this test's own; returns the Voicing."""
    from articlecast.cache import Cache
    from articlecast.engines.runner import Voicer
    from articlecast.workers import Workers

    from articlecast.config import VoiceProfile

    def run(texts, profile, jobs=1, cache=None):
        settings = profile.voice_for(profile.language) if isinstance(profile, VoiceProfile) else profile
        with Workers(jobs) as workers:
            return Voicer(workers, cache or Cache(tmp_path / "cache")).voice(texts, settings)

    return run


def ebur128(path: Path, start: float | None = None, length: float | None = None) -> tuple[float, float]:
    """Integrated loudness (LUFS) and true peak (dBTP) as ffmpeg's ebur128 filter measures them."""
    window = (["-ss", f"{start:.3f}"] if start is not None else []) + (["-t", f"{length:.3f}"] if length is not None else [])
    result = subprocess.run(
        ["ffmpeg", "-hide_banner", "-nostats", *window, "-i", str(path), "-af", "ebur128=peak=true", "-f", "null", "-"],
        capture_output=True,
        check=True,
        text=True,
    )
    summary = result.stderr[result.stderr.rindex("Summary:") :]
    loudness = re.search(r"I:\s+(-?[\d.]+) LUFS", summary)
    peak = re.search(r"Peak:\s+(-?[\d.]+|-inf) dBFS", summary)
    assert loudness and peak, summary
    return float(loudness.group(1)), float(peak.group(1))


def _namespace_command() -> list[str] | None:
    """How to start a process in a private mount namespace here (root, or a user namespace), or None."""
    unshare = shutil.which("unshare")
    if not unshare:
        return None
    for command in ([unshare, "--mount"], [unshare, "--mount", "--map-root-user"]):
        if subprocess.run([*command, "true"], capture_output=True).returncode == 0:
            return command
    return None


NAMESPACE = _namespace_command()
needs_namespace = pytest.mark.skipif(NAMESPACE is None, reason="hiding installed files needs 'unshare --mount' (root or user namespaces)")


def system_espeak_files() -> list[str]:
    """The eSpeak NG library files installed system-wide."""
    found = set()
    for pattern in ("/usr/lib/*/libespeak-ng.so.1*", "/usr/lib/libespeak-ng.so.1*", "/usr/local/lib/libespeak-ng.so.1*", "/lib/*/libespeak-ng.so.1*"):
        found |= {os.path.realpath(path) for path in glob.glob(pattern)}
    return sorted(found)


def run_hidden(*args: str, hide: list[str], cwd: Path, path: str | None = None, python: list[str] | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m articlecast ARGS`` (or ``python PYTHON``) with the files in ``hide`` made unreadable:
    in a private mount namespace, /dev/null is mounted over each, so loading them fails as if they
    were missing. ``path`` replaces PATH (e.g. to leave ffmpeg out)."""
    mount = shutil.which("mount")
    script = "".join(f"{mount} --bind /dev/null {shlex.quote(target)} && " for target in hide) + 'exec "$@"'
    command = [*NAMESPACE, "/bin/sh", "-c", script, "sh", sys.executable, *(python or ["-m", "articlecast", *args])]
    env = {**os.environ, "PATH": path if path is not None else os.environ["PATH"]}
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd, env=env, timeout=300)


@pytest.fixture(scope="session")
def tone_engine_path(tmp_path_factory) -> Path:
    """The test engine package (tests/data/articlecast-tone-engine) installed by pip into a folder of its own."""
    source = tmp_path_factory.mktemp("plugin-source") / "articlecast-tone-engine"
    shutil.copytree(ROOT / "tests" / "data" / "articlecast-tone-engine", source)  # the build leaves files beside it
    target = tmp_path_factory.mktemp("plugin")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation", "--disable-pip-version-check",
         "--target", str(target), str(source)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return target


def check_episode_audio(mp3: Path, vtt: Path, last_pause: float = 0.75) -> list:
    """Check an episode's MP3 against its transcript and tag, read independently: ffmpeg decodes as
    long as TLEN says, and the last cue ends a paragraph pause (plus LAME's padding, < 60 ms) before
    the end. Returns the cues (webvtt-py)."""
    import webvtt
    from mutagen.id3 import ID3

    cues = list(webvtt.read(str(vtt)))
    decoded = decoded_seconds(mp3)
    assert decoded * 1000 == pytest.approx(int(str(ID3(mp3)["TLEN"])), abs=2)
    tail = decoded - cues[-1].end_time.in_milliseconds() / 1000 - last_pause
    assert -0.001 <= tail < 0.06
    return cues


def assert_identical_from_scratch(tmp_path: Path, article: Path, *options: str) -> None:
    """Build ``article`` twice, each from scratch with a clip cache of its own (as a cold rebuild
    on another machine would), and check that the MP3 and transcript are the same bytes."""
    for folder in ("one", "two"):
        environment = {"ARTICLECAST_CACHE": str(tmp_path / f"cache-{folder}")}
        result = run_cli("build", str(article), "-o", str(tmp_path / folder), "-q", *options, env=environment, fresh=True)  # own hash seeds
        assert result.returncode == 0, result.stderr
    for suffix in (".mp3", ".vtt"):
        name = article.with_suffix(suffix).name
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def script_of(article, profile=None):
    """The script of ``article`` as a build makes it with ``profile``: its script settings and lexicon."""
    from articlecast.config import VoiceProfile
    from articlecast.engines import phonemes_of
    from articlecast.speech import prepare
    from articlecast.speech.lexicon import load_lexicon

    profile = profile or VoiceProfile()
    lexicon = load_lexicon(profile.lexicon, phonemes_of(profile.voice_for(article.language).engine))
    return prepare(article, profile.script_for(article.language), lexicon)


def ctrl_c_restored() -> None:
    """In a child about to start: take Ctrl+C (SIGINT) again. A shell's background job ignores it, and its
    children inherit that, so a build started from one would not be interrupted at all."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
