"""Applying the server's rows to the local store, inside a write transaction.

Pending local edits win the screen: a pulled row is stored and the fields of the row's
outbox entries are written back on top (rebase); the entries stay in the outbox with the
base revision the user edited. A row older than the one already stored is skipped, so
applying a row twice, or an older copy after a newer one, changes nothing.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime
from functools import cache

from pydantic_core import PydanticUndefined
from sqlalchemy import select as sa_select
from sqlmodel import select

from desktop.models import synced_model
from desktop.store.local_tables import OutboxEntry
from desktop.store.store import Writer

log = logging.getLogger(__name__)

# Rows every user sees (their region's and company-wide): never dropped with a territory.
REFERENCE_TABLES = frozenset({"region", "territory", "product", "frequency_target",
                              "team_member"})
_IN_CHUNK = 500


def _to_datetime(value):
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.utcoffset() is None else value


def _to_date(value):
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value.date() if isinstance(value, datetime) else value


def _python_type(sa_type):
    # A TypeDecorator (sqlmodel's UTCDateTime) reports `object`; its impl knows better.
    sa_type = getattr(sa_type, "impl_instance", None) or getattr(sa_type, "impl", sa_type)
    try:
        return sa_type.python_type
    except NotImplementedError:
        return object


@cache
def _converters(table: str) -> dict[str, Callable | None]:
    """Column name -> converter from wire value to Python value (None: take as is)."""
    out: dict[str, Callable | None] = {}
    for column in synced_model(table).__table__.columns:
        kind = _python_type(column.type)
        out[column.name] = (_to_datetime if kind is datetime
                            else _to_date if kind is date else None)
    return out


@cache
def _defaults(table: str) -> dict:
    """Python defaults of every column, for rows the server sent without some column."""
    out = {}
    for name, info in synced_model(table).model_fields.items():
        if info.default is not PydanticUndefined:
            out[name] = info.default
        elif info.default_factory is not None:
            out[name] = None  # filled per row (ids, timestamps, lists)
        else:
            out[name] = None
    return out


def decode_fields(table: str, values: dict) -> dict:
    """Wire values of some fields -> Python values (dates and datetimes parsed). Unknown
    field names raise KeyError."""
    conv = _converters(table)
    out = {}
    for name, value in values.items():
        fn = conv[name]
        out[name] = fn(value) if (fn is not None and value is not None) else value
    return out


def decode_row(table: str, row: dict) -> dict:
    """A full row from the wire -> Python values for every local column. Columns this app
    version does not know (a newer server) are ignored; missing ones get their default."""
    conv = _converters(table)
    out = dict(_defaults(table))
    for name, value in row.items():
        if name not in conv:
            continue
        fn = conv[name]
        out[name] = fn(value) if (fn is not None and value is not None) else value
    if out.get("product_ids") is None and "product_ids" in conv:
        out["product_ids"] = []
    return out


def decode_columns(table: str, columns: list[str], rows: Iterable[list]) -> list[dict]:
    """Snapshot rows (lists in `columns` order) -> decoded dicts."""
    conv = _converters(table)
    base = _defaults(table)
    plan = [(i, name, conv[name]) for i, name in enumerate(columns) if name in conv]
    out = []
    for values in rows:
        row = dict(base)
        for i, name, fn in plan:
            value = values[i]
            row[name] = fn(value) if (fn is not None and value is not None) else value
        out.append(row)
    if "product_ids" in conv:
        for row in out:
            if row["product_ids"] is None:
                row["product_ids"] = []
    return out


def pending_by_row(w: Writer, table: str, row_ids: Iterable[str] | None = None
                   ) -> dict[str, list[OutboxEntry]]:
    """Outbox entries of `table` (optionally only of `row_ids`), grouped by row, in order."""
    query = select(OutboxEntry).where(OutboxEntry.table_name == table)
    entries = list(w.session.exec(query.order_by(OutboxEntry.seq)))
    wanted = set(row_ids) if row_ids is not None else None
    grouped: dict[str, list[OutboxEntry]] = defaultdict(list)
    for entry in entries:
        if wanted is None or entry.row_id in wanted:
            grouped[entry.row_id].append(entry)
    return grouped


def _local_revisions(w: Writer, table: str, ids: list[str]) -> dict[str, int]:
    t = synced_model(table).__table__
    out: dict[str, int] = {}
    for i in range(0, len(ids), _IN_CHUNK):
        chunk = ids[i:i + _IN_CHUNK]
        for row_id, revision in w.session.execute(
                sa_select(t.c.id, t.c.revision).where(t.c.id.in_(chunk))):
            out[row_id] = revision
    return out


def rebased(table: str, row: dict, pending: list[OutboxEntry]) -> dict:
    """The server's row with this device's pending edits written back on top."""
    out = dict(row)
    for entry in pending:
        if entry.op == "delete":
            out["deleted"] = True
        else:
            out.update(decode_fields(table, entry.changes))
    return out


def apply_rows(w: Writer, table: str, rows: list[dict]) -> int:
    """Store decoded server rows of one table (one write, rebasing rows with pending edits,
    skipping copies older than what is stored). Returns how many rows were written."""
    if not rows:
        return 0
    latest: dict[str, dict] = {}
    for row in rows:  # the newest copy of each row wins
        seen = latest.get(row["id"])
        if seen is None or row["revision"] >= seen["revision"]:
            latest[row["id"]] = row
    ids = list(latest)
    local = _local_revisions(w, table, ids)
    pending = pending_by_row(w, table, ids) if has_pending(w, table) else {}
    fresh = []
    for row_id, row in latest.items():
        if local.get(row_id, -1) > row["revision"]:
            continue  # an older copy than the one stored
        entries = pending.get(row_id)
        fresh.append(rebased(table, row, entries) if entries else row)
    w.apply_remote_many(synced_model(table), fresh)
    return len(fresh)


def has_pending(w: Writer, table: str) -> bool:
    """Whether any outbox entry of `table` waits to be pushed."""
    return w.session.exec(select(OutboxEntry.seq).where(
        OutboxEntry.table_name == table).limit(1)).first() is not None


def remove_rows(w: Writer, table: str, row_ids: Iterable[str]) -> int:
    """Drop rows that left this user's scope (nothing is pushed for them)."""
    model = synced_model(table)
    n = 0
    for row_id in row_ids:
        w.remove_local(model, row_id)
        n += 1
    return n


def drop_territory(w: Writer, territory_id: str) -> int:
    """Drop every local row of a territory this user lost (reference rows stay)."""
    from desktop.models import SYNCED_MODELS

    n = 0
    for table, model in SYNCED_MODELS.items():
        if table in REFERENCE_TABLES:
            continue
        t = model.__table__
        ids = [r[0] for r in w.session.execute(
            sa_select(t.c.id).where(t.c.territory_id == territory_id))]
        n += remove_rows(w, table, ids)
    return n
