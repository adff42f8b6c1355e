"""`POST /sync/cycle`: an ordinary sync cycle in one request (docs/sync-protocol.md, decision
0031): the verify of decision 0021, a push batch and the first pull page.

The push is applied only when the verify finds nothing unusual: the client's known epoch is
the server's, its cursor is not ahead of the server, and the server still holds every
change asked about. Otherwise the push is held (`push` null, `held` says why), no page is
read, and the client acts on the verify answer exactly as after `POST /sync/verify`: a
server restored from a backup is recovered before anything is pushed to it.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field, model_validator

from server.api.deps import (
    CurrentUser,
    SettingsDep,
    WriteSessionDep,
    check_schema_version,
)
from server.api.routes.sync import (
    MutationIn,
    VerifyItem,
    apply_push,
    check_push,
    json_response,
    pull_answer,
)
from server.core.db import read_session
from server.core.errors import error_responses
from server.core.wire import WIRE_INT_MAX, SafeText, WireInt
from server.sync import pull as pull_logic
from server.sync.epoch import MAX_VERIFY, verify_answer
from server.sync.values import check_unique_seqs

router = APIRouter(prefix="/sync", tags=["sync"], dependencies=[Depends(check_schema_version)])


class CycleIn(BaseModel):
    model_config = ConfigDict(strict=True)
    device_id: SafeText = Field(min_length=1, max_length=64)
    schema_version: WireInt = Field(le=WIRE_INT_MAX)
    #: the epoch the client knows ("" when none yet)
    epoch: SafeText = Field(default="", max_length=64)
    verify: list[VerifyItem] = Field(default_factory=list, max_length=MAX_VERIFY)
    mutations: list[MutationIn] = Field(default_factory=list)
    cursor: WireInt = Field(ge=0, le=WIRE_INT_MAX)
    limit: WireInt = Field(default=pull_logic.DEFAULT_LIMIT, ge=1, le=pull_logic.MAX_LIMIT)
    #: false: no page in the answer (the client has more of its outbox to push first, and
    #: would throw the page away)
    pull: bool = True

    @model_validator(mode="after")
    def _seqs_unique(self):
        check_unique_seqs([m.seq for m in self.mutations])
        return self


def held_reason(body: CycleIn, verified: dict) -> str | None:
    """Why the push must wait for the client's own look at the verify answer, if it must:
    another epoch, a cursor ahead of the server, or a change the server no longer holds
    (possibly just a row that left the caller's scope: the client tells)."""
    if body.epoch and verified["epoch"] and body.epoch != verified["epoch"]:
        return "epoch"
    if body.cursor > int(verified["server_revision"]):
        return "cursor_ahead"
    if not all(v["holds"] for v in verified["rows"]):
        return "verify"
    return None


@router.post("/cycle", responses=error_responses(403, 503))
def cycle(body: CycleIn, principal: CurrentUser, session: WriteSessionDep,
          settings: SettingsDep, request: Request) -> Response:
    """Verify, push (only when the verify finds nothing unusual) and the first pull page
    after `cursor`, which then includes the server's copies of the rows just pushed (no page
    when the client asks for none)."""
    check_push(settings, principal, body.schema_version, body.device_id, len(body.mutations))
    verified = verify_answer(session, scope=principal.scope,
                             items=[i.model_dump() for i in body.verify])
    held = held_reason(body, verified)
    answer = {"verify": verified, "push": None, "pull": None}
    if held is not None:
        answer["held"] = held
        return json_response(answer, request)
    known: dict[tuple[str, str], int] = {}
    if body.mutations:
        answer["push"] = apply_push(session, settings, principal,
                                    [m.model_dump() for m in body.mutations])
        known = answered_rows(body.mutations, answer["push"]["results"])
    else:
        session.rollback()  # nothing to write: release SQLite's write lock before reading
    if not body.pull:  # the client has more to push before it pulls
        return json_response(answer, request)
    # The page in a transaction of its own, after the push committed. On SQLite a reading
    # session (a writing one would hold the write lock while note_pull writes in another);
    # on PostgreSQL the request's session goes on (a new transaction holds no lock until it
    # writes, and no second connection is taken from the pool).
    if session.get_bind().dialect.name == "postgresql":
        answer["pull"] = pull_answer(session, principal, body.cursor, body.limit, known)
        return json_response(answer, request)
    with read_session(request.app.state.engine) as reader:
        answer["pull"] = pull_answer(reader, principal, body.cursor, body.limit, known)
    return json_response(answer, request)


def answered_rows(mutations: list[MutationIn], results: list[dict]) -> dict[tuple[str, str], int]:
    """(table, row id) → revision of the rows the push answer carries (applied or merged):
    the client stores them from the answer, so the page leaves them out while they are
    still at that revision (decision 0037). A row changed twice keeps its last answer."""
    tables = {m.seq: (m.table, m.row_id) for m in mutations}
    return {tables[r["seq"]]: r["revision"] for r in results
            if r.get("status") in ("applied", "merged") and r.get("revision")
            and r.get("row") is not None and r["seq"] in tables}
