"""The shared text-normalisation suite (../shared/tn, cases from a public test suite): the targets of issue 11."""

import importlib.util
import json
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
SUITE = Path(os.environ.get("ARTICLECAST_TN") or ROOT.parent / "shared" / "tn")
TARGETS = {"en": 0.97, "ru": 0.95}

pytestmark = pytest.mark.skipif(
    not (SUITE / "score.py").is_file(), reason=f"the shared normalisation suite is not at {SUITE} (it lives beside the repository)"
)


def _bench():
    """``bench/tn.py``, which runs the suite's scorer on this checkout."""
    spec = importlib.util.spec_from_file_location("bench_tn", ROOT / "bench" / "tn.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("language", sorted(TARGETS))
def test_the_shared_suite_reads_at_least_the_target(language, tmp_path):
    summary = tmp_path / "summary.json"
    _bench().score(language, tmp_path, "--json", str(summary))
    result = json.loads(summary.read_text(encoding="utf-8"))
    failures = (tmp_path / f"failures-{language}.txt").read_text(encoding="utf-8")
    assert result["passed"] / result["total"] >= TARGETS[language], failures
