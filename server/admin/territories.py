"""Moving a territory to another representative: the customers and their whole history
follow the territory (the new owner's next pull gains it, the old owner's loses it)."""

from __future__ import annotations

from sqlmodel import Session

from desktop.domain.workflows import REP
from desktop.models import row_values
from server.accounts.users import AccountError, find_territory, find_user
from server.models import AuditEntry, ScopeChange
from server.sync.changes import SERVER_ACTOR, Actor, save_row
from server.sync.revisions import lock_revisions


def reassign_territory(session: Session, *, territory: str, to_username: str,
                       actor: Actor = SERVER_ACTOR) -> dict:
    """Make `to_username` the owner of `territory` (id, code or name)."""
    lock_revisions(session)
    row = find_territory(session, territory)
    if row is None:
        raise AccountError(f"There is no territory {territory!r}.")
    user = find_user(session, to_username)
    if user is None:
        raise AccountError(f"There is no user {to_username!r}; add them first with "
                           "'rounds-server user add'.")
    if user.role != REP:
        raise AccountError(f"{to_username!r} is a {user.role}; territories belong to "
                           "representatives.")
    if user.region_id and user.region_id != row.region_id:
        raise AccountError(f"{to_username!r} works in another region than territory "
                           f"{territory!r}.")
    previous = row.owner_user_id
    if previous == user.id:
        return {"territory_id": row.id, "from": previous, "to": user.id, "changed": False}
    old = row_values(row)
    row.owner_user_id = user.id
    revision, _ = save_row(session, actor, "territory", row, old)
    if previous:
        session.add(ScopeChange(revision=revision, user_id=previous, territory_id=row.id,
                                change="lost"))
    session.add(ScopeChange(revision=revision, user_id=user.id, territory_id=row.id,
                            change="gained"))
    if not user.region_id:
        user.region_id = row.region_id
        session.add(user)
    session.add(AuditEntry(user_id=actor.user_id, device_id=actor.device_id,
                           action="reassign", table_name="territory", row_id=row.id,
                           field="owner_user_id", old_value=previous, new_value=user.id,
                           revision=revision))
    return {"territory_id": row.id, "from": previous, "to": user.id, "changed": True,
            "revision": revision}


