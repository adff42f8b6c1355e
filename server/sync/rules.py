"""Server rules a pushed mutation must pass, judged on the merged row: role and territory
scope, the state machines of desktop.domain.workflows (call reports, call plans, complaints,
market activities), and desktop.models.validation."""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain import workflows as wf
from desktop.models.enums import ActivityStatus, InviteeStatus, PlanStatus
from desktop.models.validation import row_errors
from server.sync.scope import MARKET_TABLES, REFERENCE_TABLES, Scope, reference_region

REP_PLAN_ACTIONS = frozenset({"submit", "withdraw", "revise"})
MANAGER_PLAN_ACTIONS = frozenset({"approve", "return"})
MANAGER_PLAN_FIELDS = frozenset({"status"}) | wf.PLAN_MANAGER_FIELDS
MANAGER_LOST_FIELDS = frozenset({"lifecycle_stage", "lost_reason", "lost_at", "notes"})
VISIT_CHILDREN = ("visit_attendee", "visit_product", "visit_sample")
ACTIVITY_CHILDREN = ("market_activity_product", "market_activity_invitee",
                     "market_activity_cost", "market_activity_event")
REFERENCE_WORDS = {"frequency_target": "targets", "product_margin": "margins",
                   "quota": "quotas", "at_risk_rule": "at-risk rules",
                   "survey_question": "survey questions"}


class Rejection(Exception):
    """A mutation the server refuses, with a machine code and an English reason."""

    def __init__(self, code: str, reason: str):
        super().__init__(reason)
        self.code, self.reason = code, reason


def _format(template_params: tuple[str, dict]) -> str:
    template, params = template_params
    return template.format(**params)


def check_table(scope: Scope, table: str) -> None:
    """The caller's role may write the table."""
    if scope.is_admin:
        return
    if table not in scope.writable_tables():
        raise Rejection("forbidden", f"A {scope.role} cannot change {table} records.")


def check_scope(scope: Scope, table: str, op: str, old: dict | None, new: dict) -> None:
    """Role may write the table, and the row (before and after) lies in the caller's scope."""
    if scope.is_admin:
        return
    check_table(scope, table)
    if table in REFERENCE_TABLES:  # targets and margins, for managers: their own region only
        for values in filter(None, (old, new)):
            if reference_region(table, values) != scope.region_id or scope.region_id is None:
                words = REFERENCE_WORDS.get(table, "records")
                raise Rejection("forbidden", f"You can only change {words} of your own region.")
        return
    for values in filter(None, (old, new)):
        if not scope.has_territory(values.get("territory_id")):
            raise Rejection("forbidden", "This record belongs to a territory outside yours; "
                            "ask your manager or an administrator to move it.")


def check_role_rules(scope: Scope, table: str, op: str, old: dict | None, new: dict) -> None:
    """What a rep or manager may do inside their scope, beyond the table list."""
    if scope.is_admin:
        return
    if table == "call_plan":
        if scope.role == wf.REP and new.get("rep_user_id") != scope.user_id:
            raise Rejection("forbidden", "A representative can only write their own call plans.")
        if scope.role == wf.MANAGER:
            if old is None:
                raise Rejection("forbidden", "Call plans are created by representatives.")
            touched = {k for k in new if old.get(k) != new.get(k)} - {"updated_at", "revision"}
            if touched - MANAGER_PLAN_FIELDS:
                raise Rejection("forbidden", "A manager decides on a plan (status and comment) "
                                "but does not change its content.")
    elif table == "plan_decision":
        if old is not None:
            raise Rejection("forbidden", "A plan decision is history; it cannot be changed.")
        allowed = REP_PLAN_ACTIONS if scope.role == wf.REP else MANAGER_PLAN_ACTIONS
        if new.get("action") not in allowed:
            raise Rejection("forbidden", f"A {scope.role} cannot record the plan action "
                            f"{new.get('action')!r}.")
    elif table == "quota":
        check_quota_write(scope, old, new)
    elif table == "customer" and scope.role == wf.MANAGER and old is not None:
        check_manager_customer_change(old, new)
    elif table == "market_activity_event" and old is not None:
        raise Rejection("forbidden", "An activity's history cannot be changed.")
    elif scope.role == wf.MANAGER and op == "delete" and table not in MARKET_TABLES:
        raise Rejection("forbidden", "Managers do not delete records of their team.")


