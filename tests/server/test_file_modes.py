"""The server's data is private to its account: the data dir 0700, the SQLite database (and
its -wal and -shm) and the signing secret 0600, on a new install and, tightened at start,
on one made by an older version. Real files, the umask most systems have (022)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from server.cli import main
from server.core.config import Settings
from server.main import create_app

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask(monkeypatch):
    monkeypatch.delenv("ROUNDS_DATABASE_URL", raising=False)
    monkeypatch.delenv("ROUNDS_SECRET_KEY", raising=False)
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_server_keeps_its_data_private(tmp_path):
    data = tmp_path / "srv" / "data"
    app = create_app(Settings(server_data_dir=data))  # what `serve` builds
    try:
        db = data / "rounds-server.sqlite3"
        assert mode(data) == 0o700 and mode(data.parent) == 0o700  # made by us: 0700 too
        assert mode(db) == 0o600
        assert mode(data / "secret.key") == 0o600
        companions = [p for p in data.iterdir() if p.name.startswith(db.name + "-")]
        assert companions  # the engine is open: WAL mode has its -wal and -shm
        assert {p.name: mode(p) for p in companions} == dict.fromkeys(
            (p.name for p in companions), 0o600)
    finally:
        app.state.engine.dispose()


def test_an_older_install_is_tightened_at_start(tmp_path, capsys):
    data = tmp_path / "data"
    assert main(["init", "--data-dir", str(data)]) == 0
    db = data / "rounds-server.sqlite3"
    leftovers = [db, data / "secret.key", data / (db.name + "-wal")]
    leftovers[2].touch()
    for path in leftovers:
        os.chmod(path, 0o644)
    os.chmod(data, 0o755)
    assert main(["user", "list", "--data-dir", str(data)]) == 0
    assert mode(data) == 0o700
    # (SQLite removes the -wal when the last connection closes: checked while it is there)
    assert mode(db) == 0o600 and mode(data / "secret.key") == 0o600
    assert not leftovers[2].exists() or mode(leftovers[2]) == 0o600


def test_a_database_given_by_path_is_private_and_its_folder_left_alone(tmp_path, capsys):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    db = shared / "new" / "rounds.sqlite3"
    assert main(["init", "--db", f"sqlite:///{db}", "--data-dir", str(tmp_path / "d")]) == 0
    assert mode(db) == 0o600 and mode(db.parent) == 0o700
    assert mode(shared) == 0o755  # not ours to change
