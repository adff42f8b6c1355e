"""A customer's detail: which profile fields a kind shows, the people of an organisation,
and the values of the edit form. Their figures over time: `desktop.domain.prescription_share`."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import select

from desktop.domain.paging import PAGE_SIZE, keyset_after
from desktop.models import Customer, row_values
from desktop.models.enums import CustomerKind
from desktop.models.validation import FieldError, row_errors
from desktop.store.store import Store

COMMON_FIELDS = ("province", "city", "district", "address", "postal_code", "phone", "mobile",
                 "fax", "email", "website", "customer_since", "ownership")
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    CustomerKind.HOSPITAL: ("grade", "bed_count", "staff_count", "doctor_count",
                            "chief_physician_count", "associate_chief_physician_count",
                            "attending_physician_count", "resident_physician_count",
                            "legal_representative", "drug_admission_process",
                            "purchase_process", "bank_name", "bank_account"),
    CustomerKind.DEPARTMENT: ("staff_count", "doctor_count", "bed_count"),
    CustomerKind.PHARMACY: ("licensing_authority", "floor_area_m2", "opening_hours",
                            "parent_company", "categories_sold", "dedicated_counter",
                            "credit_rating", "staff_count", "legal_representative",
                            "purchase_process"),
    CustomerKind.DISTRIBUTOR: ("registered_capital_wan", "business_scope", "gsp_certified",
                               "gsp_certificate_no", "local_ranking", "hospitals_covered",
                               "pharmacies_covered", "credit_rating", "legal_representative"),
    CustomerKind.DOCTOR: ("title", "position", "best_time_to_call", "specialty", "gender",
                          "birth_month", "education", "university", "hometown",
                          "personality", "hobbies", "social_roles", "committee_roles"),
    CustomerKind.PHARMACY_CONTACT: ("title", "position", "best_time_to_call", "gender",
                                    "birth_month", "hobbies"),
    CustomerKind.PATIENT: ("patient_code", "birth_year", "gender", "consent_recorded"),
}
PATIENT_COMMON = ("province", "city")

# What the create/edit form offers per kind (the common case; the rest syncs untouched).
FORM_FIELDS: dict[str, tuple[str, ...]] = {
    CustomerKind.HOSPITAL: ("grade", "bed_count"),
    CustomerKind.DEPARTMENT: ("doctor_count",),
    CustomerKind.PHARMACY: ("opening_hours", "credit_rating"),
    CustomerKind.DISTRIBUTOR: ("gsp_certificate_no", "credit_rating"),
    CustomerKind.DOCTOR: ("title", "position", "best_time_to_call", "specialty"),
    CustomerKind.PHARMACY_CONTACT: ("title", "best_time_to_call"),
    CustomerKind.PATIENT: ("patient_code", "birth_year"),
}
FORM_CONTACT_FIELDS = ("city", "address", "postal_code", "phone", "mobile", "email")
INTEGER_FIELDS = frozenset(
    name for name, column in Customer.__table__.columns.items()
    if getattr(column.type, "python_type", None) is int)


def profile_fields(kind: str) -> tuple[str, ...]:
    """The static fields worth showing for a customer of `kind`, in display order."""
    common = PATIENT_COMMON if kind == CustomerKind.PATIENT else COMMON_FIELDS
    return KIND_FIELDS.get(kind, ()) + common + ("notes",)


def form_fields(kind: str) -> tuple[str, ...]:
    contact = PATIENT_COMMON if kind == CustomerKind.PATIENT else FORM_CONTACT_FIELDS
    return FORM_FIELDS.get(kind, ()) + contact


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