def check_manager_customer_change(old: dict, new: dict) -> None:
    """A manager adds customers (walk-ins at their activities) and marks a customer of the
    region lost with its reason (and a note), but changes nothing else of a customer."""
    touched = {k for k in new if old.get(k) != new.get(k)} - {"updated_at", "revision"}
    marks_lost = (new.get("lifecycle_stage") == "lost" and new.get("lost_reason")
                  and "lifecycle_stage" in touched)
    if marks_lost and touched <= MANAGER_LOST_FIELDS:
        return
    raise Rejection("forbidden", "A manager adds customers met at their activities (walk-ins) "
                    "and marks customers lost, but does not change the team's customers "
                    "otherwise; ask the territory's representative.")


def check_quota_write(scope: Scope, old: dict | None, new: dict) -> None:
    """A manager allocates to reps and hospitals; where the company approves allocations,
    what they save is a draft."""
    if "region" in {v.get("level") for v in filter(None, (old, new))}:
        raise Rejection("forbidden", "A region's own quota is set by an administrator; "
                        "a manager allocates it to representatives and hospitals.")
    if scope.quotas_need_approval and new.get("status") != "draft":
        raise Rejection("quota_approval", "Quota allocations are approved by an administrator "
                        "in this company; save them as drafts.")


Lookup = Callable[[str, str], object]  # (table, row id) -> the current row or None


def check_workflow(lookup: Lookup, scope: Scope, table: str, op: str, old: dict | None,
                   new: dict, session=None) -> None:
    """The state machines of call reports, call plans and complaints. `session`: the
    push's (what it has staged so far counts)."""
    if table == "visit" and old is not None:
        error = wf.visit_change_error(old.get("status"))
        if error:
            raise Rejection("visit_submitted", _format(error))
    elif table in VISIT_CHILDREN:
        for visit_id in {v.get("visit_id") for v in filter(None, (old, new))}:
            parent = lookup("visit", visit_id) if visit_id else None
            if parent is not None and wf.visit_change_error(parent.status):
                raise Rejection("visit_submitted", _format(wf.visit_change_error(parent.status)))
    elif table == "call_plan":
        before = old if old is not None else {"status": PlanStatus.DRAFT.value}
        if op != "delete":
            error = wf.plan_transition_error(scope.role, before, new)
            if error:
                raise Rejection("plan_transition", _format(error))
        elif old is not None and old.get("status") != PlanStatus.DRAFT and not scope.is_admin:
            raise Rejection("plan_locked", _format(wf.plan_items_locked_error(old["status"])))
    elif table == "plan_item":
        for plan_id in {v.get("plan_id") for v in filter(None, (old, new))}:
            plan = lookup("call_plan", plan_id) if plan_id else None
            if plan is not None and wf.plan_items_locked_error(plan.status):
                raise Rejection("plan_locked", _format(wf.plan_items_locked_error(plan.status)))
    elif table == "complaint" and op != "delete":
        before = old if old is not None else {"status": "captured"}
        error = wf.complaint_transition_error(before, new)
        if error:
            raise Rejection("complaint_transition", _format(error))
    elif table == "survey_response" and op != "delete":
        check_survey_response(lookup, scope, old, new, session)
    elif table == "follow_up" and old is not None and op != "delete":
        error = wf.follow_up_change_error(old, new)
        if error:
            raise Rejection("follow_up_transition", _format(error))
    elif table == "market_activity":
        check_activity(scope, op, old, new)
    elif table in ACTIVITY_CHILDREN:
        for activity_id in {v.get("activity_id") for v in filter(None, (old, new))}:
            parent = lookup("market_activity", activity_id) if activity_id else None
            if parent is not None:
                check_activity_child(scope, table, op, old, new, parent)


def _parties(scope: Scope, owner_user_id: str | None) -> frozenset[str]:
    return wf.activity_parties(scope.role, scope.user_id, owner_user_id)


def check_activity(scope: Scope, op: str, old: dict | None, new: dict) -> None:
    """A market activity moves by its state machine, changed by its owner and its manager."""
    parties = _parties(scope, (old or new).get("owner_user_id"))
    if op == "delete":
        error = (wf.activity_plan_locked_error(old["status"])
                 or (None if wf.OWNER in parties else (wf.MSG_ACTIVITY_NOT_PARTY, {})))
    else:
        error = wf.activity_change_error(parties, old or {"status": ActivityStatus.DRAFT}, new)
    if error:
        code = "forbidden" if error[0] == wf.MSG_ACTIVITY_NOT_PARTY else "activity_transition"
        raise Rejection(code, _format(error))


