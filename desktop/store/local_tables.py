"""Tables that exist only in the client's local store (never synced, never on the server)."""

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field

from desktop.models.base import LocalBase, utcnow


class OutboxEntry(LocalBase, table=True):
    """One local change waiting for the server's confirmation.

    `seq` is the device's mutation sequence number: AUTOINCREMENT never reuses a value, so the
    server can recognise a replayed mutation by (device_id, seq). The entry is written in the
    same transaction as the change and deleted only once the server has confirmed it.
    """

    __tablename__ = "outbox"
    __table_args__ = {"sqlite_autoincrement": True}
    seq: int | None = Field(default=None, primary_key=True)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    op: str = Field(max_length=8)  # create | update | delete
    changes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    base_revision: int = 0  # the row's revision when the change was made
    # Fields whose base is older than `base_revision`: field -> the revision at which the
    # user last saw the server's value of it (a pending edit of the field covered what
    # later pulls brought; docs/decisions/0020-what-the-user-saw.md).
    field_bases: dict = Field(default_factory=dict, sa_column=Column(
        JSON, nullable=False, server_default="{}"))
    priority: int = 0  # > 0 is pushed first (suspected adverse reactions)
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = 0
    last_error: str | None = None


class SyncState(LocalBase, table=True):
    """Small key/value facts of this store: device id, pull cursor, last successful sync."""

    __tablename__ = "sync_state"
    key: str = Field(primary_key=True, max_length=40)
    value: str


class SyncConflict(LocalBase, table=True):
    """A field where this user's value lost a conflict on the server (the server's value was
    kept). Shown to the user, who can restore their value (an ordinary new update) or dismiss.

    `id` is the server's conflict id, so a replayed push stores the same record once.
    Values are stored as they travel on the wire (JSON).
    """

    __tablename__ = "sync_conflict"
    id: str = Field(primary_key=True, max_length=36)
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    field: str = Field(max_length=60)
    my_value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    server_value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    winner: str = Field(default="server", max_length=12)
    seq: int | None = None  # the outbox entry whose value lost
    created_at: datetime = Field(default_factory=utcnow)


class SyncRejection(LocalBase, table=True):
    """A local change the server refused (nothing of it was applied), with the server's code
    and reason, kept for the user to see. The rejected change itself is kept too (`changes`)."""

    __tablename__ = "sync_rejection"
    seq: int = Field(primary_key=True)  # the outbox entry that was refused
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36, index=True)
    op: str = Field(max_length=8)
    changes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    code: str = Field(max_length=40)
    reason: str
    server_row: dict | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = Field(default_factory=utcnow)


class SyncConfirmation(LocalBase, table=True):
    """A change of this device the server confirmed (applied or merged) at `revision`, kept
    as it was pushed so that it can be sent again if the server loses it (restored from a
    backup: desktop/sync/restore.py). Pruned after `desktop.sync.confirmations.KEEP_DAYS`."""

    __tablename__ = "sync_confirmation"
    seq: int = Field(primary_key=True)  # the outbox entry that was confirmed
    table_name: str = Field(max_length=40)
    row_id: str = Field(max_length=36)
    op: str = Field(max_length=8)
    changes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    base_revision: int = 0
    revision: int = Field(index=True)
    confirmed_at: datetime = Field(default_factory=utcnow, index=True)
