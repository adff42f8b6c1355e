"""The Qt sync worker against a live server: start-up sync, debounced sync after a local
change, offline with backoff then recovery when the server is back, revoked device, and a
clean stop. Signals are awaited with pytest-qt (armed before the work starts)."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt, QThread

from desktop.models import Customer
from desktop.sync.account import open_session
from desktop.sync.retry import RetryPolicy
from desktop.ui.sync.worker import OFFLINE, UP_TO_DATE, SyncWorker


@pytest.fixture
def signed_in(server, make_client):
    client = make_client(server, "rep1")
    previous = keyring.get_keyring()
    keyring.set_keyring(client.keyring)  # the worker thread reads the tokens from here
    yield client
    keyring.set_keyring(previous)


def make_worker(client, **options) -> SyncWorker:
    options.setdefault("policy", RetryPolicy(base=0.05, max_delay=0.2))
    return SyncWorker(lambda: open_session(client.paths, client.session.account),
                      **options)


def test_syncs_at_start_up_and_soon_after_a_local_change(qtbot, signed_in):
    worker = make_worker(signed_in, debounce_ms=200, interval_seconds=3600)
    states, cycle_threads = [], []
    worker.state_changed.connect(states.append)
    worker.state_changed.connect(  # called where the cycle runs: never in the GUI thread
        lambda _state: cycle_threads.append(QThread.currentThread().objectName()),
        Qt.ConnectionType.DirectConnection)
    try:
        with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as first, \
                qtbot.waitSignal(worker.last_synced_changed, timeout=60_000) as synced:
            worker.start()
        assert first.args[0].first_sync and first.args[0].pulled > 0
        assert synced.args[0] is not None
        assert worker.state == UP_TO_DATE and states[:2] == ["syncing", UP_TO_DATE]

        signed_in.store.create(Customer, kind="pharmacy", name="新药店")
        with qtbot.waitSignal(worker.pending_count_changed, timeout=10_000,
                              check_params_cb=lambda n: n == 1):
            worker.schedule_soon()
        with qtbot.waitSignal(worker.sync_finished, timeout=60_000) as after_change:
            pass  # debounced cycle after 200 ms
        assert after_change.args[0].pushed == 1
        qtbot.waitUntil(lambda: signed_in.store.pending_count() == 0)
        assert len(cycle_threads) >= 4 and set(cycle_threads) == {"rounds-sync"}
    finally:
        assert worker.stop()
    assert worker.thread().isFinished()


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


def test_revoked_device_is_told_and_stops_syncing(qtbot, server, signed_in):
    signed_in.sync()
    user_id = signed_in.user["id"]
    assert user_id
    server.cli("device", "revoke", "--user", "rep1", "--device", signed_in.store.device_id)
    signed_in.store.create(Customer, kind="pharmacy", name="被撤销设备的药店")
    worker = make_worker(signed_in)
    try:
        with qtbot.waitSignal(worker.device_revoked, timeout=60_000):
            worker.start()
        assert worker.state == "error"
        assert signed_in.store.pending_count() == 1  # nothing discarded
    finally:
        assert worker.stop()
