"""Client sync over loopback against a live `rounds-server serve` (SQLite, demo data):

1. first sync of N customers + M visits (default 10,000 + 100,000, the demo region seen by
   its manager, and ¼, ½ and 2× that for the curve) in client *subprocesses*, several runs
   per size: wall and CPU seconds, peak RSS (goals at 1×: ≤ 5 s, ≤ 300 MB), where the time
   goes, and the floor: the same rows loaded straight into an empty SQLite file
   (bench/sync_floor.py; goal: the first sync ≤ 2× it);
2. incremental sync of 20 local + 20 remote changes on a warm client (goal ≤ 30 ms),
   median of 7 rounds.

    .venv/bin/python -m bench client_sync            # via bench/__main__.py
    ROUNDS_BENCH_QUICK=1 ...                         # base 1,000 + 10,000 for a short run
    ROUNDS_BENCH_SCALES=1 ROUNDS_BENCH_RUNS=3 ...    # only the base size
    ROUNDS_BENCH_INCREMENTAL=0 ...                   # without the incremental sync

The seeded server databases are cached in $TMPDIR/rounds-bench-client-<sizes>.sqlite3
(seeding is not what is measured).
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

from bench.proc_cpu import tree_cpu_seconds
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
    started, cpu = time.perf_counter(), time.process_time()
    report = session.client.run_cycle()
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    t = session.transport
    print(json.dumps({"wall": wall, "cpu": cpu, "pulled": report.pulled,
                      "timings": report.timings, "requests": t.requests_made,
                      "waiting": t.seconds_waiting, "parsing": t.seconds_parsing,
                      "bytes_received": t.bytes_received}))
    session.close()


def _scales() -> list[float]:
    """Sizes of the curve, as multiples of the base size (¼, ½, 1 and 2× unless set)."""
    raw = os.environ.get("ROUNDS_BENCH_SCALES", "0.25,0.5,1,2")
    return [float(x) for x in raw.split(",") if x.strip()]


def _runs() -> int:
    return max(1, int(os.environ.get("ROUNDS_BENCH_RUNS", 3)))


class _Server:
    """A live `rounds-server serve` on a private copy of a seeded database."""

    def __init__(self, workdir: Path, customers: int, visits: int):
        t = time.perf_counter()
        db = workdir / "server.sqlite3"
        shutil.copy(_seeded_db(customers, visits), db)
        self.seed_s = time.perf_counter() - t
        self.workdir = workdir
        self.url = f"http://127.0.0.1:{free_port()}"
        self.process = subprocess.Popen(
            server_command("serve", "--db", f"sqlite:///{db}", "--port",
                           self.url.rsplit(":", 1)[1]),
            env=_server_env(workdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_until_healthy(self.url, process=self.process, timeout=120)
        self.pid = self.process.pid

    def cpu_seconds(self) -> float:
        """CPU seconds used so far by the server process and its children (Linux /proc)."""
        return tree_cpu_seconds(self.process.pid)

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(10)


def _first_sync(server: _Server, data_dir: Path, keyring_file: Path) -> dict:
    """Sign the manager in on a new data folder, then time one first sync in a subprocess
    (peak RSS from wait4). The figures of `_child_first_sync`, plus rss_mb and process_s."""
    env = _client_env(data_dir, keyring_file)
    subprocess.run([sys.executable, "-m", "desktop", "login", "--server", server.url,
                    "--username", "manager", "--password-stdin"], env=env,
                   input=PASSWORD + "\n", text=True, check=True, capture_output=True)
    started, server_cpu = time.perf_counter(), server.cpu_seconds()
    child = subprocess.Popen([sys.executable, "-c",
                              "from bench.bench_client_sync import _child_first_sync as f; f()"],
                             env=env, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError("first sync subprocess failed")
    figures = json.loads(out.strip().splitlines()[-1])
    figures.update(rss_mb=usage.ru_maxrss / 1024, process_s=time.perf_counter() - started,
                   process_cpu=usage.ru_utime + usage.ru_stime,
                   server_cpu=server.cpu_seconds() - server_cpu, load=os.getloadavg()[0])
    return figures


def _floor_runs() -> int:
    return max(1, int(os.environ.get("ROUNDS_BENCH_FLOOR_RUNS", 3)))


def _floors(data_dir: Path, keyring_file: Path, workdir: Path) -> dict:
    """The raw loads of the synced store's rows (bench/sync_floor.py), plain and encrypted,
    each the median of ROUNDS_BENCH_FLOOR_RUNS loads (default 3; one load's time varied by
    ±15% from run to run on this machine, and the ratio to the floor with it), alternately."""
    import keyring

    from bench.sync_floor import measure_floor
    from desktop.paths import app_paths
    from desktop.sync.account import open_session
    from tests.keyring_backend import FileKeyring

    os.environ["ROUNDS_TEST_KEYRING_FILE"] = str(keyring_file)
    os.environ["ROUNDS_MACHINE_CONFIG"] = str(workdir / "no-machine.toml")
    keyring.set_keyring(FileKeyring())
    session = open_session(app_paths(data_dir))
    try:
        with session.store.engine.connect() as connection:
            raw = connection.connection.driver_connection
            loads = {"plain": [], "encrypted": []}
            for _ in range(_floor_runs()):
                for kind in loads:
                    loads[kind].append(measure_floor(raw, workdir, encrypted=kind == "encrypted"))
            return {kind: {"seconds": _median(runs, "seconds"),
                           "cpu_seconds": _median(runs, "cpu_seconds"), "rows": runs[0]["rows"],
                           "all_runs": [r["seconds"] for r in runs]}
                    for kind, runs in loads.items()}
    finally:
        session.close()


def _median(runs: list[dict], key: str) -> float:
    return statistics.median(r[key] for r in runs)


def run(emit) -> None:
    base_customers, base_visits = _sizes()
    bench = "client_sync"
    curve = []
    for scale in _scales():
        customers, visits = round(base_customers * scale), round(base_visits * scale)
        workdir = Path(tempfile.mkdtemp(prefix="rounds-bench-client-"))
        server = None
        try:
            server = _Server(workdir, customers, visits)
            keyring_file = workdir / "keyring.json"
            runs = [_first_sync(server, workdir / f"manager{i}", keyring_file)
                    for i in range(_runs())]
            floors = _floors(workdir / f"manager{len(runs) - 1}", keyring_file, workdir)
            point = _emit_point(emit, bench, scale, customers, visits, runs, floors,
                                server.seed_s)
            curve.append(point)
            if scale == 1 and os.environ.get("ROUNDS_BENCH_INCREMENTAL") != "0":
                # the incremental sync on the warm client of the last run (the
                # keyring file holds the token of the device signed in last)
                emit({"bench": bench, "metric": "incremental_20_local_20_remote_ms",
                      **_incremental(server.url, workdir / f"manager{len(runs) - 1}",
                                   keyring_file, workdir),
                      "unit": "ms", "goal": 30, "load_avg_1m_during": os.getloadavg()[0]})
        finally:
            if server is not None:
                server.close()
            shutil.rmtree(workdir, ignore_errors=True)
    if len(curve) > 1:
        emit({"bench": bench, "metric": "first_sync_curve", "unit": "s", "value": [
            {k: p[k] for k in ("scale", "rows", "seconds", "cpu_seconds", "us_per_row",
                               "cpu_us_per_row", "server_cpu_seconds", "floor_seconds",
                               "floor_cpu_us_per_row", "ratio_to_floor", "peak_rss_mb",
                               "load_avg_1m_runs")}
            for p in curve]})


def _emit_point(emit, bench: str, scale: float, customers: int, visits: int,
                runs: list[dict], floors: dict, seed_s: float) -> dict:
    """Emit one size's first-sync figures (medians of `runs`); returns its curve point."""
    wall, cpu = _median(runs, "wall"), _median(runs, "cpu")
    rows = runs[-1]["pulled"]
    floor = floors["plain"]["seconds"]
    common = {"customers": customers, "visits": visits, "rows": rows, "scale": scale,
              "runs": len(runs), "load_avg_1m_runs": [round(r["load"], 2) for r in runs],
              "seed_cache_s": round(seed_s, 2)}
    suffix = "" if scale == 1 else f"_x{scale:g}"
    emit({"bench": bench, "metric": f"first_sync_seconds{suffix}", "value": round(wall, 2),
          "unit": "s", "goal": 5 if scale == 1 else None,
          "all_runs": [round(r["wall"], 2) for r in runs], **common})
    emit({"bench": bench, "metric": f"first_sync_cpu_seconds{suffix}", "value": round(cpu, 2),
          "unit": "s", "note": "the client process's CPU during the sync (both threads)",
          "all_runs": [round(r["cpu"], 2) for r in runs], **common})
    emit({"bench": bench, "metric": f"first_sync_server_cpu_seconds{suffix}",
          "value": round(_median(runs, "server_cpu"), 2), "unit": "s",
          "note": "the server process's CPU during the sync: it shares the 2 cores",
          "all_runs": [round(r["server_cpu"], 2) for r in runs], **common})
    emit({"bench": bench, "metric": f"first_sync_floor{suffix}", "value": floor, "unit": "s",
          "plain_sqlite3": floors["plain"], "encrypted_sqlcipher": floors["encrypted"],
          "ratio_to_floor": round(wall / floor, 2) if floor else None,
          "cpu_ratio_to_floor": round(cpu / floors["plain"]["cpu_seconds"], 2)
          if floors["plain"]["cpu_seconds"] else None,
          "ratio_to_encrypted_floor": round(wall / floors["encrypted"]["seconds"], 2)
          if floors["encrypted"]["seconds"] else None, "goal_ratio": 2, **common})
    emit({"bench": bench, "metric": f"first_sync_peak_rss{suffix}",
          "value": round(max(r["rss_mb"] for r in runs), 1), "unit": "MB", "goal": 300,
          **common})
    if scale == 1:
        emit({"bench": bench, "metric": "first_sync_process_seconds",
              "value": round(_median(runs, "process_s"), 2), "unit": "s",
              "note": "including interpreter start-up and store migration"})
        emit({"bench": bench, "metric": "first_sync_rows_per_second",
              "value": round(rows / wall), "unit": "rows/s", **common})
        last = runs[-1]
        emit({"bench": bench, "metric": "first_sync_time_split", "value": {
            "http_wait_incl_server_s (overlaps apply: prefetch)": round(last["waiting"], 2),
            "json_parse_s": round(last["parsing"], 2),
            "decode_sqlite_search_index_s": round(
                last["timings"].get("snapshot_apply", 0.0), 2),
            "requests": last["requests"],
            "mb_received_compressed": round(last["bytes_received"] / 1e6, 1)}, "unit": "breakdown"})
    return {"scale": scale, "rows": rows, "seconds": round(wall, 2),
            "cpu_seconds": round(cpu, 2), "us_per_row": round(wall / rows * 1e6, 1),
            "cpu_us_per_row": round(cpu / rows * 1e6, 1),
            "server_cpu_seconds": round(_median(runs, "server_cpu"), 2), "floor_seconds": floor,
            "floor_cpu_us_per_row": round(floors["plain"]["cpu_seconds"] / rows * 1e6, 1),
            "ratio_to_floor": round(wall / floor, 2) if floor else None,
            "peak_rss_mb": round(max(r["rss_mb"] for r in runs), 1),
            "load_avg_1m_runs": common["load_avg_1m_runs"]}


