"""Does the window stall? The real app window (offscreen Qt) runs a 10 ms timer and records
when each tick arrives; a gap between two ticks is how long the GUI event loop could not
run. Reported per scenario: the longest gap, p99, p50 and the number of ticks (goal: longest
gap < 100 ms and p99 < 30 ms in every scenario).

Scenarios (each in a fresh process, as a user would meet them):
- `first_sync`: the app signed in to a live `rounds-server serve` (the demo region seen by
  its manager: 10,000 customers + 100,000 visits, the same cached server database as
  `bench client_sync`) opens on Today and runs its first sync; measured from the worker's
  start to 2 s after `sync_finished` (the screens re-read after it).
- `incremental_sync` (same process, after the first sync): a rep pushes 30 customer changes
  and 10 follow-ups to the server, the app's manager saves 20 follow-ups, then a background
  cycle pushes and pulls them while Today shows; three rounds, measured from `sync_now()`
  to 2 s after `sync_finished`.
- `import_sync` (same process): the client has no import of its own, so 3,000 customers
  (500 hospitals, 2,500 doctors) are imported on the server (`rounds-server import
  customers`) and the next background cycle brings them down while Customers shows.
- `index_rebuild` (fresh process, pypinyin not loaded yet, as in a first sync): the search
  index of the synced store (13,000 customers) rebuilt the way the first sync does it, in a
  background thread, while Today shows.
- `search_typing` (fresh process, 50,000 customers): queries typed into Customers' search box
  letter by letter, 180 ms between keys (each key outlasts the search delay, so every
  letter searches), Chinese committed a character at a time as an input method does.

    .venv/bin/python -m bench stall
    ROUNDS_BENCH_STALL=first_sync,search_typing ...   # only some scenarios
    ROUNDS_BENCH_QUICK=1 ...                           # 1,000 + 10,000 (and 5,000 to type in)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bench_client_sync import (
    PASSWORD,
    _client_env,
    _seeded_db,
    _server_env,
    _sizes,
)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SCENARIOS = ("first_sync", "incremental_sync", "import_sync", "index_rebuild", "search_typing")
GOAL_LONGEST_MS, GOAL_P99_MS = 100, 30


def _wanted() -> list[str]:
    chosen = os.environ.get("ROUNDS_BENCH_STALL")
    return [s.strip() for s in chosen.split(",")] if chosen else list(SCENARIOS)


# -------------------------------------------------------------------------- in the parent
def _run_child(function: str, env: dict) -> list[dict]:
    done = subprocess.run([sys.executable, "-c",
                           f"from bench.stall_app import {function} as f; f()"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=3600)
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0:
        raise RuntimeError(f"{function} failed ({done.returncode}): {done.stderr[-3000:]}")
    if os.environ.get("HOGS"):
        sys.stderr.write(done.stderr[-20000:])
    return lines


def _emit_scenario(emit, line: dict) -> None:
    scenario = line.pop("scenario")
    longest, p99 = line["longest_ms"], line["p99_ms"]
    emit({"metric": f"{scenario}_longest_gap", "value": longest, "unit": "ms",
          "goal": GOAL_LONGEST_MS, "met": longest < GOAL_LONGEST_MS, **line})
    emit({"metric": f"{scenario}_gap_p99", "value": p99, "unit": "ms", "goal": GOAL_P99_MS,
          "met": p99 < GOAL_P99_MS, "p50_ms": line["p50_ms"], "ticks": line["ticks"]})


def _qt_env(env: dict) -> dict:
    return {**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT) + os.environ.get("HOGS_PATH", "")}


def _typing_store(folder: Path) -> Path:
    from bench.bench_ui import _copy_store, cached_store

    customers = 5_000 if os.environ.get("ROUNDS_BENCH_QUICK") else 50_000
    data = folder / "typing"
    _copy_store(cached_store(customers, 0), data)
    (data / "config").mkdir(parents=True, exist_ok=True)
    (data / "config" / "ui.ini").write_text("[first_run]\ncompleted=true\n[window]\n"
                                            "last_view=customers\n", encoding="utf-8")
    return data


def run(emit) -> None:
    from tests.servers import free_port, wait_until_healthy

    wanted = _wanted()
    workdir = Path(tempfile.mkdtemp(prefix="rounds-bench-stall-"))
    server = None
    try:
        if {"first_sync", "incremental_sync", "import_sync", "index_rebuild"} & set(wanted):
            customers, visits = _sizes()
            db = workdir / "server.sqlite3"
            shutil.copy(_seeded_db(customers, visits), db)
            port = free_port()
            url = f"http://127.0.0.1:{port}"
            server_env = {**_server_env(workdir), "PYTHONPATH": str(ROOT)}
            server = subprocess.Popen([str(BIN / "rounds-server"), "serve", "--db",
                                       f"sqlite:///{db}", "--port", str(port)],
                                      env=server_env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            wait_until_healthy(url, process=server, timeout=120)
            manager_dir = workdir / "manager"
            env = _client_env(manager_dir, workdir / "keyring.json")
            subprocess.run([sys.executable, "-m", "desktop", "login", "--server", url,
                            "--username", "manager", "--password-stdin"], env=env,
                           input=PASSWORD + "\n", text=True, check=True, capture_output=True)
            (manager_dir / "config").mkdir(parents=True, exist_ok=True)
            (manager_dir / "config" / "ui.ini").write_text(
                "[first_run]\ncompleted=true\n", encoding="utf-8")
            from desktop.paths import app_paths
            from desktop.sync.local_account import last_account

            account = last_account(app_paths(manager_dir), url)
            manager_store = app_paths(manager_dir).store_file(account.name)
            import sqlite3

            with sqlite3.connect(db) as con:  # customers of rep1's territory, for the edits
                territory = con.execute(
                    "SELECT t.id FROM territory t JOIN srv_user u ON u.id = t.owner_user_id "
                    "WHERE u.username = 'rep1' ORDER BY t.id").fetchone()[0]
                ids = [r[0] for r in con.execute(
                    "SELECT id FROM customer WHERE territory_id = ? AND deleted = 0 AND kind IN "
                    "('hospital', 'pharmacy') ORDER BY id LIMIT 30", (territory,))]
            env = _qt_env({**env, "ROUNDS_SERVER_URL": url,
                           "ROUNDS_BENCH_STALL_WANTED": json.dumps(wanted),
                           "ROUNDS_BENCH_STALL_REP_DIR": str(workdir / "rep1"),
                           "ROUNDS_BENCH_STALL_CUSTOMERS": json.dumps(ids),
                           "ROUNDS_BENCH_STALL_TERRITORY": territory,
                           "ROUNDS_BENCH_STALL_MANAGER_STORE": str(manager_store),
                           "ROUNDS_BENCH_STALL_SERVER_DB": f"sqlite:///{db}"})
            for line in _run_child("child_synced_app", env):
                _emit_scenario(emit, line)
            if "index_rebuild" in wanted:
                for line in _run_child("child_index_rebuild", env):
                    _emit_scenario(emit, line)
        if "search_typing" in wanted:
            data = _typing_store(workdir)
            env = _qt_env({**os.environ, "ROUNDS_DATA_DIR": str(data),
                           "ROUNDS_MACHINE_CONFIG": str(data / "no-machine.toml")})
            env.pop("ROUNDS_SERVER_URL", None)
            for line in _run_child("child_search_typing", env):
                _emit_scenario(emit, line)
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
        if not os.environ.get("ROUNDS_BENCH_STALL_KEEP"):
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    run(lambda record: print(json.dumps(record, ensure_ascii=False), flush=True))
