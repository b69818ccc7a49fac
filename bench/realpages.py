"""Score article extraction on ../shared/realpages, working part and hold-out apart (run by hand).

    python bench/realpages.py                 # both parts, a summary line each
    python bench/realpages.py --details       # also each working page's misses and leaks

The pages are others' words, kept beside the repository (never in it). Their own scorer
(``score.py``) runs ``python -m articlecast script FILE --json`` on each page from this checkout.
A third of the inputs is held out: every input whose number (the leading ``NN``) is divisible
by 3. Rules are tuned on the working part only; the hold-out shows how they generalise, so its
per-page details are printed only with ``--holdout-details``.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
REALPAGES = Path(os.environ.get("ARTICLECAST_REALPAGES") or ROOT.parent / "shared" / "realpages")
"""The set: ``../shared/realpages`` beside the repository, or where ``ARTICLECAST_REALPAGES`` says."""


def load_scorer(folder: Path = REALPAGES) -> ModuleType:
    """The realpages folder's own ``score.py``, imported as a module."""
    spec = importlib.util.spec_from_file_location("realpages_score", folder / "score.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(folder / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_holdout(page: Path) -> bool:
    """Inputs numbered 03, 06, 09, ... are the hold-out third."""
    number = page.name.split("-", 1)[0]
    return number.isdigit() and int(number) % 3 == 0


def score_pages(pages: list[Path], scorer: ModuleType) -> list[dict[str, Any]]:
    """One row of the scorer per page, in order; articlecast runs from this checkout, a process per core."""
    command = [sys.executable, "-m", "articlecast"]
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))

    def score(page: Path) -> dict[str, Any]:
        return scorer.score_page(page, scorer.expected_for(page), scorer.run_tool(command, page, 120))

    with ThreadPoolExecutor(os.cpu_count() or 1) as pool:
        return list(pool.map(score, pages))


def summary(name: str, rows: list[dict[str, Any]]) -> str:
    count = len(rows)
    tally = {key: sum(bool(row[key]) for row in rows) for key in ("title_ok", "first_ok", "last_ok", "clean")}
    leaks = sum(len(row["leaked"]) for row in rows)
    return (
        f"{name}: {tally['clean']}/{count} clean (title {tally['title_ok']}, first {tally['first_ok']}, "
        f"last {tally['last_ok']}, junk strings leaked {leaks}, failed runs {sum(not row['ran'] for row in rows)})"
    )


def details(rows: list[dict[str, Any]]) -> list[str]:
    lines = []
    for row in rows:
        if row["clean"]:
            continue
        misses = [key for key in ("title", "first", "last") if not row[f"{key}_ok"]]
        lines.append(f"  {row['file']}: missing {', '.join(misses) or 'nothing'}; {row['error']}".rstrip("; "))
        if not row["title_ok"] and row["ran"]:
            lines.append(f"      title: {row.get('got_title', '')[:100]!r}")
        lines.extend(f"      leaked: {junk[:100]}" for junk in row["leaked"])
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="misses and leaks of each working page")
    parser.add_argument("--holdout-details", action="store_true", help="misses and leaks of each hold-out page")
    parser.add_argument("--part", choices=("working", "holdout", "both"), default="both")
    args = parser.parse_args()
    if not (REALPAGES / "score.py").exists():
        sys.exit(f"{REALPAGES} is absent; put the realpages set beside the repository to run this.")
    scorer = load_scorer()
    pages = scorer.find_files([])
    parts = {"working": [p for p in pages if not is_holdout(p)], "holdout": [p for p in pages if is_holdout(p)]}
    for name, part in parts.items():
        if args.part not in (name, "both"):
            continue
        rows = score_pages(part, scorer)
        print(summary(name, rows))
        if (args.details and name == "working") or (args.holdout_details and name == "holdout"):
            print("\n".join(details(rows)))


if __name__ == "__main__":
    main()
