"""Fixtures shared by every test package."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read this machine's real machine-wide file (an installed Rounds package may
# have left /etc/rounds/config.toml); tests of that layer point it at their own file.
os.environ["ROUNDS_MACHINE_CONFIG"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"rounds-tests-{os.getpid()}-no-machine-config.toml")
for _name in ("ROUNDS_SERVER_URL", "ROUNDS_DATA_DIR", "ROUNDS_LANG", "ROUNDS_TIME_ZONE",
              "ROUNDS_DATABASE_URL"):
    os.environ.pop(_name, None)


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A private data dir (ROUNDS_DATA_DIR) and no machine-wide configuration."""
    root = tmp_path / "rounds-data"
    monkeypatch.setenv("ROUNDS_DATA_DIR", str(root))
    monkeypatch.setenv("ROUNDS_MACHINE_CONFIG", str(tmp_path / "no-machine-config.toml"))
    return root


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated local store on a real SQLite file."""
    from desktop.store.store import Store

    s = Store.open(tmp_path / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture
def rounds_logging():
    """The root logger; the handlers `desktop.logging_setup` adds are removed afterwards."""
    import logging

    root = logging.getLogger()
    yield root
    for handler in list(root.handlers):
        if getattr(handler, "_rounds", False):
            root.removeHandler(handler)
            handler.close()
