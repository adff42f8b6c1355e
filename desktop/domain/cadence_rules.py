"""The visit cadence rules as pure functions of plain values: a tier's target of N calls a
month means a call every 30 / N days; a customer is overdue when more days than that have
passed since the last submitted call, or when never called on. Tiers without a target are
never overdue. `desktop.domain.visit_cadence` reads what they need through the ORM,
`desktop.domain.today_sql` with plain SQL at start; both apply these."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

DAYS_PER_MONTH = 30
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


def by_tier(overdue: Iterable[CadenceStatus], targets: Mapping[str, int]
            ) -> dict[str, list[CadenceStatus]]:
    """`overdue` (from `overdue_customers`) grouped by tier: every tier with a target, in
    name order, each keeping its customers' order."""
    grouped: dict[str, list[CadenceStatus]] = {tier: [] for tier in sorted(targets)}
    for status in overdue:
        grouped[status.tier].append(status)
    return grouped


def most_urgent_first(grouped: Mapping[str, list[CadenceStatus]]) -> list[CadenceStatus]:
    """The customers of `by_tier`'s groups in one list, the tiers A first."""
    return [status for tier in sorted(grouped, key=lambda t: TIER_ORDER.get(t, 9))
            for status in grouped[tier]]


def most_urgent(customers: Iterable[tuple[str, str | None]], last_visits: Mapping[str, date],
                targets: Mapping[str, int], today: date, limit: int
                ) -> tuple[list[CadenceStatus], int]:
    """The `limit` most urgent overdue customers among `(customer_id, tier)` pairs, in the
    order of `most_urgent_first(by_tier(overdue_customers(...)))`, and how many are overdue
    in all. Today asks this of every customer at each start: only the ones shown become
    `CadenceStatus` (a territory of 5,000 made ~3,600 of them for 200 rows)."""
    intervals = {tier: DAYS_PER_MONTH / n for tier, n in targets.items() if n and n > 0}
    overdue = []  # (tier rank, tier, visited, -days overdue, input order, id, last day)
    for order, (customer_id, tier) in enumerate(customers):
        interval = intervals.get(tier or "")
        if interval is None:
            continue
        last = last_visits.get(customer_id)
        if last is None:
            overdue.append((TIER_ORDER.get(tier, 9), tier, False, 0, order, customer_id, None))
            continue
        days = (today - last).days
        if days > interval:
            overdue.append((TIER_ORDER.get(tier, 9), tier, True, interval - days, order,
                            customer_id, last))
    shown = heapq.nsmallest(limit, overdue)  # input order breaks ties, as a stable sort
    return ([cadence(customer_id, tier, last, targets, today)
             for _rank, tier, _visited, _late, _order, customer_id, last in shown],
            len(overdue))
