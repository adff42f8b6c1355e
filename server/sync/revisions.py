"""Server revisions: allocated from one counter row that writers lock until they commit.

Because every writing transaction takes the counter lock before it reads what it changes,
and holds it until commit, transactions commit in the order of their revisions: a puller
that has seen revision r can never later find a committed revision below r (the
commit-order race). On SQLite the database write lock (BEGIN IMMEDIATE) gives the same.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlmodel import Session

# (statements built once: every push and pull runs them)
_LOCK = {"postgresql": text("SELECT value FROM srv_revision_counter WHERE id = 1 FOR UPDATE")}
_CURRENT = text("SELECT value FROM srv_revision_counter WHERE id = 1")
_NEXT = text("UPDATE srv_revision_counter SET value = value + :n WHERE id = 1 RETURNING value")


def lock_revisions(session: Session) -> int:
    """Take the revision lock for the rest of the transaction; return the current revision.
    (On SQLite the write lock of BEGIN IMMEDIATE is the lock.)"""
    sql = _LOCK.get(session.get_bind().dialect.name, _CURRENT)
    return int(session.execute(sql).scalar_one())


def next_revisions(session: Session, count: int = 1) -> int:
    """Allocate `count` revisions; returns the first. Call after `lock_revisions`."""
    last = session.execute(_NEXT, {"n": count}).scalar_one()
    return int(last) - count + 1


def take_revisions(trip, count: int) -> Callable[[], int]:
    """Like `next_revisions`, as the first statement of `trip` (a
    `server.core.db.SentTogether` that sends its statements together: PostgreSQL); returns
    a function giving the first revision once the trip is sent."""
    assert trip.together and not trip.parts, "the revisions are taken by the trip's first statement"
    trip.execute(_NEXT, {"n": count})
    return lambda: int(trip.first_row()[0]) - count + 1


def current_revision(session: Session) -> int:
    """The newest committed revision (every revision up to it is committed)."""
    return int(session.execute(_CURRENT).scalar_one())
