"""What CI needs: the JSON report on stdout, check --json, one exit code per kind of failure."""

from __future__ import annotations

import json

import pytest

from articlecast.errors import (
    EXIT_ARTICLE_FAILED, EXIT_ENVIRONMENT, EXIT_USAGE, ArticleError, CacheError, ConfigError, EngineError, OutputError,
    VoicingError, WorkerError, exit_code,
)  # fmt: skip
from conftest import run_cli

ARTICLE = "---\ntitle: Harbour lights\ndate: 2026-03-14\n---\n\nThe harbour lights were switched on again on Monday.\n"


@pytest.mark.parametrize(
    "error, code",
    [(ArticleError("x"), EXIT_ARTICLE_FAILED), (VoicingError("x"), EXIT_ARTICLE_FAILED), (ConfigError("x"), EXIT_USAGE),
     (EngineError("x"), EXIT_ENVIRONMENT), (CacheError("x"), EXIT_ENVIRONMENT), (OutputError("x"), EXIT_ENVIRONMENT),
     (WorkerError("x"), EXIT_ENVIRONMENT)],
)  # fmt: skip
def test_each_error_class_has_its_exit_code(error, code):
    assert exit_code(error) == code


def test_report_dash_writes_pure_json_to_stdout_and_the_rest_to_stderr(tmp_path):
    (tmp_path / "harbour.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    result = run_cli("build", "harbour.md", "empty.md", "-o", "out", "-j", "0", "--report", "-", cwd=tmp_path)
    assert result.returncode == 1
    report = json.loads(result.stdout)  # nothing but the report
    assert [article["status"] for article in report["articles"]] == ["built", "failed"]
    assert "harbour.md -> harbour.mp3 (built" in result.stderr and "Feed: out/feed.xml" in result.stderr
    assert "1 of 2 articles failed: empty.md" in result.stderr


def test_check_json_lists_the_problems(tmp_path):
    (tmp_path / "harbour.md").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "articlecast.toml").write_text(
        '[channel]\ntitle = "Harbour News"\nlink = "https://harbour.example.org/"\nbase_url = "https://harbour.example.org/a/"\n'
    )
    assert run_cli("build", "harbour.md", "-o", "out", "-j", "0", "-q", cwd=tmp_path).returncode == 0
    good = run_cli("check", "out", "--json", cwd=tmp_path)
    assert (good.returncode, json.loads(good.stdout)) == (0, {"folder": "out", "episodes": 1, "problems": [], "ok": True})

    feed = tmp_path / "out" / "feed.xml"
    feed.write_bytes(feed.read_bytes().replace(b'url="https://harbour.example.org/a/harbour.mp3"', b'url=""'))
    bad = run_cli("check", "out", "--json", cwd=tmp_path)
    report = json.loads(bad.stdout)
    assert bad.returncode == 1 and not report["ok"]
    assert report["problems"] == ["item 'Harbour lights': has an empty URL"]


def test_a_usage_error_is_click_s_exit_code_2(tmp_path):
    result = run_cli("build", "--no-such-option", cwd=tmp_path)
    assert result.returncode == 2 and not (tmp_path / "audio").exists()
