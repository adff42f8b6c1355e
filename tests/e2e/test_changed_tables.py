"""A sync cycle says which local tables it changed (`SyncReport.changed_tables`), so the
screens read again only what shows them: a first sync names the tables it downloaded, a
cycle that pulled a follow-up names follow_up alone, a conflict names sync_conflict too,
and a cycle with nothing new names nothing."""

from __future__ import annotations

from datetime import date

from desktop.models import Customer, FollowUp
from tests.e2e.conftest import rows_of


def test_each_cycle_names_the_tables_it_changed(server, make_client):
    a = make_client(server, "rep1")
    b = make_client(server, "rep1")
    first = b.sync()
    assert first.first_sync and {"customer", "visit", "product"} <= first.changed_tables
    a.sync()
    assert b.sync().changed_tables == set()  # nothing new

    territory = a.user["territory_ids"][0]
    customer = sorted(rows_of(a.store, "customer"))[0]
    a.store.create(FollowUp, customer_id=customer, title="送资料", due_date=date(2026, 12, 1),
                   territory_id=territory)
    pushed = a.sync()
    assert pushed.pushed == 1 and pushed.changed_tables == {"follow_up"}  # the server's copy
    assert b.sync().changed_tables == {"follow_up"}

    a.store.update(Customer, customer, notes="A 的备注")
    b.store.update(Customer, customer, notes="B 的备注")
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    assert report.changed_tables == {"customer", "sync_conflict"}
