"""The sync API: push, pull, snapshot, and the caller's conflict records."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from annotated_types import Ge, Le
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from sqlalchemy.exc import DBAPIError
from sqlmodel import select

from desktop.models import utcnow
from server.api.deps import (
    CurrentUser,
    SessionDep,
    SettingsDep,
    WriteSessionDep,
    check_schema_version,
    schema_error,
)
from server.core.errors import ApiError, error_responses, forbidden, not_found
from server.core.wire import WIRE_INT_MAX, SafeText, WireInt, json_integer
from server.models import Conflict
from server.sync import pull as pull_logic
from server.sync import snapshot as snapshot_logic
from server.sync import snapshot_transfer
from server.sync.changes import Actor
from server.sync.epoch import MAX_VERIFY, current_epoch, verify_answer
from server.sync.push import push_batch
from server.sync.territory_moves import note_pull
from server.sync.values import check_unique_seqs

router = APIRouter(prefix="/sync", tags=["sync"], dependencies=[Depends(check_schema_version)])


def json_response(body: dict, request: Request) -> Response:
    """Sync answers (up to a few MB of rows) encoded by orjson (docs/decisions/0008), in
    Zstandard when the request accepts it (`snapshot_transfer.answer_response`)."""
    return snapshot_transfer.answer_response(body, request.headers.get("accept-encoding"))


# (the bounds before WireInt's validator, or the OpenAPI document would not show them)
FieldBase = Annotated[int, Ge(0), Le(WIRE_INT_MAX), BeforeValidator(json_integer)]


class MutationIn(BaseModel):
    model_config = ConfigDict(strict=True)  # "1" or true is no seq (41.0 is 41: WireInt)
    seq: WireInt = Field(ge=0, le=WIRE_INT_MAX)
    table: SafeText = Field(min_length=1, max_length=40)
    row_id: SafeText = Field(min_length=1, max_length=36)
    op: Literal["create", "update", "delete"]
    base_revision: WireInt = Field(default=0, ge=0, le=WIRE_INT_MAX)
    changes: dict[str, Any] = Field(default_factory=dict)
    # field -> the revision the client last saw it at, where older than base_revision
    # (optional: a client that does not send it has every field on base_revision). Names
    # are only looked up among those of the changes, which are checked.
    field_bases: dict[str, FieldBase] = Field(default_factory=dict)


class PushIn(BaseModel):
    model_config = ConfigDict(strict=True)
    device_id: SafeText = Field(min_length=1, max_length=64)
    schema_version: WireInt = Field(le=WIRE_INT_MAX)
    mutations: list[MutationIn]

    @model_validator(mode="after")
    def _seqs_unique(self):
        check_unique_seqs([m.seq for m in self.mutations])
        return self


def check_push(settings, principal, schema_version: int, device_id: str,
               mutations: int) -> None:
    """Refuse a push of another schema, of another device's token, or too large."""
    if not (settings.min_client_schema_version <= schema_version
            <= settings.schema_version):
        raise schema_error(settings, schema_version)
    if device_id != principal.device_id:
        raise forbidden("This token was issued to another device; sign in on this device.")
    if mutations > settings.max_push_mutations:
        raise ApiError(413, "body_too_large", f"At most {settings.max_push_mutations} "
                       "mutations a batch; split the push.")


def apply_push(session, settings, principal, mutations: list[dict]) -> dict:
    """Apply and commit a push batch; its results (a 503 on a deadlock: nothing applied)."""
    try:
        scope = replace(principal.scope, quotas_need_approval=settings.quotas_need_approval)
        result = push_batch(session, scope=scope,
                            actor=Actor(principal.user.id, principal.device_id),
                            mutations=mutations, commit=True)
    except DBAPIError as exc:
        # Two pushes that lock the same rows in opposite order: PostgreSQL aborts one.
        if "deadlock" not in str(exc.orig).lower():
            raise
        session.rollback()
        raise ApiError(503, "busy", "The server was busy with a conflicting change; the "
                       "push was not applied, retry it.", headers={"Retry-After": "1"}) from None
    return result


@router.post("/push", responses=error_responses(403, 503))
def push(body: PushIn, principal: CurrentUser, session: WriteSessionDep,
         settings: SettingsDep, request: Request) -> Response:
    check_push(settings, principal, body.schema_version, body.device_id, len(body.mutations))
    return json_response(apply_push(session, settings, principal,
                                    [m.model_dump() for m in body.mutations]), request)


def pull_answer(session, principal, cursor: int, limit: int,
                known: dict[tuple[str, str], int] | None = None) -> dict:
    """A pull page after `cursor` with the server's epoch; 409 when the cursor is ahead.
    `known`: rows the caller holds already, left out of the page (`pull.pull_page`)."""
    server_revision, epoch, scope_changes = pull_logic.page_start(
        session, user_id=principal.scope.user_id, cursor=cursor)
    if cursor > server_revision:
        raise ApiError(409, "cursor_ahead", "Your sync position is ahead of this server: it "
                       "was restored from a backup. Send again the changes it lost (POST "
                       "/sync/verify says which), then download everything afresh from "
                       "/sync/snapshot.")
    losses: list[int] = []
    page = pull_logic.pull_page(session, scope=principal.scope, cursor=cursor, limit=limit,
                                server_revision=server_revision, losses=losses, known=known,
                                scope_changes=scope_changes)
    note_pull(session, user_id=principal.user.id, device_id=principal.device_id, cursor=cursor,
              moves=losses)
    page["epoch"] = epoch
    return page


