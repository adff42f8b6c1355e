"""Server test fixtures: every test runs against SQLite and PostgreSQL.

One migrated database per backend per test session (PostgreSQL: a uniquely named database,
dropped at the end, because other engineers run tests at the same time). Tests isolate
themselves by creating their own region, territories and users (`world` fixture).
"""

from __future__ import annotations

import os
import secrets
from contextlib import ExitStack, contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.core import security
from server.core.config import Settings
from server.core.db import create_server_engine, migrate
from server.main import create_app
from tests.server.helpers import Api, make_world
from tests.servers import serve

PG_URL = os.environ.get("ROUNDS_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/rounds_test")
security.use_fast_hashing_for_tests()
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pg_unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required under CI but unreachable: {reason}")
    pytest.skip(f"PostgreSQL unreachable: {reason}")


@contextmanager
def _new_pg_database():
    """The URL of a new, uniquely named PostgreSQL database; dropped afterwards."""
    base = make_url(PG_URL)
    name = f"rounds_test_{os.getpid()}_{secrets.token_hex(4)}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # noqa: BLE001 - any connection failure means unreachable
        admin.dispose()
        _pg_unavailable(str(exc).splitlines()[0])
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_database():
    """A fresh PostgreSQL database for this session; dropped afterwards."""
    with _new_pg_database() as url:
        yield url


@pytest.fixture
def new_empty_database(backend, tmp_path):
    """For tests of migrations: call it for the URL of a new, empty database on the test's
    backend (PostgreSQL ones are dropped after the test)."""
    with ExitStack() as stack:
        def make() -> str:
            if backend == "sqlite":
                return f"sqlite:///{tmp_path / f'empty-{secrets.token_hex(4)}.sqlite3'}"
            return stack.enter_context(_new_pg_database())

        yield make


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture(scope="session")
def server_settings(backend, request, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp(f"server-{backend}")
    if backend == "postgres":
        url = request.getfixturevalue("pg_database")
    else:
        url = f"sqlite:///{data_dir / 'server.sqlite3'}"
    return Settings(database_url=url, server_data_dir=data_dir,
                    max_body_bytes=256 * 1024, login_free_failures=3,
                    login_first_delay_seconds=600)  # a slowed-down sign-in stays so


@pytest.fixture(scope="session")
def engine(server_settings):
    eng = create_server_engine(server_settings.db_url)
    migrate(eng)
    yield eng
    eng.dispose()


@pytest.fixture(scope="session")
def app(server_settings, engine):
    return create_app(server_settings, engine=engine, run_migrations=False)


@pytest.fixture
def api(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        yield Api(client)


@pytest.fixture
def world(api, engine):
    """A fresh region with two territories (rep_a, rep_b), its manager, an admin, and a
    foreign region with its own rep and customer; everyone signed in."""
    return make_world(api, engine)


@pytest.fixture(scope="session")
def live_url(app):
    """The app served by a real uvicorn on a free loopback port."""
    with serve(app) as live:
        yield live.url
