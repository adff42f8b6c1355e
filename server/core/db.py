"""Engines, sessions and migrations of the server database (SQLite or PostgreSQL)."""

from __future__ import annotations

import functools
import time
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event, exc
from sqlalchemy.engine import make_url
from sqlmodel import Session

from desktop.private_files import private_sqlite_file

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
SQLITE_BUSY_MS = 30_000
#: A pooled PostgreSQL connection unused for this long is tested before a request gets it.
IDLE_PING_SECONDS = 10.0


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def create_server_engine(url: str, *, pool_size: int = 10, max_overflow: int = 30) -> Engine:
    """An engine for `url`. SQLite files get WAL and BEGIN IMMEDIATE for writers (so two
    pushes never fail on a lock upgrade); PostgreSQL gets a connection pool."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            # 0600 (and so its -wal/-shm) before SQLite creates it with the umask's 0644
            private_sqlite_file(Path(parsed.database))
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_MS / 1000},
            # the connection used last, whose page cache SQLite has not dropped for another
            # connection's write since (each keeps its own cache)
            pool_use_lifo=True)
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_size=pool_size, max_overflow=max_overflow)
    ping_when_idle(engine)
    return engine


def ping_when_idle(engine: Engine) -> None:
    """Test a pooled connection before handing it out only when it has lain idle for
    IDLE_PING_SECONDS: a database restarted (or a connection cut by a firewall) meanwhile is
    noticed then, and the pool opens a new connection instead (SQLAlchemy's
    `DisconnectionError` protocol). `pool_pre_ping` tested at every checkout: a round trip
    per request, ~5 % of a sync cycle's statements (decision 0037). A connection in steady
    use is not tested; should the database go away under it, the request fails and SQLAlchemy
    invalidates the pool's older connections, as it would with pre-ping for a request
    already running."""

    @event.listens_for(engine, "connect")
    def _fresh(_dbapi_connection, record):
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkin")
    def _returned(_dbapi_connection, record):
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _handed_out(dbapi_connection, record, _proxy):
        since = record.info.get("idle_since")
        if since is not None and time.monotonic() - since < IDLE_PING_SECONDS:
            return
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise exc.DisconnectionError(f"idle connection gone: {error}") from error
        if not alive:
            raise exc.DisconnectionError("idle connection gone")


class SentTogether:
    """Statements for PostgreSQL collected and sent as one message (the simple query
    protocol, parameters bound by psycopg on this side), with the COMMIT if asked: one
    round trip, and the database runs them back to back, waiting for nothing on this side.
    A push holds the revision lock for exactly that long (decision 0038). Only statements
    whose answers are not needed, except the first one's (`first_row`). Elsewhere (SQLite)
    each statement runs at once, bound by the driver from the same compiled text.

    Parameters are given as to `Session.execute`, converted by their types as SQLAlchemy
    would, and bound by psycopg (`ClientCursor.mogrify`: quoted by the driver, never by
    string formatting here)."""

    def __init__(self, session: Session):
        self.session = session
        self.together = session.get_bind().dialect.name == "postgresql"
        self.parts: list[tuple[str, dict]] = []
        self.cursor = None

    def get_bind(self):
        return self.session.get_bind()

    def execute(self, statement, params: dict | list[dict]) -> None:
        rows = params if isinstance(params, list) else [params]
        sql, defaults, processors = _compiled(statement, self.session.get_bind().dialect,
                                              tuple(rows[0]))
        converted = []
        for row in rows:
            values = {**defaults, **row}
            for name, process in processors.items():
                values[name] = process(values[name])
            converted.append(values)
        if self.together:
            self.parts.extend((sql, values) for values in converted)
            return
        # SQLite, at once and by the driver itself: the statement compiled once per shape,
        # as for PostgreSQL, instead of SQLAlchemy building each row's parameters again
        # (~5% of a push's server CPU for its change log, versions and audit entries)
        connection = self.session.connection().connection.driver_connection
        error_class = self.session.get_bind().dialect.loaded_dbapi.Error
        try:
            connection.executemany(sql, converted)
        except error_class as error:
            raise exc.DBAPIError.instance(sql, None, error, error_class) from error

    def send(self, *, commit: bool) -> None:
        """Send what was collected (and COMMIT, if `commit`; the session's transaction then
        ends with nothing left to send). An error is raised as SQLAlchemy's."""
        if not self.together:
            if commit:
                self.session.commit()
            return
        from psycopg import ClientCursor

        connection = self.session.connection().connection.driver_connection
        cursor = ClientCursor(connection)
        try:
            script = ";\n".join(cursor.mogrify(sql, params) for sql, params in self.parts)
            cursor.execute(script + (";\nCOMMIT" if commit else ""))
        except connection.Error as error:
            raise exc.DBAPIError.instance(None, None, error, type(connection).Error) from error
        self.cursor = cursor
        if commit:
            self.session.commit()

    def first_row(self) -> tuple:
        """The first statement's first row, once sent."""
        return self.cursor.fetchone()


