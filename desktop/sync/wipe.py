"""Wiping this computer's data: one account's (its device was revoked by IT) or every
account's (`rounds wipe-local-data`, for IT before a laptop changes hands or is retired).

What goes: the account's store file with its SQLite side files (-wal, -shm, -journal) —
customers, call reports, the outbox of unsent changes, the pull cursor, the device id, the
snapshot progress —, its sign-in tokens in the OS keyring, the store's encryption key in the
keyring (see `delete_store_key`), and the account in the user settings (so that the app
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
    file cannot be read, e.g. encrypted with a key that is gone)."""
    try:
        conn = sqlite3.connect(f"{store_file.as_uri()}?mode=ro", uri=True)
        try:
            values = dict(conn.execute(
                "SELECT key, value FROM sync_state WHERE key IN ('server_url', 'username')"))
        finally:
            conn.close()
        if values.get("server_url") and values.get("username"):
            return Account(normalize_server_url(values["server_url"]), values["username"])
    except (sqlite3.Error, ValueError):
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


def delete_store_key(account: Account) -> None:
    """STORE ENCRYPTION KEY: delete the key of `account`'s encrypted store from the OS
    keyring (kept there beside the tokens). The store is not encrypted in this version, so
    there is no key yet; the encryption change deletes it here. Raise
    KeyringUnavailableError (or keyring.errors.KeyringError) when it cannot be deleted."""


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

    for what, delete in (("sign-in tokens", TokenStore(account.server_url,
                                                       account.username).delete),
                         ("store key", lambda: delete_store_key(account))):
        try:
            delete()
        except (KeyringUnavailableError, keyring.errors.KeyringError) as exc:
            report.problems.append(f"{what} of {account.name} in the keyring: {exc}")


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
