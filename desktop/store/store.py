"""The local store of one account: opening it (repairs, migrations), reading, write
transactions, small facts, and the sync outcomes the user sees.

Writes go through the `Writer` a `Store.write()` transaction yields (`desktop.store.writer`,
bulk loads in `desktop.store.bulk_load`, derived data in `desktop.store.hooks`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, bindparam, func
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import configure_mappers
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.util import identity_key
from sqlmodel import Session, select

from desktop.models import SyncedBase, new_id, synced_model
from desktop.models.codec import decode_fields
from desktop.store import migrate
from desktop.store.bulk_load import restore_indexes_left_aside
from desktop.store.engine import (
    CACHE_KIB,
    WAL_AUTOCHECKPOINT_PAGES,
    create_local_engine,
    writer_engine,
)
from desktop.store.local_tables import OutboxEntry, SyncConflict, SyncRejection, SyncState
from desktop.store.writer import Writer

T = TypeVar("T", bound=SyncedBase)
log = logging.getLogger(__name__)

# on the table, not the entity: the ORM's bulk-insert path cost more than the statement
_insert_state = sqlite_insert(SyncState.__table__).values(key=bindparam("key"),
                                                          value=bindparam("value"))
_PUT_STATE = _insert_state.on_conflict_do_update(
    index_elements=[SyncState.__table__.c.key], set_={"value": _insert_state.excluded.value})


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
        restore_indexes_left_aside(engine)
        migrate.upgrade(engine)
        # Rows made without a query (model_construct, the write hooks of a bulk load) need
        # every mapper configured; a query would configure only its own model's registry.
        configure_mappers()
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
    def write(self, *, durable: bool = True, cache_kib: int | None = None,
              checkpoint: bool = True) -> Iterator[Writer]:
        """One transaction: every change made through the Writer commits together or not at all.

        `durable=False` commits without waiting for the disk (SQLite synchronous=NORMAL for
        this transaction): a power cut may roll back the last such commits, never corrupt
        the file or split a transaction. Only for data the server still has, such as
        snapshot pages; a rep's own changes always commit with synchronous=FULL.
        `cache_kib`: the connection's page cache for this transaction instead of the usual
        `engine.CACHE_KIB` (a snapshot's pages, decision 0039). `checkpoint=False`: the
        commit leaves the write-ahead log to a checkpoint run on another connection (a
        snapshot's `checkpointing`) instead of copying it into the file itself."""
        with self._write_lock, self._writer_engine.connect() as connection:
            raw = connection.connection.driver_connection  # no transaction begun yet
            if not durable:
                raw.execute("PRAGMA synchronous=NORMAL")  # refused inside a transaction
            if cache_kib is not None:
                raw.execute(f"PRAGMA cache_size=-{cache_kib}")
            if not checkpoint:
                raw.execute("PRAGMA wal_autocheckpoint=0")
            try:
                with Session(connection, expire_on_commit=False) as session:
                    with session.begin():
                        yield Writer(session)
            finally:
                if not durable:
                    raw.execute("PRAGMA synchronous=FULL")
                if cache_kib is not None:  # the pooled connection keeps its usual cache
                    raw.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
                if not checkpoint:  # and checkpoints its own commits again
                    raw.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")

    @contextmanager
    def checkpointing(self) -> Iterator[Callable[[], None]]:
        """A thread that copies the write-ahead log's committed pages into the store file
        whenever the function yielded is called (after each commit made with
        `write(checkpoint=False)`), and once more at the end. A bulk snapshot's commits then
        only append to the log while the copying runs on the other core (decision 0041).
        A checkpoint that fails is logged and left to the commits after the snapshot: the
        log only grows meanwhile."""
        wanted, stop = threading.Event(), threading.Event()

        def run() -> None:
            try:
                with self.engine.connect() as connection:
                    raw = connection.connection.driver_connection
                    while not stop.is_set() or wanted.is_set():
                        if wanted.wait(0.1):
                            wanted.clear()
                            # PASSIVE: never waits for the writer or a reader
                            raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            except Exception:  # noqa: BLE001 - only the log's size depends on it
                log.warning("checkpointing during the download failed", exc_info=True)

        thread = threading.Thread(target=run, name="snapshot-checkpoint", daemon=True)
        thread.start()
        try:
            yield wanted.set
        finally:
            wanted.set()
            stop.set()
            thread.join()

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

    def set_state(self, key: str, value: str | None, session: Session | None = None) -> None:
        """Store a small fact (None forgets it), in `session`'s transaction when given."""
        def put(s: Session):
            if value is None:
                row = s.get(SyncState, key)
                if row is not None:
                    s.delete(row)
                return
            # One statement, no read first (a sync cycle stores three facts, ~0.3 ms each
            # read); a copy of the fact the session holds is kept in step.
            s.flush()  # as the ORM's statements flush first (the table's do not)
            s.execute(_PUT_STATE, {"key": key, "value": value})
            held = s.identity_map.get(identity_key(SyncState, key))
            if held is not None:
                set_committed_value(held, "value", value)

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
        with self.write() as w:
            conflict = w.session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise LookupError(f"conflict {conflict_id} does not exist")
            model = synced_model(conflict.table_name)
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
