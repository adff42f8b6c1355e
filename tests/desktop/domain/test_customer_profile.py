"""A customer's profile without widgets: the fields each kind shows, the form's errors, and
saving (a creation, then updates that send only what changed)."""

from __future__ import annotations

import pytest
from domainhelpers import XIEHE_WEST

from desktop.domain import customer_profile
from desktop.domain.customer_list import CustomerFilter, search_rows
from desktop.models import Customer, row_values
from desktop.models.enums import CustomerKind
from desktop.models.validation import ValidationError

COLUMNS = set(Customer.__table__.columns.keys())
TONGJI = "华中科技大学同济医学院附属同济医院（光谷院区）"


def _errors(values):
    return {(e.field, e.rule) for e in customer_profile.form_errors(values)}


@pytest.mark.parametrize("kind", list(CustomerKind))
def test_every_kind_shows_real_fields_and_the_notes_last(kind):
    shown = customer_profile.profile_fields(kind)
    assert set(shown) <= COLUMNS and set(customer_profile.form_fields(kind)) <= COLUMNS
    assert shown[-1] == "notes" and len(shown) == len(set(shown))


def test_each_kind_shows_its_own_profile():
    hospital = customer_profile.profile_fields("hospital")
    doctor = customer_profile.profile_fields("doctor")
    assert {"grade", "bed_count", "drug_admission_process", "phone"} <= set(hospital)
    assert "best_time_to_call" not in hospital and "bed_count" not in doctor
    assert doctor[:5] == ("code", "alias", "title", "position", "best_time_to_call")
    assert {"gsp_certified", "registered_capital_wan"} <= set(
        customer_profile.profile_fields("distributor"))
    patient = customer_profile.profile_fields("patient")
    assert not {"phone", "mobile", "address", "email"} & set(patient)  # privacy
    assert customer_profile.form_fields("patient") == (
        "code", "alias", "patient_code", "birth_year", "gender", "consent_recorded", "province",
        "city", "notes")
    assert customer_profile.organisation_kind_for("doctor") == ("hospital",)
    assert customer_profile.organisation_kind_for("pharmacy_contact") == ("pharmacy",)
    assert customer_profile.organisation_kind_for("hospital") == ()


def test_form_errors_name_every_problem_and_accept_a_missing_phone(field):
    assert _errors({"kind": "doctor", "name": "陈静", "organisation_id": field.first_hospital,
                    "phone": None, "mobile": ""}) == set()
    assert _errors({"kind": "doctor", "name": "陈静"}) == {("organisation_id", "required")}
    problems = customer_profile.form_errors(
        {"kind": "hospital", "name": TONGJI, "phone": "暂无", "postal_code": "43003"})
    assert {(e.field, e.rule) for e in problems} == {("phone", "phone"),
                                                     ("postal_code", "postal_code")}
    assert "must contain a phone number, e.g. 010-69156114" in next(
        e.message for e in problems if e.field == "phone")
    assert _errors({"kind": "patient", "name": "患者0012", "phone": "13907112345"}) == {
        ("phone", "patient_privacy")}
    assert _errors({"kind": "hospital", "name": " "}) == {("name", "required")}
    assert _errors({"kind": "hospital", "name": "医" * 121}) == {("name", "too_long")}


def test_save_creates_then_sends_only_the_changed_fields(store, field, outbox):
    form = {"kind": "hospital", "name": TONGJI, "grade": "3A", "bed_count": 1000,
            "city": "武汉", "address": "高新大道501号", "postal_code": "430200", "phone": None,
            "territory_id": "t-wh"}
    hospital_id = customer_profile.save_customer(store, form)
    created, = outbox(hospital_id)
    assert created.op == "create" and created.changes["name"] == TONGJI

    customer_profile.save_customer(store, {**form, "bed_count": 1200, "phone": "027-83663333"},
                                   hospital_id)
    updated = outbox(hospital_id)[-1]
    assert (updated.op, updated.changes) == ("update", {"bed_count": 1200,
                                                        "phone": "027-83663333"})
    stored = customer_profile.customer(store, hospital_id)
    assert (stored.bed_count, stored.phone, stored.grade) == (1200, "027-83663333", "3A")
    assert [r.id for r in search_rows(store, CustomerFilter(text="8366"))] == [hospital_id]

    customer_profile.save_customer(store, {**form, "bed_count": 1200, "phone": "027-83663333"},
                                   hospital_id)
    assert len(outbox(hospital_id)) == 2  # nothing changed, nothing to send


