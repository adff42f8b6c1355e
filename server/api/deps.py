"""Dependencies shared by the routes: sessions, the signed-in user, role checks, and the
schema-version check of the sync protocol."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from desktop.domain.workflows import ADMIN
from server.accounts.tokens import authenticate
from server.core.config import Settings
from server.core.db import read_session, write_session
from server.core.errors import ApiError, forbidden
from server.models import User
from server.sync.scope import Scope, user_scope

SCHEMA_HEADER = "X-Rounds-Schema-Version"


# Dependencies that only read the request are `async def`: FastAPI runs a plain `def`
# dependency in its thread pool, a hand-off to a worker thread and back for each (two of a
# sync cycle's six, decision 0037). Those that touch the database stay plain functions.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_db(request: Request) -> Iterator[Session]:
    """One session per request, shared by authentication and the route. Requests that may
    write (anything but GET/HEAD) take SQLite's write lock at once (BEGIN IMMEDIATE)."""
    opener = read_session if request.method in ("GET", "HEAD") else write_session
    with opener(request.app.state.engine) as session:
        yield session


SettingsDep = Annotated[Settings, Depends(get_settings)]
SessionDep = Annotated[Session, Depends(get_db)]
WriteSessionDep = SessionDep

_bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Principal:
    user: User
    device_id: str
    scope: Scope


def get_principal(session: SessionDep, settings: SettingsDep,
                  credentials: Annotated[HTTPAuthorizationCredentials | None,
                                         Depends(_bearer)]) -> Principal:
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise ApiError(401, "not_authenticated", "Sign in first: this request needs a "
                       "bearer token.", headers={"WWW-Authenticate": "Bearer"})
    user, device_id = authenticate(session, settings, credentials.credentials)
    return Principal(user, device_id, user_scope(session, user))


CurrentUser = Annotated[Principal, Depends(get_principal)]


async def require_admin(principal: CurrentUser) -> Principal:
    if principal.user.role != ADMIN:
        raise forbidden("Only an administrator may do this.")
    return principal


AdminUser = Annotated[Principal, Depends(require_admin)]


async def check_schema_version(
        settings: SettingsDep,
        version: Annotated[str | None, Header(alias=SCHEMA_HEADER)] = None) -> int:
    """Refuse clients whose schema this server cannot serve (426)."""
    try:
        number = int(version) if version is not None else None
    except ValueError:
        number = -1
    if number is None or not (settings.min_client_schema_version <= number
                              <= settings.schema_version):
        raise schema_error(settings, number)
    return number


def schema_error(settings: Settings, number: int | None) -> ApiError:
    if number is None:
        message = f"Send the header {SCHEMA_HEADER} with the client's schema version."
    elif number > settings.schema_version:
        message = (f"This client (schema {number}) is newer than the server (schema "
                   f"{settings.schema_version}); ask IT to update the server.")
    else:
        message = (f"This client (schema {number}) is too old for the server (needs at least "
                   f"{settings.min_client_schema_version}); update Rounds.")
    return ApiError(426, "schema_incompatible", message, extra={
        "server_schema_version": settings.schema_version,
        "min_client_schema_version": settings.min_client_schema_version})


SchemaVersion = Annotated[int, Depends(check_schema_version)]
