"""The local store of one account: opening it, reading, and the single write path.

Every change to a synced row goes through `Store.write()` (or its one-shot helpers
`create`, `update`, `delete`). In one SQLite transaction the write path validates the row,
stores it, records the outbox entry the sync will push, and runs the write hooks (the
customer search index). A crash at any point leaves either all of that or none of it.

Rows the sync pulls from the server go through `Writer.apply_remote`, which runs the same
hooks but records no outbox entry.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cache
from operator import itemgetter
from pathlib import Path
from types import SimpleNamespace
from typing import TypeVar

from pydantic_core import PydanticUndefined
from sqlalchemy import Date, DateTime, Engine, func
from sqlmodel import Session, select

from desktop.models import SYNC_META_FIELDS, SyncedBase, new_id, row_values, utcnow
from desktop.models.codec import encode_values
from desktop.models.validation import validate_row
from desktop.store import migrate
from desktop.store.engine import create_local_engine, writer_engine
from desktop.store.local_tables import OutboxEntry, SyncConflict, SyncRejection, SyncState

log = logging.getLogger(__name__)

T = TypeVar("T", bound=SyncedBase)
# Page cache of a connection that stores a bulk download. Random UUID keys touch index pages
# all over the file and SQLite's default 2 MB cache thrashes; measured on a 470k-row first
# sync, 64 MB was no faster than 16 MB and lifted peak RSS from 208 to 481 MB.
BULK_CACHE_KIB = 16384
WriteHook = Callable[[Session, str, SyncedBase], None]

# Hooks run inside the write transaction after a synced row changed, locally or from the
# server: (session, table name, row). Registered by modules that keep derived data.
_WRITE_HOOKS: list[WriteHook] = []
# A hook's bulk counterpart, and the tables it derives from (None: any).
_REBUILDS: dict[WriteHook, tuple[Callable[[Session], object], frozenset[str] | None]] = {}


def register_write_hook(hook: WriteHook | None = None, *,
                        rebuild: Callable[[Session], object] | None = None,
                        tables: Iterable[str] | None = None):
    """Register a write hook (usable as a bare decorator). With `rebuild`, bulk loads may
    skip the per-row hook and call `rebuild(session)` once instead: as soon as every one of
    `tables` (the tables the hook derives from) is loaded, or at the end of the load."""
    def add(h: WriteHook) -> WriteHook:
        if h not in _WRITE_HOOKS:
            _WRITE_HOOKS.append(h)
        if rebuild is not None:
            _REBUILDS[h] = (rebuild, frozenset(tables) if tables is not None else None)
        return h

    return add if hook is None else add(hook)


def per_row_hooks() -> list[WriteHook]:
    """The registered hooks a bulk load must still run for every row (no bulk rebuild)."""
    return [h for h in _WRITE_HOOKS if h not in _REBUILDS]


def _rebuilds() -> list[tuple[Callable[[Session], object], frozenset[str] | None]]:
    return [_REBUILDS[h] for h in _WRITE_HOOKS if h in _REBUILDS]


def hooks_deferrable() -> bool:
    """Whether every registered hook has a bulk rebuild (see `Writer.store_wire_rows`)."""
    return all(h in _REBUILDS for h in _WRITE_HOOKS)


class RowNotFound(LookupError):
    """The row does not exist locally, or was deleted."""

    def __init__(self, table: str, row_id: str):
        super().__init__(f"{table} {row_id} does not exist or was deleted")
        self.table, self.row_id = table, row_id


class Writer:
    """Writes inside one open transaction; obtained from `Store.write()`."""

    def __init__(self, session: Session):
        self.session = session

    # -- local changes (recorded in the outbox) -------------------------------------------
    def create(self, model: type[T], values: dict | None = None, *, priority: int = 0,
               **fields) -> T:
        data = {**(values or {}), **fields}
        data.setdefault("id", new_id())
        row = model(**data)
        now = utcnow()
        row.created_at = row.updated_at = now
        row.revision = 0
        row.deleted = False
        validate_row(model.__tablename__, row_values(row))
        self.session.add(row)
        self.session.flush()
        changes = {k: v for k, v in row_values(row).items()
                   if k not in SYNC_META_FIELDS and k != "deleted"}
        self._record(model.__tablename__, row.id, "create", changes, 0, priority)
        self._after_write(model.__tablename__, row)
        return row

    def update(self, model: type[T], row_id: str, changes: dict | None = None, *,
               priority: int = 0, **fields) -> T:
        data = {**(changes or {}), **fields}
        forbidden = sorted(set(data) & (SYNC_META_FIELDS | {"deleted"}))
        if forbidden:
            raise ValueError(f"cannot change {', '.join(forbidden)} directly")
        row = self.get(model, row_id)
        changed = {k: v for k, v in data.items() if getattr(row, k) != v}
        if not changed:
            return row
        candidate = {**row_values(row), **changed}
        validate_row(model.__tablename__, candidate)
        for key, value in changed.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        self.session.add(row)
        self.session.flush()
        self._record(model.__tablename__, row.id, "update", changed, row.revision, priority)
        self._after_write(model.__tablename__, row)
        return row

    def delete(self, model: type[T], row_id: str, *, priority: int = 0) -> None:
        """Mark the row deleted (a tombstone that syncs); it disappears from every view."""
        row = self.get(model, row_id)
        row.deleted = True
        row.updated_at = utcnow()
        self.session.add(row)
        self.session.flush()
        self._record(model.__tablename__, row.id, "delete", {"deleted": True}, row.revision,
                     priority)
        self._after_write(model.__tablename__, row)

    def get(self, model: type[T], row_id: str) -> T:
        row = self.session.get(model, row_id)
        if row is None or row.deleted:
            raise RowNotFound(model.__tablename__, row_id)
        return row

    # -- rows from the server (no outbox entry) -------------------------------------------
    def apply_remote(self, model: type[T], values: dict) -> T:
        """Insert or overwrite a row with the server's values (decoded Python values)."""
        row = self.session.get(model, values["id"])
        if row is None:
            row = model(**values)
        else:
            for key, value in values.items():
                setattr(row, key, value)
        self.session.add(row)
        self.session.flush()
        self._after_write(model.__tablename__, row)
        return row

    def apply_remote_many(self, model: type[T], rows: list[dict]) -> None:
        """Insert or overwrite many server rows at once (decoded values, every column given):
        one executemany on the transaction's own SQLite connection instead of an ORM object
        per row, for snapshots and large pulls. Values are stored exactly as SQLAlchemy
        stores them (see `_sqlite_storage`). Write hooks get a read-only attribute view of
        each row (building a SQLModel instance per row cost more than the insert itself)."""
        if not rows:
            return
        sql, columns = _bulk_upsert(model)
        raw = self._raw()
        raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        raw.executemany(sql, [tuple(fn(row[name]) if fn else row[name]
                                    for name, fn in columns) for row in rows])
        if _WRITE_HOOKS:
            name = model.__tablename__
            for values in rows:
                self._after_write(name, SimpleNamespace(**values))

    def store_wire_rows(self, model: type[T], columns: list[str], rows: list[list]) -> int:
        """Insert or overwrite server rows straight from the wire (value lists in `columns`
        order, dates and UTC datetimes as ISO text) without decoding them to Python first,
        and without running write hooks: for bulk loads, which call `table_loaded` and
        `load_finished`. A row older than the stored copy is left as it is. Returns rows written.

        Measured on a 470k-row first sync: parsing every timestamp into a datetime only to
        format it back into SQLite text, and the per-row search hook, were over a third of
        the client's time."""
        if not rows:
            return 0
        sql, _columns = _bulk_upsert(model, newer_only=True)
        positions, fill, conversions = _wire_plan(model, tuple(columns))
        raw = self._raw()
        raw.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
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

    def synced_tables_empty(self) -> bool:
        """Whether no synced table holds a row and nothing waits in the outbox."""
        from desktop.models import SYNCED_MODELS

        raw = self._raw()
        tables = [*SYNCED_MODELS, OutboxEntry.__tablename__]
        return not any(raw.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables)

    def set_aside_indexes(self) -> int:
        """Drop the secondary indexes of the synced tables for a bulk load into an empty
        store, remembering them in this transaction; `table_loaded` and `load_finished`
        build them again (building an index over loaded rows is much cheaper than inserting
        random keys into it: 7.2 s -> 4.1 s measured on a 470k-row first sync). Should the
        load never finish, the next `Store.open` restores them before anything else.
        Returns how many indexes were dropped."""
        from desktop.models import SYNCED_MODELS

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

    def table_loaded(self, table: str) -> None:
        """A bulk load has stored every row of `table`: build its indexes set aside, and run
        the rebuilds of hooks that derive from it."""
        _restore_indexes(self._raw(), table)
        for rebuild, tables in _rebuilds():
            if tables is not None and table in tables:
                rebuild(self.session)

    def load_finished(self) -> None:
        """A bulk load is complete: build any index still set aside, and run the rebuilds of
        hooks that did not name their tables."""
        _restore_indexes(self._raw())
        for rebuild, tables in _rebuilds():
            if tables is None:
                rebuild(self.session)

    def _raw(self):
        """This transaction's own sqlite3 connection."""
        return self.session.connection().connection.driver_connection

    def remove_local(self, model: type[T], row_id: str) -> None:
        """Drop a row that left this user's scope (no tombstone, nothing to push)."""
        row = self.session.get(model, row_id)
        if row is not None:
            row.deleted = True
            self._after_write(model.__tablename__, row)
            self.session.delete(row)
            self.session.flush()

    # -- internals ------------------------------------------------------------------------
    def _record(self, table: str, row_id: str, op: str, changes: dict, base_revision: int,
                priority: int) -> None:
        priority = max(priority, self._urgent_priority(table, row_id))
        entry = OutboxEntry(table_name=table, row_id=row_id, op=op,
                            changes=encode_values(changes), base_revision=base_revision,
                            priority=priority)
        self.session.add(entry)

    def _urgent_priority(self, table: str, row_id: str) -> int:
        """Suspected adverse reactions and their workflow events reach pharmacovigilance
        first: their outbox entries are pushed before everything else, whoever wrote them."""
        from desktop.models import Complaint, ComplaintEvent

        if table == "complaint_event":
            event = self.session.get(ComplaintEvent, row_id)
            row_id, table = (event.complaint_id if event else ""), "complaint"
        if table == "complaint":
            complaint = self.session.get(Complaint, row_id)
            if complaint is not None and complaint.kind == "adverse_reaction":
                return 1
        return 0

    def _after_write(self, table: str, row: SyncedBase) -> None:
        for hook in _WRITE_HOOKS:
            hook(self.session, table, row)


