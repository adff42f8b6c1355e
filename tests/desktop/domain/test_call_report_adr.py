"""A suspected adverse reaction flagged inside a call report: saving the report creates the
case (Day 0 = the call, linked to it, assigned by the company's rule when there is one),
the push sends it first with the report's creation while the report is still a draft,
saving again updates it, and bad input stores nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from domainhelpers import REP, beijing
from sqlmodel import select

from desktop.domain import call_reports, pv_clock
from desktop.domain.call_reports import AdverseReactionDraft
from desktop.models import Complaint, ComplaintRoute, TeamMember, Visit
from desktop.models.validation import ValidationError
from desktop.sync.push import priority_batch

CALL = beijing(date(2026, 3, 19), 7, 30)  # 07:30 in Beijing is still 18 March in UTC


@pytest.fixture
def draft(store, field):
    report = call_reports.new_draft(store, field.zhang_wh, now=CALL)
    report.rep_user_id = REP
    report.products = [(field.amlodipine, "24小时平稳降压")]
    report.feedback = "患者反映服药后水肿"
    report.adverse_reaction = AdverseReactionDraft(
        patient_initials="WXY", patient_age=67, patient_sex="female",
        product_id=field.amlodipine, lot="B20260301", reaction="服药后第三天出现双下肢水肿",
        onset_date=date(2026, 3, 16))
    return report


def _cases(store):
    with store.read() as s:
        return list(s.exec(select(Complaint).where(Complaint.kind == "adverse_reaction")))


def test_saving_the_report_creates_the_case_with_day0_the_call(store, draft):
    visit_id = call_reports.save_call_report(store, draft, submit=True)
    case, = _cases(store)
    assert (case.visit_id, case.customer_id, case.territory_id) == (
        visit_id, draft.customer_id, "t-wh")
    assert case.day0_at == CALL and case.received_at == CALL
    assert case.committed_deadline == CALL + timedelta(hours=24)
    assert (case.patient_identifier, case.patient_age, case.patient_sex, case.lot) == (
        "WXY", 67, "female", "B20260301")
    assert case.reporter_name == "张伟" and case.captured_by_user_id == REP
    listed, = pv_clock.pv_cases(store)
    assert listed.onset_date == beijing(date(2026, 3, 16), 0, 0)
    assert draft.adverse_reaction.complaint_id == case.id


def test_the_case_is_pushed_first_with_the_report_still_a_draft(store, draft, outbox):
    visit_id = call_reports.save_call_report(store, draft, submit=True)
    first = priority_batch(store, 200)
    tables = [(e.table_name, e.op) for e in first]
    assert ("visit", "create") in tables and ("complaint", "create") in tables
    assert [e.changes.get("status") for e in first if e.table_name == "visit"] == ["draft"]
    submit, = [e for e in outbox(visit_id) if e.changes.get("status") == "submitted"]
    assert submit.seq > max(e.seq for e in first)


def test_saving_again_updates_the_case_and_reading_it_back(store, draft):
    visit_id = call_reports.save_call_report(store, draft, submit=False)
    loaded = call_reports.load_draft(store, visit_id)
    assert loaded.adverse_reaction.patient_initials == "WXY"
    assert loaded.adverse_reaction.onset_date == date(2026, 3, 16)
    loaded.adverse_reaction.reaction = "双下肢水肿，停药后缓解"
    call_reports.save_call_report(store, loaded, submit=True)
    case, = _cases(store)
    assert case.event_description == "双下肢水肿，停药后缓解"
    correction = call_reports.correction_of(store, visit_id)
    assert correction.adverse_reaction is None
    call_reports.save_call_report(store, correction, submit=True)
    assert len(_cases(store)) == 1


def test_a_case_without_its_minimum_stores_nothing(store, draft, outbox):
    waiting = len(outbox())
    draft.adverse_reaction.patient_initials = " "
    draft.adverse_reaction.product_id = None
    with pytest.raises(ValidationError) as refused:
        call_reports.save_call_report(store, draft, submit=True)
    assert set(refused.value.fields) == {"patient_identifier", "product_id"}
    with store.read() as s:
        assert s.exec(select(Visit)).all() == []
    assert _cases(store) == [] and len(outbox()) == waiting


def test_the_companys_rule_assigns_the_case_at_capture(store, draft):
    with store.write() as w:
        w.create(TeamMember, id="u-qa", username="qa", display_name="质量 钱", role="qa")
        w.create(ComplaintRoute, kind="adverse_reaction", handler_user_id="u-qa")
    call_reports.save_call_report(store, draft, submit=True)
    case, = _cases(store)
    assert (case.status, case.assigned_to_user_id, case.assigned_by_user_id) == (
        "assigned", "u-qa", REP)
