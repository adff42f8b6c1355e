"""Prescription share of a doctor, department or hospital from the store: the figures
behind the customer's chart and table. The arithmetic (sums over doctors, never an average
of shares; trends; the falling-share warning) is in `desktop.domain.metrics`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from desktop.domain import metrics
from desktop.models import Customer, CustomerMetric
from desktop.models.enums import CustomerKind
from desktop.store.store import Store

LIVE = False


def _metric_rows(session: Session, customer_ids: list[str], drug_class: str | None,
                 periods: list[str]) -> list[CustomerMetric]:
    if not customer_ids:
        return []
    return list(session.exec(select(CustomerMetric).where(
        CustomerMetric.customer_id.in_(customer_ids), CustomerMetric.deleted == LIVE,
        CustomerMetric.drug_class == drug_class if drug_class is not None
        else CustomerMetric.drug_class.is_(None),
        CustomerMetric.period.in_(periods))).all())


def member_doctors(session: Session, customer_id: str) -> list[str]:
    """Doctors whose figures make up a department's (by department) or hospital's (by
    organisation) figures; a doctor stands for themselves."""
    kind = session.exec(select(Customer.kind).where(Customer.id == customer_id)).first()
    if kind == CustomerKind.DEPARTMENT:
        where = Customer.department_id == customer_id
    elif kind == CustomerKind.HOSPITAL:
        where = Customer.organisation_id == customer_id
    else:
        return [customer_id]
    return list(session.exec(select(Customer.id).where(
        where, Customer.kind == CustomerKind.DOCTOR, Customer.deleted == LIVE)).all())


def share_for(session: Session, customer_id: str, drug_class: str, periods: list[str]
              ) -> metrics.Prescriptions:
    """Prescription figures and share of a doctor, department or hospital over `periods`
    (departments and hospitals: the sums over their doctors)."""
    members = member_doctors(session, customer_id)
    return metrics.sum_prescriptions(_metric_rows(session, members, drug_class, periods))


def share_trend(session: Session, customer_id: str, drug_class: str, last_period: str,
                months: int = 12) -> list[metrics.TrendPoint]:
    """Monthly prescription share of a doctor, department or hospital, for a chart."""
    periods = metrics.months_back(last_period, months)
    members = member_doctors(session, customer_id)
    return metrics.trend(_metric_rows(session, members, drug_class, periods), periods, "share",
                         drug_class)


@dataclass(frozen=True)
class MetricPoint:
    """One month of one drug class: our and total prescriptions and the share they give."""

    period: str
    drug_class: str | None
    total_prescriptions: int | None
    our_prescriptions: int | None
    share: float | None


@dataclass(frozen=True)
class ShareSeries:
    """Monthly prescription share of one drug class, with the domain's falling-share warning
    (message template in context "Metrics", params) when it applies."""

    drug_class: str | None
    points: list
    warning: tuple[str, dict] | None


def customer_metrics(store: Store, customer_id: str, months: int = 12
                     ) -> tuple[list[ShareSeries], list[MetricPoint]]:
    """Prescription share by drug class over the last `months` months with figures, for a
    doctor (their own) or a department/hospital (summed over its doctors, the domain's
    rule), and the monthly figures behind it, newest first."""
    with store.read() as s:
        members = member_doctors(s, customer_id)
        rows = list(s.exec(select(CustomerMetric).where(
            CustomerMetric.customer_id.in_(members),
            CustomerMetric.deleted == False)))  # noqa: E712
    if not rows:
        return [], []
    periods = metrics.months_back(max(r.period for r in rows), months)
    classes = sorted({r.drug_class for r in rows}, key=lambda c: (c is None, c or ""))
    series, table = [], []
    for drug_class in classes:
        share = metrics.trend(rows, periods, "share", drug_class, members)
        if all(p.value is None for p in share):
            continue
        warning = metrics.falling_share_warning(share, drug_class or "") if drug_class else None
        series.append(ShareSeries(drug_class, share, warning))
        # the figures beside each share are the ones it was computed from
        paired = metrics.monthly_prescriptions(rows, periods, drug_class, members)
        table += [MetricPoint(period, drug_class, p.total, p.ours, p.share)
                  for period, p in paired.items() if p.total is not None]
    table.sort(key=lambda m: (m.period, m.drug_class or ""), reverse=True)
    return series, table
