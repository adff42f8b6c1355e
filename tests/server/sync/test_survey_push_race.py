"""Two laptops of a rep push the same customer's survey of a call cycle at the same moment
(PostgreSQL, a real server over HTTP). The rep's second laptop gets the rules' refusal with
its reason, as when the pushes come one after the other, not a server error and not a
second survey: each push locks the customer it reads until it commits, so the second push
judges its survey after the first has committed.

The moment is made certain, not left to timing: the test holds the revision counter's lock
(every push takes it after judging its batch) until both pushes wait for a lock."""

from __future__ import annotations

import threading
import time

import httpx
import pytest
from sqlalchemy import text

from desktop.models import SCHEMA_VERSION
from server.core.config import Settings
from server.core.db import create_server_engine, migrate, write_session
from server.main import create_app
from server.sync.revisions import lock_revisions
from tests.server.helpers import Api, make_world, mutation
from tests.servers import serve


@pytest.fixture(scope="module")
def pg_live(pg_database, tmp_path_factory):
    engine = create_server_engine(pg_database)
    migrate(engine)
    settings = Settings(database_url=pg_database,
                        server_data_dir=tmp_path_factory.mktemp("survey-race"))
    with serve(create_app(settings, engine=engine, run_migrations=False)) as live:
        yield live.url, engine
    engine.dispose()


def _waiting_for_a_lock(engine) -> int:
    """Connections of the test database waiting for a lock (the pushes at the counter)."""
    with engine.connect() as conn:
        return conn.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar_one()


@pytest.mark.postgres
def test_the_same_survey_pushed_from_two_laptops_at_once_is_refused_not_an_error(pg_live):
    url, engine = pg_live
    with httpx.Client(base_url=url, timeout=60) as client:
        world = make_world(Api(client), engine)
        customer = world.customer(world.rep_a, name="北京大学第三医院（海淀院区）")
        laptops = {"laptop": world.rep_a,
                   "desktop": world.rep_a.api.login(world.rep_a.user["username"])}
        answers: dict = {}

        def take_survey(name: str, score: int) -> None:
            laptop = laptops[name]
            body = {"device_id": laptop.device_id, "schema_version": SCHEMA_VERSION, "mutations": [
                mutation("survey_response", customer_id=customer["id"], occasion="call_cycle",
                         cycle="2026-11", taken_at="2026-12-01T02:00:00+00:00",
                         answers={"q1": score}, taken_by_user_id=laptop.user["id"])]}
            answers[name] = laptop.post("/api/v1/sync/push", json=body)

        threads = [threading.Thread(target=take_survey, args=(name, score))
                   for name, score in (("laptop", 4), ("desktop", 2))]
        with write_session(engine) as holder:
            lock_revisions(holder)
            for thread in threads:
                thread.start()
            deadline = time.monotonic() + 30
            while _waiting_for_a_lock(engine) < 2:
                assert time.monotonic() < deadline, "the two pushes never reached the counter"
                time.sleep(0.02)
            holder.rollback()
        for thread in threads:
            thread.join(60)

    assert {name: a.status_code for name, a in answers.items()} == {"laptop": 200,
                                                                    "desktop": 200}
    results = [a.json()["results"][0] for a in answers.values()]
    assert sorted(r["status"] for r in results) == ["applied", "rejected"]
    [refused] = [r for r in results if r["status"] == "rejected"]
    assert refused["code"] == "survey_taken"
    assert "already answered the survey of this call cycle" in refused["reason"]
