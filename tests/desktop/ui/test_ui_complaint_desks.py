"""The complaint handler's queue and answer, the manager's Assign…, and the
pharmacovigilance desk (receipt, reported with the authority's reference), each opened as the
user of that role on a real store file; the rep is offered neither desk nor "reported"."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from desk_helpers import add_adr_case, add_complaint, nav_keys, open_window, seed_team
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from uihelpers import NOW

from desktop.domain import pv_clock
from desktop.domain.complaints import StepRefused
from desktop.domain.identity import Identity, current_identity
from desktop.models import Complaint


@pytest.fixture
def team(store, territory):
    seed_team(store)
    return territory


def complaint(store, complaint_id) -> Complaint:
    with store.read() as s:
        return s.get(Complaint, complaint_id)


def cell(model, row, column) -> str:
    return model.data(model.index(row, column))


def tone(model, row, column) -> str:
    from desktop.ui.common.rows_model import TONE_ROLE

    return model.data(model.index(row, column), TONE_ROLE)


def test_the_handler_sees_their_assigned_complaints_and_answers_one(
        qtbot, store, ui_settings, team):
    mine_late = add_complaint(store, team, status="assigned", assigned_to="qa-1",
                              received=NOW - timedelta(days=4),
                              deadline=NOW - timedelta(hours=3))
    mine_soon = add_complaint(store, team, status="in_progress", assigned_to="qa-1",
                              received=NOW - timedelta(days=1),
                              deadline=NOW + timedelta(hours=5), description="送货延迟")
    add_complaint(store, team, status="assigned", assigned_to="qa-2",
                  received=NOW, deadline=NOW + timedelta(days=3), description="别人的")
    window = open_window(qtbot, store, ui_settings, "qa-1")
    assert "qa_queue" in nav_keys(window) and "pv_desk" not in nav_keys(window)
    queue = window.show_view("qa_queue")
    assert window.current_view_key() == "qa_queue"
    model = queue.model
    assert [r.id for r in model.rows()] == [mine_late, mine_soon]  # soonest deadline first
    assert (cell(model, 0, 1), tone(model, 0, 1)) == ("Late by 3 h", "danger")
    assert (cell(model, 1, 1), tone(model, 1, 1)) == ("5 h left", "warning")
    assert queue.summary_label.text() == "2 assigned to you · 1 late"
    assert "包装破损" in queue.facts_label.text()

    queue.answer()
    dialog = queue.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and "Write the answer first" in dialog.error.text()
    dialog.answer_edit.setPlainText("批次已追溯，换货并致歉")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    answered = complaint(store, mine_late)
    assert (answered.status, answered.resolution) == ("resolved", "批次已追溯，换货并致歉")
    assert answered.answered_by_user_id == "qa-1"
    assert [r.id for r in queue.model.rows()] == [mine_soon]  # answered ones leave the queue
    queue.answered_check.setChecked(True)
    assert {r.id for r in queue.model.rows()} == {mine_late, mine_soon}
    queue.refresh(select_id=mine_late)
    assert not queue.answer_button.isVisible()  # answered: the rep reports it now
    window.close()


def test_the_manager_assigns_a_complaint_to_a_handler(qtbot, store, ui_settings, team):
    cid = add_complaint(store, team, received=NOW - timedelta(hours=2),
                        deadline=NOW + timedelta(days=3))
    window = open_window(qtbot, store, ui_settings, "mgr-1")
    assert "qa_queue" not in nav_keys(window) and "pv_desk" not in nav_keys(window)
    view = window.show_view("complaints")
    view.select_complaint(cid)
    assert view.assign_button.isVisible()
    qtbot.mouseClick(view.assign_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    qtbot.waitUntil(dialog.isVisible)
    names = [dialog.handler_combo.itemText(i) for i in range(dialog.handler_combo.count())]
    assert names == ["—", "赵质量", "陈质量"] or sorted(names[1:]) == ["赵质量", "陈质量"]
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.error.text() == "Choose the handler first."
    dialog.handler_combo.setCurrentIndex(dialog.handler_combo.findData("qa-2"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assigned = complaint(store, cid)
    assert (assigned.assigned_to_user_id, assigned.status) == ("qa-2", "assigned")
    assert assigned.assigned_by_user_id == "mgr-1"
    handler = names[dialog.handler_combo.findData("qa-2")]
    qtbot.waitUntil(lambda: f"Handler: {handler}" in view.facts_label.text())
    window.close()


def test_the_rep_is_offered_no_desk_no_assign_and_no_reported(qtbot, store, ui_settings,
                                                              team):
    case = add_adr_case(store, team, NOW - timedelta(hours=2))
    window = open_window(qtbot, store, ui_settings, "rep-1")
    assert "qa_queue" not in nav_keys(window) and "pv_desk" not in nav_keys(window)
    view = window.show_view("complaints")
    view.select_complaint(case)
    assert view.adr_banner.isVisible()  # the clock is still shown to the rep
    assert not view.assign_button.isVisible()
    assert not hasattr(view, "pv_button") and not hasattr(view, "record_pv_report")
    buttons = [b.text() for b in view.findChildren(type(view.step_button)) if b.isVisible()]
    assert not any("pharmacovigilance" in text.lower() for text in buttons)
    window._go_to("pv_desk")  # Go menu / shortcut: not for this role
    assert window.current_view_key() == "complaints"
    with pytest.raises(StepRefused):  # and the domain refuses it anyway
        pv_clock.mark_reported(store, case, "X-1", actor=current_identity(store))
    assert complaint(store, case).pv_reported_at is None
    window.close()


def test_the_pv_desk_shows_the_clock_acknowledges_receipt_and_reports(
        qtbot, store, ui_settings, team):
    late = add_adr_case(store, team, NOW - timedelta(hours=26))
    fresh = add_adr_case(store, team, NOW - timedelta(hours=3))
    window = open_window(qtbot, store, ui_settings, "pv-1")
    assert "pv_desk" in nav_keys(window) and "qa_queue" not in nav_keys(window)
    desk = window.show_view("pv_desk")
    model = desk.model
    assert [c.id for c in model.rows()] == [late, fresh]  # oldest Day 0 first
    assert (cell(model, 0, 0), tone(model, 0, 0)) == ("Late by 2 h", "danger")
    assert (cell(model, 1, 0), tone(model, 1, 0)) == ("21 h left", "warning")
    assert cell(model, 1, 2) == "Waiting for receipt"
    assert "2 cases · 2 waiting for receipt · 1 late" == desk.summary_label.text()

    desk.table.setCurrentIndex(model.index(1, 0))
    assert "W.Z., 54" in desk.facts_label.text() and "B2026-11" in desk.facts_label.text()
    assert desk.receipt_button.isVisible() and not desk.reported_button.isVisible()
    qtbot.mouseClick(desk.receipt_button, Qt.MouseButton.LeftButton)
    received = complaint(store, fresh)
    assert received.pv_received_by_user_id == "pv-1" and received.pv_received_at is not None
    assert desk.current().id == fresh and cell(model, 1, 2) == "Received"
    assert (cell(model, 1, 0), tone(model, 1, 0)) == ("Received on time", "success")

    assert desk.reported_button.isVisible()
    qtbot.mouseClick(desk.reported_button, Qt.MouseButton.LeftButton)
    assert "reference" in desk.error.text() and complaint(store, fresh).pv_reported_at is None
    qtbot.keyClicks(desk.reference_edit, "ADR-2026-0042")
    qtbot.mouseClick(desk.reported_button, Qt.MouseButton.LeftButton)
    reported = complaint(store, fresh)
    assert reported.pv_reference == "ADR-2026-0042" and reported.pv_reported_at is not None
    assert [c.id for c in model.rows()] == [late]  # open cases only
    desk.filter_combo.setCurrentIndex(1)  # all cases
    assert [c.id for c in model.rows()] == [late, fresh]
    assert cell(model, 1, 2) == "Reported" and cell(model, 1, 6) == "ADR-2026-0042"
    window.close()


def test_late_pills_turn_at_the_deadline(qtbot, store, ui_settings, team, clock):
    from desktop.domain.lateness import lateness
    from desktop.ui.common.pills import late_pill

    deadline = NOW + timedelta(hours=2)
    cid = add_complaint(store, team, received=NOW - timedelta(days=1), deadline=deadline)
    assert late_pill(lateness(deadline, deadline - timedelta(seconds=30)),
                     deadline - timedelta(seconds=30)) == ("1 min left", "warning")
    assert late_pill(lateness(deadline, deadline), deadline) == ("Due now", "danger")
    assert late_pill(lateness(deadline, deadline + timedelta(minutes=61)),
                     deadline + timedelta(minutes=61)) == ("Late by 1 h", "danger")
    assert late_pill(lateness(deadline, done_at=deadline + timedelta(seconds=1)))[1] == "danger"

    window = open_window(qtbot, store, ui_settings, "mgr-1")
    view = window.show_view("complaints")
    row = view.model.find_row(lambda r: r.id == cid)
    assert (cell(view.model, row, 1), tone(view.model, row, 1)) == ("2 h left", "warning")
    clock.move_to(deadline - timedelta(seconds=1))
    assert tone(view.model, row, 1) == "warning"
    clock.move_to(deadline + timedelta(seconds=1))
    assert tone(view.model, row, 1) == "danger"  # from now: no re-read needed
    window.close()


def test_follow_up_late_pills_count_the_users_day(qtbot, store, ui_settings, team):
    """A follow-up due today is late from midnight on the user's clock (Beijing here)."""
    from uihelpers import add_follow_up

    from desktop.domain import local_time

    with local_time.fixed(zone="Asia/Shanghai"):
        today = local_time.today()  # 5 Nov, 20:00 in Beijing
        add_follow_up(store, team.doctor, "带资料", today)
        add_follow_up(store, team.doctor, "回访", today - timedelta(days=2))
        window = open_window(qtbot, store, ui_settings, None)
        view = window.show_view("follow_ups")
        pills = {view.model.row_at(r).title: (cell(view.model, r, 1), tone(view.model, r, 1))
                 for r in range(view.model.rowCount())}
        assert pills == {"带资料": ("4 h left", "warning"), "回访": ("Late by 1 d", "danger")}
        window.close()



