"""A first sync's commits only append to the write-ahead log; a thread of its own copies the
log into the store file meanwhile and once more at the end (decision 0041). The store's
connections checkpoint their own commits again afterwards, so the log does not grow for
the rest of the day."""

import shutil
import threading

import pytest

from desktop.store.engine import WAL_AUTOCHECKPOINT_PAGES
from desktop.store.store_key import load_key
from desktop.sync import pull, snapshot_pipeline
from tests.desktop.sync.test_snapshot_cache import NAMES, _Pages
from tests.store_files import connect_store


def _autocheckpoints(store) -> list[int]:
    """`wal_autocheckpoint` of the connection a write gets, and of a reading one."""
    with store.write() as w:
        writing = w.session.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    with store.read() as s:
        reading = s.connection().exec_driver_sql("PRAGMA wal_autocheckpoint").scalar()
    return [writing, reading]


def test_a_first_sync_reaches_the_store_file_itself_and_leaves_checkpoints_as_they_were(
        store, monkeypatch, tmp_path):
    monkeypatch.setattr(snapshot_pipeline, "COMMIT_ROWS", 2)  # a commit between the pages
    assert pull.run_snapshot(store, _Pages(), pull.PullOutcome()) == 7

    # The file alone, without its log (a few pages: SQLite's own checkpoint at 1,000 would
    # not have copied them), holds every customer.
    shutil.copy(store.path, tmp_path / "file-only.sqlite3")
    copy = connect_store(tmp_path / "file-only.sqlite3", load_key(store.path))
    assert sorted(n for (n,) in copy.execute("SELECT name FROM customer")) == sorted(NAMES)
    copy.close()
    assert _autocheckpoints(store) == [WAL_AUTOCHECKPOINT_PAGES] * 2
    assert not [t for t in threading.enumerate() if t.name == "snapshot-checkpoint"]


def test_a_first_sync_that_fails_stops_its_checkpoints_and_gives_them_back(store, monkeypatch):
    def failing(w, table, page, *, bulk):
        raise OSError("disk full")

    monkeypatch.setattr(pull, "_store_page", failing)
    with pytest.raises(OSError, match="disk full"):
        pull.run_snapshot(store, _Pages(), pull.PullOutcome())
    assert _autocheckpoints(store) == [WAL_AUTOCHECKPOINT_PAGES] * 2
    assert not [t for t in threading.enumerate() if t.name == "snapshot-checkpoint"]
