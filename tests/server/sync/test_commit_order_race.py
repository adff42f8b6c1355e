"""The commit-order race on PostgreSQL: many pushers and pullers at once against a real
uvicorn server, and against two `rounds-server serve` processes on one database with the
clients spread over both (as behind a load balancer). Every puller must end with exactly
the server's rows, so no cursor ever moved past a change that committed later with a
smaller revision; every push is applied once (no rejection, no error)."""

import random
import secrets
import threading
import time
import uuid

import httpx
import pytest
from sqlmodel import select

from desktop.models import SCHEMA_VERSION, Customer
from server.accounts.users import create_user
from server.core.config import Settings
from server.core.db import create_server_engine, migrate, read_session, write_session
from server.main import create_app
from server.sync.revisions import lock_revisions
from tests.server.helpers import HEADERS, PASSWORD
from tests.servers import serve, serve_processes

PUSHERS, PULLERS, BATCHES = 6, 3, 8


@pytest.fixture(scope="module", params=["one server", "two server processes"])
def pg_live(request, pg_database, tmp_path_factory):
    """(server URLs, engine): one uvicorn in this process, or two server processes."""
    engine = create_server_engine(pg_database)
    migrate(engine)
    work = tmp_path_factory.mktemp("race")
    if request.param == "one server":
        settings = Settings(database_url=pg_database, server_data_dir=work)
        app = create_app(settings, engine=engine, run_migrations=False)
        with serve(app) as live:
            yield [live.url], engine
    else:
        with serve_processes(pg_database, 2, workdir=work,
                             secret_key=secrets.token_urlsafe(32)) as servers:
            yield servers.urls, engine
    engine.dispose()


def _login(base, username):
    """Signed in before the race starts, one after the other: the race is about syncing
    (a server process rehashes a test-strength password at the first sign-in)."""
    device = f"race-{uuid.uuid4()}"
    r = httpx.post(f"{base}/api/v1/auth/token", headers=HEADERS, timeout=120, json={
        "username": username, "password": PASSWORD, "device_id": device})
    r.raise_for_status()
    token = r.json()["access_token"]
    client = httpx.Client(base_url=base, timeout=60, headers={
        **HEADERS, "Authorization": f"Bearer {token}"})
    return client, device


@pytest.mark.postgres
def test_concurrent_pushers_and_pullers_never_skip_a_change(pg_live):
    urls, engine = pg_live
    tag = uuid.uuid4().hex[:6]
    with write_session(engine) as session:
        lock_revisions(session)
        create_user(session, username=f"race-mgr-{tag}", password=PASSWORD, role="manager",
                    region=f"RACE-{tag}")
        for i in range(PUSHERS):
            create_user(session, username=f"race-rep{i}-{tag}", password=PASSWORD, role="rep",
                        region=f"RACE-{tag}", territory=f"RACE-{tag}-{i}")
        session.commit()
    errors: list[str] = []
    pushing_done = threading.Event()

    # clients spread over the servers: a pusher and the pullers that watch it differ
    pusher_clients = [_login(urls[i % len(urls)], f"race-rep{i}-{tag}")
                      for i in range(PUSHERS)]
    puller_clients = [_login(urls[(j + 1) % len(urls)], f"race-mgr-{tag}")
                      for j in range(PULLERS)]

    def pusher(i):
        client, device = pusher_clients[i]
        rng, seq, mine = random.Random(i), 0, {}
        for _ in range(BATCHES):
            mutations = []
            for _ in range(rng.randint(1, 4)):
                seq += 1
                if mine and rng.random() < 0.4:
                    row_id = rng.choice(list(mine))
                    mutations.append({"seq": seq, "table": "customer", "row_id": row_id,
                                      "op": "update", "base_revision": mine[row_id],
                                      "changes": {"tier": rng.choice("ABCD")}})
                else:
                    mutations.append({"seq": seq, "table": "customer",
                                      "row_id": str(uuid.uuid4()), "op": "create",
                                      "base_revision": 0,
                                      "changes": {"kind": "hospital", "name": f"H{seq}"}})
            r = client.post("/api/v1/sync/push", json={
                "device_id": device, "schema_version": SCHEMA_VERSION, "mutations": mutations})
            if r.status_code != 200:
                errors.append(r.text)
                continue
            for result in r.json()["results"]:
                if result["status"] == "rejected":
                    errors.append(str(result))
                else:
                    mine[result["row"]["id"]] = result["revision"]
            time.sleep(rng.random() * 0.01)
        client.close()

    final_views = []

    def puller(j):
        client, _ = puller_clients[j]
        cursor, rows = 0, {}
        while True:
            finished = pushing_done.is_set()
            while True:
                r = client.get("/api/v1/sync/pull", params={"cursor": cursor, "limit": 7})
                if r.status_code != 200:
                    errors.append(r.text)
                    return
                page = r.json()
                for change in page["changes"]:
                    if change["table"] == "customer":
                        rows[change["row"]["id"]] = change["revision"]
                if page["cursor"] < cursor:
                    errors.append("cursor went backwards")
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
            if finished:
                break
            time.sleep(0.01)
        final_views.append(rows)
        client.close()

    pullers = [threading.Thread(target=puller, args=(j,)) for j in range(PULLERS)]
    pushers = [threading.Thread(target=pusher, args=(i,)) for i in range(PUSHERS)]
    for t in pullers + pushers:
        t.start()
    for t in pushers:
        t.join()
    pushing_done.set()
    for t in pullers:
        t.join()
    assert not errors, errors[:3]

    with read_session(engine) as session:
        from desktop.models import Territory

        territories = session.exec(select(Territory.id).where(
            Territory.code.like(f"RACE-{tag}-%"))).all()
        server_rows = {c.id: c.revision for c in session.exec(
            select(Customer).where(Customer.territory_id.in_(territories)))}
    assert len(server_rows) > PUSHERS * BATCHES // 2
    assert len(final_views) == PULLERS
    for view in final_views:
        assert view == server_rows