@router.get("/pull", responses=error_responses(409))
def pull(principal: CurrentUser, session: SessionDep, request: Request,
         cursor: Annotated[int, Query(ge=0, le=WIRE_INT_MAX)] = 0,
         limit: Annotated[int, Query(ge=1, le=pull_logic.MAX_LIMIT)] = pull_logic.DEFAULT_LIMIT,
         ) -> Response:
    return json_response(pull_answer(session, principal, cursor, limit), request)


class VerifyItem(BaseModel):
    model_config = ConfigDict(strict=True)
    table: SafeText = Field(min_length=1, max_length=40)
    row_id: SafeText = Field(min_length=1, max_length=36)
    revision: WireInt = Field(ge=0, le=WIRE_INT_MAX)


class VerifyIn(BaseModel):
    model_config = ConfigDict(strict=True)
    rows: list[VerifyItem] = Field(default_factory=list, max_length=MAX_VERIFY)


@router.post("/verify")
def verify(body: VerifyIn, principal: CurrentUser, session: SessionDep,
           request: Request) -> Response:
    """The server's epoch and revision, the caller's territories, and for each row the
    caller saw the server confirm at a revision: the row's revision now and whether the
    server still holds that change (a row the caller may not see is answered like a missing
    one)."""
    return json_response(verify_answer(session, scope=principal.scope,
                                       items=[i.model_dump() for i in body.rows]), request)


def _territory_param(principal, territory_id: str | None) -> str | None:
    if territory_id is not None and not principal.scope.has_territory(territory_id):
        raise not_found("That territory")
    return territory_id


@router.get("/snapshot/start", responses=error_responses(404))
def snapshot_start(principal: CurrentUser, session: SessionDep, request: Request,
                   territory_id: SafeText | None = None) -> Response:
    territory_id = _territory_param(principal, territory_id)
    answer = snapshot_logic.start(session, scope=principal.scope, territory_id=territory_id)
    answer["epoch"] = current_epoch(session)
    return json_response(answer, request)


SnapshotTable = Literal[tuple(snapshot_logic.SNAPSHOT_TABLES)]  # type: ignore[valid-type]


@router.get("/snapshot/rows", responses=error_responses(404))
def snapshot_rows(request: Request, principal: CurrentUser, session: SessionDep,
                  table: SnapshotTable,
                  after: SafeText | None = None, territory_id: SafeText | None = None,
                  limit: Annotated[int, Query(ge=1, le=snapshot_logic.MAX_PAGE)] = 5000,
                  layout: Literal[snapshot_logic.LAYOUTS] = "rows",  # type: ignore[valid-type]
                  datetimes: Literal[snapshot_logic.DATETIME_FORMS] = "wire",  # type: ignore[valid-type]
                  ) -> Response:
    territory_id = _territory_param(principal, territory_id)
    if table not in snapshot_logic.snapshot_tables(territory_id) \
            or not principal.scope.reads_table(table):
        raise ApiError(404, "not_found", f"table: {table!r} is not part of this territory's "
                       "snapshot; use the tables listed by /sync/snapshot/start.")
    page = snapshot_logic.rows_page(
        session, scope=principal.scope, table=table, after=after or None, limit=limit,
        territory_id=territory_id, layout=layout, datetimes=datetimes)
    return snapshot_transfer.page_response(page, request.headers.get("accept-encoding"))


def _conflict_public(c: Conflict) -> dict:
    return {"id": c.id, "table": c.table_name, "row_id": c.row_id, "field": c.field,
            "your_value": c.your_value, "server_value": c.server_value, "winner": c.winner,
            "device_id": c.device_id, "revision": c.revision, "at": c.at.isoformat(),
            "resolved_at": c.resolved_at.isoformat() if c.resolved_at else None}


@router.get("/conflicts")
def conflicts(principal: CurrentUser, session: SessionDep) -> dict:
    """The caller's unresolved conflicts (values of theirs that lost a merge)."""
    rows = session.exec(select(Conflict).where(
        Conflict.user_id == principal.user.id, Conflict.resolved_at.is_(None))
        .order_by(Conflict.at)).all()
    return {"conflicts": [_conflict_public(c) for c in rows]}


@router.post("/conflicts/{conflict_id}/resolve", responses=error_responses(404))
def resolve_conflict(conflict_id: SafeText, principal: CurrentUser,
                     session: WriteSessionDep) -> dict:
    """Mark a conflict seen and settled (restoring a value is an ordinary update)."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None or conflict.user_id != principal.user.id:
        raise not_found("That conflict")
    if conflict.resolved_at is None:
        conflict.resolved_at = utcnow()
        session.add(conflict)
        session.commit()
    return _conflict_public(conflict)
