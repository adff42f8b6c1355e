"""Administration over HTTP (admin role only): users, password resets, territory
reassignment, and the audit log."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field, StrictBool
from sqlmodel import func, select

from desktop.domain.workflows import ADMIN
from server.accounts.tokens import end_sessions
from server.accounts.users import (
    AccountError,
    create_user,
    find_territory,
    find_user,
    public_user,
    sync_team_member,
)
from server.admin.territories import reassign_territory
from server.api.deps import AdminUser, SessionDep, WriteSessionDep
from server.core.errors import ApiError, error_responses, not_found
from server.core.security import hash_password
from server.core.wire import NonBlankText, SafeText
from server.models import AuditEntry, User
from server.sync.changes import Actor
from server.sync.revisions import lock_revisions

router = APIRouter(prefix="/admin", tags=["admin"])


class UserCreate(BaseModel):
    model_config = ConfigDict(strict=True)
    username: NonBlankText = Field(max_length=60)
    password: SafeText = Field(min_length=8, max_length=1024)
    role: Literal["rep", "manager", "admin"]
    display_name: NonBlankText | None = Field(default=None, max_length=100)
    region: NonBlankText | None = Field(default=None, max_length=100)
    territory: NonBlankText | None = Field(default=None, max_length=100)


class UserUpdate(BaseModel):
    model_config = ConfigDict(strict=True)
    display_name: NonBlankText | None = Field(default=None, max_length=100)
    password: SafeText | None = Field(default=None, min_length=8, max_length=1024)
    active: StrictBool | None = None  # true or false, not 0 or "no"


class ReassignIn(BaseModel):
    model_config = ConfigDict(strict=True)
    to_username: NonBlankText = Field(max_length=60)


def _actor(admin) -> Actor:
    return Actor(admin.user.id, admin.device_id)


@router.get("/users")
def list_users(_admin: AdminUser, session: SessionDep) -> dict:
    users = session.exec(select(User).order_by(User.username)).all()
    return {"users": [public_user(session, u) for u in users]}


@router.post("/users", status_code=201, responses=error_responses(409))
def add_user(body: UserCreate, admin: AdminUser, session: WriteSessionDep) -> dict:
    lock_revisions(session)
    try:
        user = create_user(session, username=body.username, password=body.password,
                           role=body.role, display_name=body.display_name, region=body.region,
                           territory=body.territory, actor=_actor(admin))
    except AccountError as exc:
        raise ApiError(409, "conflict", str(exc)) from None
    session.commit()
    return public_user(session, user)


def _check_not_last_admin(session, user: User) -> None:
    """Refuse to leave the server without an active administrator (nobody could add users,
    reset passwords or revoke devices over the API any more)."""
    others = session.exec(select(func.count()).select_from(User).where(
        User.role == ADMIN, User.active == True, User.id != user.id)).one()  # noqa: E712
    if user.role == ADMIN and user.active and not others:
        raise ApiError(409, "last_admin", "This is the last active administrator; make "
                       "another user an administrator before deactivating this one.")


@router.patch("/users/{user_id}", responses=error_responses(404, 409))
def update_user(user_id: SafeText, body: UserUpdate, admin: AdminUser,
                session: WriteSessionDep) -> dict:
    # Hash before the writing transaction: argon2 must not hold the write lock (decision
    # 0016); authentication's reading transaction is ended first.
    session.commit()
    new_hash = hash_password(body.password) if body.password is not None else None
    lock_revisions(session)
    user = session.get(User, user_id)
    if user is None:
        raise not_found("That user")
    # A reset or a deactivation signs every laptop of the user out.
    sign_out = body.password is not None or body.active is False and user.active
    if body.active is False:
        _check_not_last_admin(session, user)
    if body.display_name is not None:
        user.display_name = body.display_name
    if body.active is not None:
        user.active = body.active
    if new_hash is not None:
        user.password_hash = new_hash
    if sign_out:
        end_sessions(session, user)
    session.add(user)
    session.add(AuditEntry(user_id=admin.user.id, device_id=admin.device_id,
                           action="user_update", table_name="srv_user", row_id=user.id,
                           new_value=body.model_dump(exclude={"password"}, exclude_none=True)
                           | ({"password": "changed"} if body.password else {})))
    sync_team_member(session, user, _actor(admin))
    session.commit()
    return public_user(session, user)


@router.post("/territories/{territory_id}/reassign", responses=error_responses(404, 409))
def reassign(territory_id: SafeText, body: ReassignIn, admin: AdminUser,
             session: WriteSessionDep) -> dict:
    if find_territory(session, territory_id) is None:
        raise not_found("That territory")
    if find_user(session, body.to_username) is None:
        raise not_found(f"User {body.to_username!r}")
    try:
        result = reassign_territory(session, territory=territory_id,
                                    to_username=body.to_username, actor=_actor(admin))
    except AccountError as exc:  # the user is no representative, or of another region
        raise ApiError(409, "conflict", str(exc)) from None
    session.commit()
    return result


@router.get("/audit")
def audit(_admin: AdminUser, session: SessionDep, row_id: SafeText | None = None,
          limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if row_id:
        query = query.where(AuditEntry.row_id == row_id)
    return {"entries": [
        {"id": e.id, "at": e.at.isoformat(), "user_id": e.user_id, "device_id": e.device_id,
         "action": e.action, "table": e.table_name, "row_id": e.row_id, "field": e.field,
         "old_value": e.old_value, "new_value": e.new_value, "revision": e.revision}
        for e in session.exec(query)]}
