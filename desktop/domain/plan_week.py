"""A rep's week of calls as the plan screens show it, and the rep's changes to it: items,
suggestions, submit, withdraw, revise. Each function opens its own short store session.

The rules are in `desktop.domain.plans` (state machine, items), `plan_suggestions` and
`plan_compliance`; the manager's side is in `plan_approvals` and `team`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import select

from desktop.domain import local_time, plans
from desktop.domain.customer_names import display_names
from desktop.domain.identity import Identity
from desktop.domain.local_time import day_start, local_day
from desktop.domain.plan_compliance import MadeCall, PlannedCall, compliance, item_outcomes
from desktop.domain.plan_suggestions import Suggestion, counts_against_targets, suggest_week
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import (
    Customer,
    PlanItem,
    Product,
    TeamMember,
    Territory,
    Visit,
)
from desktop.models.enums import PlanStatus
from desktop.store.store import Store

WORKDAYS = 5
TIERS = ("A", "B", "C", "D")


# ------------------------------------------------------------------ rows for the screens
@dataclass(frozen=True)
class ItemRow:
    id: str
    customer_id: str
    customer_name: str
    organisation_name: str
    tier: str | None
    day: date
    position: int
    time_slot: str | None
    objective: str | None
    product_names: tuple[str, ...]
    suggestion_reason: str | None
    outcome: str  # done | missed | pending
    visit_id: str | None


@dataclass(frozen=True)
class DecisionRow:
    action: str
    actor_name: str
    at: datetime
    comment: str | None
    plan_revision: int


@dataclass(frozen=True)
class RejectionRow:
    table: str
    row_id: str
    code: str
    reason: str
    at: datetime


@dataclass
class WeekPlan:
    """A rep's week: the plan (None: not started), its items, history and counts."""

    rep_user_id: str
    rep_name: str
    week_start: date
    plan_id: str | None = None
    status: str | None = None
    plan_revision: int = 1
    manager_comment: str | None = None
    submitted_at: datetime | None = None
    items: list[ItemRow] = field(default_factory=list)
    history: list[DecisionRow] = field(default_factory=list)
    rejections: list[RejectionRow] = field(default_factory=list)
    tier_counts: dict[str, tuple[int, float]] = field(default_factory=dict)
    targets: dict[str, int] = field(default_factory=dict)
    compliance: float | None = None

    @property
    def editable(self) -> bool:
        return self.status in (None, PlanStatus.DRAFT)

    @property
    def days(self) -> list[date]:
        return [self.week_start + timedelta(days=i) for i in range(WORKDAYS)]

    def items_of(self, day: date) -> list[ItemRow]:
        return sorted((i for i in self.items if i.day == day), key=lambda i: (i.position, i.id))


@dataclass(frozen=True)
class SuggestionRow:
    customer_id: str
    customer_name: str
    organisation_name: str
    tier: str | None
    day: date
    reason: str
    template: str  # English, context "PlanReason"
    params: dict


def member_names(session, ids) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.exec(select(TeamMember.id, TeamMember.display_name).where(
        TeamMember.id.in_(ids))).all())


def week_plan(store: Store, rep_user_id: str, week_start: date, *, region_id: str | None = None,
              territory_ids: list[str] | None = None, today: date | None = None) -> WeekPlan:
    """Everything the week view shows for `rep_user_id`'s week starting `week_start`."""
    today = today or local_time.today()
    week_start = plans.monday_of(week_start)
    with store.read() as s:
        rep_name = member_names(s, [rep_user_id]).get(rep_user_id, "")
        out = WeekPlan(rep_user_id, rep_name, week_start)
        out.targets = plans.frequency_targets(s, region_id)
        plan = plans.plan_for_week(s, rep_user_id, week_start)
        if territory_ids is None:
            territory_ids = list(s.exec(select(Territory.id).where(
                Territory.owner_user_id == rep_user_id, Territory.deleted == False)))  # noqa: E712
            if plan is not None and plan.territory_id not in territory_ids:
                territory_ids.append(plan.territory_id)
        items: list[PlanItem] = []
        if plan is not None:
            out.plan_id, out.status = plan.id, plan.status
            out.plan_revision, out.manager_comment = plan.plan_revision, plan.manager_comment
            out.submitted_at = plan.submitted_at
            items = plans.plan_items(s, plan.id)
            decisions = plans.plan_history(s, plan.id)
            names = member_names(s, [d.actor_user_id for d in decisions])
            out.history = [DecisionRow(d.action, names.get(d.actor_user_id, d.actor_user_id or ""),
                                       d.at, d.comment, d.plan_revision) for d in decisions]
            out.rejections = _rejections(store, {plan.id} | {i.id for i in items}
                                         | {d.id for d in decisions})
        customers = {c.id: c for c in s.exec(select(Customer).where(
            Customer.id.in_({i.customer_id for i in items})))} if items else {}
        orgs = _names_of_customers(s, {c.organisation_id for c in customers.values()})
        names = display_names(s, customers)
        products = dict(s.exec(select(Product.id, Product.name)).all()) if items else {}
        visits = list(s.exec(select(Visit).where(  # the rep's week, midnight to midnight
            Visit.deleted == False, Visit.started_at >= day_start(week_start),  # noqa: E712
            Visit.started_at < day_start(week_start + timedelta(days=7)),
            Visit.customer_id.in_({i.customer_id for i in items})))) if items else []
        outcomes = {o.item_id: o for o in item_outcomes(
            [PlannedCall(i.id, i.customer_id, i.day) for i in items],
            [MadeCall(v.id, v.customer_id, local_day(v.started_at), v.plan_item_id,
                      v.status == "submitted") for v in visits], today)}
        out.compliance = compliance(list(outcomes.values()))
        for i in items:
            c = customers.get(i.customer_id)
            o = outcomes[i.id]
            out.items.append(ItemRow(
                i.id, i.customer_id, names.get(i.customer_id, ""),
                orgs.get(c.organisation_id, "") if c else "",
                c.tier if c else None, i.day, i.position, i.time_slot, i.objective,
                tuple(products.get(p, "") for p in i.product_ids or ()), i.suggestion_reason,
                o.status, o.visit_id))
        by_tier = defaultdict(int)
        if territory_ids:
            for tier in s.exec(select(Customer.tier).where(
                    Customer.territory_id.in_(territory_ids), Customer.deleted == False,  # noqa: E712
                    Customer.tier != None)):  # noqa: E711
                by_tier[tier] += 1
        out.tier_counts = counts_against_targets([i.tier for i in out.items], out.targets,
                                                 dict(by_tier))
    return out


