"""The server's epoch: a random id that changes when the database goes back in time (it was
restored from a backup, `rounds-server restored-from-backup`). Clients keep it with their
pull cursor; another epoch tells them that revisions they hold may have been lost or handed
out again (docs/decisions/0021)."""

from datetime import datetime

from sqlalchemy import BigInteger, DateTime
from sqlmodel import Field

from desktop.models import utcnow
from server.models.base import ServerBase


class ServerEpoch(ServerBase, table=True):
    """One row (id 1): the current epoch, and the revision the database stood at when it
    began (a restored database's last revision)."""

    __tablename__ = "srv_epoch"
    id: int = Field(default=1, primary_key=True)
    epoch: str = Field(max_length=32)
    revision: int = Field(default=0, sa_type=BigInteger)
    started_at: datetime = Field(default_factory=utcnow, sa_type=DateTime(timezone=True))
