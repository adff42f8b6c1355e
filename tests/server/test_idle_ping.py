"""Pooled PostgreSQL connections are tested only after lying idle (server/core/db.py
`ping_when_idle`, decision 0037): one killed while idle is replaced and the request it was
about to serve succeeds; one in steady use costs no extra round trip."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from server.core import db
from server.core.db import create_server_engine

pytestmark = pytest.mark.postgres


@pytest.fixture
def engine(pg_database):
    engine = create_server_engine(pg_database, pool_size=2, max_overflow=0)
    yield engine
    engine.dispose()


def _backend_pid(engine) -> int:
    with engine.connect() as connection:
        return connection.execute(text("SELECT pg_backend_pid()")).scalar_one()


def _count_pings(engine, monkeypatch) -> list:
    pings = []
    real = engine.dialect.do_ping

    def counted(dbapi_connection):
        pings.append(dbapi_connection)
        return real(dbapi_connection)

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    return pings


def test_a_connection_killed_while_idle_is_replaced_before_a_request_gets_it(
        engine, pg_database, monkeypatch):
    first = _backend_pid(engine)
    assert _backend_pid(engine) == first  # the pool hands the same connection back
    admin = create_engine(pg_database, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:  # the database restarted, a firewall cut it…
        assert connection.execute(text("SELECT pg_terminate_backend(:pid)"),
                                  {"pid": first}).scalar_one()
    admin.dispose()
    monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)  # it has lain idle long enough
    pings = _count_pings(engine, monkeypatch)
    second = _backend_pid(engine)  # no error: the dead connection was tested and replaced
    assert second != first and pings


def test_a_connection_in_steady_use_is_not_tested(engine, monkeypatch):
    _backend_pid(engine)
    pings = _count_pings(engine, monkeypatch)
    for _ in range(5):
        _backend_pid(engine)
    assert pings == []
    monkeypatch.setattr(db, "IDLE_PING_SECONDS", 0.0)
    _backend_pid(engine)
    assert len(pings) == 1
