"""Keyring backends for tests (the test machines have no OS keyring).

`MemoryKeyring` keeps secrets in the process; `FileKeyring` keeps them in a JSON file named
by ROUNDS_TEST_KEYRING_FILE so that `rounds login` and `rounds sync` run as subprocesses
can share them: select it with PYTHON_KEYRING_BACKEND=tests.keyring_backend.FileKeyring.
Neither is for production: they exist so tests exercise keyring's real API.
"""

from __future__ import annotations

import json
import os
import threading
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
    priority = 1
    _lock = threading.Lock()

    @property
    def path(self) -> Path:
        return Path(os.environ["ROUNDS_TEST_KEYRING_FILE"])

    def _load(self) -> dict:
        try:
            return json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}

    def _save(self, data: dict) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self.path)

    def get_password(self, service, username):
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        with self._lock:
            data = self._load()
            data[f"{service}\n{username}"] = password
            self._save(data)

    def delete_password(self, service, username):
        with self._lock:
            data = self._load()
            if data.pop(f"{service}\n{username}", None) is None:
                raise PasswordDeleteError("no such secret")
            self._save(data)