def _datetime_text(v: datetime) -> str:
    v = v.astimezone(UTC)
    return (f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:{v.minute:02d}:"
            f"{v.second:02d}.{v.microsecond:06d}")


def _date_text(v: date) -> str:
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d}"


def _sqlite_storage(sa_type):
    """Python value -> what SQLAlchemy's SQLite dialect stores for this column type (the
    same text, so reads through the ORM see no difference), or None when it stores the
    value as it is."""
    from sqlalchemy import JSON, Boolean

    impl = getattr(sa_type, "impl", sa_type)
    if isinstance(impl, DateTime):
        return lambda v: None if v is None else _datetime_text(v)
    if isinstance(impl, Date):
        return lambda v: None if v is None else _date_text(v)
    if isinstance(impl, Boolean):
        return lambda v: None if v is None else int(bool(v))
    if isinstance(impl, JSON):
        return lambda v: None if v is None else json.dumps(v)
    return None


@cache
def _bulk_upsert(model, *, newer_only: bool = False) -> tuple[str, list]:
    table = model.__table__
    names = [c.name for c in table.columns]
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    sql = (f'INSERT INTO "{table.name}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
           f'VALUES ({", ".join("?" * len(names))}) ON CONFLICT (id) DO UPDATE SET {updates}')
    if newer_only:
        sql += f' WHERE excluded.revision >= "{table.name}".revision'
    return sql, [(c.name, _sqlite_storage(c.type)) for c in table.columns]


