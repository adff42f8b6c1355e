"""Complaint analysis for managers and quality assurance (收集、整合和分析投诉信息): complaints
by product, lot, kind, customer and month, with the time to answer and the on-time rate, and
the lots with repeated complaints.

Definitions (docs/manager-desk.md repeats them for the users):
- a complaint belongs to the month (and period) in which it was **received**, on the user's
  clock;
- it is **answered** when the result is reported to the customer
  (`reported_to_customer_at`); **time to answer** = answered − received, in hours (shown in
  days); the figure of a group is the median over its answered complaints (one very slow
  answer does not hide how the others went) beside the mean;
- it is **due** once answered or once its committed deadline has passed; **on time** when
  answered by the committed deadline; **on-time rate** = on time / due. A complaint still open
  past its deadline counts as late (it is already late whatever happens); an open one whose
  deadline is still ahead is not counted yet;
- "open" is desktop.domain.complaint_rules' one definition (`is_open`);
- a **repeated lot** is a product's lot with `REPEATED_LOT` or more complaints in the period
  (of any kind): a sign that the batch itself may be at fault.
Pure functions over plain rows, plus one read of the store. No Qt.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from enum import StrEnum
from statistics import mean, median

from sqlmodel import select

from desktop.domain import complaint_rules, local_time
from desktop.domain.customer_names import display_name_sql
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, Customer, Product
from desktop.store.store import Store

REPEATED_LOT = 2  # complaints on one lot in the period that make it stand out
LIVE = False


class Dimension(StrEnum):
    PRODUCT = "product"
    LOT = "lot"
    KIND = "kind"
    CUSTOMER = "customer"
    MONTH = "month"


DIMENSION_LABELS = {
    Dimension.PRODUCT: _t("ComplaintAnalysis", "Product"),
    Dimension.LOT: _t("ComplaintAnalysis", "Lot"),
    Dimension.KIND: _t("ComplaintAnalysis", "Kind"),
    Dimension.CUSTOMER: _t("ComplaintAnalysis", "Customer"),
    Dimension.MONTH: _t("ComplaintAnalysis", "Month"),
}


@dataclass(frozen=True)
class ComplaintFact:
    """One complaint as the analysis sees it."""

    id: str
    customer_id: str
    customer_name: str
    product_id: str | None
    product_name: str
    lot: str | None
    kind: str
    status: str
    received_at: datetime  # aware UTC
    committed_deadline: datetime
    answered_at: datetime | None
    month: str  # "2026-03", of receipt on the user's clock

    def hours_to_answer(self) -> float | None:
        if self.answered_at is None:
            return None
        return (self.answered_at - self.received_at).total_seconds() / 3600

    def due(self, now: datetime) -> bool:
        return self.answered_at is not None or self.committed_deadline <= now

    def on_time(self) -> bool:
        return self.answered_at is not None and self.answered_at <= self.committed_deadline

    def is_open(self) -> bool:
        return complaint_rules.is_open(self.status)


def complaint_facts(store: Store, start: date, end: date, tz: tzinfo | None = None
                    ) -> list[ComplaintFact]:
    """The complaints received from `start` to `end` (days on the user's clock, inclusive)."""
    tz = tz or local_time.time_zone()
    first, after = local_time.day_start(start, tz), local_time.day_start(end + timedelta(days=1),
                                                                           tz)
    query = (select(Complaint, display_name_sql(), Product.name)
             .join(Customer, Customer.id == Complaint.customer_id, isouter=True)
             .join(Product, Product.id == Complaint.product_id, isouter=True)
             .where(Complaint.deleted == LIVE, Complaint.received_at >= first,
                    Complaint.received_at < after)
             .order_by(Complaint.received_at, Complaint.id))
    with store.read() as s:
        found = s.exec(query).all()
    out = []
    for c, customer, product in found:
        received = local_time.aware_utc(c.received_at)
        out.append(ComplaintFact(
            c.id, c.customer_id, customer or "", c.product_id, product or "",
            (c.lot or "").strip() or None, c.kind, c.status, received,
            local_time.aware_utc(c.committed_deadline),
            local_time.aware_utc(c.reported_to_customer_at),
            local_time.local(received, tz).strftime("%Y-%m")))
    return out


@dataclass(frozen=True)
class GroupFigures:
    """The figures of one group (one product, one lot, one month…)."""

    key: str
    label: str
    complaints: int
    open: int
    answered: int
    due: int
    on_time: int
    median_hours: float | None
    mean_hours: float | None
    repeated_lot: bool = False

    @property
    def late(self) -> int:
        return self.due - self.on_time

    @property
    def on_time_rate(self) -> float | None:
        """On time / due (0–1); None while nothing is due."""
        return self.on_time / self.due if self.due else None


def _key(fact: ComplaintFact, dimension: Dimension) -> tuple[str, str]:
    """(group key, label) of a complaint; lots are per product (one lot number may exist
    for two products)."""
    if dimension == Dimension.PRODUCT:
        return fact.product_id or "", fact.product_name
    if dimension == Dimension.LOT:
        if not fact.lot:
            return "", ""
        return f"{fact.product_id or ''}|{fact.lot}", \
            f"{fact.product_name} · {fact.lot}" if fact.product_name else fact.lot
    if dimension == Dimension.KIND:
        return fact.kind, fact.kind
    if dimension == Dimension.CUSTOMER:
        return fact.customer_id, fact.customer_name
    return fact.month, fact.month


def figures_of(key: str, label: str, facts: list[ComplaintFact], now: datetime,
               repeated_lot: bool = False) -> GroupFigures:
    hours = [h for f in facts if (h := f.hours_to_answer()) is not None]
    return GroupFigures(
        key, label, len(facts), sum(f.is_open() for f in facts), len(hours),
        sum(f.due(now) for f in facts), sum(f.on_time() for f in facts),
        median(hours) if hours else None, mean(hours) if hours else None, repeated_lot)


def figures_by(facts: list[ComplaintFact], dimension: Dimension | str, now: datetime
               ) -> list[GroupFigures]:
    """One row per group. Months run in order; other groups most complaints first, then by
    name. Complaints without a product (or lot) form a group with an empty key."""
    dimension = Dimension(dimension)
    groups: dict[tuple[str, str], list[ComplaintFact]] = defaultdict(list)
    for fact in facts:
        groups[_key(fact, dimension)].append(fact)
    rows = [figures_of(key, label, members, now,
                       dimension == Dimension.LOT and bool(key) and len(members) >= REPEATED_LOT)
            for (key, label), members in groups.items()]
    if dimension == Dimension.MONTH:
        return sorted(rows, key=lambda r: r.key)
    return sorted(rows, key=lambda r: (-r.complaints, r.key == "", r.label))


def overall(facts: list[ComplaintFact], now: datetime) -> GroupFigures:
    return figures_of("", "", facts, now)


def repeated_lots(facts: list[ComplaintFact], now: datetime) -> list[GroupFigures]:
    """The lots with `REPEATED_LOT` or more complaints, most complaints first."""
    return [r for r in figures_by(facts, Dimension.LOT, now) if r.repeated_lot]


def months_between(start: date, end: date) -> list[str]:
    """Every month from `start` to `end` ("2026-01"…), so a month without complaints shows."""
    out, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def by_month(facts: list[ComplaintFact], start: date, end: date, now: datetime
             ) -> list[GroupFigures]:
    """The monthly figures with the empty months filled in (for the chart)."""
    found = {r.key: r for r in figures_by(facts, Dimension.MONTH, now)}
    return [found.get(m) or figures_of(m, m, [], now) for m in months_between(start, end)]
