"""Server sync at saturation: N simulated reps syncing against a live `rounds-server serve`
on PostgreSQL, as a curve over N, and a first sync of a large territory through the
snapshot path.

    .venv/bin/python -m bench.bench_server_sync            # the curve: N = 50, 200, 500, 1000
    .venv/bin/python -m bench.bench_server_sync --quick    # a short correctness run
    ROUNDS_BENCH_BASELINE=/path/to/main-checkout .venv/bin/python -m bench.bench_server_sync

Each rep loops: push two mutations (a tier change on one of its customers, a new call
report) and pull from its cursor until nothing is left, think (ROUNDS_BENCH_THINK seconds,
default 0: the server at saturation), repeat. Each size runs ROUNDS_BENCH_RUNS times (3):
the window opens once every rep has ended a cycle (the server then works at its steady mix
of pushes and pulls; at most ROUNDS_BENCH_WARMUP seconds, default 10 + 1 per 10 reps), and
the cycles that end in the next ROUNDS_BENCH_SECONDS (8) are counted. Per run
(`saturation_run`) and as medians per size (`saturation_median`): cycles/s, requests/s,
cycle p50/p95/p99 and push/pull p50/p99 latency (ms), errors (non-200 answers, rejected
mutations, timeouts), CPU ms per cycle of the server processes, of PostgreSQL (every
postgres process of the machine: others' queries count too) and of this load generator
(which shares the machine), and the 1-minute load average of each run.

The cycle is the app's (decision 0031): one POST /sync/cycle (an empty verify sample, the
push, the first pull page), then GET /sync/pull only while has_more; `push_*` latencies are
then those of the /sync/cycle request. ROUNDS_BENCH_PROTOCOL=separate runs the older
two-request cycle (POST /sync/push, then GET /sync/pull pages), which is also what a checkout
without /sync/cycle gets; each line says which `protocol` its tree ran.

ROUNDS_BENCH_BASELINE=<checkout> runs the same curve against another checkout (e.g. main)
alternately, run for run (each size: ours, theirs; next round theirs first), each with its
own fresh database migrated by its own code and its own server (started for each run,
one at a time: PostgreSQL's 100 connections are shared with the machine), and prints the ratio of the
medians (`saturation_gain`). Then (ROUNDS_BENCH_SNAPSHOT=0 skips it) seconds for one rep's
first sync of 10,000 customers + 100,000 visits through /sync/snapshot.

Databases are `rounds_bench_<pid>_<random>` on ROUNDS_TEST_PG_URL's server, dropped after.
Environment: ROUNDS_BENCH_QUICK=1 (same as --quick), ROUNDS_BENCH_REPS ("50,200,500,1000"),
ROUNDS_BENCH_WORKERS (server worker processes; default one per CPU), ROUNDS_BENCH_PAUSE
(seconds between runs, 3).
"""

from __future__ import annotations

import asyncio
import os
import random
import secrets
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

from bench.server_under_test import (
    BenchDatabase,
    ServerProcess,
    Target,
    _postgres_cpu,
    seed_snapshot_territory,
)
from tests.servers import ROOT


def _config(quick: bool) -> dict:
    reps = [int(n) for n in os.environ.get("ROUNDS_BENCH_REPS", "").split(",") if n]
    return {
        "reps": reps or ([5, 20] if quick else [50, 200, 500, 1000]),
        "runs": int(os.environ.get("ROUNDS_BENCH_RUNS", 1 if quick else 3)),
        "seconds": float(os.environ.get("ROUNDS_BENCH_SECONDS", 3 if quick else 8)),
        # 0: each rep syncs again as soon as its cycle ended (saturation). A rep's app
        # syncs every 300 s and a few seconds after a change.
        "think": float(os.environ.get("ROUNDS_BENCH_THINK", 0.0)),
        "pause": float(os.environ.get("ROUNDS_BENCH_PAUSE", 1 if quick else 3)),
        "workers": int(os.environ.get("ROUNDS_BENCH_WORKERS", os.cpu_count() or 1)),
        "baseline": os.environ.get("ROUNDS_BENCH_BASELINE") or None,
        "snapshot": os.environ.get("ROUNDS_BENCH_SNAPSHOT", "1") != "0",
        "snapshot_customers": 1_000 if quick else 10_000,
        "snapshot_visits": 10_000 if quick else 100_000,
    }