def _wire_datetime(text):
    """Wire text of a UTC datetime -> SQLAlchemy's SQLite text, by slicing when the server
    sent the usual `2026-03-01T09:30:00.000000+00:00`, else by parsing."""
    if isinstance(text, str) and len(text) == 32 and text[10] == "T" and text[26:] == "+00:00":
        return f"{text[:10]} {text[11:26]}"
    value = text if isinstance(text, datetime) else datetime.fromisoformat(text)
    return _datetime_text(value if value.utcoffset() is not None
                          else value.replace(tzinfo=UTC))


def _wire_date(text):
    """Wire text of a date -> SQLite text (the same `2026-03-01`)."""
    if isinstance(text, str) and len(text) == 10 and text[4] == "-" and text[7] == "-":
        return text
    value = text if isinstance(text, date) else date.fromisoformat(str(text)[:10])
    return _date_text(value.date() if isinstance(value, datetime) else value)


@cache
def _wire_plan(model, columns: tuple[str, ...]):
    """How to turn a wire row (values in `columns` order) into the insert's parameters:
    (source position of every local column, default values appended to each wire row for
    local columns the server did not send, [(position, converter)])."""
    from sqlalchemy import JSON

    table = model.__table__
    where = {name: i for i, name in enumerate(columns)}
    positions, fill, conversions = [], [], []
    for i, column in enumerate(table.columns):
        if column.name in where:
            positions.append(where[column.name])
        else:  # a column this server version does not send
            positions.append(len(columns) + len(fill))
            fill.append(_column_default(model, column.name))
        impl = getattr(column.type, "impl", column.type)
        if isinstance(impl, DateTime):
            conversions.append((i, _wire_datetime))
        elif isinstance(impl, Date):
            conversions.append((i, _wire_date))
        elif isinstance(impl, JSON):
            conversions.append((i, json.dumps))
    return positions, fill, conversions


