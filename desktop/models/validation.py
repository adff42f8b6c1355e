"""Validation of synced rows, shared by the client's write path and the server's push.

`validate_row(table, values)` checks a whole row (after a change is applied) and raises
`ValidationError` listing every problem, each naming the field and the rule broken. Message
templates are English, marked for translation in context "Validation"; the UI translates
`error.template` and formats it with `error.params`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import enums as E

POSTAL_CODE = re.compile(r"^\d{6}$")
MOBILE = re.compile(r"^1[3-9]\d{9}$")
# Phone and fax are kept as written ("(027)85726114、85726015", "0710-3522222转8000",
# "7359051（急诊科）"): only a text without a single digit is no phone number. The import
# reads the numbers out of it and warns about doubtful ones (desktop/domain/phones.py).
HAS_DIGIT = re.compile(r"^\D*\d")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

FIELD_LABELS: dict[str, str] = {
    "name": _t("Field", "Name"),
    "kind": _t("Field", "Kind"),
    "tier": _t("Field", "Tier"),
    "lifecycle_stage": _t("Field", "Lifecycle stage"),
    "organisation_id": _t("Field", "Organisation"),
    "department_id": _t("Field", "Department"),
    "postal_code": _t("Field", "Postal code"),
    "phone": _t("Field", "Phone"),
    "mobile": _t("Field", "Mobile"),
    "fax": _t("Field", "Fax"),
    "email": _t("Field", "E-mail"),
    "address": _t("Field", "Address"),
    "grade": _t("Field", "Hospital grade"),
    "ownership": _t("Field", "Ownership"),
    "credit_rating": _t("Field", "Credit rating"),
    "gender": _t("Field", "Gender"),
    "birth_month": _t("Field", "Birth month"),
    "birth_year": _t("Field", "Birth year"),
    "patient_code": _t("Field", "Patient code"),
    "period": _t("Field", "Period"),
    "our_prescriptions": _t("Field", "Our prescriptions"),
    "total_prescriptions": _t("Field", "Total prescriptions"),
    "customer_id": _t("Field", "Customer"),
    "product_id": _t("Field", "Product"),
    "visit_type": _t("Field", "Visit type"),
    "started_at": _t("Field", "Date and time"),
    "status": _t("Field", "Status"),
    "quantity": _t("Field", "Quantity"),
    "title": _t("Field", "Title"),
    "due_date": _t("Field", "Due date"),
    "week_start": _t("Field", "Week start"),
    "day": _t("Field", "Day"),
    "description": _t("Field", "Description"),
    "committed_deadline": _t("Field", "Committed response deadline"),
    "received_at": _t("Field", "Received"),
    "severity": _t("Field", "Severity"),
    "channel": _t("Field", "Channel"),
    "day0_at": _t("Field", "Day 0 (date the rep learned of it)"),
    "patient_identifier": _t("Field", "Patient identifier"),
    "patient_age": _t("Field", "Patient's age"),
    "patient_sex": _t("Field", "Patient's sex"),
    "event_onset_date": _t("Field", "Onset date"),
    "pv_reference": _t("Field", "Authority reference"),
    "handler_user_id": _t("Field", "Handler"),
    "reporter_name": _t("Field", "Reporter"),
    "event_description": _t("Field", "Adverse event"),
    "satisfaction": _t("Field", "Customer satisfaction"),
    "calls_per_month": _t("Field", "Calls a month"),
    "drug_class": _t("Field", "Drug class"),
    "region_id": _t("Field", "Region"),
    "rep_user_id": _t("Field", "Representative"),
    "plan_id": _t("Field", "Plan"),
    "visit_id": _t("Field", "Call report"),
    "complaint_id": _t("Field", "Complaint"),
    "to_status": _t("Field", "New status"),
    "action": _t("Field", "Action"),
    "at": _t("Field", "Time"),
    "code": _t("Field", "Code"),
    "alias": _t("Field", "Alias"),
    "licence_no": _t("Field", "Licence no."),
    "department_phones": _t("Field", "Department phones"),
    "drug_committee": _t("Field", "Drug committee members"),
    "device_committee": _t("Field", "Device committee members"),
    "organisation_structure": _t("Field", "Organisation structure"),
    "display_name": _t("Field", "Display name"),
    "username": _t("Field", "User name"),
    "role": _t("Field", "Role"),
    "starts_on": _t("Field", "Starts on"),
    "ends_on": _t("Field", "Ends on"),
    "evaluation_months": _t("Field", "Months evaluated"),
    "awareness_before": _t("Field", "Awareness before"),
    "awareness_after": _t("Field", "Awareness after"),
    "margin_rate": _t("Field", "Margin"),
    "budget_amount": _t("Field", "Budget"),
    "actual_amount": _t("Field", "Actual cost"),
    "expected_attendance": _t("Field", "Expected attendance"),
    "category": _t("Field", "Category"),
}

MSG_REQUIRED = _t("Validation", "{field} is required.")
MSG_CHOICE = _t("Validation", "{field} must be one of: {choices}.")
MSG_POSTAL = _t("Validation", "{field} must be six digits, e.g. 100730.")
MSG_MOBILE = _t("Validation", "{field} must be an 11-digit mobile number starting with 1, e.g. 13812345678.")
MSG_PHONE = _t("Validation", "{field} must contain a phone number, e.g. 010-69156114 or 13812345678.")
MSG_EMAIL = _t("Validation", "{field} must be an e-mail address such as name@example.com.")
MSG_PERIOD = _t("Validation", "{field} must be a month written YYYY-MM, e.g. 2026-03.")
MSG_NON_NEGATIVE = _t("Validation", "{field} cannot be negative.")
MSG_RANGE = _t("Validation", "{field} must be between {low} and {high}.")
MSG_NOT_ABOVE = _t("Validation", "{field} cannot be more than {other}.")
MSG_NOT_BEFORE = _t("Validation", "{field} cannot be earlier than {other}.")
MSG_PATIENT_PRIVATE = _t("Validation", "{field} is not kept for patients (privacy); leave it empty.")
MSG_TOO_LONG = _t("Validation", "{field} is longer than {limit} characters.")
MSG_ADR_REQUIRED = _t("Validation", "{field} is required for a suspected adverse reaction.")


@dataclass(frozen=True)
class FieldError:
    """One broken rule: which field, which rule, and a message template with its params."""

    field: str
    rule: str
    template: str
    params: dict = field(default_factory=dict)

    @property
    def message(self) -> str:
        params = {"field": field_label(self.field), **(self.params or {})}
        return self.template.format(**params)


class ValidationError(ValueError):
    """Raised with every problem found in a row; `str()` lists them in English."""

    def __init__(self, table: str, errors: list[FieldError]):
        self.table = table
        self.errors = errors
        super().__init__("; ".join(e.message for e in errors))

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name.replace("_", " ").capitalize())


# ---------------------------------------------------------------- rules per table

ENUM_FIELDS: dict[str, dict[str, type[StrEnum]]] = {
    "customer": {
        "kind": E.CustomerKind, "tier": E.Tier, "lifecycle_stage": E.LifecycleStage,
        "grade": E.HospitalGrade, "ownership": E.Ownership, "credit_rating": E.CreditRating,
        "gender": E.Gender, "lost_reason": E.LostReason, "previous_tier": E.Tier,
    },
    "visit": {"visit_type": E.VisitType, "status": E.VisitStatus},
    "follow_up": {"status": E.FollowUpStatus},
    "call_plan": {"status": E.PlanStatus},
    "plan_decision": {"action": E.PlanAction},
    "complaint": {
        "kind": E.ComplaintKind, "severity": E.ComplaintSeverity,
        "channel": E.ComplaintChannel, "status": E.ComplaintStatus,
        "patient_sex": E.PatientSex,
    },
    "complaint_route": {"kind": E.ComplaintKind},
    "complaint_event": {"to_status": E.ComplaintStatus, "from_status": E.ComplaintStatus},
    "frequency_target": {"tier": E.Tier},
    "market_activity": {"kind": E.ActivityKind, "status": E.ActivityStatus,
                        "verdict": E.Verdict},
    "market_activity_invitee": {"status": E.InviteeStatus},
    "market_activity_cost": {"category": E.CostCategory},
    "market_activity_event": {"action": E.ActivityAction},
    "quota": {"level": E.QuotaLevel, "status": E.QuotaStatus},
    "at_risk_rule": {"code": E.AtRiskCode},
}

REQUIRED: dict[str, tuple[str, ...]] = {
    "region": ("name", "code"),
    "territory": ("name", "code", "region_id"),
    "product": ("name", "drug_class"),
    "frequency_target": ("tier", "calls_per_month"),
    "team_member": ("username", "display_name", "role"),
    "customer": ("name", "kind"),
    "customer_metric": ("customer_id", "period"),
    "visit": ("customer_id", "started_at", "visit_type"),
    "visit_attendee": ("visit_id", "customer_id"),
    "visit_product": ("visit_id", "product_id"),
    "visit_sample": ("visit_id", "quantity"),
    "follow_up": ("customer_id", "title", "due_date"),
    "call_plan": ("rep_user_id", "week_start"),
    "plan_item": ("plan_id", "customer_id", "day"),
    "plan_decision": ("plan_id", "action", "at"),
    "complaint": ("customer_id", "kind", "severity", "channel", "description",
                  "received_at", "committed_deadline"),
    "complaint_event": ("complaint_id", "to_status", "at"),
    "complaint_route": ("kind", "handler_user_id"),
    "market_activity": ("kind", "title", "starts_on", "owner_user_id"),
    "market_activity_product": ("activity_id", "product_id"),
    "market_activity_invitee": ("activity_id", "customer_id"),
    "market_activity_cost": ("activity_id", "category"),
    "market_activity_event": ("activity_id", "action", "at"),
    "product_margin": ("product_id", "margin_rate"),
    "quota": ("year", "month", "product_id", "level", "region_id", "amount"),
    "at_risk_rule": ("region_id", "code"),
}

NON_NEGATIVE = (
    "staff_count", "doctor_count", "bed_count", "chief_physician_count",
    "associate_chief_physician_count", "attending_physician_count",
    "resident_physician_count", "floor_area_m2", "registered_capital_wan", "local_ranking",
    "hospitals_covered", "pharmacies_covered", "outpatient_volume", "total_prescriptions",
    "our_prescriptions", "sales_volume", "sales_amount", "purchase_amount", "clinic_days",
    "duration_minutes", "calls_per_month", "cycle_weeks", "expected_attendance",
    "budget_amount", "actual_amount", "amount", "threshold",
)

_NON_NEGATIVE_NAMES = frozenset(NON_NEGATIVE)

PATIENT_FORBIDDEN = ("address", "phone", "mobile", "email", "fax", "postal_code", "bank_account")
ADR_REQUIRED = ("day0_at", "patient_identifier", "reporter_name", "product_id", "event_description")


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _check_required(table, v, out):
    for name in REQUIRED.get(table, ()):
        if _blank(v.get(name)):
            out.append(FieldError(name, "required", MSG_REQUIRED, {}))


@functools.cache
def _enum_values(enum: type[StrEnum]) -> frozenset[str]:
    return frozenset(m.value for m in enum)


def _check_enums(table, v, out):
    for name, enum in ENUM_FIELDS.get(table, {}).items():
        value = v.get(name)
        if _blank(value):
            continue
        if value not in _enum_values(enum):
            choices = ", ".join(m.value for m in enum)
            out.append(FieldError(name, "choice", MSG_CHOICE, {"choices": choices}))


def _check_formats(table, v, out):
    def check(name, pattern, template, rule):
        value = v.get(name)
        if not _blank(value) and not pattern.match(str(value).strip()):
            out.append(FieldError(name, rule, template, {}))

    check("postal_code", POSTAL_CODE, MSG_POSTAL, "postal_code")
    check("mobile", MOBILE, MSG_MOBILE, "mobile")
    for name in ("phone", "fax"):
        check(name, HAS_DIGIT, MSG_PHONE, "phone")
    check("email", EMAIL, MSG_EMAIL, "email")
    if table == "customer_metric":
        check("period", PERIOD, MSG_PERIOD, "period")


def _check_numbers(table, v, out):
    if not _NON_NEGATIVE_NAMES.isdisjoint(v):  # (most tables have none of them)
        for name in NON_NEGATIVE:
            value = v.get(name)
            if isinstance(value, int | float) and not isinstance(value, bool) and value < 0:
                out.append(FieldError(name, "non_negative", MSG_NON_NEGATIVE, {}))

    def in_range(name, low, high):
        value = v.get(name)
        if value is not None and not (low <= value <= high):
            out.append(FieldError(name, "range", MSG_RANGE, {"low": low, "high": high}))

    in_range("birth_month", 1, 12)
    in_range("satisfaction", 1, 5)
    if table == "complaint":
        in_range("patient_age", 0, 130)
    if table == "customer":
        in_range("birth_year", 1900, date.today().year)
    if table == "visit_sample":
        in_range("quantity", 1, 100_000)
    if table == "market_activity":
        in_range("evaluation_months", 3, 6)
        in_range("awareness_before", 0, 100)
        in_range("awareness_after", 0, 100)
    if table == "product_margin":
        in_range("margin_rate", 0, 1)
    if table == "quota":
        in_range("month", 1, 12)


def _check_customer(v, out):
    kind = v.get("kind")
    if kind in (E.CustomerKind.DEPARTMENT, E.CustomerKind.DOCTOR, E.CustomerKind.PHARMACY_CONTACT):
        if _blank(v.get("organisation_id")):
            out.append(FieldError("organisation_id", "required", MSG_REQUIRED, {}))
    if kind == E.CustomerKind.PATIENT:
        for name in PATIENT_FORBIDDEN:
            if not _blank(v.get(name)):
                out.append(FieldError(name, "patient_privacy", MSG_PATIENT_PRIVATE, {}))


def _check_metric(v, out):
    ours, total = v.get("our_prescriptions"), v.get("total_prescriptions")
    if ours is not None and total is not None and ours > total:
        other = field_label("total_prescriptions")
        out.append(FieldError("our_prescriptions", "not_above", MSG_NOT_ABOVE, {"other": other}))


def _check_complaint(v, out):
    if v.get("kind") == E.ComplaintKind.ADVERSE_REACTION:
        for name in ADR_REQUIRED:
            if _blank(v.get(name)):
                out.append(FieldError(name, "adr_required", MSG_ADR_REQUIRED, {}))
    received, deadline = v.get("received_at"), v.get("committed_deadline")
    if isinstance(received, datetime) and isinstance(deadline, datetime) and deadline < received:
        other = field_label("received_at")
        out.append(FieldError("committed_deadline", "not_before", MSG_NOT_BEFORE, {"other": other}))


@functools.cache
def _length_limits(model) -> tuple[tuple[str, int], ...]:
    """(column, its length limit) of the columns of `model` that have one, in order."""
    limits = ((column.name, getattr(column.type, "length", None))
              for column in model.__table__.columns)
    return tuple((name, limit) for name, limit in limits if limit)


def _check_lengths(model, v, out):
    for name, limit in _length_limits(model):
        value = v.get(name)
        if isinstance(value, str) and len(value) > limit:
            out.append(FieldError(name, "too_long", MSG_TOO_LONG, {"limit": limit}))


def _check_activity(v, out):
    starts, ends = v.get("starts_on"), v.get("ends_on")
    if isinstance(starts, date) and isinstance(ends, date) and ends < starts:
        other = field_label("starts_on")
        out.append(FieldError("ends_on", "not_before", MSG_NOT_BEFORE, {"other": other}))


def _check_quota(v, out):
    """A rep row names its rep, a hospital row its customer."""
    needed = {E.QuotaLevel.REP: "rep_user_id", E.QuotaLevel.HOSPITAL: "customer_id"}
    name = needed.get(v.get("level"))
    if name and _blank(v.get(name)):
        out.append(FieldError(name, "required", MSG_REQUIRED, {}))


TABLE_CHECKS: dict[str, Callable[[dict, list], None]] = {
    "quota": _check_quota,
    "market_activity": _check_activity,
    "customer": _check_customer,
    "customer_metric": _check_metric,
    "complaint": _check_complaint,
}


def row_errors(table: str, values: dict) -> list[FieldError]:
    """Every rule the row breaks (empty when valid)."""
    from desktop.models.base import synced_model

    if values.get("deleted"):
        return []  # a tombstone is always acceptable
    out: list[FieldError] = []
    _check_required(table, values, out)
    _check_enums(table, values, out)
    _check_formats(table, values, out)
    _check_numbers(table, values, out)
    _check_lengths(synced_model(table), values, out)
    extra = TABLE_CHECKS.get(table)
    if extra:
        extra(values, out)
    return out


def validate_row(table: str, values: dict) -> None:
    """Raise ValidationError if the row breaks any rule."""
    errors = row_errors(table, values)
    if errors:
        raise ValidationError(table, errors)


def unknown_fields(table: str, names: Iterable[str]) -> list[str]:
    """Names that are not columns of the table (a client bug or a newer schema)."""
    return sorted(set(names) - _column_names(table))


@functools.cache
def _column_names(table: str) -> frozenset[str]:
    from desktop.models.base import synced_model

    return frozenset(synced_model(table).__table__.columns.keys())


# ---------------------------------------------------------------- satisfaction surveys
MSG_SURVEY_ANSWER = _t("Validation", "{field}: a scale is answered 1 to 5 and a text in at most {limit} characters.")
SURVEY_TEXT_LIMIT = 1000
FIELD_LABELS.update({
    "occasion": _t("Field", "Occasion"),
    "cycle": _t("Field", "Call cycle"),
    "answers": _t("Field", "Answers"),
    "asked": _t("Field", "Asked"),
    "taken_at": _t("Field", "Taken"),
})
ENUM_FIELDS["survey_question"] = {"kind": E.SurveyQuestionKind, "asked": E.SurveyAsked}
ENUM_FIELDS["survey_response"] = {"occasion": E.SurveyOccasion}
REQUIRED["survey_question"] = ("text", "kind")
REQUIRED["survey_response"] = ("customer_id", "occasion", "taken_at")


def _check_survey_response(v, out):
    """A closed complaint's survey names the complaint; a call cycle's names its month; each
    answer is a score 1–5 or a short text."""
    occasion = v.get("occasion")
    if occasion == E.SurveyOccasion.COMPLAINT_CLOSED and _blank(v.get("complaint_id")):
        out.append(FieldError("complaint_id", "required", MSG_REQUIRED, {}))
    if occasion == E.SurveyOccasion.CALL_CYCLE:
        cycle = v.get("cycle")
        if _blank(cycle):
            out.append(FieldError("cycle", "required", MSG_REQUIRED, {}))
        elif not PERIOD.match(str(cycle)):
            out.append(FieldError("cycle", "format", MSG_PERIOD, {}))
    answers = v.get("answers")
    if not isinstance(answers, dict) or not all(_survey_answer_ok(a) for a in answers.values()):
        out.append(FieldError("answers", "answer", MSG_SURVEY_ANSWER,
                              {"limit": SURVEY_TEXT_LIMIT}))


def _survey_answer_ok(answer) -> bool:
    if isinstance(answer, bool):
        return False
    if isinstance(answer, int):
        return 1 <= answer <= 5
    return isinstance(answer, str) and len(answer) <= SURVEY_TEXT_LIMIT


TABLE_CHECKS["survey_response"] = _check_survey_response
