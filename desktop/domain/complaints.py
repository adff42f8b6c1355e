"""Complaints: the list, capture (suspected adverse reactions pushed with priority), the
workflow steps with their timestamps, and each complaint's history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.complaint_routes import apply_route
from desktop.domain.complaint_rules import (
    NEAR_DEADLINE,
    OPEN_STATUSES,
    deadline_state,
    is_open,
    pv_clock,
)
from desktop.domain.customer_names import display_name_sql
from desktop.domain.lateness import Lateness, lateness
from desktop.domain.local_time import aware_utc
from desktop.domain.paging import PAGE_SIZE, count_where, keyset_after
from desktop.domain.today_rows import ComplaintDeadline
from desktop.domain.workflows import complaint_transition_error, next_complaint_statuses
from desktop.models import Complaint, ComplaintEvent, Customer, Product, row_values
from desktop.models.enums import ComplaintKind, ComplaintStatus
from desktop.store.store import Store

ADR_PRIORITY = 1
LIVE = False


class StepRefused(ValueError):
    """A workflow step is not allowed; template in context "Workflow" with params."""

    def __init__(self, template: str, params: dict):
        super().__init__(template.format(**params) if params else template)
        self.template, self.params = template, params


@dataclass(frozen=True)
class ComplaintRow:
    id: str
    customer_id: str
    customer_name: str
    product_name: str
    kind: str
    severity: str
    status: str
    received_at: datetime
    committed_deadline: datetime
    day0_at: datetime | None
    pv_reported_at: datetime | None
    description: str

    @property
    def is_adverse_reaction(self) -> bool:
        return self.kind == ComplaintKind.ADVERSE_REACTION

    reported_to_customer_at: datetime | None = None
    assigned_to_user_id: str | None = None
    answered_at: datetime | None = None
    resolution: str | None = None
    visit_id: str | None = None
    pv_received_at: datetime | None = None
    lot: str | None = None

    @property
    def is_open(self) -> bool:
        return is_open(self.status)

    def lateness(self, now: datetime | None = None) -> Lateness:
        """The one late rule (desktop/domain/lateness.py) against the committed deadline:
        late once past it while the customer waits, or answered after it."""
        return lateness(self.committed_deadline, now, done_at=self.reported_to_customer_at,
                        done=not self.is_open)

    def deadline_state(self, now: datetime) -> str | None:
        """overdue / near / late (answered after the deadline) / None: see complaint_rules."""
        return deadline_state(self.committed_deadline, self.status, now,
                              answered_at=self.reported_to_customer_at)


_OPEN_SQL = Complaint.status.in_([s.value for s in OPEN_STATUSES])
_ANSWERED = case((_OPEN_SQL, 0), else_=1)
LIST_ORDER = (_ANSWERED, Complaint.committed_deadline, Complaint.id)  # open ones first


def complaint_page(store: Store, *, customer_id: str | None = None,
                   after: ComplaintRow | None = None, limit: int = PAGE_SIZE
                   ) -> list[ComplaintRow]:
    """Up to `limit` complaints after the row `after`, most urgent first (open before
    closed, then by committed deadline)."""
    query = (select(Complaint, display_name_sql(), Product.name)
             .join(Customer, Customer.id == Complaint.customer_id, isouter=True)
             .join(Product, Product.id == Complaint.product_id, isouter=True)
             .where(Complaint.deleted == LIVE))
    if customer_id:
        query = query.where(Complaint.customer_id == customer_id)
    if after is not None:
        query = query.where(keyset_after(LIST_ORDER, (
            0 if after.is_open else 1, after.committed_deadline, after.id)))
    with store.read() as s:
        rows = s.exec(query.order_by(*LIST_ORDER).limit(limit)).all()
    return [_row(*found) for found in rows]


def _row(c: Complaint, customer_name: str | None, product_name: str | None) -> ComplaintRow:
    return ComplaintRow(c.id, c.customer_id, customer_name or "", product_name or "", c.kind,
                        c.severity, c.status, c.received_at, c.committed_deadline, c.day0_at,
                        c.pv_reported_at, c.description, c.reported_to_customer_at,
                        c.assigned_to_user_id, c.answered_at, c.resolution, c.visit_id,
                        c.pv_received_at, c.lot)


def complaint_rows(store: Store, *, assigned_to_user_id: str | None = None,
                   statuses: Iterable[str] | None = None) -> list[ComplaintRow]:
    """Complaints (of one handler, in some statuses), most urgent first."""
    query = (select(Complaint, display_name_sql(), Product.name)
             .join(Customer, Customer.id == Complaint.customer_id, isouter=True)
             .join(Product, Product.id == Complaint.product_id, isouter=True)
             .where(Complaint.deleted == LIVE))
    if assigned_to_user_id is not None:
        query = query.where(Complaint.assigned_to_user_id == assigned_to_user_id)
    if statuses is not None:
        query = query.where(Complaint.status.in_([str(s) for s in statuses]))
    with store.read() as s:
        return [_row(*found) for found in s.exec(query.order_by(*LIST_ORDER)).all()]


@dataclass(frozen=True)
class ComplaintCounts:
    total: int
    open: int
    urgent: int  # owed an answer, and the deadline is near or passed
    adr_unreported: int  # open suspected adverse reactions not yet reported to PV


def complaint_counts(store: Store, now: datetime, *, customer_id: str | None = None,
                     window: timedelta = NEAR_DEADLINE) -> ComplaintCounts:
    """The figures above the complaint list, over every complaint (not only those shown)."""
    query = select(
        func.count(), count_where(_OPEN_SQL),
        count_where(_OPEN_SQL, Complaint.committed_deadline <= now + window),
        count_where(Complaint.status != ComplaintStatus.CLOSED.value,
                    Complaint.kind == ComplaintKind.ADVERSE_REACTION.value,
                    Complaint.pv_reported_at.is_(None))).where(Complaint.deleted == LIVE)
    if customer_id:
        query = query.where(Complaint.customer_id == customer_id)
    with store.read() as s:
        return ComplaintCounts(*s.exec(query).one())


def capture_complaint(store: Store, values: dict, *, actor_user_id: str | None = None) -> str:
    """Store a new complaint with its `captured` event, assigned at once when the company
    has a rule for its kind; suspected adverse reactions and their events go to the outbox
    with priority so they reach the server first."""
    with store.write() as w:
        return capture_in(w, values, actor_user_id=actor_user_id)


def capture_in(w, values: dict, *, actor_user_id: str | None = None) -> str:
    """capture_complaint inside an open write (a call report saving its adverse reaction)."""
    priority = ADR_PRIORITY if values.get("kind") == ComplaintKind.ADVERSE_REACTION else 0
    now = local_time.now()
    complaint = w.create(Complaint, values, status=ComplaintStatus.CAPTURED.value,
                         captured_by_user_id=actor_user_id, priority=priority)
    w.create(ComplaintEvent, complaint_id=complaint.id, from_status=None,
             to_status=ComplaintStatus.CAPTURED.value, at=now,
             actor_user_id=actor_user_id, territory_id=complaint.territory_id,
             priority=priority)
    apply_route(w, complaint, actor_user_id)
    return complaint.id


def advance_complaint(store: Store, complaint_id: str, to_status: str, *,
                      note: str | None = None, changes: dict | None = None,
                      actor_user_id: str | None = None) -> None:
    """Move a complaint one step (with extra field changes such as the resolution or the
    satisfaction score) and record the timestamped event, in one transaction."""
    now = local_time.now()
    changes = dict(changes or {})
    if to_status == ComplaintStatus.REPORTED_TO_CUSTOMER:
        changes.setdefault("reported_to_customer_at", now)
    if to_status == ComplaintStatus.CLOSED:
        changes.setdefault("closed_at", now)
    with store.write() as w:
        current = w.get(Complaint, complaint_id)
        old = row_values(current)
        new = {**old, **changes, "status": to_status}
        refused = complaint_transition_error(old, new)
        if refused:
            raise StepRefused(*refused)
        priority = ADR_PRIORITY if current.kind == ComplaintKind.ADVERSE_REACTION else 0
        w.update(Complaint, complaint_id, {**changes, "status": to_status}, priority=priority)
        w.create(ComplaintEvent, complaint_id=complaint_id, from_status=old["status"],
                 to_status=to_status, at=now, note=note or None, actor_user_id=actor_user_id,
                 territory_id=current.territory_id, priority=priority)


def record_pv_report(store: Store, complaint_id: str) -> None:
    """Note that the suspected adverse reaction was reported to pharmacovigilance now.

    Superseded by the desk's own steps (desktop/domain/pv_clock.py): since schema version 5
    the server takes this only from a pv account and refuses a rep's (`pv_only`)."""
    store_priority = ADR_PRIORITY
    with store.write() as w:
        w.update(Complaint, complaint_id, pv_reported_at=local_time.now(), priority=store_priority)


