"""A device is a device of one user: the replay log, the push lock and the merge's "same
device" all key a device id by the user who signed in with it.

A device id is chosen by the client and is no secret (it is in logs, audit exports, support
screenshots). Keyed by (user, device), another user who signs in with a copied device id
shares nothing with the real device: not its stored results (which hold full rows), not its
sequence numbers, not its standing in the per-field merge. See docs/decisions/0015.
"""

from __future__ import annotations

import functools

import orjson
from sqlalchemy import JSON, String, bindparam, cast, func, insert, literal_column, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlmodel import Session, select

from desktop.models import utcnow
from server.models import FieldVersion, MutationLog
from server.sync.changes import AT_SLOT, Actor

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
    return {seq: outcome for seq, outcome in session.connection().execute(_STORED, {
        "user_id": actor.user_id, "device_id": actor.device_id, "seqs": seqs})}


_STORED = select(MutationLog.seq, MutationLog.outcome).where(
    MutationLog.user_id == bindparam("user_id"), MutationLog.device_id == bindparam("device_id"),
    MutationLog.seq.in_(bindparam("seqs", expanding=True)))


def log_outcomes(session, actor: Actor, outcomes: dict[int, dict],
                 numbered: dict[int, dict] | None = None) -> None:
    """Store the answers given for {seq: outcome} (one bulk insert each kind) through
    `session` (a Session or a `server.core.db.SentTogether`). `numbered`: {seq: parameters
    from `PendingRevisions.commit`'s `at_slot`} for answers about a row this push changed,
    whose `row.revision` (and `revision`) the database fills in (the push's revisions are
    not known when the answers are sent)."""
    if not outcomes:
        return
    numbered = numbered or {}
    now = utcnow()
    kinds: dict[tuple[str, ...], list[dict]] = {}
    for seq, outcome in outcomes.items():
        params = {"user_id": actor.user_id, "device_id": actor.device_id, "seq": seq,
                  "at": now, "answer": orjson.dumps(outcome).decode(), **numbered.get(seq, {})}
        # (a refusal has no `revision` of its own, only its row's)
        paths = (() if seq not in numbered else ("row,revision",) if "revision" not in outcome
                 else ("revision", "row,revision"))
        kinds.setdefault(paths, []).append(params)
    dialect = session.get_bind().dialect.name
    for paths, params in kinds.items():
        session.execute(_insert_outcomes(dialect, paths), params)


def same_device(version: FieldVersion, actor: Actor) -> bool:
    """Whether `actor` made the field's last change (then it is not in conflict with itself).
    A version from before devices were keyed by user (no user) is another device's."""
    return (version.user_id is not None and version.user_id == actor.user_id
            and version.device_id == actor.device_id)


@functools.cache
def _insert_outcomes(dialect_name: str, paths: tuple[str, ...]):
    """INSERT of answers given as JSON text (`answer`), with the slot's revision
    (`server.sync.changes.AT_SLOT`) written at `paths` ("row,revision": answer["row"]
    ["revision"]); built once per dialect and paths."""
    filled = bindparam("answer", type_=String)
    if dialect_name == "postgresql":
        filled = cast(filled, JSONB)
        for path in paths:
            filled = func.jsonb_set(filled, literal_column(f"'{{{path}}}'"),
                                    func.to_jsonb(AT_SLOT))
        filled = cast(filled, JSON)
    elif paths:
        filled = func.json_set(filled, *[x for path in paths
                                         for x in ("$." + path.replace(",", "."), AT_SLOT)])
    return insert(MutationLog.__table__).values(outcome=filled).inline()
