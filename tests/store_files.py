"""Raw SQL on a local store file, as a test sees it from outside the app: the file is
encrypted (SQLCipher), so it is opened with its key from the keyring in use."""

from __future__ import annotations

from pathlib import Path

from desktop.store.encryption import connect
from desktop.store.store_key import load_key


def connect_store(path: Path | str, key: bytes | None = None):
    """A sqlcipher3 connection (the sqlite3 API) on the store file at `path`, unlocked with
    `key` (default: the file's key in the current keyring)."""
    key = key or load_key(path)
    if key is None:
        raise LookupError(f"the current keyring holds no key for {path}")
    return connect(path, key)
