"""Who is signed in, as plain values (no database layer: the start reads it with plain SQL
before that loads). `desktop.domain.identity` reads it from the store."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.domain import workflows

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


def identity_from_user(user: dict | None) -> Identity | None:
    """The identity of the user remembered at the last sign-in (None: nobody signed in)."""
    if not user or not user.get("id"):
        return None
    return Identity(user["id"], user.get("role") or workflows.REP, user.get("region_id"),
                    tuple(user.get("territory_ids") or ()),
                    user.get("display_name") or user.get("username") or "")