def test_an_invalid_change_is_refused_and_keeps_the_profile(store, field, outbox):
    before = row_values(customer_profile.customer(store, field.xiehe_west))
    pending = len(outbox())
    with pytest.raises(ValidationError) as refused:
        customer_profile.save_customer(store, {"phone": "转分机", "bed_count": -5},
                                       field.xiehe_west)
    assert set(refused.value.fields) == {"phone", "bed_count"}
    assert row_values(customer_profile.customer(store, field.xiehe_west)) == before
    assert len(outbox()) == pending


def test_the_people_of_a_hospital_and_of_a_department(store, field):
    members = customer_profile.organisation_members(store, field.xiehe_west)
    assert [(c.kind, c.name) for c in members] == [
        ("department", "心血管内科"), ("doctor", "刘芳"), ("doctor", "张伟")]
    assert {c.city for c in members} == {"武汉"}  # not 张伟 of Changsha
    assert [c.name for c in customer_profile.organisation_members(store, field.cardio)] == [
        "刘芳", "张伟"]
    assert customer_profile.departments_of(store, field.xiehe_west) == [
        (field.cardio, "心血管内科")]
    assert customer_profile.departments_of(store, field.first_hospital) == []
    assert customer_profile.customer(store, field.xiehe_west).name == XIEHE_WEST


@pytest.mark.parametrize("kind", list(CustomerKind))
def test_every_field_the_detail_shows_can_be_filled_in_the_form(kind):
    """Issue 16: a field shown read-only that no one can fill is a defect. Every field the
    detail shows is in the form, and so is every static field the customer spreadsheet
    describes the kind with (../shared/domain.md's lists)."""
    from desktop.domain import customer_sheet

    editable = set(customer_profile.form_fields(kind))
    assert set(customer_profile.profile_fields(kind)) <= editable
    described = {c.key for c in customer_sheet.COLUMNS
                 if customer_sheet.applies_to(c.key, kind) and c.key in COLUMNS}
    assert described - set(customer_profile.HEADER_FIELDS) <= editable
    assert {customer_profile.editor_type(name) for name in editable} <= {
        "text", "long_text", "integer", "boolean", "date", "enum"}


def test_the_form_offers_the_new_fields_per_kind():
    hospital = set(customer_profile.form_fields("hospital"))
    assert {"code", "alias", "drug_committee", "device_committee", "department_phones",
            "organisation_structure", "grade", "ownership", "customer_since"} <= hospital
    assert "licence_no" in customer_profile.form_fields("pharmacy")
    assert {"licence_no", "registered_capital_wan", "gsp_certified", "hospitals_covered"} <= set(
        customer_profile.form_fields("distributor"))
    assert {"education", "specialty", "committee_roles", "hobbies", "marital_status"} <= set(
        customer_profile.form_fields("doctor"))
    assert [s.title for s in customer_profile.sections("hospital")] == [
        "Profile", "Contact", "Organisation and purchasing"]
    assert customer_profile.editor_type("gsp_certified") == "boolean"
    assert customer_profile.editor_type("customer_since") == "date"
    assert customer_profile.editor_type("drug_committee") == "long_text"
    assert customer_profile.editor_type("grade") == "enum"
    assert customer_profile.editor_type("bed_count") == "integer"
