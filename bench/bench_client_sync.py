"""Client sync over loopback against a live `rounds-server serve` (SQLite, demo data):

1. first sync of N customers + M visits (default 10,000 + 100,000, the demo region seen by
   its manager) in a client *subprocess*: wall seconds, rows/s, peak RSS of that process
   (goal ≤ 15 s, ≤ 300 MB), and where the time goes (HTTP wait incl. the server, JSON
   parsing, local decode + SQLite writes);
2. incremental sync of 20 local + 20 remote changes on a warm client (goal ≤ 150 ms),
   median of several rounds.

    .venv/bin/python -m bench client_sync            # via bench/__main__.py
    ROUNDS_BENCH_QUICK=1 ...                         # 1,000 + 10,000 for a short run

The seeded server database is cached in $TMPDIR/rounds-bench-client-<sizes>.sqlite3 (seeding
is not what is measured).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.servers import checkout_env, free_port, server_command, wait_until_healthy

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "rounds-demo"


def _sizes() -> tuple[int, int]:
    if os.environ.get("ROUNDS_BENCH_QUICK"):
        return 1_000, 10_000
    return (int(os.environ.get("ROUNDS_BENCH_CUSTOMERS", 10_000)),
            int(os.environ.get("ROUNDS_BENCH_VISITS", 100_000)))


def _server_env(workdir: Path) -> dict:
    return checkout_env({**os.environ, "ROUNDS_SERVER_DATA_DIR": str(workdir),
                         "ROUNDS_SECRET_KEY": "bench-secret-key-not-for-production-0123456789"})


def _seeded_db(customers: int, visits: int) -> Path:
    cache = Path(tempfile.gettempdir()) / f"rounds-bench-client-{customers}-{visits}.sqlite3"
    if not cache.exists():
        partial = cache.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        subprocess.run(server_command("seed-demo", "--db", f"sqlite:///{partial}",
                                      "--customers", str(customers), "--visits", str(visits)),
                       env=_server_env(cache.parent), check=True, capture_output=True)
        partial.rename(cache)
    return cache


def _client_env(data_dir: Path, keyring_file: Path) -> dict:
    return {**os.environ, "ROUNDS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
            "ROUNDS_TEST_KEYRING_FILE": str(keyring_file),
            "ROUNDS_MACHINE_CONFIG": str(data_dir / "no-machine.toml")}


def _child_first_sync() -> None:
    """In the measured subprocess: one cycle (the first: snapshot), figures as JSON."""
    from desktop.paths import app_paths
    from desktop.sync.account import open_session

    session = open_session(app_paths(os.environ["ROUNDS_DATA_DIR"]))
    started = time.perf_counter()
    report = session.client.run_cycle()
    wall = time.perf_counter() - started
    t = session.transport
    print(json.dumps({"wall": wall, "pulled": report.pulled, "timings": report.timings,
                      "requests": t.requests_made, "waiting": t.seconds_waiting,
                      "parsing": t.seconds_parsing, "bytes_decoded": t.bytes_received}))
    session.close()


def run(emit) -> None:
    customers, visits = _sizes()
    bench = "client_sync"
    workdir = Path(tempfile.mkdtemp(prefix="rounds-bench-client-"))
    server = None
    try:
        t = time.perf_counter()
        db = workdir / "server.sqlite3"
        shutil.copy(_seeded_db(customers, visits), db)
        seed_s = time.perf_counter() - t
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(server_command("serve", "--db", f"sqlite:///{db}",
                                                 "--port", str(port)),
                                  env=_server_env(workdir), stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        wait_until_healthy(url, process=server, timeout=120)
        keyring_file = workdir / "keyring.json"
        manager_dir = workdir / "manager"
        env = _client_env(manager_dir, keyring_file)
        subprocess.run([sys.executable, "-m", "desktop", "login", "--server", url,
                        "--username", "manager", "--password-stdin"], env=env,
                       input=PASSWORD + "\n", text=True, check=True, capture_output=True)

        # 1. first sync in a subprocess, RSS from wait4
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c",
                                  "from bench.bench_client_sync import _child_first_sync as f; f()"],
                                 env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
        out = child.stdout.read()
        _, status, usage = os.wait4(child.pid, 0)
        process_s = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            raise RuntimeError("first sync subprocess failed")
        figures = json.loads(out.strip().splitlines()[-1])
        rss_mb = usage.ru_maxrss / 1024
        apply_s = figures["timings"].get("snapshot_apply", 0.0)
        common = {"customers": customers, "visits": visits, "rows": figures["pulled"],
                  "seed_cache_s": round(seed_s, 2)}
        emit({"bench": bench, "metric": "first_sync_seconds", "value": round(figures["wall"], 2),
              "unit": "s", "goal": 15, **common})
        emit({"bench": bench, "metric": "first_sync_process_seconds",
              "value": round(process_s, 2), "unit": "s",
              "note": "including interpreter start-up and store migration"})
        emit({"bench": bench, "metric": "first_sync_rows_per_second",
              "value": round(figures["pulled"] / figures["wall"]), "unit": "rows/s", **common})
        emit({"bench": bench, "metric": "first_sync_peak_rss", "value": round(rss_mb, 1),
              "unit": "MB", "goal": 300})
        emit({"bench": bench, "metric": "first_sync_time_split", "value": {
            "http_wait_incl_server_s (overlaps apply: prefetch)": round(figures["waiting"], 2),
            "json_parse_s": round(figures["parsing"], 2),
            "decode_sqlite_search_index_s": round(apply_s, 2),
            "requests": figures["requests"],
            "mb_decoded": round(figures["bytes_decoded"] / 1e6, 1)}, "unit": "breakdown"})

        # 2. incremental: 20 local + 20 remote changes, warm in-process clients
        emit({"bench": bench, "metric": "incremental_20_local_20_remote_ms",
              "value": _incremental(url, manager_dir, keyring_file, workdir), "unit": "ms",
              "goal": 150})
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        shutil.rmtree(workdir, ignore_errors=True)


def _incremental(url: str, manager_dir: Path, keyring_file: Path, workdir: Path,
                 rounds: int = 5) -> float:
    """Median ms of one manager cycle that pushes 20 new follow-ups and pulls the 20 customer
    changes a rep pushed meanwhile (plus the server's copies of its own 20)."""
    from datetime import date

    import keyring

    from desktop.models import Customer, FollowUp
    from desktop.paths import app_paths
    from desktop.sync.account import login, open_session
    from desktop.sync.push import push_outbox
    from tests.keyring_backend import FileKeyring

    os.environ["ROUNDS_TEST_KEYRING_FILE"] = str(keyring_file)
    os.environ["ROUNDS_MACHINE_CONFIG"] = str(workdir / "no-machine.toml")
    keyring.set_keyring(FileKeyring())
    manager = open_session(app_paths(manager_dir))
    rep_paths = app_paths(workdir / "rep1")
    login(rep_paths, url, "rep1", PASSWORD)
    rep = open_session(rep_paths)
    territory = json.loads(rep.store.state("user"))["territory_ids"][0]
    from sqlmodel import select

    with manager.store.read() as s:
        known = list(s.exec(select(Customer).where(
            Customer.territory_id == territory,
            Customer.kind.in_(("hospital", "pharmacy", "distributor"))).limit(20)))
    ids = [c.id for c in known]
    with rep.store.write() as w:  # the rep's device knows these customers
        for row in known:
            w.apply_remote(Customer, row.model_dump())
    manager.client.run_cycle()  # warm
    times = []
    for r in range(rounds):
        with rep.store.write() as w:
            for i, row_id in enumerate(ids):
                w.update(Customer, row_id, notes=f"bench {r}-{i}")
        push_outbox(rep.store, rep.api)
        with manager.store.write() as w:
            for i, row_id in enumerate(ids):
                w.create(FollowUp, customer_id=row_id, title=f"跟进 {r}-{i}",
                         due_date=date(2026, 12, 1), territory_id=territory)
        started = time.perf_counter()
        report = manager.client.run_cycle()
        times.append((time.perf_counter() - started) * 1000)
        assert report.pushed == len(ids) and report.pulled >= len(ids), report
    manager.close()
    rep.close()
    return round(statistics.median(times), 1)


if __name__ == "__main__":
    run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