# ------------------------------------------------------------------ load
def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Window:
    """The measured window: it opens once every rep has ended one cycle (the server then
    works at its steady mix of pushes and pulls, every rep queued) or after `max_warmup`
    seconds, and closes `seconds` later. CPU is sampled at both ends."""

    def __init__(self, reps: int, seconds: float, max_warmup: float, sample):
        self.reps, self.seconds, self.sample = reps, seconds, sample
        self.started = time.monotonic()
        self.max_warmup = max_warmup
        self.opens: float | None = None
        self.warmed: set[str] = set()
        self.cpu_open: dict = {}
        self.cpu_close: dict = {}

    def cycle_ended(self, rep_id: str) -> None:
        self.warmed.add(rep_id)
        if self.opens is None and len(self.warmed) == self.reps:
            self._open()

    def _open(self) -> None:
        self.opens = time.monotonic()
        self.cpu_open = self.sample()

    def inside(self) -> bool:
        now = time.monotonic()
        return self.opens is not None and self.opens <= now <= self.opens + self.seconds

    def over(self) -> bool:
        return self.opens is not None and time.monotonic() > self.opens + self.seconds

    async def watch(self) -> None:
        while self.opens is None:
            if time.monotonic() - self.started > self.max_warmup:
                self._open()
            await asyncio.sleep(0.1)
        await asyncio.sleep(self.seconds)
        self.cpu_close = self.sample()


def _note_results(rep: dict, results: list[dict], stats: dict) -> None:
    for result in results:
        if result["status"] == "rejected":
            _error(stats, f"rejected {result['code']}")
        elif result["row"]["id"] in rep["customers"]:
            rep["customers"][result["row"]["id"]] = result["revision"]


async def _rep_loop(client, rep, cursor, window: Window, think, stats, rng, protocol,
                    schema_version: int):
    headers = {"Authorization": f"Bearer {rep['token']}",
               "X-Rounds-Schema-Version": str(schema_version)}
    seq = rep.setdefault("seq", 0)
    # reps do not all start in the same instant
    await asyncio.sleep(rng.random() * max(think, 1.0))
    while not window.over():
        customer_id = rng.choice(list(rep["customers"]))
        seq += 2
        rep["seq"] = seq
        mutations = [
            {"seq": seq - 1, "table": "customer", "row_id": customer_id, "op": "update",
             "base_revision": rep["customers"][customer_id],
             "changes": {"tier": rng.choice("ABC")}},
            {"seq": seq, "table": "visit", "row_id": str(uuid.uuid4()), "op": "create",
             "base_revision": 0,
             "changes": {"customer_id": customer_id, "started_at": datetime.now(UTC).isoformat()}},
        ]
        cycle_started = started = time.perf_counter()
        try:
            if protocol == "cycle":
                # the app's ordinary cycle (decision 0031): verify + push + first pull page
                r = await client.post("/api/v1/sync/cycle", headers=headers, json={
                    "device_id": rep["device_id"], "schema_version": schema_version,
                    "epoch": rep.get("epoch", ""), "verify": [], "mutations": mutations,
                    "cursor": cursor, "limit": 1000})
                if window.inside():
                    stats["push"].append(time.perf_counter() - started)
                body = r.json() if r.status_code == 200 else None
                if body is None or body.get("held") or body["pull"] is None:
                    _error(stats, f"cycle {r.status_code} {body and body.get('held')}")
                    await asyncio.sleep(think * (0.5 + rng.random()))
                    continue
                _note_results(rep, body["push"]["results"], stats)
                page = body["pull"]
                rep["epoch"] = page.get("epoch") or rep.get("epoch", "")
                cursor = page["cursor"]
                more = page["has_more"]
            else:
                r = await client.post("/api/v1/sync/push", headers=headers, json={
                    "device_id": rep["device_id"], "schema_version": schema_version,
                    "mutations": mutations})
                if window.inside():  # figures of the window only
                    stats["push"].append(time.perf_counter() - started)
                if r.status_code != 200:
                    _error(stats, f"push {r.status_code}")
                else:
                    _note_results(rep, r.json()["results"], stats)
                more = True
            while more:
                started = time.perf_counter()
                r = await client.get("/api/v1/sync/pull", headers=headers,
                                     params={"cursor": cursor, "limit": 1000})
                if window.inside():
                    stats["pull"].append(time.perf_counter() - started)
                if r.status_code != 200:
                    _error(stats, f"pull {r.status_code}")
                    break
                page = r.json()
                cursor = page["cursor"]
                more = page["has_more"]
            if window.inside():  # cycles that end in the window
                stats["cycles"] += 1
                stats["cycle"].append(time.perf_counter() - cycle_started)
            window.cycle_ended(rep["user_id"])
        except Exception as exc:  # noqa: BLE001 - a timeout or reset is an error of the run
            _error(stats, type(exc).__name__)
        await asyncio.sleep(think * (0.5 + rng.random()))


