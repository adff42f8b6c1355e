"""A suspected adverse reaction flagged in the call report (refused until the minimum case is
complete, then created with Day 0 = the call), and the region's manager's escalation notices
at 12 h and 24 h without PV receipt: in the tray (fake clock) and on Today."""

from __future__ import annotations

from datetime import timedelta

from desk_helpers import add_adr_case, open_window, seed_team, sign_in_as
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QSystemTrayIcon
from sqlmodel import select
from uihelpers import NOW

from desktop.domain import local_time
from desktop.models import Complaint, Visit
from desktop.ui.calls.report_dialog import CallReportDialog
from desktop.ui.complaints.escalations import EscalationNotifier
from desktop.ui.context import AppContext


def open_report(qtbot, window, customer_id) -> CallReportDialog:
    window.new_call_report(customer_id, "")
    dialog = window.dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def cases(store) -> list[Complaint]:
    with store.read() as s:
        return list(s.exec(select(Complaint)))


def test_the_adr_section_opens_when_ticked_and_refuses_an_incomplete_case(
        qtbot, window, store, territory):
    dialog = open_report(qtbot, window, territory.doctor)
    section = dialog.adr_section
    assert not section.group.isVisible()  # collapsed until ticked
    section.check.setChecked(True)
    assert section.group.isVisible()
    dialog.feedback_edit.setPlainText("试用后有皮疹")
    section.initials_edit.setText("W.Z.")
    dialog.save(submit=False)
    assert dialog.isVisible() and "incomplete" in dialog.banner.text()
    shown = {name for name, label in section.error_labels.items() if label.isVisible()}
    assert shown == {"patient_age", "patient_sex", "product_id", "event_description"}
    assert section.error_labels["product_id"].text() == "Required"
    assert cases(store) == []
    with store.read() as s:
        assert list(s.exec(select(Visit))) == []  # nothing half-saved


def test_a_complete_case_is_created_with_day0_the_call_date(qtbot, window, store,
                                                            territory):
    dialog = open_report(qtbot, window, territory.doctor)
    call_at = dialog.when_edit.moment() - timedelta(hours=3)  # logged after the call
    dialog.when_edit.set_moment(call_at)
    section = dialog.adr_section
    section.check.setChecked(True)
    section.initials_edit.setText("W.Z.")
    section.age_spin.setValue(54)
    section.sex_combo.set_value("female")
    section.product_combo.setCurrentIndex(section.product_combo.findData(territory.product))
    section.lot_edit.setText("B2026-11")
    section.reaction_edit.setPlainText("服药两小时后全身皮疹")
    dialog.save(submit=True)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [case] = cases(store)
    assert case.kind == "adverse_reaction" and case.visit_id == dialog.saved_visit_id
    assert case.day0_at == call_at and case.received_at == call_at
    assert (case.patient_identifier, case.patient_age, case.patient_sex, case.lot) == \
        ("W.Z.", 54, "female", "B2026-11")
    assert case.event_description == "服药两小时后全身皮疹"
    assert case.committed_deadline == call_at + timedelta(hours=24)
    window.open_call_report(dialog.saved_visit_id)  # the submitted report shows its case
    shown = window.dialog
    qtbot.waitUntil(shown.isVisible)
    assert shown.adr_section.isVisible() and shown.adr_section.check.isChecked()
    assert shown.adr_section.initials_edit.text() == "W.Z."
    assert not shown.adr_section.group.isEnabled()


def test_the_manager_is_notified_at_12_h_and_again_at_24_h(qtbot, store, ui_settings,
                                                           territory, monkeypatch):
    seed_team(store)
    sign_in_as(store, "mgr-1")
    day0 = NOW - timedelta(hours=11, minutes=59)
    case = add_adr_case(store, territory, day0)
    clock = {"now": NOW}
    shown = []

    class Tray:  # the boundary no test machine has: the desktop's notification area
        def showMessage(self, title, text, *_args):
            shown.append((title, text))

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    notifier = EscalationNotifier(AppContext(store, ui_settings), Tray(),
                                  clock=lambda: clock["now"])
    assert notifier.check_now() == []  # 11 h 59 min: not yet
    clock["now"] = day0 + timedelta(hours=12)
    with qtbot.waitSignal(notifier.escalated) as fired:
        assert notifier.check_now() == [(case, 12)]
    assert fired.args == [case, "张伟", 12]
    assert shown == [("Suspected adverse reaction: no PV receipt after 12 h", "张伟 — 络活喜")]
    assert notifier.check_now() == []  # once
    notifier.stop()
    restarted = EscalationNotifier(AppContext(store, ui_settings), clock=lambda: clock["now"])
    assert restarted.check_now() == []  # the store remembers
    clock["now"] = day0 + timedelta(hours=24)
    assert restarted.check_now() == [(case, 24)]
    restarted.stop()


