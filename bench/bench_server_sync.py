"""Server sync under load: N simulated reps doing incremental sync against a live uvicorn
server on PostgreSQL, and a first sync of a large territory served by the snapshot path.

    .venv/bin/python -m bench.bench_server_sync            # full: N = 50, 200, 500
    .venv/bin/python -m bench.bench_server_sync --quick    # a short correctness run

Each rep loops for a bounded time: push one or two mutations (a tier change on one of its
customers, a new call report), pull from its cursor until nothing is left, think (30 s by
default: ten times as often as the app's timer), repeat.
Figures per N: sync cycles and requests per second, p50/p99 latency of push, pull and all
requests (ms), and the error count (any non-200 answer or rejected mutation). Goal: 500 reps,
p99 ≤ 1 s, zero errors. Then: seconds for one rep's first sync of 10,000 customers +
100,000 visits through /sync/snapshot (every page fetched and parsed, gzip on).

The server runs in its own process (`rounds-server serve`) on a free loopback port against a
fresh database `rounds_bench_<pid>_<random>` on ROUNDS_TEST_PG_URL's server (dropped after).
Environment: ROUNDS_BENCH_QUICK=1 (same as --quick), ROUNDS_BENCH_SECONDS (per N),
ROUNDS_BENCH_REPS ("50,200,500"), ROUNDS_BENCH_THINK (seconds between a rep's cycles),
ROUNDS_BENCH_WORKERS (server worker processes; default one per CPU).
"""

from __future__ import annotations

import asyncio
import os
import random
import secrets
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.servers import free_port, wait_until_healthy

PG_URL = os.environ.get("ROUNDS_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/rounds_test")
CUSTOMERS_PER_REP = 20
PASSWORD = "bench-password-1"


def _config(quick: bool) -> dict:
    reps = [int(n) for n in os.environ.get("ROUNDS_BENCH_REPS", "").split(",") if n]
    return {
        "reps": reps or ([5, 20] if quick else [50, 200, 500]),
        "seconds": float(os.environ.get("ROUNDS_BENCH_SECONDS", 3 if quick else 90)),
        # A rep's app syncs every 300 s and a few seconds after a change; 30 s between
        # cycles is ten times that. ROUNDS_BENCH_THINK=1 turns this into a saturation test.
        "think": float(os.environ.get("ROUNDS_BENCH_THINK", 30.0)),
        "workers": int(os.environ.get("ROUNDS_BENCH_WORKERS", os.cpu_count() or 1)),
        "snapshot_customers": 1_000 if quick else 10_000,
        "snapshot_visits": 10_000 if quick else 100_000,
    }


# ------------------------------------------------------------------ database fixture
class BenchDatabase:
    """A fresh PostgreSQL database, migrated, dropped on close."""

    def __init__(self):
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        from server.core.db import create_server_engine, migrate

        base = make_url(PG_URL)
        self.name = f"rounds_bench_{os.getpid()}_{secrets.token_hex(3)}"
        self._admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.name}"'))
        self.url = base.set(database=self.name).render_as_string(hide_password=False)
        self.engine = create_server_engine(self.url)
        migrate(self.engine)

    def close(self):
        from sqlalchemy import text

        self.engine.dispose()
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)'))
        self._admin.dispose()


def seed_reps(engine, key: str, count: int, prefix: str = "bench") -> list[dict]:
    """A region with `count` reps, one territory and CUSTOMERS_PER_REP customers each, and
    an access token per rep (minted with the server's key: the bench measures sync, not
    password hashing)."""
    from desktop.models import new_id
    from server.core import security
    from server.core.db import write_session
    from server.models import Device, User
    from server.sync.changes import SERVER_ACTOR, bulk_create_rows
    from server.sync.revisions import lock_revisions

    region_id = new_id()
    password_hash = security.hash_password(PASSWORD)
    reps, territories, members, customers, users, devices = [], [], [], [], [], []
    for i in range(count):
        user_id, territory_id, device_id = new_id(), new_id(), f"bench-{uuid.uuid4()}"
        territories.append({"id": territory_id, "territory_id": territory_id,
                            "name": f"{prefix} T{i}", "code": f"{prefix}{i}", "region_id": region_id,
                            "owner_user_id": user_id})
        users.append(User(id=user_id, username=f"{prefix}{i}", display_name=f"Bench {i}",
                          role="rep", region_id=region_id, password_hash=password_hash))
        members.append({"id": user_id, "username": f"{prefix}{i}", "display_name": f"Bench {i}",
                        "role": "rep", "region_id": region_id})
        devices.append(Device(user_id=user_id, device_id=device_id))
        ids = [new_id() for _ in range(CUSTOMERS_PER_REP)]
        customers += [{"id": cid, "territory_id": territory_id, "kind": "doctor",
                       "name": f"医生{i}-{n}", "organisation_id": ids[0], "tier": "B"}
                      for n, cid in enumerate(ids)]
        token = security.create_access_token(key=key, user_id=user_id, device_id=device_id,
                                             generation=0, ttl_seconds=6 * 3600)
        reps.append({"user_id": user_id, "device_id": device_id, "token": token,
                     "customers": {cid: 0 for cid in ids}, "territory_id": territory_id})
    with write_session(engine) as session:
        lock_revisions(session)
        bulk_create_rows(session, SERVER_ACTOR, "region",
                         [{"id": region_id, "name": prefix, "code": prefix}])
        bulk_create_rows(session, SERVER_ACTOR, "territory", territories)
        bulk_create_rows(session, SERVER_ACTOR, "team_member", members)
        for start in range(0, len(customers), 5000):
            bulk_create_rows(session, SERVER_ACTOR, "customer", customers[start:start + 5000])
        session.add_all(users)
        session.add_all(devices)
        session.commit()
    return reps


