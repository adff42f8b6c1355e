"""The list of call reports: pages newest first, narrowed by date range, status, type and
customer, and the counts above the list (over every matching report, not the rows shown)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import column, func
from sqlalchemy.orm import aliased
from sqlmodel import select

from desktop.domain.customer_names import display_name_sql
from desktop.domain.paging import PAGE_SIZE, count_where, keyset_after
from desktop.models import Customer, Visit, VisitAttendee
from desktop.models.enums import VisitStatus
from desktop.store.store import Store


@dataclass(frozen=True)
class VisitRow:
    """One line of a list of call reports."""

    id: str
    started_at: datetime
    customer_id: str
    customer_name: str  # the display name (a department with its hospital)
    organisation_name: str
    visit_type: str
    status: str
    corrects_visit_id: str | None
    feedback: str | None


@dataclass(frozen=True)
class VisitFilter:
    """Which call reports a list shows: days are the rep's own (inclusive), `text` finds
    customers the way the customer search does (name, pinyin, organisation…)."""

    date_from: date | None = None
    date_to: date | None = None
    status: str | None = None
    visit_type: str | None = None
    text: str = ""
    customer_id: str | None = None  # as main customer or attendee


@dataclass(frozen=True)
class VisitCounts:
    total: int
    drafts: int


def _start_of_day(day: date, tz: tzinfo | None) -> datetime:
    """The UTC moment a local day begins (`tz` None: this machine's zone)."""
    local = datetime.combine(day, time.min, tzinfo=tz) if tz else \
        datetime.combine(day, time.min).astimezone()
    return local.astimezone(UTC)


def _visit_conditions(session, flt: VisitFilter, tz: tzinfo | None) -> list:
    conds = [Visit.deleted == False]  # noqa: E712
    if flt.customer_id:
        attended = select(VisitAttendee.visit_id).where(
            VisitAttendee.customer_id == flt.customer_id,
            VisitAttendee.deleted == False)  # noqa: E712
        conds.append((Visit.customer_id == flt.customer_id) | Visit.id.in_(attended))
    if flt.date_from:
        conds.append(Visit.started_at >= _start_of_day(flt.date_from, tz))
    if flt.date_to:
        conds.append(Visit.started_at < _start_of_day(flt.date_to + timedelta(days=1), tz))
    if flt.status:
        conds.append(Visit.status == flt.status)
    if flt.visit_type:
        conds.append(Visit.visit_type == flt.visit_type)
    if flt.text.strip():
        conds.append(Visit.customer_id.in_(_matching_customers(session, flt.text)))
    return conds


def _matching_customers(session, text: str):
    """A subquery of the ids of every customer the search box would find for `text`."""
    from desktop.store import search

    ids = search.matching_customer_ids(session, text.strip())
    return select(column("value")).select_from(func.json_each(json.dumps(ids)))


def visit_page(store: Store, flt: VisitFilter = VisitFilter(), after: VisitRow | None = None,
               limit: int = PAGE_SIZE, *, tz: tzinfo | None = None) -> list[VisitRow]:
    """Up to `limit` call reports matching `flt`, newest first, after the row `after` (keyset
    paging: a page costs the same at any depth)."""
    organisation = aliased(Customer)
    with store.read() as s:
        query = (select(Visit, display_name_sql(), organisation.name)
                 .join(Customer, Customer.id == Visit.customer_id)
                 .join(organisation, organisation.id == Customer.organisation_id, isouter=True)
                 .where(*_visit_conditions(s, flt, tz)))
        if after is not None:
            query = query.where(keyset_after((Visit.started_at, Visit.id),
                                             (after.started_at, after.id), descending=True))
        rows = s.exec(query.order_by(Visit.started_at.desc(), Visit.id.desc())
                      .limit(limit)).all()
    return [VisitRow(v.id, v.started_at, v.customer_id, name, org or "", v.visit_type,
                     v.status, v.corrects_visit_id, v.feedback) for v, name, org in rows]


def visit_counts(store: Store, flt: VisitFilter = VisitFilter(), *,
                 tz: tzinfo | None = None) -> VisitCounts:
    """How many call reports match `flt`, and how many of them are unsubmitted drafts."""
    with store.read() as s:
        total, drafts = s.exec(
            select(func.count(), count_where(Visit.status == VisitStatus.DRAFT.value))
            .select_from(Visit).where(*_visit_conditions(s, flt, tz))).one()
    return VisitCounts(total, drafts)
