"""Fixtures shared by every test package."""

from __future__ import annotations

import gc
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests never read this machine's real machine-wide file (an installed Rounds package may
# have left /etc/rounds/config.toml); tests of that layer point it at their own file.
os.environ["ROUNDS_MACHINE_CONFIG"] = os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"rounds-tests-{os.getpid()}-no-machine-config.toml")
# The store's key lives in the OS keyring, which test machines lack: every test (and every
# `rounds` it starts, which inherits the environment) uses the test keyring in a file of this
# run; a test about keyrings sets its own with `keyring.set_keyring`.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keyring_backend.FileKeyring")
os.environ.setdefault("ROUNDS_TEST_KEYRING_FILE", os.path.join(
    os.environ.get("TMPDIR", "/tmp"), f"rounds-tests-{os.getpid()}-keyring.json"))
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
def memory_keyring():
    """An in-memory keyring for this test (tests.keyring_backend.MemoryKeyring)."""
    import keyring

    from tests.keyring_backend import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def store(tmp_path):
    """A fresh, migrated local store on a real SQLite file."""
    from desktop.store.store import Store

    s = Store.open(tmp_path / "store.sqlite3")
    yield s
    s.close()


@pytest.fixture
def rounds_logging():
    """The root logger; the handlers `desktop.logging_setup` adds are removed afterwards and
    its level is put back."""
    import logging

    root = logging.getLogger()
    level = root.level
    yield root
    for handler in list(root.handlers):
        if getattr(handler, "_rounds", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(autouse=True)
def qt_objects_end_with_their_test(request):
    """A test's Qt objects are destroyed at its end, in the GUI thread, and a test that leaves
    one of Rounds' windows alive fails.

    pytest-qt closes the widgets a test added and calls deleteLater(), but that delete waits
    for the next event loop, i.e. some later test; and Qt objects held in reference cycles
    wait for the garbage collector, which runs in whatever thread allocates next (a sync
    worker, a uvicorn or proxy thread). A QObject destroyed outside its thread cannot stop
    its timers, which then fire into freed memory (issue 12's segfault). So: deferred
    deletes are delivered and the garbage collected here, in the GUI thread."""
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    def deliver_deferred_deletes() -> None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    deliver_deferred_deletes()
    gc.collect()
    deliver_deferred_deletes()
    left = [w for w in QApplication.topLevelWidgets()
            if w.parent() is None and type(w).__module__.startswith("desktop.")]
    for widget in left:
        widget.close()
        widget.deleteLater()
    deliver_deferred_deletes()
    if left:
        pytest.fail(f"the test left {len(left)} window(s) alive: "
                    f"{sorted(type(w).__name__ for w in left)}", pytrace=False)
