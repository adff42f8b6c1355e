"""Server rules a pushed mutation must pass, judged on the merged row: role and territory
scope, the state machines of desktop.domain.workflows, and desktop.models.validation."""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain import workflows as wf
from desktop.models.enums import PlanStatus
from desktop.models.validation import row_errors
from server.sync.scope import REFERENCE_TABLES, Scope, reference_region

REP_PLAN_ACTIONS = frozenset({"submit", "withdraw", "revise"})
MANAGER_PLAN_ACTIONS = frozenset({"approve", "return"})
MANAGER_PLAN_FIELDS = frozenset({"status"}) | wf.PLAN_MANAGER_FIELDS
VISIT_CHILDREN = ("visit_attendee", "visit_product", "visit_sample")


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
    if table in REFERENCE_TABLES:  # frequency_target, for managers: their own region only
        for values in filter(None, (old, new)):
            if reference_region(table, values) != scope.region_id or scope.region_id is None:
                raise Rejection("forbidden", "You can only change targets of your own region.")
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
    elif scope.role == wf.MANAGER and op == "delete":
        raise Rejection("forbidden", "Managers do not delete records of their team.")


Lookup = Callable[[str, str], object]  # (table, row id) -> the current row or None


def check_workflow(lookup: Lookup, scope: Scope, table: str, op: str, old: dict | None,
                   new: dict) -> None:
    """The state machines of call reports, call plans and complaints."""
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


def check_validation(table: str, new: dict) -> None:
    errors = row_errors(table, new)
    if errors:
        detail = "; ".join(f"{e.field} ({e.rule}): {e.message}" for e in errors)
        raise Rejection("validation", f"The record is not valid: {detail}")


def check_mutation(lookup: Lookup, scope: Scope, table: str, op: str, old: dict | None,
                   new: dict) -> None:
    """Raise Rejection if the change from `old` (None: new row) to `new` breaks a rule."""
    check_scope(scope, table, op, old, new)
    check_role_rules(scope, table, op, old, new)
    check_workflow(lookup, scope, table, op, old, new)
    check_validation(table, new)

