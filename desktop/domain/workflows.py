"""The state machines of call plans, complaints, call reports and market activities.

Shared by the client (to offer only legal actions) and the server (which enforces them on
every pushed mutation). Pure functions of plain values; no database, no Qt.
"""

from __future__ import annotations

from desktop.domain.local_time import aware_utc
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import (
    ActivityAction,
    ActivityStatus,
    ComplaintKind,
    ComplaintStatus,
    PlanStatus,
    VisitStatus,
)

REP, MANAGER, ADMIN = "rep", "manager", "admin"
QA, PV = "qa", "pv"  # the complaint handler; the pharmacovigilance desk

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


# ------------------------------------------------------------------ complaint desks
# What the server answers when a role oversteps on a complaint (server/sync/complaint_roles.py);
# the client says the same offline.
MSG_PV_ONLY = _t("Workflow", "Only the pharmacovigilance desk (role pv) acknowledges receipt of a case and marks it reported to the authority.")
MSG_ASSIGN_NOT_HANDLER = _t("Workflow", "A complaint is assigned to an active complaint handler (role qa) of its region or of the whole company.")
MSG_ASSIGN_WHO = _t("Workflow", "A complaint is assigned to a handler by the region's manager, or by the company's rule for its kind.")
# What the server answers when a customer's survey was already taken (server/sync/survey_once.py).
MSG_SURVEY_CYCLE_TAKEN = _t("Workflow", "This customer already answered the survey of this call cycle (taken on another device); this second survey was not recorded.")
MSG_SURVEY_COMPLAINT_TAKEN = _t("Workflow", "This customer already answered the survey of this complaint (taken on another device); this second survey was not recorded.")
MSG_PV_NOT_CREATOR = _t("Workflow", "The pharmacovigilance desk records receipt and reports of existing cases; it does not create or delete complaints.")
MSG_PV_ADR_ONLY = _t("Workflow", "Only suspected adverse reactions go to the pharmacovigilance desk.")
MSG_PV_FIELDS = _t("Workflow", "The pharmacovigilance desk records receipt and the report to the authority; the rest of a case is the representative's.")
MSG_PV_OWN_ID = _t("Workflow", "Receipt and reports are signed with your own account.")
MSG_PV_RECEIPT_FIRST = _t("Workflow", "Acknowledge receipt of the case before marking it reported to the authority.")
MSG_QA_OWN = _t("Workflow", "A handler works on the complaints assigned to them.")
MSG_QA_FIELDS = _t("Workflow", "A handler answers a complaint (progress and resolution); its capture and assignment are not theirs to change.")
MSG_QA_STEPS = _t("Workflow", "A handler starts and resolves a complaint; the representative reports the answer to the customer.")
MSG_QA_EVENTS = _t("Workflow", "A handler records the steps of the complaints assigned to them.")


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


# ------------------------------------------------------------------ market activities
# Who acts on an activity: its owner (the rep or manager who plans it) and the manager of
# its region, who approves the budget and evaluates it. A manager who owns an activity is
# both (they hold the region's budget); an administrator may do anything.
OWNER = "owner"
ACTIVITY_LIVE = frozenset({ActivityStatus.DRAFT, ActivityStatus.SUBMITTED,
                           ActivityStatus.RETURNED, ActivityStatus.APPROVED})
# (from, to) -> (the action that makes the move, the parties who may make it)
ACTIVITY_TRANSITIONS: dict[tuple[str, str], tuple[str, frozenset[str]]] = {
    (ActivityStatus.DRAFT, ActivityStatus.SUBMITTED): (ActivityAction.SUBMIT, frozenset({OWNER})),
    (ActivityStatus.SUBMITTED, ActivityStatus.DRAFT): (ActivityAction.WITHDRAW, frozenset({OWNER})),
    (ActivityStatus.SUBMITTED, ActivityStatus.APPROVED): (ActivityAction.APPROVE,
                                                          frozenset({MANAGER})),
    (ActivityStatus.SUBMITTED, ActivityStatus.RETURNED): (ActivityAction.RETURN,
                                                          frozenset({MANAGER})),
    (ActivityStatus.RETURNED, ActivityStatus.DRAFT): (ActivityAction.REVISE, frozenset({OWNER})),
    (ActivityStatus.APPROVED, ActivityStatus.DRAFT): (ActivityAction.REVISE, frozenset({OWNER})),
    (ActivityStatus.APPROVED, ActivityStatus.HELD): (ActivityAction.HOLD, frozenset({OWNER})),
    (ActivityStatus.HELD, ActivityStatus.EVALUATED): (ActivityAction.EVALUATE,
                                                      frozenset({MANAGER})),
    **{(s, ActivityStatus.CANCELLED): (ActivityAction.CANCEL, frozenset({OWNER}))
       for s in ACTIVITY_LIVE},
}
ACTION_TARGETS: dict[str, str] = {action: to for (_f, to), (action, _p)
                                  in ACTIVITY_TRANSITIONS.items()}
