"""The one place that opens a local SQLite database.

Every caller gets its engine from `create_local_engine`, so that encryption at rest (e.g.
SQLCipher through sqlcipher3) can later be added here without touching them.

SQLite is used in WAL mode (readers never block the writer), with synchronous=FULL so that a
committed call report survives a power cut, and with Python's implicit transaction handling
turned off so that SQLAlchemy's BEGIN is the real one. Writers begin with BEGIN IMMEDIATE
(engine option `sqlite_immediate=True`) to take the write lock up front instead of failing
on a lock upgrade when the sync worker and the UI write at the same time.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event

BUSY_TIMEOUT_MS = 30_000


def create_local_engine(path: Path | str, *, echo: bool = False) -> Engine:
    """An engine on the SQLite file at `path` (created if missing, parent folders too)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        f"sqlite:///{path}",
        echo=echo,
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def writer_engine(engine: Engine) -> Engine:
    """The same engine, beginning every transaction with BEGIN IMMEDIATE."""
    return engine.execution_options(sqlite_immediate=True)
