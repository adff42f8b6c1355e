"""What the customer pane reads of one customer, in one go (`read_detail`), and the columns
of its people, visits, follow-ups and complaints tabs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.domain import (
    call_list,
    call_reports,
    complaints,
    customer_profile,
    follow_ups,
    local_time,
    prescription_share,
)
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import (
    ComplaintKind,
    ComplaintStatus,
    CustomerKind,
    FollowUpStatus,
    VisitStatus,
    VisitType,
)
from desktop.ui.common.pills import complaint_tone, follow_up_tone, visit_tone
from desktop.ui.common.rows_model import Column
from desktop.ui.common.texts import date_text, datetime_text, enum_text

PEOPLE_COLUMNS = [
    Column(_t("Columns", "Name"), lambda c: c.name),
    Column(_t("Columns", "Kind"), lambda c: enum_text(CustomerKind, c.kind), optional=2),
    Column(_t("Columns", "Title"), lambda c: c.title or c.position or ""),
    Column(_t("Columns", "Tier"), lambda c: c.tier or ""),
    Column(_t("Columns", "Phone"), lambda c: c.mobile or c.phone or "", optional=1),
]
VISIT_COLUMNS = [
    Column(_t("Columns", "Date"), lambda v: datetime_text(v.started_at),
           sort_key=lambda v: v.started_at),
    Column(_t("Columns", "Customer"), lambda v: v.customer_name, optional=1),
    Column(_t("Columns", "Type"), lambda v: enum_text(VisitType, v.visit_type), optional=2),
    Column(_t("Columns", "Status"), lambda v: enum_text(VisitStatus, v.status),
           tone=lambda v: visit_tone(v.status)),
    Column(_t("Columns", "Feedback"), lambda v: (v.feedback or "").replace("\n", " ")),
]
FOLLOW_UP_COLUMNS = [
    Column(_t("Columns", "Due"), lambda f: date_text(f.due_date)),
    Column(_t("Columns", "Follow-up"), lambda f: f.title),
    Column(_t("Columns", "Status"), lambda f: enum_text(FollowUpStatus, f.status),
           tone=lambda f: follow_up_tone(f.status, f.is_overdue(local_time.today()))),
]
COMPLAINT_COLUMNS = [
    Column(_t("Columns", "Received"), lambda c: datetime_text(c.received_at)),
    Column(_t("Columns", "Kind"), lambda c: enum_text(ComplaintKind, c.kind)),
    Column(_t("Columns", "Status"), lambda c: enum_text(ComplaintStatus, c.status),
           tone=lambda c: complaint_tone(c.status, None)),
    Column(_t("Columns", "Deadline"), lambda c: datetime_text(c.committed_deadline)),
]



@dataclass
class DetailRows:
    """Everything the pane shows of one customer, read in one go (on the database thread
    when the selection moves, so typing in the search box never waits for it)."""

    customer: Any
    title: str
    organisation: str | None
    department: str | None
    metrics: prescription_share.CustomerFigures
    people: tuple[list, int]  # (first page, total)
    visits: tuple[list, int]
    follow_ups: tuple[list, int]
    complaints: tuple[list, int]


PAGE = 200


def read_detail(store, customer_id: str | None) -> DetailRows | None:
    """The pane's rows for `customer_id` (None when it does not exist any more)."""
    c = customer_profile.customer(store, customer_id) if customer_id else None
    if c is None:
        return None
    org = customer_profile.customer(store, c.organisation_id) if c.organisation_id else None
    dept = customer_profile.customer(store, c.department_id) if c.department_id else None
    mine = call_list.VisitFilter(customer_id=c.id)
    return DetailRows(
        c, call_reports.customer_name(store, c.id), org.name if org else None,
        dept.name if dept else None, prescription_share.customer_figures(store, c.id),
        (customer_profile.organisation_members(store, c.id, after=None, limit=PAGE),
         customer_profile.member_count(store, c.id)),
        (call_list.visit_page(store, mine, None, PAGE), call_list.visit_counts(store, mine).total),
        (follow_ups.follow_up_page(store, customer_id=c.id, include_done=True, after=None,
                                   limit=PAGE),
         follow_ups.follow_up_counts(store, local_time.today(), customer_id=c.id,
                                     include_done=True).listed),
        (complaints.complaint_page(store, customer_id=c.id, after=None, limit=PAGE),
         complaints.complaint_counts(store, local_time.now(), customer_id=c.id).total))
