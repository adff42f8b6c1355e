"""Call reports: defaults for a new report, loading one, and saving it as draft or submitted.

A report and its children (attendees, products, samples) and the follow-up of its next step
are written in one transaction. The children are written before the mutation that submits
the visit (docs/sync-protocol.md), so the server sees them while the visit is still a
draft. A submitted report never changes; a correction is a new report naming it in
`corrects_visit_id`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case, func
from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.call_report_adr import (
    AdverseReactionDraft,
    adverse_reaction_of,
    write_adverse_reaction,
)
from desktop.domain.customer_names import display_name_of
from desktop.domain.workflows import visit_change_error
from desktop.models import (
    Customer,
    FollowUp,
    PlanItem,
    Product,
    Visit,
    VisitAttendee,
    VisitProduct,
    VisitSample,
)
from desktop.models.enums import CustomerKind, VisitStatus, VisitType
from desktop.store.store import Store


class VisitLocked(RuntimeError):
    """The report was submitted; `template` is the workflow message (context "Workflow")."""

    def __init__(self, template: str):
        super().__init__(template)
        self.template = template


@dataclass
class SampleLine:
    quantity: int = 1
    product_id: str | None = None
    material: str | None = None
    lot: str | None = None


@dataclass
class CallReportDraft:
    """Everything the call report dialog edits, as plain values."""

    customer_id: str
    started_at: datetime
    visit_type: str = VisitType.FACE_TO_FACE.value
    duration_minutes: int | None = None
    attendee_ids: list[str] = field(default_factory=list)
    products: list[tuple[str, str]] = field(default_factory=list)  # (product_id, key message)
    samples: list[SampleLine] = field(default_factory=list)
    key_messages: str = ""
    feedback: str = ""
    next_step: str = ""
    follow_up_date: date | None = None
    follow_up_title: str = ""
    plan_item_id: str | None = None
    market_activity_id: str | None = None  # the market activity the call belongs to
    corrects_visit_id: str | None = None
    visit_id: str | None = None
    territory_id: str | None = None
    rep_user_id: str | None = None
    status: str = VisitStatus.DRAFT.value
    adverse_reaction: AdverseReactionDraft | None = None  # a suspected ADR flagged in the call


def default_visit_type(kind: str | None) -> str:
    """The visit type most calls on this kind of customer have."""
    if kind in (CustomerKind.PHARMACY, CustomerKind.PHARMACY_CONTACT):
        return VisitType.PHARMACY_VISIT.value
    if kind == CustomerKind.DEPARTMENT:
        return VisitType.DEPARTMENT_MEETING.value
    return VisitType.FACE_TO_FACE.value


def new_draft(store: Store, customer_id: str, *, plan_item_id: str | None = None,
              now: datetime | None = None) -> CallReportDraft:
    """A new report with defaults that make the common case fast: now, the usual visit type,
    the products of the plan item (or else of the last report for this customer)."""
    with store.read() as s:
        customer = s.get(Customer, customer_id)
        products: list[str] = []
        if plan_item_id:
            item = s.get(PlanItem, plan_item_id)
            products = list(item.product_ids or []) if item else []
        if not products:
            last = s.exec(select(Visit).where(Visit.customer_id == customer_id,
                                              Visit.deleted == False)  # noqa: E712
                          .order_by(Visit.started_at.desc()).limit(1)).first()
            if last:
                products = [p.product_id for p in s.exec(
                    select(VisitProduct).where(VisitProduct.visit_id == last.id,
                                               VisitProduct.deleted == False)  # noqa: E712
                    .order_by(VisitProduct.position))]
    return CallReportDraft(
        customer_id=customer_id, started_at=now or local_time.now(),
        visit_type=default_visit_type(customer.kind if customer else None),
        products=[(p, "") for p in products], plan_item_id=plan_item_id,
        territory_id=customer.territory_id if customer else None)


def load_draft(store: Store, visit_id: str) -> CallReportDraft:
    """The stored report as a draft object (status tells whether it is locked)."""
    with store.read() as s:
        v = s.get(Visit, visit_id)
        if v is None:
            raise LookupError(visit_id)

        def children(model):
            return list(s.exec(select(model).where(model.visit_id == visit_id,
                                                   model.deleted == False)))  # noqa: E712

        follow_up = s.exec(select(FollowUp).where(FollowUp.visit_id == visit_id,
                                                  FollowUp.deleted == False)).first()  # noqa: E712
        case = adverse_reaction_of(s, visit_id)
        return CallReportDraft(
            customer_id=v.customer_id, started_at=v.started_at, visit_type=v.visit_type,
            duration_minutes=v.duration_minutes,
            attendee_ids=[a.customer_id for a in children(VisitAttendee)],
            products=[(p.product_id, p.key_message or "")
                      for p in sorted(children(VisitProduct), key=lambda p: p.position)],
            samples=[SampleLine(x.quantity, x.product_id, x.material, x.lot)
                     for x in children(VisitSample)],
            key_messages=v.key_messages or "", feedback=v.feedback or "",
            next_step=v.next_step or "", follow_up_date=v.follow_up_date,
            follow_up_title=follow_up.title if follow_up else "",
            plan_item_id=v.plan_item_id, market_activity_id=v.market_activity_id,
            corrects_visit_id=v.corrects_visit_id, visit_id=v.id, territory_id=v.territory_id, rep_user_id=v.rep_user_id,
            status=v.status, adverse_reaction=case)


def correction_of(store: Store, visit_id: str) -> CallReportDraft:
    """A new draft prefilled from a submitted report, marked as its correction."""
    draft = load_draft(store, visit_id)
    draft.corrects_visit_id, draft.visit_id = visit_id, None
    draft.status = VisitStatus.DRAFT.value
    draft.adverse_reaction = None  # the case stays with the call it was reported in
    return draft


def save_call_report(store: Store, draft: CallReportDraft, *, submit: bool) -> str:
    """Store the report (draft or submitted) with its children and follow-up; returns its id.
    Raises VisitLocked for a submitted report, ValidationError for invalid values."""
    visit_values = dict(
        customer_id=draft.customer_id, started_at=draft.started_at,
        visit_type=draft.visit_type, duration_minutes=draft.duration_minutes,
        key_messages=draft.key_messages or None, feedback=draft.feedback or None,
        next_step=draft.next_step or None, follow_up_date=draft.follow_up_date,
        plan_item_id=draft.plan_item_id, market_activity_id=draft.market_activity_id,
        corrects_visit_id=draft.corrects_visit_id, rep_user_id=draft.rep_user_id)
    with store.write() as w:
        if draft.visit_id:
            current = w.get(Visit, draft.visit_id)
            locked = visit_change_error(current.status)
            if locked:
                raise VisitLocked(locked[0])
            visit = w.update(Visit, draft.visit_id, visit_values)
            for model in (VisitAttendee, VisitProduct, VisitSample):
                for child in w.session.exec(select(model).where(
                        model.visit_id == visit.id, model.deleted == False)).all():  # noqa: E712
                    w.delete(model, child.id)
        else:
            visit = w.create(Visit, visit_values, territory_id=draft.territory_id,
                             status=VisitStatus.DRAFT.value)
        scope = {"visit_id": visit.id, "territory_id": visit.territory_id}
        for attendee in dict.fromkeys(draft.attendee_ids):
            w.create(VisitAttendee, scope, customer_id=attendee)
        for position, (product_id, message) in enumerate(draft.products):
            w.create(VisitProduct, scope, product_id=product_id,
                     key_message=message or None, position=position)
        for sample in draft.samples:
            w.create(VisitSample, scope, product_id=sample.product_id,
                     material=sample.material or None, quantity=sample.quantity,
                     lot=sample.lot or None)
        _write_follow_up(w, visit, draft)
        # After the children and before the submit: the case is pushed first, taking the
        # visit's creation with it, and the visit must still be a draft when its children
        # arrive (docs/complaints.md).
        if draft.adverse_reaction is not None:
            draft.adverse_reaction.complaint_id = write_adverse_reaction(
                w, visit, draft.adverse_reaction)
        if submit:
            w.update(Visit, visit.id, status=VisitStatus.SUBMITTED.value,
                     submitted_at=local_time.now())
        return visit.id


def _write_follow_up(w, visit: Visit, draft: CallReportDraft) -> None:
    """The report's one follow-up for its next step. A correction takes over the open
    follow-up of the report it corrects (the next step is the same piece of work), so the
    rep's list never shows it twice."""
    existing = w.session.exec(select(FollowUp).where(
        FollowUp.visit_id == visit.id, FollowUp.deleted == False)).first()  # noqa: E712
    if existing is None and draft.corrects_visit_id:
        existing = w.session.exec(select(FollowUp).where(
            FollowUp.visit_id == draft.corrects_visit_id, FollowUp.status == "open",
            FollowUp.deleted == False)).first()  # noqa: E712
        if existing is not None:
            w.update(FollowUp, existing.id, visit_id=visit.id)
    if draft.follow_up_date is None:
        if existing is not None and existing.status == "open":
            w.delete(FollowUp, existing.id)
        return
    title = (draft.next_step or draft.follow_up_title or "").strip()[:200] or "-"
    if existing is None:
        w.create(FollowUp, customer_id=visit.customer_id, visit_id=visit.id, title=title,
                 due_date=draft.follow_up_date, territory_id=visit.territory_id,
                 assigned_user_id=draft.rep_user_id)
    else:
        w.update(FollowUp, existing.id, title=title, due_date=draft.follow_up_date)


