"""The layers of the client, checked on the source: the UI lays out and wires; what it shows
comes from `desktop.domain` as plain rows. A widget that opens a query is a test failure."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop
from desktop import models

PACKAGE = Path(desktop.__file__).resolve().parent
UI = PACKAGE / "ui"

#: What the UI may take from the store package: the handle it is given, as a type.
STORE_PUBLIC = {("desktop.store.store", "Store"), ("desktop.store", "Store")}
TABLE_CLASSES = {name for name in models.__all__
                 if hasattr(getattr(models, name), "__table__")}


def imports(path: Path) -> list[tuple[int, str, str | None]]:
    """(line, module, name) of every import in `path`, at any depth (module level or inside a
    function); `name` is None for `import module`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
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
        for line, module, name in imports(path):
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
                      "    return Store.get(complaints.Visit, 'id')\n")
    found = ui_layer_violations(widget.parent)
    assert len(found) == 4
    assert "uses the table class Visit" in found[0]
    assert "imports sqlmodel" in found[1]
    assert "store's internals (desktop.store.engine.create_local_engine)" in found[2]
    assert "imports the table class Customer" in found[3]
