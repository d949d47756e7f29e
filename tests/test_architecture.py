"""The package's shape: rooms import only the rooms below them, no private names cross
modules, modules stay small, and every room says what it is for."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "assistant"
KERNEL = {"errors", "settings", "answer", "money", "text", "dates"}
# Each room and the rooms it may import (the kernel is always allowed).
ALLOWED: dict[str, set[str]] = {
    "corpus": set(),
    "search": {"corpus"},
    "tools": {"corpus"},
    "routing": {"corpus", "tools"},
    "answering": {"corpus", "search", "tools", "routing"},
    "evaluation": {"corpus", "search", "tools", "routing", "answering"},
    "frontends": {"corpus", "search", "tools", "routing", "answering", "evaluation"},
}
MAX_LINES = 420


def _modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def _room(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    if relative == Path("__init__.py"):
        return "package"  # build_assistant: the one entry point, wires every room
    return relative.parts[0] if len(relative.parts) > 1 else "kernel"


def _imports(path: Path) -> list[tuple[str, list[str], int]]:
    """(module, imported names, line) for every ``assistant`` import, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("assistant"):
            found.append((node.module, [alias.name for alias in node.names], node.lineno))
        elif isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names if a.name.startswith("assistant")]
    return found


def _target_room(module: str) -> str:
    parts = module.split(".")
    if len(parts) == 1:
        return "package"
    return parts[1] if parts[1] in ALLOWED else "kernel"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_module_imports_only_rooms_below_it(path: Path) -> None:
    room = _room(path)
    if room == "package":
        return
    for module, _, line in _imports(path):
        target = _target_room(module)
        if target in ("kernel", room) or (target == "package" and path.name == "__init__.py"):
            continue
        assert room != "kernel", f"{path.name}:{line}: the kernel imports {module}"
        assert target in ALLOWED[room], f"{path.relative_to(PACKAGE)}:{line}: {room} may not import {module}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_private_name_is_imported_from_another_module(path: Path) -> None:
    for module, names, line in _imports(path):
        private = [name for name in names if name.startswith("_")]
        assert not private, f"{path.relative_to(PACKAGE)}:{line}: imports private {private} from {module}"


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines; split it by job"


@pytest.mark.parametrize("room", sorted(ALLOWED))
def test_every_room_says_what_it_is_for_and_what_it_may_import(room: str) -> None:
    doc = ast.get_docstring(ast.parse((PACKAGE / room / "__init__.py").read_text(encoding="utf-8")))
    assert doc and "May import" in doc, f"assistant/{room}/__init__.py needs a docstring with 'May import'"


def test_the_kernel_is_what_the_design_names() -> None:
    kernel = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    assert kernel == KERNEL


def test_there_is_no_import_cycle_between_modules() -> None:
    graph: dict[str, set[str]] = {}
    names = {".".join(p.relative_to(PACKAGE.parent).with_suffix("").parts): p for p in _modules()}
    for name, path in names.items():
        graph[name] = set()
        for module, imported, _ in _imports(path):
            for candidate in [f"{module}.{n}" for n in imported] + [module]:
                if candidate in names and candidate != name:
                    graph[name].add(candidate)
                    break
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if nxt.endswith("__init__") or nxt == "assistant":
                continue
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join([*trail, node, nxt])
            if nxt not in state:
                visit(nxt, [*trail, node])
        state[node] = 2

    for node in graph:
        if node not in state:
            visit(node, [])
