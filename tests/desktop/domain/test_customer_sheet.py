"""The customer spreadsheet's columns: headers in either language (or a list's own words)
find their column, cells read as their field's value, and what is exported reads back."""

from datetime import date, datetime

import pytest

from desktop.domain.customer_sheet import (
    COLUMNS,
    CellError,
    enum_value,
    format_cell,
    header_map,
    name_key,
    parse_cell,
)


def test_headers_in_either_language_and_a_lists_own_words():
    mapping, unknown = header_map(["客户编码", "Name", " 类型* ", "ＰＨＯＮＥ", "床位", "传真",
                                   "备注", "名称", "颜色"])
    assert mapping == {0: "code", 1: "name", 2: "kind", 3: "phone", 4: "bed_count", 5: "fax",
                       6: "notes"}
    assert unknown == ["名称", "颜色"]  # a second name column is not read twice


def test_hospital_name_is_the_name_in_a_hospital_list_and_the_organisation_in_a_doctor_list():
    assert header_map(["医院名称", "类型"])[0] == {0: "name", 1: "kind"}
    assert header_map(["姓名", "医院名称", "类型"])[0] == {0: "name", 1: "organisation",
                                                      2: "kind"}


def test_every_header_of_both_languages_finds_its_column():
    for language in ("en", "zh_CN"):
        mapping, unknown = header_map([c.header(language) for c in COLUMNS])
        assert unknown == [] and list(mapping.values()) == [c.key for c in COLUMNS]


@pytest.mark.parametrize("key,cell,value", [
    ("kind", "医院", "hospital"), ("kind", "Pharmacy Contact", "pharmacy_contact"),
    ("kind", "店员", "pharmacy_contact"), ("grade", "三甲", "3A"), ("grade", "三级甲等", "3A"),
    ("grade", "3级乙等", "3B"), ("tier", "a", "A"), ("gender", "女", "female"),
    ("bed_count", "1,200", 1200), ("bed_count", 800.0, 800), ("bed_count", "１２００", 1200),
    ("dedicated_counter", "是", True), ("gsp_certified", "no", False),
    ("customer_since", "2020年5月1日", date(2020, 5, 1)),
    ("customer_since", datetime(2020, 5, 1, 8, 0), date(2020, 5, 1)),
    ("postal_code", 430022, "430022"), ("name", "  协和医院 ", "协和医院"), ("notes", " ", None),
])
def test_cells_read_as_their_fields_value(key, cell, value):
    assert parse_cell(key, cell) == value


@pytest.mark.parametrize("key,cell,message", [
    ("bed_count", "约800", "'约800' is not a whole number"),
    ("bed_count", 12.5, "12.5 is not a whole number"),
    ("customer_since", "2020-02-30", "'2020-02-30' is not a date on the calendar"),
    ("customer_since", "去年", "'去年' is not a date written YYYY-MM-DD"),
    ("dedicated_counter", "也许", "'也许' is neither yes/是 nor no/否"),
    ("kind", "诊所", "'诊所' is not one of: hospital/医院, department/科室, doctor/医生, "
                     "pharmacy/药店, pharmacy contact/药店联系人, distributor/医药商业公司, "
                     "patient/患者"),
])
def test_a_cell_that_cannot_be_read_says_what_is_wrong_with_it(key, cell, message):
    with pytest.raises(CellError) as error:
        parse_cell(key, cell)
    assert str(error.value) == message


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_an_exported_value_reads_back(language):
    for key, value in (("kind", "pharmacy_contact"), ("grade", "3A"), ("gender", "male"),
                       ("ownership", "private"), ("dedicated_counter", True),
                       ("lifecycle_stage", "at_risk")):
        assert parse_cell(key, format_cell(key, value, language)) == value
    assert enum_value("credit_rating", "aa") == "AA"


def test_names_compare_without_width_spaces_or_case():
    assert name_key("协和医院（西院区）") == name_key("协和医院 (西院区)")
    assert name_key("ＡＢＣ 药房") == name_key("abc药房")
    assert name_key(None) == ""
