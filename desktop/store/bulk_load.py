"""Storing many server rows at once: pulled pages and snapshots, and the first sync's bulk
load into an empty store.

Rows go in with one `executemany` on the write transaction's own SQLite connection, their
values converted to exactly the text SQLAlchemy stores (`desktop.models.codec`), instead of
one ORM object per row. A first sync also sets the synced tables' secondary indexes aside
and builds each table's again once its rows are in, because building an index over loaded
rows is much cheaper than inserting random UUID keys into it. The indexes set aside are
listed in `sync_state` in the same transaction, so an interrupted load is repaired at the
next `Store.open` (`restore_indexes_left_aside`).
"""

from __future__ import annotations

import json
import logging
from functools import cache
from operator import itemgetter
from typing import TypeVar

import sqlcipher3
from sqlalchemy import Engine
from sqlmodel import Session

from desktop.models import SYNCED_MODELS, SyncedBase
from desktop.models.codec import (
    WIRE_DATETIMES,
    missing_value,
    python_to_storage,
    wire_column_to_storage,
    wire_to_storage,
)
from desktop.store import hooks
from desktop.store.local_tables import OutboxEntry, SyncState
from desktop.store.quick_open import INDEXES_SET_ASIDE  # (a light module of the start path)

log = logging.getLogger(__name__)

# The sqlcipher3 driver (an older copy of Python's sqlite3 module) looks for an adapter for
# every parameter that is not exactly an int, float, str or bytearray, and for NULL and
# booleans it finds none only after two failed attribute look-ups whose AttributeError is
# formatted and thrown away: ~0.85 µs per value, seconds over a first sync's millions of
# empty fields. Registered adapters are found at once and bind the same values (NULL; 1, 0).
sqlcipher3.register_adapter(type(None), {}.get)  # a built-in taking one value, giving None
sqlcipher3.register_adapter(bool, int)

T = TypeVar("T", bound=SyncedBase)
REBUILDS_PENDING = "rebuilds_pending"  # sync_state key: [hook name, …] computing on a thread