@dataclass(frozen=True)
class Choice:
    """An id with the name to show (products, colleagues)."""

    id: str
    name: str
    detail: str = ""


def product_choices(store: Store) -> list[Choice]:
    """Products to detail: ours first, then by name."""
    with store.read() as s:
        rows = s.exec(select(Product).where(Product.deleted == False)).all()  # noqa: E712
    rows = sorted(rows, key=lambda p: (not p.is_ours, p.name))
    return [Choice(p.id, p.name, p.strength or "") for p in rows]


COLLEAGUES_SHOWN = 300


@dataclass(frozen=True)
class Colleagues:
    """Who could attend a call; at a very large organisation not everyone is listed."""

    choices: list[Choice]
    total: int


def colleague_choices(store: Store, customer_id: str, chosen: Iterable[str] = (),
                      limit: int = COLLEAGUES_SHOWN) -> Colleagues:
    """People who could attend a call on this customer: the same organisation's doctors,
    departments and contacts (excluding the customer), those of the customer's own department
    first; at most `limit` of them, and always the `chosen` ones (a saved draft's attendees
    must not drop out of the list, or saving again would remove them)."""
    with store.read() as s:
        c = s.get(Customer, customer_id)
        if c is None:
            return Colleagues([], 0)
        org = c.id if c.kind in (CustomerKind.HOSPITAL, CustomerKind.PHARMACY) \
            else c.organisation_id
        if not org:
            return Colleagues([], 0)
        department = c.id if c.kind == CustomerKind.DEPARTMENT else c.department_id
        same_org = (Customer.organisation_id == org, Customer.deleted == False,  # noqa: E712
                    Customer.id != customer_id)
        rows = list(s.exec(select(Customer).where(*same_org).order_by(
            case((Customer.department_id == department, 0), else_=1), Customer.name)
            .limit(limit)).all())
        total = s.exec(select(func.count()).select_from(Customer).where(*same_org)).one()
        missing = set(chosen) - {r.id for r in rows}
        if missing:
            rows += s.exec(select(Customer).where(Customer.id.in_(missing))).all()
    return Colleagues([Choice(r.id, r.name, r.title or r.position or "") for r in rows], total)


def customer_name(store: Store, customer_id: str) -> str:
    """The customer's display name (a department with its hospital)."""
    return display_name_of(store, customer_id)
