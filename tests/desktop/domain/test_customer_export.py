"""The customer export as the person opening it in Excel or WPS sees it: every column of the
customer spreadsheet in the file's language, values written the way the import reads them,
codes and phones as text, dates as dates, the header row frozen, no formula anywhere, and
the latest month's figures after the profile."""

from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from desktop.domain import customer_list
from desktop.domain.customer_export import FIGURES
from desktop.domain.customer_list import CustomerFilter
from desktop.domain.customer_sheet import COLUMNS
from desktop.models import Customer, CustomerMetric

HOSTILE_NAME = '=HYPERLINK("http://x","y")'


@pytest.fixture
def archive(store):
    with store.write() as w:
        hospital = w.create(Customer, kind="hospital", name="武汉协和医院", code="00123",
                            phone="027-85726114", grade="3A", postal_code="430022",
                            customer_since=date(2019, 3, 1), bed_count=5000, tier="A")
        department = w.create(Customer, kind="department", name="心内科",
                              organisation_id=hospital.id)
        doctor = w.create(Customer, kind="doctor", name=HOSTILE_NAME, alias="+86 138 0013 8000",
                          organisation_id=hospital.id, department_id=department.id,
                          gender="female", mobile="13800138000")
        w.create(Customer, kind="pharmacy", name="大参林药店", dedicated_counter=False,
                 tier="C", city="武汉")
        w.create(Customer, kind="distributor", name="九州通", gsp_certified=True, tier="C")
        for period, drug_class, total, ours, outpatient in (
                ("2026-08", "他汀", 900, 90, None), ("2026-09", "他汀", 300, 30, None),
                ("2026-09", "降压", 100, 70, None), ("2026-09", None, None, None, 620)):
            w.create(CustomerMetric, customer_id=doctor.id, period=period,
                     drug_class=drug_class, total_prescriptions=total,
                     our_prescriptions=ours, outpatient_volume=outpatient,
                     purchase_amount=10.0 if drug_class else None)
    return hospital, department, doctor


def export(store, tmp_path, language, flt=CustomerFilter()):
    path = tmp_path / f"customers-{language}.xlsx"
    count = customer_list.export_customers(store, flt, path, language)
    return count, path, load_workbook(path).active


def by_name(sheet) -> dict[str, dict]:
    rows = list(sheet.iter_rows())
    header = [c.value for c in rows[0]]
    return {row[1].value: dict(zip(header, row, strict=True)) for row in rows[1:]}


def formulas(path) -> list[str]:
    with zipfile.ZipFile(path) as book:
        return [n for n in book.namelist()
                if n.startswith("xl/worksheets/") and b"<f>" in book.read(n)]


def test_chinese_file_has_every_column_and_values_in_chinese(store, archive, tmp_path):
    count, path, sheet = export(store, tmp_path, "zh_CN")
    assert count == 5
    header = [c.value for c in next(sheet.iter_rows())]
    assert header == [c.chinese for c in COLUMNS] + [f.chinese for f in FIGURES]
    rows = by_name(sheet)
    hospital, doctor = rows["武汉协和医院"], rows[HOSTILE_NAME]
    assert hospital["类型"].value == "医院" and hospital["医院级别"].value == "三级甲等"
    assert hospital["床位数"].value == 5000 and hospital["客户分级"].value == "A"
    assert doctor["性别"].value == "女" and doctor["所属机构"].value == "武汉协和医院"
    assert doctor["科室"].value == "心内科"
    assert rows["心内科"]["所属机构"].value == "武汉协和医院"  # a department's hospital
    assert rows["大参林药店"]["专柜"].value == "否" and rows["九州通"]["GSP认证"].value == "是"
    assert doctor["医院级别"].value is None and doctor["床位数"].value is None  # not a doctor's


