"""Screenshots of the complaint desks for `tools.screenshots`: the handler's queue and the
answer dialog (as a qa user), the pharmacovigilance desk (as a pv user), the call report's
adverse-reaction section, and Today's escalation section (as the region's manager).

The demo store has no signed-in user: the shots pass each role's identity, and
`ensure_desks` gives the demo a handler, a PV user, assigned complaints and cases in each PV
stage when the demo data does not have them yet."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QWidget
from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.identity import Identity
from desktop.models import Complaint, TeamMember
from tools.plan_screenshots import _identities, sizer

QA_ID, PV_ID = "demo-qa-1", "demo-pv-1"


def ensure_desks(store) -> tuple[Identity, Identity, Identity] | None:
    """The demo's handler, PV user and manager, with work on their desks."""
    _rep, manager = _identities(store)
    if manager is None:
        return None
    now = local_time.now()
    with store.read() as s:
        qa = s.exec(select(TeamMember).where(TeamMember.role == "qa")).first()
        pv = s.exec(select(TeamMember).where(TeamMember.role == "pv")).first()
        open_ = list(s.exec(select(Complaint).where(
            Complaint.status.in_(("captured", "assigned", "in_progress")),
            Complaint.kind != "adverse_reaction").order_by(Complaint.committed_deadline)))
        cases = list(s.exec(select(Complaint).where(
            Complaint.kind == "adverse_reaction", Complaint.pv_reported_at.is_(None))
            .order_by(Complaint.day0_at)))
    with store.write() as w:
        if qa is None:
            qa = w.create(TeamMember, id=QA_ID, username="qa1", display_name="陈静（质量）",
                          role="qa", region_id=manager.region_id)
        if pv is None:
            pv = w.create(TeamMember, id=PV_ID, username="pv1", display_name="周敏（药物警戒）",
                          role="pv", region_id=manager.region_id)
        for c in open_[:6]:  # the demo's own assignments predate the handler role
            w.update(Complaint, c.id, assigned_to_user_id=qa.id, assigned_at=now,
                     assigned_by_user_id=manager.user_id,
                     status="assigned" if c.status == "captured" else c.status)
        if cases and len(cases) < 4:  # a case in each stage: waiting (late), received
            model = cases[0]
            for hours, initials, age, sex, received in (
                    (26, "L.M.", 71, "female", None), (30, "Z.Q.", 45, "male", now)):
                day0 = now - timedelta(hours=hours)
                w.create(Complaint, customer_id=model.customer_id, product_id=model.product_id,
                         lot=model.lot, kind="adverse_reaction", severity="high",
                         channel="visit", description="疑似不良反应", received_at=day0,
                         committed_deadline=day0 + timedelta(hours=24), day0_at=day0,
                         status="captured", patient_identifier=initials, patient_age=age,
                         patient_sex=sex, reporter_name="主治医师",
                         event_description="用药后出现面部潮红、心悸", event_onset_date=day0,
                         pv_received_at=received,
                         pv_received_by_user_id=pv.id if received else None,
                         captured_by_user_id=model.captured_by_user_id,
                         territory_id=model.territory_id)
    role = {"region_id": manager.region_id, "territory_ids": ()}
    return (Identity(qa.id, "qa", display_name=qa.display_name, **role),
            Identity(pv.id, "pv", display_name=pv.display_name, **role), manager)


def complaint_shots(window, doctor: str | None) -> list[tuple[str, Callable[[], QWidget]]]:
    """(file name part, function returning the widget to grab) for each desk."""
    context = window.context
    people = ensure_desks(context.store)
    if people is None:
        return []
    qa, pv, manager = people
    sized = sizer()

    def queue() -> QWidget:
        from desktop.ui.complaints.qa_queue import QaQueueView

        return sized(QaQueueView(context, identity=qa))

    def answer() -> QWidget:
        from desktop.ui.complaints.qa_queue import QaQueueView

        view = sized(QaQueueView(context, identity=qa))
        view.answer()
        view.dialog.answer_edit.setPlainText(
            "已追溯该批次留样，检验结果符合标准；包装破损系运输所致，已安排换货并向客户致歉。")
        return view.dialog

    def desk() -> QWidget:
        from desktop.ui.complaints.pv_desk import PvDeskView

        return sized(PvDeskView(context, identity=pv))

    def today() -> QWidget:
        from desktop.ui.today.view import TodayView

        return sized(TodayView(context, identity=manager))

    def call_adr() -> QWidget:
        window.new_call_report(doctor, "")
        dialog = window.dialog
        section = dialog.adr_section
        section.check.setChecked(True)
        section.initials_edit.setText("W.Z.")
        section.reaction_edit.setPlainText("服药两小时后全身皮疹伴瘙痒")
        dialog.save(submit=False)  # shows what is still missing
        return dialog

    shots = [("qa_queue", queue), ("qa_answer", answer), ("pv_desk", desk),
             ("today_escalations", today)]
    if doctor:
        shots.append(("call_report_adr", call_adr))
    return shots
