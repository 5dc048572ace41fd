"""The package's layers: imports only point down, and no two modules import each other, even indirectly.

Bottom to top: errors/settings/text/sentences/table_rows/domain → index → ingest → query → search → answering → facts → engine →
web, bench → cli. Imports inside functions count too: a lazy import is still a dependency.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"

LAYERS: list[set[str]] = [
    {"assistant.errors", "assistant.settings", "assistant.text", "assistant.sentences", "assistant.table_rows", "assistant.checkboxes",
     "assistant.domain"},
    {"assistant.index"},
    {"assistant.ingest"},
    {"assistant.query"},
    {"assistant.search"},
    {"assistant.answering"},
    {"assistant.facts"},
    {"assistant.engine"},
    {"assistant.web", "assistant.bench"},
    {"assistant.cli"},
    {"assistant.__main__"},
]


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PACKAGE.rglob("*.py")}


def _imports(path: Path, name: str, known: set[str]) -> set[str]:
    """Modules of the package that ``path`` imports (``from x import y`` counts y when y is a module)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    is_package = path.name == "__init__.py"
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            targets = [module] + [f"{module}.{a.name}" for a in node.names]
        else:
            continue
        for target in targets:
            if target in known and target != name:
                found.add(target)
    return found


def _layer(module: str) -> tuple[int, str]:
    for number, group in enumerate(LAYERS):
        for top in group:
            if module == top or module.startswith(top + "."):
                return number, top
    raise AssertionError(f"{module} belongs to no layer: add its sub-package to LAYERS in {__file__}")


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    known = set(modules)
    return {name: _imports(path, name, known) for name, path in modules.items()}


def test_every_module_has_a_layer() -> None:
    for module in _modules():
        if module != "assistant":
            _layer(module)


def test_imports_point_down_only() -> None:
    upward = []
    for source, targets in _graph().items():
        if source == "assistant":
            continue
        source_layer, source_top = _layer(source)
        for target in targets:
            target_layer, target_top = _layer(target)
            if target_layer > source_layer or (target_layer == source_layer and target_top != source_top
                                               and source_layer > 0):
                upward.append(f"{source} -> {target}")
    assert not upward, "imports that point up (or sideways between peers):\n" + "\n".join(sorted(upward))


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its own modules is not a cycle of the architecture
    for name in graph:
        graph[name] = {t for t in graph[name] if not (name.startswith(t + ".") and _modules()[t].name == "__init__.py")}
    assert _cycles(graph) == []


def test_the_checks_can_fail() -> None:
    """The walker sees an upward import and a cycle when there is one."""
    graph = {"assistant.index.store": {"assistant.engine"}, "assistant.engine": {"assistant.index.store"}}
    assert _cycles(graph) == [["assistant.engine", "assistant.index.store"]]
    assert _layer("assistant.engine")[0] > _layer("assistant.index.store")[0]
