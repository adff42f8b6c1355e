"""The pharmacovigilance desk: suspected adverse reactions with their clock, receipt of a
case, its report to the authority, and the escalation notices to the region's manager.

The clock runs from Day 0 (when the rep learned of the reaction; for one flagged in a call
report, the call's time). The desk (role pv) acknowledges receipt, then reports the case to
the authority with the authority's reference; only role pv may do either (the server refuses
anyone else, code `pv_only`). A case without receipt 12 hours after Day 0 is escalated to
the region's manager, and again at 24 hours (ESCALATION_STEPS); `escalations_due` says which
notices are due at `now`, each fired once: fired notices are remembered in the store
(`sync_state`, key FIRED_KEY), like follow-up reminders (desktop/domain/follow_ups.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.complaint_rules import ESCALATION_STEPS, PvClock, pv_clock
from desktop.domain.complaints import ADR_PRIORITY, StepRefused
from desktop.domain.customer_names import display_name_sql
from desktop.domain.identity import Identity
from desktop.domain.local_time import aware_utc
from desktop.domain.workflows import ADMIN, MSG_PV_ONLY, MSG_PV_RECEIPT_FIRST, PV
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, Customer, Product
from desktop.models.enums import ComplaintKind, ComplaintStatus
from desktop.store.store import Store

FIRED_KEY = "pv.escalations.fired"
LIVE = False

MSG_NOT_A_CASE = _t("Workflow", "This complaint is not a suspected adverse reaction.")
MSG_REFERENCE_REQUIRED = _t("Workflow", "Enter the authority's reference for the report.")
MSG_ALREADY_REPORTED = _t("Workflow", "The case was already reported to the authority.")


@dataclass(frozen=True)
class PvCase:
    """A suspected adverse reaction as the desk sees it."""

    id: str
    customer_id: str
    customer_name: str
    product_name: str
    lot: str | None
    patient_initials: str | None
    patient_age: int | None
    patient_sex: str | None
    reaction: str
    onset_date: datetime | None
    day0_at: datetime
    visit_id: str | None
    territory_id: str | None
    captured_by_user_id: str | None
    status: str
    pv_received_at: datetime | None
    pv_received_by_user_id: str | None
    pv_reported_at: datetime | None
    pv_reported_by_user_id: str | None
    pv_reference: str | None

    def clock(self, now: datetime) -> PvClock:
        return pv_clock(self.day0_at, now, self.pv_received_at, self.pv_reported_at)

    @property
    def is_open(self) -> bool:
        """Open for the desk: not yet reported to the authority."""
        return self.pv_reported_at is None


def _case(c: Complaint, customer_name: str | None, product_name: str | None) -> PvCase:
    return PvCase(
        c.id, c.customer_id, customer_name or "", product_name or "", c.lot,
        c.patient_identifier, c.patient_age, c.patient_sex,
        c.event_description or c.description, aware_utc(c.event_onset_date),
        aware_utc(c.day0_at or c.received_at), c.visit_id, c.territory_id,
        c.captured_by_user_id, c.status, aware_utc(c.pv_received_at), c.pv_received_by_user_id,
        aware_utc(c.pv_reported_at), c.pv_reported_by_user_id, c.pv_reference)


def _case_query():
    return (select(Complaint, display_name_sql(), Product.name)
            .join(Customer, Customer.id == Complaint.customer_id, isouter=True)
            .join(Product, Product.id == Complaint.product_id, isouter=True)
            .where(Complaint.deleted == LIVE,
                   Complaint.kind == ComplaintKind.ADVERSE_REACTION.value))


def pv_cases(store: Store, *, open_only: bool = False,
             territory_ids: list[str] | None = None) -> list[PvCase]:
    """Suspected adverse reactions, oldest Day 0 first (open ones: not yet reported to the
    authority); `territory_ids` narrows them (a manager's region)."""
    query = _case_query()
    if open_only:
        query = query.where(Complaint.pv_reported_at.is_(None))
    if territory_ids is not None:
        query = query.where(Complaint.territory_id.in_(list(territory_ids)))
    with store.read() as s:
        rows = s.exec(query.order_by(Complaint.day0_at, Complaint.id)).all()
    return [_case(*row) for row in rows]


def pv_case(store: Store, case_id: str) -> PvCase | None:
    with store.read() as s:
        row = s.exec(_case_query().where(Complaint.id == case_id)).first()
    return _case(*row) if row else None


def _check_desk(actor: Identity, complaint: Complaint) -> None:
    if actor.role not in (PV, ADMIN):
        raise StepRefused(MSG_PV_ONLY, {})
    if complaint.kind != ComplaintKind.ADVERSE_REACTION:
        raise StepRefused(MSG_NOT_A_CASE, {})


def acknowledge_receipt(store: Store, case_id: str, *, actor: Identity) -> None:
    """The desk has the case: receipt now, by `actor` (role pv). Receiving twice keeps the
    first receipt."""
    with store.write() as w:
        complaint = w.get(Complaint, case_id)
        _check_desk(actor, complaint)
        if complaint.pv_received_at is not None:
            return
        w.update(Complaint, case_id, pv_received_at=local_time.now(),
                 pv_received_by_user_id=actor.user_id, priority=ADR_PRIORITY)


def mark_reported(store: Store, case_id: str, reference: str, *, actor: Identity) -> None:
    """The desk reported the case to the authority now, under the authority's `reference`."""
    reference = (reference or "").strip()
    with store.write() as w:
        complaint = w.get(Complaint, case_id)
        _check_desk(actor, complaint)
        if complaint.pv_received_at is None:
            raise StepRefused(MSG_PV_RECEIPT_FIRST, {})
        if complaint.pv_reported_at is not None:
            raise StepRefused(MSG_ALREADY_REPORTED, {})
        if not reference:
            raise StepRefused(MSG_REFERENCE_REQUIRED, {})
        w.update(Complaint, case_id, pv_reported_at=local_time.now(),
                 pv_reported_by_user_id=actor.user_id, pv_reference=reference[:60],
                 priority=ADR_PRIORITY)


# ------------------------------------------------------------------ escalation
@dataclass(frozen=True)
class EscalationNotice:
    """A notice to the region's manager: the case has had no receipt for `hours` hours."""

    case_id: str
    hours: int
    due_at: datetime  # Day 0 + hours
    customer_name: str
    product_name: str
    territory_id: str | None

    @property
    def key(self) -> str:
        return f"{self.case_id}|{self.hours}"


def fired_escalations(store: Store) -> set[str]:
    try:
        return set(json.loads(store.state(FIRED_KEY, "[]")))
    except (TypeError, ValueError):
        return set()


def escalations_due(store: Store, now: datetime, *, territory_ids: list[str] | None = None
                    ) -> list[EscalationNotice]:
    """Notices due at `now` and not fired yet: per case without receipt, the highest step
    reached (a manager who opens the app 30 hours after Day 0 gets the 24-hour notice, not
    both). Oldest Day 0 first."""
    fired = fired_escalations(store)
    due = []
    for case in pv_cases(store, territory_ids=territory_ids):
        if case.pv_received_at is not None or case.status == ComplaintStatus.CLOSED:
            continue
        reached = [h for h in ESCALATION_STEPS if case.day0_at + timedelta(hours=h) <= now]
        if not reached:
            continue
        notice = EscalationNotice(case.id, reached[-1],
                                  case.day0_at + timedelta(hours=reached[-1]),
                                  case.customer_name, case.product_name, case.territory_id)
        if notice.key not in fired:
            due.append(notice)
    return due


def remember_escalations(store: Store, notices: list[EscalationNotice]) -> None:
    """Record notices as fired (with the lower steps of their cases), forgetting those of
    cases received since."""
    keys = fired_escalations(store)
    for notice in notices:
        keys |= {f"{notice.case_id}|{h}" for h in ESCALATION_STEPS if h <= notice.hours}
    waiting = {c.id for c in pv_cases(store) if c.pv_received_at is None}
    store.set_state(FIRED_KEY, json.dumps(sorted(k for k in keys
                                                 if k.split("|", 1)[0] in waiting)))


def next_escalation_in(store: Store, now: datetime, *, territory_ids: list[str] | None = None,
                       ceiling: timedelta = timedelta(minutes=5)) -> timedelta:
    """How long until the next notice is due (at most `ceiling`), for a timer."""
    best = ceiling
    for case in pv_cases(store, open_only=True, territory_ids=territory_ids):
        upcoming = case.clock(now).next_escalation_at
        if upcoming is not None:
            best = min(best, max(upcoming - now, timedelta(0)))
    return best
