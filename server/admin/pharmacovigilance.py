"""Complaint handling from the server's command line: `rounds-server pv cases [--open]`
lists the suspected adverse reactions with their clock for a pharmacovigilance team working
outside the app; `rounds-server complaint route` sets the company's rule sending complaints
of a kind to a handler (role qa)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from sqlmodel import Session, select

from desktop.domain.complaint_rules import pv_clock
from desktop.domain.local_time import aware_utc
from desktop.domain.workflows import QA
from desktop.models import Complaint, ComplaintRoute, Customer, Product, Territory, row_values
from desktop.models.enums import ComplaintKind
from server.accounts.users import AccountError, existing_user, optional_region_id
from server.models import User
from server.sync.changes import SERVER_ACTOR, Actor, save_row
from server.sync.revisions import lock_revisions

COLUMNS = ("case", "day0", "elapsed", "stage", "receipt", "received_at", "received_by",
           "reported_at", "reported_by", "reference", "customer", "product", "lot",
           "territory", "captured_by", "status")
LIVE = False


def _hours(span: timedelta) -> str:
    minutes = max(int(span.total_seconds()) // 60, 0)
    return f"{minutes // 60}h{minutes % 60:02d}"


def _when(moment: datetime | None, tz: tzinfo) -> str:
    return aware_utc(moment).astimezone(tz).isoformat(timespec="minutes") if moment else "-"


def pv_case_lines(session: Session, now: datetime, tz: tzinfo, *, open_only: bool
                  ) -> list[list[str]]:
    """One line per adverse-reaction case, oldest Day 0 first (open: not yet reported to
    the authority): the columns of COLUMNS."""
    query = (select(Complaint, Customer.name, Product.name, Territory.code)
             .join(Customer, Customer.id == Complaint.customer_id, isouter=True)
             .join(Product, Product.id == Complaint.product_id, isouter=True)
             .join(Territory, Territory.id == Complaint.territory_id, isouter=True)
             .where(Complaint.deleted == LIVE,
                    Complaint.kind == ComplaintKind.ADVERSE_REACTION.value))
    if open_only:
        query = query.where(Complaint.pv_reported_at.is_(None))
    rows = session.exec(query.order_by(Complaint.day0_at, Complaint.id)).all()
    users = {u.id: u.username for u in session.exec(select(User)).all()}
    lines = []
    for c, customer, product, territory in rows:
        day0 = aware_utc(c.day0_at or c.received_at)
        clock = pv_clock(day0, now, c.pv_received_at, c.pv_reported_at)
        receipt = "late" if clock.receipt.late else "on time" if clock.received else \
            f"due {_when(clock.receipt.deadline, tz)}"
        lines.append([c.id, _when(day0, tz), _hours(clock.elapsed), clock.stage, receipt,
                      _when(c.pv_received_at, tz), users.get(c.pv_received_by_user_id, "-"),
                      _when(c.pv_reported_at, tz), users.get(c.pv_reported_by_user_id, "-"),
                      c.pv_reference or "-", customer or "-", product or "-", c.lot or "-",
                      territory or "-", users.get(c.captured_by_user_id, "-"), c.status])
    return lines


def set_complaint_route(session: Session, *, kind: str, handler: str,
                        region: str | None = None, actor: Actor = SERVER_ACTOR
                        ) -> ComplaintRoute:
    """Complaints of `kind` (in `region`, else company-wide) go to the handler named."""
    lock_revisions(session)
    if kind not in {k.value for k in ComplaintKind}:
        raise AccountError(f"Unknown complaint kind {kind!r}; use one of: "
                           f"{', '.join(k.value for k in ComplaintKind)}.")
    user = existing_user(session, handler)
    if user.role != QA or not user.active:
        raise AccountError(f"{handler!r} is not an active complaint handler (role qa); "
                           "add one with: rounds-server user add --role qa")
    region_id = optional_region_id(session, region)
    route = session.exec(select(ComplaintRoute).where(
        ComplaintRoute.kind == kind, ComplaintRoute.region_id == region_id if region_id
        else ComplaintRoute.region_id.is_(None), ComplaintRoute.deleted == LIVE)).first()
    if route is None:
        route = ComplaintRoute(kind=kind, handler_user_id=user.id, region_id=region_id)
        save_row(session, actor, "complaint_route", route, None)
    elif route.handler_user_id != user.id:
        old = row_values(route)
        route.handler_user_id = user.id
        save_row(session, actor, "complaint_route", route, old)
    return route
