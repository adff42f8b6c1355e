"""The key that encrypts a local store file, kept in the OS keyring beside the sign-in tokens.

One random 256-bit key per store file, made when the file is made (or when a plain store from
an older version is encrypted), under the keyring service "Rounds local data" with the
file's absolute path as the user name. It never touches the disk in clear; without it the
file is noise (decision 0014). A remote wipe or IT's clean-up deletes the file and then its
key (`delete_key`). Qt-free; keyring is imported on first use.
"""

from __future__ import annotations

import secrets
from pathlib import Path

from desktop.keyring_access import KeyringUnavailableError, unavailable, usable_keyring

SERVICE = "Rounds local data"
KEY_BYTES = 32  # AES-256; given raw (x'…'), so SQLCipher runs no key derivation


class StoreKeyError(RuntimeError):
    """A store file that cannot be opened with the key this computer has (none, or another
    one); `str()` says what happened and what to do (in English; `tr_context`, `tr_text` and
    `tr_values` let the UI show it translated)."""

    tr_context = "StartUp"

    def __init__(self, text: str, **values):
        super().__init__(text.format(**values))
        self.tr_text, self.tr_values = text, values


# What opening a store raises that a person must act on (set up a keyring, find the key).
UNLOCK_ERRORS = (KeyringUnavailableError, StoreKeyError)


def key_name(path: Path | str) -> str:
    """The keyring user name of the store at `path`: its absolute path."""
    return str(Path(path).expanduser().resolve())


def _call(method: str, *args):
    import keyring.errors

    backend = usable_keyring()
    try:
        return getattr(backend, method)(SERVICE, *args)
    except keyring.errors.PasswordDeleteError:
        if method != "delete_password":
            raise
        return None  # nothing stored: already deleted
    except keyring.errors.KeyringError as exc:
        raise unavailable(f" ({exc})") from exc


def load_key(path: Path | str) -> bytes | None:
    """The key of the store at `path`, or None when the keyring holds none."""
    secret = _call("get_password", key_name(path))
    if not secret:
        return None
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None


def save_key(path: Path | str, key: bytes) -> None:
    if len(key) != KEY_BYTES:
        raise ValueError(f"a store key has {KEY_BYTES} bytes")
    _call("set_password", key_name(path), key.hex())
    if load_key(path) != key:  # a backend that accepts and forgets would lose the data
        raise unavailable(" (the keyring did not keep the key it was given)")


def get_or_create_key(path: Path | str) -> bytes:
    """The key of the store at `path`, made (and kept in the keyring) if there is none yet.
    Raises KeyringUnavailableError without a usable keyring."""
    key = load_key(path)
    if key is None:
        key = secrets.token_bytes(KEY_BYTES)
        save_key(path, key)
    return key


def delete_key(path: Path | str) -> None:
    """Forget the key of the store at `path` (the file, if still there, can no longer be
    read). Deleting a key that is not there is harmless."""
    _call("delete_password", key_name(path))


__all__ = ["KEY_BYTES", "SERVICE", "UNLOCK_ERRORS", "KeyringUnavailableError", "StoreKeyError",
           "delete_key", "get_or_create_key", "key_name", "load_key", "save_key"]
