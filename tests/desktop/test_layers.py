"""Data flows one way down (ui → domain → store → models; sync beside domain): the lower
layers never import the sync, the UI or Qt. Read from the source, so an import inside a
function counts as much as one at the top of a module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
LOWER_LAYERS = ("models", "store", "domain")
FORBIDDEN = ("desktop.sync", "desktop.ui", "PySide6")


def imported_modules(source: str) -> list[tuple[int, str]]:
    """(line, module) of every import in `source`, wherever it is; `from a import b` gives
    `a.b` too, so that `from desktop import sync` is caught."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif (isinstance(node, ast.Call) and node.args
              and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
              and getattr(node.func, "attr", getattr(node.func, "id", None))
              in ("import_module", "__import__")):
            found.append((node.lineno, node.args[0].value))
    return found


def forbidden_imports(source: str) -> list[str]:
    """The first forbidden module of each offending line."""
    offences: dict[int, str] = {}
    for line, module in imported_modules(source):
        if any(module == f or module.startswith(f + ".") for f in FORBIDDEN):
            offences.setdefault(line, module)
    return [f"line {line}: {module}" for line, module in sorted(offences.items())]


@pytest.mark.parametrize("layer", LOWER_LAYERS)
def test_lower_layers_import_neither_sync_nor_ui_nor_qt(layer):
    files = sorted((DESKTOP / layer).rglob("*.py"))
    assert files
    offences = {str(p.relative_to(DESKTOP.parent)): found for p in files
                if (found := forbidden_imports(p.read_text(encoding="utf-8")))}
    assert offences == {}


def test_the_scan_finds_imports_wherever_they_are():
    source = ("import PySide6.QtCore\n"
              "def f():\n    from desktop.sync.apply import decode_fields\n"
              "from desktop import ui\n"
              "importlib.import_module('desktop.sync')\n"
              "from desktop.models import codec\nimport desktop.synchronised\n")
    assert forbidden_imports(source) == ["line 1: PySide6.QtCore", "line 3: desktop.sync.apply",
                                         "line 4: desktop.ui", "line 5: desktop.sync"]
