"""Who uses the app: the identity remembered at the last sign-in (works offline), or, in a
store nobody signed in to (the demo), the owner of the first territory."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlmodel import select

from desktop.domain import workflows
from desktop.models import TeamMember, Territory
from desktop.store.store import Store

#: Store state key under which the sign-in (desktop.sync.account) keeps the user's identity.
USER_STATE_KEY = "user"


@dataclass(frozen=True)
class Identity:
    user_id: str
    role: str  # rep | manager | admin | qa (complaint handler) | pv (pharmacovigilance)
    region_id: str | None
    territory_ids: tuple[str, ...]
    display_name: str = ""

    @property
    def is_manager(self) -> bool:
        return self.role in (workflows.MANAGER, workflows.ADMIN)

    @property
    def is_handler(self) -> bool:
        """A complaint handler (role qa): works the queue of complaints assigned to them."""
        return self.role == workflows.QA

    @property
    def is_pv(self) -> bool:
        """The pharmacovigilance desk (role pv): receives and reports adverse reactions."""
        return self.role == workflows.PV


def signed_in_user(store: Store) -> dict | None:
    """The identity remembered at the last sign-in, as the server sent it."""
    raw = store.state(USER_STATE_KEY)
    return json.loads(raw) if raw else None


def signed_in_user_id(store: Store) -> str | None:
    return (signed_in_user(store) or {}).get("id")


def current_identity(store: Store) -> Identity | None:
    """The signed-in user, else the owner of the first territory, else None."""
    user = signed_in_user(store)
    if user and user.get("id"):
        return Identity(user["id"], user.get("role") or workflows.REP, user.get("region_id"),
                        tuple(user.get("territory_ids") or ()),
                        user.get("display_name") or user.get("username") or "")
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
