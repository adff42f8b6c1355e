"""The laptop's data is private to its user: the data, accounts, log and config folders
0700; the store (and its -wal and -shm), the logs (rotated ones too), settings.toml and
ui.ini 0600. New files are made so, and an install made before is tightened at start."""

from __future__ import annotations

import logging
import os
import stat
import sys

import pytest

from desktop import logging_setup
from desktop.config import load_config
from desktop.models import Customer
from desktop.paths import app_paths
from desktop.store.store import Store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
ACCOUNT = "rep1@rounds.example:8765"


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def modes(paths) -> dict[str, int]:
    """Mode of everything under the data dir, by path relative to it."""
    root = paths.data_dir
    found = {".": mode(root)}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            found[os.path.relpath(path, root)] = mode(path)
    return found


def use_everything(paths, rounds_logging):
    """What a session of the app writes: store, log (rotated), settings, window state."""
    from desktop.ui.common.ui_settings import UiSettings

    logging_setup.configure_logging(paths.log_file, rotate=False)
    logging_setup.start_rotation()
    [handler] = [h for h in rounds_logging.handlers if getattr(h, "_rounds", False)]
    logging.getLogger("rounds.test").warning("a record")
    handler.doRollover()  # a full log is rotated: the fresh file is made again
    logging.getLogger("rounds.test").warning("after the rollover")
    store = Store.open(paths.store_file(ACCOUNT))
    with store.write() as w:
        w.create(Customer, kind="hospital", name="协和医院", territory_id="t1")
    load_config(paths.user_settings_file).save_user_setting("language", "zh_CN")
    ui = UiSettings.in_folder(paths.config_dir)
    ui.qsettings.setValue("window/geometry", "x")
    ui.sync()
    return store


def test_a_new_install_is_private(tmp_path, rounds_logging):
    paths = app_paths(tmp_path / "rounds")
    store = use_everything(paths, rounds_logging)
    try:
        found = modes(paths)
        store_name = os.path.join("accounts", paths.store_file(ACCOUNT).name)
        assert store_name + "-wal" in found and store_name + "-shm" in found  # store open
        assert {"logs/rounds.log", "logs/rounds.log.1", "config/settings.toml",
                "config/ui.ini"} <= set(found)
        readable = {p: oct(m) for p, m in found.items()
                    if m != (0o700 if (paths.data_dir / p).is_dir() else 0o600)}
        assert readable == {}
    finally:
        store.engine.dispose()


def test_an_older_install_is_tightened_at_start(tmp_path, rounds_logging):
    paths = app_paths(tmp_path / "rounds")
    use_everything(paths, rounds_logging).engine.dispose()
    for name in modes(paths):
        path = paths.data_dir / name
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    leftover_wal = paths.store_file(ACCOUNT).with_name(paths.store_file(ACCOUNT).name + "-wal")
    leftover_wal.touch()
    os.chmod(leftover_wal, 0o644)

    app_paths(tmp_path / "rounds")  # the start of the next run
    readable = {p: oct(m) for p, m in modes(paths).items()
                if m != (0o700 if (paths.data_dir / p).is_dir() else 0o600)}
    assert readable == {}


def test_a_shared_folder_above_the_data_dir_is_left_alone(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    store = Store.open(shared / "new" / "store.sqlite3")
    store.engine.dispose()
    assert mode(shared) == 0o755
    assert mode(shared / "new") == 0o700 and mode(shared / "new" / "store.sqlite3") == 0o600
