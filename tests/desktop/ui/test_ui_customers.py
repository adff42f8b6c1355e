"""Customers: the lazily fetched list, search and filters, the detail, and the form with
inline validation."""

from __future__ import annotations

import itertools
import math

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from sqlmodel import select

from desktop.domain.customer_list import CustomerFilter
from desktop.models import Customer, CustomerMetric
from desktop.ui.customers.table_model import CustomerTableModel


def bulk_customers(store, n: int) -> None:
    with store.write() as w:
        for i in range(n):
            w.create(Customer, kind="doctor", name=f"医生{i:05d}", city="杭州",
                     organisation_id="org-x", tier="ABCD"[i % 4])


def test_list_fetches_lazily_page_by_page(qtbot, qtmodeltester, store):
    bulk_customers(store, 450)
    model = CustomerTableModel(store, page_size=200)
    model.set_filter(CustomerFilter())
    assert model.total == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 450 and not model.canFetchMore()
    names = [model.row_at(i).name for i in range(450)]
    assert names == sorted(names) and len(set(names)) == 450  # keyset pages: no gap, no repeat
    qtmodeltester.check(model)
    model.set_filter(CustomerFilter(tier="A"))
    assert model.total == 113
    qtmodeltester.check(model)


def test_list_is_in_pinyin_order_as_a_chinese_reader_expects(qtbot, store):
    for name in ("张伟", "李娜", "王芳", "阿里", "Zhou Mei"):
        pharmacy = store.create(Customer, kind="pharmacy", name=name, city="杭州")
    for name in ("曾敏", "单志刚"):  # people: under the reading of their surname
        store.create(Customer, kind="pharmacy_contact", name=name,
                     organisation_id=pharmacy.id)
    model = CustomerTableModel(store, page_size=2)
    model.set_filter(CustomerFilter())
    while model.canFetchMore():
        model.fetchMore()
    # code point order would be 单 张 曾 李 王 阿; 曾 (ceng) and 单 (dan) are the everyday
    # readings, zeng and shan the surname's
    assert [model.row_at(i).name for i in range(model.rowCount())] == [
        "阿里", "李娜", "单志刚", "王芳", "曾敏", "张伟", "Zhou Mei"]


def test_search_as_you_type_with_pinyin_and_filters(qtbot, window, territory):
    view = window.show_view("customers")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search_edit)
    qtbot.keyClicks(view.search_edit, "zhangw")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1 and
                    view.model.row_at(0).name == "张伟", timeout=3000)
    # the first match's detail is read on the database thread too
    qtbot.waitUntil(lambda: view.detail.title_label.text() == "张伟")
    view.search_edit.clear()
    qtbot.waitUntil(lambda: view.model.rowCount() == 5)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("doctor"))
    assert {view.model.row_at(i).name for i in range(view.model.rowCount())} == {"张伟", "李娜"}
    view.city_combo.setCurrentIndex(view.city_combo.findData("上海"))
    assert view.model.rowCount() == 0
    assert "0" in view.count_label.text()


def test_a_typo_shows_close_matches_and_a_did_you_mean_that_searches_for_it(
        qtbot, window, territory):
    view = window.show_view("customers")
    qtbot.keyClicks(view.search_edit, "xeihe")
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.suggestion_label.isVisible(),
                    timeout=5000)
    assert view.model.row_at(0).name == "北京协和医院"
    assert "xiehe" in view.suggestion_label.text()
    view.suggestion_label.linkActivated.emit("suggestion")
    assert view.search_edit.text() == "xiehe"
    qtbot.waitUntil(lambda: not view.suggestion_label.isVisible())
    assert view.model.row_at(0).name == "北京协和医院"
    view.search_edit.setText("wuhanxiehe")  # nothing in 武汉 here, nothing close either
    qtbot.waitUntil(lambda: view.model.rowCount() == 0, timeout=5000)
    assert not view.suggestion_label.isVisible()


def test_detail_shows_profile_share_people_and_timeline(qtbot, window, territory):
    view = window.show_view("customers")
    view.select_customer(territory.doctor)
    detail = view.detail
    assert detail.title_label.text() == "张伟"
    assert "北京协和医院" in detail.subtitle_label.text()
    shares = [p.share for p in detail.metrics_panel.model.rows()]
    assert [round(s, 2) for s in shares] == [0.2, 0.15, 0.1]  # newest first
    [line] = detail.metrics_panel.chart.series()
    assert line.count() == 3 and round(line.at(2).y()) == 20
    view.select_customer(territory.hospital)  # a hospital's share sums its doctors'
    assert [round(p.share, 2) for p in detail.metrics_panel.model.rows()] == [0.2, 0.15, 0.1]
    people = {detail.people_model.row_at(i).name for i in range(detail.people_model.rowCount())}
    assert people == {"心内科", "张伟", "李娜"}


