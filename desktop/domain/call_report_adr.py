"""A suspected adverse reaction flagged inside a call report: the case it creates (the
adverse-reaction complaint, Day 0 = the call's time, linked to the visit) and reading it
back into the report's draft."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.complaint_rules import default_deadline
from desktop.domain.complaints import capture_in
from desktop.models import Complaint, Customer, Visit
from desktop.models.enums import ComplaintChannel, ComplaintKind, ComplaintSeverity

LIVE = False


@dataclass
class AdverseReactionDraft:
    """The minimum case of a suspected adverse reaction heard of during the call. Saving the
    report creates the adverse-reaction complaint (Day 0 = the call's time), linked to it."""

    patient_initials: str = ""
    patient_age: int | None = None
    patient_sex: str | None = None  # PatientSex
    product_id: str | None = None
    lot: str = ""
    reaction: str = ""
    onset_date: date | None = None
    reporter_name: str = ""  # who reported it; default: the customer called on
    severity: str = ComplaintSeverity.HIGH.value
    complaint_id: str | None = None  # the case, once saved


def _case_of(session: Session, visit_id: str) -> Complaint | None:
    return session.exec(select(Complaint).where(
        Complaint.visit_id == visit_id, Complaint.deleted == LIVE,
        Complaint.kind == ComplaintKind.ADVERSE_REACTION.value)).first()


def adverse_reaction_of(session: Session, visit_id: str) -> AdverseReactionDraft | None:
    """The report's adverse-reaction section as saved (None: none was flagged)."""
    case = _case_of(session, visit_id)
    if case is None:
        return None
    onset = local_time.local_day(case.event_onset_date) if case.event_onset_date else None
    return AdverseReactionDraft(
        patient_initials=case.patient_identifier or "", patient_age=case.patient_age,
        patient_sex=case.patient_sex, product_id=case.product_id, lot=case.lot or "",
        reaction=case.event_description or "", onset_date=onset,
        reporter_name=case.reporter_name or "", severity=case.severity, complaint_id=case.id)


def case_values(visit: Visit, adr: AdverseReactionDraft, reporter: str) -> dict:
    """The complaint's fields from the report's section."""
    day0 = local_time.aware_utc(visit.started_at)
    reaction = (adr.reaction or "").strip()
    return {
        "patient_identifier": (adr.patient_initials or "").strip() or None,
        "patient_age": adr.patient_age, "patient_sex": adr.patient_sex or None,
        "product_id": adr.product_id, "lot": (adr.lot or "").strip() or None,
        "event_description": reaction or None, "description": reaction or "-",
        "event_onset_date": local_time.day_start(adr.onset_date) if adr.onset_date else None,
        "reporter_name": (adr.reporter_name or "").strip() or reporter or None,
        "severity": adr.severity,
        "day0_at": day0,
    }


def write_adverse_reaction(w, visit: Visit, adr: AdverseReactionDraft) -> str:
    """Create the case of the report (or bring its fields up to date while the
    pharmacovigilance desk has not received it yet); returns the complaint's id."""
    customer = w.session.get(Customer, visit.customer_id)
    reporter = customer.name if customer else ""  # the doctor (or contact) called on
    values = case_values(visit, adr, reporter)
    existing = _case_of(w.session, visit.id)
    if existing is not None:
        if existing.pv_received_at is None:
            w.update(Complaint, existing.id, values)
        return existing.id
    day0 = values["day0_at"]
    return capture_in(w, {
        **values, "customer_id": visit.customer_id, "visit_id": visit.id,
        "kind": ComplaintKind.ADVERSE_REACTION.value, "channel": ComplaintChannel.VISIT.value,
        "received_at": day0,
        "committed_deadline": default_deadline(ComplaintKind.ADVERSE_REACTION, day0, day0),
        "territory_id": visit.territory_id,
    }, actor_user_id=visit.rep_user_id)
