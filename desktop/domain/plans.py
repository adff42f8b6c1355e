"""Call plan operations on the local store: build a week, change it while it is a draft,
and move it through the approval workflow. Every status change writes a PlanDecision row so
that the history (who, when, comment) syncs with the plan.

The same rules the server enforces (`desktop.domain.workflows`) are checked here first, so
that the user hears "no" at once instead of after the next sync.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain import local_time, workflows
from desktop.domain.complaint_rules import OPEN_STATUSES
from desktop.domain.plan_suggestions import CustomerFacts, Suggestion
from desktop.models import (
    CallPlan,
    Complaint,
    Customer,
    FollowUp,
    FrequencyTarget,
    PlanDecision,
    PlanItem,
    Visit,
)
from desktop.models.codec import to_date
from desktop.models.enums import FollowUpStatus, PlanAction, PlanStatus
from desktop.store import last_calls
from desktop.store.writer import Writer


class PlanRuleError(ValueError):
    """An action the plan workflow does not allow; `template`/`params` for translation
    (context "Workflow")."""

    def __init__(self, template: str, params: dict):
        self.template, self.params = template, params
        super().__init__(template.format(**params))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


# ------------------------------------------------------------------ reading
def plan_for_week(session: Session, rep_user_id: str, week_start: date) -> CallPlan | None:
    return session.exec(select(CallPlan).where(
        CallPlan.rep_user_id == rep_user_id, CallPlan.week_start == week_start,
        CallPlan.deleted == False)).first()  # noqa: E712


def plan_items(session: Session, plan_id: str) -> list[PlanItem]:
    return list(session.exec(select(PlanItem).where(
        PlanItem.plan_id == plan_id, PlanItem.deleted == False  # noqa: E712
    ).order_by(PlanItem.day, PlanItem.position)))


def plan_history(session: Session, plan_id: str) -> list[PlanDecision]:
    return list(session.exec(select(PlanDecision).where(
        PlanDecision.plan_id == plan_id, PlanDecision.deleted == False  # noqa: E712
    ).order_by(PlanDecision.at)))


def frequency_targets(session: Session, region_id: str | None = None) -> dict[str, int]:
    """Calls a month per tier: company-wide targets, overridden by the region's own."""
    rows = session.exec(select(FrequencyTarget).where(
        FrequencyTarget.deleted == False, FrequencyTarget.product_id == None  # noqa: E711,E712
    )).all()
    targets = {r.tier: r.calls_per_month for r in rows if r.region_id is None}
    targets.update({r.tier: r.calls_per_month for r in rows
                    if region_id and r.region_id == region_id})
    return targets


def customer_facts(session: Session, territory_ids: Iterable[str], week_start: date
                   ) -> list[CustomerFacts]:
    """What the suggester needs for every tiered customer of the territories; the last
    visit is the customer's latest submitted call (desktop/store/last_calls), also one made
    before the customer moved into these territories, and the calls this month are counted
    the same way (the customer's calls, whichever territory they were made in)."""
    territory_ids = list(territory_ids)
    month_start = local_time.day_start(week_start.replace(day=1))  # in the rep's zone
    customers = session.exec(select(Customer.id, Customer.tier, Customer.organisation_id).where(
        Customer.territory_id.in_(territory_ids), Customer.deleted == False,  # noqa: E712
        Customer.tier != None)).all()  # noqa: E711
    submitted = (Visit.deleted == False) & (Visit.status == "submitted")  # noqa: E712
    # each customer's latest call as the store keeps it, whichever territory it was made in
    last = dict(last_calls.latest_calls(session, territory_ids))
    month = dict(session.exec(select(Visit.customer_id, func.count())
                              .join(Customer, Customer.id == Visit.customer_id).where(
        submitted, Customer.territory_id.in_(territory_ids), Visit.started_at >= month_start
    ).group_by(Visit.customer_id)).all())
    follow = dict(session.exec(select(FollowUp.customer_id, func.min(FollowUp.due_date)).where(
        FollowUp.deleted == False, FollowUp.status == FollowUpStatus.OPEN,  # noqa: E712
        FollowUp.territory_id.in_(territory_ids)).group_by(FollowUp.customer_id)).all())
    complaints = dict(session.exec(select(Complaint.customer_id,
                                          func.min(Complaint.committed_deadline)).where(
        Complaint.deleted == False, Complaint.territory_id.in_(territory_ids),  # noqa: E712
        Complaint.status.in_([s.value for s in OPEN_STATUSES]),
    ).group_by(Complaint.customer_id)).all())

    def as_date(value):  # the rep's day (text: func.max/min lose the type in SQLite)
        return None if value is None else local_time.local_day(value)

    return [CustomerFacts(cid, tier, org, last_visit=as_date(last.get(cid)),
                          calls_this_month=month.get(cid, 0),
                          follow_up_due=to_date(follow.get(cid)),
                          complaint_deadline=to_date(complaints.get(cid)))
            for cid, tier, org in customers]


