"""The rep's day for the Today screen: today's planned calls with the report made for each,
follow-ups due, complaints near their committed deadline, and customers overdue for a call
by their tier. The rules live in the modules named below; this one gathers the rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import exists, func
from sqlmodel import Session, select

from desktop.domain import at_risk, complaints, follow_ups, local_time, pv_clock, visit_cadence
from desktop.domain.customer_names import display_name_sql, display_names
from desktop.domain.identity import current_identity, signed_in_user_id
from desktop.domain.lateness import Lateness
from desktop.domain.paging import count_where
from desktop.domain.today_rows import OVERDUE_SHOWN, DayProgress, OverdueCustomer, TodaysCall
from desktop.models import CallPlan, Customer, PlanItem, TeamMember, Visit
from desktop.models.enums import ComplaintStatus
from desktop.store.store import Store

LIVE = False  # `deleted == LIVE` reads better than a bare False in the filters below


def todays_planned_calls(session: Session, rep_user_id: str, today: date) -> list[TodaysCall]:
    """The calls of `rep_user_id`'s plan (whatever its status) that fall on `today`, in plan
    order, each with the call report already made for it (draft or submitted), if any."""
    rows = session.exec(
        select(PlanItem, CallPlan.status, display_name_sql(), Customer.kind, Customer.tier,
               Customer.organisation_id)
        .join(CallPlan, CallPlan.id == PlanItem.plan_id)
        .join(Customer, Customer.id == PlanItem.customer_id)
        .where(CallPlan.rep_user_id == rep_user_id, CallPlan.deleted == LIVE,
               PlanItem.deleted == LIVE, PlanItem.day == today)
        .order_by(PlanItem.position, PlanItem.time_slot)).all()
    item_ids = [item.id for item, *_ in rows]
    visits = {item_id: (visit_id, status) for item_id, visit_id, status in session.exec(
        select(Visit.plan_item_id, Visit.id, Visit.status).where(
            Visit.plan_item_id.in_(item_ids), Visit.deleted == LIVE)).all()} if item_ids else {}
    org_ids = {org for *_, org in rows if org}
    org_names = dict(session.exec(select(Customer.id, Customer.name).where(
        Customer.id.in_(org_ids))).all()) if org_ids else {}
    out = []
    for item, status, name, kind, tier, org in rows:
        visit_id, visit_status = visits.get(item.id, (None, None))
        out.append(TodaysCall(item.id, item.plan_id, status, item.customer_id, name, kind,
                              org_names.get(org, ""), tier, item.time_slot, item.objective,
                              tuple(item.product_ids or ()), item.position, visit_id,
                              visit_status))
    return out


def planned_calls(store: Store, day: date, rep_user_id: str | None = None) -> list[TodaysCall]:
    """Today's calls of the signed-in rep (or, in a store nobody signed in to, of every rep
    with a plan for today), by time slot."""
    with store.read() as s:
        reps = [rep_user_id or signed_in_user_id(store)]
        if reps[0] is None:
            reps = sorted(set(s.exec(select(CallPlan.rep_user_id).join(
                PlanItem, PlanItem.plan_id == CallPlan.id).where(PlanItem.day == day)).all()))
        calls = [c for rep in reps for c in todays_planned_calls(s, rep, day)]
    calls.sort(key=lambda c: (c.time_slot or "", c.position))
    return calls


def day_progress(store: Store, day: date, own_calls: Sequence[TodaysCall]) -> DayProgress:
    """Progress on `own_calls` (from `planned_calls`); for a manager with no calls of their
    own that day, the progress of their team (every other rep's plan in the store, which
    holds the manager's region)."""
    if own_calls:
        return DayProgress(sum(c.done for c in own_calls), len(own_calls))
    identity = current_identity(store)
    if identity is None or not identity.is_manager:
        return DayProgress(0, 0)
    reported = exists().where(Visit.plan_item_id == PlanItem.id, Visit.deleted == LIVE)
    with store.read() as s:
        planned, logged = s.exec(
            select(func.count(), count_where(reported))
            .select_from(PlanItem).join(CallPlan, CallPlan.id == PlanItem.plan_id)
            .where(PlanItem.day == day, PlanItem.deleted == LIVE, CallPlan.deleted == LIVE,
                   CallPlan.rep_user_id != identity.user_id)).one()
    return DayProgress(logged, planned, team=True)


def follow_ups_due(store: Store, day: date, now: datetime | None = None
                   ) -> list[follow_ups.FollowUpDue]:
    """Open follow-ups due on or before `day` and not snoozed past now, most overdue first."""
    with store.read() as s:
        return follow_ups.follow_ups_due(s, day, now=now or local_time.now())


def complaints_near_deadline(store: Store, now: datetime | None = None
                             ) -> list[complaints.ComplaintDeadline]:
    """Open complaints whose committed deadline is near or passed, most urgent first."""
    with store.read() as s:
        return complaints.complaints_nearing_deadline(s, now or local_time.now())


def customers_overdue(store: Store, day: date, limit: int = OVERDUE_SHOWN
                      ) -> tuple[list[OverdueCustomer], int]:
    """Customers overdue for a visit by their tier (A first), at most `limit` of them, and
    how many are overdue in all."""
    with store.read() as s:
        shown, total = visit_cadence.most_urgent_overdue(s, day, limit)
        names = display_names(s, [st.customer_id for st in shown])
    return [OverdueCustomer(st, names.get(st.customer_id, "")) for st in shown], total


def customers_at_risk(store: Store, day: date | None = None) -> list[at_risk.AtRiskCustomer]:
    """The signed-in rep's customers at risk (`desktop.domain.at_risk`), each with its
    reasons, under their region's rules; a manager's or admin's: their region's."""
    identity = current_identity(store)
    if identity is None:
        return []
    territories = None if identity.is_manager and identity.region_id \
        else list(identity.territory_ids)
    return at_risk.with_display_names(store, at_risk.at_risk_customers(
        store, region_id=identity.region_id, territory_ids=territories, today=day))


@dataclass(frozen=True)
class EscalatedCase:
    """A suspected adverse reaction the region's manager must chase: no PV receipt
    `hours` (12, then 24) after Day 0."""

    case: pv_clock.PvCase
    hours: int
    receipt: Lateness  # receipt against Day 0 + 24 h (the one late rule)
    rep_name: str

    @property
    def customer_id(self) -> str:
        return self.case.customer_id

    @property
    def customer_name(self) -> str:
        return self.case.customer_name

    @property
    def day0_at(self) -> datetime:
        return self.case.day0_at


def escalated_cases(store: Store, now: datetime | None = None) -> list[EscalatedCase]:
    """Cases without PV receipt past an escalation step at `now`, longest waiting first
    (Today's section for the region's manager; the tray notices are `pv_clock`'s)."""
    now = now or local_time.now()
    out = []
    for case in pv_clock.pv_cases(store, open_only=True):
        if case.pv_received_at is not None or case.status == ComplaintStatus.CLOSED:
            continue
        reached = [h for h in pv_clock.ESCALATION_STEPS
                   if case.day0_at + timedelta(hours=h) <= now]
        if reached:
            out.append((case, reached[-1]))
    with store.read() as s:
        reps = {c.captured_by_user_id for c, _h in out if c.captured_by_user_id}
        names = dict(s.exec(select(TeamMember.id, TeamMember.display_name).where(
            TeamMember.id.in_(reps))).all()) if reps else {}
    return [EscalatedCase(c, h, c.clock(now).receipt, names.get(c.captured_by_user_id, ""))
            for c, h in out]
