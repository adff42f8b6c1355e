"""A customer's figures from the store: prescription share of a doctor, department or
hospital, and the outpatient visits, prescriptions, purchases and sales behind the customer's
charts and monthly table (`customer_figures`). The arithmetic (sums over doctors, never an average
of shares; trends; the falling-share warning) is in `desktop.domain.metrics`."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, select

from desktop.domain import metrics
from desktop.models import Customer, CustomerMetric, Product
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
    (departments and hospitals: the sums over their doctors), each doctor-month counted
    once."""
    members = member_doctors(session, customer_id)
    return metrics.sum_prescriptions(metrics.once_each_month(_metric_rows(session, members, drug_class,
                                                           periods)))


def share_trend(session: Session, customer_id: str, drug_class: str, last_period: str,
                months: int = 12) -> list[metrics.TrendPoint]:
    """Monthly prescription share of a doctor, department or hospital, for a chart."""
    periods = metrics.months_back(last_period, months)
    members = member_doctors(session, customer_id)
    return metrics.trend(metrics.once_each_month(_metric_rows(session, members, drug_class, periods)),
                         periods, "share", drug_class)


#: The figures a customer's charts show besides share, each summed per month and line.
CHART_FIELDS = ("outpatient_volume", "total_prescriptions", "our_prescriptions",
                "purchase_amount", "sales_volume", "sales_amount", "clinic_days")
PRESCRIPTION_FIELDS = ("total_prescriptions", "our_prescriptions")


@dataclass(frozen=True)
class MonthFigures:
    """One month of one line (drug class or product; neither: the customer as a whole): the
    figures of the table under the chart, share computed from the prescriptions beside it."""

    period: str
    drug_class: str | None
    product: str | None
    outpatient_volume: int | None = None
    total_prescriptions: int | None = None
    our_prescriptions: int | None = None
    purchase_amount: float | None = None
    sales_volume: int | None = None
    sales_amount: float | None = None
    clinic_days: int | None = None

    @property
    def share(self) -> float | None:
        return metrics.prescription_share(self.our_prescriptions, self.total_prescriptions)


@dataclass(frozen=True)
class ShareSeries:
    """Monthly prescription share of one drug class (or product), with the domain's
    falling-share warning (message template in context "Metrics", params) when it applies."""

    drug_class: str | None
    product: str | None
    points: list
    warning: tuple[str, dict] | None

    @property
    def label(self) -> str | None:
        return self.product or self.drug_class


@dataclass(frozen=True)
class FigureSeries:
    """One figure of one line (drug class, product, or None: the customer as a whole) by
    month, for a chart."""

    label: str | None
    points: list


@dataclass(frozen=True)
class CustomerFigures:
    """Everything the customer's figures tab shows: the months charted, share by drug class
    (or product), every other figure by line, and the monthly table (newest first)."""

    periods: list[str] = field(default_factory=list)
    share: list[ShareSeries] = field(default_factory=list)
    series: dict[str, list[FigureSeries]] = field(default_factory=dict)
    table: list[MonthFigures] = field(default_factory=list)

    def has(self, name: str) -> bool:
        """Does any month have this figure ("share" or a field of CHART_FIELDS)?"""
        lines = self.share if name == "share" else self.series.get(name, [])
        return any(p.value is not None for line in lines for p in line.points)


def _live_rows(session: Session, customer_ids: list[str]) -> list[CustomerMetric]:
    """The customers' figures, one row per customer, month and line: where two laptops
    entered the same month and line offline, the one changed last counts (summing both
    would count the month twice; the next import of the month keeps one)."""
    latest: dict[tuple, CustomerMetric] = {}
    for row in session.exec(select(CustomerMetric).where(
            CustomerMetric.customer_id.in_(customer_ids), CustomerMetric.deleted == LIVE)):
        key = (row.customer_id, row.period, *_line_key(row))
        if key not in latest or (row.updated_at, row.id) > (latest[key].updated_at,
                                                             latest[key].id):
            latest[key] = row
    return list(latest.values())


