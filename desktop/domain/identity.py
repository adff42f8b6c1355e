"""Who uses the app: the identity remembered at the last sign-in (works offline), or, in a
store nobody signed in to (the demo), the owner of the first territory."""

from __future__ import annotations

import json

from sqlmodel import select

from desktop.domain import workflows
from desktop.domain.signed_in import USER_STATE_KEY, Identity, identity_from_user  # noqa: F401
from desktop.models import TeamMember, Territory
from desktop.store.store import Store


def signed_in_user(store: Store) -> dict | None:
    """The identity remembered at the last sign-in, as the server sent it."""
    raw = store.state(USER_STATE_KEY)
    return json.loads(raw) if raw else None


def signed_in_user_id(store: Store) -> str | None:
    return (signed_in_user(store) or {}).get("id")


def current_identity(store: Store) -> Identity | None:
    """The signed-in user, else the owner of the first territory, else None."""
    identity = identity_from_user(signed_in_user(store))
    if identity is not None:
        return identity
    with store.read() as s:
        territory = s.exec(select(Territory).where(
            Territory.owner_user_id != None, Territory.deleted == False)  # noqa: E711,E712
            .order_by(Territory.code)).first()
        if territory is None:
            return None
        member = s.get(TeamMember, territory.owner_user_id)
        owned = s.exec(select(Territory.id).where(
            Territory.owner_user_id == territory.owner_user_id,
            Territory.deleted == False)).all()  # noqa: E712
    return Identity(territory.owner_user_id, workflows.REP, territory.region_id, tuple(owned),
                    member.display_name if member else "")