def check_activity_child(scope: Scope, table: str, op: str, old: dict | None, new: dict,
                         parent) -> None:
    """Products and budget lines change while the activity is a draft; invitations until it
    is evaluated; check-ins and actual costs once it is approved. Its owner writes them;
    its history is written by whoever made the move."""
    parties = _parties(scope, parent.owner_user_id)
    if table == "market_activity_event":
        if not any(action == new.get("action") and (allowed & parties or wf.ADMIN in parties)
                   for action, allowed in wf.ACTIVITY_TRANSITIONS.values()):
            raise Rejection("forbidden", f"A {scope.role} cannot record the activity action "
                            f"{new.get('action')!r}.")
        return
    if wf.OWNER not in parties:
        raise Rejection("forbidden", _format((wf.MSG_ACTIVITY_OWNER_ONLY, {})))
    error = _activity_child_error(table, op, old, new, parent.status)
    if error:
        raise Rejection("activity_locked", _format(error))


def _activity_child_error(table, op, old, new, status) -> tuple[str, dict] | None:
    before = old or {}
    changed = {k for k in new if k not in ("revision", "updated_at") and before.get(k) != new.get(k)}
    if table == "market_activity_product":
        return wf.activity_plan_locked_error(status)
    if table == "market_activity_cost":
        budget = ("budget_amount" in changed and (old is not None or new.get("budget_amount"))) \
            or (old is not None and "category" in changed) \
            or (op == "delete" and before.get("budget_amount"))
        if budget:
            return wf.activity_plan_locked_error(status)
        if "actual_amount" in changed:
            return wf.activity_day_error(status)
        return wf.activity_invitees_error(status)
    day = (("status" in changed and new.get("status") in (InviteeStatus.ATTENDED,
                                                           InviteeStatus.NO_SHOW))
           or ("checked_in_at" in changed) or ("walk_in" in changed and new.get("walk_in")))
    return (wf.activity_day_error(status) if day else None) or wf.activity_invitees_error(status)


def check_validation(table: str, new: dict) -> None:
    errors = row_errors(table, new)
    if errors:
        detail = "; ".join(f"{e.field} ({e.rule}): {e.message}" for e in errors)
        raise Rejection("validation", f"The record is not valid: {detail}")


def check_mutation(lookup: Lookup, scope: Scope, table: str, op: str, old: dict | None,
                   new: dict, routes=None, session=None) -> None:
    """Raise Rejection if the change from `old` (None: new row) to `new` breaks a rule.
    `routes(kind, region_id)` names the handler of the company's rule for a complaint kind;
    `session` is the push's."""
    from server.sync.complaint_roles import check_complaint_roles, check_event_roles

    check_scope(scope, table, op, old, new)
    check_role_rules(scope, table, op, old, new)
    if table == "complaint":
        check_complaint_roles(lookup, routes, scope, op, old, new)
    elif table == "complaint_event":
        check_event_roles(lookup, scope, op, old, new)
    check_workflow(lookup, scope, table, op, old, new, session)
    check_validation(table, new)



def check_survey_response(lookup: Lookup, scope: Scope, old: dict | None, new: dict,
                          session=None) -> None:
    """A closed complaint's survey comes once the complaint is closed; a survey is the
    answer its taker recorded, changed by nobody else; a customer answers one survey per
    call cycle and one per complaint (`server.sync.survey_once`)."""
    from server.sync.survey_once import taken_already

    if new.get("occasion") == "complaint_closed" and isinstance(new.get("complaint_id"), str):
        complaint = lookup("complaint", new["complaint_id"])
        if complaint is not None and complaint.status != "closed":
            raise Rejection("survey_too_early", "The complaint is not closed yet; its "
                            "satisfaction survey is taken once it is closed.")
    if old is not None and not scope.is_admin \
            and old.get("taken_by_user_id") not in (None, scope.user_id):
        raise Rejection("forbidden", "A satisfaction survey is changed only by whoever took it.")
    if (reason := taken_already(lookup, new, session)) is not None:
        raise Rejection("survey_taken", reason)
