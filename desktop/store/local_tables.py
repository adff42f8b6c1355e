"""Tables that exist only in the client's local store (never synced, never on the server)."""

from datetime import datetime

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
    base_revision: int = 0
    priority: int = 0  # > 0 is pushed first (suspected adverse reactions)
    created_at: datetime = Field(default_factory=utcnow)
    attempts: int = 0
    last_error: str | None = None


class SyncState(LocalBase, table=True):
    """Small key/value facts of this store: device id, pull cursor, last successful sync."""

    __tablename__ = "sync_state"
    key: str = Field(primary_key=True, max_length=40)
    value: str
