"""The library API as a Python user calls it: twice, from threads, from scripts with and without a guard."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import threading
from importlib import resources
from pathlib import Path

import pytest

import articlecast
from conftest import ROOT, SHORT_ARTICLE

PROFILE = articlecast.VoiceProfile(engine="espeak")


def readme_example() -> str:
    """The README's Python example, as it is printed there."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## From Python") :]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def run_script(folder: Path, code: str) -> subprocess.CompletedProcess:
    (folder / "script.py").write_text(code, encoding="utf-8")
    return subprocess.run([sys.executable, "script.py"], cwd=folder, capture_output=True, text=True, timeout=300)


def test_readme_example_runs_as_a_script_without_a_guard(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    code = "import logging\nlogging.basicConfig()\n" + readme_example() * 2  # the second call used to fail
    result = run_script(tmp_path, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["['Harbour bridge reopens']"] * 2
    assert "Building in this process" in result.stderr and "RuntimeError" not in result.stderr
    assert (tmp_path / "audio" / "story.mp3").is_file()


def test_a_guarded_script_uses_worker_processes(tmp_path):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    body = "".join(f"    {line}\n" for line in readme_example().splitlines())
    result = run_script(tmp_path, f"import logging\nlogging.basicConfig(level=logging.INFO)\nif __name__ == '__main__':\n{body}")
    assert result.returncode == 0, result.stderr
    assert "Building in this process" not in result.stderr
    assert re.search(r"with [1-9]\d* worker process", result.stderr), result.stderr


def test_build_is_the_function_and_runs_twice_and_from_threads(tmp_path):
    from articlecast import build

    assert build is articlecast.build and callable(build)
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    first = build([tmp_path / "story.md"], tmp_path / "one", PROFILE, jobs=1)
    second = build([tmp_path / "story.md"], tmp_path / "one", PROFILE, jobs=1)
    assert [r.status for r in first.results + second.results] == ["built", "unchanged"]
    reports = {}
    threads = [threading.Thread(target=lambda n=n: reports.update({n: build([tmp_path / "story.md"], tmp_path / f"t{n}", PROFILE, jobs=1)})) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [reports[n].results[0].status for n in range(2)] == ["built", "built"]
    assert (tmp_path / "t0" / "story.mp3").read_bytes() == (tmp_path / "t1" / "story.mp3").read_bytes()


def test_failures_keep_their_exception_by_type(tmp_path):
    (tmp_path / "fine.md").write_text(SHORT_ARTICLE)
    report = articlecast.build([tmp_path / "missing.md", tmp_path / "fine.md"], tmp_path / "out", PROFILE, jobs=1)
    failed, built = report.results
    assert isinstance(failed.exception, articlecast.ArticleError) and isinstance(failed.exception, ValueError)
    assert failed.error == str(failed.exception) and "does not exist" in failed.error
    assert built.status == "built"
    with pytest.raises(articlecast.ArticleError):
        report.raise_first_failure()


def test_messages_name_the_setting_as_the_library_takes_it(tmp_path):
    from PIL import Image

    Image.new("RGB", (1000, 800), "white").save(tmp_path / "art.png")
    (tmp_path / "story.md").write_text(SHORT_ARTICLE.replace("summary:", "image: art.png\nsummary:"))
    (result,) = articlecast.build([tmp_path / "story.md"], tmp_path / "out", PROFILE, jobs=1).results
    assert isinstance(result.exception, articlecast.ArtworkError)
    assert "(fit=True)" in result.error and "--fit" not in result.error
    assert result.exception.describe({"fit": "--fit"}).endswith("(--fit).")


def test_library_logs_per_module_and_is_silent_by_default(tmp_path, caplog):
    (tmp_path / "story.md").write_text(SHORT_ARTICLE)
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("articlecast").handlers)
    with caplog.at_level(logging.INFO, logger="articlecast"):
        articlecast.build([tmp_path / "story.md"], tmp_path / "out", PROFILE, jobs=1)
    names = {record.name for record in caplog.records}
    assert {"articlecast.pipeline.batch", "articlecast.engines.runner", "articlecast.pipeline.episode"} <= names


def test_py_typed_is_shipped():
    assert resources.files("articlecast").joinpath("py.typed").is_file()
