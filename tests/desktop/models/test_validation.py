from datetime import UTC, datetime, timedelta

import pytest

from desktop.models import ValidationError, row_errors, validate_row


def rules(table, values):
    return {(e.field, e.rule) for e in row_errors(table, values)}


def test_postal_code_must_be_six_digits():
    assert ("postal_code", "postal_code") in rules(
        "customer", {"kind": "hospital", "name": "协和", "postal_code": "10073"})
    assert not rules("customer", {"kind": "hospital", "name": "协和", "postal_code": "100730"})


@pytest.mark.parametrize("mobile,ok", [("13812345678", True), ("12812345678", False),
                                       ("1381234567", False), ("138-1234-5678", False)])
def test_mobile_numbers_are_checked(mobile, ok):
    found = ("mobile", "mobile") in rules("customer", {"kind": "hospital", "name": "x", "mobile": mobile})
    assert found is not ok


@pytest.mark.parametrize("phone,ok", [
    ("010-69156114", True), ("0755-88889999-123", True), ("69156114", True),
    ("13812345678", True), ("(027)85726114", True), ("0710-3522222转8000", True),
    ("027-85726114、85726015", True), ("7359051(急诊科)", True), ("400-820-1234", True),
    ("+86 138 1234 5678", True), ("12320", True),
    ("(白天)0592-5911111-8120(晚间)0592-8570120", True),
    ("无", False), ("暂无", False), ("-", False), ("见备注", False)])
def test_a_phone_is_kept_as_written_and_needs_only_a_digit(phone, ok):
    """Real lists write phones with brackets, several numbers, extensions and notes: all are
    phones; only a text with no digit at all (无, -) is refused."""
    for name in ("phone", "fax"):
        errors = row_errors("customer", {"kind": "hospital", "name": "x", name: phone})
        found = [e for e in errors if (e.field, e.rule) == (name, "phone")]
        assert bool(found) is not ok
        if found:
            assert found[0].message.endswith("must contain a phone number, e.g. 010-69156114 "
                                             "or 13812345678.")


def test_error_message_names_field_and_rule():
    with pytest.raises(ValidationError) as info:
        validate_row("customer", {"kind": "hospital", "name": "", "postal_code": "abc"})
    text = str(info.value)
    assert "Name is required" in text
    assert "Postal code must be six digits" in text
    assert set(info.value.fields) == {"name", "postal_code"}


def test_doctor_needs_a_hospital_and_unknown_kind_is_refused():
    assert ("organisation_id", "required") in rules("customer", {"kind": "doctor", "name": "张伟"})
    assert ("kind", "choice") in rules("customer", {"kind": "clinic", "name": "x"})


def test_patient_keeps_no_contact_details():
    found = rules("customer", {"kind": "patient", "name": "P-001", "address": "北京",
                               "mobile": "13812345678"})
    assert {("address", "patient_privacy"), ("mobile", "patient_privacy")} <= found


def test_our_prescriptions_cannot_exceed_total():
    found = rules("customer_metric", {"customer_id": "c", "period": "2026-03",
                                      "total_prescriptions": 10, "our_prescriptions": 11})
    assert ("our_prescriptions", "not_above") in found
    assert ("period", "period") in rules("customer_metric", {"customer_id": "c", "period": "2026-13"})


def test_suspected_adverse_reaction_needs_minimum_case_fields():
    now = datetime.now(UTC)
    base = {"customer_id": "c", "kind": "adverse_reaction", "severity": "high", "channel": "visit",
            "description": "皮疹", "received_at": now, "committed_deadline": now + timedelta(days=1)}
    missing = {f for f, r in rules("complaint", base) if r == "adr_required"}
    assert missing == {"day0_at", "patient_identifier", "reporter_name", "product_id",
                       "event_description"}
    complete = {**base, "day0_at": now, "patient_identifier": "P-17", "reporter_name": "李医生",
                "product_id": "p", "event_description": "用药后全身皮疹"}
    assert not rules("complaint", complete)


def test_deadline_before_receipt_is_refused():
    now = datetime.now(UTC)
    found = rules("complaint", {"customer_id": "c", "kind": "quality", "severity": "low",
                                "channel": "phone", "description": "破损", "received_at": now,
                                "committed_deadline": now - timedelta(hours=1)})
    assert ("committed_deadline", "not_before") in found


def test_text_longer_than_column_is_refused():
    assert ("name", "too_long") in rules("customer", {"kind": "hospital", "name": "医" * 121})


def test_every_table_refuses_each_text_too_long_and_each_unknown_choice():
    """For every synced table: each text column with a length refuses one character more
    (in column order, naming its limit) and takes its limit; each choice field refuses a
    value it does not list, naming the choices, and takes every one it lists."""
    from desktop.models import SYNCED_MODELS
    from desktop.models.validation import ENUM_FIELDS

    for table, model in SYNCED_MODELS.items():
        limits = [(c.name, c.type.length) for c in model.__table__.columns
                  if isinstance(getattr(c.type, "length", None), int)]
        enums = ENUM_FIELDS.get(table, {})
        values = {name: "x" * (limit + 1) for name, limit in limits if name not in enums}
        too_long = [(e.field, e.params) for e in row_errors(table, values)
                    if e.rule == "too_long"]
        assert too_long == [(name, {"limit": limit}) for name, limit in limits
                            if name not in enums], table
        fitting = {name: "x" * limit for name, limit in limits if name not in enums}
        assert all(e.rule != "too_long" for e in row_errors(table, fitting)), table
        for name, enum in enums.items():
            [refused] = [e for e in row_errors(table, {name: "no such choice"})
                         if (e.field, e.rule) == (name, "choice")]
            assert refused.params == {"choices": ", ".join(m.value for m in enum)}
            for member in enum:
                assert (name, "choice") not in rules(table, {name: member.value}), table


def test_negative_counts_are_refused_in_order_and_zero_is_taken():
    """Each count a row has that is below zero is refused, in the rule's order; a table
    with none of these counts is not asked about them."""
    values = {"kind": "hospital", "name": "x", "bed_count": -1, "staff_count": -2,
              "doctor_count": 0, "local_ranking": True}
    found = [(e.field, e.rule) for e in row_errors("customer", values)]
    assert found == [("staff_count", "non_negative"), ("bed_count", "non_negative")]
    assert row_errors("follow_up", {"customer_id": "c", "title": "t",
                                    "due_date": datetime.now(UTC).date()}) == []
