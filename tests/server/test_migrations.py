"""The server's migrations against the models, on SQLite and PostgreSQL."""

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from alembic.script import ScriptDirectory
from sqlmodel import Session

from server.core.db import (
    alembic_config,
    create_server_engine,
    include_object,
    migrate,
    target_metadata,
)
from server.models import RefreshToken
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


def test_refresh_tokens_from_before_families_each_become_one(new_empty_database):
    """0008: a token from before is a family of its own; one used already stays retired."""
    engine = create_server_engine(new_empty_database())
    migrate(engine, "0007")
    tokens = sa.table("srv_refresh_token", *(sa.column(c) for c in (
        "token_hash", "user_id", "device_id", "generation", "user_generation")),
        sa.column("expires_at", sa.DateTime(timezone=True)),
        sa.column("used_at", sa.DateTime(timezone=True)))
    used_at, expires_at = datetime(2026, 11, 1, 8, tzinfo=UTC), datetime(2027, 12, 1, tzinfo=UTC)
    row = {"user_id": "u1", "device_id": "d1", "generation": 0, "user_generation": 0,
           "expires_at": expires_at}
    with engine.begin() as connection:
        connection.execute(sa.insert(tokens), [{**row, "token_hash": "a" * 64, "used_at": None},
                                               {**row, "token_hash": "b" * 64,
                                                "used_at": used_at}])
    migrate(engine)
    with Session(engine) as s:
        unused, used = (s.get(RefreshToken, c * 64) for c in "ab")
        assert (unused.family_id, unused.superseded_at, unused.revoked_at) == ("a" * 64, None,
                                                                               None)
        assert used.family_id == "b" * 64 and used.revoked_at is None
        superseded = used.superseded_at
        assert (superseded if superseded.tzinfo else superseded.replace(tzinfo=UTC)) == used_at
    engine.dispose()


def _survey(connection, survey_id: str, **values) -> None:
    row = {"id": survey_id, "customer_id": "c1", "occasion": "call_cycle", "cycle": "2026-10",
           "complaint_id": None, "taken_at": datetime(2026, 11, 3, 2, tzinfo=UTC),
           "answers": "{}", "territory_id": "t1", "revision": 1, "deleted": False,
           "created_at": datetime(2026, 11, 3, 2, tzinfo=UTC),
           "updated_at": datetime(2026, 11, 3, 2, tzinfo=UTC), **values}
    table = sa.table("survey_response", *(sa.column(k) for k in row))
    connection.execute(sa.insert(table), [row])


def test_0016_holds_one_live_survey_per_customer_and_cycle(new_empty_database):
    """A second live survey of the customer's cycle cannot be stored; a deleted one, another
    cycle or another customer can."""
    engine = create_server_engine(new_empty_database())
    migrate(engine)
    with engine.begin() as connection:
        _survey(connection, "s1")
        _survey(connection, "s2", deleted=True)
        _survey(connection, "s3", cycle="2026-09")
        _survey(connection, "s4", customer_id="c2")
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as connection:
        _survey(connection, "s5")
    engine.dispose()


def test_0016_keeps_surveys_taken_twice_before_it(new_empty_database):
    """Surveys taken twice before the rule are kept (the index waits; the rule holds)."""
    engine = create_server_engine(new_empty_database())
    migrate(engine, "0015")
    with engine.begin() as connection:
        _survey(connection, "s1")
        _survey(connection, "s2")
    migrate(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql(
            "SELECT COUNT(*) FROM survey_response WHERE NOT deleted").scalar_one() == 2
    engine.dispose()


def _follow_up_ids(engine, column: str = "id") -> list:
    with engine.connect() as connection:
        return connection.exec_driver_sql(f"SELECT {column} FROM follow_up ORDER BY id").all()


def test_0017_links_follow_ups_to_their_activity_keeping_those_from_before(new_empty_database):
    """Follow-ups stored before 0017 have no link; one written after keeps its link; going
    back to 0016 drops the column and keeps every follow-up."""
    from alembic import command

    url = new_empty_database()
    engine = create_server_engine(url)
    migrate(engine, "0016")
    now = datetime(2026, 12, 1, 2, tzinfo=UTC)
    row = {"id": "f1", "customer_id": "c1", "title": "Invite to 学术会", "due_date": "2026-12-08",
           "status": "open", "territory_id": "t1", "revision": 1, "deleted": False,
           "created_at": now, "updated_at": now}
    table = sa.table("follow_up", *(sa.column(k) for k in row))
    with engine.begin() as connection:
        connection.execute(sa.insert(table), [row])
    migrate(engine)
    linked = sa.table("follow_up", *(sa.column(k) for k in [*row, "market_activity_id"]))
    with engine.begin() as connection:
        connection.execute(sa.insert(linked), [{**row, "id": "f2", "market_activity_id": "a1"}])
    assert [tuple(r) for r in _follow_up_ids(engine, "id, market_activity_id")] == [
        ("f1", None), ("f2", "a1")]
    cfg = alembic_config(url)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0016")
    with engine.connect() as connection:
        columns = {c["name"] for c in sa.inspect(connection).get_columns("follow_up")}
    assert "market_activity_id" not in columns
    assert [r[0] for r in _follow_up_ids(engine)] == ["f1", "f2"]
    engine.dispose()
