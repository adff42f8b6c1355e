"""Loading generated demo data into a client store, fast, as if it came from the server.

Rows are bulk-inserted with SQLAlchemy core (`executemany`) in large transactions, with no
outbox entries (nothing to push). Derived data is kept as the write path would: a write hook
registered with a bulk rebuild (the search index) is skipped per row and rebuilt once at the
end (`Writer.table_loaded`, `Writer.load_finished`); every other registered write hook runs
for every row, in the transaction that inserts it.
Rows already in the store with the same id are replaced (loading twice is harmless).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from operator import itemgetter

from desktop.demo.generator import DemoSpec, generate
from desktop.models.base import synced_model
from desktop.models.codec import datetime_to_storage, python_to_storage
from desktop.store.hooks import per_row_hooks
from desktop.store.store import Store

__all__ = ["DemoSpec", "load_into_store", "load_rows"]  # DemoSpec re-exported for callers

log = logging.getLogger(__name__)

#: Rows per transaction when loading into a store that already holds data: big enough to
#: amortise the fsync of each commit (synchronous=FULL), small enough that the WAL stays modest.
COMMIT_EVERY = 100_000
#: Page cache while loading (KiB): random UUID keys make index inserts touch pages all over
#: the file; a bigger cache turns most of that into memory work.
LOAD_CACHE_KIB = 128 * 1024


def _converter(column, dialect) -> Callable | None:
    """The codec's converter for the common column types, else SQLAlchemy's bind processor."""
    return python_to_storage(column.type) or column.type._cached_bind_processor(dialect)


class _TableLoader:
    """A prepared `INSERT OR REPLACE` for one table: column defaults filled in, values stored
    exactly as the ORM stores them (datetimes, dates, bools, JSON), then one `executemany`."""

    def __init__(self, table: str, dialect):
        self.table = table
        self.model = synced_model(table)
        columns = list(self.model.__table__.columns)
        self.names = [c.name for c in columns]
        self.defaults = []
        for c in columns:
            info = self.model.model_fields.get(c.name)
            required = info is None or info.is_required()
            self.defaults.append(None if required else info.get_default(call_default_factory=True))
        self.converters = [_converter(c, dialect) for c in columns]
        names = ", ".join(f'"{n}"' for n in self.names)
        marks = ", ".join("?" for _ in self.names)
        self.sql = f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({marks})'

    def values(self, rows: list[dict]) -> list[tuple]:
        """Parameter tuples, built column by column (list comprehensions beat a generator
        per row by a wide margin)."""
        columns = []
        memo: dict = {}  # a visit and its children share their timestamps: convert once
        for name, default, convert in zip(self.names, self.defaults, self.converters,
                                          strict=True):
            values = [row.get(name, default) for row in rows]
            if convert is datetime_to_storage:
                values = [memo[v] if v in memo else memo.setdefault(v, convert(v))
                          for v in values]
            elif convert is not None:
                values = [convert(v) for v in values]
            columns.append(values)
        out = list(zip(*columns, strict=True))
        out.sort(key=itemgetter(self.names.index("id")))  # B-tree pages fill in order
        return out

    def full_rows(self, rows: list[dict]) -> list[dict]:
        return [{**dict(zip(self.names, self.defaults, strict=True)), **row} for row in rows]


def load_rows(store: Store, batches: Iterable[tuple[str, list[dict]]],
              progress: Callable[[dict[str, int]], None] | None = None) -> dict[str, int]:
    """Insert generated `(table, rows)` batches into `store`; returns rows loaded per table.

    Into an empty store everything loads in one transaction with the secondary indexes set
    aside and built again at the end (`Writer.set_aside_indexes`; a crash rolls everything
    back, indexes included). Into a store that already holds data, rows commit in chunks of
    COMMIT_EVERY with the indexes kept. `progress`, if given, gets the running counts after
    every chunk.
    """
    counts: Counter[str] = Counter()
    loaders: dict[str, _TableLoader] = {}
    batches = iter(batches)
    finished = False
    while not finished:
        finished = True
        with store.write() as writer:
            session = writer.session
            connection = session.connection()
            raw = connection.connection.driver_connection  # same transaction as the session
            raw.execute(f"PRAGMA cache_size=-{LOAD_CACHE_KIB}")
            one_transaction = not counts and writer.synced_tables_empty()
            if one_transaction:
                writer.set_aside_indexes()
            chunk = 0
            for table, rows in batches:
                loader = loaders.get(table)
                if loader is None:
                    loader = loaders[table] = _TableLoader(table, connection.dialect)
                raw.executemany(loader.sql, loader.values(rows))
                _run_hooks(session, loader, rows)
                counts[table] += len(rows)
                chunk += len(rows)
                if chunk >= COMMIT_EVERY:
                    if progress:
                        progress(dict(counts))
                    if not one_transaction:
                        finished = False
                        break
                    chunk = 0
            if finished:  # indexes back, derived data rebuilt in bulk
                for table in counts:
                    writer.table_loaded(table)
                writer.load_finished()
        if progress:
            progress(dict(counts))
    with store.write() as writer:  # back to SQLite's default page cache
        writer.session.connection().exec_driver_sql("PRAGMA cache_size=-2000")
    log.info("loaded %d demo rows into %s", sum(counts.values()), store.path)
    return dict(counts)


def _run_hooks(session, loader: _TableLoader, rows: list[dict]) -> None:
    """Run the registered write hooks that have no bulk rebuild, for every row."""
    hooks = per_row_hooks()
    if not hooks:
        return
    for row in loader.full_rows(rows):
        instance = loader.model.model_construct(**row)
        for hook in hooks:
            hook(session, loader.table, instance)


def load_into_store(store: Store, spec: DemoSpec,
                    progress: Callable[[dict[str, int]], None] | None = None) -> dict[str, int]:
    """Generate the demo described by `spec` and load it into `store`; returns counts per
    table. 50,000 customers and 500,000 visits stream through in bounded memory."""
    return load_rows(store, generate(spec), progress)

