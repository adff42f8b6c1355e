"""Read functions the screens use: today's calls, follow-ups due, complaints near their
deadline, customers overdue for a call, and prescription-share figures.

Each takes an open session (`Store.read()`) and returns plain frozen dataclasses, so views and
item models never touch the ORM. Territory filters are optional: a rep's store only holds
their own territories anyway; a manager's screen may pass the territories of one rep.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain import metrics
from desktop.domain.complaint_rules import (
    NEAR_DEADLINE,
    OPEN_STATUSES,
    AdrClock,
    adr_clock,
    deadline_state,
)
from desktop.domain.plans import frequency_targets
from desktop.domain.visit_cadence import CadenceStatus, local_day, overdue_customers
from desktop.models import CallPlan, Complaint, Customer, CustomerMetric, FollowUp, PlanItem, Visit
from desktop.models.codec import to_datetime
from desktop.models.enums import ComplaintKind, CustomerKind, FollowUpStatus, VisitStatus

LIVE = False  # `deleted == LIVE` reads better than a bare False in the filters below


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


# ------------------------------------------------------------------ today's planned calls
@dataclass(frozen=True)
class PlannedCallToday:
    item_id: str
    plan_id: str
    plan_status: str
    customer_id: str
    customer_name: str
    customer_kind: str
    tier: str | None
    time_slot: str | None
    objective: str | None
    product_ids: tuple[str, ...]
    position: int
    visit_id: str | None  # the call report made for this item, if any

    @property
    def done(self) -> bool:
        return self.visit_id is not None


def todays_planned_calls(session: Session, rep_user_id: str, today: date
                         ) -> list[PlannedCallToday]:
    """The calls of `rep_user_id`'s plan (whatever its status) that fall on `today`, in plan
    order, each with the call report already made for it (draft or submitted), if any."""
    rows = session.exec(
        select(PlanItem, CallPlan.status, Customer.name, Customer.kind, Customer.tier)
        .join(CallPlan, CallPlan.id == PlanItem.plan_id)
        .join(Customer, Customer.id == PlanItem.customer_id)
        .where(CallPlan.rep_user_id == rep_user_id, CallPlan.deleted == LIVE,
               PlanItem.deleted == LIVE, PlanItem.day == today)
        .order_by(PlanItem.position, PlanItem.time_slot)).all()
    item_ids = [item.id for item, *_ in rows]
    visits = dict(session.exec(select(Visit.plan_item_id, Visit.id).where(
        Visit.plan_item_id.in_(item_ids), Visit.deleted == LIVE)).all()) if item_ids else {}
    return [PlannedCallToday(item.id, item.plan_id, status, item.customer_id, name, kind, tier,
                             item.time_slot, item.objective, tuple(item.product_ids or ()),
                             item.position, visits.get(item.id))
            for item, status, name, kind, tier in rows]


# ------------------------------------------------------------------ follow-ups
@dataclass(frozen=True)
class FollowUpDue:
    follow_up_id: str
    customer_id: str
    customer_name: str
    title: str
    due_date: date
    days_overdue: int  # 0 when due today

    @property
    def overdue(self) -> bool:
        return self.days_overdue > 0


def follow_ups_due(session: Session, today: date, *, assigned_user_id: str | None = None,
                   territory_ids: Iterable[str] | None = None, now: datetime | None = None
                   ) -> list[FollowUpDue]:
    """Open follow-ups due today or earlier, most overdue first. Follow-ups snoozed past
    `now` are left out (pass `now` to honour snoozing)."""
    query = (select(FollowUp, Customer.name).join(Customer, Customer.id == FollowUp.customer_id)
             .where(FollowUp.deleted == LIVE, FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.due_date <= today)
             .order_by(FollowUp.due_date, FollowUp.id))
    if assigned_user_id is not None:
        query = query.where(FollowUp.assigned_user_id == assigned_user_id)
    if territory_ids is not None:
        query = query.where(FollowUp.territory_id.in_(list(territory_ids)))
    out = []
    for f, name in session.exec(query).all():
        snoozed = _aware(f.snoozed_until)
        if now is not None and snoozed is not None and snoozed > now:
            continue
        out.append(FollowUpDue(f.id, f.customer_id, name, f.title, f.due_date,
                               (today - f.due_date).days))
    return out


# ------------------------------------------------------------------ complaints
@dataclass(frozen=True)
class ComplaintDeadline:
    complaint_id: str
    customer_id: str
    customer_name: str
    kind: str
    status: str
    committed_deadline: datetime
    state: str  # "overdue" or "near"
    adr_clock: AdrClock | None  # suspected adverse reactions only


def complaints_nearing_deadline(session: Session, now: datetime, *,
                                territory_ids: Iterable[str] | None = None,
                                window: timedelta = NEAR_DEADLINE) -> list[ComplaintDeadline]:
    """Open complaints whose committed deadline has passed or falls within `window` of `now`,
    most urgent first; suspected adverse reactions come with their 24-hour clock."""
    query = (select(Complaint, Customer.name).join(Customer, Customer.id == Complaint.customer_id)
             .where(Complaint.deleted == LIVE,
                    Complaint.status.in_([s.value for s in OPEN_STATUSES]),
                    Complaint.committed_deadline <= now + window)
             .order_by(Complaint.committed_deadline))
    if territory_ids is not None:
        query = query.where(Complaint.territory_id.in_(list(territory_ids)))
    out = []
    for c, name in session.exec(query).all():
        deadline = _aware(c.committed_deadline)
        state = deadline_state(deadline, c.status, now, window)
        if state is None:
            continue
        clock = None
        if c.kind == ComplaintKind.ADVERSE_REACTION and c.day0_at is not None:
            clock = adr_clock(_aware(c.day0_at), now, _aware(c.pv_reported_at))
        out.append(ComplaintDeadline(c.id, c.customer_id, name, c.kind, c.status, deadline,
                                     state, clock))
    return out


# ------------------------------------------------------------------ visit cadence
def last_visit_days(session: Session, territory_ids: Iterable[str] | None = None,
                    tz: tzinfo | None = None) -> dict[str, date]:
    """Day of the latest submitted call per customer (in the rep's time zone `tz`)."""
    query = select(Visit.customer_id, func.max(Visit.started_at)).where(
        Visit.deleted == LIVE, Visit.status == VisitStatus.SUBMITTED).group_by(Visit.customer_id)
    if territory_ids is not None:
        query = query.where(Visit.territory_id.in_(list(territory_ids)))
    out = {}
    for customer_id, latest in session.exec(query).all():  # max() loses the column type
        out[customer_id] = local_day(to_datetime(latest), tz)
    return out


def customers_overdue_by_tier(session: Session, today: date, *,
                              territory_ids: Iterable[str] | None = None,
                              region_id: str | None = None, tz: tzinfo | None = None
                              ) -> dict[str, list[CadenceStatus]]:
    """Customers overdue for a call against their tier's frequency target, grouped by tier
    (A, B, C…; only tiers with a target), most urgent first within each tier."""
    territory_ids = list(territory_ids) if territory_ids is not None else None
    targets = frequency_targets(session, region_id)
    query = select(Customer.id, Customer.tier).where(
        Customer.deleted == LIVE, Customer.tier.in_(list(targets)),
        Customer.kind != CustomerKind.PATIENT)
    if territory_ids is not None:
        query = query.where(Customer.territory_id.in_(territory_ids))
    customers = session.exec(query).all()
    overdue = overdue_customers(customers, last_visit_days(session, territory_ids, tz),
                                targets, today)
    grouped: dict[str, list[CadenceStatus]] = {tier: [] for tier in sorted(targets)}
    for status in overdue:
        grouped[status.tier].append(status)
    return grouped


# ------------------------------------------------------------------ prescription share
def _metric_rows(session: Session, customer_ids: list[str], drug_class: str | None,
                 periods: list[str]) -> list[CustomerMetric]:
    if not customer_ids:
        return []
    return list(session.exec(select(CustomerMetric).where(
        CustomerMetric.customer_id.in_(customer_ids), CustomerMetric.deleted == LIVE,
        CustomerMetric.drug_class == drug_class if drug_class is not None
        else CustomerMetric.drug_class.is_(None),
        CustomerMetric.period.in_(periods))).all())


def member_doctors(session: Session, customer_id: str) -> list[str]:
    """Doctors whose figures make up a department's (by department) or hospital's (by
    organisation) figures; a doctor stands for themselves."""
    kind = session.exec(select(Customer.kind).where(Customer.id == customer_id)).first()
    if kind == CustomerKind.DEPARTMENT:
        where = Customer.department_id == customer_id
    elif kind == CustomerKind.HOSPITAL:
        where = Customer.organisation_id == customer_id
    else:
        return [customer_id]
    return list(session.exec(select(Customer.id).where(
        where, Customer.kind == CustomerKind.DOCTOR, Customer.deleted == LIVE)).all())


def share_for(session: Session, customer_id: str, drug_class: str, periods: list[str]
              ) -> metrics.Prescriptions:
    """Prescription figures and share of a doctor, department or hospital over `periods`
    (departments and hospitals: the sums over their doctors)."""
    members = member_doctors(session, customer_id)
    return metrics.sum_prescriptions(_metric_rows(session, members, drug_class, periods))


def share_trend(session: Session, customer_id: str, drug_class: str, last_period: str,
                months: int = 12) -> list[metrics.TrendPoint]:
    """Monthly prescription share of a doctor, department or hospital, for a chart."""
    periods = metrics.months_back(last_period, months)
    members = member_doctors(session, customer_id)
    return metrics.trend(_metric_rows(session, members, drug_class, periods), periods, "share",
                         drug_class)
