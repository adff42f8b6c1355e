"""A device revoked by IT wipes its data at its next contact with the server, and IT can wipe
every account's data with one command: `rounds` run as a subprocess against a live server,
tokens in a keyring file shared with the subprocesses (tests.keyring_backend.FileKeyring)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from contextlib import contextmanager

import keyring

from desktop.models import Customer
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.account import last_account
from desktop.sync.wipe import store_files
from tests.e2e.conftest import DEMO_PASSWORD, ROOT
from tests.keyring_backend import FileKeyring

KEYRING_FILE = "ROUNDS_TEST_KEYRING_FILE"


def rounds(env, *args, input=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def laptop(tmp_path, name: str = "data") -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT), "ROUNDS_DATA_DIR": str(tmp_path / name),
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
            "ROUNDS_TEST_KEYRING_FILE": str(tmp_path / f"{name}-keyring.json"),
            "ROUNDS_MACHINE_CONFIG": str(tmp_path / "none.toml")}


def sign_in(env, server, username: str = "rep1") -> None:
    done = rounds(env, "login", "--server", server.url, "--username", username,
                  "--password-stdin", input=DEMO_PASSWORD + "\n")
    assert done.returncode == 0, done.stderr


def keyring_secrets(env) -> dict:
    with open(env["ROUNDS_TEST_KEYRING_FILE"]) as f:
        return json.load(f)


def secrets_of(env, service: str) -> list[str]:
    """The keyring entries of `service` ("Rounds sync …" tokens, "Rounds local data" keys)."""
    return [k for k in keyring_secrets(env) if k.startswith(service)]


@contextmanager
def laptop_store(env, store_file):
    """The laptop's store opened from the test, with the laptop's keyring (its key is there)."""
    previous_backend, previous_file = keyring.get_keyring(), os.environ.get(KEYRING_FILE)
    os.environ[KEYRING_FILE] = env[KEYRING_FILE]
    keyring.set_keyring(FileKeyring())
    store = Store.open(store_file)
    try:
        yield store
    finally:
        store.close()
        keyring.set_keyring(previous_backend)
        if previous_file is None:
            os.environ.pop(KEYRING_FILE, None)
        else:
            os.environ[KEYRING_FILE] = previous_file


def test_revoked_device_wipes_its_data_at_the_next_sync_and_is_back_at_sign_in(
        server, tmp_path):
    env = laptop(tmp_path)
    sign_in(env, server)
    assert rounds(env, "sync").returncode == 0
    paths = app_paths(tmp_path / "data")
    account = last_account(paths, server.url)
    store_file = paths.store_file(account.name)
    with laptop_store(env, store_file) as store:
        device_id = store.device_id
        store.create(Customer, kind="pharmacy", name="撤销后不得送达的药店")
    assert secrets_of(env, "Rounds sync") and secrets_of(env, "Rounds local data")

    server.cli("device", "revoke", "--user", "rep1", "--device", device_id)
    wiped = rounds(env, "sync")

    assert wiped.returncode == 2, wiped.stderr
    assert "revoked by an administrator" in wiped.stderr and "deleted" in wiped.stderr
    assert not any(p.exists() for p in store_files(store_file))  # store, -wal, -shm gone
    assert keyring_secrets(env) == {}  # the sign-in tokens and the store's key are gone
    assert last_account(paths, server.url) is None  # nobody is signed in
    # nothing further was pushed: the server never got the change made before the wipe
    assert server.query("SELECT count(*) FROM customer WHERE name = ?",
                        "撤销后不得送达的药店") == [(0,)]
    # back at sign-in: syncing asks for it, signing in again works and starts afresh
    again = rounds(env, "sync")
    assert again.returncode == 2 and "sign in" in again.stderr.lower()
    sign_in(env, server)
    assert rounds(env, "sync").returncode == 0
    with laptop_store(env, store_file) as fresh:
        assert fresh.device_id != device_id and fresh.pending_count() == 0


def test_it_wipes_every_accounts_data_with_one_command(server, tmp_path):
    env = laptop(tmp_path)
    sign_in(env, server, "rep1")
    assert rounds(env, "sync").returncode == 0
    sign_in(env, server, "rep2")
    assert rounds(env, "sync").returncode == 0
    paths = app_paths(tmp_path / "data")
    stores = sorted(paths.accounts_dir.glob("*.sqlite3"))
    assert len(stores) == 2 and len(secrets_of(env, "Rounds sync")) == 2
    assert len(secrets_of(env, "Rounds local data")) == 2  # one key per store file

    refused = rounds(env, "wipe-local-data", input="")  # not a terminal, no --yes
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert f"file(s) in {paths.accounts_dir}" in refused.stderr
    assert "rep1@" in refused.stderr and "rep2@" in refused.stderr  # says what would go
    assert all(p.exists() for p in stores) and len(keyring_secrets(env)) == 4

    done = rounds(env, "wipe-local-data", "--yes")
    assert done.returncode == 0, done.stderr
    assert "2 account(s)" in done.stdout
    assert not paths.accounts_dir.exists() or list(paths.accounts_dir.rglob("*")) == []
    assert keyring_secrets(env) == {}
    assert last_account(paths, server.url) is None
    signed_out = rounds(env, "sync")
    assert signed_out.returncode == 2 and "sign in" in signed_out.stderr.lower()


def test_the_app_wipes_a_revoked_device_and_asks_to_sign_in_saying_why(qtbot, server,
                                                                       make_client):
    """`rounds` opening the window: the start-up sync meets the revocation; the app closes
    the store, wipes it and the tokens, and shows the sign-in with the reason."""
    import argparse

    from PySide6.QtCore import QTimer, QTranslator
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import run_app
    from desktop.ui.common.translations import LanguageSwitcher
    from desktop.ui.common.ui_settings import UiSettings
    from desktop.ui.main_window import MainWindow
    from desktop.ui.sync.login_dialog import LoginDialog

    client = make_client(server, "rep1")
    client.sync()
    store_file = client.store.path
    device_id = client.store.device_id
    client.store.create(Customer, kind="pharmacy", name="撤销后不得送达的药店")
    client.close()
    server.cli("device", "revoke", "--user", "rep1", "--device", device_id)
    settings = UiSettings.in_folder(client.paths.config_dir)
    settings.first_run.completed = True
    settings.sync()
    seen: dict = {}
    deadline = time.monotonic() + 90

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, LoginDialog) and w.isVisible()]
        if dialogs and "dialog" not in seen:
            seen.update(dialog=True, notice=dialogs[0].notice.text(),
                        files_left=[p for p in store_files(store_file) if p.exists()],
                        secrets=dict(client.keyring.secrets),
                        signed_in=last_account(client.paths, server.url))
            dialogs[0].reject()  # working on without signing in
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible() and w.context is not None]
        if windows and ("dialog" in seen or time.monotonic() > deadline):
            windows[0].close()  # (after the deadline: the app never asked; the test fails)
            return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
    try:
        with client.using_keyring():
            code = run_app(argparse.Namespace(lang="zh_CN", server=None), client.paths)
    finally:
        for translator in QApplication.instance().findChildren(QTranslator):
            QApplication.instance().removeTranslator(translator)  # the app's: back to English
            translator.deleteLater()
        LanguageSwitcher(QApplication.instance()).switch("en")
    assert code == 0
    assert seen.get("dialog"), "the sign-in was not asked for"
    assert "管理员已撤销这台电脑的访问权限" in seen["notice"]  # why, in the rep's language
    assert "已删除" in seen["notice"]
    assert seen["files_left"] == [] and not store_file.exists()
    assert seen["secrets"] == {} and seen["signed_in"] is None
    assert server.query("SELECT count(*) FROM customer WHERE name = ?",
                        "撤销后不得送达的药店") == [(0,)]
