"""Applying the server's rows to the local store, inside a write transaction.

Pending local edits win the screen: a pulled row is stored and the fields of the row's
outbox entries are written back on top (rebase); the entries stay in the outbox with the
base revision the user edited. A row older than the one already stored is skipped, so
applying a row twice, or an older copy after a newer one, changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import select

from desktop.models import SYNCED_MODELS, synced_model
from desktop.models.codec import decode_fields
from desktop.store.local_tables import OutboxEntry
from desktop.store.writer import Writer
from desktop.sync.purge import drop_or_keep_until_pushed

# Rows every user sees (their region's and company-wide): never dropped with a territory.
REFERENCE_TABLES = frozenset({"region", "territory", "product", "frequency_target",
                              "team_member", "product_margin"})


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
    pending = pending_by_row(w, table, list(latest)) if has_pending(w, table) else {}
    fresh = []
    for row_id, row in latest.items():
        entries = pending.get(row_id)
        fresh.append(rebased(table, row, entries) if entries else row)
    # (a copy older than the one stored is left out there)
    return w.apply_remote_many(synced_model(table), fresh, keep_newer=True)


_ANY_PENDING = select(OutboxEntry.seq).where(
    OutboxEntry.table_name == bindparam("table")).limit(1)


def has_pending(w: Writer, table: str) -> bool:
    """Whether any outbox entry of `table` waits to be pushed."""
    return w.session.exec(_ANY_PENDING, params={"table": table}).first() is not None


def remove_rows(w: Writer, table: str, row_ids: Iterable[str]) -> int:
    """Drop rows that left this user's scope (nothing is pushed for them); a row with unsent
    edits stays until they are pushed (`desktop.sync.purge`). Returns how many went now."""
    return drop_or_keep_until_pushed(w, table, list(row_ids))


def drop_territory(w: Writer, territory_id: str) -> int:
    """Drop every local row of a territory this user lost (reference rows stay)."""
    n = 0
    for table, model in SYNCED_MODELS.items():
        if table in REFERENCE_TABLES:
            continue
        t = model.__table__
        ids = [r[0] for r in w.session.execute(
            sa_select(t.c.id).where(t.c.territory_id == territory_id))]
        n += remove_rows(w, table, ids)
    return n
