"""`rounds login`, `rounds sync` and `rounds logout` as subprocesses (keyring backend chosen
by PYTHON_KEYRING_BACKEND), and silent token renewal against a live server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time

import requests

from desktop.models import Customer
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.account import last_account
from tests.e2e.conftest import DEMO_PASSWORD, ROOT


def run(env, *args, input=None):
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def test_login_sync_logout_headless(server, tmp_path, monkeypatch):
    keyring_file = tmp_path / "keyring.json"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ROUNDS_DATA_DIR": str(tmp_path / "data"),
           "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
           "ROUNDS_TEST_KEYRING_FILE": str(keyring_file),
           "ROUNDS_MACHINE_CONFIG": str(tmp_path / "none.toml")}
    wrong = run(env, "login", "--server", server.url, "--username", "rep1",
                "--password-stdin", input="not-the-password\n")
    assert wrong.returncode != 0 and "sign-in failed" in wrong.stderr

    ok = run(env, "login", "--server", server.url, "--username", "rep1", "--password-stdin",
             input=DEMO_PASSWORD + "\n")
    assert ok.returncode == 0, ok.stderr
    secrets = json.loads(keyring_file.read_text())
    tokens = {k: v for k, v in secrets.items() if k.startswith("Rounds sync ")}
    assert len(tokens) == 1 and DEMO_PASSWORD not in keyring_file.read_text()
    assert len(secrets) == 2  # and the key of the store, beside the tokens
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    token = json.loads(next(iter(tokens.values())))["access_token"]
    assert token.encode() not in stored  # tokens only in the keyring, not in files or logs

    first = run(env, "sync")
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"pushed=0 pulled=[1-9]\d* conflicts=0 rejected=0\n", first.stdout)

    paths = app_paths(tmp_path / "data")
    monkeypatch.setenv("ROUNDS_TEST_KEYRING_FILE", str(keyring_file))  # the store's key
    store = Store.open(paths.store_file(last_account(paths, server.url).name))
    store.create(Customer, kind="pharmacy", name="命令行药店")
    store.close()
    refused = run(env, "logout")
    assert refused.returncode != 0 and "1 local change" in refused.stderr
    second = run(env, "sync")
    assert second.stdout.startswith("pushed=1 ") and second.returncode == 0
    server.stop()
    offline = run(env, "--data-dir", str(tmp_path / "data"), "sync")
    assert offline.returncode == 1 and offline.stdout == ""
    assert "Cannot reach the server" in offline.stderr
    assert run(env, "logout").returncode == 0
    left = json.loads(keyring_file.read_text())  # tokens gone; the store (and its key) kept
    assert [k.split("\n")[0] for k in left] == ["Rounds local data"]

    signed_out = run(env, "sync")
    assert signed_out.returncode == 2 and "sign in" in signed_out.stderr.lower()


def refused_by(server, token: str, timeout: float = 30.0) -> bool:
    """Wait (at most `timeout` s) until the server refuses `token`: it expires by the
    server's clock, which is the one that counts."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = requests.get(f"{server.url}/api/v1/me", timeout=10,
                              headers={"Authorization": f"Bearer {token}"})
        if answer.status_code == 401:
            return True
        assert answer.status_code == 200, answer.text
        time.sleep(0.1)
    return False


def test_expired_access_token_is_renewed_silently(make_server, make_client):
    server = make_server({"ROUNDS_ACCESS_TOKEN_TTL_SECONDS": "1"})
    client = make_client(server, "rep1")
    client.sync()
    before = client.keyring.secrets.copy()
    assert refused_by(server, client.session.transport.tokens.access_token())
    client.store.create(Customer, kind="pharmacy", name="续期药店")
    assert client.sync().pushed == 1  # no sign-in prompt
    assert client.keyring.secrets != before  # the rotated pair went straight to the keyring