# What the owner plans; changes only while the activity is a draft.
ACTIVITY_PLAN_FIELDS = frozenset({"kind", "title", "place", "starts_on", "ends_on",
                                  "owner_user_id", "territory_id", "expected_attendance",
                                  "segment", "notes"})
ACTIVITY_DECISION_FIELDS = frozenset({"decided_at", "decided_by_user_id", "manager_comment"})
ACTIVITY_VERDICT_FIELDS = frozenset({"verdict", "verdict_reasons", "evaluated_at",
                                     "evaluated_by_user_id"})
# Survey figures (advertising awareness): the manager's, until the activity is evaluated.
ACTIVITY_SURVEY_FIELDS = frozenset({"awareness_before", "awareness_after"})

MSG_ACTIVITY_MOVE = _t("Workflow", "The activity's {party} cannot move it from {old} to {new}.")
MSG_ACTIVITY_NOT_PARTY = _t("Workflow", "Only the activity's owner or the manager of its region can change it.")
MSG_ACTIVITY_RETURN_COMMENT = _t("Workflow", "Say why the activity is returned: a comment is required.")
MSG_ACTIVITY_VERDICT_MISSING = _t("Workflow", "An activity is evaluated with a verdict; evaluate it from its figures.")
MSG_ACTIVITY_PLAN_LOCKED = _t("Workflow", "The activity is {status}; revise it (it goes back to draft and needs approval again) before changing its plan, products or budget.")
MSG_ACTIVITY_FINAL = _t("Workflow", "The activity is {status}; it cannot change any more.")
MSG_ACTIVITY_EVALUATED = _t("Workflow", "The activity is evaluated; only the evaluation comment can change.")
MSG_ACTIVITY_MANAGER_FIELDS = _t("Workflow", "Only the manager of the region decides on the activity, enters the survey figures and evaluates it.")
MSG_ACTIVITY_REVISION = _t("Workflow", "Revising an activity raises its revision by one; other moves keep it.")
MSG_ACTIVITY_VERDICT_MOVE = _t("Workflow", "The verdict is written when the held activity is evaluated, and only then.")
MSG_ACTIVITY_NOT_YET = _t("Workflow", "The activity is {status}; check-ins, walk-ins and actual costs are recorded once it is approved.")
MSG_ACTIVITY_OWNER_PLANS = _t("Workflow", "Only the activity's owner plans it: its kind, title, dates, place and invitations.")
MSG_ACTIVITY_OWNER_ONLY = _t("Workflow", "Only the activity's owner changes its products, invitees and costs.")


def activity_parties(role: str, user_id: str, owner_user_id: str | None) -> frozenset[str]:
    """The parties a user is to an activity: its owner, the region's manager, or both."""
    if role == ADMIN:
        return frozenset({OWNER, MANAGER, ADMIN})
    parties = {OWNER} if user_id == owner_user_id else set()
    if role == MANAGER:
        parties.add(MANAGER)
    return frozenset(parties)


def activity_action_error(parties: frozenset[str], status: str, action: str
                          ) -> tuple[str, dict] | None:
    """Why `parties` cannot take `action` on an activity in `status`, or None: the action
    must be the one that makes the move from `status` (withdrawing is not revising, although
    both lead back to a draft)."""
    target = ACTION_TARGETS.get(action) or status
    move = ACTIVITY_TRANSITIONS.get((status, target))
    if move is not None and move[0] != action:
        party = MANAGER if MANAGER in parties else OWNER
        return MSG_ACTIVITY_MOVE, {"party": party, "old": status, "new": target}
    return _activity_move_error(parties, status, target)


def _activity_move_error(parties, before, after) -> tuple[str, dict] | None:
    move = ACTIVITY_TRANSITIONS.get((before, after))
    if move is None or not (move[1] & parties or ADMIN in parties):
        party = MANAGER if MANAGER in parties else OWNER
        return MSG_ACTIVITY_MOVE, {"party": party, "old": before, "new": after}
    return None


def activity_change_error(parties: frozenset[str], old: dict, new: dict
                          ) -> tuple[str, dict] | None:
    """Why a change of a market_activity row (old → new) is illegal for `parties`, or None.
    A new row is judged as a change from an empty draft."""
    if not parties:
        return MSG_ACTIVITY_NOT_PARTY, {}
    before, after = old.get("status"), new.get("status")
    changed = {k for k in new if k not in ("revision", "updated_at") and old.get(k) != new.get(k)}
    if before == ActivityStatus.CANCELLED and changed:
        return MSG_ACTIVITY_FINAL, {"status": before}
    if before == ActivityStatus.EVALUATED and changed - {"evaluation_comment"}:
        return MSG_ACTIVITY_EVALUATED, {}
    if before != after:
        error = _activity_move_error(parties, before, after)
        if error:
            return error
    return (_activity_revision_error(old, new, before, after)
            or _activity_fields_error(parties, changed, before, after)
            or _activity_move_content_error(new, after, before))


