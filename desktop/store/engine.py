"""The one place that opens a local SQLite database.

Every caller gets its engine from `create_local_engine`. The file is encrypted at rest with
SQLCipher (the sqlcipher3 driver, decision 0014): its key comes from the OS keyring
(`desktop.store.store_key`), a new file is encrypted from its first page and a plain file of
an older version is encrypted on its first open (`desktop.store.encryption`). Without a
usable keyring opening fails with `KeyringUnavailableError`; with no key or another key for
an encrypted file, with `StoreKeyError` — both saying what to do.

SQLite is used in WAL mode (readers never block the writer), with synchronous=FULL so that a
committed call report survives a power cut, and with Python's implicit transaction handling
turned off so that SQLAlchemy's BEGIN is the real one. Writers begin with BEGIN IMMEDIATE
(engine option `sqlite_immediate=True`) to take the write lock up front instead of failing
on a lock upgrade when the sync worker and the UI write at the same time.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.pool import QueuePool

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.private_files import private_sqlite_file
from desktop.store import encryption, store_key
from desktop.store.store_key import StoreKeyError

BUSY_TIMEOUT_MS = 30_000
# Page cache of each connection, in KiB. SQLCipher decrypts (and checks the HMAC of) a page
# every time it is read from the file, so pages kept decrypted in this cache are the only
# cheap ones: with the default (8 MB) the customer list's queries over 50,000 customers read
# everything again at each call, 4-7x the CPU of the plain file; with 64 MB only the first
# read of a page pays (decision 0014). The cache fills only with pages actually read.
CACHE_KIB = 65_536
# Pages in the write-ahead log after which a commit copies it into the file (SQLite's
# default; a bulk snapshot's commits leave it to a thread: Store.checkpointing).
WAL_AUTOCHECKPOINT_PAGES = 1000
KEY_MISSING = _t(
    "StartUp", "The local data in {path} is encrypted, and its key is not in this "
    "computer's keyring (service \"{service}\"), so it cannot be read. This happens when the "
    "keyring was reset or the file was copied from another computer or folder. If the "
    "account syncs with a server, move the file aside and sign in again to download your "
    "data; changes not yet sent are in that file only. Ask IT if unsure.")
KEY_WRONG = _t(
    "StartUp", "The local data in {path} cannot be opened with the key kept for it in this "
    "computer's keyring: the file is damaged, or it was encrypted with another key (copied "
    "from another computer, or its key was replaced). If the account syncs with a server, "
    "move the file aside and sign in again to download your data; changes not yet sent are "
    "in that file only. Ask IT if unsure.")


def create_local_engine(path: Path | str, *, key: bytes | None = None,
                        echo: bool = False) -> Engine:
    """An engine on the encrypted SQLite file at `path` (created if missing, parent folders
    too; a plain one is encrypted first). `key` defaults to the file's key in the keyring
    (made for a new or plain file)."""
    path = Path(path)
    key = key or _key_for(path)  # first: without a keyring nothing is written
    private_sqlite_file(path)  # 0600, missing folders 0700, before SQLite opens it
    if encryption.file_state(path) == "plain":
        encryption.encrypt_plain_store(path, key, busy_timeout_ms=BUSY_TIMEOUT_MS)
    engine = create_engine(
        # pysqlcipher: SQLAlchemy's SQLite dialect on the sqlcipher3 driver; the "password"
        # is sent first on every connection as PRAGMA key = "x'…'" (a raw key).
        URL.create("sqlite+pysqlcipher", password=encryption.raw_key(key),
                   database=str(path)),
        echo=echo,
        poolclass=QueuePool,  # as for plain SQLite files (the dialect's default is one
        # connection per thread, which the UI's and the sync's threads would multiply)
        pool_use_lifo=True,  # the connection used last: its page cache is the warm one
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )
    _configure_sqlite(engine)
    _check_key(engine, path)
    return engine


def _key_for(path: Path) -> bytes:
    if encryption.file_state(path) != "encrypted":
        return store_key.get_or_create_key(path)
    key = store_key.load_key(path)
    if key is None:
        raise StoreKeyError(KEY_MISSING, path=path, service=store_key.SERVICE)
    return key


def _check_key(engine: Engine, path: Path) -> None:
    """Fail now, with a message a person can act on, when the key does not open the file
    (SQLCipher itself says only "file is not a database")."""
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except exc.DatabaseError as error:
        engine.dispose()
        if "file is not a database" not in str(error):
            raise
        raise StoreKeyError(KEY_WRONG, path=path) from error


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN itself
        cursor = dbapi_connection.cursor()
        # A wrong key is reported as StoreKeyError (above), not as lines on stderr.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(f"PRAGMA cipher_page_size = {encryption.CIPHER_PAGE_SIZE}")
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
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
