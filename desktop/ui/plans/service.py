"""What the plan screens show and do, over the local store. No Qt: the screens (and the
end-to-end tests) call these functions; each opens its own short store session.

Rules live in `desktop.domain` (plans, suggestions, compliance, team); this module gathers
rows for the screens and writes through the domain functions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import select

from desktop.domain import plans, workflows
from desktop.domain.plan_compliance import MadeCall, PlannedCall, compliance, item_outcomes
from desktop.domain.plan_suggestions import Suggestion, counts_against_targets, suggest_week
from desktop.domain.team import RepSummary, team_summary
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import (
    CallPlan,
    Customer,
    FrequencyTarget,
    PlanDecision,
    PlanItem,
    Product,
    TeamMember,
    Territory,
    Visit,
)
from desktop.models.enums import PlanAction, PlanStatus
from desktop.store.store import Store

WORKDAYS = 5
TIERS = ("A", "B", "C", "D")


@dataclass(frozen=True)
class Identity:
    """Who uses the app: from the last sign-in (works offline)."""

    user_id: str
    role: str  # rep | manager | admin
    region_id: str | None
    territory_ids: tuple[str, ...]
    display_name: str = ""

    @property
    def is_manager(self) -> bool:
        return self.role in (workflows.MANAGER, workflows.ADMIN)


def current_identity(store: Store) -> Identity | None:
    """The signed-in user, else (a local store without an account, e.g. the demo) the owner
    of the first territory, else None."""
    try:
        from desktop.sync.local_account import signed_in_user

        user = signed_in_user(store)
    except ImportError:  # sync not part of this build
        user = None
    if user and user.get("id"):
        return Identity(user["id"], user.get("role") or workflows.REP, user.get("region_id"),
                        tuple(user.get("territory_ids") or ()),
                        user.get("display_name") or user.get("username") or "")
    with store.read() as s:
        territory = s.exec(select(Territory).where(
            Territory.owner_user_id != None, Territory.deleted == False)  # noqa: E711,E712
            .order_by(Territory.code)).first()
        if territory is None:
            return None
        member = s.get(TeamMember, territory.owner_user_id)
        owned = s.exec(select(Territory.id).where(
            Territory.owner_user_id == territory.owner_user_id,
            Territory.deleted == False)).all()  # noqa: E712
    return Identity(territory.owner_user_id, workflows.REP, territory.region_id, tuple(owned),
                    member.display_name if member else "")


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


@dataclass(frozen=True)
class QueueRow:
    plan_id: str
    rep_user_id: str
    rep_name: str
    week_start: date
    submitted_at: datetime | None
    plan_revision: int
    item_count: int


def _day(value) -> date:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.date() if isinstance(value, datetime) else value


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _names(session, ids) -> dict[str, str]:
    ids = {i for i in ids if i}
    if not ids:
        return {}
    return dict(session.exec(select(TeamMember.id, TeamMember.display_name).where(
        TeamMember.id.in_(ids))).all())


def week_plan(store: Store, rep_user_id: str, week_start: date, *, region_id: str | None = None,
              territory_ids: list[str] | None = None, today: date | None = None) -> WeekPlan:
    """Everything the week view shows for `rep_user_id`'s week starting `week_start`."""
    today = today or date.today()
    week_start = plans.monday_of(week_start)
    with store.read() as s:
        rep_name = _names(s, [rep_user_id]).get(rep_user_id, "")
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
            names = _names(s, [d.actor_user_id for d in decisions])
            out.history = [DecisionRow(d.action, names.get(d.actor_user_id, d.actor_user_id or ""),
                                       d.at, d.comment, d.plan_revision) for d in decisions]
            out.rejections = _rejections(store, {plan.id} | {i.id for i in items}
                                         | {d.id for d in decisions})
        customers = {c.id: c for c in s.exec(select(Customer).where(
            Customer.id.in_({i.customer_id for i in items})))} if items else {}
        orgs = _names_of_customers(s, {c.organisation_id for c in customers.values()})
        products = dict(s.exec(select(Product.id, Product.name)).all()) if items else {}
        week_from = datetime.combine(week_start, time.min, tzinfo=UTC)
        visits = list(s.exec(select(Visit).where(
            Visit.deleted == False, Visit.started_at >= week_from,  # noqa: E712
            Visit.started_at < week_from + timedelta(days=7),
            Visit.customer_id.in_({i.customer_id for i in items})))) if items else []
        outcomes = {o.item_id: o for o in item_outcomes(
            [PlannedCall(i.id, i.customer_id, i.day) for i in items],
            [MadeCall(v.id, v.customer_id, _day(v.started_at), v.plan_item_id,
                      v.status == "submitted") for v in visits], today)}
        out.compliance = compliance(list(outcomes.values()))
        for i in items:
            c = customers.get(i.customer_id)
            o = outcomes[i.id]
            out.items.append(ItemRow(
                i.id, i.customer_id, c.name if c else "", orgs.get(c.organisation_id, "") if c else "",
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
    return [SuggestionRow(f.customer_id, customers[f.customer_id].name,
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


# ------------------------------------------------------------------ the manager's side
def approvals_queue(store: Store, identity: Identity) -> list[QueueRow]:
    """Submitted plans of the manager's region (oldest submission first)."""
    with store.read() as s:
        query = select(CallPlan).where(CallPlan.status == PlanStatus.SUBMITTED,
                                       CallPlan.deleted == False)  # noqa: E712
        if identity.region_id and identity.role != workflows.ADMIN:
            region_territories = select(Territory.id).where(Territory.region_id == identity.region_id)
            query = query.where(CallPlan.territory_id.in_(region_territories))
        found = list(s.exec(query))
        names = _names(s, [p.rep_user_id for p in found])
        counts = defaultdict(int)
        if found:
            for plan_id in s.exec(select(PlanItem.plan_id).where(
                    PlanItem.plan_id.in_([p.id for p in found]), PlanItem.deleted == False)):  # noqa: E712
                counts[plan_id] += 1
    rows = [QueueRow(p.id, p.rep_user_id, names.get(p.rep_user_id, ""), p.week_start,
                     p.submitted_at, p.plan_revision, counts[p.id]) for p in found]
    return sorted(rows, key=lambda r: (r.submitted_at or datetime.max.replace(tzinfo=UTC),
                                       r.rep_name))


def plan_of(store: Store, plan_id: str, today: date | None = None) -> WeekPlan:
    """The week of any plan the user can see (the manager opening one from the queue)."""
    with store.read() as s:
        plan = s.get(CallPlan, plan_id)
        region = s.get(Territory, plan.territory_id)
    return week_plan(store, plan.rep_user_id, plan.week_start,
                     region_id=region.region_id if region else None,
                     territory_ids=[plan.territory_id], today=today)


def approve(store: Store, plan_id: str, identity: Identity, comment: str | None = None) -> None:
    with store.write() as w:
        plans.approve(w, plan_id, manager_user_id=identity.user_id, comment=comment or None)


def return_plan(store: Store, plan_id: str, identity: Identity, comment: str) -> None:
    with store.write() as w:
        plans.return_plan(w, plan_id, manager_user_id=identity.user_id, comment=comment)


def team(store: Store, identity: Identity, week_start: date, today: date | None = None
         ) -> list[RepSummary]:
    with store.read() as s:
        return team_summary(s, identity.region_id, plans.monday_of(week_start),
                            today or date.today())


def region_targets(store: Store, identity: Identity) -> dict[str, int]:
    """Calls a month per tier in force for the user's region (company-wide unless the
    region sets its own)."""
    with store.read() as s:
        return plans.frequency_targets(s, identity.region_id)


def set_region_targets(store: Store, identity: Identity, calls: dict[str, int]) -> int:
    """A manager sets their region's calls a month per tier (synced; the server accepts
    them from the region's manager or an admin only). Returns how many rows changed."""
    if not identity.is_manager or not identity.region_id:
        raise plans.PlanRuleError(MSG_TARGETS_ROLE, {})
    changed = 0
    with store.write() as w:
        own = {t.tier: t for t in w.session.exec(select(FrequencyTarget).where(
            FrequencyTarget.region_id == identity.region_id,
            FrequencyTarget.product_id == None,  # noqa: E711
            FrequencyTarget.deleted == False))}  # noqa: E712
        for tier, value in calls.items():
            current = own.get(tier)
            if current is None:
                w.create(FrequencyTarget, tier=tier, calls_per_month=value,
                         region_id=identity.region_id)
            elif current.calls_per_month != value:
                w.update(FrequencyTarget, current.id, {"calls_per_month": value})
            else:
                continue
            changed += 1
    return changed


# ------------------------------------------------------------------ notifications
SEEN_STATE = "plans.decisions_seen_at"


@dataclass(frozen=True)
class DecisionNotice:
    plan_id: str
    week_start: date
    action: str  # approve | return
    actor_name: str
    comment: str | None
    at: datetime


def new_decisions(store: Store, identity: Identity, *, mark_seen: bool = True
                  ) -> list[DecisionNotice]:
    """Managers' decisions on the rep's plans that arrived since the last call (by sync).
    The first call only remembers where it stands, so old history is not announced."""
    with store.read() as s:
        rows = list(s.exec(select(PlanDecision, CallPlan).join(
            CallPlan, CallPlan.id == PlanDecision.plan_id).where(
            CallPlan.rep_user_id == identity.user_id, PlanDecision.deleted == False,  # noqa: E712
            PlanDecision.action.in_([PlanAction.APPROVE, PlanAction.RETURN]))))
        names = _names(s, [d.actor_user_id for d, _p in rows])
    seen_raw = store.state(SEEN_STATE)
    newest = max((d.revision for d, _p in rows), default=0)
    if seen_raw is None:
        if mark_seen:
            store.set_state(SEEN_STATE, str(newest))
        return []
    seen = int(seen_raw)
    # Pulled rows carry the server revision; a local (unsent) decision has none yet.
    recent = datetime.now(UTC) - timedelta(days=14)  # a first sync brings old history too
    fresh = [(d, p) for d, p in rows if d.revision > seen and d.actor_user_id != identity.user_id
             and _aware(d.at) >= recent]
    if mark_seen and newest > seen:
        store.set_state(SEEN_STATE, str(newest))
    return [DecisionNotice(p.id, p.week_start, d.action, names.get(d.actor_user_id, ""),
                           d.comment, d.at) for d, p in sorted(fresh, key=lambda r: r[0].at)]


MSG_NO_TERRITORY = _t("Workflow", "You have no territory yet, so there is nothing to plan; "
                      "ask your administrator to assign one.")
MSG_TARGETS_ROLE = _t("Workflow", "Only a regional manager sets the call targets of a region.")
