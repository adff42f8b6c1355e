"""The rep's day, gathered for the Today screen from `desktop.domain.queries`: today's
planned calls, follow-ups due or overdue, complaints nearing their committed deadline, and
customers overdue for a visit by their tier. The rules live in `desktop.domain`; this module
adds only the names the screen shows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import select

from desktop.domain import queries
from desktop.domain.visit_cadence import TIER_ORDER, CadenceStatus
from desktop.models import CallPlan, Customer, PlanItem, Visit
from desktop.store.store import Store

OVERDUE_SHOWN = 200


@dataclass(frozen=True)
class PlannedCall:
    """A planned call of today, with its organisation and the status of its report."""

    plan_item_id: str
    customer_id: str
    customer_name: str
    organisation_name: str
    time_slot: str | None
    objective: str | None
    visit_id: str | None
    visit_status: str | None

    @property
    def done(self) -> bool:
        return self.visit_id is not None


@dataclass(frozen=True)
class OverdueCustomer:
    status: CadenceStatus
    customer_name: str

    @property
    def customer_id(self) -> str:
        return self.status.customer_id


def _signed_in_user_id(store: Store) -> str | None:
    try:
        from desktop.sync.local_account import signed_in_user
    except ImportError:
        return None
    user = signed_in_user(store)
    return (user or {}).get("id")


def planned_calls(store: Store, day: date, rep_user_id: str | None = None) -> list[PlannedCall]:
    """Today's calls of the signed-in rep (or, in a store nobody signed in to, of every rep
    with a plan for today), each with its organisation's name."""
    with store.read() as s:
        reps = [rep_user_id or _signed_in_user_id(store)]
        if reps[0] is None:
            reps = sorted(set(s.exec(select(CallPlan.rep_user_id).join(
                PlanItem, PlanItem.plan_id == CallPlan.id).where(PlanItem.day == day)).all()))
        calls = [c for rep in reps for c in queries.todays_planned_calls(s, rep, day)]
        calls.sort(key=lambda c: (c.time_slot or "", c.position))
        ids = {c.customer_id for c in calls}
        orgs = dict(s.exec(select(Customer.id, Customer.organisation_id).where(
            Customer.id.in_(ids))).all()) if ids else {}
        org_ids = {o for o in orgs.values() if o}
        names = dict(s.exec(select(Customer.id, Customer.name).where(
            Customer.id.in_(org_ids))).all()) if org_ids else {}
        visit_ids = [c.visit_id for c in calls if c.visit_id]
        statuses = dict(s.exec(select(Visit.id, Visit.status).where(
            Visit.id.in_(visit_ids))).all()) if visit_ids else {}
    return [PlannedCall(c.item_id, c.customer_id, c.customer_name,
                        names.get(orgs.get(c.customer_id), ""), c.time_slot, c.objective,
                        c.visit_id, statuses.get(c.visit_id)) for c in calls]


def follow_ups_due(store: Store, day: date, now: datetime | None = None):
    """Open follow-ups due on or before `day` and not snoozed past now, most overdue first."""
    with store.read() as s:
        return queries.follow_ups_due(s, day, now=now or datetime.now(UTC))


def complaints_near_deadline(store: Store, now: datetime | None = None):
    """Open complaints whose committed deadline is near or passed, most urgent first."""
    with store.read() as s:
        return queries.complaints_nearing_deadline(s, now or datetime.now(UTC))


def customers_overdue(store: Store, day: date, limit: int = OVERDUE_SHOWN
                      ) -> tuple[list[OverdueCustomer], int]:
    """Customers overdue for a visit by their tier (A first), at most `limit` of them, and
    how many are overdue in all."""
    with store.read() as s:
        grouped = queries.customers_overdue_by_tier(s, day)
        ordered = [status for tier in sorted(grouped, key=lambda t: TIER_ORDER.get(t, 9))
                   for status in grouped[tier]]
        shown = ordered[:limit]
        ids = [st.customer_id for st in shown]
        names = dict(s.exec(select(Customer.id, Customer.name).where(
            Customer.id.in_(ids))).all()) if ids else {}
    return [OverdueCustomer(st, names.get(st.customer_id, "")) for st in shown], len(ordered)
