"""The floor of a first sync: the same rows loaded straight into an empty SQLite file.

After a first sync, every synced table's rows are read back from the synced store (as
stored) and written with one `executemany` per table, in one transaction, into a new file
with the synced tables' own schema; their indexes are created after the rows, the cheapest
order. No network, no JSON, no conflict handling, no search index: what SQLite alone needs
for these rows, with the durability of the first sync's own pages (WAL, synchronous=NORMAL).
Measured twice: with the standard library's `sqlite3` on a plain file (the
floor the first sync is compared with) and with `sqlcipher3` on an encrypted file with the
store's page size (what encryption adds: the store is encrypted at rest, decision 0014).
Only the load is timed, not reading the rows back.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from desktop.models import SYNCED_MODELS

FLOOR_KEY = "x'" + "ab" * 32 + "'"  # a throw-away raw key for the encrypted floor


def _schema(source) -> tuple[list[str], list[str]]:
    """CREATE TABLE and CREATE INDEX statements of the synced tables in `source`."""
    names = sorted(SYNCED_MODELS)
    marks = ", ".join("?" * len(names))
    tables = [sql for (sql,) in source.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN ({marks})", names)]
    indexes = [sql for (sql,) in source.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})", names)]
    return tables, indexes


class _Clock:
    """Wall and CPU seconds spent inside its `with` blocks, summed."""

    def __init__(self):
        self.wall = self.cpu = 0.0

    def __enter__(self):
        self._started = (time.perf_counter(), time.process_time())

    def __exit__(self, *_exc):
        self.wall += time.perf_counter() - self._started[0]
        self.cpu += time.process_time() - self._started[1]


def _load(source, target, clock: _Clock) -> int:
    """Copy every synced table's rows from `source` into `target`, timing the writes only.
    Returns rows written."""
    tables, indexes = _schema(source)
    rows = 0
    with clock:
        for sql in tables:
            target.execute(sql)
        target.execute("BEGIN")
    for table in sorted(SYNCED_MODELS):
        data = source.execute(f'SELECT * FROM "{table}"').fetchall()
        if data:
            with clock:
                target.executemany(
                    f'INSERT INTO "{table}" VALUES ({", ".join("?" * len(data[0]))})', data)
            rows += len(data)
    with clock:
        for sql in indexes:
            target.execute(sql)
        target.execute("COMMIT")
    return rows


def measure_floor(store_raw, workdir: Path, *, encrypted: bool) -> dict:
    """Load the synced store's rows (`store_raw`: an open sqlite connection on it) into an
    empty file; {"seconds", "cpu_seconds", "rows"}."""
    path = workdir / ("floor-encrypted.sqlite3" if encrypted else "floor.sqlite3")
    path.unlink(missing_ok=True)
    if encrypted:
        import sqlcipher3

        from desktop.store.encryption import CIPHER_PAGE_SIZE

        target = sqlcipher3.connect(str(path), isolation_level=None)
        target.execute(f'PRAGMA key = "{FLOOR_KEY}"')
        target.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
    else:
        target = sqlite3.connect(str(path), isolation_level=None)
    # The durability a first sync's pages have (WAL, no fsync per commit: decision 0028).
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    clock = _Clock()
    try:
        rows = _load(store_raw, target, clock)
    finally:
        target.close()
        path.unlink(missing_ok=True)
    return {"seconds": round(clock.wall, 2), "cpu_seconds": round(clock.cpu, 2), "rows": rows}
