"""The shared text-normalisation suite (../shared/tn, cases from a public test suite): the targets of issue 11."""

import json
import sys
from pathlib import Path

import pytest

SUITE = Path(__file__).parents[1].parent / "shared" / "tn"
TARGETS = {"en": 0.97, "ru": 0.95}

pytestmark = pytest.mark.skipif(
    not (SUITE / "score.py").is_file(), reason=f"the shared normalisation suite is not at {SUITE} (it lives beside the repository)"
)


@pytest.mark.parametrize("language", sorted(TARGETS))
def test_the_shared_suite_reads_at_least_the_target(language, tmp_path):
    sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
    try:
        from tn import score
    finally:
        sys.path.pop(0)
    summary = tmp_path / "summary.json"
    score(language, tmp_path, "--json", str(summary))
    result = json.loads(summary.read_text(encoding="utf-8"))
    assert result["passed"] / result["total"] >= TARGETS[language], (tmp_path / f"failures-{language}.txt").read_text(encoding="utf-8")
