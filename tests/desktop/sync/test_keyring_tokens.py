"""Tokens live in the keyring only; no usable keyring means a clear refusal."""

import os
import subprocess
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail

from desktop.sync.errors import KeyringUnavailableError
from desktop.sync.keyring_store import Tokens, TokenStore, usable_keyring

ROOT = Path(__file__).resolve().parents[3]


def test_tokens_round_trip_per_server_and_user(memory_keyring):
    a = TokenStore("https://a.example.com", "zhang")
    b = TokenStore("https://b.example.com", "zhang")
    a.save(Tokens("acc-1", "ref-1"))
    assert a.load() == Tokens("acc-1", "ref-1")
    assert b.load() is None  # another server's account is separate
    assert "acc-1" not in repr(a.load())  # secrets never printed
    a.delete()
    a.delete()  # signing out twice is harmless
    assert a.load() is None


@pytest.mark.parametrize("backend", [fail.Keyring(), chainer.ChainerBackend()])
def test_no_usable_backend_says_how_to_configure_one(backend, monkeypatch):
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.raises(KeyringUnavailableError) as info:
            usable_keyring()
        with pytest.raises(KeyringUnavailableError):
            TokenStore("https://a.example.com", "zhang").save(Tokens("a", "r"))
    finally:
        keyring.set_keyring(previous)
    assert "PYTHON_KEYRING_BACKEND" in str(info.value)
    assert "plain" in str(info.value)


def test_rounds_login_without_a_keyring_fails_and_writes_no_secret(tmp_path):
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "ROUNDS_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT),
           "ROUNDS_MACHINE_CONFIG": str(tmp_path / "none.toml")}
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "login", "--server", "http://127.0.0.1:9",
         "--username", "zhang", "--password-stdin"],
        input="s3cret-pw\n", capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode != 0
    assert "PYTHON_KEYRING_BACKEND" in result.stderr
    written = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert b"s3cret-pw" not in written