def seed_snapshot_territory(engine, key: str, customers: int, visits: int) -> dict:
    """One rep owning a territory of `customers` customers and `visits` call reports."""
    from desktop.models import new_id
    from server.core.db import write_session
    from server.sync.changes import SERVER_ACTOR, bulk_create_rows
    from server.sync.revisions import lock_revisions

    rep = seed_reps(engine, key, 1, prefix="snapshot")[0]
    territory = rep["territory_id"]
    ids = [new_id() for _ in range(customers)]
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    rng = random.Random(7)
    with write_session(engine) as session:
        lock_revisions(session)
        for offset in range(0, customers, 5000):
            bulk_create_rows(session, SERVER_ACTOR, "customer", [
                {"id": cid, "territory_id": territory, "kind": "hospital",
                 "name": f"医院{offset + n}", "city": "北京", "address": f"{n}号", "tier": "A"}
                for n, cid in enumerate(ids[offset:offset + 5000])])
        for offset in range(0, visits, 5000):
            bulk_create_rows(session, SERVER_ACTOR, "visit", [
                {"territory_id": territory, "customer_id": rng.choice(ids),
                 "rep_user_id": rep["user_id"], "status": "submitted",
                 "started_at": start + timedelta(minutes=37 * (offset + n)),
                 "key_messages": "疗效与安全性", "feedback": "反馈良好"}
                for n in range(min(5000, visits - offset))])
        session.commit()
    return rep


# ------------------------------------------------------------------ server process
class ServerProcess:
    def __init__(self, url: str, key: str, work: Path, workers: int):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = {**os.environ, "ROUNDS_SECRET_KEY": key, "ROUNDS_SERVER_DATA_DIR": str(work)}
        self.log = (work / "server.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--db", url, "--port",
             str(self.port), "--workers", str(workers), "--no-access-log"],
            env=env, stdout=self.log, stderr=subprocess.STDOUT)
        wait_until_healthy(self.base, process=self.proc, timeout=120,
                           what=f"the server (log: {self.log.name})")

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


# ------------------------------------------------------------------ load
def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _rep_loop(client, rep, cursor, deadline, think, stats, rng):
    from desktop.models import SCHEMA_VERSION

    headers = {"Authorization": f"Bearer {rep['token']}",
               "X-Rounds-Schema-Version": str(SCHEMA_VERSION)}
    seq = 0
    await asyncio.sleep(rng.random() * think)  # reps do not all start in the same instant
    while time.monotonic() < deadline:
        customer_id = rng.choice(list(rep["customers"]))
        seq += 2
        mutations = [
            {"seq": seq - 1, "table": "customer", "row_id": customer_id, "op": "update",
             "base_revision": rep["customers"][customer_id],
             "changes": {"tier": rng.choice("ABC")}},
            {"seq": seq, "table": "visit", "row_id": str(uuid.uuid4()), "op": "create",
             "base_revision": 0,
             "changes": {"customer_id": customer_id, "started_at": datetime.now(UTC).isoformat()}},
        ]
        started = time.perf_counter()
        try:
            r = await client.post("/api/v1/sync/push", headers=headers, json={
                "device_id": rep["device_id"], "schema_version": SCHEMA_VERSION,
                "mutations": mutations})
            stats["push"].append(time.perf_counter() - started)
            if r.status_code != 200:
                stats["errors"] += 1
            else:
                for result in r.json()["results"]:
                    if result["status"] == "rejected":
                        stats["errors"] += 1
                    elif result["row"]["id"] in rep["customers"]:
                        rep["customers"][result["row"]["id"]] = result["revision"]
            while True:
                started = time.perf_counter()
                r = await client.get("/api/v1/sync/pull", headers=headers,
                                     params={"cursor": cursor, "limit": 1000})
                stats["pull"].append(time.perf_counter() - started)
                if r.status_code != 200:
                    stats["errors"] += 1
                    break
                page = r.json()
                cursor = page["cursor"]
                if not page["has_more"]:
                    break
            stats["cycles"] += 1
        except Exception:  # noqa: BLE001 - a timeout or reset is an error of the run
            stats["errors"] += 1
        await asyncio.sleep(think * (0.5 + rng.random()))


