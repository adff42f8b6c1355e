"""Rows that left this user's scope (a territory moved away, a row moved to another
territory) are dropped from the local store — but a row with unsent edits only once they
have reached the server: until then it stays (the edits are rebased on it, its screen
still shows it), listed under `PURGE_KEY`, and the push that delivers its last outbox entry
drops it in the same transaction (`purge_pushed`).

Without this, an edit saved while a sync runs (after the push the client makes before it
drops a territory) left an outbox entry for a dropped row, and the server's answer to its
push stored the row again: the territory came back, in part, on the old laptop.
"""

from __future__ import annotations

import json

from sqlmodel import select

from desktop.models import synced_model
from desktop.store.local_tables import OutboxEntry, SyncState
from desktop.store.writer import Writer

PURGE_KEY = "purge_after_push"


def _pending_ids(w: Writer, table: str, row_ids: list[str]) -> set[str]:
    pending: set[str] = set()
    for i in range(0, len(row_ids), 500):
        pending.update(w.session.exec(select(OutboxEntry.row_id).where(
            OutboxEntry.table_name == table, OutboxEntry.row_id.in_(row_ids[i:i + 500]))))
    return pending


def _listed(w: Writer) -> list[list[str]]:
    row = w.session.get(SyncState, PURGE_KEY)
    return json.loads(row.value) if row else []


def _save(w: Writer, listed: list[list[str]]) -> None:
    row = w.session.get(SyncState, PURGE_KEY)
    if not listed:
        if row is not None:
            w.session.delete(row)
        return
    value = json.dumps(listed)
    if row is None:
        w.session.add(SyncState(key=PURGE_KEY, value=value))
    else:
        row.value = value
        w.session.add(row)


def drop_or_keep_until_pushed(w: Writer, table: str, row_ids: list[str]) -> int:
    """Drop the rows that have no unsent edits; list the others to be dropped once pushed.
    Returns how many were dropped now."""
    pending = _pending_ids(w, table, row_ids) if row_ids else set()
    model = synced_model(table)
    for row_id in row_ids:
        if row_id not in pending:
            w.remove_local(model, row_id)
    if pending:
        listed = _listed(w)
        known = {tuple(x) for x in listed}
        listed += [[table, r] for r in sorted(pending) if (table, r) not in known]
        _save(w, listed)
    return len(row_ids) - len(pending)


def purge_pushed(w: Writer) -> set[str]:
    """Drop the listed rows whose outbox entries are all delivered (confirmed or refused).
    Returns the tables whose rows were dropped."""
    listed = _listed(w)
    if not listed:
        return set()
    kept, tables = [], set()
    for table, row_id in listed:
        if _pending_ids(w, table, [row_id]):
            kept.append([table, row_id])
            continue
        w.remove_local(synced_model(table), row_id)
        tables.add(table)
    _save(w, kept)
    return tables


def back_in_scope(w: Writer, table: str, row_ids) -> None:
    """Rows the server sends again (a pull, a territory gained back) are in scope: they are
    no longer dropped after their push."""
    listed = _listed(w)
    if listed:
        ids = set(row_ids)
        _save(w, [x for x in listed if not (x[0] == table and x[1] in ids)])
