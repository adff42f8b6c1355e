"""Incremental sync of 20 local + 20 remote changes on a warm client (issue 21: ≤ 30 ms),
with where the time goes: the client's CPU, the server's CPU and the requests of a cycle.

A live `rounds-server serve` (SQLite, the demo data of `bench client_sync`: 10,000
customers + 100,000 visits, or 1,000 + 10,000 with ROUNDS_BENCH_QUICK=1) in its own process;
the manager's client in this one, synced once (first sync, not measured). Each round a rep
pushes 20 customer edits, the manager saves 20 new follow-ups, and one manager cycle is
timed: it pushes the 20 follow-ups and pulls the rep's 20 edits (plus the server's copies
of its own 20). Per cycle: wall ms, this process's CPU ms, the server's CPU ms (the server
process and any processes it started, from /proc: `bench.proc_cpu`, as `client_sync` and
`server_sync` count; `serve` on SQLite is a single uvicorn process, so this is its own CPU),
requests made. Medians over ROUNDS_BENCH_ROUNDS (default 7)
rounds in each of ROUNDS_BENCH_RUNS (default 3) runs, each run on a fresh server process.

    .venv/bin/python -m bench incremental
    ROUNDS_BENCH_QUICK=1 ROUNDS_BENCH_RUNS=1 ... # a short run
    ROUNDS_BENCH_PROTOCOL=separate ...           # the three-request cycle, for comparison
    ROUNDS_BENCH_SERVER=thread ...               # the server in a thread of this process

With `ROUNDS_BENCH_SERVER=thread` the server (the same app, uvicorn, on a copy of the same
database) runs in a thread of this process: `client_cpu_ms` is then the CPU of client and
server together, one figure per cycle read from one process (the separate processes' /proc
ticks are 10 ms), for comparing two checkouts in alternation; the wall time includes the
two sharing one interpreter lock.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_client_sync import PASSWORD, _seeded_db, _Server, _server_env, _sizes
from bench.proc_cpu import tree_cpu_seconds


def _rounds() -> int:
    return max(1, int(os.environ.get("ROUNDS_BENCH_ROUNDS", 7)))


def _runs() -> int:
    return max(1, int(os.environ.get("ROUNDS_BENCH_RUNS", 3)))


def _in_thread() -> bool:
    return os.environ.get("ROUNDS_BENCH_SERVER") == "thread"


class _ThreadServer:
    """`_Server`'s app served by uvicorn in a thread of this process."""

    def __init__(self, workdir: Path, customers: int, visits: int):
        from server.core.config import Settings
        from server.main import create_app
        from tests.servers import serve

        db = workdir / "server.sqlite3"
        shutil.copy(_seeded_db(customers, visits), db)
        env = _server_env(workdir)
        self.live = serve(create_app(Settings(
            database_url=f"sqlite:///{db}", server_data_dir=workdir,
            secret_key=env["ROUNDS_SECRET_KEY"]), run_migrations=False))
        self.url, self.pid = self.live.url, os.getpid()

    def close(self) -> None:
        self.live.stop()


def share_customers(manager, rep, count: int = 20) -> tuple[str, list[str]]:
    """The rep's first territory and `count` of its customers, stored on the rep's device
    too (as the manager's synced store holds them)."""
    from sqlmodel import select

    from desktop.models import Customer

    territory = json.loads(rep.store.state("user"))["territory_ids"][0]
    with manager.store.read() as s:
        known = list(s.exec(select(Customer).where(
            Customer.territory_id == territory,
            Customer.kind.in_(("hospital", "pharmacy", "distributor"))).limit(count)))
    with rep.store.write() as w:  # the rep's device knows these customers
        for row in known:
            w.apply_remote(Customer, row.model_dump())
    return territory, [c.id for c in known]


def make_changes(manager, rep, territory: str, ids: list[str], r: int) -> None:
    """Round `r`'s changes: the rep edits and pushes the customers (remote changes for the
    manager), the manager adds a follow-up to each (local changes)."""
    from datetime import date

    from desktop.models import Customer, FollowUp
    from desktop.sync.push import push_outbox

    with rep.store.write() as w:
        for i, row_id in enumerate(ids):
            w.update(Customer, row_id, notes=f"bench {r}-{i}")
    push_outbox(rep.store, rep.api)
    with manager.store.write() as w:
        for i, row_id in enumerate(ids):
            w.create(FollowUp, customer_id=row_id, title=f"跟进 {r}-{i}",
                     due_date=date(2026, 12, 1), territory_id=territory)


