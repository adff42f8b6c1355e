"""A save while the sync stores a long page: the page's transaction holds the store's write
lock; the save waits for it on the database thread while the window's event loop goes on,
and shows its result when done. The lock is released by a timer of that event loop, so a
blocked loop would show as the page never ending, not as a slow test."""

from __future__ import annotations

import threading
from datetime import date

from PySide6.QtCore import QTimer
from uihelpers import add_follow_up

from desktop.models import Customer, FollowUp


def hold_write_lock(store, holding: threading.Event, release: threading.Event,
                    outcome: list) -> threading.Thread:
    def page() -> None:  # one snapshot page: its rows in one write transaction
        with store.write(durable=False) as w:
            w.apply_remote(Customer, {"id": "c-synced", "kind": "hospital", "revision": 3,
                                      "name": "同步来的医院", "territory_id": "terr-1"})
            holding.set()
            outcome.append("released" if release.wait(30) else "the event loop stopped")

    thread = threading.Thread(target=page, name="sync-page")
    thread.start()
    return thread


def test_marking_a_follow_up_done_during_a_long_sync_page_keeps_the_window_running(
        qtbot, window, store, territory):
    view = window.show_view("follow_ups")
    follow_up = add_follow_up(store, territory.doctor, "回访", date.today())
    view.refresh()
    view.table.setCurrentIndex(view.model.index(0, 0))
    holding, release, outcome = threading.Event(), threading.Event(), []
    sync = hold_write_lock(store, holding, release, outcome)
    assert holding.wait(10)
    turns = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: (turns.append(1), len(turns) >= 10 and release.set()))
    timer.start()
    view.mark_done()  # returns once saved; the loop turned meanwhile
    timer.stop()
    sync.join(10)
    assert outcome == ["released"]
    assert len(turns) >= 10
    assert store.get(FollowUp, follow_up).status == "done"
    assert view.model.rowCount() == 0  # and the screen shows it
    assert store.get(Customer, "c-synced") is not None  # the page committed too