async def _load(base: str, reps: list[dict], cursor: int, seconds: float, think: float):
    import httpx

    stats = {"push": [], "pull": [], "errors": 0, "cycles": 0}
    limits = httpx.Limits(max_connections=len(reps), max_keepalive_connections=len(reps))
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        deadline = time.monotonic() + seconds
        started = time.perf_counter()
        await asyncio.gather(*(
            _rep_loop(client, rep, cursor, deadline, think, stats, random.Random(i))
            for i, rep in enumerate(reps)))
        elapsed = time.perf_counter() - started
    return stats, elapsed


def _emit_load(emit, n, stats, elapsed):
    both = stats["push"] + stats["pull"]
    common = {"reps": n, "seconds": round(elapsed, 1)}
    emit({"metric": "sync_cycles_per_s", "value": round(stats["cycles"] / elapsed, 2),
          "unit": "1/s", **common})
    emit({"metric": "requests_per_s", "value": round(len(both) / elapsed, 2), "unit": "1/s",
          **common})
    for name, values in (("push", stats["push"]), ("pull", stats["pull"]), ("all", both)):
        for q in (0.5, 0.99):
            emit({"metric": f"{name}_latency_p{int(q * 100)}",
                  "value": round(_percentile(values, q) * 1000, 1), "unit": "ms", **common})
    emit({"metric": "errors", "value": stats["errors"], "unit": "count", **common})


def _snapshot(base: str, rep: dict) -> tuple[int, int]:
    """Fetch a rep's whole snapshot; returns (rows, bytes on the wire)."""
    import httpx

    from desktop.models import SCHEMA_VERSION

    headers = {"Authorization": f"Bearer {rep['token']}",
               "X-Rounds-Schema-Version": str(SCHEMA_VERSION), "Accept-Encoding": "gzip"}
    rows = wire = 0
    with httpx.Client(base_url=base, timeout=120, headers=headers) as client:
        start = client.get("/api/v1/sync/snapshot/start").json()
        for table in start["tables"]:
            after = ""
            while True:
                r = client.get("/api/v1/sync/snapshot/rows",
                               params={"table": table, "after": after, "limit": 5000})
                r.raise_for_status()
                wire += int(r.headers.get("content-length") or len(r.content))
                page = r.json()
                rows += len(page["rows"])
                after = page["next_after"]
                if after is None:
                    break
        r = client.get("/api/v1/sync/pull", params={"cursor": start["revision"]})
        r.raise_for_status()
    return rows, wire


def run(emit, quick: bool | None = None) -> None:
    if quick is None:
        quick = os.environ.get("ROUNDS_BENCH_QUICK") == "1"
    cfg = _config(quick)
    key = secrets.token_urlsafe(32)
    db = BenchDatabase()
    server = None
    try:
        with tempfile.TemporaryDirectory(prefix="rounds-bench-server-") as work:
            started = time.perf_counter()
            reps = seed_reps(db.engine, key, max(cfg["reps"]))
            snap_rep = seed_snapshot_territory(db.engine, key, cfg["snapshot_customers"],
                                               cfg["snapshot_visits"])
            emit({"metric": "seed_seconds", "value": round(time.perf_counter() - started, 1),
                  "unit": "s", "reps": len(reps)})
            from server.core.db import read_session
            from server.sync.revisions import current_revision

            with read_session(db.engine) as session:
                cursor = current_revision(session)
            server = ServerProcess(db.url, key, Path(work), cfg["workers"])
            for n in cfg["reps"]:
                stats, elapsed = asyncio.run(_load(server.base, reps[:n], cursor,
                                                   cfg["seconds"], cfg["think"]))
                _emit_load(emit, n, stats, elapsed)
            started = time.perf_counter()
            rows, wire = _snapshot(server.base, snap_rep)
            common = {"customers": cfg["snapshot_customers"], "visits": cfg["snapshot_visits"],
                      "rows": rows}
            emit({"metric": "snapshot_first_sync_seconds",
                  "value": round(time.perf_counter() - started, 2), "unit": "s", **common})
            emit({"metric": "snapshot_wire_megabytes", "value": round(wire / 1e6, 2),
                  "unit": "MB", **common})
            expected = cfg["snapshot_customers"] + cfg["snapshot_visits"]
            if rows < expected:
                raise AssertionError(f"snapshot returned {rows} rows, expected ≥ {expected}")
    finally:
        if server is not None:
            server.stop()
        db.close()


if __name__ == "__main__":
    from bench.__main__ import RESULTS, git_commit, machine_facts, make_emitter

    quick_run = "--quick" in sys.argv[1:] or os.environ.get("ROUNDS_BENCH_QUICK") == "1"
    run(make_emitter("server_sync", git_commit(), machine_facts(), RESULTS), quick=quick_run)
