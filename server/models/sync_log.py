"""Bookkeeping of the sync: the revision counter, the change log pulls read, scope changes,
per-field versions for the merge, the per-device mutation log, and conflict records."""

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Column, DateTime, Index, text
from sqlmodel import Field

from desktop.models import new_id, utcnow
from server.models.base import ServerBase


class RevisionCounter(ServerBase, table=True):
    """One row (id 1): the last server revision handed out. Writers lock it until they
    commit, so revisions become visible in the order they were allocated."""

    __tablename__ = "srv_revision_counter"
    id: int = Field(default=1, primary_key=True)
    value: int = Field(default=0, sa_type=BigInteger)


class ChangeLog(ServerBase, table=True):
    """One entry per row change, keyed by the revision it got.

    `territory_id` is the row's territory after the change, `prev_territory_id` before it
    (when it moved: the old territory's users get a removal). Reference rows (`ref`) are
    visible by `region_id` (None = company-wide)."""

    __tablename__ = "srv_change_log"
    revision: int = Field(primary_key=True, sa_type=BigInteger, sa_column_kwargs={"autoincrement": False})
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    territory_id: str | None = Field(default=None, max_length=36)
    prev_territory_id: str | None = Field(default=None, max_length=36)
    region_id: str | None = Field(default=None, max_length=36)
    ref: bool = False
    # A pull reads the entries of its territories (now or before) and the reference
    # entries since its cursor, each through its own index (docs/decisions/0029).
    __table_args__ = (
        Index("ix_srv_change_log_territory_rev", "territory_id", "revision"),
        Index("ix_srv_change_log_prev_territory_rev", "prev_territory_id", "revision",
              postgresql_where=text("prev_territory_id IS NOT NULL"),
              sqlite_where=text("prev_territory_id IS NOT NULL")),
        Index("ix_srv_change_log_ref_rev", "revision", postgresql_where=text("ref"),
              sqlite_where=text("ref")),
    )


class ScopeChange(ServerBase, table=True):
    """A user gained or lost a territory at a revision (territory reassignment)."""

    __tablename__ = "srv_scope_change"
    id: int | None = Field(default=None, primary_key=True)
    revision: int = Field(sa_type=BigInteger, index=True)
    user_id: str = Field(max_length=36, index=True)
    territory_id: str = Field(max_length=36)
    change: str = Field(max_length=8)  # gained | lost
    # When it happened: the old owner's grace for edits made before a move is bounded in
    # time (server/sync/territory_moves.py).
    at: datetime | None = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class ScopeAck(ServerBase, table=True):
    """A device of a user pulled from a cursor at or past the revision at which the user lost
    a territory: it has taken in the move, and its grace for late edits there is over."""

    __tablename__ = "srv_scope_ack"
    user_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(primary_key=True, max_length=64)
    revision: int = Field(primary_key=True, sa_type=BigInteger,
                          sa_column_kwargs={"autoincrement": False})
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class FieldVersion(ServerBase, table=True):
    """The revision and device (the user's device: `user_id`, `device_id`) that last changed
    one field of one row (merge base)."""

    __tablename__ = "srv_field_version"
    table_name: str = Field(primary_key=True, max_length=40)
    row_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=60)
    revision: int = Field(sa_type=BigInteger)
    device_id: str | None = Field(default=None, max_length=64)
    user_id: str | None = Field(default=None, max_length=36)


class MutationLog(ServerBase, table=True):
    """The outcome of every pushed mutation, keyed by (user, device, seq): a replay returns
    it. A device id names a device only within its user (docs/decisions/0015)."""

    __tablename__ = "srv_mutation_log"
    user_id: str = Field(primary_key=True, max_length=36)
    device_id: str = Field(primary_key=True, max_length=64)
    seq: int = Field(primary_key=True, sa_type=BigInteger, sa_column_kwargs={"autoincrement": False})
    outcome: dict = Field(sa_column=Column(JSON, nullable=False))
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))


class Conflict(ServerBase, table=True):
    """A value that lost a per-field merge; shown to the losing user until resolved."""

    __tablename__ = "srv_conflict"
    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    field: str = Field(max_length=60)
    your_value: object = Field(default=None, sa_column=Column("your_value", JSON))
    server_value: object = Field(default=None, sa_column=Column("server_value", JSON))
    winner: str = Field(default="server", max_length=8)
    device_id: str = Field(max_length=64)
    user_id: str = Field(max_length=36, index=True)
    revision: int = Field(sa_type=BigInteger)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
    resolved_at: datetime | None = Field(default=None, sa_type=DateTime(timezone=True))
