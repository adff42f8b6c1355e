"""Complaint handling without widgets: the handlers a manager can pick offline, assignment
by the manager (and who may not), a handler's queue and answer, and the rep reporting the
answer to the customer with satisfaction."""

from __future__ import annotations

from datetime import date

import pytest
from domainhelpers import OTHER_REGION, REGION, REP, beijing

from desktop.domain import complaint_desk, complaints, local_time
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.complaints import StepRefused
from desktop.domain.identity import Identity
from desktop.models import TeamMember

RECEIVED = beijing(date(2026, 3, 18), 15, 40)
QA_USER = Identity("u-qa", "qa", REGION, (), "质量 钱")


@pytest.fixture
def handlers(store, people):
    with store.write() as w:
        for uid, name, region, active in (("u-qa", "质量 钱", REGION, True),
                                          ("u-qa-hq", "总部 孙", None, True),
                                          ("u-qa-hb", "华北 李", OTHER_REGION, True),
                                          ("u-qa-gone", "离职 周", REGION, False)):
            w.create(TeamMember, id=uid, username=uid, display_name=name, role="qa",
                     region_id=region, active=active)
    return people


@pytest.fixture
def quality(store, field, handlers):
    with local_time.fixed(now=RECEIVED):
        return complaints.capture_complaint(store, dict(
            customer_id=field.pharmacy, territory_id="t-wh", kind="quality", severity="high",
            channel="visit", received_at=RECEIVED,
            committed_deadline=default_deadline("quality", RECEIVED),
            product_id=field.amlodipine, lot="B20260301", description="药片有裂纹"),
            actor_user_id=REP)


def test_the_manager_picks_among_the_regions_and_the_companys_handlers(store, handlers):
    names = [(h.user_id, h.name) for h in complaint_desk.handler_choices(store, REGION)]
    # not the other region's handler, nor one who left
    assert names == [("u-qa-hq", "总部 孙"), ("u-qa", "质量 钱")]


def test_assign_answer_report_and_satisfaction(store, quality, handlers, outbox):
    with local_time.fixed(now=beijing(date(2026, 3, 18), 16, 0)):
        complaint_desk.assign_complaint(store, quality, "u-qa", actor=handlers.manager)
    assigned = complaints.get_complaint(store, quality)
    assert (assigned.status, assigned.assigned_to_user_id, assigned.assigned_by_user_id) == (
        "assigned", "u-qa", handlers.manager.user_id)
    queue = complaint_desk.handler_queue(store, "u-qa")
    assert [r.id for r in queue] == [quality] and queue[0].lot == "B20260301"
    with local_time.fixed(now=beijing(date(2026, 3, 19), 9, 0)):
        complaint_desk.answer_complaint(store, quality, "同批留样检验合格，裂纹为运输所致，已换货",
                                        actor=QA_USER)
    answered = complaints.get_complaint(store, quality)
    assert (answered.status, answered.answered_by_user_id) == ("resolved", "u-qa")
    assert answered.answered_at == beijing(date(2026, 3, 19), 9, 0)
    assert complaint_desk.handler_queue(store, "u-qa") == []
    assert [r.id for r in complaint_desk.handler_queue(store, "u-qa", include_answered=True)] \
        == [quality]
    steps = [(e.from_status, e.to_status) for e in complaints.complaint_events(store, quality)]
    assert steps == [(None, "captured"), ("captured", "assigned"),
                     ("assigned", "in_progress"), ("in_progress", "resolved")]
    with local_time.fixed(now=beijing(date(2026, 3, 19), 15, 0)):
        complaints.advance_complaint(store, quality, "reported_to_customer", actor_user_id=REP)
        complaints.advance_complaint(store, quality, "satisfaction_recorded",
                                     changes={"satisfaction": 4}, actor_user_id=REP)
    done = complaints.get_complaint(store, quality)
    assert (done.status, done.satisfaction) == ("satisfaction_recorded", 4)


def test_who_may_not_assign_or_answer(store, quality, handlers):
    with pytest.raises(StepRefused) as by_rep:
        complaint_desk.assign_complaint(store, quality, "u-qa", actor=handlers.rep)
    assert "manager" in str(by_rep.value)
    with pytest.raises(StepRefused):
        complaint_desk.assign_complaint(store, quality, "u-qa-gone", actor=handlers.manager)
    with pytest.raises(StepRefused):
        complaint_desk.assign_complaint(store, quality, REP, actor=handlers.manager)
    with pytest.raises(StepRefused):  # a handler of another region
        complaint_desk.assign_complaint(store, quality, "u-qa-hb", actor=handlers.manager)
    complaint_desk.assign_complaint(store, quality, "u-qa-hq", actor=handlers.manager)
    with pytest.raises(StepRefused) as not_theirs:
        complaint_desk.answer_complaint(store, quality, "已处理", actor=QA_USER)
    assert "another handler" in str(not_theirs.value)
    hq = Identity("u-qa-hq", "qa", None, (), "总部 孙")
    with pytest.raises(StepRefused):
        complaint_desk.answer_complaint(store, quality, "  ", actor=hq)
    assert complaints.get_complaint(store, quality).status == "assigned"


def test_reassigning_keeps_the_handlers_progress(store, quality, handlers):
    complaint_desk.assign_complaint(store, quality, "u-qa", actor=handlers.manager)
    complaints.advance_complaint(store, quality, "in_progress", actor_user_id="u-qa")
    complaint_desk.assign_complaint(store, quality, "u-qa-hq", actor=handlers.manager)
    moved = complaints.get_complaint(store, quality)
    assert (moved.status, moved.assigned_to_user_id) == ("in_progress", "u-qa-hq")
    assert [r.id for r in complaint_desk.handler_queue(store, "u-qa-hq")] == [quality]
