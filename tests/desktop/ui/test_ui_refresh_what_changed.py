"""After a sync, each screen reads again only what shows the tables the sync changed, on the
database thread, and swaps the rows in when they arrive: a cycle that brought follow-ups
does not query Today's planned calls, nor the customer list; one that changed nothing makes
no screen read at all."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from uihelpers import FakeSyncWorker, add_follow_up

from desktop.domain import customer_list
from desktop.domain import today as today_queries
from desktop.sync.client import SyncReport
from desktop.ui.app import build_window


@pytest.fixture
def synced_window(qtbot, store, ui_settings, territory):
    worker = FakeSyncWorker()
    window = build_window(store, ui_settings, sync_worker=worker)
    qtbot.addWidget(window)
    window.show()
    yield window, worker
    window.close()


@pytest.fixture
def reads(monkeypatch):
    """How often each of Today's lists and the customer list were read."""
    counted = Counter()

    def counting(module, name):
        real = getattr(module, name)

        def wrapper(*args, **kwargs):
            counted[name] += 1
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, wrapper)

    for name in ("planned_calls", "follow_ups_due", "complaints_near_deadline",
                 "customers_overdue"):
        counting(today_queries, name)
    counting(customer_list, "first_rows")
    return counted


def test_a_sync_that_brought_only_follow_ups_reads_only_todays_follow_ups(
        qtbot, synced_window, store, territory, reads):
    window, worker = synced_window
    today = window.show_view("today")
    window.show_view("customers")  # built, and listening
    window.show_view("today")
    qtbot.waitUntil(window.context.tasks.idle)
    reads.clear()
    add_follow_up(store, territory.doctor, "寄送试验数据", date.today())  # as the pull stores it
    worker.sync_finished.emit(SyncReport(pulled=1, changed_tables={"follow_up"}))
    qtbot.waitUntil(lambda: "寄送试验数据" in [f.title for f in today.follow_up_model.rows()])
    qtbot.waitUntil(window.context.tasks.idle)
    assert reads == Counter({"follow_ups_due": 1})


def test_a_sync_that_changed_nothing_reads_nothing(qtbot, synced_window, reads):
    window, worker = synced_window
    window.show_view("customers")
    window.show_view("today")
    qtbot.waitUntil(window.context.tasks.idle)
    reads.clear()
    worker.sync_finished.emit(SyncReport())
    qtbot.waitUntil(window.context.tasks.idle)
    assert reads == Counter()


def test_a_sync_that_brought_visits_reads_the_lists_that_show_them(qtbot, synced_window,
                                                                   reads):
    window, worker = synced_window
    window.show_view("customers")
    window.show_view("today")
    qtbot.waitUntil(window.context.tasks.idle)
    reads.clear()
    worker.sync_finished.emit(SyncReport(changed_tables={"visit", "visit_product"}))
    qtbot.waitUntil(lambda: reads["first_rows"] == 1 and reads["customers_overdue"] == 1)
    qtbot.waitUntil(window.context.tasks.idle)
    assert reads == Counter({"planned_calls": 1, "customers_overdue": 1, "first_rows": 1})


def test_rows_arrive_from_the_database_thread_while_the_window_runs(qtbot, synced_window,
                                                                    store, territory):
    """The screen keeps what it shows until the new rows arrive, then shows them."""
    window, worker = synced_window
    today = window.show_view("today")
    qtbot.waitUntil(window.context.tasks.idle)
    before = today.follow_up_model.rowCount()
    add_follow_up(store, territory.pharmacy, "核对库存", date.today())
    worker.sync_finished.emit(SyncReport(changed_tables={"follow_up"}))
    assert today.follow_up_model.rowCount() == before  # nothing was read on this thread
    qtbot.waitUntil(lambda: today.follow_up_model.rowCount() == before + 1)