def next_step(status: str) -> str | None:
    steps = next_complaint_statuses(status)
    return steps[0] if steps else None


def complaint_events(store: Store, complaint_id: str) -> list[ComplaintEvent]:
    with store.read() as s:
        return list(s.exec(select(ComplaintEvent).where(
            ComplaintEvent.complaint_id == complaint_id,
            ComplaintEvent.deleted == False).order_by(ComplaintEvent.at)))  # noqa: E712


def get_complaint(store: Store, complaint_id: str) -> Complaint | None:
    return store.get(Complaint, complaint_id)


def complaints_nearing_deadline(session: Session, now: datetime, *,
                                territory_ids: Iterable[str] | None = None,
                                window: timedelta = NEAR_DEADLINE) -> list[ComplaintDeadline]:
    """Open complaints whose committed deadline has passed or falls within `window` of `now`,
    most urgent first; suspected adverse reactions come with the PV desk's receipt clock."""
    query = (select(Complaint, display_name_sql())
             .join(Customer, Customer.id == Complaint.customer_id)
             .where(Complaint.deleted == LIVE,
                    Complaint.status.in_([s.value for s in OPEN_STATUSES]),
                    Complaint.committed_deadline <= now + window)
             .order_by(Complaint.committed_deadline))
    if territory_ids is not None:
        query = query.where(Complaint.territory_id.in_(list(territory_ids)))
    out = []
    for c, name in session.exec(query).all():
        deadline = aware_utc(c.committed_deadline)
        state = deadline_state(deadline, c.status, now, window)
        if state is None:
            continue
        clock = None
        if c.kind == ComplaintKind.ADVERSE_REACTION:
            clock = pv_clock(aware_utc(c.day0_at or c.received_at), now,
                             aware_utc(c.pv_received_at), aware_utc(c.pv_reported_at))
        out.append(ComplaintDeadline(c.id, c.customer_id, name, c.kind, c.status, deadline,
                                     state, clock))
    return out