@functools.lru_cache(maxsize=256)
def _compiled(statement, dialect, keys: tuple[str, ...]) -> tuple[str, dict, dict]:
    """`statement` as SQL text with %(name)s parameters for rows with `keys`, the values of
    the parameters it binds itself, and the types' conversions of parameters (JSON…), as
    SQLAlchemy would apply them. Building it costs CPU: once per shape."""
    if dialect.name == "sqlite":  # named parameters (:name), bound by sqlite3 from dicts
        dialect = _sqlite_named(type(dialect))
    compiled = statement.compile(dialect=dialect, column_keys=list(keys))
    processors = {}
    for name, bind in compiled.binds.items():
        process = bind.type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors[name] = process
    return (compiled.string, {k: v for k, v in compiled.params.items() if k not in keys},
            processors)


@functools.cache
def _sqlite_named(dialect_class):
    """The server's SQLite dialect compiling named parameters instead of its qmarks."""
    return dialect_class(paramstyle="named")


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        if connection.get_execution_options().get("sqlite_immediate"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def write_session(engine: Engine) -> Session:
    """A session for a writing transaction (BEGIN IMMEDIATE on SQLite)."""
    return Session(engine.execution_options(sqlite_immediate=True), expire_on_commit=False)


def read_session(engine: Engine) -> Session:
    return Session(engine, expire_on_commit=False)


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def target_metadata() -> list:
    """The server database's schema as the code declares it: the synced tables (shared with
    the client, desktop/models) and the server-only tables."""
    from sqlmodel import SQLModel

    import desktop.models  # noqa: F401 - registers the synced tables
    import server.models  # noqa: F401 - registers the server tables
    from server.models import ServerBase

    return [SQLModel.metadata, ServerBase.metadata]


#: Indexes the server keeps on synced tables that the client's schema has not: unique partial
#: indexes made by server migration 0016 (one survey per occasion).
SERVER_ONLY_INDEXES = frozenset({"ux_survey_response_cycle", "ux_survey_response_complaint"})


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Whether autogenerate (and the drift test) compare `obj` with the metadata: other
    SQLModel tables imported into the process are not the server's business."""
    from desktop.models import SYNCED_MODELS
    from server.models import ServerBase

    if type_ == "table":
        return name in SYNCED_MODELS or name in ServerBase.metadata.tables
    if type_ == "index" and name in SERVER_ONLY_INDEXES:
        return False  # the server's own indexes on synced tables (not in the shared models)
    return True


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the database to the newest schema (idempotent)."""
    cfg = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)


def refresh_planner_statistics(engine: Engine) -> None:
    """Give the query planner table statistics after bulk loads and at start-up.

    Without them SQLite answers a snapshot page (`territory_id IN (...) AND id > ? ORDER BY
    id`) through the territory index plus a sort of every matching row, page after page;
    with them it walks the primary key. `analysis_limit` keeps ANALYZE to a sample, so it
    takes well under a second even on a large file. PostgreSQL's autovacuum would get
    there eventually; an explicit ANALYZE makes it immediate after a bulk load.
    """
    with engine.begin() as connection:
        if is_sqlite(engine):
            connection.exec_driver_sql("PRAGMA analysis_limit=1000")
        connection.exec_driver_sql("ANALYZE")