def test_the_rep_sees_who_handles_their_complaint(qtbot, store, ui_settings, team):
    mine = add_complaint(store, team, status="assigned", assigned_to="qa-1",
                         received=NOW - timedelta(hours=2), deadline=NOW + timedelta(days=3))
    waiting = add_complaint(store, team, received=NOW - timedelta(hours=1),
                            deadline=NOW + timedelta(days=3))
    window = open_window(qtbot, store, ui_settings, "rep-1")
    view = window.show_view("complaints")
    view.select_complaint(mine)
    assert "Handler: 陈质量" in view.facts_label.text()
    view.select_complaint(waiting)  # not assigned yet: no handler line
    assert "Handler" not in view.facts_label.text()
    window.close()


def test_the_complaints_screen_tells_the_pv_desks_clock_in_its_words(qtbot, store, ui_settings,
                                                                      team):
    """The rep's banner over a suspected adverse reaction is the desk's receipt clock, its
    stage and Day 0 (on the rep's clock: Beijing), word for word what the desk shows."""
    from desktop.domain import local_time
    from desktop.ui.common.texts import datetime_text

    with local_time.fixed(zone="Asia/Shanghai"):
        late = add_adr_case(store, team, NOW - timedelta(hours=26))  # Day 0 18:00 Beijing
        fresh = add_adr_case(store, team, NOW - timedelta(hours=3))
        desk = open_window(qtbot, store, ui_settings, "pv-1")
        pv = desk.show_view("pv_desk")
        pv.table.setCurrentIndex(pv.model.index(0, 0))
        desk_banner = pv.clock_banner.text()
        desk.close()
        window = open_window(qtbot, store, ui_settings, "rep-1")
        view = window.show_view("complaints")
        view.select_complaint(late)
        banner = view.adr_banner.text()
        assert banner == ("Pharmacovigilance receipt: Late by 2 h · Waiting for receipt · "
                          f"Day 0 {datetime_text(NOW - timedelta(hours=26))}")
        # Day 0 on the rep's clock (Beijing), however the language writes a time
        beijing_six_pm = datetime(2026, 11, 4, 18, tzinfo=ZoneInfo("Asia/Shanghai"))
        assert NOW - timedelta(hours=26) == beijing_six_pm
        assert banner.endswith(datetime_text(beijing_six_pm))
        assert "Report to pharmacovigilance" not in banner
        assert banner == desk_banner and view.adr_banner.property("level") == "danger"

        pv_clock.acknowledge_receipt(store, fresh, actor=Identity("pv-1", "pv", None, ()))
        window.context.data_changed.emit("complaint")
        view.select_complaint(fresh)
        qtbot.waitUntil(lambda: "Received on time · Received" in view.adr_banner.text())
        assert view.adr_banner.property("level") == "ok"
        window.close()


