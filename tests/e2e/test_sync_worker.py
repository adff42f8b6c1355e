"""The Qt sync worker against a live server: start-up sync, debounced sync after a local
change, offline with backoff then recovery when the server is back, revoked device, and a
clean stop. Cycles run in the worker's thread; every signal reaches its slots in the GUI
thread. Signals are awaited with pytest-qt (armed before the work starts)."""

from __future__ import annotations

import threading

import keyring
import pytest
from PySide6.QtCore import Qt, QThread

from desktop.models import Customer
from desktop.sync.account import open_session
from desktop.sync.retry import RetryPolicy
from desktop.ui.sync.worker import OFFLINE, UP_TO_DATE, SyncWorker

PUBLIC_SIGNALS = ("state_changed", "progress_changed", "pending_count_changed",
                  "last_synced_changed", "sync_finished", "sync_failed", "sign_in_needed",
                  "device_revoked")


@pytest.fixture
def signed_in(server, make_client):
    client = make_client(server, "rep1")
    previous = keyring.get_keyring()
    keyring.set_keyring(client.keyring)  # the worker thread reads the tokens from here
    yield client
    keyring.set_keyring(previous)


def make_worker(client, cycle_threads: list | None = None, **options) -> SyncWorker:
    """A worker over `client`'s account; `cycle_threads` gets the thread of every cycle."""
    options.setdefault("policy", RetryPolicy(base=0.05, max_delay=0.2))

    def new_session():
        session = open_session(client.paths, client.session.account)
        if cycle_threads is not None:
            run_cycle = session.client.run_cycle

            def recorded(*args, **kwargs):
                cycle_threads.append(QThread.currentThread().objectName())
                return run_cycle(*args, **kwargs)

            session.client.run_cycle = recorded
        return session

    return SyncWorker(new_session, **options)


def threads_of_signals(worker: SyncWorker) -> set[str]:
    """Where each public signal of `worker` reaches a slot: "gui" or the thread's name."""
    seen: set[str] = set()

    def record(*_args) -> None:
        current = threading.current_thread()
        seen.add("gui" if current is threading.main_thread() else current.name)

    for name in PUBLIC_SIGNALS:
        getattr(worker, name).connect(record, Qt.ConnectionType.DirectConnection)
    return seen


def test_syncs_at_start_up_and_soon_after_a_local_change(qtbot, signed_in):
    cycle_threads: list[str] = []
    worker = make_worker(signed_in, cycle_threads, debounce_ms=200, interval_seconds=3600)
    states = []
    worker.state_changed.connect(states.append)
    slot_threads = threads_of_signals(worker)
    try:
        with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as first, \
                qtbot.waitSignal(worker.last_synced_changed, timeout=60_000) as synced:
            worker.start()
        assert first.args[0].first_sync and first.args[0].pulled > 0
        assert synced.args[0] is not None
        assert worker.state == UP_TO_DATE and states[:2] == ["syncing", UP_TO_DATE]

        signed_in.store.create(Customer, kind="pharmacy", name="新药店")
        with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as after_change, \
                qtbot.waitSignal(worker.pending_count_changed, timeout=10_000,
                                 check_params_cb=lambda n: n == 1):
            worker.schedule_soon()  # the debounced cycle follows 200 ms later
        assert after_change.args[0].pushed == 1
        qtbot.waitUntil(lambda: signed_in.store.pending_count() == 0)
        assert cycle_threads == ["rounds-sync", "rounds-sync"]
        assert slot_threads == {"gui"}
    finally:
        assert worker.stop()
    assert worker.findChild(QThread).isFinished()


def test_offline_retries_with_backoff_and_recovers_when_server_returns(qtbot, server,
                                                                        signed_in):
    signed_in.sync()
    server.stop()
    signed_in.store.create(Customer, kind="pharmacy", name="离线药店")
    worker = make_worker(signed_in, probe_seconds=0.2, interval_seconds=3600)
    failures = []
    worker.sync_failed.connect(failures.append)
    try:
        worker.start()
        qtbot.waitUntil(lambda: worker.state == OFFLINE, timeout=60_000)
        qtbot.waitUntil(lambda: len(failures) >= 3, timeout=30_000)  # retried on its own
        with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as done:
            server.start()  # the network is back: the probe or the backoff timer notices
        assert done.args[0].pushed == 1
        assert worker.state == UP_TO_DATE
    finally:
        assert worker.stop()


def test_revoked_device_is_told_and_stops_syncing(qtbot, server, signed_in, tmp_path):
    from desktop.ui.app import build_window
    from desktop.ui.common.ui_settings import UiSettings

    signed_in.sync()
    user_id = signed_in.user["id"]
    assert user_id
    server.cli("device", "revoke", "--user", "rep1", "--device", signed_in.store.device_id)
    signed_in.store.create(Customer, kind="pharmacy", name="被撤销设备的药店")
    worker = make_worker(signed_in)
    window = build_window(signed_in.store, UiSettings.in_folder(tmp_path / "config"),
                          sync_worker=worker)
    qtbot.addWidget(window)
    slot_threads = threads_of_signals(worker)
    try:
        with qtbot.waitSignal(worker.device_revoked, timeout=60_000):
            worker.start()
        assert worker.state == "error"
        assert signed_in.store.pending_count() == 1  # nothing discarded
        # The status bar says so (its label is set in the GUI thread, as every slot is).
        assert window.sync_status.state_label.text() == "This device was signed out by IT"
        assert slot_threads == {"gui"}
    finally:
        assert worker.stop()


def test_a_password_reset_signs_out_saying_why_and_keeps_unsent_changes(qtbot, server,
                                                                         signed_in, qapp):
    from desktop.ui.common.translations import LanguageSwitcher

    signed_in.sync()
    server.cli("user", "set-password", "--username", "rep1", "--password-stdin",
               input="a-new-passphrase-2026\n")
    signed_in.store.create(Customer, kind="pharmacy", name="改密码后的药店")
    languages = LanguageSwitcher(qapp)
    languages.switch("zh_CN")
    worker = make_worker(signed_in)
    try:
        with qtbot.waitSignal(worker.sign_in_needed, timeout=60_000) as blocker:
            worker.start()
        assert "密码已被重置" in blocker.args[0]
        assert signed_in.store.pending_count() == 1  # nothing discarded, nothing wiped
        assert signed_in.store.path.exists()
    finally:
        languages.switch("en")
        assert worker.stop()
