"""What the activity screens show, read from the store: the rep's and the region's lists of
market activities (with budget against actual and the verdict), one activity in full (its
products, invitees with their customers' names, cost lines and history), the moves a screen
offers on it, the size of a segment, the activities a call report may belong to, and the
results the manager's chart draws.

Writes are in `desktop.domain.activities`, the evaluation in
`desktop.domain.activity_evaluation`; this module only reads."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlmodel import select

from desktop.domain import activities, activity_evaluation, activity_report, workflows
from desktop.domain.customer_names import display_names
from desktop.domain.identity import Identity
from desktop.domain.plan_week import member_names
from desktop.models import (
    Customer,
    MarketActivity,
    MarketActivityCost,
    MarketActivityEvent,
    MarketActivityInvitee,
    MarketActivityProduct,
    Product,
    Territory,
)
from desktop.models.enums import (
    ORGANISATION_KINDS,
    ActivityAction,
    ActivityStatus,
    CostCategory,
    InviteeStatus,
)
from desktop.store.store import Store

#: How far from a call's day an activity may lie to be offered in its call report.
CALL_WINDOW_DAYS = 30


@dataclass(frozen=True)
class ActivityFilter:
    """What the lists are narrowed to; None: no narrowing."""

    status: str | None = None
    kind: str | None = None
    start: date | None = None  # activities starting on or after
    end: date | None = None  # … and on or before
    product_id: str | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: str
    kind: str
    title: str
    starts_on: date
    ends_on: date | None
    place: str
    status: str
    owner_user_id: str
    owner_name: str
    budget: float
    actual: float | None  # None until any actual cost is recorded
    verdict: str | None
    invited: int
    attended: int
    submitted_at: datetime | None

    @property
    def over_budget(self) -> bool:
        return self.actual is not None and self.actual > self.budget


@dataclass(frozen=True)
class InviteeRow:
    id: str
    customer_id: str
    name: str  # the display name (a department with its hospital)
    kind: str
    tier: str
    status: str
    walk_in: bool
    checked_in_at: datetime | None


@dataclass(frozen=True)
class CostRow:
    id: str
    category: str
    budget: float | None
    actual: float | None
    note: str


@dataclass(frozen=True)
class HistoryRow:
    action: str
    actor: str
    at: datetime
    comment: str


@dataclass
class ActivityDetail:
    """One activity with everything its screens show and edit."""

    id: str
    kind: str
    title: str
    place: str
    starts_on: date
    ends_on: date | None
    status: str
    owner_user_id: str
    territory_id: str | None
    expected_attendance: int | None
    segment: str
    notes: str
    manager_comment: str
    verdict: str | None
    evaluation_comment: str
    evaluated_at: datetime | None
    awareness_before: float | None
    awareness_after: float | None
    product_ids: list[str] = field(default_factory=list)
    product_names: list[str] = field(default_factory=list)
    invitees: list[InviteeRow] = field(default_factory=list)
    costs: list[CostRow] = field(default_factory=list)
    history: list[HistoryRow] = field(default_factory=list)

    @property
    def budget(self) -> float:
        return sum(c.budget or 0.0 for c in self.costs)

    @property
    def actual(self) -> float | None:
        spent = [c.actual for c in self.costs if c.actual is not None]
        return sum(spent) if spent else None

    @property
    def attended(self) -> int:
        return sum(1 for i in self.invitees if i.status == InviteeStatus.ATTENDED)


@dataclass(frozen=True)
class Totals:
    count: int
    budget: float
    actual: float


def _territories(session, identity: Identity) -> list[str] | None:
    """The territories whose activities `identity` sees; None: every one (an admin)."""
    if identity.role == workflows.ADMIN and not identity.region_id:
        return None
    if identity.is_manager and identity.region_id:
        return list(session.exec(select(Territory.id).where(
            Territory.region_id == identity.region_id)))
    return list(identity.territory_ids)


def activity_rows(store: Store, identity: Identity,
                  wanted: ActivityFilter = ActivityFilter()) -> list[ActivityRow]:
    """The activities `identity` sees (a rep: their territories'; a manager: the region's),
    narrowed by `wanted`, the latest first."""
    with store.read() as s:
        query = select(MarketActivity).where(MarketActivity.deleted == False)  # noqa: E712
        territories = _territories(s, identity)
        if territories is not None:
            query = query.where(MarketActivity.territory_id.in_(territories))
        if wanted.status:
            query = query.where(MarketActivity.status == wanted.status)
        if wanted.kind:
            query = query.where(MarketActivity.kind == wanted.kind)
        if wanted.start:
            query = query.where(MarketActivity.starts_on >= wanted.start)
        if wanted.end:
            query = query.where(MarketActivity.starts_on <= wanted.end)
        if wanted.product_id:
            query = query.where(MarketActivity.id.in_(select(MarketActivityProduct.activity_id)
                                .where(MarketActivityProduct.product_id == wanted.product_id,
                                       MarketActivityProduct.deleted == False)))  # noqa: E712
        found = list(s.exec(query.order_by(MarketActivity.starts_on.desc(),
                                           MarketActivity.title)))
        ids = [a.id for a in found]
        budget, actual = defaultdict(float), {}
        invited, attended = defaultdict(int), defaultdict(int)
        if ids:
            for cost in s.exec(select(MarketActivityCost).where(
                    MarketActivityCost.activity_id.in_(ids),
                    MarketActivityCost.deleted == False)):  # noqa: E712
                budget[cost.activity_id] += cost.budget_amount or 0.0
                if cost.actual_amount is not None:
                    actual[cost.activity_id] = actual.get(cost.activity_id, 0.0) + cost.actual_amount
            for activity_id, status in s.exec(select(
                    MarketActivityInvitee.activity_id, MarketActivityInvitee.status).where(
                    MarketActivityInvitee.activity_id.in_(ids),
                    MarketActivityInvitee.deleted == False)):  # noqa: E712
                invited[activity_id] += 1
                attended[activity_id] += status == InviteeStatus.ATTENDED
        names = member_names(s, [a.owner_user_id for a in found])
    return [ActivityRow(a.id, a.kind, a.title, a.starts_on, a.ends_on, a.place or "", a.status,
                        a.owner_user_id, names.get(a.owner_user_id, ""), budget[a.id],
                        actual.get(a.id), a.verdict, invited[a.id], attended[a.id],
                        a.submitted_at)
            for a in found]


def totals(rows: list[ActivityRow]) -> Totals:
    """Budget and actual spending of the activities listed (cancelled ones left out)."""
    counted = [r for r in rows if r.status != ActivityStatus.CANCELLED]
    return Totals(len(counted), sum(r.budget for r in counted),
                  sum(r.actual or 0.0 for r in counted))


def activity_detail(store: Store, activity_id: str) -> ActivityDetail:
    """One activity in full; LookupError when it is not in the store."""
    with store.read() as s:
        a = s.get(MarketActivity, activity_id)
        if a is None or a.deleted:
            raise LookupError(activity_id)

        def children(model):
            return list(s.exec(select(model).where(model.activity_id == activity_id,
                                                   model.deleted == False)))  # noqa: E712

        product_ids = [p.product_id for p in children(MarketActivityProduct)]
        products = {p.id: p.name for p in s.exec(select(Product).where(
            Product.id.in_(product_ids)))} if product_ids else {}
        invitees = children(MarketActivityInvitee)
        customers = {c.id: c for c in s.exec(select(Customer).where(
            Customer.id.in_([i.customer_id for i in invitees])))} if invitees else {}
        names = display_names(s, customers)
        order = {c.value: i for i, c in enumerate(CostCategory)}
        costs = sorted(children(MarketActivityCost), key=lambda c: order.get(c.category, 99))
        events = sorted(children(MarketActivityEvent), key=lambda e: e.at)
        actors = member_names(s, [e.actor_user_id for e in events])
    invitee_rows = sorted(
        (InviteeRow(i.id, i.customer_id, names.get(i.customer_id, ""),
                    customers[i.customer_id].kind if i.customer_id in customers else "",
                    (customers[i.customer_id].tier or "") if i.customer_id in customers else "",
                    i.status, i.walk_in, i.checked_in_at) for i in invitees),
        key=lambda r: (r.walk_in, r.name))
    return ActivityDetail(
        a.id, a.kind, a.title, a.place or "", a.starts_on, a.ends_on, a.status,
        a.owner_user_id, a.territory_id, a.expected_attendance, a.segment or "", a.notes or "",
        a.manager_comment or "", a.verdict, a.evaluation_comment or "", a.evaluated_at,
        a.awareness_before, a.awareness_after, product_ids,
        sorted(products.get(p, "") for p in product_ids), invitee_rows,
        [CostRow(c.id, c.category, c.budget_amount, c.actual_amount, c.note or "") for c in costs],
        [HistoryRow(e.action, actors.get(e.actor_user_id or "", ""), e.at, e.comment or "")
         for e in events])


#: The moves a screen may offer, in the order of their buttons.
MOVES = (ActivityAction.SUBMIT, ActivityAction.WITHDRAW, ActivityAction.REVISE,
         ActivityAction.HOLD, ActivityAction.CANCEL, ActivityAction.APPROVE,
         ActivityAction.RETURN)


def offered_actions(status: str, identity: Identity | None, owner_user_id: str) -> list[str]:
    """The workflow moves `identity` may make on an activity in `status`
    (`workflows.activity_action_error` decides; evaluating is the evaluation panel's)."""
    if identity is None:
        return []
    parties = workflows.activity_parties(identity.role, identity.user_id, owner_user_id)
    return [m.value for m in MOVES
            if workflows.activity_action_error(parties, status, m.value) is None]


def editable(status: str) -> bool:
    """Whether the plan of an activity (kind, dates, products, invitees, budget) may change."""
    return status in (ActivityStatus.DRAFT, ActivityStatus.RETURNED)


@dataclass(frozen=True)
class ActivityChoice:
    id: str
    title: str
    starts_on: date


def activities_near(store: Store, customer_id: str, day: date,
                    window: int = CALL_WINDOW_DAYS) -> list[ActivityChoice]:
    """The activities of the customer's territory within `window` days of `day` (not
    cancelled): what a call report on that day may belong to, nearest first."""
    with store.read() as s:
        customer = s.get(Customer, customer_id)
        if customer is None or customer.territory_id is None:
            return []
        found = s.exec(select(MarketActivity).where(
            MarketActivity.territory_id == customer.territory_id,
            MarketActivity.deleted == False,  # noqa: E712
            MarketActivity.status != ActivityStatus.CANCELLED,
            MarketActivity.starts_on >= day - timedelta(days=window),
            MarketActivity.starts_on <= day + timedelta(days=window))).all()
    return sorted((ActivityChoice(a.id, a.title, a.starts_on) for a in found),
                  key=lambda c: (abs((c.starts_on - day).days), c.title))


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str


def organisations(store: Store, territory_id: str | None) -> list[Organisation]:
    """Hospitals and pharmacies of a territory, by name: where a walk-in works."""
    with store.read() as s:
        found = s.exec(select(Customer.id, Customer.name).where(
            Customer.territory_id == territory_id, Customer.deleted == False,  # noqa: E712
            Customer.kind.in_(ORGANISATION_KINDS))
            .order_by(Customer.name)).all()
    return [Organisation(i, n) for i, n in found]


def segment_size(store: Store, territory_id: str | None, *, kind: str, tier: str,
                 department_name: str | None) -> int:
    """How many customers a segment (kind + tier + department name) would invite
    (`activities.segment_customers`)."""
    if territory_id is None:
        return 0
    with store.read() as s:
        return len(activities.segment_customers(s, territory_id, kind=kind, tier=tier,
                                                department_name=department_name))


#: The periods the lists filter by.
PERIODS = ("any", "upcoming", "this_month", "this_quarter", "this_year", "last_12_months")


def period_bounds(period: str, today: date) -> tuple[date | None, date | None]:
    """The first and last start date of `period` (None: open) as of `today`."""
    if period == "upcoming":
        return today, None
    if period == "this_month":
        start = today.replace(day=1)
        return start, (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    if period == "this_quarter":
        start = today.replace(month=(today.month - 1) // 3 * 3 + 1, day=1)
        after = (start + timedelta(days=95)).replace(day=1)
        return start, after - timedelta(days=1)
    if period == "this_year":
        return today.replace(month=1, day=1), today.replace(month=12, day=31)
    if period == "last_12_months":
        return today - timedelta(days=365), today
    return None, None


@dataclass(frozen=True)
class ResultPoint:
    """One held or evaluated activity on the manager's chart."""

    activity_id: str
    title: str
    growth: float | None  # sales growth, a ratio (0.0683 = 6.83 %)
    profit_multiple: float | None  # net profit of the added sales over the actual cost


JUDGED = (ActivityStatus.HELD, ActivityStatus.EVALUATED)


def results(store: Store, rows: list[ActivityRow], today: date) -> list[ResultPoint]:
    """Sales growth and return on cost of the listed activities that were held, by the
    evaluation's rules (`desktop.domain.activity_evaluation`), oldest first."""
    judged = sorted((r for r in rows if r.status in JUDGED), key=lambda r: r.starts_on)
    with store.read() as s:
        found = [(r, activity_evaluation.evaluate(s, r.id, today=today)) for r in judged]
    return [ResultPoint(r.id, r.title, e.growth, e.profit_multiple) for r, e in found]


def evaluation_of(store: Store, activity_id: str, today: date):
    """The evaluation of one activity as of `today` (`activity_evaluation.Evaluation`)."""
    with store.read() as s:
        return activity_evaluation.evaluate(s, activity_id, today=today)


def evaluation_for_file(store: Store, activity_id: str, today: date):
    """The activity's facts as the report gives them (`activity_report.ActivityRow`) and its
    evaluation as of `today`: what the PDF of one evaluation prints."""
    with store.read() as s:
        return (activity_report.activity_row(s, activity_id, today=today),
                activity_evaluation.evaluate(s, activity_id, today=today))


def export_activities(store: Store, path, *, start: date | None, end: date | None,
                      translate: Callable[[str, str], str]):
    """Write the activities report of `start`–`end` to `path` (an .xlsx), its texts through
    `translate(context, text)`: the rows and the file are `desktop.domain.activity_report`'s."""
    with store.read() as session:
        rows = activity_report.activity_rows(session, start=start, end=end)
    activity_report.write_activities_report(path, rows, translate)
    return path
