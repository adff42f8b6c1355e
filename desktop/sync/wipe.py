"""Wiping this computer's data: one account's (its device was revoked by IT) or every
account's (`rounds wipe-local-data`, for IT before a laptop changes hands or is retired).

What goes: the account's store file with its SQLite side files (-wal, -shm, -journal) —
customers, call reports, the outbox of unsent changes, the pull cursor, the device id, the
snapshot progress —, its sign-in tokens in the OS keyring, the store file's encryption key in
the keyring (deleted first: a file that cannot be deleted is unreadable all the same), and the
account in the user settings (so that the app
opens at sign-in). What stays: the user settings otherwise (language, server address), the
machine-wide configuration, and the logs (they hold no customer data: counts, codes, ids).

Qt-free: the app calls it from the GUI thread after closing its windows, the sync worker and
the store; the CLI calls it directly. A file that cannot be deleted (still open in another
program on Windows) is reported, not skipped silently.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from desktop.config import ConfigError, load_config
from desktop.paths import AppPaths
from desktop.sync.local_account import ACCOUNTS_SETTING, Account, normalize_server_url

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class WipeReport:
    deleted_files: list[Path] = field(default_factory=list)
    forgotten_accounts: list[str] = field(default_factory=list)  # user@host
    problems: list[str] = field(default_factory=list)  # what could not be deleted, and why

    @property
    def complete(self) -> bool:
        return not self.problems


def store_files(store_file: Path) -> list[Path]:
    """The store file and the side files SQLite keeps next to it."""
    return [store_file] + [store_file.with_name(store_file.name + s) for s in SIDE_FILES]


def planned_wipe(paths: AppPaths, account: Account | None = None
                 ) -> tuple[list[Path], list[Account]]:
    """What `wipe_local_data` would delete: the existing files and the accounts whose
    keyring entries go."""
    if account is not None:
        return [p for p in store_files(paths.store_file(account.name)) if p.exists()], [account]
    accounts = known_accounts(paths)  # first: reading a store may add its -shm file
    files = sorted(p for p in paths.accounts_dir.rglob("*") if p.is_file()) \
        if paths.accounts_dir.is_dir() else []
    return files, accounts


def known_accounts(paths: AppPaths) -> list[Account]:
    """Every account this computer remembers: in the user settings, and in each store's
    own bookkeeping (a user who signed in before another on the same server)."""
    found: set[Account] = set()
    settings = load_config(paths.user_settings_file).values.get(ACCOUNTS_SETTING) or {}
    for url, username in settings.items():
        if username:
            found.add(Account(url, username))
    if paths.accounts_dir.is_dir():
        for store_file in paths.accounts_dir.glob("*.sqlite3"):
            account = _account_of_store(store_file)
            if account is not None:
                found.add(account)
    return sorted(found, key=lambda a: (a.server_url, a.username))


def _account_of_store(store_file: Path) -> Account | None:
    """The server and user a store file belongs to, read without migrating it (None if the
    file cannot be read, e.g. encrypted with a key that is gone, or no keyring)."""
    from sqlcipher3 import dbapi2 as sqlcipher

    from desktop.store.encryption import connect, file_state
    from desktop.store.store_key import UNLOCK_ERRORS, load_key

    try:
        if file_state(store_file) == "plain":  # from a version that did not encrypt yet
            conn = sqlite3.connect(f"{store_file.as_uri()}?mode=ro", uri=True)
        else:
            key = load_key(store_file)
            if key is None:
                return None
            conn = connect(store_file, key)
        try:
            values = dict(conn.execute(
                "SELECT key, value FROM sync_state WHERE key IN ('server_url', 'username')"))
        finally:
            conn.close()
        if values.get("server_url") and values.get("username"):
            return Account(normalize_server_url(values["server_url"]), values["username"])
    except (sqlite3.Error, sqlcipher.Error, ValueError, *UNLOCK_ERRORS):
        log.debug("no account readable in %s", store_file, exc_info=True)
    return None


def wipe_local_data(paths: AppPaths, account: Account | None = None, *,
                    store=None) -> WipeReport:
    """Delete the local data of `account` (None: of every account, and the demo and local
    stores). `store`, if the caller has it open, is closed first; every other connection to
    the file must be closed already (the windows, the sync worker)."""
    report = WipeReport()
    if store is not None:
        store.close()
    files, accounts = planned_wipe(paths, account)  # before the files that name accounts go
    stores = [paths.store_file(account.name)] if account is not None else \
        [p for p in files if p.suffix == ".sqlite3"]
    for store_file in stores:
        _delete_store_key(store_file, report)
    for path in files:
        _delete_file(path, report)
    if account is None and paths.accounts_dir.is_dir():
        for folder in sorted(paths.accounts_dir.rglob("*"), reverse=True):
            if folder.is_dir():
                _remove_empty_dir(folder)
    for acc in accounts:
        _delete_secrets(acc, report)
        report.forgotten_accounts.append(acc.name)
    _forget_accounts(paths, None if account is None else [account], report)
    log.warning("local data wiped (%s): %d file(s) deleted, %d account(s) forgotten%s",
                account.name if account else "every account", len(report.deleted_files),
                len(report.forgotten_accounts),
                f"; not done: {'; '.join(report.problems)}" if report.problems else "")
    return report


def _delete_store_key(store_file: Path, report: WipeReport) -> None:
    """Delete the encryption key of the store file from the OS keyring (one key per file)."""
    import keyring.errors

    from desktop.store.store_key import KeyringUnavailableError, delete_key

    try:
        delete_key(store_file)
    except (KeyringUnavailableError, keyring.errors.KeyringError) as exc:
        report.problems.append(f"store key of {store_file.name} in the keyring: {exc}")


def _delete_file(path: Path, report: WipeReport) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        report.problems.append(f"{path}: {exc.strerror or exc}")
        return
    report.deleted_files.append(path)


def _remove_empty_dir(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass  # not empty: a file that could not be deleted is reported already


def _delete_secrets(account: Account, report: WipeReport) -> None:
    import keyring.errors

    from desktop.sync.errors import KeyringUnavailableError
    from desktop.sync.keyring_store import TokenStore

    try:
        TokenStore(account.server_url, account.username).delete()
    except (KeyringUnavailableError, keyring.errors.KeyringError) as exc:
        report.problems.append(f"sign-in tokens of {account.name} in the keyring: {exc}")


def _forget_accounts(paths: AppPaths, accounts: list[Account] | None,
                     report: WipeReport) -> None:
    """Drop the accounts from the user settings (None: all), so nobody is signed in."""
    config = load_config(paths.user_settings_file)
    known = dict(config.values.get(ACCOUNTS_SETTING) or {})
    if not known:
        return
    if accounts is None:
        kept = {}
    else:
        gone = {(a.server_url, a.username) for a in accounts}
        kept = {url: user for url, user in known.items() if (url, user) not in gone}
    if kept != known:
        try:
            config.save_user_setting(ACCOUNTS_SETTING, kept)
        except (ConfigError, OSError) as exc:
            report.problems.append(f"the accounts in {paths.user_settings_file}: {exc}")
