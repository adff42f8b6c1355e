"""Creating users and the regions/territories they work in; keeping `team_member` rows
(synced, so clients can show names) in step with the accounts."""

from __future__ import annotations

from sqlalchemy import or_
from sqlmodel import Session, select

from desktop.domain.workflows import MANAGER, REP
from desktop.models import Region, TeamMember, Territory, row_values
from server.core.security import hash_password
from server.models import ROLES, User
from server.sync.changes import SERVER_ACTOR, Actor, save_row


class AccountError(ValueError):
    """A request an administrator can fix (message says how)."""


def find_user(session: Session, username: str) -> User | None:
    return session.exec(select(User).where(User.username == username)).first()


def find_region(session: Session, key: str) -> Region | None:
    return session.exec(select(Region).where(
        or_(Region.id == key, Region.code == key, Region.name == key),
        Region.deleted == False)).first()  # noqa: E712


def optional_region_id(session: Session, key: str | None,
                       error: type[Exception] | None = None) -> str | None:
    """The id of the region named by `key` (id, code or name); None when `key` is empty
    (company-wide). A region that does not exist raises `error` (default AccountError)."""
    if not key:
        return None
    found = find_region(session, key)
    if found is None:
        raise (error or AccountError)(f"There is no region {key!r}.")
    return found.id


def find_territory(session: Session, key: str) -> Territory | None:
    return session.exec(select(Territory).where(
        or_(Territory.id == key, Territory.code == key, Territory.name == key),
        Territory.deleted == False)).first()  # noqa: E712


def ensure_region(session: Session, key: str, actor: Actor = SERVER_ACTOR) -> Region:
    region = find_region(session, key)
    if region is None:
        region = Region(name=key, code=key[:32])
        save_row(session, actor, "region", region, None)
    return region


def ensure_territory(session: Session, key: str, region: Region | None,
                     actor: Actor = SERVER_ACTOR) -> Territory:
    territory = find_territory(session, key)
    if territory is not None:
        return territory
    if region is None:
        raise AccountError(f"Territory {key!r} does not exist yet; give --region so that it "
                           "can be created in that region.")
    territory = Territory(name=key, code=key[:32], region_id=region.id)
    territory.territory_id = territory.id
    save_row(session, actor, "territory", territory, None)
    return territory


def check_password(password: str) -> None:
    if len(password) < 8:
        raise AccountError("The password must have at least 8 characters.")


def existing_user(session: Session, username: str) -> User:
    user = find_user(session, username.strip())
    if user is None:
        raise AccountError(f"There is no user {username!r}; 'rounds-server user list' shows "
                           "them.")
    return user


def create_user(session: Session, *, username: str, password: str, role: str,
                display_name: str | None = None, region: str | None = None,
                territory: str | None = None, user_id: str | None = None,
                actor: Actor = SERVER_ACTOR) -> User:
    """Create an account; creates the region and territory named when missing. A rep named
    with a territory becomes its owner; a manager named with a region becomes its manager."""
    username = username.strip()
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}; use one of: {', '.join(ROLES)}.")
    if not username:
        raise AccountError("A user name is required.")
    check_password(password)
    if find_user(session, username) is not None:
        raise AccountError(f"User {username!r} already exists.")
    region_row = ensure_region(session, region, actor) if region else None
    territory_row = ensure_territory(session, territory, region_row, actor) if territory else None
    if territory_row is not None:
        if region_row is not None and territory_row.region_id != region_row.id:
            raise AccountError(f"Territory {territory!r} belongs to another region than "
                               f"{region!r}.")
        if territory_row.owner_user_id and role == REP:
            raise AccountError(f"Territory {territory!r} already has a representative; use "
                               "'rounds-server territory reassign' to move it.")
    user = User(username=username, display_name=display_name or username, role=role,
                password_hash=hash_password(password),
                region_id=(region_row.id if region_row else
                           territory_row.region_id if territory_row else None))
    if user_id:
        user.id = user_id
    session.add(user)
    session.flush()
    if territory_row is not None and role == REP:
        old = row_values(territory_row)
        territory_row.owner_user_id = user.id
        save_row(session, actor, "territory", territory_row, old)
    if region_row is not None and role == MANAGER and not region_row.manager_user_id:
        old = row_values(region_row)
        region_row.manager_user_id = user.id
        save_row(session, actor, "region", region_row, old)
    sync_team_member(session, user, actor)
    return user


def sync_team_member(session: Session, user: User, actor: Actor = SERVER_ACTOR) -> None:
    """Create or update the synced `team_member` row of a user (id = user id)."""
    member = session.get(TeamMember, user.id)
    wanted = {"username": user.username, "display_name": user.display_name, "role": user.role,
              "region_id": user.region_id, "active": user.active}
    if member is None:
        member = TeamMember(id=user.id, **wanted)
        save_row(session, actor, "team_member", member, None)
        return
    old = row_values(member)
    if any(old[k] != v for k, v in wanted.items()):
        for key, value in wanted.items():
            setattr(member, key, value)
        save_row(session, actor, "team_member", member, old)


def user_territory_ids(session: Session, user: User) -> list[str]:
    if user.role == MANAGER:
        query = select(Territory.id).where(Territory.region_id == user.region_id)
    elif user.role == REP:
        query = select(Territory.id).where(Territory.owner_user_id == user.id)
    else:
        return []
    return sorted(session.exec(query.where(Territory.deleted == False)).all())  # noqa: E712


def public_user(session: Session, user: User) -> dict:
    """The `user` object of the API (no credentials)."""
    return {"id": user.id, "username": user.username, "display_name": user.display_name,
            "role": user.role, "region_id": user.region_id, "active": user.active,
            "territory_ids": user_territory_ids(session, user)}