def measure(url: str, server_pid: int, workdir: Path, rounds: int,
            before_rounds=None) -> list[dict]:
    """Sign a manager and a rep in, sync the manager once, then time `rounds` cycles:
    [{"wall_ms", "client_cpu_ms", "server_cpu_ms", "requests"}, ...]."""
    from desktop.paths import app_paths
    from desktop.sync.account import login, open_session

    manager_paths, rep_paths = app_paths(workdir / "manager"), app_paths(workdir / "rep1")
    login(manager_paths, url, "manager", PASSWORD)
    login(rep_paths, url, "rep1", PASSWORD)
    manager, rep = open_session(manager_paths), open_session(rep_paths)
    if os.environ.get("ROUNDS_BENCH_PROTOCOL") == "separate":
        manager.api.combined = False
    try:
        manager.client.run_cycle()  # the first sync
        territory, ids = share_customers(manager, rep)
        manager.client.run_cycle()  # warm
        if before_rounds is not None:
            before_rounds()
        cycles = []
        for r in range(rounds):
            make_changes(manager, rep, territory, ids, r)
            requests = manager.transport.requests_made
            received = manager.transport.bytes_received
            server_cpu = tree_cpu_seconds(server_pid)
            started, cpu = time.perf_counter(), time.process_time()
            report = manager.client.run_cycle()
            wall, cpu = time.perf_counter() - started, time.process_time() - cpu
            cycles.append({"wall_ms": wall * 1000, "client_cpu_ms": cpu * 1000,
                           "server_cpu_ms": (tree_cpu_seconds(server_pid) - server_cpu)
                           * 1000, "requests": manager.transport.requests_made - requests,
                           "bytes_received": manager.transport.bytes_received - received})
            if report.pushed != len(ids) or report.pulled < len(ids):
                raise RuntimeError(f"the cycle did not sync the changes: {report.line()}")
        return cycles
    finally:
        manager.close()
        rep.close()


def run(emit) -> None:
    customers, visits = _sizes()
    runs = []
    for _ in range(_runs()):
        workdir = Path(tempfile.mkdtemp(prefix="rounds-bench-incremental-"))
        server = None
        os.environ["ROUNDS_TEST_KEYRING_FILE"] = str(workdir / "keyring.json")
        os.environ["ROUNDS_MACHINE_CONFIG"] = str(workdir / "no-machine.toml")
        try:
            import keyring

            from tests.keyring_backend import FileKeyring

            keyring.set_keyring(FileKeyring())
            server = (_ThreadServer(workdir, customers, visits) if _in_thread()
                      else _Server(workdir, customers, visits))
            cycles = measure(server.url, server.pid, workdir, _rounds())
            runs.append({k: statistics.median(c[k] for c in cycles) for k in cycles[0]}
                        | {"server_cpu_ms": statistics.mean(c["server_cpu_ms"] for c in cycles),
                           "load": os.getloadavg()[0],
                           "all_wall_ms": [round(c["wall_ms"], 1) for c in cycles]})
        finally:
            if server is not None:
                server.close()
            shutil.rmtree(workdir, ignore_errors=True)

    def median(key: str) -> float:
        return round(statistics.median(r[key] for r in runs), 1)

    common = {"customers": customers, "visits": visits, "runs": len(runs),
              "rounds_per_run": _rounds(), "load_avg_1m_runs": [round(r["load"], 2)
                                                                for r in runs],
              "protocol": os.environ.get("ROUNDS_BENCH_PROTOCOL") or "combined",
              "server": "thread" if _in_thread() else "process"}
    emit({"metric": "incremental_20_local_20_remote_ms", "value": median("wall_ms"),
          "unit": "ms", "goal": 30, "run_medians": [round(r["wall_ms"], 1) for r in runs],
          "all_runs": [r["all_wall_ms"] for r in runs], **common})
    emit({"metric": "incremental_split", "unit": "breakdown", "value": {
        "wall_ms": median("wall_ms"), "client_cpu_ms": median("client_cpu_ms"),
        "server_cpu_ms": median("server_cpu_ms"), "requests_per_cycle": median("requests"),
        "bytes_received_per_cycle": median("bytes_received")},
        "note": "medians over runs of per-run medians per cycle; server_cpu_ms: the CPU of "
                "the server process and its children (uvicorn, 1 worker: one process) over "
                "a run's cycles / cycles (/proc counts in 10 ms ticks)" + (
                    "; server in a thread of this process: client_cpu_ms and server_cpu_ms "
                    "are both the process's, client and server together" if _in_thread()
                    else ""),
        **common})


if __name__ == "__main__":
    run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
