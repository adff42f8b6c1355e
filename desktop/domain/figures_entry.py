"""A rep enters or corrects one month of a customer's figures on the laptop (offline, synced
like every change): the choices of drug class and product, the figures already stored for a
month and line (loaded for correction), the checks of the entry form and the save.

A customer's month holds one row per line: a drug class, a product (its drug class filled
in), or neither (the customer as a whole: outpatient visits, clinic days) — the same rows
the server's `import metrics` writes, so a later import of that month replaces them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Customer, CustomerMetric, Product, row_values
from desktop.models.validation import FieldError, row_errors
from desktop.store.store import Store

LIVE = False
#: The figures of a month, in the form's order; whole numbers except the amounts.
FIGURE_FIELDS = ("outpatient_volume", "total_prescriptions", "our_prescriptions",
                 "purchase_amount", "sales_volume", "sales_amount", "clinic_days")
AMOUNTS = ("purchase_amount", "sales_amount")
# Labels of the figures the model's list does not name (context "Field", as field_text reads).
FIGURE_LABELS = {
    "outpatient_volume": _t("Field", "Outpatient volume"),
    "purchase_amount": _t("Field", "Purchase amount"),
    "sales_volume": _t("Field", "Sales volume"),
    "sales_amount": _t("Field", "Sales amount"),
    "clinic_days": _t("Field", "Clinic days"),
}
MSG_NOT_WHOLE = _t("Validation", "{field} must be a whole number, e.g. 120.")
MSG_NOT_NUMBER = _t("Validation", "{field} must be a number, e.g. 1250.50.")
MSG_NO_FIGURES = _t("Validation", "Enter at least one figure.")


@dataclass(frozen=True)
class Choices:
    """What figures can be of: the drug classes known (products' and figures already
    recorded) and the products as (id, name, drug class)."""

    drug_classes: list[str]
    products: list[tuple[str, str, str]]


def entry_choices(store: Store) -> Choices:
    with store.read() as s:
        products = [(p.id, p.name, p.drug_class) for p in s.exec(
            select(Product).where(Product.deleted == LIVE).order_by(Product.name))]
        recorded = s.exec(select(CustomerMetric.drug_class).where(
            CustomerMetric.deleted == LIVE, CustomerMetric.drug_class.is_not(None)).distinct())
        classes = sorted({c for _i, _n, c in products} | set(recorded))
    return Choices(classes, products)


def _stored(customer_id: str, period: str, drug_class: str | None, product_id: str | None):
    """The stored row of a customer's month and line (the one changed last, as the charts
    count it, should two laptops have entered it)."""
    return select(CustomerMetric).where(
        CustomerMetric.customer_id == customer_id, CustomerMetric.period == period,
        CustomerMetric.deleted == LIVE,
        CustomerMetric.drug_class == drug_class if drug_class
        else CustomerMetric.drug_class.is_(None),
        CustomerMetric.product_id == product_id if product_id
        else CustomerMetric.product_id.is_(None),
    ).order_by(CustomerMetric.updated_at.desc(), CustomerMetric.id.desc())


def stored_figures(store: Store, customer_id: str, period: str, drug_class: str | None,
                   product_id: str | None) -> dict | None:
    """The figures stored for this customer, month and line (None: nothing yet)."""
    with store.read() as s:
        row = s.exec(_stored(customer_id, period, drug_class, product_id)).first()
    return {name: getattr(row, name) for name in FIGURE_FIELDS} if row else None


def parse_figures(texts: dict[str, str]) -> tuple[dict, list[FieldError]]:
    """The form's texts as figures (empty: None), and the texts that are no number."""
    values, errors = {}, []
    for name in FIGURE_FIELDS:
        text = (texts.get(name) or "").strip().replace(",", "").replace("，", "")
        values[name] = None
        if not text:
            continue
        try:
            number = float(text)
        except ValueError:
            errors.append(FieldError(name, "number", MSG_NOT_NUMBER if name in AMOUNTS
                                     else MSG_NOT_WHOLE))
            continue
        if name not in AMOUNTS and not number.is_integer():
            errors.append(FieldError(name, "whole", MSG_NOT_WHOLE))
            continue
        values[name] = round(number, 2) if name in AMOUNTS else int(number)
    return values, errors


def figure_errors(values: dict) -> list[FieldError]:
    """The store's rules for the row (negative figures, ours above the total…), and at least
    one figure."""
    errors = row_errors("customer_metric", values)
    if all(values.get(name) is None for name in FIGURE_FIELDS):
        errors.append(FieldError("figures", "required", MSG_NO_FIGURES))
    return errors


def save_figures(store: Store, values: dict) -> str:
    """Store one month and line of figures (customer_id, period, drug_class, product_id and
    FIGURE_FIELDS): the stored row of that line is corrected, else a new one is created in
    the customer's territory. Returns the row's id."""
    line = (values["customer_id"], values["period"], values.get("drug_class"),
            values.get("product_id"))
    with store.write() as w:
        row = w.session.exec(_stored(*line)).first()
        if row is not None:
            current = row_values(row)
            changes = {k: values.get(k) for k in FIGURE_FIELDS if current[k] != values.get(k)}
            if changes:
                w.update(CustomerMetric, row.id, changes)
            return row.id
        customer = w.session.get(Customer, values["customer_id"])
        created = w.create(CustomerMetric, {**values, "territory_id": customer.territory_id})
        return created.id
