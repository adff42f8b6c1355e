"""Approving call plans: the manager's queue of submitted plans, opening one, approving or
returning it, and the decisions a rep hears of after a sync. The rules (who may do what, in
which state) are in `desktop.domain.plans` and `desktop.domain.workflows`."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlmodel import select

from desktop.domain import local_time, plans, workflows
from desktop.domain.identity import Identity
from desktop.domain.local_time import aware_utc
from desktop.domain.plan_week import WeekPlan, member_names, week_plan
from desktop.models import CallPlan, PlanDecision, PlanItem, Territory
from desktop.models.enums import PlanAction, PlanStatus
from desktop.store.store import Store


@dataclass(frozen=True)
class QueueRow:
    plan_id: str
    rep_user_id: str
    rep_name: str
    week_start: date
    submitted_at: datetime | None
    plan_revision: int
    item_count: int


def approvals_queue(store: Store, identity: Identity) -> list[QueueRow]:
    """Submitted plans of the manager's region (oldest submission first)."""
    with store.read() as s:
        query = select(CallPlan).where(CallPlan.status == PlanStatus.SUBMITTED,
                                       CallPlan.deleted == False)  # noqa: E712
        if identity.region_id and identity.role != workflows.ADMIN:
            region_territories = select(Territory.id).where(Territory.region_id == identity.region_id)
            query = query.where(CallPlan.territory_id.in_(region_territories))
        found = list(s.exec(query))
        names = member_names(s, [p.rep_user_id for p in found])
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


# ------------------------------------------------------------------ decisions the rep hears of
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
        names = member_names(s, [d.actor_user_id for d, _p in rows])
    seen_raw = store.state(SEEN_STATE)
    newest = max((d.revision for d, _p in rows), default=0)
    if seen_raw is None:
        if mark_seen:
            store.set_state(SEEN_STATE, str(newest))
        return []
    seen = int(seen_raw)
    # Pulled rows carry the server revision; a local (unsent) decision has none yet.
    recent = local_time.now() - timedelta(days=14)  # a first sync brings old history too
    fresh = [(d, p) for d, p in rows if d.revision > seen and d.actor_user_id != identity.user_id
             and aware_utc(d.at) >= recent]
    if mark_seen and newest > seen:
        store.set_state(SEEN_STATE, str(newest))
    return [DecisionNotice(p.id, p.week_start, d.action, names.get(d.actor_user_id, ""),
                           d.comment, d.at) for d, p in sorted(fresh, key=lambda r: r[0].at)]
