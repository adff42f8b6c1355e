"""Pull: changes in the caller's scope with revision above the cursor, oldest first.

The page is bounded above by the committed counter value read first: every revision up to
it is committed (see revisions.py), so moving the cursor to it never skips a change.
"""

from __future__ import annotations

import functools
from collections import defaultdict, namedtuple
from collections.abc import Mapping

from sqlalchemy import Integer, and_, bindparam, or_, select, union
from sqlmodel import Session

from desktop.models import utcnow
from server.models import ChangeLog, RevisionCounter, ScopeChange, ServerEpoch
from server.sync.revisions import current_revision
from server.sync.scope import DESK_READ_TABLES, Scope
from server.sync.stored_rows import wire_rows
from server.sync.territory_moves import GRACE

DEFAULT_LIMIT, MAX_LIMIT = 1000, 5000


def _arms(territories: bool, desk: bool) -> list:
    """SQL conditions, any of which makes a change-log entry one a non-admin caller may know
    about. One index each (docs/decisions/0029): the entries of the caller's territories,
    those that moved away from one, and the reference entries of its region and the
    company's. The caller's values are bound parameters (see `_entries`)."""
    not_ref = ChangeLog.ref == False  # noqa: E712
    arms = [and_(ChangeLog.ref == True,  # noqa: E712
                 or_(ChangeLog.region_id.is_(None),
                     ChangeLog.region_id == bindparam("region_id")))]
    if territories:
        ids = bindparam("territories", expanding=True)
        arms += [and_(ChangeLog.territory_id.in_(ids), not_ref),
                 and_(ChangeLog.prev_territory_id.in_(ids), not_ref)]
    if desk:  # the complaint desks read complaint tables only
        arms = [and_(arm, ChangeLog.table_name.in_(sorted(DESK_READ_TABLES))) for arm in arms]
    return arms


@functools.cache
def _entries_query(admin: bool, territories: bool, desk: bool):
    """The statement of `_entries` for one shape of scope, built once: building it (a
    union of subqueries) cost more server CPU than running it (docs/decisions/0029). The
    entries as plain rows, not ORM objects: they are only read."""
    in_range = and_(ChangeLog.revision > bindparam("cursor"),
                    ChangeLog.revision <= bindparam("upper"))
    limit = bindparam("limit", type_=Integer)
    if admin:
        return (select(*ChangeLog.__table__.columns).where(in_range)
                .order_by(ChangeLog.revision).limit(limit))
    found = union(*(select(arm.c) for arm in (  # (each arm in a subquery: SQLite too)
        select(ChangeLog).where(in_range, condition).order_by(ChangeLog.revision)
        .limit(limit).subquery() for condition in _arms(territories, desk)))).subquery()
    return select(*found.c).order_by(found.c.revision).limit(limit)


def _entries(session: Session, scope: Scope, cursor: int, upper: int,
             limit: int) -> list:
    """The first `limit` visible entries in (cursor, upper], oldest first. Each arm of
    `_arms` reads its own index, and the union is merged: one scan of the revision range
    filtered by territory would read every rep's entries since the cursor (at 500 reps
    syncing, ~1,000 entries read for the few returned; the cost of a pull grew with the
    number of reps)."""
    territories = sorted(scope.territory_ids or ())
    query = _entries_query(scope.is_admin, bool(territories), scope.is_desk)
    params = {"cursor": cursor, "upper": upper, "limit": limit}
    if not scope.is_admin:
        params["region_id"] = scope.region_id
        if territories:
            params["territories"] = territories
    # (rows named as ChangeLog's attributes; read by Core: nothing of the ORM's is needed;
    # as named tuples: a SQLAlchemy row's attribute is found after a failed look-up on its
    # class, ~7× the CPU of a tuple's, and a page reads each entry's several times)
    result = session.connection().execute(query, params)
    return list(map(_entry_type(tuple(result.keys()))._make, result))


@functools.cache
def _entry_type(names: tuple[str, ...]) -> type:
    return namedtuple("Entry", names)


# The statements of a pull are built once: building one cost more CPU than running it
# (docs/decisions/0029, 0033).
# A user's scope changes up to the page's end: those after the cursor (the page's), and
# the territories lost up to it within the grace (`territory_moves.note_pull`'s), at once.
_SCOPE_CHANGES = (select(ScopeChange.territory_id, ScopeChange.change, ScopeChange.revision)
                  .where(ScopeChange.user_id == bindparam("user_id"),
                         ScopeChange.revision <= bindparam("upper"),
                         or_(ScopeChange.revision > bindparam("cursor"),
                             and_(ScopeChange.change == "lost",
                                  ScopeChange.at >= bindparam("since"))))
                  .order_by(ScopeChange.revision))
