"""Complaint handling with the three roles against a live server, each client a real store
working offline between syncs.

- A rep flags a suspected adverse reaction inside a call report → syncs → the PV desk's
  client has the case with its clock and the region's manager gets the 12-hour notice →
  the desk acknowledges receipt → a rep's attempt to mark it reported is refused by the
  server → the desk marks it reported → rep and manager see it reported, and the PV team's
  command line lists it.
- The manager assigns a complaint to the handler (picked offline) → the handler answers →
  the rep reports the answer to the customer with the customer's satisfaction.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop.domain import call_reports, complaint_desk, complaints, local_time, pv_clock
from desktop.domain.call_reports import AdverseReactionDraft
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.complaints import StepRefused
from desktop.domain.identity import current_identity
from desktop.models import Complaint
from tests.e2e.conftest import rows_of


def _doctor_and_product(store):
    doctor = next(c for c in rows_of(store, "customer").values() if c["kind"] == "doctor")
    product = next(p for p in rows_of(store, "product").values() if p["is_ours"])
    return doctor, product


def test_an_adverse_reaction_from_a_call_reaches_the_desk_and_is_reported(server, make_client):
    rep, desk, manager = (make_client(server, name) for name in ("rep1", "pv", "manager"))
    for client in (rep, desk, manager):
        assert client.sync().rejected == 0
    me, pv_user, boss = (current_identity(c.store) for c in (rep, desk, manager))
    assert (me.role, pv_user.role, boss.role) == ("rep", "pv", "manager")
    # the desk's laptop holds complaints and customers, not the reps' calls
    assert rows_of(desk.store, "complaint") and not rows_of(desk.store, "visit")

    # --- the rep hears of a reaction during a call, offline, and flags it in the report
    doctor, product = _doctor_and_product(rep.store)
    draft = call_reports.new_draft(rep.store, doctor["id"])
    draft.rep_user_id = me.user_id
    draft.feedback = "主任反映一位患者服药后出现水肿"
    draft.adverse_reaction = AdverseReactionDraft(
        patient_initials="WXY", patient_age=67, patient_sex="female", product_id=product["id"],
        lot="L2603042", reaction="服药后第三天出现双下肢水肿", onset_date=date.today())
    visit_id = call_reports.save_call_report(rep.store, draft, submit=True)
    case_id = draft.adverse_reaction.complaint_id
    day0 = rep.store.get(Complaint, case_id).day0_at
    report = rep.sync()
    assert report.rejected == 0
    assert server.query("SELECT visit_id, kind FROM complaint WHERE id = ?", case_id) == [
        (visit_id, "adverse_reaction")]

    # --- the desk sees it with its clock; the manager is notified at 12 hours
    desk.sync()
    case = next(c for c in pv_clock.pv_cases(desk.store, open_only=True) if c.id == case_id)
    assert (case.patient_initials, case.patient_age, case.lot, case.visit_id) == (
        "WXY", 67, "L2603042", visit_id)
    assert case.clock(local_time.aware_utc(day0) + timedelta(hours=3)).stage == \
        "awaiting_receipt"
    manager.sync()
    twelve = local_time.aware_utc(day0) + timedelta(hours=12)
    assert case_id not in {n.case_id for n in pv_clock.escalations_due(
        manager.store, twelve - timedelta(minutes=1))}
    notice = next(n for n in pv_clock.escalations_due(manager.store, twelve)
                  if n.case_id == case_id)
    assert notice.hours == 12

    # --- receipt by the desk
    pv_clock.acknowledge_receipt(desk.store, case_id, actor=pv_user)
    assert desk.sync().rejected == 0

    # --- the rep cannot mark it reported: the app refuses, and so does the server
    rep.sync()
    with pytest.raises(StepRefused):
        pv_clock.mark_reported(rep.store, case_id, "X", actor=me)
    rep.store.update(Complaint, case_id, pv_reported_at=local_time.now())  # a tampered client
    assert rep.sync().rejected == 1
    refused = next(r for r in rep.store.rejections() if r.row_id == case_id)
    assert refused.code == "pv_only" and "pharmacovigilance desk" in refused.reason
    assert rep.store.get(Complaint, case_id).pv_reported_at is None  # the server's row is back

    # --- the desk reports it to the authority
    pv_clock.mark_reported(desk.store, case_id, "CN-ADR-2026-0042", actor=pv_user)
    assert desk.sync().rejected == 0
    for client in (rep, manager):
        client.sync()
        seen = client.store.get(Complaint, case_id)
        assert (seen.pv_reference, seen.pv_reported_by_user_id) == ("CN-ADR-2026-0042",
                                                                   pv_user.user_id)
        assert seen.pv_received_by_user_id == pv_user.user_id
    assert case_id not in {n.case_id for n in pv_clock.escalations_due(
        manager.store, local_time.aware_utc(day0) + timedelta(hours=30))}
    listed = server.cli("pv", "cases")
    line = next(x for x in listed.splitlines() if x.startswith(case_id))
    assert "\treported\t" in line and "CN-ADR-2026-0042" in line


def test_manager_assigns_handler_answers_rep_reports_with_satisfaction(server, make_client):
    rep, handler, manager = (make_client(server, name) for name in ("rep1", "qa", "manager"))
    for client in (rep, handler, manager):
        client.sync()
    me, qa_user, boss = (current_identity(c.store) for c in (rep, handler, manager))

    doctor, product = _doctor_and_product(rep.store)
    received = local_time.now()
    complaint_id = complaints.capture_complaint(rep.store, dict(
        customer_id=doctor["id"], territory_id=doctor["territory_id"], kind="quality",
        severity="high", channel="visit", received_at=received,
        committed_deadline=default_deadline("quality", received), product_id=product["id"],
        lot="L2603042", description="药片表面有裂纹"), actor_user_id=me.user_id)
    assert rep.sync().rejected == 0

    # --- the manager picks the handler from the team directory on the laptop, offline
    manager.sync()
    choices = complaint_desk.handler_choices(manager.store, boss.region_id)
    assert [(h.user_id, h.name) for h in choices] == [(qa_user.user_id, "王慧敏")]
    complaint_desk.assign_complaint(manager.store, complaint_id, qa_user.user_id, actor=boss)
    assert manager.sync().rejected == 0

    # --- the handler finds it in their queue and answers
    handler.sync()
    assert complaint_id in [r.id for r in complaint_desk.handler_queue(handler.store,
                                                                        qa_user.user_id)]
    complaint_desk.answer_complaint(handler.store, complaint_id, "同批留样检验合格，已为客户换货",
                                    actor=qa_user)
    assert handler.sync().rejected == 0

    # --- the rep reports the answer to the customer and records satisfaction
    rep.sync()
    answered = rep.store.get(Complaint, complaint_id)
    assert (answered.status, answered.resolution, answered.answered_by_user_id) == (
        "resolved", "同批留样检验合格，已为客户换货", qa_user.user_id)
    complaints.advance_complaint(rep.store, complaint_id, "reported_to_customer",
                                 actor_user_id=me.user_id)
    complaints.advance_complaint(rep.store, complaint_id, "satisfaction_recorded",
                                 changes={"satisfaction": 5}, actor_user_id=me.user_id)
    assert rep.sync().rejected == 0
    manager.sync()
    final = manager.store.get(Complaint, complaint_id)
    assert (final.status, final.satisfaction, final.assigned_to_user_id) == (
        "satisfaction_recorded", 5, qa_user.user_id)
    history = [(e.to_status, e.actor_user_id)
               for e in complaints.complaint_events(manager.store, complaint_id)]
    assert history == [("captured", me.user_id), ("assigned", boss.user_id),
                       ("in_progress", qa_user.user_id), ("resolved", qa_user.user_id),
                       ("reported_to_customer", me.user_id),
                       ("satisfaction_recorded", me.user_id)]
