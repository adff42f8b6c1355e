"""The customer's figures tab: every figure it has is charted (share by drug class,
outpatient visits, prescriptions total and ours, purchases, sales) with the monthly table,
and "Enter figures…" lets a rep enter or correct a month, with messages under the fields."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from sqlmodel import select
from uihelpers import FakeSyncWorker

from desktop.domain import customer_list
from desktop.models import CustomerMetric
from desktop.sync.client import SyncReport


def _points(chart) -> dict[str, list[tuple[int, float]]]:
    return {line.name(): [(int(line.at(i).x()), line.at(i).y()) for i in range(line.count())]
            for line in chart.series()}


def _pick(tab, key: str) -> None:
    tab.chart_combo.setCurrentIndex(tab.chart_combo.findData(key))


def test_the_tab_charts_each_figure_of_a_hospital(qtbot, window, store, territory):
    with store.write() as w:
        for month, visits, bought, sold in ((1, 52_000, 6_100_000.0, 800.0),
                                            (2, 41_000, 5_000_000.0, None),
                                            (3, 55_000, 6_300_000.0, 950.5)):
            w.create(CustomerMetric, customer_id=territory.hospital, period=f"2026-0{month}",
                     outpatient_volume=visits, purchase_amount=bought, territory_id="terr-1")
            if sold:
                w.create(CustomerMetric, customer_id=territory.hospital,
                         period=f"2026-0{month}", drug_class="降压药",
                         product_id=territory.product, sales_amount=sold,
                         territory_id="terr-1")
    view = window.show_view("customers")
    view.select_customer(territory.hospital)
    tab = view.detail.metrics_panel
    view.detail.tabs.setCurrentWidget(tab)
    # share first: the hospital's is its doctors' (张伟: 40/400, 63/420, 82/410)
    assert tab.chart_combo.currentData() == "share"
    [share] = _points(tab.chart).values()
    assert [round(y, 1) for _x, y in share[-3:]] == [10.0, 15.0, 20.0]
    _pick(tab, "outpatient")
    assert list(_points(tab.chart).values()) == [[(9, 52_000), (10, 41_000), (11, 55_000)]]
    _pick(tab, "prescriptions")
    lines = _points(tab.chart)
    assert [y for _x, y in lines["All drug classes"]] == [400, 420, 410]
    assert [y for _x, y in lines["All drug classes: ours"]] == [40, 63, 82]
    _pick(tab, "purchases")
    # millions are charted in units of 10,000 (万), the axis says so
    assert tab.unit == 10_000 and tab.chart.axes()[1].titleText() == "× 10,000"
    assert [y for _x, y in next(iter(_points(tab.chart).values()))] == [610, 500, 630]
    _pick(tab, "sales")
    assert _points(tab.chart) == {"络活喜": [(9, 800.0), (11, 950.5)]}  # February: a gap
    assert tab.chart_view.isVisible() and not tab.empty_label.isVisible()
    march = [m for m in tab.model.rows() if m.period == "2026-03"]
    assert {(m.product, m.outpatient_volume, m.sales_amount) for m in march} >= {
        (None, 55_000, None), ("络活喜", None, 950.5)}


def test_a_rep_corrects_a_month_and_enters_a_new_one(qtbot, window, store, territory):
    view = window.show_view("customers")
    view.select_customer(territory.doctor)
    tab = view.detail.metrics_panel
    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.period() == "2026-10"  # the last month that is over
    dialog.month_edit.setDate(QDate(2026, 3, 1))
    # the stored March figures are loaded for correction
    assert dialog.editors["total_prescriptions"].text() == "410"
    assert dialog.editors["our_prescriptions"].text() == "82"
    ours = dialog.editors["our_prescriptions"]
    ours.clear()
    qtbot.keyClicks(ours, "500")
    assert dialog.error_labels["our_prescriptions"].isVisible()
    assert "Total prescriptions" in dialog.error_labels["our_prescriptions"].text()
    dialog.save()
    assert dialog.isVisible()  # refused
    ours.clear()
    qtbot.keyClicks(ours, "123")
    assert not dialog.error_labels["our_prescriptions"].isVisible()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the pane reads again: March's share is now 123/410
    qtbot.waitUntil(lambda: round(next(iter(_points(tab.chart).values()))[-1][1], 1) == 30.0)

    qtbot.mouseClick(tab.enter_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    dialog.line_combo.setCurrentIndex(dialog.line_combo.findText("降压药"))
    assert dialog.editors["total_prescriptions"].text() == ""  # nothing stored yet
    qtbot.keyClicks(dialog.editors["outpatient_volume"], "12.5")
    assert dialog.error_labels["outpatient_volume"].isVisible()
    dialog.editors["outpatient_volume"].clear()
    dialog.save()
    assert dialog.isVisible() and "at least one figure" in dialog.summary.text()
    qtbot.keyClicks(dialog.editors["total_prescriptions"], "90")
    qtbot.keyClicks(dialog.editors["our_prescriptions"], "9")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.read() as s:
        october = s.exec(select(CustomerMetric).where(
            CustomerMetric.customer_id == territory.doctor,
            CustomerMetric.period == "2026-10")).one()
    assert (october.drug_class, october.total_prescriptions, october.our_prescriptions) == (
        "降压药", 90, 9)
    qtbot.waitUntil(lambda: "降压药" in _points(tab.chart))


def test_figures_a_sync_brings_are_shown_without_reading_the_customer_list(
        qtbot, store, ui_settings, territory, monkeypatch):
    from desktop.ui.app import build_window

    worker = FakeSyncWorker()
    window = build_window(store, ui_settings, sync_worker=worker)
    qtbot.addWidget(window)
    window.show()
    view = window.show_view("customers")
    view.select_customer(territory.doctor)
    qtbot.waitUntil(window.context.tasks.idle)
    lists = []
    real = customer_list.first_rows
    monkeypatch.setattr(customer_list, "first_rows", lambda *a, **k: lists.append(1) or
                        real(*a, **k))
    store.create(CustomerMetric, customer_id=territory.doctor, period="2026-04",
                 total_prescriptions=400, our_prescriptions=100, territory_id="terr-1")
    worker.sync_finished.emit(SyncReport(pulled=1, changed_tables={"customer_metric"}))
    tab = view.detail.metrics_panel
    qtbot.waitUntil(lambda: next(iter(_points(tab.chart).values()))[-1][1] == 25.0)
    qtbot.waitUntil(window.context.tasks.idle)
    assert lists == []
    window.close()