# ------------------------------------------------------------------ building a week
def create_plan(w: Writer, *, rep_user_id: str, territory_id: str, week_start: date,
                cycle_weeks: int = 1) -> CallPlan:
    existing = plan_for_week(w.session, rep_user_id, monday_of(week_start))
    if existing is not None:
        return existing
    return w.create(CallPlan, rep_user_id=rep_user_id, territory_id=territory_id,
                    week_start=monday_of(week_start), cycle_weeks=cycle_weeks)


def _editable(w: Writer, plan_id: str) -> CallPlan:
    plan = w.get(CallPlan, plan_id)
    error = workflows.plan_items_locked_error(plan.status)
    if error:
        raise PlanRuleError(*error)
    return plan


def add_item(w: Writer, plan_id: str, customer_id: str, day: date, *, time_slot: str | None = None,
             objective: str | None = None, product_ids: list[str] | None = None,
             suggestion_reason: str | None = None) -> PlanItem:
    plan = _editable(w, plan_id)
    position = len([i for i in plan_items(w.session, plan_id) if i.day == day])
    return w.create(PlanItem, plan_id=plan_id, territory_id=plan.territory_id,
                    customer_id=customer_id, day=day, time_slot=time_slot, objective=objective,
                    product_ids=list(product_ids or []), suggestion_reason=suggestion_reason,
                    position=position)


def move_item(w: Writer, item_id: str, day: date, position: int | None = None) -> PlanItem:
    item = w.get(PlanItem, item_id)
    _editable(w, item.plan_id)
    changes = {"day": day}
    if position is not None:
        changes["position"] = position
    return w.update(PlanItem, item_id, changes)


def remove_item(w: Writer, item_id: str) -> None:
    item = w.get(PlanItem, item_id)
    _editable(w, item.plan_id)
    w.delete(PlanItem, item_id)


def apply_suggestions(w: Writer, plan_id: str, suggestions: list[Suggestion]) -> list[PlanItem]:
    """Add suggested calls, skipping customers already planned that week."""
    planned = {i.customer_id for i in plan_items(w.session, plan_id)}
    added = []
    for s in suggestions:
        if s.customer_id in planned:
            continue
        added.append(add_item(w, plan_id, s.customer_id, s.day, suggestion_reason=s.text))
        planned.add(s.customer_id)
    return added


# ------------------------------------------------------------------ workflow
def _move(w: Writer, plan_id: str, *, role: str, actor_user_id: str, action: PlanAction,
          status: PlanStatus, comment: str | None = None, decision: bool = False,
          bump_revision: bool = False) -> CallPlan:
    plan = w.get(CallPlan, plan_id)
    if plan.status == status.value:  # every step moves the plan; a repeat would only add noise
        raise PlanRuleError(workflows.MSG_PLAN_ALREADY, {"status": plan.status})
    old = {"status": plan.status, "manager_comment": plan.manager_comment,
           "decided_at": plan.decided_at, "decided_by_user_id": plan.decided_by_user_id}
    now = local_time.now()
    changes: dict = {"status": status.value}
    if decision:
        changes.update(decided_at=now, decided_by_user_id=actor_user_id, manager_comment=comment)
    if status == PlanStatus.SUBMITTED:
        changes["submitted_at"] = now
    if bump_revision:
        changes["plan_revision"] = plan.plan_revision + 1
    error = workflows.plan_transition_error(role, old, {**old, **changes})
    if error:
        raise PlanRuleError(*error)
    plan = w.update(CallPlan, plan_id, changes)
    w.create(PlanDecision, plan_id=plan_id, territory_id=plan.territory_id, action=action.value,
             actor_user_id=actor_user_id, at=now, comment=comment,
             plan_revision=plan.plan_revision)
    return plan


def submit(w: Writer, plan_id: str, *, actor_user_id: str, comment: str | None = None) -> CallPlan:
    return _move(w, plan_id, role=workflows.REP, actor_user_id=actor_user_id,
                 action=PlanAction.SUBMIT, status=PlanStatus.SUBMITTED, comment=comment)


def withdraw(w: Writer, plan_id: str, *, actor_user_id: str) -> CallPlan:
    return _move(w, plan_id, role=workflows.REP, actor_user_id=actor_user_id,
                 action=PlanAction.WITHDRAW, status=PlanStatus.DRAFT)


def revise(w: Writer, plan_id: str, *, actor_user_id: str) -> CallPlan:
    """Reopen a returned or approved plan for changes; it needs approval again."""
    return _move(w, plan_id, role=workflows.REP, actor_user_id=actor_user_id,
                 action=PlanAction.REVISE, status=PlanStatus.DRAFT, bump_revision=True)


def approve(w: Writer, plan_id: str, *, manager_user_id: str, comment: str | None = None) -> CallPlan:
    return _move(w, plan_id, role=workflows.MANAGER, actor_user_id=manager_user_id,
                 action=PlanAction.APPROVE, status=PlanStatus.APPROVED, comment=comment,
                 decision=True)


def return_plan(w: Writer, plan_id: str, *, manager_user_id: str, comment: str) -> CallPlan:
    return _move(w, plan_id, role=workflows.MANAGER, actor_user_id=manager_user_id,
                 action=PlanAction.RETURN, status=PlanStatus.RETURNED, comment=comment,
                 decision=True)
