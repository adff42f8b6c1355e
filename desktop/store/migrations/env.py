"""Alembic environment of the client's local store (synced tables + local-only tables).

Run through `desktop.store.migrate.upgrade`, which passes an open connection in
`config.attributes["connection"]`. What the synced tables undergo is written once in
`desktop/models/migrations` and run by revisions of both sides.
"""

from alembic import context

from desktop.store.migrate import include_object, target_metadata


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
        target_metadata=target_metadata(),
        include_object=include_object,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
