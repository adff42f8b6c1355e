"""Alembic environment of the server database: the shared synced tables plus the
server-only tables. Run through `server.core.db.migrate`, which passes an open connection."""

from alembic import context
from sqlmodel import SQLModel

import desktop.models  # noqa: F401 - registers the synced tables
import server.models  # noqa: F401 - registers the server tables
from desktop.models import SYNCED_MODELS
from server.models import ServerBase

target_metadata = [SQLModel.metadata, ServerBase.metadata]
OWN_TABLES = set(SYNCED_MODELS) | set(ServerBase.metadata.tables)


def include_object(obj, name, type_, reflected, compare_to):
    # Other SQLModel tables imported into the process are not the server's business.
    if type_ == "table":
        return name in OWN_TABLES
    return True


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine

        engine = create_engine(context.config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
        return
    _run(connection)


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
