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


def test_a_suspected_adverse_reaction_shows_the_pv_desks_receipt_clock(window, store,
                                                                        territory, languages):
    """The complaint near its deadline shows what the PV desk works to: receipt within 24 h
    of Day 0 (time left, then received on time), not the old "report to PV" clock; the
    tooltip names the stage and Day 0 on the rep's (Beijing) clock, on a UTC machine."""
    from desktop.domain import local_time
    from desktop.models import Complaint, Customer
    from desktop.ui.complaints.pv_words import stage_and_day0

    languages.switch("en")
    now = datetime.now(UTC)
    day0 = now - timedelta(hours=20)
    with store.write() as w:
        hospital = w.create(Customer, kind="hospital", name="武汉协和医院（西院）",
                            territory_id="terr-1")  # no phone on record
    case_id = capture_complaint(store, dict(
        customer_id=hospital.id, product_id=territory.product, kind="adverse_reaction", severity="high", channel="visit",
        description="服药后皮疹", received_at=day0, day0_at=day0,
        committed_deadline=now + timedelta(hours=4), patient_identifier="P-1",
        event_description="皮疹", reporter_name="张伟", patient_age=54, patient_sex="female"))
    with local_time.fixed(zone="Asia/Shanghai"):
        view = window.show_view("today")
        view.refresh()
        model = view.complaint_model
        headers = [model.headerData(i, Qt.Orientation.Horizontal)
                   for i in range(model.columnCount())]
        assert headers[-1] == "PV receipt" and "PV report" not in headers
        row = [c.customer_name for c in model.rows()].index("武汉协和医院（西院）")
        cell = model.index(row, len(headers) - 1)
        assert cell.data() == "4 h left"
        # Day 0 is 16:00 UTC the day before: midnight of today in Beijing
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == (
            "Waiting for receipt · Day 0 11/5/26 12:00\u202fAM")
        # in the PV desk's own words (pv_words), not a copy of them
        assert cell.data(Qt.ItemDataRole.ToolTipRole) == stage_and_day0(model.rows()[row].pv)
        with store.write() as w:  # the PV desk acknowledged it 10 hours after Day 0
            w.update(Complaint, case_id, pv_received_at=day0 + timedelta(hours=10),
                     pv_received_by_user_id="pv-1")
        view.refresh()
        assert cell.data() == "Received on time"
        languages.switch("zh_CN")
        view.refresh()
        assert cell.data() == "按时接收"
        assert cell.data(Qt.ItemDataRole.ToolTipRole).startswith("已签收")
