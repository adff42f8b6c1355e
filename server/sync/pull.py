"""Pull: changes in the caller's scope with revision above the cursor, oldest first.

The page is bounded above by the committed counter value read first: every revision up to
it is committed (see revisions.py), so moving the cursor to it never skips a change.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, false, or_, select
from sqlmodel import Session

from desktop.models import row_values, synced_model
from desktop.models.codec import encode_values
from server.models import ChangeLog, ScopeChange
from server.sync.revisions import current_revision
from server.sync.scope import DESK_READ_TABLES, Scope

DEFAULT_LIMIT, MAX_LIMIT = 1000, 5000


def _visible(scope: Scope):
    """SQL condition: change-log entries the caller may know about."""
    if scope.is_admin:
        return None
    territories = sorted(scope.territory_ids or ())
    own = ChangeLog.territory_id.in_(territories) if territories else false()
    moved_away = ChangeLog.prev_territory_id.in_(territories) if territories else false()
    reference = and_(ChangeLog.ref == True,  # noqa: E712
                     or_(ChangeLog.region_id.is_(None), ChangeLog.region_id == scope.region_id))
    visible = or_(and_(ChangeLog.ref == False, or_(own, moved_away)), reference)  # noqa: E712
    if scope.is_desk:  # the complaint desks read complaint tables only
        visible = and_(visible, ChangeLog.table_name.in_(sorted(DESK_READ_TABLES)))
    return visible


def pull_page(session: Session, *, scope: Scope, cursor: int, limit: int) -> dict:
    server_revision = current_revision(session)
    upper = server_revision
    scope_rows = session.execute(
        select(ScopeChange).where(ScopeChange.user_id == scope.user_id,
                                  ScopeChange.revision > cursor,
                                  ScopeChange.revision <= upper)
        .order_by(ScopeChange.revision)).scalars().all()
    if scope_rows:  # a page ends at a scope change
        upper = scope_rows[0].revision
        scope_rows = [s for s in scope_rows if s.revision == upper]

    query = select(ChangeLog).where(ChangeLog.revision > cursor, ChangeLog.revision <= upper)
    condition = _visible(scope)
    if condition is not None:
        query = query.where(condition)
    entries = session.execute(query.order_by(ChangeLog.revision).limit(limit)).scalars().all()
    full = len(entries) == limit
    new_cursor = entries[-1].revision if full else upper
    changes, removals = _materialise(session, scope, entries)
    return {
        "changes": changes,
        "removals": removals,
        "scope": [{"territory_id": s.territory_id, "change": s.change, "revision": s.revision}
                  for s in scope_rows] if new_cursor == upper else [],
        "cursor": max(new_cursor, cursor),
        "has_more": max(new_cursor, cursor) < server_revision,
        "server_revision": server_revision,
    }


def _materialise(session: Session, scope: Scope, entries: list[ChangeLog]):
    """Turn log entries into changes (current row, once, at its latest revision) and
    removals (the row now lies outside the caller's scope)."""
    by_table = defaultdict(set)
    for entry in entries:
        by_table[entry.table_name].add(entry.row_id)
    rows = {}
    for table, ids in by_table.items():
        model = synced_model(table)
        id_list = sorted(ids)
        for start in range(0, len(id_list), 900):
            chunk = id_list[start:start + 900]
            for row in session.execute(select(model).where(model.id.in_(chunk))).scalars():
                rows[(table, row.id)] = row_values(row)
    changes, removals = [], []
    for entry in entries:
        values = rows.get((entry.table_name, entry.row_id))
        if values is None or values["revision"] != entry.revision:
            continue  # a later entry carries the row (or its removal)
        if scope.can_read(entry.table_name, values):
            changes.append({"table": entry.table_name, "revision": entry.revision,
                            "row": encode_values(values)})
        else:
            removals.append({"table": entry.table_name, "row_id": entry.row_id,
                             "revision": entry.revision})
    return changes, removals
