"""A customer's detail: which profile fields a kind shows, metrics over time with the
prescription share, the people of an organisation, and the values of the edit form."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from desktop.models import Customer, CustomerMetric, row_values
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


def organisation_members(store: Store, organisation_id: str, limit: int = 500) -> list[Customer]:
    """Departments, doctors and contacts of a hospital/pharmacy, or doctors of a department."""
    with store.read() as s:
        return list(s.exec(select(Customer).where(
            (Customer.organisation_id == organisation_id)
            | (Customer.department_id == organisation_id),
            Customer.id != organisation_id, Customer.deleted == False)  # noqa: E712
            .order_by(Customer.kind, Customer.name).limit(limit)))


def departments_of(store: Store, hospital_id: str) -> list[tuple[str, str]]:
    with store.read() as s:
        return [(c.id, c.name) for c in s.exec(select(Customer).where(
            Customer.organisation_id == hospital_id, Customer.kind == CustomerKind.DEPARTMENT,
            Customer.deleted == False).order_by(Customer.name))]  # noqa: E712


@dataclass(frozen=True)
class MetricPoint:
    """One month of a customer's figures, with the computed prescription share."""

    period: str
    drug_class: str | None
    total_prescriptions: int | None
    our_prescriptions: int | None
    share: float | None
    outpatient_volume: int | None
    sales_amount: float | None


def metric_points(store: Store, customer_id: str) -> list[MetricPoint]:
    """The customer's metrics by month (all drug classes summed per month), oldest first."""
    with store.read() as s:
        rows = list(s.exec(select(CustomerMetric).where(
            CustomerMetric.customer_id == customer_id,
            CustomerMetric.deleted == False).order_by(CustomerMetric.period)))  # noqa: E712
    by_period: dict[str, dict] = {}
    for r in rows:
        acc = by_period.setdefault(r.period, {"total": None, "ours": None, "outpatient": None,
                                              "sales": None, "classes": set()})
        for key, value in (("total", r.total_prescriptions), ("ours", r.our_prescriptions),
                           ("outpatient", r.outpatient_volume), ("sales", r.sales_amount)):
            if value is not None:
                acc[key] = (acc[key] or 0) + value
        acc["classes"].add(r.drug_class)
    out = []
    for period, acc in sorted(by_period.items()):
        classes = acc["classes"] - {None}
        out.append(MetricPoint(
            period, next(iter(classes)) if len(classes) == 1 else None, acc["total"],
            acc["ours"], prescription_share(acc["ours"], acc["total"]),
            acc["outpatient"], acc["sales"]))
    return out


def prescription_share(ours: int | None, total: int | None) -> float | None:
    """Our prescriptions / total prescriptions, from `desktop.domain.metrics`."""
    try:
        from desktop.domain.metrics import prescription_share as share
    except ImportError:  # the domain module is not installed yet
        return None if not total or ours is None else ours / total
    return share(ours, total)


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
