"""A customer's figures beyond share (outpatient visits, purchases, sales, figures per
product), a rep's entry and correction of a month on the laptop (queued for the server),
and the figures spreadsheet reader the import and the demo share."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from domainhelpers import T_WUHAN
from sqlmodel import select

from desktop.domain import figures_entry, metrics_sheet
from desktop.domain.prescription_share import customer_figures
from desktop.models import CustomerMetric


def _values(field, period="2026-03", drug_class=None, product_id=None, **texts):
    figures, problems = figures_entry.parse_figures(texts)
    assert not problems, problems
    return {"customer_id": field.xiehe_west, "period": period, "drug_class": drug_class,
            "product_id": product_id, **figures}


def test_a_hospital_s_own_figures_and_its_doctors_prescriptions(store, field):
    with store.write() as w:
        for period, visits, bought in (("2026-02", 40_000, 5_000_000.0),
                                       ("2026-03", 52_000, 6_100_000.5)):
            w.create(CustomerMetric, customer_id=field.xiehe_west, period=period,
                     outpatient_volume=visits, purchase_amount=bought, territory_id="t")
        w.create(CustomerMetric, customer_id=field.zhang_wh, period="2026-03",
                 drug_class="降压药", total_prescriptions=100, our_prescriptions=30,
                 territory_id="t")
        w.create(CustomerMetric, customer_id=field.xiehe_west, period="2026-03",
                 drug_class="降压药", product_id=field.amlodipine, sales_amount=800.0,
                 territory_id="t")
    figures = customer_figures(store, field.xiehe_west, months=2)
    assert figures.periods == ["2026-02", "2026-03"]
    [outpatient] = figures.series["outpatient_volume"]
    assert outpatient.label is None and [p.value for p in outpatient.points] == [40_000, 52_000]
    [sales] = figures.series["sales_amount"]
    assert sales.label == "安立平" and [p.value for p in sales.points] == [None, 800.0]
    [share] = figures.share  # the hospital has no prescriptions of its own: its doctors'
    assert share.drug_class == "降压药" and share.points[-1].value == 0.3
    assert [p.value for p in figures.series["our_prescriptions"][0].points] == [None, 30]
    march = {(m.drug_class, m.product): m for m in figures.table if m.period == "2026-03"}
    assert march[(None, None)].outpatient_volume == 52_000
    assert march[(None, None)].purchase_amount == 6_100_000.5
    assert march[("降压药", None)].share == 0.3
    assert march[("降压药", "安立平")].sales_amount == 800.0
    assert not figures.has("clinic_days") and figures.has("purchase_amount")


def test_the_same_month_entered_on_two_laptops_counts_once(store, field):
    for ours in (30, 45):  # the second was changed last
        store.create(CustomerMetric, customer_id=field.zhang_wh, period="2026-03",
                     drug_class="降压药", total_prescriptions=100, our_prescriptions=ours,
                     territory_id="t")
    figures = customer_figures(store, field.zhang_wh, months=1)
    assert [m.our_prescriptions for m in figures.table] == [45]
    assert figures.share[0].points[0].value == 0.45


def test_a_rep_enters_a_month_then_corrects_it_and_both_wait_to_be_pushed(store, field,
                                                                         outbox):
    values = _values(field, drug_class="降压药", total_prescriptions="120",
                     our_prescriptions="30")
    assert figures_entry.figure_errors(values) == []
    row_id = figures_entry.save_figures(store, values)
    stored = figures_entry.stored_figures(store, field.xiehe_west, "2026-03", "降压药", None)
    assert stored["total_prescriptions"] == 120 and stored["our_prescriptions"] == 30
    assert store.get(CustomerMetric, row_id).territory_id == T_WUHAN  # the customer's
    corrected = _values(field, drug_class="降压药", total_prescriptions="120",
                        our_prescriptions="36")
    assert figures_entry.save_figures(store, corrected) == row_id  # the same month corrected
    assert [e.op for e in outbox(row_id)] == ["create", "update"]
    assert figures_entry.stored_figures(store, field.xiehe_west, "2026-03", None, None) is None
    with store.read() as s:
        assert len(s.exec(select(CustomerMetric)).all()) == 1


def test_the_form_s_checks(field):
    _figures, problems = figures_entry.parse_figures({"outpatient_volume": "12.5",
                                                      "sales_amount": "abc"})
    assert {(p.field, p.template) for p in problems} == {
        ("outpatient_volume", figures_entry.MSG_NOT_WHOLE),
        ("sales_amount", figures_entry.MSG_NOT_NUMBER)}
    errors = figures_entry.figure_errors(_values(field, total_prescriptions="10",
                                                 our_prescriptions="20"))
    assert [e.field for e in errors] == ["our_prescriptions"]
    errors = figures_entry.figure_errors(_values(field, outpatient_volume="-3"))
    assert [e.rule for e in errors] == ["non_negative"]
    assert [e.field for e in figures_entry.figure_errors(_values(field))] == ["figures"]


def test_the_choices_are_the_products_and_their_drug_classes(store, field):
    choices = figures_entry.entry_choices(store)
    assert choices.drug_classes == ["调脂药", "降压药"]
    assert ("安立平", "降压药") in [(name, c) for _i, name, c in choices.products]


@pytest.mark.parametrize("cell, period", [
    ("2026-03", "2026-03"), ("2026/3", "2026-03"), ("2026年3月", "2026-03"),
    ("2026.03", "2026-03"), (" 2026 年 3 月 ", "2026-03"), ("202603", "2026-03"),
    (202603.0, "2026-03"), ("2026-03-01", "2026-03"), (datetime(2026, 3, 1), "2026-03"),
    (date(2025, 12, 31), "2025-12"), ("2026-13", None), ("March", None), ("26-3", None),
    (2026.1, None), ("2026.10", "2026-10"),
])
def test_months_are_read_as_people_write_them(cell, period):
    assert metrics_sheet.parse_month(cell) == period


def _reader(header):
    customers = metrics_sheet.CustomerIndex([
        metrics_sheet.CustomerRef("c1", "王芳", "t1", "H-1", "协和医院", "北京"),
        metrics_sheet.CustomerRef("c2", "王芳", "t1", None, "同仁医院", "北京"),
        metrics_sheet.CustomerRef("c3", "协和医院", "t1", "H-9", "协和医院", "北京")])
    products = metrics_sheet.ProductIndex([metrics_sheet.ProductRef("p1", "安立平", "降压药")])
    return metrics_sheet.SheetReader(header, customers, products)


def test_the_reader_names_the_customer_by_code_or_by_name_organisation_and_city():
    reader = _reader(["Month", "Customer", "Hospital", "City", "Product", "Sales"])
    row = reader.read(2, ["2026-03", "王 芳", "协和医院", "北京市", "安立平", "¥1,250.5"])
    assert (row.customer_id, row.drug_class, row.product_id, row.figures) == (
        "c1", "降压药", "p1", {"sales_amount": 1250.5})
    rejected = reader.read(3, ["2026-03", "王芳", None, "北京", None, "1"])
    assert rejected.month is None  # which 王芳 is not known
    [problem] = rejected.problems
    assert problem.template == metrics_sheet.MSG_AMBIGUOUS and problem.params["count"] == 2
    assert "give the code or the organisation and city" in problem.text()
    coded = _reader(["客户编码", "月份", "药品类别", "门诊量"])
    assert coded.read(2, ["h-9", "2026年3月", None, 100]).customer_id == "c3"
    assert coded.read(3, [None, None, None, None]) is None  # an empty row is skipped
    rejected = _reader(["月份", "客户", "产品", "销售额"]).read(4, ["2026-03", "协和医院",
                                                                  "洛活喜", 5])
    assert (rejected.month, rejected.line) == (("c3", "2026-03"), None)
    [problem] = rejected.problems
    assert problem.text() == "产品: there is no product '洛活喜' in the product list."
    rejected = _reader(["月份", "客户", "药品类别", "处方总量"]).read(5, ["2026-03", "协和医院",
                                                                     "降压药", -1])
    assert (rejected.month, rejected.line) == (("c3", "2026-03"), ("降压药", None))


def test_a_customer_is_found_by_an_alias_or_a_bracketed_other_name():
    """Sales lists name hospitals as their own systems do: a nickname, the old name, or the
    official name with another in brackets; each reaches the one customer."""
    customers = metrics_sheet.CustomerIndex([
        metrics_sheet.CustomerRef("h1", "武汉市第一医院", "t1", None, "武汉市第一医院", "武汉",
                                  ("武汉市中西医结合医院",), ("武汉市中西医结合医院",)),
        metrics_sheet.CustomerRef("d1", "李娜", "t1", None, "武汉市第一医院", "武汉", (),
                                  ("武汉市中西医结合医院",)),
        metrics_sheet.CustomerRef("h2", "北京大学第三医院", "t2", None, "北京大学第三医院", "北京",
                                  ("北医三院",), ("北医三院",))])
    products = metrics_sheet.ProductIndex([])
    reader = metrics_sheet.SheetReader(["月份", "客户", "所属医院", "城市", "销售额"],
                                       customers, products)
    assert reader.read(2, ["2026-03", "北医三院", None, "北京", 10]).customer_id == "h2"
    assert reader.read(3, ["2026-03", "武汉市中西医结合医院", None, "武汉市", 10]).customer_id \
        == "h1"
    assert reader.read(4, ["2026-03", "武汉市第一医院（武汉市中西医结合医院）", None, "武汉",
                           10]).customer_id == "h1"
    assert reader.read(5, ["2026-03", "李娜", "武汉市中西医结合医院", "武汉", 10]).customer_id \
        == "d1"
    unknown = reader.read(6, ["2026-03", "李娜", "同济医院", "武汉", 10])
    assert unknown.month is None and unknown.problems[0].template == metrics_sheet.MSG_NO_MATCH
