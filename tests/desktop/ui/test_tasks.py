"""The screens' task runner: work runs on one database thread in the order given, results and
errors come back on the GUI thread, results of a destroyed owner are dropped, shutdown joins
the thread, and a save that waits for the write lock keeps the event loop turning.

No test sleeps for a guessed time: each waits for a condition (`qtbot.waitUntil`) or for
events the loop itself delivers."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QTimer

from desktop.ui.common.tasks import Reload, TaskRunner


@pytest.fixture
def runner(qapp):
    tasks = TaskRunner()
    yield tasks
    assert tasks.shutdown()
    tasks.deleteLater()


def test_tasks_run_in_order_on_one_thread_and_results_arrive_on_the_gui_thread(qtbot, runner):
    ran, arrived = [], []
    for i in range(20):
        runner.run(lambda i=i: (ran.append((i, threading.current_thread().name)), i)[1],
                   lambda result: arrived.append((result, threading.current_thread())))
    qtbot.waitUntil(runner.idle)
    assert [i for i, _thread in ran] == list(range(20))
    assert {thread for _i, thread in ran} == {"rounds-db"}
    assert [result for result, _thread in arrived] == list(range(20))
    assert {thread for _result, thread in arrived} == {threading.main_thread()}


def test_an_error_goes_to_on_error_on_the_gui_thread_and_the_next_task_still_runs(qtbot,
                                                                                 runner):
    errors, results = [], []

    def fail():
        raise LookupError("no such customer")

    runner.run(fail, results.append,
               on_error=lambda exc: errors.append((exc, threading.current_thread())))
    runner.run(lambda: "next", results.append)
    qtbot.waitUntil(runner.idle)
    [(error, thread)] = errors
    assert isinstance(error, LookupError) and thread is threading.main_thread()
    assert results == ["next"]


def test_an_error_without_on_error_is_reported(qtbot, runner, caplog):
    def fail():
        raise ValueError("broken row")

    with qtbot.waitSignal(runner.task_failed) as failed:
        runner.run(fail, lambda _r: pytest.fail("no result for a failed task"))
    assert failed.args == ["ValueError: broken row"]
    assert "background task failed" in caplog.text


def test_the_result_of_a_destroyed_owner_or_a_cancelled_task_is_dropped(qtbot, runner):
    owner = QObject()
    release = threading.Event()
    seen = []
    runner.run(lambda: release.wait(10))  # holds the thread while the owner goes
    runner.run(lambda: "for the owner", seen.append, owner=owner)
    cancelled = runner.run(lambda: "cancelled", seen.append)
    cancelled.cancel()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    runner.run(lambda: "last", seen.append)
    qtbot.waitUntil(runner.idle)
    assert seen == ["last"]


def test_shutdown_waits_for_the_task_in_flight_drops_the_queued_and_joins(qtbot, runner):
    started, release = threading.Event(), threading.Event()
    done, threads = [], []
    runner.run(lambda: (threads.append(threading.current_thread()), started.set(),
                        release.wait(10), done.append("in flight")))
    queued = runner.run(lambda: done.append("queued"))
    assert started.wait(10)

    def release_once_dropped():  # the task in flight ends only after shutdown began
        for _ in range(10_000):
            if queued.cancelled:
                break
            threading.Event().wait(0.001)
        release.set()

    helper = threading.Thread(target=release_once_dropped)
    helper.start()
    assert runner.shutdown()
    helper.join(10)
    assert done == ["in flight"]
    assert not threads[0].is_alive()
    assert runner.idle()
    runner.run(lambda: done.append("after"))  # a later task starts a new thread
    qtbot.waitUntil(runner.idle)
    assert done == ["in flight", "after"]


def test_reload_reads_once_more_after_a_burst_and_never_shows_an_older_read(qtbot, runner):
    reads, shown = [], []
    parent = QObject()
    release = threading.Event()

    def load():
        reads.append(len(reads))
        if len(reads) == 1:
            release.wait(10)
        return len(reads)

    reload = Reload(runner, load, shown.append, parent)
    reload.request()
    for _ in range(5):  # while the first read runs: one more read after it, not five
        reload.request()
    release.set()
    qtbot.waitUntil(lambda: len(shown) == 2)
    qtbot.waitUntil(runner.idle)
    assert reads == [0, 1] and shown == [1, 2]
    release.clear()
    reads.clear()
    reload.request()  # in the background, held …
    reload.now(lambda: "read now")  # … while the screen reads at once
    release.set()
    qtbot.waitUntil(runner.idle)
    assert shown[-1] == "read now"  # the older background read is not shown over it
    parent.deleteLater()


def test_a_save_waiting_for_the_write_lock_keeps_the_event_loop_turning(qtbot, runner, store):
    """A sync page holds the store's write transaction; a save on the GUI thread waits for it
    on the database thread while the event loop goes on (the lock is released by a timer
    of that loop: were the loop blocked, it never would be)."""
    from desktop.models import Customer

    holding, release = threading.Event(), threading.Event()

    def sync_page():  # what a long snapshot page does: one write transaction
        with store.write(durable=False) as w:
            w.apply_remote(Customer, {"id": "c-sync", "kind": "hospital", "name": "同步医院",
                                      "revision": 1, "territory_id": "t1"})
            holding.set()
            if not release.wait(30):
                raise AssertionError("the GUI thread's event loop stopped")

    sync = threading.Thread(target=sync_page, name="sync-page")
    sync.start()
    assert holding.wait(10)
    ticks = []
    timer = QTimer()
    timer.setInterval(5)

    def tick():
        ticks.append(1)
        if len(ticks) == 10:  # ten turns of the loop while the save waits
            release.set()

    timer.timeout.connect(tick)
    timer.start()
    saved = runner.run_and_wait(lambda: store.create(Customer, kind="pharmacy",
                                                     name="新药店", territory_id="t1"))
    timer.stop()
    sync.join(10)
    assert len(ticks) >= 10  # the loop ran while the save waited
    assert store.get(Customer, saved.id).name == "新药店"
    assert store.get(Customer, "c-sync") is not None


def test_run_and_wait_raises_the_error_of_the_save(qtbot, runner):
    def refused():
        raise PermissionError("plan already approved")

    with pytest.raises(PermissionError, match="already approved"):
        runner.run_and_wait(refused)
    assert runner.run_and_wait(lambda: 42) == 42
    qtbot.waitUntil(runner.idle)


def _alive(obj) -> bool:
    from shiboken6 import isValid

    return isValid(obj)
