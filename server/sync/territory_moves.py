"""A territory that moved to another rep: what its old owner may still deliver (the grace),
and who sees the conflicts those late edits cause.

The rule (docs/sync-protocol.md, "Territory moves"). A mutation of the old owner that
touches the territory it lost at revision R is accepted only when all of these hold:
1. it was made before the move: its `base_revision` is below R;
2. it comes from a device the user signed in on before the move;
3. that device has not yet taken in the move: it has not pulled from a cursor at or past R
   (the client pushes its unsent edits before it stores that cursor, so a device that
   pulls from R has delivered everything it had);
4. it arrives within `GRACE` of the move;
5. a change to an existing row names the revision it was made on (`base_revision` > 0),
   unless the device created that row itself after the move (its offline creation
   arrived in the grace, and the edits that followed it have no revision to name).
Anything else is refused (`forbidden`), and nothing of the row comes back. A field such an
edit loses against the new owner's newer value is recorded as a conflict of the new owner.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from desktop.models import utcnow
from server.core.db import write_session
from server.models import Device, FieldVersion, ScopeAck, ScopeChange
from server.sync.changes import Actor, created_in_push
from server.sync.rules import Rejection
from server.sync.scope import Scope

GRACE = timedelta(days=14)


def _aware(moment: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without their zone; every stored one is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _moved(reason: str) -> Rejection:
    return Rejection("forbidden", "This territory was moved to another representative; "
                     f"{reason} Your change was not applied.")


def with_grace(session: Session, scope: Scope, actor: Actor, *, table: str, row,
               base_revision: int, territories: set[str | None]) -> Scope:
    """The scope extended by the territories of `territories` the caller lost, when the
    mutation may still be delivered there (see the module's rule); raises Rejection when a
    lost territory is involved and it may not."""
    missing = sorted(t for t in territories if t and not scope.has_territory(t))
    if not missing:
        return scope
    latest: dict[str, ScopeChange] = {}
    for entry in session.exec(select(ScopeChange).where(
            ScopeChange.user_id == scope.user_id, ScopeChange.territory_id.in_(missing))
            .order_by(ScopeChange.revision)):
        latest[entry.territory_id] = entry
    moves = [e for e in latest.values() if e.change == "lost"]
    for move in moves:
        _check_grace(session, actor, move, table=table, row=row, base_revision=base_revision)
    if not moves:
        return scope
    return replace(scope, territory_ids=scope.territory_ids | {m.territory_id for m in moves})


def _check_grace(session: Session, actor: Actor, move: ScopeChange, *, table: str, row,
                 base_revision: int) -> None:
    if base_revision >= move.revision:
        raise _moved("this change was made after the move.")
    moved_at = _aware(move.at)
    if moved_at is None or utcnow() - moved_at > GRACE:
        raise _moved(f"edits made before the move were accepted for {GRACE.days} days "
                     "after it, and that time is over.")
    device = session.exec(select(Device).where(Device.user_id == actor.user_id,
                                               Device.device_id == actor.device_id)).first()
    if device is None or _aware(device.first_seen_at) > moved_at:
        raise _moved("this device was signed in after the move and holds nothing from "
                     "before it.")
    if session.get(ScopeAck, (actor.user_id, actor.device_id, move.revision)) is not None:
        raise _moved("this device has already delivered what it had from before the move.")
    if row is not None and base_revision == 0 and not _created_here_after(
            session, table, row, move.revision):
        raise _moved("a change to an existing record must name the revision it was made "
                     "on (base_revision).")


def _created_here_after(session: Session, table: str, row, revision: int) -> bool:
    """Was `row` created after `revision` (in this very push, or in an earlier one)?"""
    if row in session.new or created_in_push(session).get((table, row.id)) is row:
        return True
    with session.no_autoflush:
        first = session.exec(select(func.min(FieldVersion.revision)).where(
            FieldVersion.table_name == table, FieldVersion.row_id == row.id)).one()
    return first is not None and first > revision


def conflict_owner(lookup, scope: Scope, actor: Actor, territory_id: str | None) -> str:
    """Who sees a conflict record: the pusher, or, for an edit delivered to a territory the
    pusher has lost, the territory's owner now (the loser could never see it again)."""
    if scope.has_territory(territory_id) or not territory_id:
        return actor.user_id or ""
    territory = lookup("territory", territory_id)
    return (territory.owner_user_id if territory is not None else None) or actor.user_id or ""


def note_pull(session: Session, *, user_id: str, device_id: str, cursor: int,
              moves: list[int]) -> None:
    """A device pulled from `cursor`: it has taken in every move it lost up to there, and
    its grace for them ends. Writes (in its own short transaction) only the first time.
    `moves`: those losses (revisions up to `cursor`, within the grace), as the pull read
    them (`pull.pull_page`'s `losses`)."""
    if not moves:
        return
    seen = set(session.exec(select(ScopeAck.revision).where(
        ScopeAck.user_id == user_id, ScopeAck.device_id == device_id,
        ScopeAck.revision.in_(moves))).all())
    fresh = sorted(set(moves) - seen)
    if not fresh:
        return
    with write_session(session.get_bind()) as writer:
        writer.add_all(ScopeAck(user_id=user_id, device_id=device_id, revision=revision)
                       for revision in fresh)
        try:
            writer.commit()
        except IntegrityError:  # the same device pulling twice at once: one of them wrote
            writer.rollback()
