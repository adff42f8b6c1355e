"""Who may change what of a complaint, beyond the table list of server/sync/scope.py.

- Pharmacovigilance fields (receipt, report to the authority) belong to role pv alone; a pv
  user changes nothing else, only on suspected adverse reactions, and signs with their own id.
- Assignment fields are set by the region's manager (or an administrator), or by anyone
  applying the company's rule for the kind (`complaint_route`).
- A handler (qa) works only on complaints assigned to them: starts, answers (resolution) and
  resolves them, and writes the history of those moves.

Refusals come back to the client with the codes `pv_only`, `pv_scope`, `assign_forbidden`
and `qa_scope` (docs/complaints.md).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop.domain import workflows as wf
from desktop.domain.workflows import ADMIN, MANAGER, PV, QA
from desktop.models.enums import ComplaintKind, ComplaintStatus
from server.sync.rules import Lookup, Rejection

PV_FIELDS = frozenset({"pv_received_at", "pv_received_by_user_id", "pv_reported_at",
                       "pv_reported_by_user_id", "pv_reference"})
ASSIGN_FIELDS = frozenset({"assigned_to_user_id", "assigned_at", "assigned_by_user_id"})
QA_FIELDS = frozenset({"status", "resolution", "answered_at", "answered_by_user_id"})
QA_MOVES = frozenset({(ComplaintStatus.ASSIGNED, ComplaintStatus.IN_PROGRESS),
                      (ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED)})
META = frozenset({"revision", "updated_at", "created_at"})

#: (kind, region id) -> the handler the company's rule names, or None
RouteLookup = Callable[[str, str | None], str | None]



def changed_fields(old: dict | None, new: dict) -> set[str]:
    before = old or {}
    return {k for k, v in new.items()
            if k not in META and before.get(k) != v and (old is not None or v is not None)}


def check_complaint_roles(lookup: Lookup, routes: RouteLookup | None, scope, op: str,
                          old: dict | None, new: dict) -> None:
    """Raise Rejection when the caller's role may not make this change of a complaint."""
    if scope.role == ADMIN:
        return
    changed = changed_fields(old, new)
    if scope.role == PV:
        _check_pv(scope, op, old, new, changed)
        return
    if changed & PV_FIELDS:
        raise Rejection("pv_only", wf.MSG_PV_ONLY)
    if scope.role == QA:
        _check_qa(scope, op, old, new, changed)
        return
    region = _region(lookup, new.get("territory_id"))
    if "assigned_to_user_id" in changed and new.get("assigned_to_user_id") is not None:
        handler = lookup("team_member", new["assigned_to_user_id"])
        # an active handler who works for the complaint's region (or the whole company)
        if handler is None or handler.role != QA or not handler.active or handler.deleted \
                or handler.region_id not in (None, region):
            raise Rejection("assign_forbidden", wf.MSG_ASSIGN_NOT_HANDLER)
    if changed & ASSIGN_FIELDS and new.get("assigned_to_user_id") is not None \
            and scope.role != MANAGER:
        rule = routes(new.get("kind"), region) if routes else None
        if rule is None or rule != new.get("assigned_to_user_id"):
            raise Rejection("assign_forbidden", wf.MSG_ASSIGN_WHO)


def _check_pv(scope, op, old, new, changed) -> None:
    if op != "update" or old is None:
        raise Rejection("pv_scope", wf.MSG_PV_NOT_CREATOR)
    if old.get("kind") != ComplaintKind.ADVERSE_REACTION:
        raise Rejection("pv_scope", wf.MSG_PV_ADR_ONLY)
    if changed - PV_FIELDS:
        raise Rejection("pv_scope", wf.MSG_PV_FIELDS)
    for at, by in (("pv_received_at", "pv_received_by_user_id"),
                   ("pv_reported_at", "pv_reported_by_user_id")):
        if ({at, by} & changed) and new.get(at) is not None and new.get(by) != scope.user_id:
            raise Rejection("pv_scope", wf.MSG_PV_OWN_ID)
    if new.get("pv_reported_at") is not None and new.get("pv_received_at") is None:
        raise Rejection("pv_scope", wf.MSG_PV_RECEIPT_FIRST)


def _check_qa(scope, op, old, new, changed) -> None:
    if old is None or op != "update" or old.get("assigned_to_user_id") != scope.user_id:
        raise Rejection("qa_scope", wf.MSG_QA_OWN)
    if changed - QA_FIELDS:
        raise Rejection("qa_scope", wf.MSG_QA_FIELDS)
    move = (old.get("status"), new.get("status"))
    if move[0] != move[1] and move not in QA_MOVES:
        raise Rejection("qa_scope", wf.MSG_QA_STEPS)


def check_event_roles(lookup: Lookup, scope, op: str, old: dict | None, new: dict) -> None:
    """A handler writes the history of the complaints assigned to them, and only new
    entries of their own moves; a pv user writes none."""
    if scope.role not in (QA, PV):
        return
    parent = lookup("complaint", new.get("complaint_id")) if new.get("complaint_id") else None
    if (scope.role == PV or old is not None or parent is None
            or parent.assigned_to_user_id != scope.user_id
            or new.get("actor_user_id") != scope.user_id):
        raise Rejection("qa_scope", wf.MSG_QA_EVENTS)


def _region(lookup: Lookup, territory_id: str | None) -> str | None:
    territory = lookup("territory", territory_id) if territory_id else None
    return getattr(territory, "region_id", None)
