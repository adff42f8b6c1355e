"""Signing in, refreshing tokens, revoking a device, and who am I."""

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field

from server.accounts import tokens
from server.accounts.users import public_user
from server.api.deps import AdminUser, CurrentUser, SessionDep, SettingsDep, WriteSessionDep
from server.core.client_address import client_address
from server.core.errors import error_responses, not_found
from server.core.wire import SafeText

router = APIRouter(tags=["auth"])


class TokenRequest(BaseModel):
    username: SafeText = Field(min_length=1, max_length=60)
    password: SafeText = Field(min_length=1, max_length=1024)
    device_id: SafeText = Field(min_length=1, max_length=64)


class RefreshRequest(BaseModel):
    refresh_token: SafeText = Field(min_length=1, max_length=200)
    device_id: SafeText = Field(min_length=1, max_length=64)


class RevokeRequest(BaseModel):
    user_id: SafeText = Field(min_length=1, max_length=36)
    device_id: SafeText = Field(min_length=1, max_length=64)


def client_settings(settings) -> dict:
    """The server's settings a signed-in laptop works by (its quota screen saves drafts
    where the company approves quotas), sent with every token pair."""
    return {"quotas_need_approval": bool(settings.quotas_need_approval)}


@router.post("/auth/token", responses=error_responses(401, 429))
def token(body: TokenRequest, request: Request, settings: SettingsDep) -> dict:
    # No session from the dependency: login opens its own around the password hash.
    pair = tokens.login(request.app.state.engine, settings, username=body.username,
                        password=body.password, device_id=body.device_id,
                        address=client_address(request, settings.trusted_proxy_networks))
    return {**pair, "server_settings": client_settings(settings)}


@router.post("/auth/refresh", responses=error_responses(401))
def refresh(body: RefreshRequest, session: WriteSessionDep, settings: SettingsDep) -> dict:
    pair = tokens.refresh(session, settings, refresh_token=body.refresh_token,
                          device_id=body.device_id)
    session.commit()
    return {**pair, "server_settings": client_settings(settings)}


@router.post("/auth/revoke", responses=error_responses(404))
def revoke(body: RevokeRequest, _admin: AdminUser, session: WriteSessionDep) -> dict:
    if not tokens.revoke_device(session, user_id=body.user_id, device_id=body.device_id):
        raise not_found("That device of that user")
    session.commit()
    return {"revoked": True, "user_id": body.user_id, "device_id": body.device_id}


@router.get("/me")
def me(principal: CurrentUser, session: SessionDep) -> dict:
    return public_user(session, principal.user)
