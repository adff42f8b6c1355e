"""The latest submitted call of each customer, kept beside the visits (decision 0030): the
overdue list at start reads ~5,000 rows of `customer_last_call` instead of scanning every
visit. A local, derived table (not synced, declared in SQL like the search index): made and
filled by revision 0017, kept by the write hook below for every visit written (locally or
pulled), and rebuilt by bulk loads (`hooks.run_rebuilds`, once the visits are loaded).
Its rule: a customer's latest call is the latest `started_at` of their visits that are
submitted and not deleted, whoever made them and in whichever territory (a correction is a
submitted report like any other, and the report it corrects stays submitted).

`latest_calls` reads it, or, while it cannot be trusted (`kept`, defined with the quick
read at start, which then leaves Today to the ordinary open), the same rule straight from the
visits: in a store older than the revision that made it, and during a full download, which
stores the visits without the write hook and rebuilds the table only once every visit is in
(until then it holds nothing, or what the store held before the download).

A visit's customer never changes (a report made for the wrong customer is corrected by a
new one), so a write changes the summary of the visit's own customer only."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from desktop.store.hooks import register_write_hook
from desktop.store.quick_open import LAST_CALLS as TABLE
from desktop.store.quick_open import last_calls_kept as kept  # the start path reads it too

CREATE = (f"CREATE TABLE IF NOT EXISTS {TABLE} (customer_id VARCHAR NOT NULL PRIMARY KEY, "
          "started_at DATETIME NOT NULL) WITHOUT ROWID")
SUBMITTED = "submitted"  # VisitStatus.SUBMITTED
_LATEST = ("SELECT customer_id, max(started_at) AS started_at FROM visit WHERE deleted = 0 "
           f"AND status = '{SUBMITTED}'")


def latest_calls(session, territory_ids: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(customer id, latest submitted call as stored: UTC text) of every customer called, or
    of the customers of `territory_ids` (the customer's territory, not the call's). From the
    table when it is kept, else from the visits by the same rule."""
    db = _db(session)
    sql, params = f"SELECT l.customer_id, l.started_at FROM {_source(db)} l", []
    if territory_ids is not None:
        params = list(territory_ids)
        sql += (" JOIN customer c ON c.id = l.customer_id "
                f"WHERE c.territory_id IN ({', '.join('?' * len(params))})")
    return db.execute(sql, params).fetchall()


def latest_calls_of(session, customer_ids: Iterable[str]) -> dict[str, str]:
    """Latest submitted call as stored (UTC text) of each of `customer_ids` ever called, by
    the same rule (the table when it is kept, else the visits)."""
    db = _db(session)
    ids = list(customer_ids)
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    if kept(db):
        sql = f"SELECT customer_id, started_at FROM {TABLE} WHERE customer_id IN ({marks})"
    else:
        sql = f"{_LATEST} AND customer_id IN ({marks}) GROUP BY customer_id"
    return dict(db.execute(sql, ids).fetchall())


def relation(session) -> str:
    """SQL of a relation (customer_id, started_at) of every customer's latest submitted call,
    by the same rule, for a statement of the session's to join (LEFT JOIN … l ON
    l.customer_id = c.id)."""
    return _source(_db(session))


def _source(db) -> str:
    return TABLE if kept(db) else f"({_LATEST} GROUP BY customer_id)"


def rebuild_in(db) -> None:
    """Fill the table from the visits (a DB-API connection, in its transaction)."""
    db.execute(f"DELETE FROM {TABLE}")
    db.execute(f"INSERT INTO {TABLE} (customer_id, started_at) {_LATEST} GROUP BY customer_id")


def rebuild(session) -> None:
    rebuild_in(_db(session))


@register_write_hook(rebuild=rebuild, tables=("visit",),
                     fields=("customer_id", "deleted", "status", "started_at"))
def _on_write(session, table: str, row) -> None:
    """A visit was written (in the write transaction; `row` holds its new values, the table
    may not yet): its customer's latest submitted call, from the other visits and this one."""
    if table != "visit" or not row.customer_id:
        return
    db = _db(session)
    (latest,) = db.execute(f"SELECT max(started_at) FROM visit WHERE customer_id = ? "
                           f"AND deleted = 0 AND status = '{SUBMITTED}' AND id != ?",
                           (row.customer_id, row.id)).fetchone()
    if not row.deleted and row.status == SUBMITTED and row.started_at is not None:
        mine = _stored(row.started_at)
        latest = mine if latest is None or mine > latest else latest
    if latest is None:
        db.execute(f"DELETE FROM {TABLE} WHERE customer_id = ?", (row.customer_id,))
    else:
        db.execute(f"INSERT OR REPLACE INTO {TABLE} (customer_id, started_at) VALUES (?, ?)",
                   (row.customer_id, latest))


def _stored(moment: datetime | str) -> str:
    """A moment as SQLAlchemy stores it in SQLite (UTC text with microseconds)."""
    if isinstance(moment, str):
        return moment
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(" ", "microseconds")


def _db(session):
    """The session's own SQLite connection (same transaction)."""
    return session.connection().connection.driver_connection
