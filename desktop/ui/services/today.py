"""The rep's day: today's planned calls, follow-ups due or overdue, complaints nearing their
committed deadline, and customers overdue for a visit by their tier.

The rules (what "nearing" and "overdue by tier" mean) live in `desktop.domain`; this module
only gathers the rows the Today screen lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlmodel import select

from desktop.domain import complaint_rules
from desktop.models import Customer, PlanItem, Visit
from desktop.store.store import Store
from desktop.ui.services import complaints, follow_ups


@dataclass(frozen=True)
class PlannedCall:
    plan_item_id: str
    customer_id: str
    customer_name: str
    organisation_name: str
    time_slot: str | None
    objective: str | None
    visit_id: str | None  # the report logged for this item, if any
    visit_status: str | None

    @property
    def done(self) -> bool:
        return self.visit_id is not None


@dataclass(frozen=True)
class OverdueCustomer:
    customer_id: str
    customer_name: str
    tier: str | None
    last_visit: date | None
    days_overdue: int | None
    reason: tuple[str, dict] | None = None  # (template in its context, params)


def planned_calls(store: Store, day: date) -> list[PlannedCall]:
    """Plan items of `day` (any of the rep's plans), by time slot and position."""
    with store.read() as s:
        items = s.exec(select(PlanItem, Customer).join(
            Customer, Customer.id == PlanItem.customer_id).where(
            PlanItem.day == day, PlanItem.deleted == False)  # noqa: E712
            .order_by(PlanItem.time_slot, PlanItem.position)).all()
        ids = [i.id for i, _c in items]
        visits = {}
        if ids:
            for v in s.exec(select(Visit).where(Visit.plan_item_id.in_(ids),
                                                Visit.deleted == False)):  # noqa: E712
                best = visits.get(v.plan_item_id)
                if best is None or v.status == "submitted":
                    visits[v.plan_item_id] = v
        org_ids = {c.organisation_id for _i, c in items if c.organisation_id}
        orgs = {c.id: c.name for c in s.exec(select(Customer).where(
            Customer.id.in_(org_ids)))} if org_ids else {}
    return [PlannedCall(i.id, c.id, c.name, orgs.get(c.organisation_id, ""), i.time_slot,
                        i.objective, visits[i.id].id if i.id in visits else None,
                        visits[i.id].status if i.id in visits else None)
            for i, c in items]


def follow_ups_due(store: Store, day: date) -> list[follow_ups.FollowUpRow]:
    """Open follow-ups due on or before `day`, oldest first."""
    return [r for r in follow_ups.follow_up_rows(store) if r.due_date <= day]


def complaints_near_deadline(store: Store, now: datetime | None = None):
    """Open complaints whose committed deadline is near or passed, most urgent first."""
    now = now or datetime.now(UTC)
    rows = complaints.complaint_rows(store, include_closed=False)
    return complaint_rules.complaints_nearing_deadline(rows, now)


def customers_overdue(store: Store, day: date, limit: int = 50) -> list[OverdueCustomer]:
    """Customers overdue for a visit by their tier, most overdue first (from
    `desktop.domain.visit_cadence`; empty until that module is installed)."""
    try:
        from desktop.domain import visit_cadence
    except ImportError:
        return []
    with store.read() as session:
        found = visit_cadence.overdue_customers(session, day)[:limit]
    out = []
    for item in found:
        get = (lambda n, i=item: i.get(n)) if isinstance(item, dict) else \
            (lambda n, i=item: getattr(i, n, None))
        out.append(OverdueCustomer(get("customer_id"), get("name") or get("customer_name") or "",
                                   get("tier"), get("last_visit"), get("days_overdue")))
    return out