def test_english_file_writes_codes_and_english_words(store, archive, tmp_path):
    _count, _path, sheet = export(store, tmp_path, "en")
    header = [c.value for c in next(sheet.iter_rows())]
    assert header == [c.english for c in COLUMNS] + [f.english for f in FIGURES]
    rows = by_name(sheet)
    assert rows["武汉协和医院"]["Hospital grade"].value == "3A"
    assert rows["武汉协和医院"]["Kind"].value == "hospital"
    assert rows[HOSTILE_NAME]["Gender"].value == "female"
    assert rows["九州通"]["GSP certified"].value == "yes"
    assert sheet.title == "Customers"


def test_codes_and_phones_stay_text_and_dates_are_dates(store, archive, tmp_path):
    _count, _path, sheet = export(store, tmp_path, "zh_CN")
    hospital = by_name(sheet)["武汉协和医院"]
    for header, text in (("客户编码", "00123"), ("电话", "027-85726114"), ("邮编", "430022")):
        cell = hospital[header]
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.number_format == "@"  # typed over in Excel, still text
    assert by_name(sheet)[HOSTILE_NAME]["手机"].value == "13800138000"
    since = hospital["合作起始日期"]
    assert since.is_date and since.value == datetime(2019, 3, 1)
    assert since.number_format == "yyyy-mm-dd"


def test_formula_like_text_is_text_and_no_cell_is_a_formula(store, archive, tmp_path):
    _count, path, sheet = export(store, tmp_path, "en")
    doctor = by_name(sheet)[HOSTILE_NAME]
    for header, text in (("Name", HOSTILE_NAME), ("Alias", "+86 138 0013 8000")):
        cell = doctor[header]
        assert (cell.value, cell.data_type) == (text, "s") and cell.quotePrefix
    assert formulas(path) == []


def test_latest_month_figures_are_summed_over_drug_classes(store, archive, tmp_path):
    _count, _path, sheet = export(store, tmp_path, "en")
    rows = by_name(sheet)
    doctor = rows[HOSTILE_NAME]
    assert doctor["Latest month with figures"].value == "2026-09"
    assert doctor["Outpatient visits"].value == 620
    assert (doctor["Total prescriptions"].value, doctor["Our prescriptions"].value) == (400, 100)
    assert doctor["Prescription share"].value == pytest.approx(0.25)
    assert doctor["Prescription share"].number_format == "0.0%"
    assert doctor["Purchases"].value == pytest.approx(20.0)
    assert doctor["Sales"].value is None  # never reported: empty, not 0
    assert all(rows["武汉协和医院"][f.english].value is None for f in FIGURES)


def test_header_row_is_frozen_and_columns_are_readable(store, archive, tmp_path):
    _count, _path, sheet = export(store, tmp_path, "zh_CN")
    assert sheet.freeze_panes == "A2"
    assert all(c.font.bold for c in next(sheet.iter_rows()))
    widths = {k: d.width for k, d in sheet.column_dimensions.items()}
    assert widths["B"] >= 20 and widths["L"] >= 30  # name, address
    assert min(widths.values()) >= 8


def test_export_of_a_filter_holds_exactly_the_customers_it_selects(store, archive, tmp_path):
    assert export(store, tmp_path, "en", CustomerFilter(tier="C"))[0] == 2
    _count, _path, sheet = export(store, tmp_path, "en", CustomerFilter(text="协和"))
    assert set(by_name(sheet)) == {"武汉协和医院", "心内科", HOSTILE_NAME}
    count, _path, sheet = export(store, tmp_path, "en", CustomerFilter(kind="pharmacy",
                                                                       city="武汉"))
    assert count == 1 and set(by_name(sheet)) == {"大参林药店"}


def test_deleted_customers_are_left_out(store, archive, tmp_path):
    hospital, _department, _doctor = archive
    store.delete(Customer, hospital.id)
    _count, _path, sheet = export(store, tmp_path, "en")
    assert "武汉协和医院" not in by_name(sheet)