def _column_default(model, name: str):
    """A column's Python default for wire rows that lack it (JSON columns are encoded later,
    with the column's other values); None where the default is made per row (ids, times)."""
    info = model.model_fields.get(name)
    if info is None:
        return None
    if info.default is not PydanticUndefined:
        return info.default
    return info.default_factory() if info.default_factory in (list, dict) else None


INDEXES_SET_ASIDE = "indexes_set_aside"  # sync_state key: [[name, CREATE INDEX sql], …]


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


def _restore_indexes_left_aside(engine: Engine) -> None:
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


class Store:
    """One account's local database file."""

    def __init__(self, engine: Engine, path: Path | None = None):
        self.engine = engine
        self.path = path
        self._writer_engine = writer_engine(engine)
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, path: Path | str) -> Store:
        """Open (creating if needed) and migrate the store at `path`."""
        path = Path(path)
        engine = create_local_engine(path)
        _restore_indexes_left_aside(engine)
        migrate.upgrade(engine)
        store = cls(engine, path)
        store.device_id  # noqa: B018 - make sure the device id exists from the first open
        return store

    def close(self) -> None:
        self.engine.dispose()

    # -- reading --------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing written through it is committed. Rows read stay
        usable after the block (closing detaches them without expiring their values)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def get(self, model: type[T], row_id: str) -> T | None:
        with self.read() as s:
            row = s.get(model, row_id)
            return None if row is None or row.deleted else row

    # -- writing --------------------------------------------------------------------------
    @contextmanager
    def write(self, *, durable: bool = True) -> Iterator[Writer]:
        """One transaction: every change made through the Writer commits together or not at all.

        `durable=False` commits without waiting for the disk (SQLite synchronous=NORMAL for
        this transaction): a power cut may roll back the last such commits, never corrupt
        the file or split a transaction. Only for data the server still has, such as
        snapshot pages; a rep's own changes always commit with synchronous=FULL."""
        with self._write_lock, self._writer_engine.connect() as connection:
            raw = connection.connection.driver_connection  # no transaction begun yet
            if not durable:
                raw.execute("PRAGMA synchronous=NORMAL")  # refused inside a transaction
            try:
                with Session(connection, expire_on_commit=False) as session:
                    with session.begin():
                        yield Writer(session)
            finally:
                if not durable:
                    raw.execute("PRAGMA synchronous=FULL")

    def create(self, model: type[T], values: dict | None = None, **fields) -> T:
        with self.write() as w:
            return w.create(model, values, **fields)

    def update(self, model: type[T], row_id: str, changes: dict | None = None, **fields) -> T:
        with self.write() as w:
            return w.update(model, row_id, changes, **fields)

    def delete(self, model: type[T], row_id: str) -> None:
        with self.write() as w:
            w.delete(model, row_id)

    # -- small facts ----------------------------------------------------------------------
    def state(self, key: str, default: str | None = None) -> str | None:
        with self.read() as s:
            row = s.get(SyncState, key)
            return row.value if row else default

    def set_state(self, key: str, value: str, session: Session | None = None) -> None:
        def put(s: Session):
            row = s.get(SyncState, key) or SyncState(key=key, value=value)
            row.value = value
            s.add(row)

        if session is not None:
            put(session)
            return
        with self.write() as w:
            put(w.session)

    @property
    def device_id(self) -> str:
        value = self.state("device_id")
        if value is None:
            value = new_id()
            self.set_state("device_id", value)
        return value

    def pending_count(self) -> int:
        """Local changes the server has not confirmed yet."""
        with self.read() as s:
            return s.exec(select(func.count()).select_from(OutboxEntry)).one()

    # -- sync outcomes the user sees (conflicts lost, changes refused) ----------------------
    def conflicts(self) -> list[SyncConflict]:
        """Fields where this user's value lost to another's on the server, newest first."""
        with self.read() as s:
            return list(s.exec(select(SyncConflict).order_by(SyncConflict.created_at.desc())))

    def rejections(self) -> list[SyncRejection]:
        """Local changes the server refused, with its reason, newest first."""
        with self.read() as s:
            return list(s.exec(select(SyncRejection).order_by(SyncRejection.seq.desc())))

    def restore_conflict(self, conflict_id: str) -> SyncedBase:
        """Put my losing value back: an ordinary update on the row as it is now (so it syncs
        with the current base revision); the conflict record goes in the same transaction."""
        from desktop.models import synced_model

        with self.write() as w:
            conflict = w.session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise LookupError(f"conflict {conflict_id} does not exist")
            model = synced_model(conflict.table_name)
            from desktop.sync.apply import decode_fields

            value = decode_fields(conflict.table_name, {conflict.field: conflict.my_value}
                                  )[conflict.field]
            row = w.update(model, conflict.row_id, {conflict.field: value})
            w.session.delete(conflict)
            return row

    def dismiss_conflict(self, conflict_id: str) -> None:
        """Keep the server's value; forget the conflict."""
        with self.write() as w:
            conflict = w.session.get(SyncConflict, conflict_id)
            if conflict is not None:
                w.session.delete(conflict)

    def dismiss_rejection(self, seq: int) -> None:
        """Acknowledge a refused change. A refused new record the server never stored is
        removed locally too, so the screen matches the server again."""
        from desktop.models import synced_model

        with self.write() as w:
            rejection = w.session.get(SyncRejection, seq)
            if rejection is None:
                return
            if rejection.op == "create" and rejection.server_row is None:
                model = synced_model(rejection.table_name)
                row = w.session.get(model, rejection.row_id)
                pending = w.session.exec(select(func.count()).select_from(OutboxEntry).where(
                    OutboxEntry.row_id == rejection.row_id)).one()
                if row is not None and row.revision == 0 and not pending:
                    w.remove_local(model, rejection.row_id)
            w.session.delete(rejection)
