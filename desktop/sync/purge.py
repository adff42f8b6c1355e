"""Rows that left this user's scope (a territory moved away, a row moved to another
territory) are dropped from the local store — but a row with unsent edits only once they
have reached the server: until then it stays (the edits are rebased on it, its screen
still shows it), listed under `PURGE_KEY`, and the push that delivers its last outbox entry
drops it in the same transaction (`purge_pushed`).

Without this, an edit saved while a sync runs (after the push the client makes before it
drops a territory) left an outbox entry for a dropped row, and the server's answer to its
push stored the row again: the territory came back, in part, on the old laptop.

Whatever is derived from a dropped row goes with it, in the same transaction
(`drop_out_of_scope`): its search document (and the names it lent to other customers'
documents), the conflicts and rejections stored about it — a conflict shows the new
owner's value and could never be restored — and the record of its changes the server
confirmed (kept to send them again to a server restored from a backup: they hold the row's
values, and a row out of scope is not sent back). One exception: a change refused by the very push
that lets its row go stays listed (without the server's copy of the row), so that the rep
learns that this late work did not arrive (decision 0018).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete as sa_delete
from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import select

from desktop.models import synced_model
from desktop.store.local_tables import (
    OutboxEntry,
    SyncConfirmation,
    SyncConflict,
    SyncRejection,
    SyncState,
)
from desktop.store.search import forget_customers, purging_index
from desktop.store.writer import Writer

PURGE_KEY = "purge_after_push"
_LISTED = sa_select(SyncState.value).where(SyncState.key == PURGE_KEY)  # read every push
# Local tables of what the sync could not apply, about rows: emptied of a dropped row's.
SYNC_OUTCOME_TABLES = frozenset({SyncConflict.__tablename__, SyncRejection.__tablename__})


def _pending_ids(w: Writer, table: str, row_ids: list[str]) -> set[str]:
    pending: set[str] = set()
    for i in range(0, len(row_ids), 500):
        pending.update(w.session.exec(select(OutboxEntry.row_id).where(
            OutboxEntry.table_name == table, OutboxEntry.row_id.in_(row_ids[i:i + 500]))))
    return pending


def _listed(w: Writer) -> list[list[str]]:
    value = w.session.execute(_LISTED).scalar()
    return json.loads(value) if value else []


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
    drop_out_of_scope(w, table, [r for r in row_ids if r not in pending])
    if pending:
        listed = _listed(w)
        known = {tuple(x) for x in listed}
        listed += [[table, r] for r in sorted(pending) if (table, r) not in known]
        _save(w, listed)
    return len(row_ids) - len(pending)


def purge_pushed(w: Writer, refused_now: Iterable[int] = ()) -> set[str]:
    """Drop the listed rows whose outbox entries are all delivered (confirmed or refused),
    with what is derived from them; the rejections of `refused_now` (outbox seqs refused by
    the push being stored) stay listed. Returns the tables whose rows were dropped (and
    `SYNC_OUTCOME_TABLES` then)."""
    listed = _listed(w)
    if not listed:
        return set()
    refused_now = frozenset(refused_now)
    kept, due = [], {}
    for table, row_id in listed:
        if _pending_ids(w, table, [row_id]):
            kept.append([table, row_id])
        else:
            due.setdefault(table, []).append(row_id)
    for table, row_ids in due.items():
        drop_out_of_scope(w, table, row_ids, keep_rejections=refused_now)
    _save(w, kept)
    return set(due) | SYNC_OUTCOME_TABLES if due else set()


def drop_out_of_scope(w: Writer, table: str, row_ids: list[str], *,
                      keep_rejections: Iterable[int] = ()) -> None:
    """Drop rows that left this user's scope and, in the same transaction, everything
    derived from them: search documents (`forget_customers`, the index pages purged too),
    the conflicts and rejections stored about them, and the record of their confirmed
    changes. A rejection in `keep_rejections` (outbox seqs) stays, without the server's copy
    of the row."""
    if not row_ids:
        return
    model = synced_model(table)
    if table == "customer":
        with purging_index(w.session):
            for row_id in row_ids:
                w.remove_local(model, row_id)
            forget_customers(w.session, row_ids)
    else:
        for row_id in row_ids:
            w.remove_local(model, row_id)
    forget_sync_outcomes(w, table, row_ids, keep_rejections=keep_rejections)
    for i in range(0, len(row_ids), 500):
        w.session.execute(sa_delete(SyncConfirmation).where(
            SyncConfirmation.table_name == table,
            SyncConfirmation.row_id.in_(row_ids[i:i + 500])))


def forget_sync_outcomes(w: Writer, table: str, row_ids: list[str], *,
                         keep_rejections: Iterable[int] = ()) -> None:
    """Delete the conflicts and rejections stored about rows of `table` (see
    `drop_out_of_scope`)."""
    keep = set(keep_rejections)
    for i in range(0, len(row_ids), 500):
        chunk = row_ids[i:i + 500]
        w.session.execute(sa_delete(SyncConflict).where(
            SyncConflict.table_name == table, SyncConflict.row_id.in_(chunk)))
        about = SyncRejection.table_name == table, SyncRejection.row_id.in_(chunk)
        for rejection in w.session.exec(select(SyncRejection).where(*about)):
            if rejection.seq in keep:
                rejection.server_row = None  # the row as the server has it now: not ours
                w.session.add(rejection)
            else:
                w.session.delete(rejection)
    w.session.flush()


def sync_outcome_counts(w: Writer) -> tuple[int, int]:
    """How many conflicts and rejections are stored (to tell whether a drop removed some)."""
    return tuple(w.session.execute(sa_select(func.count()).select_from(t)).scalar_one()
                 for t in (SyncConflict, SyncRejection))


def back_in_scope(w: Writer, table: str, row_ids) -> None:
    """Rows the server sends again (a pull, a territory gained back) are in scope: they are
    no longer dropped after their push."""
    listed = _listed(w)
    if listed:
        ids = set(row_ids)
        _save(w, [x for x in listed if not (x[0] == table and x[1] in ids)])
