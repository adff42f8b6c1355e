"""Plan against actual: which planned calls were made, weekly compliance and frequency
attainment per tier. Pure functions over plain facts."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class PlannedCall:
    item_id: str
    customer_id: str
    day: date


@dataclass(frozen=True)
class MadeCall:
    visit_id: str
    customer_id: str
    day: date
    plan_item_id: str | None = None
    submitted: bool = True


@dataclass(frozen=True)
class ItemOutcome:
    item_id: str
    status: str  # done | missed | pending (day not over yet)
    visit_id: str | None


def item_outcomes(items: list[PlannedCall], calls: list[MadeCall], today: date) -> list[ItemOutcome]:
    """Each plan item is done when a submitted call report is linked to it, or (for calls
    logged without the link) when a submitted report for the same customer on the planned day
    is not linked to another item; otherwise missed once its day is past, else pending."""
    linked = {c.plan_item_id: c for c in calls if c.plan_item_id and c.submitted}
    unlinked = defaultdict(list)
    for c in calls:
        if c.submitted and not c.plan_item_id:
            unlinked[(c.customer_id, c.day)].append(c)
    out = []
    for item in sorted(items, key=lambda i: (i.day, i.item_id)):
        call = linked.get(item.item_id)
        if call is None and unlinked[(item.customer_id, item.day)]:
            call = unlinked[(item.customer_id, item.day)].pop(0)
        if call is not None:
            out.append(ItemOutcome(item.item_id, "done", call.visit_id))
        elif item.day < today:
            out.append(ItemOutcome(item.item_id, "missed", None))
        else:
            out.append(ItemOutcome(item.item_id, "pending", None))
    return out


def compliance(outcomes: list[ItemOutcome]) -> float | None:
    """Done / (done + missed), over items whose day has passed or that are done.
    None when nothing is due yet."""
    done = sum(o.status == "done" for o in outcomes)
    due = done + sum(o.status == "missed" for o in outcomes)
    return None if due == 0 else done / due


def frequency_attainment(calls_by_customer: dict[str, int], tier_of: dict[str, str | None],
                         targets: dict[str, int]) -> dict[str, float | None]:
    """Per tier: calls that count towards the month's targets (each customer's calls capped
    at its target) divided by the calls the targets ask for. None for a tier with no
    customers or no target."""
    wanted: dict[str, int] = defaultdict(int)
    got: dict[str, int] = defaultdict(int)
    for customer_id, tier in tier_of.items():
        target = targets.get(tier or "", 0)
        if not target:
            continue
        wanted[tier] += target
        got[tier] += min(calls_by_customer.get(customer_id, 0), target)
    return {tier: (got[tier] / wanted[tier] if wanted.get(tier) else None) for tier in targets}