def test_a_case_synced_while_a_check_runs_is_escalated_at_once(qtbot, store, ui_settings,
                                                               territory):
    """The first check runs on the database thread at start; a late case that arrives
    before its answer comes back is escalated half a second later, not a minute later."""
    seed_team(store)
    sign_in_as(store, "mgr-1")
    notifier = EscalationNotifier(AppContext(store, ui_settings), clock=lambda: NOW)
    found = notifier._check()()  # the start's check, before the case arrived
    case = add_adr_case(store, territory, NOW - timedelta(hours=13))
    notifier.context.data_changed.emit("complaint")  # as the sync says
    notifier._announce(*found)  # its answer: nothing due, next check in a minute
    with qtbot.waitSignal(notifier.escalated, timeout=3000) as fired:
        pass
    assert fired.args == [case, "张伟", 12]
    notifier.stop()


def test_today_shows_the_manager_the_cases_waiting_for_receipt(qtbot, store, ui_settings,
                                                               territory, clock):
    seed_team(store)
    fresh = add_adr_case(store, territory, NOW - timedelta(hours=11))
    waited = add_adr_case(store, territory, NOW - timedelta(hours=25))
    received = add_adr_case(store, territory, NOW - timedelta(hours=30),
                            pv_received_at=NOW - timedelta(hours=20))
    window = open_window(qtbot, store, ui_settings, "mgr-1")
    today = window.show_view("today")
    section = today.escalations
    assert section.isVisible()
    rows = section.model.rows()
    assert [r.case.id for r in rows] == [waited]
    assert section.model.data(section.model.index(0, 0)) == "No PV receipt after 24 h"
    assert section.model.data(section.model.index(0, 1)) == "Late by 1 h"
    assert "(1)" in section.title()
    at_risk = today.groups[4]  # the customers at risk, shown above it, not under it
    assert at_risk.isVisible() and not at_risk.geometry().intersects(section.geometry())
    clock.move_to(NOW + timedelta(hours=1))
    today.refresh()
    assert {r.case.id: r.hours for r in section.model.rows()} == {waited: 24, fresh: 12}
    assert received not in {r.case.id for r in section.model.rows()}
    assert at_risk.width() < today.width() / 2  # beside the escalations
    for case in (waited, fresh):  # PV acknowledges both: the customers at risk widen again
        store.update(Complaint, case, pv_received_at=NOW)
    today.refresh()
    assert not section.isVisible()
    qtbot.waitUntil(lambda: at_risk.width() > today.width() * 0.9)
    window.close()


def test_today_has_no_escalation_section_for_a_rep(qtbot, store, ui_settings, territory):
    seed_team(store)
    add_adr_case(store, territory, NOW - timedelta(hours=25))
    window = open_window(qtbot, store, ui_settings, "rep-1")
    today = window.show_view("today")
    assert not today.escalations.isVisible()
    window.close()


def test_the_window_notifies_the_manager_and_not_the_rep(qtbot, store, ui_settings,
                                                         territory):
    seed_team(store)
    add_adr_case(store, territory, NOW - timedelta(hours=13))
    rep = open_window(qtbot, store, ui_settings, "rep-1")
    rep.start_notices()  # the first checks run on the database thread
    qtbot.waitUntil(rep.context.tasks.idle)
    assert "PV receipt" not in rep.statusBar().currentMessage()
    rep.close()
    manager = open_window(qtbot, store, ui_settings, "mgr-1")
    manager.start_notices()
    qtbot.waitUntil(lambda: manager.statusBar().currentMessage() ==
                    "Suspected adverse reaction (张伟): no PV receipt after 12 h")
    manager.close()


def test_the_onset_cannot_be_after_a_call_moved_to_an_earlier_day(qtbot, window, store,
                                                                   territory):
    dialog = open_report(qtbot, window, territory.doctor)
    section = dialog.adr_section
    section.check.setChecked(True)
    call_at = dialog.when_edit.moment() - timedelta(days=2)  # logged two days late
    dialog.when_edit.set_moment(call_at)
    call_day = local_time.local_day(call_at)
    assert section.onset_edit.maximumDate().toPython() == call_day
    assert section.onset_edit.date().toPython() == call_day  # the default follows the call
    earlier = call_day - timedelta(days=5)
    section.onset_edit.setDate(QDate(earlier.year, earlier.month, earlier.day))
    dialog.when_edit.set_moment(call_at + timedelta(days=1))  # a chosen onset stays
    assert section.onset_edit.date().toPython() == earlier
    assert section.onset_edit.maximumDate().toPython() == call_day + timedelta(days=1)
