"""Today: planned calls, follow-ups due or overdue, complaints near their deadline and
customers overdue by tier — what the rep sees first thing."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt
from uihelpers import add_follow_up

from desktop.domain.complaints import capture_complaint
from desktop.domain.identity import USER_STATE_KEY
from desktop.models import CallPlan, FrequencyTarget, PlanItem, Visit
from desktop.ui.common.texts import long_date_text


def test_today_lists_the_day(qtbot, qtmodeltester, store, window, territory, languages):
    languages.switch("en")  # the English catalogue holds the plural forms
    today = date.today()
    now = datetime.now(UTC)
    add_follow_up(store, territory.doctor2, "回访", today - timedelta(days=3))
    add_follow_up(store, territory.doctor, "以后再说", today + timedelta(days=10))
    capture_complaint(store, dict(
        customer_id=territory.pharmacy, kind="delivery", severity="medium", channel="phone",
        description="送货晚了", received_at=now - timedelta(days=3),
        committed_deadline=now + timedelta(hours=3)))
    with store.write() as w:
        w.create(FrequencyTarget, tier="A", calls_per_month=4)
        w.create(FrequencyTarget, tier="B", calls_per_month=2)
        w.create(Visit, customer_id=territory.doctor2, visit_type="phone",
                 started_at=now - timedelta(days=2), status="submitted", submitted_at=now)
    view = window.show_view("today")
    view.refresh()
    assert [p.customer_name for p in view.planned_model.rows()] == ["张伟"]
    assert [f.title for f in view.follow_up_model.rows()] == ["回访"]
    assert view.follow_up_model.data(view.follow_up_model.index(0, 0)) == "3 days overdue"
    assert [c.customer_name for c in view.complaint_model.rows()] == ["同仁堂药店"]
    overdue = {o.customer_name for o in view.overdue_model.rows()}
    assert overdue == {"北京协和医院", "张伟"}  # tier A never visited; 李娜 (B) was
    assert view.overdue_model.data(view.overdue_model.index(0, 2)) == "never"
    target = view.overdue_model.index(0, 3)
    assert target.data() == "weekly"  # in short; in full on hover
    assert target.data(Qt.ItemDataRole.ToolTipRole) == "about once a week"
    for model in (view.planned_model, view.follow_up_model, view.complaint_model,
                  view.overdue_model):
        qtmodeltester.check(model)
    view.tables["overdue"].setCurrentIndex(view.overdue_model.index(0, 0))
    view.tables["overdue"].activated.emit(view.overdue_model.index(0, 0))
    assert window.current_view_key() == "customers"
    assert window.views["customers"].detail.title_label.text() in overdue


def test_overdue_reasons_say_the_target_the_way_a_rep_does(window, store, territory,
                                                           languages):
    languages.switch("en")
    with store.write() as w:
        w.create(FrequencyTarget, tier="A", calls_per_month=4)
        w.create(FrequencyTarget, tier="B", calls_per_month=2)
    view = window.show_view("today")
    view.refresh()
    rows = [(view.overdue_model.index(i, 1).data(), view.overdue_model.index(i, 2).data(),
             view.overdue_model.index(i, 3).data()) for i in range(view.overdue_model.rowCount())]
    assert rows and not any("7.5" in r[2] or "every" in r[2] for r in rows)
    assert ("A", "never", "weekly") in rows
    assert ("B", "never", "2× a month") in rows
    in_full = {view.overdue_model.index(i, 3).data(Qt.ItemDataRole.ToolTipRole)
               for i in range(view.overdue_model.rowCount())}
    assert in_full == {"about once a week", "2 calls a month"}


def test_a_day_without_planned_calls_shows_no_zero_of_zero(window, store, territory):
    with store.write() as w:  # the only planned call moves to tomorrow
        w.update(PlanItem, territory.plan_item, day=date.today() + timedelta(days=1))
    view = window.show_view("today")
    view.refresh()
    assert view.heading.text() == f"Today, {long_date_text(date.today())}"
    empty = view.empty_states["planned"]
    assert empty.isVisible() and empty.title.text() == "No calls planned for today."
    assert "Plans (Ctrl+4)" in empty.text.text()


def test_a_manager_without_own_calls_sees_the_teams_progress(window, store, territory):
    with store.write() as w:  # a second rep's planned call today, already logged
        plan = w.create(CallPlan, rep_user_id="rep-2", week_start=date.today(),
                        territory_id="terr-1")
        item = w.create(PlanItem, plan_id=plan.id, customer_id=territory.doctor2,
                        day=date.today(), territory_id="terr-1")
        w.create(Visit, customer_id=territory.doctor2, plan_item_id=item.id, status="submitted",
                 visit_type="face_to_face", started_at=datetime.now(UTC), territory_id="terr-1")
    store.set_state(USER_STATE_KEY, json.dumps({"id": "mgr-1", "role": "manager"}))
    view = window.show_view("today")
    view.refresh()
    assert view.planned_model.rowCount() == 0  # no calls of the manager's own
    assert view.heading.text().startswith(f"Today, {long_date_text(date.today())}: your team "
                                          "has logged 1 of 2 planned call")
    assert "your team's plans" in view.empty_states["planned"].text.text().lower()
