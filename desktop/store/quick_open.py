"""The store opened for one quick read at start, before the database layer (SQLAlchemy,
the models) has loaded: a plain SQLCipher connection, read-only, unlocked with the file's
key from the keyring, on a file at the newest schema revision (decision 0030).

Anything unusual gives None, and the start takes the ordinary way (`Store.open`), which
says what is wrong or repairs it: no file yet, a plain (unencrypted) file, no key in the
keyring, a key that does not open the file, a store that needs a migration (or is newer
than this app), a download that left indexes aside. Nothing here writes."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop.store import encryption, migrate, store_key

log = logging.getLogger(__name__)
CACHE_KIB = 16_384  # Today reads a few thousand rows; the app's connections keep 64 MB
# sync_state key: [[name, table, CREATE INDEX sql], …] of the indexes a first download set
# aside (desktop.store.bulk_load); defined here, where the start path reads it cheaply
INDEXES_SET_ASIDE = "indexes_set_aside"


def open_for_reading(path: Path | str):
    """A read-only DB-API connection (sqlcipher3) on the store at `path`, or None when the
    ordinary open must handle it. Raises only what the keyring raises when it is unusable
    (the ordinary open would raise the same)."""
    path = Path(path)
    if encryption.file_state(path) != "encrypted":
        return None
    key = store_key.load_key(path)
    if key is None:
        return None
    con = encryption.connect(path, key)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        con.execute("PRAGMA query_only = 1")
        tables = {name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "alembic_version" not in tables or "sync_state" not in tables:
            con.close()
            return None
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        aside = con.execute("SELECT 1 FROM sync_state WHERE key = ?",
                            (INDEXES_SET_ASIDE,)).fetchone()
    except Exception as exc:  # noqa: BLE001 - a wrong key ("file is not a database"), a busy
        # or damaged file: the ordinary open reports it
        log.info("quick read at start not possible (%s); opening the usual way", exc)
        con.close()
        return None
    if revision is None or revision[0] != migrate.head_revision() or aside is not None:
        con.close()
        return None
    return con
