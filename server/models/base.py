"""Server-only tables live in their own metadata, next to the shared synced tables
(SQLModel.metadata), so that the client's migrations never see them."""

from sqlalchemy.orm import registry
from sqlmodel import SQLModel

server_registry = registry()


class ServerBase(SQLModel, registry=server_registry):
    """Base of tables that exist only on the server."""

