"""Every hospital has a 心内科: wherever a department is named it comes with its hospital
(`心内科 · 北京协和医院`), so two of them never read the same."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from uihelpers import add_follow_up

from desktop.domain import plan_week
from desktop.domain.complaints import capture_complaint
from desktop.domain.identity import Identity
from desktop.models import Customer, FrequencyTarget, PlanItem, Visit
from desktop.store.local_tables import SyncConflict
from desktop.ui.customers.picker_dialog import CustomerPicker

XIEHE = "心内科 · 北京协和医院"
RUIJIN = "心内科 · 上海瑞金医院"


@pytest.fixture
def two_cardiologies(store, territory):
    """A second hospital with its own 心内科, which has a planned call today, a follow-up
    due, a complaint near its deadline, a draft call report and no call yet (tier A)."""
    today, now = date.today(), datetime.now(UTC)
    with store.write() as w:
        ruijin = w.create(Customer, kind="hospital", name="上海瑞金医院", city="上海",
                          territory_id="terr-1")
        dept = w.create(Customer, kind="department", name="心内科", city="上海", tier="A",
                        organisation_id=ruijin.id, territory_id="terr-1")
        w.create(FrequencyTarget, tier="A", calls_per_month=4)
        plan_id = w.get(PlanItem, territory.plan_item).plan_id
        w.create(PlanItem, plan_id=plan_id, customer_id=dept.id, day=today, time_slot="14:00",
                 territory_id="terr-1")
        w.create(Visit, customer_id=dept.id, visit_type="department_meeting",
                 started_at=now - timedelta(hours=1), status="draft", territory_id="terr-1")
        w.session.add(SyncConflict(id="c-1", table_name="customer", row_id=dept.id,
                                   field="phone", my_value="021-1", server_value="021-2"))
    add_follow_up(store, dept.id, "送会议资料", today - timedelta(days=1))
    capture_complaint(store, dict(
        customer_id=dept.id, kind="service", severity="low", channel="phone",
        description="会议安排", received_at=now, committed_deadline=now + timedelta(hours=2),
        territory_id="terr-1"))
    return dept.id


def column(model, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_today_names_the_department_with_its_hospital(window, two_cardiologies):
    view = window.show_view("today")
    view.refresh()  # the store was written behind the window's back
    # planned calls name the hospital in their own Organisation column, so once only
    planned = column(view.planned_model, 1).index("心内科")
    assert view.planned_model.index(planned, 2).data() == "上海瑞金医院"
    assert view.planned_model.index(planned, 1).data(Qt.ItemDataRole.ToolTipRole).startswith(
        RUIJIN)
    assert column(view.follow_up_model, 1) == [RUIJIN]
    assert column(view.complaint_model, 1) == [RUIJIN]
    assert RUIJIN in column(view.overdue_model, 0)


def test_lists_and_headers_name_the_department_with_its_hospital(qtbot, window, store,
                                                                 two_cardiologies):
    customers = window.show_view("customers")
    qtbot.keyClicks(customers.search_edit, "xinneike")
    qtbot.waitUntil(lambda: RUIJIN in column(customers.model, 0))
    assert XIEHE in column(customers.model, 0)
    customers.select_customer(two_cardiologies)
    assert customers.detail.title_label.text() == RUIJIN

    assert column(window.show_view("calls").model, 1) == [RUIJIN]
    assert column(window.show_view("follow_ups").model, 2) == [RUIJIN]  # after Due, Time left
    complaints = window.show_view("complaints")
    assert column(complaints.model, 2) == [RUIJIN]  # after Deadline, Time left
    assert complaints.title_label.text().startswith(RUIJIN + " — ")
    conflicts = window.show_view("conflicts")
    conflicts.refresh()
    assert RUIJIN in conflicts.conflict_model.index(0, 1).data()

    window.new_call_report(two_cardiologies)
    assert window.dialog.customer_label.text() == RUIJIN
    window.dialog.close()
    window.new_complaint(two_cardiologies)
    assert window.dialog.customer_label.text() == RUIJIN
    window.dialog.close()


def test_the_picker_names_departments_with_their_hospital(qtbot, window, two_cardiologies):
    picker = CustomerPicker(window.context, window)
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search_edit, "xnk")
    qtbot.waitUntil(lambda: {XIEHE, RUIJIN} <= set(column(picker.model, 0)))


def test_plan_cards_and_suggestions_name_the_department_with_its_hospital(store,
                                                                          two_cardiologies):
    today = date.today()
    week = plan_week.week_plan(store, "rep-1", today, territory_ids=["terr-1"], today=today)
    assert RUIJIN in [i.customer_name for i in week.items]
    rep = Identity("rep-1", "rep", None, ("terr-1",))
    next_week = today + timedelta(days=7)
    suggested = plan_week.week_suggestions(store, rep, next_week)
    assert RUIJIN in [s.customer_name for s in suggested]
