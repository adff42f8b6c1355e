"""Storing the server's answers to a push: outbox entries leave only with their result."""

from datetime import date

from sqlmodel import select

from desktop.models import CallPlan, Complaint, Customer, PlanItem, Visit, VisitProduct, utcnow
from desktop.models.base import row_values
from desktop.models.codec import encode_values
from desktop.store.local_tables import OutboxEntry, SyncConflict, SyncRejection
from desktop.sync.push import PushOutcome, mutation, priority_batch, store_results


def entries(store):
    with store.read() as s:
        return list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)))


def server_row(row, **changes):
    values = {**row_values(row), **changes}
    return encode_values(values)


def test_applied_entry_leaves_outbox_and_server_row_is_stored(store):
    c = store.create(Customer, kind="hospital", name="协和")
    batch = entries(store)
    answer = {"results": [{"seq": batch[0].seq, "status": "applied", "revision": 7,
                           "row": server_row(c, revision=7, territory_id="t1")}]}
    outcome = PushOutcome()
    assert store_results(store, batch, answer, outcome) == 1
    assert outcome.pushed == 1
    assert store.pending_count() == 0
    stored = store.get(Customer, c.id)
    assert (stored.revision, stored.territory_id) == (7, "t1")


def test_later_pending_edit_is_rebased_on_the_confirmed_row(store):
    c = store.create(Customer, kind="hospital", name="协和")
    batch = entries(store)
    store.update(Customer, c.id, tier="A")  # written while the push was in flight
    answer = {"results": [{"seq": batch[0].seq, "status": "applied", "revision": 7,
                           "row": server_row(c, revision=7, city="北京")}]}
    store_results(store, batch, answer, PushOutcome())
    stored = store.get(Customer, c.id)
    assert (stored.tier, stored.city, stored.revision) == ("A", "北京", 7)
    assert [e.op for e in entries(store)] == ["update"]


def test_merged_result_keeps_conflict_once_even_when_replayed(store):
    c = store.create(Customer, kind="hospital", name="协和")
    store_results(store, entries(store), {"results": [
        {"seq": entries(store)[0].seq, "status": "applied", "row": server_row(c, revision=3)}]},
        PushOutcome())
    store.update(Customer, c.id, tier="A")
    batch = entries(store)
    answer = {"results": [{"seq": batch[0].seq, "status": "merged", "revision": 9,
                           "row": server_row(c, revision=9, tier="B"),
                           "conflicts": [{"id": "c-1", "field": "tier", "your_value": "A",
                                          "server_value": "B", "winner": "server"}]}]}
    first = PushOutcome()
    store_results(store, batch, answer, first)
    replay = PushOutcome()
    store_results(store, batch, answer, replay)  # the answer to a replayed batch
    assert (first.conflicts, replay.conflicts) == (1, 0)
    [conflict] = store.conflicts()
    assert (conflict.field, conflict.my_value, conflict.server_value) == ("tier", "A", "B")
    assert store.get(Customer, c.id).tier == "B"


def test_restore_conflict_is_an_ordinary_update_on_the_current_base(store):
    c = store.create(Customer, kind="hospital", name="协和")
    with store.write() as w:
        w.apply_remote(Customer, {**row_values(c), "revision": 9, "tier": "B"})
        w.session.exec(OutboxEntry.__table__.delete())
        w.session.add(SyncConflict(id="c-1", table_name="customer", row_id=c.id,
                                   field="tier", my_value="A", server_value="B"))
    store.restore_conflict("c-1")
    assert store.get(Customer, c.id).tier == "A"
    [entry] = entries(store)
    # a tier change also records the tier it left (the at-risk rule "moved down a tier")
    assert (entry.op, entry.base_revision) == ("update", 9)
    assert entry.changes["tier"] == "A" and entry.changes["previous_tier"] == "B"
    assert set(entry.changes) == {"tier", "previous_tier", "tier_changed_at"}
    assert store.conflicts() == []


def test_dismissed_conflict_keeps_server_value(store):
    c = store.create(Customer, kind="hospital", name="协和", tier="B")
    with store.write() as w:
        w.session.add(SyncConflict(id="c-2", table_name="customer", row_id=c.id,
                                   field="tier", my_value="A", server_value="B"))
    store.dismiss_conflict("c-2")
    assert store.conflicts() == []
    assert store.get(Customer, c.id).tier == "B"