# The same with the committed revision they stop at and the epoch, in one statement (a
# page read from the start asks for all three; decision 0037): one row per scope change,
# or one row of NULLs for them when there is none.
_PAGE_START = (select(RevisionCounter.value, ServerEpoch.epoch, ScopeChange.territory_id,
                      ScopeChange.change, ScopeChange.revision)
               .select_from(RevisionCounter)
               .outerjoin(ServerEpoch, ServerEpoch.id == 1)
               .outerjoin(ScopeChange, and_(
                   ScopeChange.user_id == bindparam("user_id"),
                   ScopeChange.revision <= RevisionCounter.value,
                   or_(ScopeChange.revision > bindparam("cursor"),
                       and_(ScopeChange.change == "lost",
                            ScopeChange.at >= bindparam("since")))))
               .where(RevisionCounter.id == 1)
               .order_by(ScopeChange.revision))


def page_start(session: Session, *, user_id: str, cursor: int) -> tuple[int, str, list]:
    """(the committed revision, the epoch, the user's scope changes up to that revision as
    `pull_page` reads them) in one statement, for `pull_page(scope_changes=...)`."""
    rows = session.connection().execute(_PAGE_START, {"user_id": user_id, "cursor": cursor,
                                         "since": utcnow() - GRACE}).all()
    revision, epoch = rows[0][0], rows[0][1]
    return int(revision), epoch or "", [r for r in rows if r.revision is not None]


def pull_page(session: Session, *, scope: Scope, cursor: int, limit: int,
              server_revision: int | None = None, losses: list[int] | None = None,
              known: Mapping[tuple[str, str], int] | None = None,
              scope_changes: list | None = None) -> dict:
    """The page; `server_revision`, when given, is a committed counter value the caller read
    in this transaction (the page then stops there rather than read it again). `losses`,
    when given, receives the revisions up to `cursor` at which the user lost a territory
    within the grace (for `territory_moves.note_pull`). `known`, (table, row id) → revision
    of rows the caller holds already (the push answer of the same request): a row still at
    that revision, and still the caller's to see, is left out of the page. `scope_changes`:
    the user's as `page_start` read them with `server_revision`."""
    if server_revision is None:
        server_revision = current_revision(session)
    upper = server_revision
    found = scope_changes if scope_changes is not None else session.execute(_SCOPE_CHANGES, {
        "user_id": scope.user_id, "cursor": cursor, "upper": upper,
        "since": utcnow() - GRACE}).all()
    if losses is not None:
        losses.extend(s.revision for s in found if s.revision <= cursor)
    scope_rows = [s for s in found if s.revision > cursor]
    if scope_rows:  # a page ends at a scope change
        upper = scope_rows[0].revision
        scope_rows = [s for s in scope_rows if s.revision == upper]

    entries = _entries(session, scope, cursor, upper, limit)
    full = len(entries) == limit
    new_cursor = entries[-1].revision if full else upper
    changes, removals = _materialise(session, scope, entries, known or {})
    return {
        "changes": changes,
        "removals": removals,
        "scope": [{"territory_id": s.territory_id, "change": s.change, "revision": s.revision}
                  for s in scope_rows] if new_cursor == upper else [],
        "cursor": max(new_cursor, cursor),
        "has_more": max(new_cursor, cursor) < server_revision,
        "server_revision": server_revision,
    }


def _held(scope: Scope, entry, known: Mapping[tuple[str, str], int]) -> bool:
    """Whether the caller holds the entry's row as it is now: it is in `known` at the
    entry's revision and the caller may see it. (At the row's latest revision the entry's
    territory and region are the row's own, so `Scope.can_read` is answered without
    reading the row; a row that left the caller's scope is not held: its removal goes.)"""
    if known.get((entry.table_name, entry.row_id)) != entry.revision:
        return False
    if not scope.reads_table(entry.table_name):
        return False
    return scope.sees_region(entry.region_id) if entry.ref \
        else scope.has_territory(entry.territory_id)


def _materialise(session: Session, scope: Scope, entries: list,
                 known: Mapping[tuple[str, str], int]):
    """Turn log entries into changes (current row, once, at its latest revision) and
    removals (the row now lies outside the caller's scope); rows the caller holds already
    (`_held`) are neither read nor sent."""
    if known:
        entries = [entry for entry in entries if not _held(scope, entry, known)]
    by_table = defaultdict(set)
    for entry in entries:
        by_table[entry.table_name].add(entry.row_id)
    rows = {}  # (the rows as wire values, read as stored: `stored_rows`)
    for table, ids in by_table.items():
        id_list = sorted(ids)
        for start in range(0, len(id_list), 900):
            for values in wire_rows(session, table, id_list[start:start + 900]):
                rows[(table, values["id"])] = values
    changes, removals = [], []
    for entry in entries:
        values = rows.get((entry.table_name, entry.row_id))
        if values is None or values["revision"] != entry.revision:
            continue  # a later entry carries the row (or its removal)
        if scope.can_read(entry.table_name, values):
            changes.append({"table": entry.table_name, "revision": entry.revision,
                            "row": values})
        else:
            removals.append({"table": entry.table_name, "row_id": entry.row_id,
                             "revision": entry.revision})
    return changes, removals