def _error(stats: dict, kind: str) -> None:
    stats["errors"] += 1
    stats["error_kinds"][kind] = stats["error_kinds"].get(kind, 0) + 1


async def _load(base: str, reps: list[dict], cursor: int, max_warmup: float, seconds: float,
                think: float, sample=dict, protocol: str = "separate",
                schema_version: int | None = None):
    import httpx

    from desktop.models import SCHEMA_VERSION

    stats = {"push": [], "pull": [], "cycle": [], "errors": 0, "cycles": 0,
             "error_kinds": {}}
    # One connection per rep, as one laptop has: a shared pool hands a request the
    # connection that sat idle longest, which the server may be closing at that moment
    # (its keep-alive timeout): a ReadError that says nothing about the server.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [httpx.AsyncClient(base_url=base, timeout=120, limits=limits) for _ in reps]
    try:
        window = Window(len(reps), seconds, max_warmup, sample)
        await asyncio.gather(window.watch(), *(
            _rep_loop(client, rep, cursor, window, think, stats, random.Random(i),
                      protocol, schema_version or SCHEMA_VERSION)
            for i, (client, rep) in enumerate(zip(clients, reps, strict=True))))
    finally:
        for client in clients:
            await client.aclose()
    stats["cpu_open"], stats["cpu_close"] = window.cpu_open, window.cpu_close
    stats["warmup"] = window.opens - window.started
    return stats, seconds


def _max_warmup(reps: int) -> float:
    """At most this long until every rep has ended a cycle (ROUNDS_BENCH_WARMUP)."""
    return float(os.environ.get("ROUNDS_BENCH_WARMUP", 10 + reps / 10))


def measure(target: Target, n: int, seconds: float, think: float) -> dict:
    """One run of `n` reps against `target`: throughput, latency, errors, CPU per cycle."""
    cursor = target.cursor()

    def sample() -> dict:  # CPU seconds so far, at the window's opening and closing
        return {"server": target.server.cpu_seconds(), "pg": _postgres_cpu(),
                "own": time.process_time()}

    warmup = _max_warmup(n)
    target.start()
    try:
        stats, window = asyncio.run(_load(target.server.base, target.reps[:n], cursor,
                                          warmup, seconds, think, sample,
                                          target.protocol, target.schema_version))
    finally:
        target.stop()
    before, after = stats["cpu_open"], stats["cpu_close"]
    server0, pg0, own0 = before["server"], before["pg"], before["own"]
    server1, pg1, own1 = after["server"], after["pg"], after["own"]
    pg = sum(v - pg0.get(pid, 0.0) for pid, v in pg1.items())
    cycles = max(stats["cycles"], 1)
    both = stats["push"] + stats["pull"]
    return {
        "cycles_per_s": round(stats["cycles"] / window, 2),
        "requests_per_s": round(len(both) / window, 2),
        **{f"cycle_p{q}_ms": round(_percentile(stats["cycle"], q / 100) * 1000, 1)
           for q in (50, 95, 99)},
        **{f"{name}_p{q}_ms": round(_percentile(values, q / 100) * 1000, 1)
           for name, values in (("push", stats["push"]), ("pull", stats["pull"]))
           for q in (50, 99)},
        "errors": stats["errors"],
        "warmup_s": round(stats["warmup"], 1),
        "error_kinds": stats["error_kinds"],
        # CPU in the window per sync cycle ended in it; per sync cycle; PostgreSQL's is the whole machine's (others' queries too)
        "server_cpu_ms_per_cycle": round((server1 - server0) * 1000 / cycles, 2),
        "postgres_cpu_ms_per_cycle": round(pg * 1000 / cycles, 2),
        "load_generator_cpu_ms_per_cycle": round((own1 - own0) * 1000 / cycles, 2),
        "load_avg_1m_run": round(os.getloadavg()[0], 2),
    }


