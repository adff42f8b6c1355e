"""The store's figures a market activity is judged on: the months compared, the
activity's products, invitees and attendees, the sales and prescriptions of the attendees'
organisations (`customer_metric`), the products' margins and the activity's costs."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop.models import (
    Customer,
    CustomerMetric,
    MarketActivity,
    MarketActivityCost,
    MarketActivityInvitee,
    MarketActivityProduct,
    Product,
    ProductMargin,
    Territory,
)
from desktop.models.enums import ORGANISATION_KINDS, InviteeStatus

LIVE = False


def _shift(year: int, month: int, by: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + by
    return index // 12, index % 12 + 1


def evaluation_due(starts_on: date, ends_on: date | None, months: int) -> date:
    """The last day of the evaluation span: `months` complete months after the activity's
    month (that of its last day)."""
    day = ends_on or starts_on
    year, month = _shift(day.year, day.month, months)
    return date(year, month, calendar.monthrange(year, month)[1])


def activity_month(activity: MarketActivity) -> tuple[int, int]:
    day = activity.ends_on or activity.starts_on
    return day.year, day.month


def spans(activity: MarketActivity) -> tuple[list[str], list[str]]:
    """The periods ("YYYY-MM") compared: the months before the activity's month, and after."""
    year, month = activity_month(activity)
    months = activity.evaluation_months
    period = "{:04d}-{:02d}".format
    before = [period(*_shift(year, month, -k)) for k in range(months, 0, -1)]
    after = [period(*_shift(year, month, k)) for k in range(1, months + 1)]
    return before, after


# ------------------------------------------------------------------ reading the store
def _live(session: Session, model, **where) -> list:
    query = select(model).where(model.deleted == LIVE)
    for name, value in where.items():
        query = query.where(getattr(model, name) == value)
    return list(session.exec(query))


def _organisations(session: Session, customer_ids: Iterable[str]) -> set[str]:
    """A doctor (department, contact) counts through their hospital or pharmacy; an
    organisation attending counts itself."""
    ids = list(customer_ids)
    if not ids:
        return set()
    customers = session.exec(select(Customer).where(Customer.id.in_(ids))).all()
    return {organisation_of(c) for c in customers}


def organisation_of(customer: Customer) -> str:
    """The organisation a customer's figures count through: a doctor's (department's,
    contact's) hospital or pharmacy; an organisation, or anyone without one, itself."""
    if customer.kind in ORGANISATION_KINDS or not customer.organisation_id:
        return customer.id
    return customer.organisation_id


def _metrics(session: Session, customer_ids: Iterable[str], periods: list[str]) -> list:
    ids = list(customer_ids)
    if not ids:
        return []
    return list(session.exec(select(CustomerMetric).where(
        CustomerMetric.deleted == LIVE, CustomerMetric.customer_id.in_(ids),
        CustomerMetric.period.in_(periods))))


def _product_rows(rows, product_ids: set[str], classes: set[str], prefer_products: bool):
    """The rows of the activity's products: per product when the figures have them (or,
    for prescriptions, per drug class first), else per drug class."""
    by_product = [m for m in rows if m.product_id in product_ids]
    by_class = [m for m in rows if m.product_id is None and m.drug_class in classes]
    first, second = (by_product, by_class) if prefer_products else (by_class, by_product)
    return first or second


@dataclass
class _Facts:
    activity: MarketActivity
    products: list[Product]
    attended: list[MarketActivityInvitee]
    others: list[MarketActivityInvitee]
    before: list[str]
    after: list[str]
    due: date
    complete: bool


def _facts(session: Session, activity: MarketActivity, today: date) -> _Facts:
    links = _live(session, MarketActivityProduct, activity_id=activity.id)
    products = [p for p in (session.get(Product, link.product_id) for link in links) if p]
    invitees = _live(session, MarketActivityInvitee, activity_id=activity.id)
    attended = [i for i in invitees if i.status == InviteeStatus.ATTENDED]
    others = [i for i in invitees if i.status != InviteeStatus.ATTENDED and not i.walk_in]
    before, after = spans(activity)
    due = evaluation_due(activity.starts_on, activity.ends_on, activity.evaluation_months)
    return _Facts(activity, products, attended, others, before, after, due, today > due)


