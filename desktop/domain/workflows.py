"""The state machines of call plans, complaints and call reports.

Shared by the client (to offer only legal actions) and the server (which enforces them on
every pushed mutation). Pure functions of plain values; no database, no Qt.
"""

from __future__ import annotations

from desktop.domain.local_time import aware_utc
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind, ComplaintStatus, PlanStatus, VisitStatus

REP, MANAGER, ADMIN = "rep", "manager", "admin"

# ------------------------------------------------------------------ complaints
COMPLAINT_FLOW: list[ComplaintStatus] = [
    ComplaintStatus.CAPTURED,
    ComplaintStatus.ASSIGNED,
    ComplaintStatus.IN_PROGRESS,
    ComplaintStatus.RESOLVED,
    ComplaintStatus.REPORTED_TO_CUSTOMER,
    ComplaintStatus.SATISFACTION_RECORDED,
    ComplaintStatus.CLOSED,
]


def next_complaint_statuses(current: str) -> list[str]:
    """Legal next steps: the next status in the flow (steps are never skipped)."""
    try:
        i = COMPLAINT_FLOW.index(ComplaintStatus(current))
    except ValueError:
        return []
    return [COMPLAINT_FLOW[i + 1].value] if i + 1 < len(COMPLAINT_FLOW) else []


MSG_COMPLAINT_STEP = _t("Workflow", "A complaint moves one step at a time: from {old} it can only go to {allowed}.")
MSG_COMPLAINT_CLOSED = _t("Workflow", "The complaint is closed; it cannot change any more.")
MSG_ADR_NOT_REPORTED = _t("Workflow", "A suspected adverse reaction can only be closed once it has been reported to pharmacovigilance.")
MSG_SATISFACTION_MISSING = _t("Workflow", "Record the customer's satisfaction (1–5) before marking it recorded.")


def complaint_transition_error(old: dict, new: dict) -> tuple[str, dict] | None:
    """Why a complaint change is illegal (message template, params), or None if it is legal."""
    before, after = old.get("status"), new.get("status")
    if before == ComplaintStatus.CLOSED:
        return MSG_COMPLAINT_CLOSED, {}
    if before != after:
        allowed = next_complaint_statuses(before)
        if after not in allowed:
            return MSG_COMPLAINT_STEP, {"old": before, "allowed": ", ".join(allowed) or "-"}
        if after == ComplaintStatus.SATISFACTION_RECORDED and new.get("satisfaction") is None:
            return MSG_SATISFACTION_MISSING, {}
        if (after == ComplaintStatus.CLOSED and new.get("kind") == ComplaintKind.ADVERSE_REACTION
                and not new.get("pv_reported_at")):
            return MSG_ADR_NOT_REPORTED, {}
    return None


# ------------------------------------------------------------------ call plans
# (from, to) -> roles that may make the move
PLAN_TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    (PlanStatus.DRAFT, PlanStatus.SUBMITTED): frozenset({REP}),
    (PlanStatus.SUBMITTED, PlanStatus.DRAFT): frozenset({REP}),  # withdraw
    (PlanStatus.SUBMITTED, PlanStatus.APPROVED): frozenset({MANAGER}),
    (PlanStatus.SUBMITTED, PlanStatus.RETURNED): frozenset({MANAGER}),
    (PlanStatus.RETURNED, PlanStatus.DRAFT): frozenset({REP}),  # revise
    (PlanStatus.APPROVED, PlanStatus.DRAFT): frozenset({REP}),  # a change needs approval again
}
PLAN_ITEMS_EDITABLE = frozenset({PlanStatus.DRAFT})
# Fields of a plan only a manager sets (with a decision).
PLAN_MANAGER_FIELDS = frozenset({"decided_at", "decided_by_user_id", "manager_comment"})

MSG_PLAN_MOVE = _t("Workflow", "A {role} cannot move a plan from {old} to {new}.")
MSG_PLAN_LOCKED = _t("Workflow", "The plan is {status}; withdraw or revise it before changing its calls.")
MSG_PLAN_ALREADY = _t("Workflow", "The plan is already {status}.")
MSG_PLAN_COMMENT_ROLE = _t("Workflow", "Only the approving manager writes the decision and its comment.")
MSG_PLAN_RETURN_COMMENT = _t("Workflow", "Say why the plan is returned: a comment is required.")


def plan_transition_error(role: str, old: dict, new: dict) -> tuple[str, dict] | None:
    """Why a change to a call plan row is illegal for `role`, or None."""
    before, after = old.get("status"), new.get("status")
    if before == after and "submitted_at" in old and "submitted_at" in new \
            and not _same_moment(old["submitted_at"], new["submitted_at"]):
        return MSG_PLAN_ALREADY, {"status": after}  # a second submit of a submitted plan
    if before != after:
        allowed = PLAN_TRANSITIONS.get((before, after), frozenset())
        if role not in allowed and role != ADMIN:
            return MSG_PLAN_MOVE, {"role": role, "old": before, "new": after}
        if after == PlanStatus.RETURNED and not (new.get("manager_comment") or "").strip():
            return MSG_PLAN_RETURN_COMMENT, {}
    if role == REP:
        changed = {k for k in PLAN_MANAGER_FIELDS if old.get(k) != new.get(k)}
        # a rep's revise clears the previous decision; anything else is a manager's field
        if changed and not (after == PlanStatus.DRAFT and before != after):
            return MSG_PLAN_COMMENT_ROLE, {}
    return None


def _same_moment(a, b) -> bool:
    """Two stored moments are the same (a naive value from a database is UTC)."""
    if a is None or b is None:
        return a is b
    return aware_utc(a) == aware_utc(b)


def plan_items_locked_error(plan_status: str) -> tuple[str, dict] | None:
    """Why the items of a plan in `plan_status` cannot change, or None."""
    if plan_status not in PLAN_ITEMS_EDITABLE:
        return MSG_PLAN_LOCKED, {"status": plan_status}
    return None


# ------------------------------------------------------------------ call reports
MSG_VISIT_SUBMITTED = _t("Workflow", "This call report was submitted and is locked; record a correction instead.")


def visit_change_error(old_status: str | None) -> tuple[str, dict] | None:
    """A submitted call report (and its attendees, products and samples) never changes."""
    if old_status == VisitStatus.SUBMITTED:
        return MSG_VISIT_SUBMITTED, {}
    return None
