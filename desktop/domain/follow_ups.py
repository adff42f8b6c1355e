"""Follow-ups: the open list by due date, marking done, snoozing, and when reminders fire.

A reminder fires once per (follow-up, reminder time): at `snoozed_until` if snoozed, else at
`remind_at`, else on the due date at the user's default hour. The due date is the rep's day,
so that hour is on the rep's clock (`local_tz`, default: the zone `desktop.domain.local_time`
holds). Fired reminders are remembered in the store (`sync_state`, key FIRED_KEY), so a
restart fires nothing twice and a snooze makes a new reminder time that fires again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy import func
from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.customer_names import display_name_sql
from desktop.domain.lateness import Lateness, lateness
from desktop.domain.local_time import aware_utc
from desktop.domain.paging import PAGE_SIZE, count_where, keyset_after
from desktop.domain.today_rows import FollowUpDue
from desktop.models import Customer, FollowUp
from desktop.models.enums import FollowUpStatus
from desktop.store.store import Store

FIRED_KEY = "ui.reminders.fired"
LIVE = False


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    customer_id: str
    customer_name: str
    title: str
    due_date: date
    remind_at: datetime | None
    snoozed_until: datetime | None
    status: str
    visit_id: str | None
    complaint_id: str | None

    def is_overdue(self, today: date) -> bool:
        return self.status == FollowUpStatus.OPEN and self.due_date < today

    def lateness(self, now: datetime | None = None, tz: tzinfo | None = None) -> Lateness:
        """The one late rule (desktop/domain/lateness.py): due at the end of its due day on
        the user's clock; a done or cancelled follow-up is no longer late."""
        return lateness(self.due_date, now, done=self.status != FollowUpStatus.OPEN, tz=tz)


LIST_ORDER = (FollowUp.due_date, FollowUp.title, FollowUp.id)


def _follow_up_query(*, customer_id: str | None, include_done: bool):
    query = select(FollowUp, display_name_sql()).join(
        Customer, Customer.id == FollowUp.customer_id, isouter=True).where(
        FollowUp.deleted == LIVE)
    if not include_done:
        query = query.where(FollowUp.status == FollowUpStatus.OPEN.value)
    if customer_id:
        query = query.where(FollowUp.customer_id == customer_id)
    return query


def _rows(found) -> list[FollowUpRow]:
    return [FollowUpRow(f.id, f.customer_id, name or "", f.title, f.due_date, f.remind_at,
                        f.snoozed_until, f.status, f.visit_id, f.complaint_id)
            for f, name in found]


def follow_up_rows(store: Store, *, customer_id: str | None = None,
                   include_done: bool = False) -> list[FollowUpRow]:
    """Every follow-up (open ones only unless `include_done`), by due date: for the
    reminders, which must see them all. Lists page with `follow_up_page`."""
    query = _follow_up_query(customer_id=customer_id, include_done=include_done)
    with store.read() as s:
        return _rows(s.exec(query.order_by(*LIST_ORDER)).all())


def follow_up_page(store: Store, *, customer_id: str | None = None,
                   include_done: bool = False, after: FollowUpRow | None = None,
                   limit: int = PAGE_SIZE) -> list[FollowUpRow]:
    """Up to `limit` follow-ups by due date, after the row `after`."""
    query = _follow_up_query(customer_id=customer_id, include_done=include_done)
    if after is not None:
        query = query.where(keyset_after(LIST_ORDER, (after.due_date, after.title, after.id)))
    with store.read() as s:
        return _rows(s.exec(query.order_by(*LIST_ORDER).limit(limit)).all())


@dataclass(frozen=True)
class FollowUpCounts:
    listed: int  # what the list shows (open ones, or all with done ones)
    open: int
    overdue: int
    due_today: int


def follow_up_counts(store: Store, today: date, *, customer_id: str | None = None,
                     include_done: bool = False) -> FollowUpCounts:
    """How many follow-ups the list holds, and how many are open, overdue, due today."""
    is_open = FollowUp.status == FollowUpStatus.OPEN.value
    query = select(func.count(), count_where(is_open),
                   count_where(is_open, FollowUp.due_date < today),
                   count_where(is_open, FollowUp.due_date == today)).where(FollowUp.deleted == LIVE)
    if not include_done:
        query = query.where(is_open)
    if customer_id:
        query = query.where(FollowUp.customer_id == customer_id)
    with store.read() as s:
        return FollowUpCounts(*s.exec(query).one())


