"""Visit cadence: which customers are overdue for a call given their tier's frequency target,
and how well a month's calls met the targets.

A tier's target of N calls a month means a call every 30 / N days (A: 4 → every 7.5 days,
B: 2 → 15 days, C: 1 → 30 days). A customer is overdue when more days than that have passed
since the last submitted call, or when they were never called on. Tiers without a target
(D, untiered) are never overdue. Pure functions of plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from desktop.domain.plan_compliance import frequency_attainment
from desktop.i18n import QT_TRANSLATE_NOOP as _t

DAYS_PER_MONTH = 30
TIER_ORDER = {"A": 0, "B": 1, "C": 2, "D": 3}

MSG_NEVER_VISITED = _t("Cadence", "Never visited (tier {tier}: every {interval} days)")
MSG_OVERDUE = _t("Cadence", "{days} days since the last call (tier {tier}: every {interval} days)")


def visit_interval_days(calls_per_month: int | None) -> float | None:
    """Days between calls a target asks for; None when there is no (positive) target."""
    if not calls_per_month or calls_per_month <= 0:
        return None
    return DAYS_PER_MONTH / calls_per_month


def local_day(moment: datetime | date, tz: tzinfo | None = None) -> date:
    """The calendar day of a stored (UTC) timestamp where the rep is (`tz`, default: this
    machine's zone); dates pass through."""
    if isinstance(moment, datetime):
        return moment.astimezone(tz).date()
    return moment


@dataclass(frozen=True)
class CadenceStatus:
    customer_id: str
    tier: str | None
    last_visit: date | None
    days_since: int | None  # None: never visited
    interval_days: float | None

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

    def message(self) -> tuple[str, dict] | None:
        if not self.overdue:
            return None
        interval = f"{self.interval_days:g}"
        if self.days_since is None:
            return MSG_NEVER_VISITED, {"tier": self.tier, "interval": interval}
        return MSG_OVERDUE, {"days": self.days_since, "tier": self.tier, "interval": interval}


def cadence(customer_id: str, tier: str | None, last_visit: date | None,
            targets: Mapping[str, int], today: date) -> CadenceStatus:
    """Where one customer stands against their tier's frequency target."""
    days = (today - last_visit).days if last_visit is not None else None
    return CadenceStatus(customer_id, tier, last_visit, days,
                         visit_interval_days(targets.get(tier or "")))


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
