"""The pharmacovigilance desk without widgets: cases with their clock, receipt and report
(role pv only), and the escalation notices to the region's manager at 12 and 24 hours
without receipt, each fired once, at the exact boundaries, in Beijing time on a machine
that runs in UTC."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import REP, beijing

from desktop.domain import complaints, local_time, pv_clock
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.complaints import StepRefused
from desktop.domain.identity import Identity

DAY0 = beijing(date(2026, 3, 18), 22, 30)  # a call late in the Beijing evening (14:30 UTC)
PV_USER = Identity("u-pv", "pv", None, (), "药警 孙")


@pytest.fixture
def case(store, field):
    """A suspected adverse reaction learned of at DAY0, not yet received by the desk."""
    def make(day0=DAY0, customer="zhang_wh"):
        return complaints.capture_complaint(store, dict(
            customer_id=getattr(field, customer), territory_id="t-wh",
            kind="adverse_reaction", severity="high", channel="visit", received_at=day0,
            committed_deadline=default_deadline("adverse_reaction", day0, day0),
            product_id=field.amlodipine, lot="B20260301", description="双下肢水肿",
            day0_at=day0, patient_identifier="WXY", patient_age=67, patient_sex="female",
            reporter_name="张伟", event_description="服药后第三天出现双下肢水肿"),
            actor_user_id=REP)
    return make


def hours_after_day0(hours: int, minutes: int = 0):
    return DAY0 + timedelta(hours=hours, minutes=minutes)


@pytest.mark.parametrize(("at", "expected"), [
    (hours_after_day0(11, 59), []),
    (hours_after_day0(12), [12]),
    (hours_after_day0(23, 59), [12]),
    (hours_after_day0(24), [24]),
])
def test_escalation_is_due_exactly_at_12_and_24_hours(store, case, at, expected):
    case_id = case()
    due = pv_clock.escalations_due(store, at)
    assert [(n.case_id, n.hours) for n in due] == [(case_id, h) for h in expected]
    if due:
        assert due[0].due_at == DAY0 + timedelta(hours=due[0].hours)
        assert due[0].product_name == "安立平"


def test_each_notice_fires_once_and_again_at_24_hours(store, case):
    case_id = case()
    first = pv_clock.escalations_due(store, hours_after_day0(12))
    pv_clock.remember_escalations(store, first)
    assert pv_clock.escalations_due(store, hours_after_day0(12, 1)) == []
    assert pv_clock.escalations_due(store, hours_after_day0(23, 59)) == []
    second = pv_clock.escalations_due(store, hours_after_day0(24))
    assert [(n.case_id, n.hours) for n in second] == [(case_id, 24)]
    pv_clock.remember_escalations(store, second)
    assert pv_clock.escalations_due(store, hours_after_day0(30)) == []


def test_a_manager_opening_the_app_late_gets_the_24_hour_notice_only_once(store, case):
    case()
    due = pv_clock.escalations_due(store, hours_after_day0(30))
    assert [n.hours for n in due] == [24]
    pv_clock.remember_escalations(store, due)
    assert pv_clock.escalations_due(store, hours_after_day0(31)) == []


def test_receipt_stops_the_escalation(store, case):
    case_id = case()
    with local_time.fixed(now=hours_after_day0(3)):
        pv_clock.acknowledge_receipt(store, case_id, actor=PV_USER)
    assert pv_clock.escalations_due(store, hours_after_day0(25)) == []
    clock = pv_clock.pv_case(store, case_id).clock(hours_after_day0(25))
    assert clock.stage == "received"
    assert clock.elapsed == timedelta(hours=3)
    assert not clock.receipt.late and clock.next_escalation_at is None


def test_the_clock_of_a_waiting_case(store, case):
    case_id = case()
    clock = pv_clock.pv_case(store, case_id).clock(hours_after_day0(5))
    assert (clock.stage, clock.elapsed, clock.next_escalation_at) == (
        "awaiting_receipt", timedelta(hours=5), hours_after_day0(12))
    assert not clock.receipt.late and clock.receipt.due_soon
    late = pv_clock.pv_case(store, case_id).clock(hours_after_day0(24))
    assert late.receipt.late and late.next_escalation_at is None


def test_receipt_then_report_by_the_desk(store, case):
    case_id = case()
    with local_time.fixed(now=hours_after_day0(2)):
        with pytest.raises(StepRefused) as before_receipt:
            pv_clock.mark_reported(store, case_id, "CN-ADR-2026-0042", actor=PV_USER)
        assert "receipt" in str(before_receipt.value)
        pv_clock.acknowledge_receipt(store, case_id, actor=PV_USER)
    with local_time.fixed(now=hours_after_day0(20)):
        with pytest.raises(StepRefused):
            pv_clock.mark_reported(store, case_id, "  ", actor=PV_USER)
        pv_clock.mark_reported(store, case_id, " CN-ADR-2026-0042 ", actor=PV_USER)
    stored = pv_clock.pv_case(store, case_id)
    assert (stored.pv_received_at, stored.pv_received_by_user_id) == (
        hours_after_day0(2), "u-pv")
    assert (stored.pv_reported_at, stored.pv_reported_by_user_id, stored.pv_reference) == (
        hours_after_day0(20), "u-pv", "CN-ADR-2026-0042")
    assert pv_clock.pv_cases(store, open_only=True) == []
    assert stored.clock(hours_after_day0(40)).stage == "reported"


def test_only_the_desk_records_receipt_and_report(store, case, people, outbox):
    case_id = case()
    waiting = len(outbox())
    for who in (people.rep, people.manager):
        with pytest.raises(StepRefused) as refused:
            pv_clock.acknowledge_receipt(store, case_id, actor=who)
        assert "pharmacovigilance desk" in str(refused.value)
    assert len(outbox()) == waiting
    assert pv_clock.pv_case(store, case_id).pv_received_at is None


def test_the_desk_lists_open_cases_oldest_first_with_the_patient(store, case):
    later = case(day0=DAY0 + timedelta(hours=5), customer="liu")
    first = case()
    listed = pv_clock.pv_cases(store, open_only=True)
    assert [c.id for c in listed] == [first, later]
    assert (listed[0].patient_initials, listed[0].patient_age, listed[0].patient_sex,
            listed[0].lot, listed[0].reaction) == ("WXY", 67, "female", "B20260301",
                                                   "服药后第三天出现双下肢水肿")
