"""Scope follows the territory, and a long-offline client catches up incrementally."""

from __future__ import annotations

from datetime import timedelta

from desktop.models import Customer, Visit, utcnow
from desktop.sync.pull import SNAPSHOT_KEY
from tests.e2e.conftest import rows_of

HISTORY = ("visit", "visit_product", "follow_up", "complaint", "call_plan")


def test_reassigned_territory_moves_with_history_after_old_reps_edits_are_pushed(
        server, make_client):
    old = make_client(server, "rep2")
    new = make_client(server, "rep1")
    old.sync()
    new.sync()
    [territory] = old.user["territory_ids"]
    customers = rows_of(old.store, "customer", territory_id=territory)
    visits_before = rows_of(old.store, "visit", territory_id=territory)
    assert customers and visits_before
    assert not rows_of(new.store, "customer", territory_id=territory)

    # the old rep edits offline; then the territory moves to the new rep
    edited = sorted(k for k, v in customers.items() if v["kind"] == "hospital")[0]
    old.store.update(Customer, edited, notes="交接前的最后记录")
    visit = old.store.create(Visit, customer_id=edited, started_at=utcnow(),
                             territory_id=territory, key_messages="交接拜访")
    server.cli("territory", "reassign", territory, "--to", "rep1")

    report = old.sync()
    assert report.pushed == 2 and report.rejected == 0, old.store.rejections()
    assert old.store.pending_count() == 0
    for table in ("customer",) + HISTORY:
        assert rows_of(old.store, table, territory_id=territory) == {}, table

    new.sync()
    arrived = rows_of(new.store, "customer", territory_id=territory)
    assert set(arrived) == set(customers)
    assert arrived[edited]["notes"] == "交接前的最后记录"
    new_visits = rows_of(new.store, "visit", territory_id=territory)
    assert set(visits_before) | {visit.id} == set(new_visits)
    assert new.store.state(f"{SNAPSHOT_KEY}:{territory}") is None  # snapshot completed


def test_client_offline_for_180_days_catches_up_incrementally(server, make_client):
    away = make_client(server, "rep1", pull_limit=100)
    office = make_client(server, "rep1", push_batch=500)
    away.sync()
    office.sync()
    cursor_before = int(away.store.state("pull_cursor"))
    territory = away.user["territory_ids"][0]
    orgs = sorted(k for k, v in rows_of(office.store, "customer").items()
                  if v["kind"] in ("hospital", "pharmacy"))
    # half a year of work elsewhere: a call report a day and many edits, synced as it goes
    start = utcnow() - timedelta(days=180)
    for week in range(26):
        with office.store.write() as w:
            for day in range(7):
                w.create(Visit, customer_id=orgs[(week * 7 + day) % len(orgs)],
                         started_at=start + timedelta(days=week * 7 + day),
                         territory_id=territory, key_messages=f"第{week}周")
            for round_ in range(8):
                for i, row_id in enumerate(orgs):
                    w.update(Customer, row_id, notes=f"week {week} round {round_} #{i}")
        office.sync()
    # and the absent rep also worked offline
    away.store.update(Customer, orgs[0], phone="010-12345678")

    server_revision = int(office.store.state("pull_cursor"))
    assert server_revision - cursor_before > 800  # the server moved on a lot
    requests_before = away.session.transport.requests_made
    report = away.sync()
    pages = away.session.transport.requests_made - requests_before - 1  # minus the push
    assert pages >= 3  # page by page, each with its cursor
    assert not report.first_sync and "snapshot" not in report.timings
    assert report.pushed == 1
    assert int(away.store.state("pull_cursor")) >= server_revision
    office.sync()
    for table in ("customer", "visit"):
        assert rows_of(away.store, table) == rows_of(office.store, table)
    assert len([v for v in rows_of(away.store, "visit").values()
                if v["key_messages"] and v["key_messages"].startswith("第")]) == 26 * 7


def test_rows_of_a_lost_territory_stay_until_their_unsent_edits_are_pushed(server,
                                                                        make_client):
    """The rep keeps typing while the sync runs: an edit saved after the cycle pushed (and
    after the push made just before the territory is dropped) is not dropped with the
    territory; its row stays until the next push has delivered it, then goes."""
    old = make_client(server, "rep2")
    old.sync()
    [territory] = old.user["territory_ids"]
    customers = rows_of(old.store, "customer", territory_id=territory)
    edited = sorted(customers)[0]
    server.cli("territory", "reassign", territory, "--to", "rep1")
    old.store.update(Customer, edited, notes="交接前")
    notes = iter(["同步时的修改 1", "同步时的修改 2"])

    def typing_while_syncing(phase: str, done: int, total: int) -> None:
        if phase == "push":  # after each push the rep has saved another note
            note = next(notes, None)
            if note:
                old.store.update(Customer, edited, notes=note)

    old.sync(progress=typing_while_syncing)

    assert old.store.pending_count() == 1  # the last note, saved after the last push
    kept = rows_of(old.store, "customer", territory_id=territory)
    assert set(kept) == {edited}, "rows with unsent edits must stay until pushed"
    assert kept[edited]["notes"] == "同步时的修改 2"
    assert not any(rows_of(old.store, t, territory_id=territory) for t in HISTORY)

    report = old.sync()
    assert report.pushed + report.rejected == 1 and old.store.pending_count() == 0
    assert rows_of(old.store, "customer", territory_id=territory) == {}
    assert old.store.get(Customer, edited) is None
    old.sync()
    assert old.store.get(Customer, edited) is None  # and it does not come back
