"""The customer form (issue 16): every field the detail shows can be filled, each with the
editor its type wants, and stored; a phone shows the numbers read from it; a boolean left
unknown stays unknown; and with 30 fields the dialog still fits 1280×800 in both
languages."""

from __future__ import annotations

from datetime import date

import pytest
from fit import cut_off
from PySide6.QtWidgets import QApplication, QLabel

from desktop.domain import customer_profile
from desktop.models import Customer, validation
from desktop.models.enums import CustomerKind
from desktop.ui.customers.field_editors import BooleanEditor, DateEditor, LongTextEditor

# Values that pass the field's rules, by field and else by editor type.
SAMPLES = {"postal_code": "430022", "phone": "027-85726114", "mobile": "13812345678",
           "fax": "027-85726115", "email": "xiehe@example.com", "birth_month": 5,
           "birth_year": 1970, "website": "https://www.whuh.example", "code": "HB-0001"}
BY_TYPE = {"text": "值", "long_text": "第一行\n第二行", "integer": 12, "boolean": True,
           "date": date(2020, 5, 17)}
MESSY_PHONE = "（白天）0592-5911111-8120（晚间）0592-8570120"


def _sample(name: str):
    if name in SAMPLES:
        return SAMPLES[name]
    kind = customer_profile.editor_type(name)
    if kind == "enum":
        return next(iter(validation.ENUM_FIELDS["customer"][name])).value
    return BY_TYPE[kind]


def _open_new_form(qtbot, window, kind: str):
    view = window.show_view("customers")
    view.detail.create_customer()
    form = view.detail.form_dialog
    qtbot.waitUntil(form.isVisible)
    form.kind_combo.set_value(kind)
    return view, form


def _type(editor, text: str) -> None:
    """Text typed into a line edit (QTest types ASCII only)."""
    editor.setText(text)
    editor.textEdited.emit(text)


def _fill(form, name: str, value) -> None:
    form.editors[name].set_value(value)
    form._edited(name)


@pytest.mark.parametrize("kind", [k.value for k in CustomerKind])
def test_every_field_of_every_kind_is_filled_through_the_form_and_stored(
        qtbot, window, store, territory, kind):
    view, form = _open_new_form(qtbot, window, kind)
    assert set(customer_profile.profile_fields(kind)) <= set(form.editors)
    organisation = territory.pharmacy if kind == "pharmacy_contact" else territory.hospital
    form.name_edit.setText(f"新{kind}")
    form.org_combo.setCurrentIndex(max(0, form.org_combo.findData(organisation)))
    wanted = {name: _sample(name) for name in customer_profile.form_fields(kind)}
    for name, value in wanted.items():
        _fill(form, name, value)
    form.save()
    assert form.summary.text() == "" and not form.isVisible(), form.summary.text()
    saved = store.get(Customer, form.saved_id)
    assert {name: getattr(saved, name) for name in wanted} == {
        n: (v.strip() if isinstance(v, str) else v) for n, v in wanted.items()}


def test_each_type_gets_its_editor_and_a_hospital_keeps_its_committees(qtbot, window, store,
                                                                        territory):
    view, form = _open_new_form(qtbot, window, "hospital")
    assert isinstance(form.editors["drug_committee"], LongTextEditor)
    assert isinstance(form.editors["customer_since"], DateEditor)
    assert form.editors["customer_since"].value() is None  # empty until a date is picked
    assert form.editors["grade"].count() == len(validation.ENUM_FIELDS["customer"]["grade"]) + 1
    form.name_edit.setText("华中科技大学同济医学院附属协和医院")
    for name, value in (("code", "HB-WH-0001"), ("alias", "协和医院;武汉协和"),
                        ("grade", "3A"), ("ownership", "public"),
                        ("drug_committee", "主任委员：张伟（院长）\n委员：李娜（药剂科主任）"),
                        ("device_committee", "王强（设备处处长）"),
                        ("department_phones", "心内科 027-85726114\n急诊科 027-85726120"),
                        ("organisation_structure", "院长 → 医务处 → 临床科室"),
                        ("customer_since", date(2019, 3, 1)), ("bed_count", 5000)):
        _fill(form, name, value)
    form.editors["staff_count"].setText("12a")
    form._edited("staff_count")
    form.save()
    assert form.isVisible()  # refused: not a whole number, shown on its tab
    assert form.tabs.currentIndex() == 0 and form.error_labels["staff_count"].isVisible()
    assert not form.tabs.tabIcon(0).isNull() and form.tabs.tabIcon(1).isNull()  # marked
    assert "whole number" in form.error_labels["staff_count"].text()
    form.editors["staff_count"].setText("")
    form._edited("staff_count")
    form.save()
    saved = store.get(Customer, form.saved_id)
    assert (saved.code, saved.alias, saved.grade, saved.ownership) == (
        "HB-WH-0001", "协和医院;武汉协和", "3A", "public")
    assert saved.drug_committee.splitlines() == ["主任委员：张伟（院长）", "委员：李娜（药剂科主任）"]
    assert saved.customer_since == date(2019, 3, 1) and saved.staff_count is None
    assert saved.organisation_structure == "院长 → 医务处 → 临床科室"


