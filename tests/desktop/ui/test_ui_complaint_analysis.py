"""The complaint analysis screen: the period's figures by product, lot, kind, customer and
month, the repeated lot highlighted and named in the banner, the months chart, and a new
complaint showing up when it is saved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, Qt

from desktop.models import Complaint
from desktop.ui.common.style import qcolor


def _complaint(store, customer, product, lot, received, deadline, answered=None, kind="quality"):
    return store.create(Complaint, customer_id=customer, kind=kind, product_id=product, lot=lot,
                        description="-", received_at=received, committed_deadline=deadline,
                        reported_to_customer_at=answered, territory_id="terr-1",
                        status="reported_to_customer" if answered else "captured",
                        resolution="已处理" if answered else None).id


def _texts(view, column):
    return [view.model.data(view.model.index(r, column)) for r in range(view.model.rowCount())]


def test_figures_by_lot_and_month_with_the_repeated_lot_highlighted(qtbot, qtmodeltester,
                                                                    window, store, territory):
    t = territory
    day = datetime(2026, 10, 6, 2, tzinfo=UTC)  # 10:00 in Beijing, a Tuesday
    _complaint(store, t.doctor, t.product, "L2610", day, day + timedelta(days=3),
               day + timedelta(days=1))
    _complaint(store, t.doctor2, t.product, "L2610", day + timedelta(days=7),
               day + timedelta(days=10), day + timedelta(days=12))  # late by two days
    _complaint(store, t.pharmacy, t.product2, "X1", day + timedelta(days=27),
               day + timedelta(days=29), kind="delivery")  # open since 2 Nov, due 4 Nov
    view = window.show_view("complaint_analysis")
    qtmodeltester.check(view.model)
    view.from_edit.setDate(QDate(2026, 9, 1))
    assert view.summary_label.text().startswith("3 complaints · 1 open · 1 of 3 due")
    assert "33 %" in view.summary_label.text()
    assert "络活喜 · L2610 (2)" in view.lots_banner.text() and view.lots_banner.isVisible()

    view.set_dimension("lot")
    assert _texts(view, 0) == ["络活喜 · L2610 · repeated", "立普妥 · X1"]
    assert _texts(view, 1) == ["2", "1"]
    assert _texts(view, 4) == ["3.0", ""]  # median of 1 and 5 days
    assert _texts(view, 6) == ["50 %", "0 %"]
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color() == \
        qcolor("warning_text")
    assert view.model.data(view.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None

    view.set_dimension("kind")
    assert _texts(view, 0)[0] == "Product quality" and _texts(view, 7) == ["1", "1"]
    view.set_dimension("month")
    assert _texts(view, 0) == ["2026-10", "2026-11"]
    assert view.chart.bar_values() == [0, 2, 1]  # September, October, November
    assert view.chart.rate_points() == [(1, 50.0), (2, 0.0)]


def test_a_saved_complaint_shows_up_and_an_empty_period_says_so(qtbot, window, store,
                                                                territory):
    view = window.show_view("complaint_analysis")
    assert view.summary_label.text().startswith("0 complaints")
    assert view.chart.empty_label.isVisible() and not view.lots_banner.isVisible()
    now = datetime.now(UTC)
    _complaint(store, territory.doctor, territory.product, "L1", now - timedelta(hours=2),
               now + timedelta(days=2))
    window.context.saved("complaint")
    qtbot.waitUntil(lambda: view.summary_label.text().startswith("1 complaints"))
    assert not view.chart.empty_label.isVisible()
