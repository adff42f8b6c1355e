"""Keyring backends for tests (the test machines have no OS keyring).

`MemoryKeyring` keeps secrets in the process; `FileKeyring` keeps them in a JSON file named
by ROUNDS_TEST_KEYRING_FILE so that `rounds login` and `rounds sync` run as subprocesses
can share them: select it with PYTHON_KEYRING_BACKEND=tests.keyring_backend.FileKeyring.
Neither is for production: they exist so tests exercise keyring's real API.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
from contextlib import contextmanager
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such secret")


class FileKeyring(KeyringBackend):
    """Several processes share the file (a test and the `rounds` it starts, or one still
    closing): every change is a read-modify-write under an exclusive lock on a side file,
    written to a temporary file of its own writer and moved into place whole."""

    priority = 1
    _lock = threading.Lock()

    @property
    def path(self) -> Path:
        return Path(os.environ["ROUNDS_TEST_KEYRING_FILE"])

    @contextmanager
    def _changing(self):
        with self._lock, open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def _load(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        with self._changing():
            data = self._load()
            data[f"{service}\n{username}"] = password
            self._save(data)

    def delete_password(self, service, username):
        with self._changing():
            data = self._load()
            if data.pop(f"{service}\n{username}", None) is None:
                raise PasswordDeleteError("no such secret")
            self._save(data)