def mark_done(store: Store, follow_up_id: str) -> None:
    store.update(FollowUp, follow_up_id, status=FollowUpStatus.DONE.value, done_at=local_time.now())


def snooze(store: Store, follow_up_id: str, until: datetime) -> None:
    """Remind again at `until` (aware UTC)."""
    store.update(FollowUp, follow_up_id, snoozed_until=until)


def snooze_until(delta: timedelta | None, default_hour: int,
                 local_tz: tzinfo | None = None) -> datetime:
    """When a snooze of `delta` from now ends; None: tomorrow morning, at the default
    reminder hour on the rep's clock."""
    if delta is not None:
        return local_time.now() + delta
    tomorrow = local_time.today(local_tz) + timedelta(days=1)
    return local_time.moment_at(tomorrow, time(hour=default_hour), local_tz)


def reminder_time(row: FollowUpRow, default_hour: int, local_tz: tzinfo | None = None
                  ) -> datetime:
    """When the reminder of `row` is due (aware UTC)."""
    if row.snoozed_until is not None:
        return row.snoozed_until
    if row.remind_at is not None:
        return row.remind_at
    return local_time.moment_at(row.due_date, time(hour=default_hour), local_tz)


def reminder_key(row: FollowUpRow, at: datetime) -> str:
    return f"{row.id}|{at.astimezone(UTC).isoformat(timespec='seconds')}"


def fired_keys(store: Store) -> set[str]:
    try:
        return set(json.loads(store.state(FIRED_KEY, "[]")))
    except (TypeError, ValueError):
        return set()


def due_reminders(store: Store, now: datetime, default_hour: int,
                  local_tz: tzinfo | None = None) -> list[tuple[FollowUpRow, str]]:
    """Open follow-ups whose reminder time has come and has not fired yet, with their keys."""
    fired = fired_keys(store)
    due = []
    for row in follow_up_rows(store):
        at = reminder_time(row, default_hour, local_tz)
        key = reminder_key(row, at)
        if at <= now and key not in fired:
            due.append((row, key))
    return due


def remember_fired(store: Store, keys: list[str]) -> None:
    """Record reminders as fired, forgetting those of follow-ups no longer open."""
    open_ids = {r.id for r in follow_up_rows(store)}
    kept = {k for k in fired_keys(store) | set(keys) if k.split("|", 1)[0] in open_ids}
    store.set_state(FIRED_KEY, json.dumps(sorted(kept)))


def next_reminder_in(store: Store, now: datetime, default_hour: int,
                     local_tz: tzinfo | None = None,
                     ceiling: timedelta = timedelta(minutes=5)) -> timedelta:
    """How long until the next reminder is due (at most `ceiling`), for the timer."""
    fired = fired_keys(store)
    best = ceiling
    for row in follow_up_rows(store):
        at = reminder_time(row, default_hour, local_tz)
        if reminder_key(row, at) not in fired:
            best = min(best, max(at - now, timedelta(0)))
    return best


def follow_ups_due(session: Session, today: date, *, assigned_user_id: str | None = None,
                   territory_ids: Iterable[str] | None = None, now: datetime | None = None
                   ) -> list[FollowUpDue]:
    """Open follow-ups due today or earlier, most overdue first. Follow-ups snoozed past
    `now` are left out (pass `now` to honour snoozing)."""
    query = (select(FollowUp, display_name_sql())
             .join(Customer, Customer.id == FollowUp.customer_id)
             .where(FollowUp.deleted == LIVE, FollowUp.status == FollowUpStatus.OPEN,
                    FollowUp.due_date <= today)
             .order_by(FollowUp.due_date, FollowUp.id))
    if assigned_user_id is not None:
        query = query.where(FollowUp.assigned_user_id == assigned_user_id)
    if territory_ids is not None:
        query = query.where(FollowUp.territory_id.in_(list(territory_ids)))
    out = []
    for f, name in session.exec(query).all():
        snoozed = aware_utc(f.snoozed_until)
        if now is not None and snoozed is not None and snoozed > now:
            continue
        out.append(FollowUpDue(f.id, f.customer_id, name, f.title, f.due_date,
                               (today - f.due_date).days))
    return out
