"""A device is a device of one user: the replay log, the push lock and the merge's "same
device" all key a device id by the user who signed in with it.

A device id is chosen by the client and is no secret (it is in logs, audit exports, support
screenshots). Keyed by (user, device), another user who signs in with a copied device id
shares nothing with the real device: not its stored results (which hold full rows), not its
sequence numbers, not its standing in the per-field merge. See docs/decisions/0015.
"""

from __future__ import annotations

from sqlalchemy import bindparam, insert, text
from sqlmodel import Session, select

from desktop.models import utcnow
from server.models import FieldVersion, MutationLog
from server.sync.changes import Actor

_DEVICE_LOCK = text("SELECT pg_advisory_xact_lock(hashtext(:device))")


def lock_device(session: Session, actor: Actor) -> None:
    """One push at a time per device of a user (PostgreSQL; SQLite's write lock covers it):
    a retry racing its original waits for it."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(_DEVICE_LOCK, {"device": f"{actor.user_id}\x1f{actor.device_id}"})


def stored_outcomes(session: Session, actor: Actor, seqs: list[int]) -> dict[int, dict]:
    """The answers already given to this user's device for `seqs` (a replay)."""
    if not seqs:
        return {}
    return {seq: outcome for seq, outcome in session.execute(_STORED, {
        "user_id": actor.user_id, "device_id": actor.device_id, "seqs": seqs})}


_STORED = select(MutationLog.seq, MutationLog.outcome).where(
    MutationLog.user_id == bindparam("user_id"), MutationLog.device_id == bindparam("device_id"),
    MutationLog.seq.in_(bindparam("seqs", expanding=True)))


def log_outcomes(session: Session, actor: Actor, outcomes: dict[int, dict]) -> None:
    """Store the answers given for {seq: outcome} (one bulk insert)."""
    if not outcomes:
        return
    now = utcnow()
    session.execute(_INSERT_OUTCOMES, [
        {"user_id": actor.user_id, "device_id": actor.device_id, "seq": seq,
         "outcome": outcome, "at": now} for seq, outcome in outcomes.items()])


def same_device(version: FieldVersion, actor: Actor) -> bool:
    """Whether `actor` made the field's last change (then it is not in conflict with itself).
    A version from before devices were keyed by user (no user) is another device's."""
    return (version.user_id is not None and version.user_id == actor.user_id
            and version.device_id == actor.device_id)


_INSERT_OUTCOMES = insert(MutationLog.__table__)
