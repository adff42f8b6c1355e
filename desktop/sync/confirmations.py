"""What this device saw the server confirm and send, kept so that a server restored from a
backup can be caught out and told again what it lost (desktop/sync/restore.py).

Each change the server applies or merges is kept as pushed (`SyncConfirmation`), with the
revision the server answered, in the transaction that stores the answer; records older than
`KEEP_DAYS` go. The newest change a pull brought is kept too (`PULL_MARKER_KEY`): a server
that lost it went back in time even when none of this device's own changes were lost.
"""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import bindparam
from sqlalchemy import select as sa_select
from sqlmodel import select

from desktop.models import utcnow
from desktop.models.codec import datetime_to_storage, json_to_storage
from desktop.store.local_tables import OutboxEntry, SyncConfirmation, SyncState
from desktop.store.store import Store
from desktop.store.writer import Writer

KEEP_DAYS = 90  # a backup older than this: older confirmed changes are not sent again
PULL_MARKER_KEY = "pull_marker"


def confirmation(entry: OutboxEntry, revision: int | None) -> dict | None:
    """`entry` as confirmed by the server at `revision`, to keep (None without a revision)."""
    if not revision:
        return None
    return {"seq": entry.seq, "table_name": entry.table_name, "row_id": entry.row_id,
            "op": entry.op, "changes": entry.changes, "base_revision": entry.base_revision or 0,
            "revision": revision}


# statements of every cycle, built once. Confirmations go through the transaction's own
# sqlite3 connection, in the stored forms of `desktop.models.codec`: SQLAlchemy's insert
# prepared each row's eight parameters through its type processors, ~4% of the laptop's
# cycle for 20 confirmations.
_COLUMNS = ("seq", "table_name", "row_id", "op", "changes", "base_revision", "revision",
            "confirmed_at")
_RECORD = (f"INSERT OR REPLACE INTO {SyncConfirmation.__tablename__} ({', '.join(_COLUMNS)}) "
           f"VALUES ({', '.join('?' * len(_COLUMNS))})")
_PRUNE = SyncConfirmation.__table__.delete().where(
    SyncConfirmation.__table__.c.confirmed_at < bindparam("cutoff"))


def record_confirmations(w: Writer, confirmations: list[dict]) -> None:
    """Keep the confirmations of one push answer, in its transaction, in one statement (a
    replayed answer replaces them)."""
    if confirmations:
        now = datetime_to_storage(utcnow())
        w.executemany_stored(_RECORD, [
            (c["seq"], c["table_name"], c["row_id"], c["op"], json_to_storage(c["changes"]),
             c["base_revision"], c["revision"], now) for c in confirmations])


def prune_confirmations(w: Writer) -> None:
    w.session.execute(_PRUNE, {"cutoff": utcnow() - timedelta(days=KEEP_DAYS)})


def note_pulled(store: Store, w: Writer, changes: list[dict]) -> None:
    """Remember the newest change of a pull page (table, row id, revision)."""
    newest = max(changes, key=lambda c: int(c.get("revision") or 0), default=None)
    if newest is None or not newest.get("revision"):
        return
    store.set_state(PULL_MARKER_KEY, json.dumps(
        [newest["table"], newest["row"]["id"], int(newest["revision"])]), w.session)


def pull_marker(session) -> tuple[str, str, int] | None:
    row = session.get(SyncState, PULL_MARKER_KEY)
    if row is None:
        return None
    table, row_id, revision = json.loads(row.value)
    return table, row_id, int(revision)


_NEWEST = (sa_select(SyncConfirmation.table_name, SyncConfirmation.row_id,
                     SyncConfirmation.revision)
           .order_by(SyncConfirmation.revision.desc()).limit(bindparam("limit")))


def newest_confirmations(session, limit: int) -> list[tuple[str, str, int]]:
    """(table, row id, revision) of the `limit` newest confirmations (read every cycle)."""
    return [tuple(row) for row in session.execute(_NEWEST, {"limit": limit})]


def all_confirmations(session) -> list[SyncConfirmation]:
    return list(session.exec(select(SyncConfirmation).order_by(SyncConfirmation.revision,
                                                               SyncConfirmation.seq)))
