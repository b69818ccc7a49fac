"""docs/ci.md's workflow: its run: steps that call articlecast, run as written against a temporary
repository of articles (two commits), with the articlecast under test on PATH."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
RECIPE = ROOT / "docs" / "ci.md"
SETTINGS = """[channel]
title = "Harbour News"
link = "https://harbour.example.org/"
description = "Harbour news, read aloud."
author = "Harbour desk"
owner_email = "audio@harbour.example.org"
base_url = "https://harbour.example.org/podcast/"
"""
ARTICLE = "---\ntitle: {title}\ndate: 2026-03-{day:02d}\n---\n\n{text}\n"


def workflow() -> dict:
    (block,) = re.findall(r"```yaml\n(.*?)```", RECIPE.read_text(encoding="utf-8"), re.S)
    return yaml.safe_load(block)


def articlecast_steps() -> list[str]:
    """The run: scripts that call articlecast (not the install step), in order."""
    steps = workflow()["jobs"]["build"]["steps"]
    return [step["run"] for step in steps if "articlecast " in step.get("run", "") and "pip install" not in step["run"]]


def run_step(script: str, repo: Path, environment: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", script], cwd=repo, env=environment,
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=CI", "-c", "user.email=ci@example.org", *args], cwd=repo, check=True, capture_output=True)


def test_the_workflow_caches_the_clips_keyed_on_the_voice_and_uploads_the_site():
    steps = workflow()["jobs"]["build"]["steps"]
    caches = [step["with"] for step in steps if step.get("uses", "").startswith("actions/cache@")]
    assert any("voices/**" in cache["key"] and cache["path"] == ".articlecast-cache" for cache in caches)
    assert workflow()["env"]["ARTICLECAST_CACHE"].endswith("/.articlecast-cache")
    assert any(step.get("uses", "").startswith("actions/upload-artifact@") and step["with"]["path"] == "site/" for step in steps)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_recipe_builds_the_changed_articles_and_checks_the_site(tmp_path):
    repo = tmp_path / "repo"
    (repo / "articles").mkdir(parents=True)
    (repo / "articlecast.toml").write_text(SETTINGS, encoding="utf-8")
    (repo / "articles" / "lights.md").write_text(ARTICLE.format(title="Harbour lights", day=14, text="The harbour lights were switched on again."))
    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "first")
    environment = {**os.environ, "ARTICLECAST_CACHE": str(tmp_path / "cache"),
                   "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ["PATH"]])}  # fmt: skip
    build, check = articlecast_steps()

    first = run_step(build, repo, environment)  # a first run: no site yet, so every article
    assert first.returncode == 0, first.stderr
    assert [a["status"] for a in json.loads((repo / "report.json").read_text())["articles"]] == ["built"]

    (repo / "articles" / "pier.md").write_text(ARTICLE.format(title="The pier reopens", day=15, text="The old pier reopened on Sunday."))
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "second")
    second = run_step(build, repo, environment)
    assert second.returncode == 0, second.stderr
    (article,) = json.loads((repo / "report.json").read_text())["articles"]  # only the changed article
    assert (article["source"], article["status"]) == ("articles/pier.md", "built")

    checked = run_step(check, repo, environment)
    assert checked.returncode == 0, checked.stdout
    report = json.loads((repo / "check.json").read_text())
    assert (report["ok"], report["episodes"], report["problems"]) == (True, 2, [])
