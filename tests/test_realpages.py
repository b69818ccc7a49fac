"""Real pages nobody here wrote (../shared/realpages), scored by their own scorer: the working part reads clean.

The pages are others' words and stay outside the repository; this test skips when they are not
beside it. A third of them (numbers divisible by 3) is held out from tuning and not asserted
here: ``python bench/realpages.py`` reports both parts.
"""

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("bench_realpages", ROOT / "bench" / "realpages.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_working_part_of_the_real_pages_is_clean():
    bench = _bench()
    if not (bench.REALPAGES / "score.py").exists():
        pytest.skip(f"{bench.REALPAGES} is absent (set ARTICLECAST_REALPAGES to the realpages folder to run this)")
    scorer = bench.load_scorer()
    working = [page for page in scorer.find_files([]) if not bench.is_holdout(page)]
    assert len(working) == 20
    rows = bench.score_pages(working, scorer)
    assert bench.details(rows) == [], bench.summary("working", rows)