def _incremental(url: str, manager_dir: Path, keyring_file: Path, workdir: Path,
                 rounds: int = 7) -> dict:
    """Median ms of one manager cycle that pushes 20 new follow-ups and pulls the 20 customer
    changes a rep pushed meanwhile (plus the server's copies of its own 20):
    {"value", "all_runs", "cpu_ms"}."""
    import keyring

    from bench.bench_incremental import make_changes, share_customers
    from desktop.paths import app_paths
    from desktop.sync.account import login, open_session
    from tests.keyring_backend import FileKeyring

    os.environ["ROUNDS_TEST_KEYRING_FILE"] = str(keyring_file)
    os.environ["ROUNDS_MACHINE_CONFIG"] = str(workdir / "no-machine.toml")
    keyring.set_keyring(FileKeyring())
    manager = open_session(app_paths(manager_dir))
    rep_paths = app_paths(workdir / "rep1")
    login(rep_paths, url, "rep1", PASSWORD)
    rep = open_session(rep_paths)
    territory, ids = share_customers(manager, rep)
    manager.client.run_cycle()  # warm
    times, cpu = [], []
    for r in range(rounds):
        make_changes(manager, rep, territory, ids, r)
        started, cpu_started = time.perf_counter(), time.process_time()
        report = manager.client.run_cycle()
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        assert report.pushed == len(ids) and report.pulled >= len(ids), report
    manager.close()
    rep.close()
    return {"value": round(statistics.median(times), 1),
            "all_runs": [round(t, 1) for t in times],
            "cpu_ms": round(statistics.median(cpu), 1),
            "note": "cpu_ms: the manager process's CPU (the server runs in its own)"}

if __name__ == "__main__":
    run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
