"""The shared text-normalisation suite's scores, English and Russian (run by hand: python bench/tn.py).

Runs ``../shared/tn/score.py`` (cases from a public normalisation test suite,
kept beside the repository, never in it) on this checkout's ``articlecast
script`` and prints each language's per-class table and total.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = Path(os.environ.get("ARTICLECAST_TN") or ROOT.parent / "shared" / "tn")
"""The suite: ``../shared/tn`` beside the repository, or where ``ARTICLECAST_TN`` says."""
LANGUAGES = ("en", "ru")


def main() -> int:
    if not (SUITE / "score.py").is_file():
        print(f"The normalisation suite is not at {SUITE}; put shared/tn beside the repository to run this.")
        return 1
    with tempfile.TemporaryDirectory(prefix="tn-bench.") as work:
        for language in LANGUAGES:
            score(language, Path(work))
    return 0


def score(language: str, work: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the suite's scorer for one language on this checkout, in ``work``; its report on stdout."""
    tool = work / "articlecast"
    tool.write_text(f"#!{sys.executable}\nfrom articlecast.cli import main\nmain()\n", encoding="utf-8")
    tool.chmod(0o755)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    failures = work / f"failures-{language}.txt"
    command = [sys.executable, str(SUITE / "score.py"), str(tool), str(SUITE / f"{language}.tsv"), "--failures", str(failures), *extra]
    return subprocess.run(command, cwd=work, env=env, check=True, text=True, capture_output=bool(extra))


if __name__ == "__main__":
    sys.exit(main())