class BulkLoad:
    """The bulk half of `Writer` (mixed into it): works in the transaction of `self.session`."""

    session: Session

    def apply_remote_many(self, model: type[T], rows: list[dict], *,
                          keep_newer: bool = False) -> int:
        """Insert or overwrite many server rows at once (decoded values, every column given),
        for pulls and snapshots; with `keep_newer`, a row whose stored copy has a higher
        revision is left as stored. Write hooks get a read-only attribute view of each row
        written. Returns how many rows were written (an unchanged one counts).

        A row stored already is updated in the columns whose values differ, and only those:
        SQLite rewrites the entries of every index on a column an UPDATE sets, so a pulled
        change of a customer's notes set through the upsert dirtied a page of each of its
        seven indexes (each page is then encrypted into the log at commit)."""
        if not rows:
            return 0
        sql, columns = _bulk_upsert(model)
        raw, table = self._raw(), model.__tablename__
        stored = [tuple(fn(row[name]) if fn else row[name] for name, fn in columns)
                  for row in rows]
        ids = [values[0] for values in stored]  # (every synced table's first column)
        before = _stored_copies(raw, table, columns, ids)
        position = {name: i for i, (name, _fn) in enumerate(columns)}
        if keep_newer:
            at = position["revision"]
            kept = [i for i, values in enumerate(stored)
                    if (old := before.get(values[0])) is None or old[at] <= values[at]]
            if len(kept) < len(stored):
                rows, stored = [rows[i] for i in kept], [stored[i] for i in kept]
                ids = [values[0] for values in stored]
        if len(set(ids)) != len(ids):  # a row given twice: the last copy wins, in order
            raw.executemany(sql, stored)
            hooks.run_write_hooks_many(self.session, table, rows)
            return len(rows)
        new, changed = [], {}
        for values in stored:
            old = before.get(values[0])
            if old is None:
                new.append(values)
            elif differ := tuple(i for i, (a, b) in enumerate(zip(old, values, strict=True))
                                 if a != b):
                changed.setdefault(differ, []).append(values)
        if new:
            raw.executemany(sql, new)
        for differ, group in changed.items():
            raw.executemany(_update_columns(table, tuple(columns[i][0] for i in differ)),
                            [(*(values[i] for i in differ), values[0]) for values in group])
        now = {values[0]: values for values in stored}

        def same(row: dict, names: tuple[str, ...]) -> bool:
            old = before.get(row["id"])
            return old is not None and all(
                old[position[n]] == now[row["id"]][position[n]] for n in names)

        hooks.run_write_hooks_many(self.session, table, rows, same)
        return len(rows)

    def store_wire_rows(self, model: type[T], columns: list[str], rows: list[list]) -> int:
        """Insert or overwrite server rows straight from the wire (value lists in `columns`
        order) without decoding them to Python first, and without running write hooks: for
        bulk loads, which call `table_loaded` and `load_finished`. A row older than the
        stored copy is left as it is. Returns rows written."""
        if not rows:
            return 0
        sql, _columns = _bulk_upsert(model, newer_only=True)
        positions, fill, conversions = _wire_plan(model, tuple(columns))
        raw = self._raw()
        pick = itemgetter(*positions) if len(positions) > 1 else (lambda v: (v[positions[0]],))
        prepared = []
        for values in rows:
            row = list(pick(values + fill if fill else values))
            for i, convert in conversions:
                value = row[i]
                if value is not None:
                    row[i] = convert(value)
            prepared.append(row)
        return raw.executemany(sql, prepared).rowcount

    def store_wire_columns(self, model: type[T], columns: list[str], values: list[list],
                           datetimes: str = WIRE_DATETIMES) -> int:
        """`store_wire_rows` for a columnar page: `values` holds one list per name in
        `columns`, all of one length, its datetimes in the form `datetimes`. Each column is
        converted at once and the rows are zipped together inside `executemany`. Returns
        rows written."""
        return self.store_prepared_columns(
            model, prepare_wire_columns(model, columns, values, datetimes))

    def store_prepared_columns(self, model: type[T], prepared: list) -> int:
        """`store_wire_columns` of a page converted beforehand by `prepare_wire_columns`
        (which a download thread can run while this one stores the page before)."""
        if not prepared:
            return 0
        sql, _columns = _bulk_upsert(model, newer_only=True)
        raw = self._raw()
        return raw.executemany(sql, zip(*prepared, strict=True)).rowcount

    def synced_tables_empty(self) -> bool:
        """Whether no synced table holds a row and nothing waits in the outbox."""
        raw = self._raw()
        tables = [*SYNCED_MODELS, OutboxEntry.__tablename__]
        return not any(raw.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables)

    def set_aside_indexes(self) -> int:
        """Drop the secondary indexes of the synced tables for a bulk load into an empty
        store, remembering them in this transaction; `table_loaded` and `load_finished`
        build them again. Returns how many indexes were dropped."""
        raw = self._raw()
        tables = sorted(SYNCED_MODELS)
        found = raw.execute(
            f"SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS "
            f"NOT NULL AND tbl_name IN ({', '.join('?' * len(tables))}) ORDER BY name",
            tables).fetchall()
        if found:
            kept = json.loads(_state(raw, INDEXES_SET_ASIDE) or "[]")
            _set_state(raw, INDEXES_SET_ASIDE, json.dumps(kept + [list(row) for row in found]))
            for name, _table, _sql in found:
                raw.execute(f'DROP INDEX "{name}"')
        return len(found)

    def table_loaded(self, table: str,
                     background: list[hooks.BackgroundRebuild] | None = None) -> None:
        """A bulk load has stored every row of `table`: build its indexes set aside, and run
        the rebuilds of hooks that derive from it. With a `background` list, rebuilds that
        can are computed on a thread instead and listed as pending in this transaction;
        `store_rebuilds` or `load_finished` stores them."""
        raw = self._raw()
        _restore_indexes(raw, table)
        started = len(background) if background is not None else 0
        hooks.run_rebuilds(self.session, table, background)
        if background is not None and len(background) > started:
            pending = json.loads(_state(raw, REBUILDS_PENDING) or "[]")
            _set_state(raw, REBUILDS_PENDING,
                       json.dumps(pending + [b.name for b in background[started:]]))

    def store_rebuilds(self, background: list[hooks.BackgroundRebuild], *,
                       wait: bool = False) -> None:
        """Store the background rebuilds that are computed (all of them, waiting, with
        `wait`) and take them off the pending list, in this transaction."""
        raw = self._raw()
        for rebuild in [b for b in background if wait or b.done()]:
            rebuild.store(self.session)
            background.remove(rebuild)
            pending = json.loads(_state(raw, REBUILDS_PENDING) or "[]")
            _set_state(raw, REBUILDS_PENDING,
                       json.dumps([n for n in pending if n != rebuild.name]))

    def load_finished(self, background: list[hooks.BackgroundRebuild] | None = None) -> None:
        """A bulk load is complete: build any index still set aside, store the background
        rebuilds, run those a killed load left pending, and the rebuilds of hooks that did
        not name their tables."""
        raw = self._raw()
        _restore_indexes(raw)
        if background:
            self.store_rebuilds(background, wait=True)
        for name in json.loads(_state(raw, REBUILDS_PENDING) or "[]"):
            hooks.run_rebuild_named(self.session, name)  # computed by a process now gone
        raw.execute(f'DELETE FROM "{SyncState.__tablename__}" WHERE key = ?',
                    (REBUILDS_PENDING,))
        hooks.run_rebuilds(self.session, None)

    def executemany_stored(self, sql: str, rows: list[tuple]) -> None:
        """Run `sql` once per row of `rows` on this transaction's own sqlite3 connection,
        without SQLAlchemy's per-parameter processing: for a local table written every sync
        cycle, its values already in their stored forms (`desktop.models.codec`)."""
        self._raw().executemany(sql, rows)

    def _raw(self):
        """This transaction's own sqlite3 connection."""
        return self.session.connection().connection.driver_connection


