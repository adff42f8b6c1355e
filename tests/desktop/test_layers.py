"""Data flows one way down (ui → domain → store → models; sync beside domain): the lower
layers never import the sync, the UI or Qt, and the UI lays out and wires: what it shows
comes from `desktop.domain` as plain rows, so a widget that opens a query is a test failure.
Read from the source, so an import inside a function counts as much as one at the top."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop import models

DESKTOP = Path(__file__).resolve().parents[2] / "desktop"
UI = DESKTOP / "ui"
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


# -- the UI -----------------------------------------------------------------------------

#: What the UI may take from the store package: nothing at run time. The handle it is given
#: may be named as a type, under `if TYPE_CHECKING:` (the store is opened below the UI).
STORE_PUBLIC: set[tuple[str, str]] = set()
TABLE_CLASSES = {name for name in models.__all__
                 if hasattr(getattr(models, name), "__table__")}


def import_names(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, name) of every import in `path`, at any depth (module level or inside a
    function); `name` is None for `import module`."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    typing_only = {id(inner) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
                   for inner in ast.walk(node)}
    found = []
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, node.module, alias.name) for alias in node.names]
    return found


def table_class_uses(path: Path) -> list[tuple[int, str]]:
    """(line, name) of every `something.Customer`-like reach for a table class through a
    module (`customer_profile.Customer`), which an import check alone would not see."""
    return [(node.lineno, node.attr)
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path)))
            if isinstance(node, ast.Attribute) and node.attr in TABLE_CLASSES]


def ui_layer_violations(root: Path = UI) -> list[str]:
    out = []
    for path in sorted(root.rglob("*.py")):
        where = path.relative_to(root.parent)
        out += [f"{where}:{line} uses the table class {name}"
                for line, name in table_class_uses(path)]
        for line, module, name in import_names(path):
            top = module.split(".")[0]
            if top in ("sqlalchemy", "sqlmodel"):
                out.append(f"{where}:{line} imports {module}")
            elif module == "desktop.store" or module.startswith("desktop.store."):
                if (module, name) not in STORE_PUBLIC:
                    out.append(f"{where}:{line} imports the store's internals ({module}"
                               f"{'.' + name if name else ''})")
            elif module == "desktop.models" and name in TABLE_CLASSES:
                out.append(f"{where}:{line} imports the table class {name}")
    return out


def test_the_ui_imports_no_sql_and_no_store_internals():
    assert ui_layer_violations() == []


def test_the_layering_check_catches_a_widget_that_queries(tmp_path):
    widget = tmp_path / "ui" / "rogue.py"
    widget.parent.mkdir()
    widget.write_text("from sqlmodel import select\n"
                      "def load():\n"
                      "    from desktop.store.engine import create_local_engine\n"
                      "    from desktop.models import Customer, row_values\n"
                      "    from desktop.store.store import Store\n"
                      "    from desktop.domain import complaints\n"
                      "    return Store.get(complaints.Visit, 'id')\n"
                      "if TYPE_CHECKING:\n"
                      "    from desktop.store.store import Store\n")
    found = ui_layer_violations(widget.parent)
    assert len(found) == 5  # the import of the store's handle as a type only is allowed
    assert "uses the table class Visit" in found[0]
    assert "imports sqlmodel" in found[1]
    assert "store's internals (desktop.store.engine.create_local_engine)" in found[2]
    assert "imports the table class Customer" in found[3]
    assert "store's internals (desktop.store.store.Store)" in found[4]
