"""Complaint handling: the handlers a manager can pick (offline, from the synced team
directory), assigning a complaint to one, the company's rule per kind (kind → handler), a
handler's queue and their answer.

Flow: captured → assigned (manager, or the rule at capture) → in progress → resolved (the
handler's answer) → reported to the customer → satisfaction recorded → closed (the rep,
desktop/domain/complaints.py). The server enforces who does what
(server/sync/complaint_roles.py); these functions refuse the same moves offline, with the
same words, so the user learns it at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_
from sqlmodel import select

from desktop.domain import local_time
from desktop.domain.complaint_routes import assign_row
from desktop.domain.complaints import LIVE, ComplaintRow, StepRefused, complaint_rows
from desktop.domain.identity import Identity
from desktop.domain.workflows import ADMIN, MANAGER, QA
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, ComplaintEvent, TeamMember, Territory
from desktop.models.enums import ComplaintStatus
from desktop.store.store import Store

MSG_ASSIGN_ROLE = _t("Workflow", "A complaint is assigned to a handler by the region's manager.")
MSG_NOT_A_HANDLER = _t("Workflow", "Choose an active complaint handler.")
MSG_ASSIGN_STATUS = _t("Workflow", "The complaint is {status}; only a complaint not yet answered can be assigned.")
MSG_NOT_YOURS = _t("Workflow", "This complaint is assigned to another handler.")
MSG_ANSWER_REQUIRED = _t("Workflow", "Write the answer for the customer.")
MSG_ANSWER_STATUS = _t("Workflow", "The complaint is {status}; a handler answers a complaint assigned to them that is not yet resolved.")

ASSIGNABLE = frozenset({ComplaintStatus.CAPTURED, ComplaintStatus.ASSIGNED,
                        ComplaintStatus.IN_PROGRESS})
ANSWERABLE = frozenset({ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS})


@dataclass(frozen=True)
class Handler:
    """A person a complaint can be assigned to."""

    user_id: str
    name: str
    region_id: str | None  # None: works for the whole company


def handler_choices(store: Store, region_id: str | None) -> list[Handler]:
    """Active handlers (role qa) who work for the region or the whole company, by name:
    known offline from the synced team directory (`team_member`)."""
    with store.read() as s:
        query = select(TeamMember).where(
            TeamMember.role == QA, TeamMember.active == True,  # noqa: E712
            TeamMember.deleted == LIVE)
        if region_id is not None:
            query = query.where(or_(TeamMember.region_id.is_(None),
                                    TeamMember.region_id == region_id))
        members = s.exec(query).all()
    return sorted((Handler(m.id, m.display_name or m.username, m.region_id) for m in members),
                  key=lambda h: (h.name, h.user_id))


def handler_name(store: Store, user_id: str | None) -> str | None:
    """The name a complaint's handler goes by in the synced team directory (None when
    unassigned or not in this laptop's directory)."""
    if not user_id:
        return None
    member = store.get(TeamMember, user_id)
    if member is None or member.deleted != LIVE:
        return None
    return member.display_name or member.username


def assign_complaint(store: Store, complaint_id: str, handler_user_id: str, *,
                     actor: Identity) -> None:
    """The region's manager assigns (or reassigns) a complaint to a handler: the status
    moves to assigned (a reassigned complaint keeps its status)."""
    if actor.role not in (MANAGER, ADMIN):
        raise StepRefused(MSG_ASSIGN_ROLE, {})
    with store.write() as w:
        complaint = w.get(Complaint, complaint_id)
        territory = w.session.get(Territory, complaint.territory_id) \
            if complaint.territory_id else None
        handler = w.session.get(TeamMember, handler_user_id)
        if handler is None or handler.role != QA or not handler.active or handler.deleted \
                or handler.region_id not in (None, getattr(territory, "region_id", None)):
            raise StepRefused(MSG_NOT_A_HANDLER, {})
        if complaint.status not in ASSIGNABLE:
            raise StepRefused(MSG_ASSIGN_STATUS, {"status": complaint.status})
        if complaint.assigned_to_user_id == handler_user_id:
            return
        assign_row(w, complaint, handler_user_id, actor.user_id)


def handler_queue(store: Store, handler_user_id: str, *, include_answered: bool = False
                  ) -> list[ComplaintRow]:
    """The complaints assigned to a handler, most urgent first (by committed deadline):
    those still to answer, or with `include_answered` also those they answered."""
    statuses = ANSWERABLE if not include_answered else None
    return complaint_rows(store, assigned_to_user_id=handler_user_id, statuses=statuses)


def answer_complaint(store: Store, complaint_id: str, answer: str, *, actor: Identity,
                     now: datetime | None = None) -> None:
    """The handler's answer: the resolution, and the complaint moves to resolved (through
    in progress, each step with its event, in one transaction). The rep then reports it to
    the customer."""
    answer = (answer or "").strip()
    if not answer:
        raise StepRefused(MSG_ANSWER_REQUIRED, {})
    with store.write() as w:
        complaint = w.get(Complaint, complaint_id)
        if actor.role != ADMIN and complaint.assigned_to_user_id != actor.user_id:
            raise StepRefused(MSG_NOT_YOURS, {})
        if complaint.status not in ANSWERABLE:
            raise StepRefused(MSG_ANSWER_STATUS, {"status": complaint.status})
        moment = now or local_time.now()
        steps = [ComplaintStatus.RESOLVED]
        if complaint.status == ComplaintStatus.ASSIGNED:
            steps.insert(0, ComplaintStatus.IN_PROGRESS)
        for step in steps:
            before = complaint.status
            changes = {"status": step.value}
            if step == ComplaintStatus.RESOLVED:
                changes.update(resolution=answer, answered_at=moment,
                               answered_by_user_id=actor.user_id)
            complaint = w.update(Complaint, complaint_id, changes)
            w.create(ComplaintEvent, complaint_id=complaint_id, from_status=before,
                     to_status=step.value, at=moment, actor_user_id=actor.user_id,
                     note=answer if step == ComplaintStatus.RESOLVED else None,
                     territory_id=complaint.territory_id)