def _names_of_customers(session, ids) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.exec(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all())


def _rejections(store: Store, row_ids: set[str]) -> list[RejectionRow]:
    return [RejectionRow(r.table_name, r.row_id, r.code, r.reason, r.created_at)
            for r in store.rejections() if r.row_id in row_ids]


def week_suggestions(store: Store, identity: Identity, week_start: date) -> list[SuggestionRow]:
    """Suggested calls for the week (customers already planned are left out)."""
    week_start = plans.monday_of(week_start)
    with store.read() as s:
        facts = plans.customer_facts(s, identity.territory_ids, week_start)
        targets = plans.frequency_targets(s, identity.region_id)
        found = suggest_week(week_start, facts, targets)
        plan = plans.plan_for_week(s, identity.user_id, week_start)
        planned = {i.customer_id for i in plans.plan_items(s, plan.id)} if plan else set()
        found = [f for f in found if f.customer_id not in planned]
        customers = {c.id: c for c in s.exec(select(Customer).where(
            Customer.id.in_({f.customer_id for f in found})))} if found else {}
        orgs = _names_of_customers(s, {c.organisation_id for c in customers.values()})
        names = display_names(s, customers)
    return [SuggestionRow(f.customer_id, names[f.customer_id],
                          orgs.get(customers[f.customer_id].organisation_id, ""),
                          customers[f.customer_id].tier, f.day, f.reason, f.template, f.params)
            for f in found if f.customer_id in customers]


# ------------------------------------------------------------------ the rep's changes
def ensure_plan(store: Store, identity: Identity, week_start: date) -> str:
    """The id of the rep's plan for the week, created as a draft when missing."""
    if not identity.territory_ids:
        raise plans.PlanRuleError(MSG_NO_TERRITORY, {})
    with store.write() as w:
        return plans.create_plan(w, rep_user_id=identity.user_id,
                                 territory_id=identity.territory_ids[0],
                                 week_start=week_start).id


def add_suggestions(store: Store, plan_id: str, rows: list[SuggestionRow],
                    reason_text=lambda r: r.template.format(**r.params)) -> int:
    """Add suggested calls; `reason_text(row)` gives the reason as the rep reads it (the
    screens pass the translated text). Returns how many were added."""
    with store.write() as w:
        added = plans.apply_suggestions(w, plan_id, [
            _TextSuggestion(r.customer_id, r.day, r.reason, r.template, r.params,
                            reason_text(r)) for r in rows])
    return len(added)


@dataclass(frozen=True)
class _TextSuggestion(Suggestion):
    shown: str = ""

    @property
    def text(self) -> str:
        return self.shown or super().text


def add_customer(store: Store, plan_id: str, customer_id: str, day: date) -> str:
    with store.write() as w:
        return plans.add_item(w, plan_id, customer_id, day).id


def move_item(store: Store, item_id: str, day: date, position: int | None = None) -> None:
    """Put the item on `day` at `position` (None: last), renumbering that day's items."""
    with store.write() as w:
        item = w.get(PlanItem, item_id)
        same_day = [i for i in plans.plan_items(w.session, item.plan_id)
                    if i.day == day and i.id != item_id]
        same_day.sort(key=lambda i: (i.position, i.id))
        position = len(same_day) if position is None else max(0, min(position, len(same_day)))
        plans.move_item(w, item_id, day, position)
        for n, other in enumerate(same_day[:position] + [None] + same_day[position:]):
            if other is not None and other.position != n:
                w.update(PlanItem, other.id, {"position": n})


def update_item(store: Store, item_id: str, *, time_slot: str | None, objective: str | None
                ) -> None:
    with store.write() as w:
        item = w.get(PlanItem, item_id)
        plans._editable(w, item.plan_id)
        w.update(PlanItem, item_id, {"time_slot": time_slot or None,
                                     "objective": objective or None})


def remove_item(store: Store, item_id: str) -> None:
    with store.write() as w:
        plans.remove_item(w, item_id)


def submit(store: Store, plan_id: str, identity: Identity, comment: str | None = None) -> None:
    with store.write() as w:
        plans.submit(w, plan_id, actor_user_id=identity.user_id, comment=comment or None)


def withdraw(store: Store, plan_id: str, identity: Identity) -> None:
    with store.write() as w:
        plans.withdraw(w, plan_id, actor_user_id=identity.user_id)


def revise(store: Store, plan_id: str, identity: Identity) -> None:
    with store.write() as w:
        plans.revise(w, plan_id, actor_user_id=identity.user_id)


MSG_NO_TERRITORY = _t("Workflow", "You have no territory yet, so there is nothing to plan; "
                      "ask your administrator to assign one.")
