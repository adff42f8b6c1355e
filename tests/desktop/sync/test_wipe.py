"""`wipe_local_data` on real store files and the keyring API (test backend): one account's
data (a revoked device) or every account's (`rounds wipe-local-data`)."""

from __future__ import annotations

import keyring
import pytest

from desktop.models import Customer
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.store.store_key import load_key
from desktop.sync.keyring_store import Tokens, TokenStore
from desktop.sync.local_account import Account, last_account, open_store, remember_account
from desktop.sync.wipe import store_files, wipe_local_data
from tests.keyring_backend import MemoryKeyring
from tests.store_files import connect_store

SERVER = "https://crm.example.com"


@pytest.fixture
def secrets(memory_keyring):
    return memory_keyring.secrets


def signed_in(paths, username: str, server: str = SERVER) -> tuple[Account, Store]:
    account = Account(server, username)
    store = open_store(paths, account)
    store.set_state("server_url", server)
    store.set_state("username", username)
    store.create(Customer, kind="pharmacy", name=f"{username} 的药店")
    TokenStore(server, username).save(Tokens("access", "refresh"))
    remember_account(paths, account)
    return account, store


def test_one_accounts_wipe_deletes_its_store_side_files_tokens_and_sign_in_only(
        tmp_path, secrets, data_dir):
    paths = app_paths(data_dir)
    other, other_store = signed_in(paths, "wang", "https://other.example.com")
    other_store.close()
    account, store = signed_in(paths, "li")
    reader = connect_store(store.path)  # another connection keeps the -wal and -shm files
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM customer").fetchall()
    store.create(Customer, kind="pharmacy", name="写在 WAL 里")
    assert all(p.exists() for p in store_files(store.path)[:3])
    report = wipe_local_data(paths, account, store=store)
    reader.close()

    assert report.complete, report.problems
    assert not any(p.exists() for p in store_files(paths.store_file(account.name)))
    assert set(report.deleted_files) >= set(store_files(store.path)[:3])
    assert (TokenStore(SERVER, "li").service, "li") not in secrets
    assert load_key(paths.store_file(account.name)) is None  # the file's key is gone too
    assert last_account(paths, SERVER) is None
    # another account on this computer is untouched
    assert paths.store_file(other.name).exists()
    assert load_key(paths.store_file(other.name)) is not None
    assert TokenStore(other.server_url, "wang").load() is not None
    assert last_account(paths, other.server_url) == other


def test_wiping_every_account_finds_accounts_the_settings_forgot(tmp_path, secrets,
                                                                 data_dir):
    paths = app_paths(data_dir)
    for name in ("li", "zhao"):  # zhao signed in last: the settings remember only zhao
        _, store = signed_in(paths, name)
        store.close()
    demo = Store.open(paths.store_file("demo"))
    demo.close()
    report = wipe_local_data(paths)
    assert report.complete, report.problems
    assert sorted(report.forgotten_accounts) == ["li@crm.example.com", "zhao@crm.example.com"]
    assert secrets == {}
    assert not paths.accounts_dir.exists() or not any(paths.accounts_dir.iterdir())
    assert last_account(paths, SERVER) is None


def test_a_keyring_that_fails_is_reported_and_the_files_still_go(tmp_path, data_dir):
    paths = app_paths(data_dir)
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        account, store = signed_in(paths, "li")
    finally:
        keyring.set_keyring(previous)
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    try:
        report = wipe_local_data(paths, account, store=store)
    finally:
        keyring.set_keyring(previous)
    assert not report.complete
    assert any("sign-in tokens of li@crm.example.com" in p for p in report.problems)
    assert not paths.store_file(account.name).exists()
