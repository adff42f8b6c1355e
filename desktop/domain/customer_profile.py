"""A customer's detail: which profile fields a kind shows and the form edits (the same ones,
so no field is shown that no one can fill), the people of an organisation, and the values
of the edit form. Their figures over time: `desktop.domain.prescription_share`.

The fields of a kind are those of the customer spreadsheet's columns that describe it
(`desktop.domain.customer_sheet.applies_to`: every static field ../shared/domain.md lists),
grouped in sections the form shows as tabs and the detail in the same order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func
from sqlmodel import select

from desktop.domain import customer_sheet as sheet
from desktop.domain.paging import PAGE_SIZE, keyset_after
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, row_values
from desktop.models.enums import CustomerKind
from desktop.models.validation import FieldError, row_errors
from desktop.store.store import Store

K = CustomerKind
# The form's header edits these for every kind; the sections below hold the rest.
HEADER_FIELDS = ("kind", "name", "tier", "lifecycle_stage", "organisation_id", "department_id")

_IDENTITY = ("code", "alias")
_CONTACT = ("province", "city", "district", "address", "postal_code", "phone", "mobile", "fax",
            "department_phones", "email", "website")
_ORGANISATION = (
    "grade", "ownership", "customer_since", "legal_representative", "credit_rating",
    "licence_no", "licensing_authority", "parent_company", "registered_capital_wan",
    "gsp_certified", "gsp_certificate_no", "local_ranking", "hospitals_covered",
    "pharmacies_covered", "staff_count", "doctor_count", "bed_count", "chief_physician_count",
    "associate_chief_physician_count", "attending_physician_count", "resident_physician_count",
    "floor_area_m2", "opening_hours", "dedicated_counter", "bank_name", "bank_account")
_ORGANISATION_TEXTS = ("business_scope", "categories_sold", "drug_admission_process",
                       "purchase_process", "drug_committee", "device_committee",
                       "organisation_structure", "notes")
_WORK = ("title", "position", "best_time_to_call", "customer_since", "specialty",
         "committee_roles", "social_roles")
_PERSONAL = ("gender", "birth_month", "marital_status", "education", "university", "hometown",
             "personality", "hobbies", "notes")
_PATIENT = ("patient_code", "birth_year", "gender", "consent_recorded", "province", "city",
            "notes")

PROFILE = _t("CustomerForm", "Profile")
CONTACT = _t("CustomerForm", "Contact")
ORGANISATION = _t("CustomerForm", "Organisation and purchasing")
WORK = _t("CustomerForm", "Work")
PERSONAL = _t("CustomerForm", "Personal details")
PATIENT = _t("CustomerForm", "Patient")
NOTES = _t("CustomerForm", "Notes")

_ORGANISATION_SECTIONS = ((PROFILE, _IDENTITY + _ORGANISATION), (CONTACT, _CONTACT),
                          (ORGANISATION, _ORGANISATION_TEXTS))
_PERSON_SECTIONS = ((WORK, _IDENTITY + _WORK), (CONTACT, _CONTACT), (PERSONAL, _PERSONAL))
_SECTIONS = {K.DOCTOR: _PERSON_SECTIONS, K.PHARMACY_CONTACT: _PERSON_SECTIONS,
             K.PATIENT: ((PATIENT, _IDENTITY + _PATIENT),)}

# Texts that run to several lines (committee members, processes, specialties…).
LONG_TEXT_FIELDS = frozenset((
    "notes", "purchase_process", "drug_admission_process", "department_phones",
    "drug_committee", "device_committee", "organisation_structure", "categories_sold",
    "business_scope", "specialty", "personality", "social_roles", "committee_roles"))
# Free texts read as phone numbers (shown as read beside the text as written).
PHONE_FIELDS = ("phone", "fax")


@dataclass(frozen=True)
class Section:
    """A group of fields the form shows on one tab; `title` is English (context
    "CustomerForm")."""

    title: str
    fields: tuple[str, ...]


def sections(kind: str) -> tuple[Section, ...]:
    """The static fields of a customer of `kind` (every one the spreadsheet describes it
    with, apart from the header's), in sections, in display order; the notes come last."""
    out = []
    for title, names in _SECTIONS.get(kind, _ORGANISATION_SECTIONS):
        fields = tuple(n for n in names if sheet.applies_to(n, kind))
        if fields:
            out.append(Section(NOTES if fields == ("notes",) else title, fields))
    return tuple(out)


def profile_fields(kind: str) -> tuple[str, ...]:
    """The static fields worth showing for a customer of `kind`, in display order."""
    return tuple(name for section in sections(kind) for name in section.fields)


def form_fields(kind: str) -> tuple[str, ...]:
    """The fields the form edits besides its header: every field the profile shows."""
    return profile_fields(kind)


def editor_type(name: str) -> str:
    """How a field is edited: "enum", "boolean" (yes / no / unknown), "date" (may be
    empty), "integer", "long_text" (several lines) or "text"."""
    column_type = sheet.BY_KEY[name].type
    if column_type == sheet.TEXT and name in LONG_TEXT_FIELDS:
        return "long_text"
    return column_type


def organisation_kind_for(kind: str) -> tuple[str, ...]:
    """Which kinds of organisation a customer of `kind` belongs to."""
    if kind in (CustomerKind.DEPARTMENT, CustomerKind.DOCTOR):
        return (CustomerKind.HOSPITAL.value,)
    if kind == CustomerKind.PHARMACY_CONTACT:
        return (CustomerKind.PHARMACY.value,)
    if kind == CustomerKind.PATIENT:
        return (CustomerKind.HOSPITAL.value,)
    return ()


def customer(store: Store, customer_id: str) -> Customer | None:
    return store.get(Customer, customer_id)


def customer_values(store: Store, customer_id: str) -> dict:
    """Every field of the customer as plain values ({} when there is no such customer)."""
    row = store.get(Customer, customer_id)
    return row_values(row) if row is not None else {}


def customer_territory(store: Store, customer_id: str) -> str | None:
    row = store.get(Customer, customer_id)
    return row.territory_id if row is not None else None


def _members(organisation_id: str):
    return ((Customer.organisation_id == organisation_id)
            | (Customer.department_id == organisation_id),
            Customer.id != organisation_id, Customer.deleted == False)  # noqa: E712


MEMBER_ORDER = (Customer.kind, Customer.name, Customer.id)


def organisation_members(store: Store, organisation_id: str, *, after: Customer | None = None,
                         limit: int = PAGE_SIZE) -> list[Customer]:
    """Departments, doctors and contacts of a hospital/pharmacy, or doctors of a department:
    up to `limit` after the member `after`, by kind and name."""
    query = select(Customer).where(*_members(organisation_id))
    if after is not None:
        query = query.where(keyset_after(MEMBER_ORDER, (after.kind, after.name, after.id)))
    with store.read() as s:
        return list(s.exec(query.order_by(*MEMBER_ORDER).limit(limit)))


def member_count(store: Store, organisation_id: str) -> int:
    with store.read() as s:
        return s.exec(select(func.count()).select_from(Customer)
                      .where(*_members(organisation_id))).one()


def departments_of(store: Store, hospital_id: str) -> list[tuple[str, str]]:
    with store.read() as s:
        return [(c.id, c.name) for c in s.exec(select(Customer).where(
            Customer.organisation_id == hospital_id, Customer.kind == CustomerKind.DEPARTMENT,
            Customer.deleted == False).order_by(Customer.name))]  # noqa: E712


def form_errors(values: dict) -> list[FieldError]:
    """Every validation problem of the customer as the form would store it."""
    return row_errors("customer", values)


def save_customer(store: Store, values: dict, customer_id: str | None = None) -> str:
    """Create or update a customer through the write path; returns its id."""
    if customer_id:
        current = row_values(store.get(Customer, customer_id))
        changes = {k: v for k, v in values.items() if current.get(k) != v}
        store.update(Customer, customer_id, changes)
        return customer_id
    return store.create(Customer, values).id
