"""Today: planned calls, follow-ups due or overdue, complaints near their deadline and
customers overdue by tier — what the rep sees first thing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from uihelpers import add_follow_up

from desktop.domain.complaints import capture_complaint
from desktop.models import FrequencyTarget, Visit


def test_today_lists_the_day(qtbot, qtmodeltester, store, window, territory):
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
    assert "3 d overdue" in view.follow_up_model.data(view.follow_up_model.index(0, 0))
    assert [c.customer_name for c in view.complaint_model.rows()] == ["同仁堂药店"]
    overdue = {o.customer_name for o in view.overdue_model.rows()}
    assert overdue == {"北京协和医院", "张伟"}  # tier A never visited; 李娜 (B) was
    assert view.overdue_model.data(view.overdue_model.index(0, 3)).startswith("Never visited")
    for model in (view.planned_model, view.follow_up_model, view.complaint_model,
                  view.overdue_model):
        qtmodeltester.check(model)
    view.tables["overdue"].setCurrentIndex(view.overdue_model.index(0, 0))
    view.tables["overdue"].activated.emit(view.overdue_model.index(0, 0))
    assert window.current_view_key() == "customers"
    assert window.views["customers"].detail.title_label.text() in overdue
