"""The audit log: who changed what, when, from which device, old value → new value."""

from datetime import datetime

from sqlalchemy import JSON, BigInteger, Column, DateTime
from sqlmodel import Field

from desktop.models import utcnow
from server.models.base import ServerBase


class AuditEntry(ServerBase, table=True):
    __tablename__ = "srv_audit_log"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True), index=True)
    user_id: str | None = Field(default=None, max_length=36, index=True)
    device_id: str | None = Field(default=None, max_length=64)
    action: str = Field(max_length=24)  # create | update | delete | reassign | import | ...
    table_name: str | None = Field(default=None, max_length=40)
    row_id: str | None = Field(default=None, max_length=36, index=True)
    field: str | None = Field(default=None, max_length=60)
    old_value: object = Field(default=None, sa_column=Column("old_value", JSON))
    new_value: object = Field(default=None, sa_column=Column("new_value", JSON))
    revision: int | None = Field(default=None, sa_type=BigInteger)
