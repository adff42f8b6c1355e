"""Complaints without widgets: capture (suspected adverse reactions pushed first), each
workflow step with its event, the steps refused, the pharmacovigilance report, and the list
open-first by committed deadline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import MANAGER, REP, XIEHE_WEST, beijing

from desktop.domain import complaints
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.complaints import StepRefused
from desktop.models import Complaint, utcnow

RECEIVED = beijing(date(2026, 3, 18), 15, 40)  # a Wednesday afternoon
FLOW = ["assigned", "in_progress", "resolved", "reported_to_customer", "satisfaction_recorded",
        "closed"]


@pytest.fixture
def capture(store, field):
    """A function capturing a complaint of `kind` from a customer of the field."""
    def capture(kind, customer="xiehe_west", received=RECEIVED, **extra):
        values = dict(customer_id=getattr(field, customer), territory_id="t-wh", kind=kind,
                      severity="high", channel="visit", received_at=received,
                      committed_deadline=default_deadline(kind, received),
                      product_id=field.amlodipine, lot="B20260301",
                      description=f"{kind}：药房反映", **extra)
        if kind == "adverse_reaction":
            values.update(day0_at=received, patient_identifier="王某，女，67岁",
                          reporter_name="张伟", event_description="服药后第三天出现双下肢水肿",
                          committed_deadline=default_deadline(kind, received, received))
        return complaints.capture_complaint(store, values, actor_user_id=REP)
    return capture


def _walk(store, complaint_id, steps, **changes):
    for step in steps:
        extra = {"satisfaction": 4} if step == "satisfaction_recorded" else {}
        complaints.advance_complaint(store, complaint_id, step, note=f"{step} 备注",
                                     changes={**extra, **changes.get(step, {})},
                                     actor_user_id=MANAGER)


def test_a_suspected_adverse_reaction_and_its_event_are_pushed_first(store, capture, outbox):
    quality = capture("quality")
    adr = capture("adverse_reaction")
    assert {(e.row_id, e.table_name, e.priority) for e in outbox()
            if e.table_name in ("complaint", "complaint_event")} >= {
        (quality, "complaint", 0), (adr, "complaint", 1)}
    by_priority = {e.priority for e in outbox() if e.table_name == "complaint_event"}
    assert by_priority == {0, 1}
    event, = complaints.complaint_events(store, adr)
    assert (event.from_status, event.to_status, event.actor_user_id) == (None, "captured", REP)
    assert [e.priority for e in outbox(event.id)] == [1]
    stored = complaints.get_complaint(store, adr)
    assert (stored.status, stored.captured_by_user_id) == ("captured", REP)
    assert stored.committed_deadline == RECEIVED + timedelta(hours=24)


def test_every_step_records_its_status_change_and_time(store, capture, outbox):
    complaint_id = capture("quality")
    before = utcnow()
    _walk(store, complaint_id, FLOW, resolved={"resolution": "更换同批次产品并留样检验"})
    events = complaints.complaint_events(store, complaint_id)
    assert [(e.from_status, e.to_status) for e in events] == list(
        zip([None, "captured", *FLOW[:-1]], ["captured", *FLOW], strict=True))
    assert [e.note for e in events[1:]] == [f"{s} 备注" for s in FLOW]
    assert {e.actor_user_id for e in events[1:]} == {MANAGER}
    done = complaints.get_complaint(store, complaint_id)
    assert (done.status, done.satisfaction, done.resolution) == ("closed", 4, "更换同批次产品并留样检验")
    assert before <= done.reported_to_customer_at <= done.closed_at <= utcnow()
    assert {e.priority for e in outbox() if e.table_name.startswith("complaint")} == {0}


def test_a_skipped_step_is_refused_and_changes_nothing(store, capture, outbox):
    complaint_id = capture("delivery")
    pending = len(outbox())
    with pytest.raises(StepRefused) as refused:
        complaints.advance_complaint(store, complaint_id, "in_progress", actor_user_id=MANAGER)
    assert refused.value.params == {"old": "captured", "allowed": "assigned"}
    assert "from captured it can only go to assigned" in str(refused.value)
    assert complaints.get_complaint(store, complaint_id).status == "captured"
    assert len(complaints.complaint_events(store, complaint_id)) == 1
    assert len(outbox()) == pending


def test_satisfaction_is_recorded_with_a_score(store, capture):
    complaint_id = capture("service")
    _walk(store, complaint_id, FLOW[:4])
    with pytest.raises(StepRefused, match="satisfaction"):
        complaints.advance_complaint(store, complaint_id, "satisfaction_recorded")
    assert complaints.get_complaint(store, complaint_id).status == "reported_to_customer"


def test_an_adverse_reaction_closes_only_once_reported_to_pharmacovigilance(
        store, capture, outbox):
    adr = capture("adverse_reaction")
    _walk(store, adr, FLOW[:-1])
    with pytest.raises(StepRefused, match="reported to pharmacovigilance"):
        complaints.advance_complaint(store, adr, "closed", actor_user_id=MANAGER)
    assert complaints.get_complaint(store, adr).status == "satisfaction_recorded"

    before = utcnow()
    complaints.record_pv_report(store, adr)
    reported = complaints.get_complaint(store, adr).pv_reported_at
    assert before <= reported <= utcnow()
    assert outbox(adr)[-1].changes.keys() == {"pv_reported_at"} and outbox(adr)[-1].priority == 1
    complaints.advance_complaint(store, adr, "closed", actor_user_id=MANAGER)
    assert complaints.get_complaint(store, adr).status == "closed"
    assert {e.priority for e in outbox() if e.table_name == "complaint_event"} == {1}


def test_a_closed_complaint_cannot_change(store, capture):
    complaint_id = capture("price")
    _walk(store, complaint_id, FLOW)
    for step in ("closed", "in_progress"):
        with pytest.raises(StepRefused, match="closed; it cannot change"):
            complaints.advance_complaint(store, complaint_id, step)
    assert len(complaints.complaint_events(store, complaint_id)) == 7


def test_next_step_is_the_one_after_the_current_status():
    assert [complaints.next_step(s) for s in ("captured", *FLOW)] == [*FLOW, None]


def test_rows_list_open_complaints_first_by_committed_deadline(store, field, capture):
    monday = beijing(date(2026, 3, 16), 9)
    closed = capture("price", received=monday - timedelta(days=14))  # due Mon 9th 09:00
    _walk(store, closed, FLOW)
    quality = capture("quality", received=monday)                   # due Thu 09:00
    delivery = capture("delivery", "pharmacy", received=monday)     # due Wed 09:00
    adr = capture("adverse_reaction", "zhang_wh", received=RECEIVED)  # due Thu 15:40
    answered = capture("service", received=monday - timedelta(days=10))  # due Fri 13th
    _walk(store, answered, FLOW[:4])

    rows = complaints.complaint_page(store)
    # Answered (reported to the customer) is no longer open: it goes with the closed ones.
    assert [r.id for r in rows] == [delivery, quality, adr, closed, answered]
    first_two = complaints.complaint_page(store, limit=2)
    assert complaints.complaint_page(store, after=first_two[-1]) == rows[2:]
    assert [r.is_open for r in rows] == [True, True, True, False, False]
    first = rows[1]
    assert (first.customer_name, first.product_name, first.kind) == (XIEHE_WEST, "安立平",
                                                                     "quality")
    assert rows[2].is_adverse_reaction and rows[2].customer_name == "张伟"
    assert [r.id for r in complaints.complaint_page(store, customer_id=field.xiehe_west)] == [
        quality, closed, answered]
    assert complaints.complaint_page(store, customer_id=field.zhang_cs) == []
    assert store.get(Complaint, answered).status == "reported_to_customer"
