"""The store opened for one quick read at start, before the database layer (SQLAlchemy,
the models) has loaded: a plain SQLCipher connection, read-only, unlocked with the file's
key from the keyring, on a file at the newest schema revision (decision 0030).

Anything unusual gives None, and the start takes the ordinary way (`Store.open`), which
says what is wrong or repairs it: no file yet, a plain (unencrypted) file, no key in the
keyring, a key that does not open the file, a store that needs a migration (or is newer
than this app), a download that left indexes aside, and a store whose kept last calls
(`customer_last_call`, read by Today's overdue list) are not yet whole: a full download
under way, also one the app was closed in the middle of, stores the visits without keeping
them (`last_calls_kept`, the rule `desktop.store.last_calls` reads by). Nothing here
writes."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from desktop.store import encryption, migrate, store_key

log = logging.getLogger(__name__)
CACHE_KIB = 16_384  # Today reads a few thousand rows; the app's connections keep 64 MB
# sync_state key: [[name, table, CREATE INDEX sql], …] of the indexes a first download set
# aside (desktop.store.bulk_load); defined here, where the start path reads it cheaply
INDEXES_SET_ASIDE = "indexes_set_aside"
# sync_state key of a full download under way, its progress (desktop.sync.pull)
FULL_DOWNLOAD = "snapshot"
LAST_CALLS = "customer_last_call"  # each customer's latest submitted call (last_calls.py)
VISIT = "visit"


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
        whole = last_calls_kept(con)
    except Exception as exc:  # noqa: BLE001 - a wrong key ("file is not a database"), a busy
        # or damaged file: the ordinary open reports it
        log.info("quick read at start not possible (%s); opening the usual way", exc)
        con.close()
        return None
    if (revision is None or revision[0] != migrate.head_revision() or aside is not None
            or not whole):
        con.close()
        return None
    return con


def last_calls_kept(con) -> bool:
    """Whether `customer_last_call` holds every customer's latest call (a DB-API
    connection): it exists, and no full download is storing visits without the write hook
    (its progress in `sync_state` names the visits as not yet all in, or their indexes are
    set aside). Until then it holds nothing, or what the store held before the download."""
    tables = {name for (name,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (?, 'sync_state')",
        (LAST_CALLS,))}
    if LAST_CALLS not in tables:
        return False
    if "sync_state" not in tables:
        return True
    state = dict(con.execute("SELECT key, value FROM sync_state WHERE key IN (?, ?)",
                             (FULL_DOWNLOAD, INDEXES_SET_ASIDE)).fetchall())
    aside = json.loads(state.get(INDEXES_SET_ASIDE) or "[]")
    if any(table == VISIT for _name, table, _sql in aside):
        return False
    download = json.loads(state.get(FULL_DOWNLOAD) or "{}")
    order = download.get("tables") or []
    return VISIT not in order or download.get("index", 0) > order.index(VISIT)
