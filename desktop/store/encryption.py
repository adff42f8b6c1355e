"""The local store encrypted at rest with SQLCipher (decision 0014).

A store file is one of: missing (or empty) — a new store, encrypted from its first page;
plain — a store of an older version, encrypted here on its first open; encrypted — opened
with its key from the keyring (`desktop.store.store_key`).

Encrypting a plain store never risks its data: the plain file is first folded into one file
(its WAL checkpointed, rollback-journal mode), then copied page by page into a new encrypted
file beside it (`sqlcipher_export`), which is flushed to disk and only then renamed over the
plain one (an atomic replace). Stopped at any moment, the store is either the plain file as
it was or the encrypted copy; a half-written copy is thrown away and made again.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop.private_files import private_sqlite_file

PLAIN_HEADER = b"SQLite format 3\x00"
ENCRYPTING_SUFFIX = ".encrypting"
# SQLCipher's page (and so SQLite's): 16 KiB, not the default 4 KiB. SQLCipher's cost is
# mostly per page (an AES and an HMAC call each), so bigger pages make the first sync's bulk
# writes and the screens' scans cheaper; a cold point read decrypts more (decision 0014).
# Every connection to a store file must say the same, right after its key.
CIPHER_PAGE_SIZE = 16384


def raw_key(key: bytes) -> str:
    """SQLCipher's raw-key form, `x'…'` (hex): used as the key as it is, no key derivation."""
    return f"x'{key.hex()}'"


def connect(path: Path | str, key: bytes):
    """A plain DB-API connection (sqlcipher3, the `sqlite3` API) on the encrypted store file
    at `path`, unlocked with `key`: for tools that read a store without the app's engine (a
    wipe finding whose store a file is, tests). Raises sqlcipher3's DatabaseError ("file is
    not a database") at the first query when the key is not the file's."""
    from sqlcipher3 import dbapi2 as sqlcipher

    con = sqlcipher.connect(str(path))
    con.execute(f'PRAGMA key = "{raw_key(key)}"')
    con.execute(f"PRAGMA cipher_page_size = {CIPHER_PAGE_SIZE}")
    return con


def file_state(path: Path) -> str:
    """'new' (missing or empty), 'plain' (an unencrypted SQLite file) or 'encrypted'."""
    try:
        with open(path, "rb") as f:
            header = f.read(len(PLAIN_HEADER))
    except FileNotFoundError:
        return "new"
    if not header:
        return "new"
    return "plain" if header == PLAIN_HEADER else "encrypted"


def encrypt_plain_store(path: Path, key: bytes, *, busy_timeout_ms: int = 30_000) -> None:
    """Replace the plain SQLite file at `path` with an encrypted copy of it under `key`:
    every table, index, trigger, the FTS5 search index and the user_version."""
    from sqlcipher3 import dbapi2 as sqlcipher

    path = Path(path)
    copy = path.with_name(path.name + ENCRYPTING_SUFFIX)
    _remove_with_journals(copy)  # what an interrupted earlier attempt left
    private_sqlite_file(copy)  # 0600 from the start, as the file it replaces
    con = sqlcipher.connect(str(path), isolation_level=None, timeout=busy_timeout_ms / 1000)
    try:
        # Everything committed into the main file and no WAL beside it: the plain file then
        # stands alone until the replace, and no stale -wal is left next to the new file.
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode=DELETE")
        user_version = con.execute("PRAGMA user_version").fetchone()[0]
        con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(copy), raw_key(key)))
        con.execute(f"PRAGMA encrypted.cipher_page_size = {CIPHER_PAGE_SIZE}")
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute(f"PRAGMA encrypted.user_version = {int(user_version)}")
        con.execute("DETACH DATABASE encrypted")
    finally:
        con.close()
    _fsync(copy)
    os.replace(copy, path)
    _fsync_folder(path.parent)
    for leftover in ("-wal", "-shm"):  # of the plain file, if a crash left one
        Path(f"{path}{leftover}").unlink(missing_ok=True)


def _remove_with_journals(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder; its rename is durable as it is
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