def test_rejection_is_kept_with_reason_and_server_row_restored(store):
    c = store.create(Customer, kind="hospital", name="协和")
    with store.write() as w:
        w.apply_remote(Customer, {**row_values(c), "revision": 4})
        w.session.exec(OutboxEntry.__table__.delete())
    store.update(Customer, c.id, name="改名")
    batch = entries(store)
    answer = {"results": [{"seq": batch[0].seq, "status": "rejected", "code": "forbidden",
                           "reason": "outside your territory",
                           "row": server_row(c, revision=4)}]}
    outcome = PushOutcome()
    store_results(store, batch, answer, outcome)
    assert outcome.rejected == 1 and store.pending_count() == 0
    [rejection] = store.rejections()
    assert (rejection.code, rejection.reason, rejection.changes) == (
        "forbidden", "outside your territory", {"name": "改名"})
    assert store.get(Customer, c.id).name == "协和"


def test_dismissing_a_refused_creation_removes_the_local_orphan(store):
    c = store.create(Customer, kind="hospital", name="协和")
    batch = entries(store)
    store_results(store, batch, {"results": [
        {"seq": batch[0].seq, "status": "rejected", "code": "validation", "reason": "bad",
         "row": None}]}, PushOutcome())
    assert store.get(Customer, c.id) is not None  # still shown until the user dismisses
    store.dismiss_rejection(batch[0].seq)
    assert store.get(Customer, c.id) is None
    with store.read() as s:
        assert s.exec(select(SyncRejection)).all() == []


def test_entry_without_result_stays_in_outbox(store):
    store.create(Customer, kind="hospital", name="一")
    store.create(Customer, kind="hospital", name="二")
    batch = entries(store)
    store_results(store, batch, {"results": [{"seq": batch[0].seq, "status": "applied",
                                              "row": None}]}, PushOutcome())
    assert [e.seq for e in entries(store)] == [batch[1].seq]


def test_adverse_reaction_goes_first_with_the_new_customer_it_is_about(store):
    store.create(Customer, kind="hospital", name="无关")
    patient = store.create(Customer, kind="hospital", name="患者医院")
    now = utcnow()
    complaint = store.create(
        Complaint, customer_id=patient.id, kind="adverse_reaction", description="皮疹",
        received_at=now, committed_deadline=now, day0_at=now, patient_identifier="P-1",
        reporter_name="王医生", event_description="皮疹", product_id="p1", severity="high")
    urgent = priority_batch(store, 200)
    assert [(e.table_name, e.row_id) for e in urgent] == [
        ("customer", patient.id), ("complaint", complaint.id)]
    assert [m["seq"] for m in map(mutation, urgent)] == sorted(e.seq for e in urgent)


def test_adverse_reaction_from_a_call_goes_first_with_the_call_and_what_it_points_at(store):
    """The case points at the call report, which points at its plan item, which points at
    its plan: all created offline, all pushed ahead, parents first; the report's children
    and unrelated rows wait."""
    doctor = store.create(Customer, kind="hospital", name="患者医院")
    store.create(Customer, kind="hospital", name="无关")
    plan = store.create(CallPlan, rep_user_id="u1", week_start=date(2026, 3, 16))
    item = store.create(PlanItem, plan_id=plan.id, customer_id=doctor.id,
                        day=date(2026, 3, 18))
    now = utcnow()
    visit = store.create(Visit, customer_id=doctor.id, started_at=now, visit_type="phone",
                         plan_item_id=item.id)
    store.create(VisitProduct, visit_id=visit.id, product_id="p1")
    case = store.create(
        Complaint, customer_id=doctor.id, kind="adverse_reaction", description="皮疹",
        received_at=now, committed_deadline=now, day0_at=now, patient_identifier="WXY",
        reporter_name="王医生", event_description="皮疹", product_id="p1", severity="high",
        visit_id=visit.id)
    urgent = priority_batch(store, 200)
    assert [(e.table_name, e.row_id) for e in urgent] == [
        ("customer", doctor.id), ("call_plan", plan.id), ("plan_item", item.id),
        ("visit", visit.id), ("complaint", case.id)]