def test_a_messy_phone_shows_its_numbers_saves_and_the_detail_reads_both(qtbot, window,
                                                                          store, territory):
    view, form = _open_new_form(qtbot, window, "hospital")
    form.name_edit.setText("厦门大学附属第一医院（思明院区）")
    form.show_field("phone")
    _type(form.editors["phone"], MESSY_PHONE)
    numbers, doubtful = form.phone_labels["phone"]
    assert numbers.isVisible() and not doubtful.isVisible()
    assert "0592 591 1111" in numbers.text() and "0592 857 0120" in numbers.text()
    assert "8120" in numbers.text() and "白天" in numbers.text()
    form.save()
    assert not form.isVisible(), form.error_labels["phone"].text()
    saved = store.get(Customer, form.saved_id)
    assert saved.phone == MESSY_PHONE  # kept as written
    view.select_customer(saved.id)
    qtbot.waitUntil(lambda: MESSY_PHONE in _profile_texts(view.detail))
    texts = _profile_texts(view.detail)
    read = next(t for t in texts if "0592 591 1111" in t)
    assert "0592 857 0120" in read and " · " in read


def test_a_doubtful_phone_warns_without_blocking(qtbot, window, store, territory):
    view, form = _open_new_form(qtbot, window, "pharmacy")
    form.name_edit.setText("老百姓大药房（解放大道店）")
    form.show_field("phone")
    _type(form.editors["phone"], "027-85726114、分机待补充 12")
    numbers, doubtful = form.phone_labels["phone"]
    assert numbers.isVisible() and "027 8572 6114" in numbers.text()
    _type(form.editors["phone"], "010-8232 6666-2301")
    assert doubtful.isVisible() and "010-8232" in doubtful.text()


def test_a_boolean_left_unknown_stays_unknown(qtbot, window, store, territory):
    view, form = _open_new_form(qtbot, window, "distributor")
    form.name_edit.setText("国药控股湖北有限公司")
    assert isinstance(form.editors["gsp_certified"], BooleanEditor)
    assert form.editors["gsp_certified"].value() is None
    _fill(form, "registered_capital_wan", 50000)
    form.save()
    saved = store.get(Customer, form.saved_id)
    assert saved.gsp_certified is None and saved.registered_capital_wan == 50000
    store.update(Customer, saved.id, {"gsp_certified": True, "dedicated_counter": False})
    view.select_customer(saved.id)
    view.detail.edit_customer()
    form = view.detail.form_dialog
    assert form.editors["gsp_certified"].value() is True
    _fill(form, "gsp_certified", None)  # back to unknown
    form.save()
    assert store.get(Customer, saved.id).gsp_certified is None


def test_editing_keeps_a_stored_value_no_editor_offers(qtbot, window, store, territory):
    """An untouched field keeps its stored value even where its editor cannot show it
    (an empty text, spaces around one)."""
    store.update(Customer, territory.hospital, {"alias": "", "notes": "  前后有空格  "})
    view = window.show_view("customers")
    view.select_customer(territory.hospital)
    view.detail.edit_customer()
    form = view.detail.form_dialog
    _fill(form, "bed_count", 2100)
    form.save()
    hospital = store.get(Customer, territory.hospital)
    assert hospital.bed_count == 2100 and hospital.notes == "  前后有空格  "
    assert hospital.alias == ""


def _profile_texts(detail) -> list[str]:
    """The texts the detail's profile tab shows, top to bottom."""
    labels = [w for w in detail.tabs.widget(0).findChildren(QLabel) if not w.isHidden()]
    return [w.text() for w in sorted(labels, key=lambda w: (w.y(), w.x()))]


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_form_fits_1280x800_on_every_tab_of_every_kind(qtbot, bilingual_window, languages,
                                                            language):
    languages.switch(language)
    bilingual_window.resize(1280, 800)
    problems = []
    for kind in ("hospital", "doctor", "pharmacy", "distributor", "pharmacy_contact",
                 "department", "patient"):
        view, form = _open_new_form(qtbot, bilingual_window, kind)
        form.save()  # every message shown
        for tab in range(form.tabs.count()):
            form.tabs.setCurrentIndex(tab)
            _settle(qtbot)
            size = form.frameGeometry().size()
            if size.width() > 1280 or size.height() > 760:
                problems.append(f"{kind}: {size.width()}x{size.height()}")
            bar = form.tabs.widget(tab).horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                problems.append(f"{kind} tab {tab}: scrolls sideways by {bar.maximum()}px")
            problems += [f"{kind} tab {tab}: {p}" for p in cut_off(form)]
        form.close()
        form.deleteLater()
    assert not problems, "cut off:\n" + "\n".join(problems)


def test_the_detail_shows_code_alias_and_a_phone_as_read_in_sections(qtbot, window, store,
                                                                      territory):
    store.update(Customer, territory.hospital, {
        "code": "YY110001", "alias": "中国医学科学院北京协和医院;协和医院",
        "phone": "010-69156114-8120", "drug_committee": "主任委员：张伟（院长）"})
    view = window.show_view("customers")
    view.select_customer(territory.hospital)
    qtbot.waitUntil(lambda: view.detail.title_label.text() == "北京协和医院")
    qtbot.waitUntil(lambda: "YY110001" in _profile_texts(view.detail))
    texts = _profile_texts(view.detail)
    assert {"YY110001", "中国医学科学院北京协和医院;协和医院", "010-69156114-8120",
            "主任委员：张伟（院长）"} <= set(texts)
    assert "010 6915 6114 ext. 8120" in texts  # the number as read, beside it as written
    assert {"Profile", "Contact", "Organisation and purchasing"} <= set(texts)
    assert texts.index("Customer code") < texts.index("Alias") < texts.index("Contact")


def test_every_field_of_the_form_has_a_label_of_its_own():
    from desktop.ui.common.texts import EXTRA_FIELD_LABELS

    for kind in CustomerKind:
        for name in customer_profile.HEADER_FIELDS + customer_profile.form_fields(kind):
            assert name in EXTRA_FIELD_LABELS or name in validation.FIELD_LABELS, name
