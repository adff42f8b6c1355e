"""Visit cadence: which customers are overdue for a call given their tier's frequency target,
and how well a month's calls met the targets.

A tier's target of N calls a month means a call every 30 / N days (A: 4 → every 7.5 days,
B: 2 → 15 days, C: 1 → 30 days). A customer is overdue when more days than that have passed
since the last submitted call, or when they were never called on. Tiers without a target
(D, untiered) are never overdue. The rules are pure functions of plain values
(`desktop.domain.cadence_rules`, imported here too); this module reads what they need from
the store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, tzinfo

from sqlmodel import Session, select

from desktop.domain.cadence_rules import (  # noqa: F401 - the rules, here too
    DAYS_PER_MONTH,
    TIER_ORDER,
    WEEKS_PER_MONTH,
    CadenceStatus,
    by_tier,
    cadence,
    frequency_phrase,
    most_urgent,
    most_urgent_first,
    overdue_customers,
    visit_interval_days,
)
from desktop.domain.local_time import day_reader, local_day  # noqa: F401 - here too
from desktop.domain.plan_compliance import frequency_attainment
from desktop.domain.plans import frequency_targets
from desktop.models import Customer
from desktop.models.enums import CustomerKind
from desktop.store import last_calls

LIVE = False


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
    """Day of the latest submitted call per customer (of the customers of `territory_ids`),
    in the rep's time zone or `tz`, as the store keeps it (desktop/store/last_calls)."""
    day_of = day_reader(tz)
    return {customer_id: day_of(latest)  # stored UTC text
            for customer_id, latest in last_calls.latest_calls(session, territory_ids)}


def customers_overdue_by_tier(session: Session, today: date, *,
                              territory_ids: Iterable[str] | None = None,
                              region_id: str | None = None, tz: tzinfo | None = None
                              ) -> dict[str, list[CadenceStatus]]:
    """Customers overdue for a call against their tier's frequency target, grouped by tier
    (A, B, C…; only tiers with a target), most urgent first within each tier."""
    customers, last, targets = _cadence_inputs(session, territory_ids, region_id, tz)
    return by_tier(overdue_customers(customers, last, targets, today), targets)


def most_urgent_overdue(session: Session, today: date, limit: int, *,
                        territory_ids: Iterable[str] | None = None,
                        region_id: str | None = None, tz: tzinfo | None = None
                        ) -> tuple[list[CadenceStatus], int]:
    """The `limit` first of `most_urgent_first(customers_overdue_by_tier(...))`, and how
    many are overdue in all."""
    customers, last, targets = _cadence_inputs(session, territory_ids, region_id, tz)
    return most_urgent(customers, last, targets, today, limit)


def _cadence_inputs(session: Session, territory_ids: Iterable[str] | None,
                    region_id: str | None, tz: tzinfo | None):
    """(customer id, tier) of the customers a target applies to, their last calls' days,
    and the targets by tier."""
    territory_ids = list(territory_ids) if territory_ids is not None else None
    targets = frequency_targets(session, region_id)
    query = select(Customer.id, Customer.tier).where(
        Customer.deleted == LIVE, Customer.tier.in_(list(targets)),
        Customer.kind != CustomerKind.PATIENT)
    if territory_ids is not None:
        query = query.where(Customer.territory_id.in_(territory_ids))
    customers = session.exec(query).all()
    return customers, last_visit_days(session, territory_ids, tz), targets
