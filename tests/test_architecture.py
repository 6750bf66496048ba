"""The shape of domain/: Qt-free, argparse-free, layered, without import cycles (issue 13, 14).

The rules read the source with ``ast`` (no import side effects), so a forbidden ``import`` fails
here even inside a function. ``test_the_contract_catches_a_forbidden_import`` proves the checker
can fail by feeding it a module with a ``from PySide6`` line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx
import pytest

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = ROOT / "domain"
FORBIDDEN = ("PySide6", "shiboken6", "gui", "cli", "argparse")
# Lowest layer first: a package may import only from its own layer or lower ones.
LAYERS = {
    "(shared)": 0,
    "tables": 1,
    "study": 2,
    "store": 3,
    "rome": 4,
    "people": 5, "matching": 5,
    "reports": 6,
}
# store.migrations gathers each concept's schema module (plain SQL): the one upward import.
SCHEMA_MODULES = {"domain.rome.schema", "domain.people.schema", "domain.matching.levels_schema",
                  "domain.matching.profiles_schema", "domain.people.roster_schema"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path, source: str | None = None) -> set[str]:
    """Every module named by an import statement anywhere in the file (functions included)."""
    tree = ast.parse(source if source is not None else path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            named = {f"{base}.{alias.name}" for alias in node.names}
            # ``from pkg import submodule`` imports the submodule; the package is named only
            # when one of the names is not a module of ours.
            if not all(_is_module(name) for name in named):
                found.add(base)
            found.update(named)
    return found


def _is_module(dotted: str) -> bool:
    path = ROOT / Path(*dotted.split("."))
    return path.with_suffix(".py").exists() or (path / "__init__.py").exists()


def domain_modules() -> dict[str, Path]:
    return {module_name(p): p for p in DOMAIN.rglob("*.py")}


def forbidden_imports(path: Path, source: str | None = None) -> list[str]:
    return sorted(name for name in imports_of(path, source)
                  if name.split(".")[0] in FORBIDDEN)


def package_of(module: str) -> str:
    """``study`` for ``domain.study.facts``; ``(shared)`` for ``domain.errors`` and the like."""
    parts = module.split(".")
    if len(parts) < 2:
        return "(shared)"
    first = parts[1]
    return first if (DOMAIN / first).is_dir() else "(shared)"


def test_the_contract_catches_a_forbidden_import():
    path = DOMAIN / "matching" / "bridges.py"
    source = path.read_text(encoding="utf-8") + "\nfrom PySide6.QtCore import QObject\n"
    assert forbidden_imports(path, source) == ["PySide6.QtCore", "PySide6.QtCore.QObject"]
    assert forbidden_imports(path, "def f():\n    import argparse\n") == ["argparse"]


@pytest.mark.parametrize("name", sorted(domain_modules()))
def test_domain_never_imports_qt_gui_cli_or_argparse(name):
    assert forbidden_imports(domain_modules()[name]) == [], name


def test_no_import_cycle_between_domain_modules():
    modules = domain_modules()
    graph = nx.DiGraph()
    graph.add_nodes_from(modules)
    for name, path in modules.items():
        for target in imports_of(path):
            # ``from pkg import submodule`` names the submodule, not the package's __init__.
            if target in modules and target != name:
                graph.add_edge(name, target)
    assert list(nx.simple_cycles(graph)) == []


def test_packages_import_only_from_lower_layers():
    offences = []
    for name, path in domain_modules().items():
        mine = package_of(name)
        for target in imports_of(path):
            if not target.startswith("domain.") or target in SCHEMA_MODULES:
                continue
            theirs = package_of(target)
            if theirs != mine and LAYERS[theirs] >= LAYERS[mine]:
                offences.append(f"{name} -> {target}")
    assert offences == []


def test_domain_is_grouped_by_concept():
    direct = sorted(p.name for p in DOMAIN.glob("*.py") if p.name != "__init__.py")
    assert len(direct) <= 8, direct
    packages = [p for p in DOMAIN.iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    assert {p.name for p in packages} <= set(LAYERS), "a new package needs its place in LAYERS"
    for package in packages:
        doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text(encoding="utf-8")))
        assert doc and "import" in doc, f"{package.name}/__init__.py must say what it may import"


def test_the_command_line_lives_beside_the_gui():
    assert not (DOMAIN / "commands").exists()
    assert (ROOT / "cli" / "runner.py").exists()


def test_the_architecture_document_names_every_domain_and_cli_module():
    """Each domain module is named in its package's row; each cli module by its path."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    lines = doc.splitlines()
    missing = []
    for path in DOMAIN.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        mark = "| 0 |" if path.parent == DOMAIN else f"`{path.parent.name}/`"
        rows = [line for line in lines if line.startswith("|") and mark in line]
        if not any(f"`{path.name}`" in row for row in rows):
            missing.append(str(path.relative_to(ROOT)))
    for path in (ROOT / "cli").glob("*.py"):
        if path.name != "__init__.py" and f"cli/{path.name}" not in doc:
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []
    packages = {p.parent.name for p in DOMAIN.glob("*/__init__.py")}
    assert all(f"`{name}/`" in doc for name in packages)


def test_the_architecture_document_names_every_gui_module():
    """A newcomer finds every window module in the gui map (views and models by their pattern)."""
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = doc[doc.index("## `gui/`"):doc.index("## `cli/`")]
    missing = [p.name for p in (ROOT / "gui").glob("*.py")
               if p.name != "__init__.py" and p.stem not in section
               and not p.stem.endswith(("_view", "_model"))]
    assert missing == []
