"""What the sync could not apply: fields where the rep's value lost a conflict, and changes
the server refused — as rows naming the record in words, with restore and dismiss."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.domain.customer_names import display_name_of
from desktop.models import synced_model
from desktop.store.store import Store
from desktop.store.writer import RowNotFound


@dataclass(frozen=True)
class ConflictRow:
    id: str
    table_name: str
    row_id: str
    record: str
    field: str
    my_value: object
    server_value: object
    created_at: datetime


@dataclass(frozen=True)
class RejectionRow:
    seq: int
    table_name: str
    row_id: str
    record: str
    op: str
    code: str
    reason: str
    changes: dict
    created_at: datetime


def _record_name(store: Store, table: str, row_id: str) -> str:
    """A readable name of a synced row: its name or title, else the customer it is about
    (a call report, a plan item, a sample of a call), else a short id. A department comes
    with its hospital."""
    if table == "customer" and (name := display_name_of(store, row_id)):
        return name[:60]
    row = _row(store, table, row_id)
    if (named := _own_name(row)) is not None:
        return named
    for parent_key, parent_table in (("visit_id", "visit"), ("complaint_id", "complaint"),
                                     ("activity_id", "market_activity")):
        parent_id = getattr(row, parent_key, None) if row is not None else None
        if parent_id:
            row = _row(store, parent_table, parent_id) or row
            if (named := _own_name(row, ("title",))) is not None:  # an activity's
                return named
            break
    customer_id = getattr(row, "customer_id", None) if row is not None else None
    if customer_id and (name := display_name_of(store, customer_id)):
        return name[:60]
    return row_id[:8]


def _own_name(row, attrs=("name", "title", "description", "display_name")) -> str | None:
    for attr in attrs:
        value = getattr(row, attr, None) if row is not None else None
        if value:
            return str(value)[:60]
    return None


def _row(store: Store, table: str, row_id: str | None):
    if not row_id:
        return None
    try:
        return store.get(synced_model(table), row_id)
    except KeyError:
        return None


def conflict_rows(store: Store) -> list[ConflictRow]:
    return [ConflictRow(c.id, c.table_name, c.row_id, _record_name(store, c.table_name, c.row_id),
                        c.field, c.my_value, c.server_value, c.created_at)
            for c in store.conflicts()]


def rejection_rows(store: Store) -> list[RejectionRow]:
    return [RejectionRow(r.seq, r.table_name, r.row_id,
                         _record_name(store, r.table_name, r.row_id), r.op, r.code, r.reason,
                         dict(r.changes or {}), r.created_at)
            for r in store.rejections()]


def restore_my_value(store: Store, conflict_id: str) -> bool:
    """Put the rep's losing value back (a new ordinary change that syncs). Returns False
    when the record is no longer on this computer (deleted, or moved out of the rep's
    territories): nothing can be restored, and the conflict is forgotten."""
    try:
        store.restore_conflict(conflict_id)
    except RowNotFound:
        store.dismiss_conflict(conflict_id)
        return False
    return True


def dismiss_conflict(store: Store, conflict_id: str) -> None:
    store.dismiss_conflict(conflict_id)


def dismiss_rejection(store: Store, seq: int) -> None:
    store.dismiss_rejection(seq)