def _line_key(row) -> tuple[str | None, str | None]:
    return row.drug_class, row.product_id


def _line_order(key: tuple, names: dict) -> tuple:
    drug_class, product_id = key
    return drug_class is None, drug_class or "", product_id is not None, names.get(product_id, "")


def customer_figures(store: Store, customer_id: str, months: int = 12) -> CustomerFigures:
    """A customer's figures over the last `months` months that have any. Outpatient visits,
    purchases, sales and clinic days are the customer's own; prescriptions (and the share
    computed from them) are the customer's own too, and for a department or hospital that
    has none of its own, the sums over its doctors (the domain's rule)."""
    with store.read() as s:
        own = _live_rows(s, [customer_id])
        prescribed = [r for r in own if r.total_prescriptions is not None
                      or r.our_prescriptions is not None]
        if not prescribed:
            members = [m for m in member_doctors(s, customer_id) if m != customer_id]
            prescribed = _live_rows(s, members) if members else []
        product_ids = {r.product_id for r in own + prescribed if r.product_id}
        names = {p.id: p.name for p in s.exec(select(Product).where(
            Product.id.in_(product_ids)))} if product_ids else {}
    if not own and not prescribed:
        return CustomerFigures()
    periods = metrics.months_back(max(r.period for r in own + prescribed), months)
    return CustomerFigures(periods, _share_series(prescribed, periods, names),
                           _figure_series(own, prescribed, periods, names),
                           _table(own, prescribed, periods, names))


def _by_line(rows, names: dict) -> list[tuple[tuple, list]]:
    lines: dict[tuple, list] = {}
    for row in rows:
        lines.setdefault(_line_key(row), []).append(row)
    return sorted(lines.items(), key=lambda item: _line_order(item[0], names))


def _share_series(rows, periods: list[str], names: dict) -> list[ShareSeries]:
    series = []
    for (drug_class, product_id), found in _by_line(rows, names):
        points = metrics.trend(found, periods, "share", drug_class)
        if all(p.value is None for p in points):
            continue
        label = names.get(product_id) or drug_class
        warning = metrics.falling_share_warning(points, label) if label else None
        series.append(ShareSeries(drug_class, names.get(product_id), points, warning))
    return series


def _figure_series(own, prescribed, periods: list[str], names: dict
                   ) -> dict[str, list[FigureSeries]]:
    out = {}
    for name in CHART_FIELDS:
        rows = prescribed if name in PRESCRIPTION_FIELDS else own
        lines = []
        for (drug_class, product_id), found in _by_line(rows, names):
            points = metrics.trend(found, periods, name, drug_class)
            if any(p.value is not None for p in points):
                lines.append(FigureSeries(names.get(product_id) or drug_class, points))
        out[name] = lines
    return out


def _table(own, prescribed, periods: list[str], names: dict) -> list[MonthFigures]:
    """Per month and line: the own figures summed, and the prescriptions summed over the
    rows that report both (the figures the share beside them is computed from)."""
    wanted = set(periods)
    cells: dict[tuple, dict] = {}
    for row in own:
        if row.period in wanted:
            cell = cells.setdefault((row.period, *_line_key(row)), {})
            for name in CHART_FIELDS:
                value = getattr(row, name)
                if name not in PRESCRIPTION_FIELDS and value is not None:
                    cell[name] = cell.get(name, 0) + value
    for (drug_class, product_id), found in _by_line(prescribed, names):
        for period, p in metrics.monthly_prescriptions(found, periods, drug_class).items():
            if p.total is not None:
                cells.setdefault((period, drug_class, product_id), {}).update(
                    total_prescriptions=p.total, our_prescriptions=p.ours)
    table = [MonthFigures(period, drug_class, names.get(product_id), **values)
             for (period, drug_class, product_id), values in cells.items() if values]
    table.sort(key=lambda m: (m.period, m.drug_class or "", m.product or ""), reverse=True)
    return table
