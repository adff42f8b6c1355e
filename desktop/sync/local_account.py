"""What this computer knows of its accounts, without the network stack (no requests, no
keyring): which user last signed in to which server, that account's store, the identity
remembered at the last sign-in, and the normal form of a server address.

The app opens an account's store and shows it with only this module; the sync stack
(`desktop.sync.account`, ~100 ms of imports: requests, urllib3, keyring) loads in the sync
worker's thread afterwards. `desktop.sync.account` re-exports everything here.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.config import load_config
from desktop.domain.identity import signed_in_user  # noqa: F401 - part of this module's API
from desktop.paths import AppPaths
from desktop.store.store import Store

API_PREFIX = "/api/v1"
ACCOUNTS_SETTING = "sync_accounts"  # {server url: last signed-in username}


def normalize_server_url(url: str) -> str:
    """`https://host:port` without a trailing slash or the API prefix; raises ValueError
    for something that is not an http(s) address."""
    url = url.strip().rstrip("/")
    if url.endswith(API_PREFIX):
        url = url[: -len(API_PREFIX)]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"not a server address: {url!r} (expected e.g. https://rounds.example.com)")
    return url


@dataclass(frozen=True)
class Account:
    server_url: str
    username: str

    @property
    def name(self) -> str:
        """`user@host:port`, the account's store file name."""
        return f"{self.username}@{urlsplit(self.server_url).netloc}"


def open_store(paths: AppPaths, account: Account) -> Store:
    return Store.open(paths.store_file(account.name))


LOCAL_ACCOUNT = "local"  # the store of a computer that works without a server


def open_local_store(paths: AppPaths) -> Store:
    return Store.open(paths.store_file(LOCAL_ACCOUNT))


def remember_account(paths: AppPaths, account: Account) -> None:
    config = load_config(paths.user_settings_file)
    known = dict(config.values.get(ACCOUNTS_SETTING) or {})
    known[account.server_url] = account.username
    config.save_user_setting(ACCOUNTS_SETTING, known)
    if not config.is_enforced("server_url"):
        config.save_user_setting("server_url", account.server_url)


def last_account(paths: AppPaths, server_url: str | None = None) -> Account | None:
    """The account last signed in to `server_url` (default: the configured server)."""
    config = load_config(paths.user_settings_file)
    url = server_url or config.values.get("server_url")
    if not url:
        return None
    url = normalize_server_url(url)
    username = (config.values.get(ACCOUNTS_SETTING) or {}).get(url)
    return Account(url, username) if username else None