def test_the_pv_desk_reads_a_rows_clock_once_per_tick(qtbot, store, ui_settings, team,
                                                      monkeypatch):
    """The clock, its tone, the stage, the banner and the summary's late count are one
    reading of each row's clock (they cannot disagree at the turn of a deadline)."""
    late = add_adr_case(store, team, NOW - timedelta(hours=26))
    fresh = add_adr_case(store, team, NOW - timedelta(hours=3))
    read: list[str] = []
    clock = pv_clock.PvCase.clock
    monkeypatch.setattr(pv_clock.PvCase, "clock",
                        lambda case, now: read.append(case.id) or clock(case, now))
    window = open_window(qtbot, store, ui_settings, "pv-1")
    desk = window.show_view("pv_desk")
    desk.table.setCurrentIndex(desk.model.index(0, 0))
    read.clear()
    desk._tick()  # the clocks move on
    desk.table.viewport().grab()  # every cell painted, pills and tones
    desk._update_summary()
    assert sorted(read) == sorted([late, fresh])
    assert cell(desk.model, 0, 2) == "Waiting for receipt" and tone(desk.model, 0, 2) == "warning"
    assert desk.clock_banner.text().startswith("Pharmacovigilance receipt: Late by 2 h · ")
    assert desk.summary_label.text() == "2 cases · 2 waiting for receipt · 1 late"
    window.close()
