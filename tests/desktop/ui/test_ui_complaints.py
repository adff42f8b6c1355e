"""Complaints: capture with a deadline proposed by kind, the adverse-reaction case with its
PV receipt clock, required fields and priority push, and the workflow with timestamps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlmodel import select

from desktop.domain import complaint_rules
from desktop.models import Complaint, ComplaintEvent
from desktop.store.local_tables import OutboxEntry
from desktop.ui.complaints.dialog import ComplaintDialog


def outbox(store):
    with store.read() as s:
        return list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)))


def open_capture(qtbot, window, customer_id) -> ComplaintDialog:
    window.new_complaint(customer_id)
    dialog = window.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_quality_complaint_gets_the_deadline_of_its_kind(qtbot, window, store, territory):
    dialog = open_capture(qtbot, window, territory.doctor)
    dialog.kind_combo.set_value("quality")
    received = dialog.received_edit.moment()
    assert dialog.deadline_edit.moment() == \
        complaint_rules.default_deadline("quality", received)
    dialog.kind_combo.set_value("delivery")
    assert dialog.deadline_edit.moment() == \
        complaint_rules.default_deadline("delivery", received)
    assert not dialog.adr_group.isVisible() and not dialog.adr_banner.isVisible()
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData(territory.product))
    qtbot.keyClicks(dialog.lot_edit, "B20260301")
    dialog.description_edit.setPlainText("包装破损")
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.read() as s:
        c = s.exec(select(Complaint)).one()
        [event] = list(s.exec(select(ComplaintEvent)))
    assert (c.kind, c.lot, c.status) == ("delivery", "B20260301", "captured")
    assert event.to_status == "captured"
    assert all(e.priority == 0 for e in outbox(store))
    complaints_view = window.views["complaints"]  # the new complaint is shown
    assert complaints_view.current().id == c.id


def test_adverse_reaction_needs_its_case_fields_shows_the_clock_and_goes_first(
        qtbot, window, store, territory):
    dialog = open_capture(qtbot, window, territory.doctor)
    dialog.kind_combo.set_value("adverse_reaction")
    assert dialog.adr_group.isVisible() and dialog.adr_banner.isVisible()
    # the PV desk's receipt clock, in its words
    assert "\nPharmacovigilance receipt: 1 d left · Waiting for receipt · Day 0 " in \
        dialog.adr_banner.text()
    day0 = dialog.day0_edit.moment()
    assert dialog.deadline_edit.moment() == day0 + timedelta(hours=24)
    dialog.description_edit.setPlainText("患者服药后皮疹")
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()  # refused: the minimum case fields are missing
    for name in ("patient_identifier", "reporter_name", "product_id", "event_description"):
        assert dialog.error_labels[name].isVisible(), name
    assert "adverse reaction" in dialog.error_labels["patient_identifier"].text()
    qtbot.keyClicks(dialog.patient_edit, "P-0042")
    dialog.reporter_edit.setText("张伟")
    dialog.event_edit.setPlainText("服药两小时后全身皮疹")
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData(territory.product))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    entries = outbox(store)
    adr = [e for e in entries if e.table_name in ("complaint", "complaint_event")]
    assert adr and all(e.priority == 1 for e in adr)
    view = window.views["complaints"]
    assert view.adr_banner.isVisible()
    assert view.adr_banner.text().startswith("Pharmacovigilance receipt: 1 d left · ")
    summary = view.summary_label.text()
    assert " · 1 suspected adverse reaction" in summary
    assert summary.endswith("not yet reported to pharmacovigilance")
    from desktop.domain import pv_clock
    from desktop.domain.identity import Identity

    case = view.current().id
    desk = Identity("pv-1", "pv", None, ())  # the PV desk reports it; a sync brings it in
    pv_clock.acknowledge_receipt(store, case, actor=desk)
    pv_clock.mark_reported(store, case, "ADR-1", actor=desk)
    window.context.data_changed.emit("complaint")
    qtbot.waitUntil(lambda: "adverse" not in view.summary_label.text())  # no "0 adverse…"


def test_workflow_steps_are_timestamped_events(qtbot, qtmodeltester, window, store, territory):
    now = datetime.now(UTC)
    from desktop.domain.complaints import capture_complaint

    cid = capture_complaint(store, dict(
        customer_id=territory.pharmacy, kind="service", severity="low", channel="phone",
        description="配送员态度差", received_at=now, committed_deadline=now + timedelta(days=5)))
    view = window.show_view("complaints")
    view.select_complaint(cid)
    qtmodeltester.check(view.model)
    steps = []
    for _ in range(6):
        c = store.get(Complaint, cid)
        if c.status == "in_progress":
            view.resolution_edit.setText("已更换配送员")
        view.note_edit.setText(f"step after {c.status}")
        qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
        steps.append(store.get(Complaint, cid).status)
    assert steps == ["assigned", "in_progress", "resolved", "reported_to_customer",
                     "satisfaction_recorded", "closed"]
    c = store.get(Complaint, cid)
    assert c.resolution == "已更换配送员" and c.satisfaction == 4
    assert c.reported_to_customer_at is not None and c.closed_at is not None
    assert [e.to_status for e in view.events_model.rows()] == ["captured"] + steps
    assert not view.step_button.isVisible()
    qtmodeltester.check(view.events_model)


def test_an_adverse_reaction_cannot_close_before_the_pv_report(qtbot, window, store, territory):
    from desktop.domain import pv_clock
    from desktop.domain.complaints import advance_complaint, capture_complaint
    from desktop.domain.identity import Identity

    now = datetime.now(UTC)
    cid = capture_complaint(store, dict(
        customer_id=territory.doctor, kind="adverse_reaction", severity="high", channel="visit",
        description="皮疹", received_at=now, committed_deadline=now + timedelta(hours=24),
        day0_at=now, patient_identifier="P1", reporter_name="张伟", product_id=territory.product,
        event_description="皮疹"))
    for step in ("assigned", "in_progress", "resolved", "reported_to_customer"):
        advance_complaint(store, cid, step)
    advance_complaint(store, cid, "satisfaction_recorded", changes={"satisfaction": 3})
    view = window.show_view("complaints")
    view.select_complaint(cid)
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    assert store.get(Complaint, cid).status == "satisfaction_recorded"
    assert view.step_error.isVisible() and "pharmacovigilance" in view.step_error.text()
    desk = Identity("pv-1", "pv", None, ())  # the PV desk's receipt and report, synced in
    pv_clock.acknowledge_receipt(store, cid, actor=desk)
    pv_clock.mark_reported(store, cid, "ADR-1", actor=desk)
    view.select_complaint(cid)
    qtbot.mouseClick(view.step_button, Qt.MouseButton.LeftButton)
    assert store.get(Complaint, cid).status == "closed"
