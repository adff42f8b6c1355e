"""Pushes under a flood of sign-ins with wrong passwords.

    .venv/bin/python -m bench login_flood

A live `rounds-server serve` (one worker, a SQLite file: the default set-up, where a writing
transaction holds the database's only write lock) with the production argon2 parameters.
Reps push one small change after another (a tier change, 0.05 s apart) for a quiet spell,
then again while FLOOD threads (12, as in issue 14) post wrong passwords to /auth/token
without pause. Figures per phase: push latency p50/p99/max (ms), pushes, failed pushes, and
for the flood the sign-ins answered per second.

The throttle is opened wide for the run (ROUNDS_LOGIN_*_FREE_FAILURES = 10^6): it would stop
a flood from one address after a few guesses, and the figure wanted is the worst case, a
guesser with as many addresses as requests, whose every guess is hashed.

Environment: ROUNDS_BENCH_FLOOD_THREADS (12), ROUNDS_BENCH_FLOOD_PUSHERS (4),
ROUNDS_BENCH_FLOOD_SECONDS (20 per phase), ROUNDS_BENCH_QUICK=1 (5 s per phase).
"""

from __future__ import annotations

import os
import secrets
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from tests.servers import checkout_env, free_port, server_command, wait_until_healthy

WIDE_OPEN = str(10 ** 6)


def _config() -> dict:
    quick = os.environ.get("ROUNDS_BENCH_QUICK") == "1"
    return {"flood_threads": int(os.environ.get("ROUNDS_BENCH_FLOOD_THREADS", 12)),
            "pushers": int(os.environ.get("ROUNDS_BENCH_FLOOD_PUSHERS", 4)),
            "seconds": float(os.environ.get("ROUNDS_BENCH_FLOOD_SECONDS", 5 if quick else 20)),
            "push_pause": 0.05}


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _start_server(db_url: str, key: str, work: Path) -> tuple[subprocess.Popen, str, object]:
    port = free_port()
    env = checkout_env({**os.environ, "ROUNDS_SECRET_KEY": key,
                        "ROUNDS_SERVER_DATA_DIR": str(work),
                        "ROUNDS_LOGIN_FREE_FAILURES": WIDE_OPEN,
                        "ROUNDS_LOGIN_ADDRESS_FREE_FAILURES": WIDE_OPEN,
                        "ROUNDS_LOGIN_USER_FREE_FAILURES": WIDE_OPEN})
    log = (work / "server.log").open("wb")
    process = subprocess.Popen(
        server_command("serve", "--db", db_url, "--port", str(port), "--no-access-log"),
        env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    wait_until_healthy(base, process=process, timeout=120,
                       what=f"the server (log: {log.name})")
    return process, base, log


def _pusher(base: str, rep: dict, until: float, pause: float, out: dict, lock) -> None:
    import requests

    from desktop.models import SCHEMA_VERSION

    headers = {"Authorization": f"Bearer {rep['token']}",
               "X-Rounds-Schema-Version": str(SCHEMA_VERSION)}
    customers = list(rep["customers"])
    with requests.Session() as http:
        n = 0
        while time.monotonic() < until:
            n += 1
            customer = customers[n % len(customers)]
            body = {"device_id": rep["device_id"], "schema_version": SCHEMA_VERSION,
                    "mutations": [{"seq": rep["seq"] + n, "table": "customer",
                                   "row_id": customer, "op": "update",
                                   "base_revision": rep["customers"][customer],
                                   "changes": {"tier": "ABC"[n % 3]}}]}
            started = time.perf_counter()
            try:
                r = http.post(f"{base}/api/v1/sync/push", json=body, headers=headers,
                              timeout=120)
                ok = r.status_code == 200
                if ok:
                    [result] = r.json()["results"]
                    ok = result["status"] != "rejected"
                    rep["customers"][customer] = result.get("revision") or 0
            except Exception:  # noqa: BLE001 - a timeout or reset is a failed push
                ok = False
            elapsed = time.perf_counter() - started
            with lock:
                out["push"].append(elapsed)
                out["failed"] += not ok
            time.sleep(pause)
        rep["seq"] += n


def _flooder(base: str, usernames: list[str], stop: threading.Event, out: dict, lock) -> None:
    import requests

    with requests.Session() as http:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                r = http.post(f"{base}/api/v1/auth/token", timeout=120, json={
                    "username": usernames[n % len(usernames)],
                    "password": f"guess-{secrets.token_hex(4)}", "device_id": "flood"})
                code = r.status_code
            except Exception:  # noqa: BLE001
                code = "error"
            with lock:
                out["logins"][code] = out["logins"].get(code, 0) + 1


def _phase(base: str, reps: list[dict], cfg: dict, flood: bool, usernames: list[str]) -> dict:
    lock, stop = threading.Lock(), threading.Event()
    out = {"push": [], "failed": 0, "logins": {}}
    flooders = [threading.Thread(target=_flooder, args=(base, usernames, stop, out, lock))
                for _ in range(cfg["flood_threads"] if flood else 0)]
    for thread in flooders:
        thread.start()
    if flood:
        time.sleep(1.0)  # the flood is under way before the first measured push
    started = time.monotonic()
    until = started + cfg["seconds"]
    pushers = [threading.Thread(target=_pusher, args=(base, rep, until, cfg["push_pause"],
                                                      out, lock))
               for rep in reps[:cfg["pushers"]]]
    for thread in pushers:
        thread.start()
    for thread in pushers:
        thread.join()
    out["seconds"] = time.monotonic() - started
    stop.set()
    for thread in flooders:
        thread.join(180)
    return out


def _emit_phase(emit, phase: str, out: dict, cfg: dict) -> None:
    common = {"phase": phase, "flood_threads": cfg["flood_threads"] if phase == "flood" else 0,
              "pushers": cfg["pushers"], "seconds": round(out["seconds"], 1)}
    for name, q in (("p50", 0.5), ("p99", 0.99), ("max", 1.0)):
        emit({"metric": f"push_latency_{name}", "unit": "ms", **common,
              "value": round(_percentile(out["push"], q) * 1000, 1)})
    emit({"metric": "pushes", "value": len(out["push"]), "unit": "count", **common})
    emit({"metric": "failed_pushes", "value": out["failed"], "unit": "count", **common})
    if phase == "flood":
        answered = sum(out["logins"].values())
        emit({"metric": "sign_ins_per_s", "value": round(answered / out["seconds"], 1),
              "unit": "1/s", "answers": {str(k): v for k, v in out["logins"].items()},
              **common})


def run(emit) -> None:
    from bench.server_under_test import seed_reps
    from server.core.db import create_server_engine, migrate

    cfg = _config()
    key = secrets.token_urlsafe(32)
    with tempfile.TemporaryDirectory(prefix="rounds-bench-flood-") as tmp:
        work = Path(tmp)
        db_url = f"sqlite:///{work / 'server.sqlite3'}"
        engine = create_server_engine(db_url)
        migrate(engine)
        reps = seed_reps(engine, key, max(cfg["pushers"], 4), prefix="flood")
        engine.dispose()
        for rep in reps:
            rep["seq"] = 0
        usernames = [f"flood{i}" for i in range(len(reps))]
        process, base, log = _start_server(db_url, key, work)
        try:
            for phase in ("quiet", "flood"):
                _emit_phase(emit, phase, _phase(base, reps, cfg, phase == "flood", usernames),
                            cfg)
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
            log.close()


if __name__ == "__main__":
    from bench.__main__ import RESULTS, git_commit, machine_facts, make_emitter

    run(make_emitter("login_flood", git_commit(), machine_facts(), RESULTS))
