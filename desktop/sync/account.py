"""Accounts on this computer: signing in and out, and opening an account's sync client.

An account is a user at a server; each has its own store file (`paths.store_file`). What is
not secret — which user last signed in to which server, and that user's identity — is kept
in the user settings and the store's `sync_state`, so the app opens and works offline.
Tokens live only in the keyring (`desktop.sync.keyring_store`). The bookkeeping that needs
no network code is in `desktop.sync.local_account` (re-exported here).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from desktop.config import ConfigError
from desktop.domain import server_settings
from desktop.domain.identity import USER_STATE_KEY
from desktop.paths import AppPaths
from desktop.store.store import Store
from desktop.sync.api import SyncApi
from desktop.sync.auth import Credentials
from desktop.sync.client import SyncClient
from desktop.sync.errors import NotSignedInError, SyncError
from desktop.sync.keyring_store import Tokens, TokenStore, usable_keyring
from desktop.sync.local_account import (
    ACCOUNTS_SETTING,
    Account,
    last_account,
    normalize_server_url,
    open_store,
    remember_account,
    signed_in_user,
)
from desktop.sync.transport import Transport

log = logging.getLogger(__name__)


class UnsentChangesError(SyncError):
    """Signing out was refused because local changes have not reached the server."""

    code = "unsent_changes"

    def __init__(self, count: int):
        super().__init__(
            f"{count} local change(s) have not reached the server yet. Sync first, or sign "
            "out anyway with --force: the changes stay on this computer and are sent after "
            "you sign in again.")
        self.count = count


def login(paths: AppPaths, server_url: str, username: str, password: str) -> dict:
    """Sign in: check the keyring is usable, get tokens for this device, keep them in the
    keyring and the identity in the store. Returns the server's user object."""
    account = Account(normalize_server_url(server_url), username)
    usable_keyring()  # fail before asking the server when tokens could not be kept
    store = open_store(paths, account)
    transport = Transport(account.server_url)
    try:
        api = SyncApi(transport, store.device_id)
        api.health()
        answer = api.token(username, password)
        TokenStore(account.server_url, username).save(
            Tokens(answer["access_token"], answer["refresh_token"]))
        user = answer.get("user") or {}
        with store.write() as w:
            store.set_state("server_url", account.server_url, w.session)
            store.set_state("username", username, w.session)
            store.set_state(USER_STATE_KEY, json.dumps(user, ensure_ascii=False), w.session)
            server_settings.remember(store, answer.get("server_settings"), w.session)
        remember_account(paths, account)
        log.info("signed in as %s", account.name)
        return user
    finally:
        transport.close()
        store.close()


def logout(paths: AppPaths, account: Account, *, force: bool = False) -> int:
    """Forget the tokens of `account`. Refused while changes are unsent, unless `force`;
    the store (with its outbox) is never deleted. Returns the unsent count."""
    store = open_store(paths, account)
    try:
        unsent = store.pending_count()
    finally:
        store.close()
    if unsent and not force:
        raise UnsentChangesError(unsent)
    TokenStore(account.server_url, account.username).delete()
    log.info("signed out of %s (%d unsent change(s) kept)", account.name, unsent)
    return unsent


@dataclass
class SyncSession:
    """Everything one account needs to sync; close it when done."""

    account: Account
    store: Store
    transport: Transport
    credentials: Credentials
    api: SyncApi
    client: SyncClient

    def close(self) -> None:
        self.transport.close()
        self.store.close()


def open_session(paths: AppPaths, account: Account | None = None, *,
                 store: Store | None = None, **client_options) -> SyncSession:
    """The sync client of `account` (default: the last signed-in one). `store` lets the app
    share its already open store with the worker."""
    if account is None:
        account = last_account(paths)
    if account is None:
        raise NotSignedInError("No account has signed in on this computer yet: sign in "
                               "first (`rounds login --server URL --username NAME "
                               "--password-stdin`).")
    store = store or open_store(paths, account)
    credentials = Credentials(TokenStore(account.server_url, account.username),
                              store.device_id)
    transport = Transport(account.server_url, tokens=credentials)
    credentials.transport = transport
    api = SyncApi(transport, store.device_id)
    client = SyncClient(store, api, **client_options)
    return SyncSession(account, store, transport, credentials, api, client)


__all__ = ["ACCOUNTS_SETTING", "Account", "ConfigError", "SyncSession", "UnsentChangesError",
           "last_account", "login", "logout", "normalize_server_url", "open_session",
           "open_store", "remember_account", "signed_in_user"]
