"""The company's rule per complaint kind (kind → handler, `complaint_route`), applied when a
complaint is captured, and the assignment write both the rule and a manager use."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import select

from desktop.domain import local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import Complaint, ComplaintEvent, ComplaintRoute, Territory
from desktop.models.enums import ComplaintStatus

LIVE = False
NOTE_BY_RULE = _t("Workflow", "Assigned by the company's rule for this kind of complaint.")


def route_handler(session, kind: str, region_id: str | None) -> str | None:
    """The handler the company's rule names for `kind` in the region (the region's own
    rule first, else the company-wide one), or None."""
    routes = session.exec(select(ComplaintRoute).where(
        ComplaintRoute.kind == kind, ComplaintRoute.deleted == LIVE,
        or_(ComplaintRoute.region_id.is_(None), ComplaintRoute.region_id == region_id))).all()
    routes = sorted(routes, key=lambda r: (r.region_id is None, r.id))
    return routes[0].handler_user_id if routes else None


def apply_route(w, complaint: Complaint, actor_user_id: str | None) -> bool:
    """Assign a just-captured complaint by the company's rule, in the writer's transaction
    (capture_complaint calls it). Returns whether a rule applied."""
    territory = w.session.get(Territory, complaint.territory_id) if complaint.territory_id \
        else None
    handler = route_handler(w.session, complaint.kind, getattr(territory, "region_id", None))
    if handler is None:
        return False
    assign_row(w, complaint, handler, actor_user_id, note=NOTE_BY_RULE)
    return True


def assign_row(w, complaint: Complaint, handler_user_id: str, actor_user_id: str | None,
            note: str | None = None) -> None:
    """Assign `complaint` to the handler, moving a captured one to assigned, with its event."""
    now = local_time.now()
    changes = {"assigned_to_user_id": handler_user_id, "assigned_at": now,
               "assigned_by_user_id": actor_user_id}
    before = complaint.status
    if before == ComplaintStatus.CAPTURED:
        changes["status"] = ComplaintStatus.ASSIGNED.value
    w.update(Complaint, complaint.id, changes)  # an adverse reaction's: pushed first
    w.create(ComplaintEvent, complaint_id=complaint.id, from_status=before,
             to_status=changes.get("status", before), at=now, actor_user_id=actor_user_id,
             note=note, territory_id=complaint.territory_id)
