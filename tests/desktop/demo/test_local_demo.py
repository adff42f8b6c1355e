"""The demo on this computer alone: filled once, signed in as the chosen demo person."""

from __future__ import annotations

from datetime import date

from desktop.demo.generator import DemoSpec
from desktop.demo.local_demo import open_demo_store
from desktop.domain.identity import current_identity
from desktop.domain.today import planned_calls
from desktop.paths import app_paths

SMALL = DemoSpec(seed=3, customers=120)


def test_the_demo_opens_as_the_manager_or_a_rep_over_the_same_data(tmp_path):
    paths = app_paths(tmp_path)
    store = open_demo_store(paths, "manager", SMALL)
    try:
        manager = current_identity(store)
        queued = store.pending_count()
    finally:
        store.close()
    assert manager.role == "manager" and manager.is_manager and len(manager.territory_ids) == 3
    assert queued == 0  # demo rows are loaded, never queued for a server
    store = open_demo_store(paths, "rep", SMALL)
    try:
        rep = current_identity(store)
        loads = store.state("demo_loaded")
        today = planned_calls(store, date.today())
    finally:
        store.close()
    assert rep.role == "rep" and rep.display_name == "赵明" and loads == "1"
    assert today, "the rep's demo day has planned calls"