def _median(values):
    ordered = sorted(v for v in values if v == v)
    if not ordered:
        return float("nan")
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else round((ordered[mid - 1] + ordered[mid]) / 2, 2)


def curve(emit, cfg: dict, work: Path) -> None:
    """The saturation curve: each size of cfg["reps"], cfg["runs"] times, against this
    checkout and (ROUNDS_BENCH_BASELINE) a baseline checkout alternately, run for run."""
    trees = [("this", ROOT)]
    if cfg["baseline"]:
        trees.append(("baseline", Path(cfg["baseline"]).resolve()))
    targets = []
    try:
        for label, tree in trees:
            targets.append(Target(label, tree, max(cfg["reps"]), cfg["workers"], work))
        runs: dict[tuple[str, int], list[dict]] = {}
        for round_no in range(cfg["runs"]):
            for n in cfg["reps"]:
                # alternate which checkout goes first, so that drift hits both alike
                order = targets if round_no % 2 == 0 else targets[::-1]
                for target in order:
                    result = measure(target, n, cfg["seconds"], cfg["think"])
                    runs.setdefault((target.label, n), []).append(result)
                    emit({"metric": "saturation_run", "tree": target.label, "reps": n,
                          "protocol": target.protocol,
                          "run": round_no + 1, "workers": cfg["workers"],
                          "think_s": cfg["think"], "seconds": cfg["seconds"], **result})
                    time.sleep(cfg["pause"])
        for (label, n), results in runs.items():
            summary = {key: _median([r[key] for r in results]) for key in results[0]
                       if key != "error_kinds"}
            summary["errors_total"] = sum(r["errors"] for r in results)
            summary["load_avg_1m_runs"] = [r["load_avg_1m_run"] for r in results]
            del summary["load_avg_1m_run"]
            protocol = next(t.protocol for t in targets if t.label == label)
            emit({"metric": "saturation_median", "tree": label, "reps": n,
                  "protocol": protocol,
                  "runs": len(results), "workers": cfg["workers"], "think_s": cfg["think"],
                  "value": summary["cycles_per_s"], "unit": "cycles/s", **summary})
        if cfg["baseline"]:
            for n in cfg["reps"]:
                ours = _median([r["cycles_per_s"] for r in runs[("this", n)]])
                theirs = _median([r["cycles_per_s"] for r in runs[("baseline", n)]])
                emit({"metric": "saturation_gain", "reps": n, "unit": "x",
                      "value": round(ours / theirs, 2) if theirs else None})
    finally:
        for target in targets:
            target.close()


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
    with tempfile.TemporaryDirectory(prefix="rounds-bench-server-") as work:
        curve(emit, cfg, Path(work))
        if cfg["snapshot"]:
            snapshot(emit, cfg, Path(work))


def snapshot(emit, cfg: dict, work: Path) -> None:
    """One rep's first sync of a large territory through /sync/snapshot."""
    key = secrets.token_urlsafe(32)
    db = BenchDatabase()
    server = None
    try:
        snap_rep = seed_snapshot_territory(db.engine, key, cfg["snapshot_customers"],
                                           cfg["snapshot_visits"])
        server = ServerProcess(db.url, key, work, cfg["workers"])
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
    import signal

    from bench.__main__ import RESULTS, git_commit, machine_facts, make_emitter

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # servers stop, databases drop
    quick_run = "--quick" in sys.argv[1:] or os.environ.get("ROUNDS_BENCH_QUICK") == "1"
    run(make_emitter("server_sync", git_commit(), machine_facts(), RESULTS), quick=quick_run)
