"""Accounts, devices, refresh tokens and login throttling."""

from datetime import datetime

from sqlalchemy import DateTime
from sqlmodel import Field

from desktop.models import new_id, utcnow
from server.models.base import ServerBase

# qa handles complaints assigned to them; pv is the pharmacovigilance desk
# (docs/complaints.md: what each role syncs and may change).
ROLES = ("rep", "manager", "admin", "qa", "pv")


class User(ServerBase, table=True):
    """A person who signs in. A rep's territories are the territories they own
    (`territory.owner_user_id`); a manager's are those of their region."""

    __tablename__ = "srv_user"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    username: str = Field(max_length=60, unique=True, index=True)
    display_name: str = Field(max_length=100)
    role: str = Field(max_length=12)
    region_id: str | None = Field(default=None, max_length=36, index=True)
    password_hash: str = Field(max_length=255)
    active: bool = True
    # Raised when an administrator resets the password or deactivates the account: every
    # token issued before (access tokens carry it, refresh tokens keep it) stops working.
    session_generation: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    created_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Device(ServerBase, table=True):
    """A laptop a user signed in from. Revoking bumps `generation`: every token issued
    before stops working; signing in again with the password issues new ones."""

    __tablename__ = "srv_device"
    user_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(primary_key=True, max_length=64)
    generation: int = 0
    revoked_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    first_seen_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    last_seen_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class RefreshToken(ServerBase, table=True):
    """A refresh token, kept only as its SHA-256. Each refresh replaces it with a new one of
    the same family (one family per sign-in); see server/accounts/tokens.py for when a used
    one still works."""

    __tablename__ = "srv_refresh_token"
    token_hash: str = Field(primary_key=True, max_length=64)
    user_id: str = Field(max_length=36, index=True)
    device_id: str = Field(max_length=64)
    # The sign-in it descends from (tokens from before migration 0008: their own hash).
    family_id: str = Field(max_length=64, index=True)
    generation: int = 0
    user_generation: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    expires_at: datetime = Field(sa_type=DateTime(timezone=True))
    used_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    # When a newer token of the family was first used: this one must never come back.
    superseded_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
    # When the family was ended because a superseded token came back.
    revoked_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))


class LoginThrottle(ServerBase, table=True):
    """Failed sign-ins per key (see server/accounts/throttle.py), to slow down guessing."""

    __tablename__ = "srv_login_throttle"
    key: str = Field(primary_key=True, max_length=120)
    failures: int = 0
    first_failure_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    blocked_until: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
