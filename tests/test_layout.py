"""The package is laid out by stage, and its import graph flows one way: stages never import the app, and the
stage packages import each other without cycles."""
from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SCREENER = Path(__file__).resolve().parents[1] / "screener"
STAGES = ("ingest", "normalize", "evidence", "risk", "scoring", "redact", "review", "export", "commands")


def _unit(module: str) -> str:
    """The stage package of a dotted module (``screener.scoring.model`` -> ``scoring``), or the top module."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def _imports() -> dict[str, set[str]]:
    """Module-level imports between units of the package (imports inside functions are lazy and left out)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path in SCREENER.rglob("*.py"):
        rel = path.relative_to(SCREENER.parent).with_suffix("")
        module = ".".join(p for p in rel.parts if p != "__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                if name.startswith(("app_pages", "streamlit")):
                    graph[module].add(name)
                if name.startswith("screener.") and _unit(name) != _unit(module):
                    graph[_unit(module)].add(_unit(name))
    return graph


def test_the_package_never_imports_the_app_or_streamlit() -> None:
    offenders = {m: d for m, d in _imports().items() if any(x.startswith(("app_pages", "streamlit")) for x in d)}
    assert not offenders, offenders


def test_stage_packages_exist_with_one_concern_each() -> None:
    for stage in STAGES:
        assert (SCREENER / stage / "__init__.py").is_file(), stage
    assert (SCREENER / "contracts" / "__init__.py").is_file() and not (SCREENER / "models.py").exists()
    flat = sorted(p.stem for p in SCREENER.glob("*.py"))
    assert not [n for n in flat if n.startswith(("watchlist", "redact_", "store", "cli"))], flat


def test_stage_import_graph_has_no_cycles() -> None:
    graph = {k: {d for d in v if not d.startswith(("app_pages", "streamlit"))} for k, v in _imports().items()}
    cycles = []
    for start in STAGES:
        stack, seen = [(start, [start])], set()
        while stack:
            node, path = stack.pop()
            for nxt in graph.get(node, ()):
                if nxt == start:
                    cycles.append(path + [nxt])
                elif nxt not in seen and nxt in STAGES:
                    seen.add(nxt)
                    stack.append((nxt, path + [nxt]))
    assert not cycles, cycles[:5]


def test_whole_package_import_graph_has_no_cycles() -> None:
    """Stage packages and top-level modules alike (``scoring`` -> ``remediation`` -> ``scoring`` would fail)."""
    graph = {k: {d for d in v if not d.startswith(("app_pages", "streamlit"))} for k, v in _imports().items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    cycles: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for unit in sorted(graph):
        if unit not in state:
            visit(unit, [unit])
    assert len(graph) > len(STAGES) and not cycles, cycles
