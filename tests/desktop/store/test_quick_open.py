"""The quick read at start (`desktop.store.quick_open`) leaves a store whose first download
was cut off to the ordinary open, which puts the indexes set aside back; and it loads
neither the database layer nor the bulk load to find that out."""

from __future__ import annotations

import subprocess
import sys

from desktop.models import Customer
from desktop.store import quick_open
from desktop.store.store import Store


def test_a_store_whose_download_was_cut_off_is_left_to_the_ordinary_open(tmp_path):
    path = tmp_path / "rep.sqlite3"
    store = Store.open(path)
    with store.write() as w:
        w.set_aside_indexes()
        w.create(Customer, kind="hospital", name="北京大学人民医院（白塔寺院区）", phone=None)
    store.close()  # the app was killed before the last page

    assert quick_open.open_for_reading(path) is None
    Store.open(path).close()  # the ordinary open builds the indexes again
    con = quick_open.open_for_reading(path)
    assert con is not None
    assert con.execute("SELECT name FROM customer").fetchall() == [
        ("北京大学人民医院（白塔寺院区）",)]
    con.close()


def test_the_quick_read_loads_neither_the_database_layer_nor_the_bulk_load():
    probe = ("import sys, desktop.store.quick_open; print(sorted(m for m in sys.modules "
             "if m.split('.')[0] in ('sqlalchemy', 'sqlmodel') or m in ('desktop.models', "
             "'desktop.store.bulk_load', 'desktop.store.store', 'desktop.store.engine')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"