def test_new_customer_form_shows_translated_inline_errors_then_saves(qtbot, window, store,
                                                                     territory):
    view = window.show_view("customers")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    form = view.detail.form_dialog
    qtbot.waitUntil(form.isVisible)
    form.kind_combo.set_value("doctor")
    phone = form.editors["mobile"]
    assert isinstance(phone, QLineEdit)
    form.show_field("mobile")
    qtbot.keyClicks(phone, "12345")
    assert form.error_labels["mobile"].isVisible()
    assert "11-digit" in form.error_labels["mobile"].text()
    qtbot.mouseClick(form.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save
    assert form.isVisible()  # refused: name and hospital missing
    assert form.error_labels["name"].isVisible()
    assert form.error_labels["organisation_id"].isVisible()
    form.name_edit.setText("王芳")
    qtbot.keyClick(form.name_edit, Qt.Key.Key_End)
    form.org_combo.setCurrentIndex(form.org_combo.findData(territory.hospital))
    phone.setText("13812345678")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not form.isVisible())
    with store.read() as s:
        saved = s.exec(select(Customer).where(Customer.name == "王芳")).one()
    assert saved.kind == "doctor" and saved.mobile == "13812345678"
    assert saved.organisation_id == territory.hospital
    qtbot.waitUntil(lambda: view.detail.title_label.text() == "王芳")


def test_edit_keeps_untouched_fields(qtbot, window, store, territory):
    view = window.show_view("customers")
    view.select_customer(territory.hospital)
    qtbot.mouseClick(view.detail.edit_button, Qt.MouseButton.LeftButton)
    form = view.detail.form_dialog
    form.editors["bed_count"].setText("2100")
    form._edited("bed_count")
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not form.isVisible())
    hospital = store.get(Customer, territory.hospital)
    assert hospital.bed_count == 2100 and hospital.grade == "3A" and hospital.tier == "A"


def test_detail_models_pass_the_model_tester(qtmodeltester, window, territory):
    view = window.show_view("customers")
    view.select_customer(territory.hospital)
    qtmodeltester.check(view.model)
    for model in (view.detail.people_model, view.detail.visits_model,
                  view.detail.follow_ups_model, view.detail.complaints_model,
                  view.detail.metrics_panel.model):
        qtmodeltester.check(model)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb) -> tuple[float, float, float]:
    r, g, b = rgb
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


# How people with protanopia and deuteranopia see linear RGB (Viénot, Brettel & Mollon 1999).
DEFICIENCIES = {
    "protanopia": ((0.11238, 0.88762, 0), (0.11238, 0.88762, 0), (0.00401, -0.00401, 1)),
    "deuteranopia": ((0.29275, 0.70725, 0), (0.29275, 0.70725, 0), (-0.02234, 0.02234, 1)),
}


def test_each_drug_class_gets_a_colour_of_its_own_for_every_reader(window, store, territory):
    """Six drug classes: six colours, still apart for the common colour vision deficiencies
    (Qt's default theme has five, so the sixth came back in the first one's blue)."""
    with store.write() as w:
        for n, drug_class in enumerate(("降压药", "降脂药", "降糖药", "抗凝药", "抗感染药",
                                        "抗肿瘤药")):
            w.create(CustomerMetric, customer_id=territory.doctor2, period="2026-01",
                     drug_class=drug_class, total_prescriptions=100, our_prescriptions=10 + n,
                     territory_id="terr-1")
    view = window.show_view("customers")
    view.select_customer(territory.doctor2)
    lines = view.detail.metrics_panel.chart.series()
    colours = [line.pen().color() for line in lines]
    assert len(lines) == 6 and len({c.name() for c in colours}) == 6
    linear = [tuple(_linear(v) for v in (c.red(), c.green(), c.blue())) for c in colours]
    for name, matrix in DEFICIENCIES.items():
        seen = [_lab([min(1, max(0, sum(m * v for m, v in zip(row, rgb, strict=True))))
                      for row in matrix]) for rgb in linear]
        closest = min(math.dist(a, b) for a, b in itertools.combinations(seen, 2))
        assert closest > 15, name  # ΔE*ab: clearly different lines
