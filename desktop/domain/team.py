"""The manager's team view: each rep's plan status, calls against plan, A-tier coverage,
frequency attainment per tier and open complaints by deadline; and the region's call
targets per tier, which the manager sets."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from desktop.domain import local_time, plans
from desktop.domain.complaint_rules import deadline_state, is_open
from desktop.domain.identity import Identity
from desktop.domain.local_time import day_start, local_day
from desktop.domain.plan_compliance import (
    MadeCall,
    PlannedCall,
    compliance,
    frequency_attainment,
    item_outcomes,
)
from desktop.domain.plans import frequency_targets, plan_for_week, plan_items
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, Customer, FrequencyTarget, TeamMember, Territory, Visit
from desktop.store.store import Store


@dataclass
class RepSummary:
    rep_user_id: str
    name: str
    territory_ids: list[str]
    plan_id: str | None = None
    plan_status: str | None = None  # None: no plan for the week
    planned_calls: int = 0
    calls_this_week: int = 0
    plan_done: int = 0
    plan_missed: int = 0
    compliance: float | None = None
    a_tier_customers: int = 0
    a_tier_visited_this_month: int = 0
    attainment: dict[str, float | None] = field(default_factory=dict)
    open_complaints: int = 0
    complaints_overdue: int = 0
    complaints_answered_late: int = 0  # answered after the committed deadline, this month
    next_complaint_deadline: datetime | None = None

    @property
    def a_tier_coverage(self) -> float | None:
        if not self.a_tier_customers:
            return None
        return self.a_tier_visited_this_month / self.a_tier_customers


def rep_summary(session: Session, rep: TeamMember, territory_ids: list[str], week_start: date,
                today: date, targets: dict[str, int], now: datetime | None = None
                ) -> RepSummary:
    """One rep's week; complaints are overdue from `now` (default: this moment), not from
    the start of the day."""
    out = RepSummary(rep.id, rep.display_name, territory_ids)
    # The week and the month are the rep's: they begin at midnight in the rep's zone.
    week_from, week_to = day_start(week_start), day_start(week_start + timedelta(days=7))
    month_from = day_start(week_start.replace(day=1))
    visits = session.exec(select(Visit).where(
        Visit.deleted == False, Visit.territory_id.in_(territory_ids),  # noqa: E712
        Visit.started_at >= min(week_from, month_from),
        Visit.started_at < week_to)).all()
    week_visits = [v for v in visits if v.started_at >= week_from and v.status == "submitted"]
    out.calls_this_week = len(week_visits)

    plan = plan_for_week(session, rep.id, week_start)
    if plan is not None:
        items = plan_items(session, plan.id)
        out.plan_id, out.plan_status, out.planned_calls = plan.id, plan.status, len(items)
        outcomes = item_outcomes(
            [PlannedCall(i.id, i.customer_id, i.day) for i in items],
            [MadeCall(v.id, v.customer_id, local_day(v.started_at), v.plan_item_id,
                      v.status == "submitted") for v in visits if v.started_at >= week_from],
            today)
        out.plan_done = sum(o.status == "done" for o in outcomes)
        out.plan_missed = sum(o.status == "missed" for o in outcomes)
        out.compliance = compliance(outcomes)

    tiers = dict(session.exec(select(Customer.id, Customer.tier).where(
        Customer.deleted == False, Customer.territory_id.in_(territory_ids),  # noqa: E712
        Customer.tier != None)).all())  # noqa: E711
    month_calls: dict[str, int] = defaultdict(int)
    for v in visits:
        if v.started_at >= month_from and v.status == "submitted":
            month_calls[v.customer_id] += 1
    a_tier = [cid for cid, tier in tiers.items() if tier == "A"]
    out.a_tier_customers = len(a_tier)
    out.a_tier_visited_this_month = sum(1 for cid in a_tier if month_calls.get(cid))
    out.attainment = frequency_attainment(month_calls, tiers, targets)

    _count_complaints(session, out, territory_ids, month_from, now or local_time.now())
    return out


def _count_complaints(session: Session, out: RepSummary, territory_ids: list[str],
                      month_from: datetime, now: datetime) -> None:
    """Open complaints (complaint_rules.OPEN_STATUSES), those past their deadline at `now`,
    and those answered late since `month_from`."""
    complaints = session.exec(select(Complaint).where(
        Complaint.deleted == False, Complaint.territory_id.in_(territory_ids))).all()  # noqa: E712
    states = [deadline_state(c.committed_deadline, c.status, now,
                             answered_at=c.reported_to_customer_at) for c in complaints]
    open_ones = [c for c in complaints if is_open(c.status)]
    out.open_complaints = len(open_ones)
    out.complaints_overdue = states.count("overdue")
    out.complaints_answered_late = sum(
        1 for c, state in zip(complaints, states, strict=True)
        if state == "late" and local_time.aware_utc(c.reported_to_customer_at) >= month_from)
    out.next_complaint_deadline = min((c.committed_deadline for c in open_ones), default=None)


def team_summary(session: Session, region_id: str, week_start: date, today: date,
                 now: datetime | None = None) -> list[RepSummary]:
    """One summary per active rep of the region, by name."""
    reps = session.exec(select(TeamMember).where(
        TeamMember.region_id == region_id, TeamMember.role == "rep",
        TeamMember.active == True, TeamMember.deleted == False)).all()  # noqa: E712
    territories = session.exec(select(Territory).where(
        Territory.region_id == region_id, Territory.deleted == False)).all()  # noqa: E712
    by_owner: dict[str, list[str]] = defaultdict(list)
    for t in territories:
        if t.owner_user_id:
            by_owner[t.owner_user_id].append(t.id)
    targets = frequency_targets(session, region_id)
    return sorted((rep_summary(session, r, by_owner.get(r.id, []), week_start, today, targets,
                               now) for r in reps), key=lambda s: s.name)


# ------------------------------------------------------------------ the manager's screen
def week_summary(store: Store, identity: Identity, week_start: date, today: date | None = None
         ) -> list[RepSummary]:
    with store.read() as s:
        return team_summary(s, identity.region_id, plans.monday_of(week_start),
                            today or local_time.today())


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


MSG_TARGETS_ROLE = _t("Workflow", "Only a regional manager sets the call targets of a region.")
