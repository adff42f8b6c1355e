"""Call-frequency targets per tier: anyone signed in reads those that apply to them; a
manager sets their region's, an administrator any (also company-wide)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter
from pydantic import BaseModel, ConfigDict, Field

from desktop.domain.workflows import ADMIN
from desktop.models.enums import Tier
from server.accounts.users import find_region
from server.admin.targets import (
    MAX_CALLS_PER_MONTH,
    TargetError,
    TargetForbidden,
    check_target_right,
    list_targets,
    set_target,
)
from server.api.deps import CurrentUser, SessionDep, WriteSessionDep
from server.core.errors import ApiError, error_responses, forbidden, not_found
from server.core.wire import SafeText, WireInt
from server.sync.changes import Actor

router = APIRouter(prefix="/targets", tags=["targets"])
TierName = Literal[tuple(t.value for t in Tier)]  # type: ignore[valid-type]


class TargetIn(BaseModel):
    model_config = ConfigDict(strict=True)
    tier: TierName
    calls_per_month: WireInt = Field(ge=0, le=MAX_CALLS_PER_MONTH)
    region_id: SafeText | None = Field(default=None, max_length=36)  # None: company-wide
    product_id: SafeText | None = Field(default=None, max_length=36)


@router.get("")
def read_targets(principal: CurrentUser, session: SessionDep) -> dict:
    user = principal.user
    return {"targets": list_targets(session, user.region_id, every_region=user.role == ADMIN)}


@router.put("", responses=error_responses(403, 404))
def put_target(body: TargetIn, principal: CurrentUser, session: WriteSessionDep) -> dict:
    user = principal.user
    if body.region_id and find_region(session, body.region_id) is None:
        raise not_found("That region")
    try:
        check_target_right(user.role, user.region_id, body.region_id)
        result = set_target(session, tier=body.tier, calls_per_month=body.calls_per_month,
                            region=body.region_id, product_id=body.product_id,
                            actor=Actor(user.id, principal.device_id))
    except TargetForbidden as exc:
        raise forbidden(str(exc)) from None
    except TargetError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from None
    session.commit()
    return result
