"""The server under test of the sync benchmarks: a fresh migrated PostgreSQL database seeded
with reps (each with its territory, customers and access token), `rounds-server serve` of a
checkout (ours or a baseline's) on a free port, and the CPU time of its processes and of
PostgreSQL's, read from /proc (`bench.proc_cpu`)."""

from __future__ import annotations

import os
import random
import re
import secrets
import subprocess
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.proc_cpu import all_pids, cpu_seconds, tree_cpu_seconds
from tests.servers import ROOT, free_port, wait_until_healthy

PG_URL = os.environ.get("ROUNDS_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/rounds_test")
CUSTOMERS_PER_REP = 20
PASSWORD = "bench-password-1"


# ------------------------------------------------------------------ database fixture
def _create_database():
    """A new empty database `rounds_bench_<pid>_<random>` on PG_URL's server: (an engine on
    the server's `postgres` database, to drop it with, its name, its URL)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    name = f"rounds_bench_{os.getpid()}_{secrets.token_hex(3)}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return admin, name, base.set(database=name).render_as_string(hide_password=False)


def _drop_database(admin, name: str) -> None:
    from sqlalchemy import text

    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


class BenchDatabase:
    """A fresh PostgreSQL database, migrated, dropped on close."""

    def __init__(self):
        from server.core.db import create_server_engine, migrate

        self._admin, self.name, self.url = _create_database()
        self.engine = create_server_engine(self.url)
        migrate(self.engine)

    def close(self):
        self.engine.dispose()
        _drop_database(self._admin, self.name)


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
def _tree_env(tree: Path, env: dict) -> dict:
    """`env` running the code of the checkout `tree` (ours or a baseline's)."""
    return {**env, "PYTHONPATH": os.pathsep.join([str(tree), *filter(None, [
        env.get("PYTHONPATH")])])}


class ServerProcess:
    """`rounds-server serve` of the checkout `tree` (default: this one) on a free port."""

    def __init__(self, url: str, key: str, work: Path, workers: int, tree: Path = ROOT):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        env = _tree_env(tree, {**os.environ, "ROUNDS_SECRET_KEY": key,
                               "ROUNDS_SERVER_DATA_DIR": str(work)})
        self.log = (work / f"server-{self.port}.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", "serve", "--db", url, "--port",
             str(self.port), "--workers", str(workers), "--no-access-log"],
            env=env, cwd=tree, stdout=self.log, stderr=subprocess.STDOUT)
        wait_until_healthy(self.base, process=self.proc, timeout=120,
                           what=f"the server (log: {self.log.name})")

    def cpu_seconds(self) -> float:
        """CPU time of the server and its worker processes so far."""
        return tree_cpu_seconds(self.proc.pid)

    def stop(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def _postgres_cpu() -> dict[int, float]:
    """CPU seconds of every PostgreSQL process of this machine (others' work included)."""
    out = {}
    for pid in all_pids():
        try:
            with open(f"/proc/{pid}/comm") as f:
                if f.read().strip() != "postgres":
                    continue
        except OSError:
            continue
        out[pid] = cpu_seconds([pid])
    return out


def _protocol(tree: Path) -> str:
    """The sync cycle the simulated reps run against `tree`: "cycle" (one POST /sync/cycle,
    then further pull pages while has_more, as the app does since decision 0031) where the
    checkout has that endpoint, else "separate" (POST /sync/push, then GET /sync/pull pages).
    ROUNDS_BENCH_PROTOCOL=separate forces the old two-request cycle on every tree."""
    wanted = os.environ.get("ROUNDS_BENCH_PROTOCOL", "cycle")
    if wanted not in ("cycle", "separate"):
        raise SystemExit(f"ROUNDS_BENCH_PROTOCOL must be cycle or separate, not {wanted!r}")
    has_cycle = (tree / "server" / "api" / "routes" / "sync_cycle.py").exists()
    return "cycle" if wanted == "cycle" and has_cycle else "separate"


def _schema_version(tree: Path) -> int:
    """The schema version the app of `tree` sends (its desktop.models.SCHEMA_VERSION): a
    baseline checkout's server refuses a newer one with 426."""
    source = (tree / "desktop" / "models" / "__init__.py").read_text(encoding="utf-8")
    return int(re.search(r"^SCHEMA_VERSION = (\d+)", source, re.MULTILINE).group(1))


class Target:
    """One checkout under test: a fresh migrated database (by the checkout's own code),
    seeded with `reps` reps, and its server."""

    def __init__(self, label: str, tree: Path, reps: int, workers: int, work: Path):
        from server.core.db import create_server_engine, read_session
        from server.sync.revisions import current_revision

        self.label, self.tree = label, tree
        self.key = secrets.token_urlsafe(32)
        self._admin, self.name, self.url = _create_database()
        self.work = work / label
        self.work.mkdir()
        env = _tree_env(tree, {**os.environ, "ROUNDS_SECRET_KEY": self.key,
                               "ROUNDS_SERVER_DATA_DIR": str(self.work)})
        subprocess.run([sys.executable, "-m", "server.cli", "init", "--db", self.url],
                       env=env, cwd=tree, check=True, capture_output=True, timeout=300)
        self.engine = create_server_engine(self.url, pool_size=1, max_overflow=0)
        self.reps = seed_reps(self.engine, self.key, reps)
        self.workers = workers
        self.protocol = _protocol(tree)
        self.schema_version = _schema_version(tree)
        self.server: ServerProcess | None = None

        def cursor() -> int:
            with read_session(self.engine) as session:
                return current_revision(session)
        self.cursor = cursor

    def start(self) -> None:
        """Its server, for one run (one server at a time: PostgreSQL's connections are
        shared with everyone on this machine)."""
        self.server = ServerProcess(self.url, self.key, self.work, self.workers, self.tree)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def close(self):
        self.stop()
        self.engine.dispose()
        _drop_database(self._admin, self.name)
