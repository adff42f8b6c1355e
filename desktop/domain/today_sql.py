"""Today's lists read with plain SQL on a DB-API connection (sqlcipher3), for the start:
they show before SQLAlchemy and the models have loaded (decision 0030). The same lists as
`desktop.domain.today` gives through the ORM, by the same rules (`cadence_rules`,
`complaint_rules`, `name_rules`, `signed_in`); a test holds the two equal.

Stored values are SQLAlchemy's SQLite text: moments `2026-03-01 01:30:00.000000` (UTC),
days `2026-03-01`, JSON as text, booleans 0/1. The customers at risk and a manager's
escalated cases are not read here: they follow once the database layer is in."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path

from desktop.domain import cadence_rules, local_time
from desktop.domain.complaint_rules import NEAR_DEADLINE, OPEN_STATUSES, deadline_state, pv_clock
from desktop.domain.name_rules import display_name_sql
from desktop.domain.signed_in import USER_STATE_KEY, Identity, identity_from_user
from desktop.domain.today_rows import (
    OVERDUE_SHOWN,
    ComplaintDeadline,
    DayProgress,
    FollowUpDue,
    OverdueCustomer,
    TodaysCall,
)
from desktop.domain.workflows import REP
from desktop.models.enums import (
    ComplaintKind,
    CustomerKind,
    FollowUpStatus,
)


@dataclass(frozen=True)
class TodayLists:
    """What Today shows first, keyed as its sections (`planned` with the day's progress)."""

    identity: Identity | None
    path: Path | None  # the store file read
    planned: tuple[list[TodaysCall], DayProgress]
    follow_ups: list[FollowUpDue]
    complaints: list[ComplaintDeadline]
    overdue: tuple[list[OverdueCustomer], int]

    def sections(self) -> dict:
        return {"planned": self.planned, "follow_ups": self.follow_ups,
                "complaints": self.complaints, "overdue": self.overdue}


def read_at_start(path: Path, day: date | None = None) -> TodayLists | None:
    """Today's lists from the store file at `path`, read before the database layer has
    loaded; None when the store must be opened the ordinary way first (`quick_open`)."""
    from desktop.store.quick_open import open_for_reading

    con = open_for_reading(path)
    if con is None:
        return None
    try:
        return read_today(con, day or local_time.today(), path=path)
    finally:
        con.close()


def read_today(con, day: date, now: datetime | None = None, *, path: Path | None = None
               ) -> TodayLists:
    """Today's four lists for the store behind `con`, on `day` at `now`."""
    now = now or local_time.now()
    identity = current_identity(con)
    calls = planned_calls(con, day, user_id(con))
    return TodayLists(identity, path, (calls, day_progress(con, day, calls, identity)),
                      follow_ups_due(con, day, now), complaints_near_deadline(con, now),
                      customers_overdue(con, day))


# -- who -----------------------------------------------------------------------------------
def signed_in_user(con) -> dict | None:
    row = con.execute("SELECT value FROM sync_state WHERE key = ?",
                      (USER_STATE_KEY,)).fetchone()
    return json.loads(row[0]) if row and row[0] else None


def user_id(con) -> str | None:
    return (signed_in_user(con) or {}).get("id")


def current_identity(con) -> Identity | None:
    """As `desktop.domain.identity.current_identity`: the signed-in user, else the owner of
    the first territory, else None."""
    identity = identity_from_user(signed_in_user(con))
    if identity is not None:
        return identity
    first = con.execute(
        "SELECT owner_user_id, region_id FROM territory WHERE owner_user_id IS NOT NULL "
        "AND deleted = 0 ORDER BY code LIMIT 1").fetchone()
    if first is None:
        return None
    owner, region = first
    member = con.execute("SELECT display_name FROM team_member WHERE id = ?",
                         (owner,)).fetchone()
    owned = tuple(r[0] for r in con.execute(
        "SELECT id FROM territory WHERE owner_user_id = ? AND deleted = 0", (owner,)))
    return Identity(owner, REP, region, owned, member[0] if member else "")


# -- the day's calls -----------------------------------------------------------------------
def planned_calls(con, day: date, rep_user_id: str | None) -> list[TodaysCall]:
    """As `desktop.domain.today.planned_calls`."""
    reps = [rep_user_id]
    if rep_user_id is None:
        reps = sorted({r for (r,) in con.execute(
            "SELECT cp.rep_user_id FROM call_plan cp JOIN plan_item pi ON pi.plan_id = cp.id "
            "WHERE pi.day = ?", (day.isoformat(),))})
    calls = [c for rep in reps for c in _rep_calls(con, rep, day)]
    calls.sort(key=lambda c: (c.time_slot or "", c.position))
    return calls


def _rep_calls(con, rep_user_id: str, day: date) -> list[TodaysCall]:
    rows = con.execute(
        f"SELECT pi.id, pi.plan_id, cp.status, pi.customer_id, {display_name_sql('c')}, "
        "c.kind, c.tier, c.organisation_id, pi.time_slot, pi.objective, pi.product_ids, "
        "pi.position FROM plan_item pi JOIN call_plan cp ON cp.id = pi.plan_id "
        "JOIN customer c ON c.id = pi.customer_id WHERE cp.rep_user_id = ? "
        "AND cp.deleted = 0 AND pi.deleted = 0 AND pi.day = ? "
        "ORDER BY pi.position, pi.time_slot", (rep_user_id, day.isoformat())).fetchall()
    items = [r[0] for r in rows]
    visits = {item: (visit, status) for item, visit, status in con.execute(
        f"SELECT plan_item_id, id, status FROM visit WHERE plan_item_id IN ({_marks(items)}) "
        "AND deleted = 0", items)} if items else {}
    orgs = sorted({r[7] for r in rows if r[7]})
    org_names = dict(con.execute(
        f"SELECT id, name FROM customer WHERE id IN ({_marks(orgs)})", orgs)) if orgs else {}
    out = []
    for (item, plan, status, customer, name, kind, tier, org, slot, objective, products,
         position) in rows:
        visit, visit_status = visits.get(item, (None, None))
        out.append(TodaysCall(item, plan, status, customer, name, kind, org_names.get(org, ""),
                              tier, slot, objective, tuple(json.loads(products or "null") or ()),
                              position, visit, visit_status))
    return out


def day_progress(con, day: date, own_calls: list[TodaysCall], identity: Identity | None
                 ) -> DayProgress:
    """As `desktop.domain.today.day_progress`."""
    if own_calls:
        return DayProgress(sum(c.done for c in own_calls), len(own_calls))
    if identity is None or not identity.is_manager:
        return DayProgress(0, 0)
    planned, logged = con.execute(
        "SELECT count(*), coalesce(sum(CASE WHEN EXISTS (SELECT 1 FROM visit v WHERE "
        "v.plan_item_id = pi.id AND v.deleted = 0) THEN 1 ELSE 0 END), 0) FROM plan_item pi "
        "JOIN call_plan cp ON cp.id = pi.plan_id WHERE pi.day = ? AND pi.deleted = 0 "
        "AND cp.deleted = 0 AND cp.rep_user_id != ?",
        (day.isoformat(), identity.user_id)).fetchone()
    return DayProgress(logged, planned, team=True)


# -- follow-ups and complaints -------------------------------------------------------------
def follow_ups_due(con, day: date, now: datetime) -> list[FollowUpDue]:
    """As `desktop.domain.today.follow_ups_due`: open, due by `day`, not snoozed past `now`."""
    out = []
    for fid, customer, name, title, due, snoozed in con.execute(
            f"SELECT f.id, f.customer_id, {display_name_sql('c')}, f.title, f.due_date, "
            "f.snoozed_until FROM follow_up f JOIN customer c ON c.id = f.customer_id "
            "WHERE f.deleted = 0 AND f.status = ? AND f.due_date <= ? "
            "ORDER BY f.due_date, f.id", (FollowUpStatus.OPEN.value, day.isoformat())):
        if snoozed is not None and _moment(snoozed) > now:
            continue
        due_day = date.fromisoformat(due)
        out.append(FollowUpDue(fid, customer, name, title, due_day, (day - due_day).days))
    return out


def complaints_near_deadline(con, now: datetime) -> list[ComplaintDeadline]:
    """As `desktop.domain.today.complaints_near_deadline`: open, deadline passed or within
    NEAR_DEADLINE, most urgent first, suspected adverse reactions with the PV receipt clock."""
    statuses = sorted(s.value for s in OPEN_STATUSES)
    out = []
    for cid, customer, name, kind, status, deadline, day0, received, reported in con.execute(
            f"SELECT k.id, k.customer_id, {display_name_sql('c')}, k.kind, k.status, "
            "k.committed_deadline, COALESCE(k.day0_at, k.received_at), k.pv_received_at, "
            "k.pv_reported_at FROM complaint k "
            "JOIN customer c ON c.id = k.customer_id WHERE k.deleted = 0 "
            f"AND k.status IN ({_marks(statuses)}) AND k.committed_deadline <= ? "
            "ORDER BY k.committed_deadline",
            (*statuses, stored_moment(now + NEAR_DEADLINE))):
        deadline = _moment(deadline)
        state = deadline_state(deadline, status, now, NEAR_DEADLINE)
        if state is None:
            continue
        clock = None
        if kind == ComplaintKind.ADVERSE_REACTION:
            clock = pv_clock(_moment(day0), now, _moment(received), _moment(reported))
        out.append(ComplaintDeadline(cid, customer, name, kind, status,
                                     deadline, state, clock))
    return out


# -- customers overdue by tier -------------------------------------------------------------
def customers_overdue(con, day: date, limit: int = OVERDUE_SHOWN, tz: tzinfo | None = None
                      ) -> tuple[list[OverdueCustomer], int]:
    """As `desktop.domain.today.customers_overdue`: the `limit` most urgent customers overdue
    for a call by their tier's company-wide target, and how many are overdue in all."""
    targets = {tier: n for tier, n in con.execute(
        "SELECT tier, calls_per_month FROM frequency_target WHERE deleted = 0 "
        "AND product_id IS NULL AND region_id IS NULL")}
    if not targets:
        return [], 0
    tiers = sorted(targets)
    customers = con.execute(
        f"SELECT id, tier FROM customer WHERE deleted = 0 AND tier IN ({_marks(tiers)}) "
        "AND kind != ?", (*tiers, CustomerKind.PATIENT.value)).fetchall()
    # the latest submitted call of each customer, kept by the store (desktop/store/last_calls);
    # `quick_open` opens no store where it is not yet whole (`last_calls_kept`)
    day_of = local_time.day_reader(tz)
    last = {customer: day_of(latest) for customer, latest in con.execute(
        "SELECT customer_id, started_at FROM customer_last_call")}
    shown, total = cadence_rules.most_urgent(customers, last, targets, day, limit)
    ids = [s.customer_id for s in shown]
    names = dict(con.execute(
        f"SELECT c.id, {display_name_sql('c')} FROM customer c WHERE c.id IN ({_marks(ids)})",
        ids)) if ids else {}
    return [OverdueCustomer(s, names.get(s.customer_id, "")) for s in shown], total


# -- helpers -------------------------------------------------------------------------------
def stored_moment(moment: datetime) -> str:
    """An aware moment as the store keeps it (UTC text with microseconds)."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def _moment(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def _marks(values) -> str:
    return ", ".join("?" * len(values))