def _sales(session: Session, facts: _Facts) -> tuple[float | None, float | None, dict]:
    """(sales before, sales after, {product id or None: added sales}) at the attendees'
    organisations."""
    orgs = _organisations(session, (i.customer_id for i in facts.attended))
    rows = _metrics(session, orgs, facts.before + facts.after)
    rows = _product_rows([m for m in rows if m.sales_amount is not None],
                         {p.id for p in facts.products}, {p.drug_class for p in facts.products},
                         prefer_products=True)
    totals, added = {}, {}
    for m in rows:
        side = "before" if m.period in facts.before else "after"
        totals[side] = totals.get(side, 0.0) + m.sales_amount
        sign = 1 if side == "after" else -1
        added[m.product_id] = added.get(m.product_id, 0.0) + sign * m.sales_amount
    return totals.get("before"), totals.get("after"), added


def _margins(session: Session, activity: MarketActivity, products: list[Product]
             ) -> dict[str, float | None]:
    """Each product's margin: its region's, else the company-wide one, else None."""
    territory = session.get(Territory, activity.territory_id) if activity.territory_id else None
    region_id = territory.region_id if territory else None
    out = {}
    for product in products:
        rows = _live(session, ProductMargin, product_id=product.id)
        own = [r.margin_rate for r in rows if region_id and r.region_id == region_id]
        company = [r.margin_rate for r in rows if r.region_id is None]
        out[product.id] = (own or company or [None])[0]
    return out


def _profit(added: dict, margins: dict[str, float | None]) -> tuple[float, float]:
    """(added sales, profit): per product with its margin, or per drug class at the mean
    margin of the activity's products."""
    mean = sum(margins.values()) / len(margins)
    profit = sum(amount * (margins.get(pid, mean) if pid else mean)
                 for pid, amount in added.items())
    return sum(added.values()), profit


def _share_change(session: Session, facts: _Facts, customer_ids: set[str]) -> float | None:
    """Our prescription share after − before, over the customers and the activity's drug
    classes (per-class figures first, else per product)."""
    rows = _metrics(session, customer_ids, facts.before + facts.after)
    rows = _product_rows([m for m in rows if m.total_prescriptions and m.our_prescriptions
                          is not None], {p.id for p in facts.products},
                         {p.drug_class for p in facts.products}, prefer_products=False)
    shares = []
    for span in (facts.before, facts.after):
        ours = sum(m.our_prescriptions for m in rows if m.period in span)
        total = sum(m.total_prescriptions for m in rows if m.period in span)
        shares.append(ours / total if total else None)
    return None if None in shares else shares[1] - shares[0]


def _control_customers(session: Session, facts: _Facts) -> tuple[set[str], bool]:
    """The invitees who did not come (True); else the territory's other customers of the
    attendees' kinds (False)."""
    if facts.others:
        return {i.customer_id for i in facts.others}, True
    attendees = {i.customer_id for i in facts.attended}
    kinds = {c.kind for c in session.exec(select(Customer).where(Customer.id.in_(attendees)))}
    rest = session.exec(select(Customer.id).where(
        Customer.deleted == LIVE, Customer.territory_id == facts.activity.territory_id,
        Customer.kind.in_(kinds))).all()
    return set(rest) - attendees, False


def _cost(session: Session, activity_id: str) -> tuple[float | None, float | None]:
    """(actual cost, budget): sums of the lines that have an amount."""
    lines = _live(session, MarketActivityCost, activity_id=activity_id)
    actual = [c.actual_amount for c in lines if c.actual_amount is not None]
    budget = [c.budget_amount for c in lines if c.budget_amount is not None]
    return (sum(actual) if actual else None), (sum(budget) if budget else None)
