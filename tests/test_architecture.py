"""The stage order holds for every import, lazy and type-only ones included (docs/architecture.md).

sources → speech → engines → render → publish → pipeline (the library API) → cli. A module
imports its own stage or earlier ones; shared modules import no stage; only the CLI imports
click; the packages form no circle. Read from the code's own imports, so the rules cannot rot.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "articlecast"
STAGES = ["sources", "speech", "engines", "render", "publish", "pipeline", "studio", "cli"]
SHARED = {"errors", "files", "config", "cache", "language", "audio", "workers", "cluster", "article", "urls"}
FACADES = {"__init__": "pipeline", "__main__": "cli"}
"""The package's own entry points sit at the stage whose names they expose."""


def modules() -> dict[str, Path]:
    return {".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts): path for path in PACKAGE.rglob("*.py")}


def imports(name: str, path: Path) -> set[str]:
    """Every module ``name`` imports, anywhere in its body, as absolute names."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}  # "from . import cli" names a module
    return found


def part(name: str) -> str:
    """The top-level part of articlecast a module belongs to (``speech`` for ``articlecast.speech.lexicon``)."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def stage(part_name: str) -> int | None:
    """The stage's position, or None for a shared module."""
    part_name = FACADES.get(part_name, part_name)
    return None if part_name in SHARED else STAGES.index(part_name)


ALL = modules()
EDGES = {(name, imported) for name, path in ALL.items() for imported in imports(name, path) if imported in ALL}


def test_every_module_belongs_to_a_stage_or_is_shared():
    unknown = {part(name) for name in ALL} - set(STAGES) - SHARED - set(FACADES)
    assert not unknown, f"modules outside the documented layout: {unknown}"


@pytest.mark.parametrize("name", sorted(ALL))
def test_imports_follow_the_stage_order(name):
    here = stage(part(name))
    for imported in sorted(imported for source, imported in EDGES if source == name):
        there = stage(part(imported))
        if there is None:
            continue
        assert here is not None, f"{name} is shared but imports the stage module {imported}"
        assert there <= here, f"{name} ({STAGES[here]}) imports {imported} ({STAGES[there]}), a later stage"


def test_only_the_cli_imports_click_and_the_progress_display():
    for name, path in ALL.items():
        if part(name) in ("cli", "__main__"):
            continue
        found = imports(name, path)
        assert not {module for module in found if module.split(".")[0] == "click"}, f"{name} imports click"
        assert not {module for module in found if module.startswith("articlecast.cli")}, f"{name} imports the CLI"


def test_the_parts_form_no_circle():
    graph: dict[str, set[str]] = {}
    for source, imported in EDGES:
        if part(source) != part(imported):
            graph.setdefault(part(source), set()).add(part(imported))

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        return any(after == goal or (after not in seen and reaches(after, goal, seen | {after})) for after in graph.get(start, ()))

    circles = sorted(name for name in graph if reaches(name, name, set()))
    assert not circles, f"these parts import each other in a circle: {circles}"


def test_the_rules_catch_a_backward_import(tmp_path):
    """The checker itself: a speech module importing engines is caught."""
    module = tmp_path / "lexicon.py"
    module.write_text("def f():\n    from ..engines import get_engine\n", encoding="utf-8")
    found = imports("articlecast.speech.lexicon", module)
    assert "articlecast.engines" in found and stage(part("articlecast.engines")) > stage(part("articlecast.speech.lexicon"))


def test_no_module_is_over_500_lines():
    long = {name: n for name, path in ALL.items() if (n := len(path.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, f"split these modules by job: {long}"
