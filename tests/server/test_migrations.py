"""The server's migrations against the models, on SQLite and PostgreSQL."""

from alembic.script import ScriptDirectory

from server.core.db import (
    alembic_config,
    create_server_engine,
    include_object,
    migrate,
    target_metadata,
)
from tests.schema import drift_from_models, schema_of


def test_a_new_database_matches_the_models(new_empty_database):
    engine = create_server_engine(new_empty_database())
    migrate(engine)
    with engine.connect() as connection:
        drift = drift_from_models(connection, target_metadata(), include_object)
    engine.dispose()
    assert drift == []


def test_a_database_upgraded_one_revision_at_a_time_matches_a_new_one(new_empty_database):
    stepwise_url = new_empty_database()
    stepwise, new = create_server_engine(stepwise_url), create_server_engine(new_empty_database())
    script = ScriptDirectory.from_config(alembic_config(stepwise_url))
    for revision in reversed([s.revision for s in script.walk_revisions()]):  # oldest first
        migrate(stepwise, revision)
    migrate(new)
    with stepwise.connect() as upgraded, new.connect() as fresh:
        assert schema_of(upgraded) == schema_of(fresh)
    stepwise.dispose()
    new.dispose()