def _activity_revision_error(old, new, before, after):
    revise = ACTIVITY_TRANSITIONS.get((before, after), (None,))[0] == ActivityAction.REVISE
    expected = (old.get("activity_revision") or 1) + (1 if revise else 0)
    if "status" in old and new.get("activity_revision") != expected:
        return MSG_ACTIVITY_REVISION, {}
    return None


def _activity_fields_error(parties, changed, before, after):
    if changed & ACTIVITY_PLAN_FIELDS and after != ActivityStatus.DRAFT:
        return MSG_ACTIVITY_PLAN_LOCKED, {"status": after}
    if MANAGER not in parties and ADMIN not in parties:
        clearing = after == ActivityStatus.DRAFT and before != after  # a revise clears the decision
        if (changed & ACTIVITY_DECISION_FIELDS and not clearing) \
                or changed & (ACTIVITY_SURVEY_FIELDS | ACTIVITY_VERDICT_FIELDS
                              | {"evaluation_comment"}):
            return MSG_ACTIVITY_MANAGER_FIELDS, {}
    elif OWNER not in parties and ADMIN not in parties and changed & ACTIVITY_PLAN_FIELDS:
        return MSG_ACTIVITY_OWNER_PLANS, {}
    if changed & ACTIVITY_VERDICT_FIELDS and after != ActivityStatus.EVALUATED:
        return MSG_ACTIVITY_VERDICT_MOVE, {}
    return None


def _activity_move_content_error(new, after, before):
    if before == after:
        return None
    if after == ActivityStatus.RETURNED and not (new.get("manager_comment") or "").strip():
        return MSG_ACTIVITY_RETURN_COMMENT, {}
    if after == ActivityStatus.EVALUATED and not (new.get("verdict") or "").strip():
        return MSG_ACTIVITY_VERDICT_MISSING, {}
    return None


def activity_plan_locked_error(status: str) -> tuple[str, dict] | None:
    """Why the products and budget lines of an activity in `status` cannot change, or None."""
    if status in (ActivityStatus.EVALUATED, ActivityStatus.CANCELLED):
        return MSG_ACTIVITY_FINAL, {"status": status}
    if status != ActivityStatus.DRAFT:
        return MSG_ACTIVITY_PLAN_LOCKED, {"status": status}
    return None


def activity_day_error(status: str) -> tuple[str, dict] | None:
    """Why check-ins, walk-ins and actual costs cannot be recorded in `status`, or None."""
    if status in (ActivityStatus.EVALUATED, ActivityStatus.CANCELLED):
        return MSG_ACTIVITY_FINAL, {"status": status}
    if status not in (ActivityStatus.APPROVED, ActivityStatus.HELD):
        return MSG_ACTIVITY_NOT_YET, {"status": status}
    return None


def activity_invitees_error(status: str) -> tuple[str, dict] | None:
    """Invitations change until the activity is evaluated or cancelled."""
    if status in (ActivityStatus.EVALUATED, ActivityStatus.CANCELLED):
        return MSG_ACTIVITY_FINAL, {"status": status}
    return None


# ------------------------------------------------------------------ follow-ups
FOLLOW_UP_MOVES = {  # from -> statuses a follow-up may take next (staying is always allowed)
    "open": frozenset({"done", "cancelled"}),
    "done": frozenset({"open"}),  # marked done by mistake
    "cancelled": frozenset(),
}
FOLLOW_UP_BOOKKEEPING = frozenset({"updated_at", "revision", "deleted"})
MSG_FOLLOW_UP_CANCELLED = _t("Workflow", "The follow-up was cancelled; it cannot change any more. Create a new one if the work is needed after all.")
MSG_FOLLOW_UP_MOVE = _t("Workflow", "A follow-up cannot go from {old} to {new}.")


def follow_up_change_error(old: dict, new: dict) -> tuple[str, dict] | None:
    """Why a follow-up change is illegal (message template, params), or None. Cancelled is
    final: it never reminds again, so no edit may quietly bring it back."""
    before, after = old.get("status") or "open", new.get("status") or "open"
    if not isinstance(after, str):
        return None  # not a status at all: the validation refuses it with its own message
    if before == "cancelled":
        touched = {k for k in new if k not in FOLLOW_UP_BOOKKEEPING and old.get(k) != new.get(k)}
        return (MSG_FOLLOW_UP_CANCELLED, {}) if touched else None
    if before != after and after not in FOLLOW_UP_MOVES.get(before, frozenset()):
        return MSG_FOLLOW_UP_MOVE, {"old": before, "new": after}
    return None