def _stored_copies(raw, table: str, columns: list, ids: list[str]) -> dict[str, tuple]:
    """The stored copies of rows `ids` in `columns` order (as `_bulk_upsert` stores them),
    by id."""
    listed = ", ".join(f'"{name}"' for name, _fn in columns)
    found: dict[str, tuple] = {}
    wanted = list(dict.fromkeys(ids))
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        found.update((values[0], values) for values in raw.execute(
            f'SELECT {listed} FROM "{table}" WHERE id IN ({", ".join("?" * len(chunk))})',
            chunk))
    return found


@cache
def _update_columns(table: str, names: tuple[str, ...]) -> str:
    """An UPDATE of `names` of one row by id (its values, then the id)."""
    return (f'UPDATE "{table}" SET {", ".join(f"{chr(34)}{n}{chr(34)} = ?" for n in names)} '
            f'WHERE id = ?')


@cache
def _bulk_upsert(model, *, newer_only: bool = False) -> tuple[str, list]:
    """The upsert of every column of `model`'s table, and [(column, Python -> storage)]."""
    table = model.__table__
    names = [c.name for c in table.columns]
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
           f'VALUES ({", ".join("?" * len(names))}) ON CONFLICT (id) DO UPDATE SET {updates}')
    if newer_only:
        sql += f' WHERE excluded.revision >= "{table.name}".revision'
    return sql, [(c.name, python_to_storage(c.type)) for c in table.columns]


def prepare_wire_columns(model: type[T], columns: list[str], values: list[list],
                         datetimes: str = WIRE_DATETIMES) -> list:
    """A columnar page's values in the order and stored form of `model`'s table columns (one
    list per column; a column the server did not send filled with its default), ready for
    `Writer.store_prepared_columns`; [] for a page without rows. `datetimes`: the form the
    page's datetimes came in (the page's `datetimes`; SQLite's own are only checked). Pure:
    any thread may run it."""
    count = len(values[0]) if values else 0
    if not count:
        return []
    where = {name: i for i, name in enumerate(columns)}
    ordered = []
    for name, convert in _column_plan(model, datetimes):
        i = where.get(name)
        if i is None:  # a column this server version does not send
            fill = missing_value(model.__tablename__, name)
            if convert and fill is not None:
                fill = convert([fill])[0]
            ordered.append([fill] * count)
        else:
            ordered.append(convert(values[i]) if convert else values[i])
    return ordered


@cache
def _column_plan(model, datetimes: str) -> list[tuple[str, object]]:
    """[(column, whole wire column -> storage, or None)] in the table's column order."""
    return [(c.name, wire_column_to_storage(c.type, datetimes)) for c in model.__table__.columns]


@cache
def _wire_plan(model, columns: tuple[str, ...]):
    """How to turn a wire row (values in `columns` order) into the insert's parameters:
    (source position of every local column, default values appended to each wire row for
    local columns the server did not send, [(position, wire -> storage)])."""
    where = {name: i for i, name in enumerate(columns)}
    positions, fill, conversions = [], [], []
    for i, column in enumerate(model.__table__.columns):
        if column.name in where:
            positions.append(where[column.name])
        else:  # a column this server version does not send
            positions.append(len(columns) + len(fill))
            fill.append(missing_value(model.__tablename__, column.name))
        convert = wire_to_storage(column.type)
        if convert is not None:
            conversions.append((i, convert))
    return positions, fill, conversions


def _state(raw, key: str) -> str | None:
    row = raw.execute(f'SELECT value FROM "{SyncState.__tablename__}" WHERE key = ?',
                      (key,)).fetchone()
    return row[0] if row else None


def _set_state(raw, key: str, value: str) -> None:
    raw.execute(f'INSERT INTO "{SyncState.__tablename__}" (key, value) VALUES (?, ?) '
                f'ON CONFLICT (key) DO UPDATE SET value = excluded.value', (key, value))


def _restore_indexes(raw, table: str | None = None) -> int:
    """Build the indexes set aside (those of `table`, or all); returns how many."""
    kept = json.loads(_state(raw, INDEXES_SET_ASIDE) or "[]")
    now = [entry for entry in kept if table is None or entry[1] == table]
    for _name, _table, sql in now:
        raw.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1)
                    .replace("CREATE UNIQUE INDEX ", "CREATE UNIQUE INDEX IF NOT EXISTS ", 1))
    left = [entry for entry in kept if entry not in now]
    if left:
        _set_state(raw, INDEXES_SET_ASIDE, json.dumps(left))
    else:
        raw.execute(f'DELETE FROM "{SyncState.__tablename__}" WHERE key = ?',
                    (INDEXES_SET_ASIDE,))
    return len(now)


def restore_indexes_left_aside(engine: Engine) -> None:
    """A bulk load that never finished (the app was killed) left indexes dropped: build them
    before migrations and screens need them."""
    with engine.begin() as connection:
        raw = connection.connection.driver_connection
        if raw.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (SyncState.__tablename__,)).fetchone() is None:
            return
        if _state(raw, INDEXES_SET_ASIDE) is not None:
            log.warning("restoring %d indexes set aside by an unfinished download",
                        _restore_indexes(raw))
