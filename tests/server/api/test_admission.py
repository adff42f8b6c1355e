"""A burst of requests larger than the database connection pool is served, not failed.

Routes and dependencies run on FastAPI's thread pool and hold a connection from
authentication to the answer; without admission control a burst left connection holders
waiting for threads and threads waiting for connections until the pool timed out."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from fastapi.testclient import TestClient
from sqlalchemy import create_engine

from server.core.config import Settings
from server.main import create_app
from tests.server.helpers import Api, make_world
from tests.servers import serve

BURST = 150


@pytest.mark.postgres
def test_a_burst_of_syncs_larger_than_the_connection_pool_all_succeed(pg_database, tmp_path):
    from server.core.db import migrate

    # A pool of 3 connections that gives up after 3 s, so a starved request fails fast.
    engine = create_engine(pg_database, pool_size=3, max_overflow=0, pool_timeout=3,
                           pool_pre_ping=True)
    migrate(engine)
    settings = Settings(database_url=pg_database, server_data_dir=tmp_path,
                        max_concurrent_requests=3)
    app = create_app(settings, engine=engine, run_migrations=False)
    with TestClient(app) as client:
        world = make_world(Api(client), engine)
    live = serve(app)
    try:
        headers = world.rep_a.headers

        def pull(_):
            return requests.get(f"{live.url}/api/v1/sync/pull", params={"cursor": 0},
                                headers=headers, timeout=60).status_code

        with ThreadPoolExecutor(BURST) as pool:
            codes = list(pool.map(pull, range(BURST)))
        assert codes == [200] * BURST
    finally:
        live.stop()
        engine.dispose()
