"""Visit cadence: which customers are overdue for a call given their tier's frequency target,
and how well a month's calls met the targets.

A tier's target of N calls a month means a call every 30 / N days (A: 4 → every 7.5 days,
B: 2 → 15 days, C: 1 → 30 days). A customer is overdue when more days than that have passed
since the last submitted call, or when they were never called on. Tiers without a target
(D, untiered) are never overdue. The rules are pure functions of plain values; the last
section reads what they need from the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain.local_time import local_day
from desktop.domain.plan_compliance import frequency_attainment
from desktop.domain.plans import frequency_targets
from desktop.models import Customer, Visit
from desktop.models.enums import CustomerKind, VisitStatus

DAYS_PER_MONTH = 30
LIVE = False
TIER_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}

WEEKS_PER_MONTH = 4


def frequency_phrase(calls_per_month: int | None) -> tuple[str, int] | None:
    """A monthly call target the way a rep says it: ("week", n) for about n calls a week
    when the target is whole calls a week (A: 4 a month → "about once a week"), else
    ("month", n); a rep does not think in "every 7.5 days". None without a target."""
    if not calls_per_month or calls_per_month <= 0:
        return None
    if calls_per_month % WEEKS_PER_MONTH == 0:
        return "week", calls_per_month // WEEKS_PER_MONTH
    return "month", calls_per_month


def visit_interval_days(calls_per_month: int | None) -> float | None:
    """Days between calls a target asks for; None when there is no (positive) target."""
    if not calls_per_month or calls_per_month <= 0:
        return None
    return DAYS_PER_MONTH / calls_per_month


@dataclass(frozen=True)
class CadenceStatus:
    customer_id: str
    tier: str | None
    last_visit: date | None
    days_since: int | None  # None: never visited
    interval_days: float | None
    calls_per_month: int | None = None  # the tier's target

    @property
    def overdue(self) -> bool:
        if self.interval_days is None:
            return False
        return self.days_since is None or self.days_since > self.interval_days

    @property
    def days_overdue(self) -> float | None:
        """Days past the interval (None if never visited or not overdue)."""
        if not self.overdue or self.days_since is None:
            return None
        return self.days_since - self.interval_days


def cadence(customer_id: str, tier: str | None, last_visit: date | None,
            targets: Mapping[str, int], today: date) -> CadenceStatus:
    """Where one customer stands against their tier's frequency target."""
    days = (today - last_visit).days if last_visit is not None else None
    target = targets.get(tier or "")
    return CadenceStatus(customer_id, tier, last_visit, days, visit_interval_days(target),
                         target)


def overdue_customers(customers: Iterable[tuple[str, str | None]],
                      last_visits: Mapping[str, date], targets: Mapping[str, int],
                      today: date) -> list[CadenceStatus]:
    """The overdue ones among `(customer_id, tier)` pairs, by tier (A first), never-visited
    first within a tier, then the longest overdue."""
    found = [s for cid, tier in customers
             if (s := cadence(cid, tier, last_visits.get(cid), targets, today)).overdue]
    return sorted(found, key=lambda s: (TIER_ORDER.get(s.tier or "", 9),
                                        s.days_since is not None, -(s.days_overdue or 0)))


def calls_in_month(visits: Iterable[tuple[str, date]], month: date) -> dict[str, int]:
    """Calls per customer in the calendar month of `month` from `(customer_id, day)` pairs."""
    counts: dict[str, int] = {}
    for customer_id, day in visits:
        if day.year == month.year and day.month == month.month:
            counts[customer_id] = counts.get(customer_id, 0) + 1
    return counts


def month_attainment(visits: Iterable[tuple[str, date]], tier_of: Mapping[str, str | None],
                     targets: Mapping[str, int], month: date) -> dict[str, float | None]:
    """Frequency attainment per tier for the month of `month`: calls that count towards the
    targets (each customer's calls capped at its target) over the calls the targets ask for
    (the same rule as the plan compliance figures)."""
    return frequency_attainment(calls_in_month(visits, month), dict(tier_of), dict(targets))


# ------------------------------------------------------------------ from the store
def last_visit_days(session: Session, territory_ids: Iterable[str] | None = None,
                    tz: tzinfo | None = None) -> dict[str, date]:
    """Day of the latest submitted call per customer (in the rep's time zone, or `tz`)."""
    query = select(Visit.customer_id, func.max(Visit.started_at)).where(
        Visit.deleted == LIVE, Visit.status == VisitStatus.SUBMITTED).group_by(Visit.customer_id)
    if territory_ids is not None:
        query = query.where(Visit.territory_id.in_(list(territory_ids)))
    out = {}
    for customer_id, latest in session.exec(query).all():
        out[customer_id] = local_day(latest, tz)  # text: func.max loses the type in SQLite
    return out


def customers_overdue_by_tier(session: Session, today: date, *,
                              territory_ids: Iterable[str] | None = None,
                              region_id: str | None = None, tz: tzinfo | None = None
                              ) -> dict[str, list[CadenceStatus]]:
    """Customers overdue for a call against their tier's frequency target, grouped by tier
    (A, B, C…; only tiers with a target), most urgent first within each tier."""
    territory_ids = list(territory_ids) if territory_ids is not None else None
    targets = frequency_targets(session, region_id)
    query = select(Customer.id, Customer.tier).where(
        Customer.deleted == LIVE, Customer.tier.in_(list(targets)),
        Customer.kind != CustomerKind.PATIENT)
    if territory_ids is not None:
        query = query.where(Customer.territory_id.in_(territory_ids))
    customers = session.exec(query).all()
    overdue = overdue_customers(customers, last_visit_days(session, territory_ids, tz),
                                targets, today)
    grouped: dict[str, list[CadenceStatus]] = {tier: [] for tier in sorted(targets)}
    for status in overdue:
        grouped[status.tier].append(status)
    return grouped
