"""What the sync could not apply, without widgets: conflicts and refused changes as rows that
name the record in words, restoring the rep's value as a new change, and dismissing.

The server's answers are stored by the sync's own `store_results`, as after a real push."""

from __future__ import annotations

from datetime import date

import pytest
from domainhelpers import PHARMACY, REP, beijing

from desktop.domain import sync_outcomes
from desktop.domain.follow_ups import follow_up_rows
from desktop.models import Customer, FollowUp, Visit, row_values
from desktop.models.codec import encode_values
from desktop.sync.push import PushOutcome, store_results

GUIDE = "送最新高血压防治指南"


@pytest.fixture
def server(store, field, outbox):
    """A function giving the server's answer to the next push: `answers` by row id, every
    other change applied. The field's rows are pushed and confirmed first."""
    def answer(answers=None):
        batch = outbox()
        results = [{"seq": e.seq, "status": "applied", **(answers or {}).get(e.row_id, {})}
                   for e in batch]
        store_results(store, batch, {"results": results}, PushOutcome())
    answer()
    return answer


def server_row(store, model, row_id, revision, **values):
    """The row as the server holds it (wire values), at `revision`."""
    return encode_values({**row_values(store.get(model, row_id)), **values,
                          "revision": revision})


def conflict(conflict_id, name, mine, theirs):
    return {"id": conflict_id, "field": name, "your_value": mine, "server_value": theirs}


@pytest.fixture
def lost(store, field, server):
    """The rep's new title of 张伟 and new due date of a follow-up both lost to a colleague's
    edits on the server; returns the follow-up's id."""
    fid = store.create(FollowUp, customer_id=field.zhang_wh, title=GUIDE,
                       due_date=date(2026, 3, 23), assigned_user_id=REP, territory_id="t-wh").id
    server()
    store.update(Customer, field.zhang_wh, title="主任医师、教授")
    store.update(FollowUp, fid, due_date=date(2026, 3, 20))
    server({
        field.zhang_wh: {"status": "merged",
                         "conflicts": [conflict("c-title", "title", "主任医师、教授", "主任医师")],
                         "row": server_row(store, Customer, field.zhang_wh, 12,
                                           title="主任医师")},
        fid: {"status": "merged",
              "conflicts": [conflict("c-due", "due_date", "2026-03-20", "2026-03-25")],
              "row": server_row(store, FollowUp, fid, 13, due_date=date(2026, 3, 25))}})
    return fid


def test_conflicts_name_the_record_and_show_both_values(store, field, lost):
    rows = {r.id: r for r in sync_outcomes.conflict_rows(store)}
    assert {(r.record, r.table_name, r.field, r.my_value, r.server_value)
            for r in rows.values()} == {
        ("张伟", "customer", "title", "主任医师、教授", "主任医师"),
        (GUIDE, "follow_up", "due_date", "2026-03-20", "2026-03-25")}
    assert store.get(Customer, field.zhang_wh).title == "主任医师"  # the server's value shows
    assert store.get(FollowUp, lost).due_date == date(2026, 3, 25)


def test_restoring_sends_the_reps_value_again_as_a_new_change(store, field, lost, outbox):
    assert outbox() == []
    sync_outcomes.restore_my_value(store, "c-title")
    assert store.get(Customer, field.zhang_wh).title == "主任医师、教授"
    entry, = outbox()
    assert (entry.row_id, entry.op, entry.changes, entry.base_revision) == (
        field.zhang_wh, "update", {"title": "主任医师、教授"}, 12)
    assert [r.id for r in sync_outcomes.conflict_rows(store)] == ["c-due"]

    sync_outcomes.restore_my_value(store, "c-due")
    assert store.get(FollowUp, lost).due_date == date(2026, 3, 20)
    assert [r.title for r in follow_up_rows(store) if r.due_date == date(2026, 3, 20)] == [GUIDE]
    assert (outbox()[-1].changes, outbox()[-1].base_revision) == ({"due_date": "2026-03-20"}, 13)
    assert sync_outcomes.conflict_rows(store) == []


def test_dismissing_a_conflict_keeps_the_server_value_and_sends_nothing(store, field, lost,
                                                                        outbox):
    sync_outcomes.dismiss_conflict(store, "c-title")
    assert store.get(Customer, field.zhang_wh).title == "主任医师"
    assert outbox() == []
    assert [r.field for r in sync_outcomes.conflict_rows(store)] == ["due_date"]


def test_a_record_no_longer_here_is_named_by_its_short_id(store, field, server):
    store.update(Customer, field.zhang_cs, tier="A")
    server({field.zhang_cs: {"status": "merged",
                             "conflicts": [conflict("c-tier", "tier", "A", "B")]}})
    with store.write() as w:
        w.remove_local(Customer, field.zhang_cs)  # the territory moved to another rep
    row, = sync_outcomes.conflict_rows(store)
    assert row.record == field.zhang_cs[:8]


def test_a_refused_change_is_named_with_the_reason_and_the_server_row_back(
        store, field, server):
    store.update(Customer, field.pharmacy, phone="027-82809999")
    server({field.pharmacy: {"status": "rejected", "code": "forbidden",
                             "reason": "outside your territory",
                             "row": server_row(store, Customer, field.pharmacy, 8,
                                               phone="027-82801234")}})
    row, = sync_outcomes.rejection_rows(store)
    assert (row.record, row.op, row.code, row.reason, row.changes) == (
        PHARMACY, "update", "forbidden", "outside your territory", {"phone": "027-82809999"})
    assert store.get(Customer, field.pharmacy).phone == "027-82801234"
    sync_outcomes.dismiss_rejection(store, row.seq)
    assert sync_outcomes.rejection_rows(store) == []
    assert store.get(Customer, field.pharmacy).name == PHARMACY  # the record stays


def test_dismissing_a_refused_new_record_removes_it_unless_edited_since(store, field, server):
    refused = store.create(FollowUp, customer_id=field.chen, title="约陈医生科室会",
                           due_date=date(2026, 3, 24), territory_id="t-wh").id
    edited = store.create(FollowUp, customer_id=field.chen, title="送样品",
                          due_date=date(2026, 3, 25), territory_id="t-wh").id
    answer = {"status": "rejected", "code": "forbidden", "reason": "outside your territory"}
    server({refused: answer, edited: answer})
    store.update(FollowUp, edited, title="送样品（两盒）")  # changed again after the refusal
    rows = {r.record: r for r in sync_outcomes.rejection_rows(store)}
    assert set(rows) == {"约陈医生科室会", "送样品（两盒）"}
    for row in rows.values():
        sync_outcomes.dismiss_rejection(store, row.seq)
    assert store.get(FollowUp, refused) is None
    assert [r.title for r in follow_up_rows(store, customer_id=field.chen)] == ["送样品（两盒）"]


def test_a_refused_change_to_a_call_report_names_the_customer(store, field, server):
    visit = store.create(Visit, customer_id=field.zhang_wh, status="submitted",
                         started_at=beijing(date(2026, 3, 19), 10), rep_user_id=REP,
                         territory_id="t-wh").id
    server()
    store.update(Visit, visit, feedback="补充：患者反馈头晕")
    server({visit: {"status": "rejected", "code": "visit_submitted",
                    "reason": "This call report was submitted and is locked; "
                              "record a correction instead."}})
    row, = sync_outcomes.rejection_rows(store)
    assert "张伟" in row.record
