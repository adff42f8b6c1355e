"""kill -9 of `rounds sync` at random points during push, pull and the first snapshot:
after a restart and a sync nothing is lost, nothing duplicated, and the store is intact."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import keyring
import pytest

from desktop.models import Customer
from desktop.paths import app_paths
from desktop.store.store import Store
from desktop.sync.account import last_account, open_session
from tests.e2e.conftest import DEMO_PASSWORD, ROOT, integrity_ok, rows_of, store_indexes
from tests.keyring_backend import FileKeyring
from tests.store_files import connect_store

pytestmark = pytest.mark.slow

ORGANISATIONS = ("hospital", "pharmacy", "distributor")
# Trials run until this many kills landed mid-sync (a sync that finished before its kill
# point proves nothing), within a bound on the number of trials.
KILLS_WANTED = 52
MAX_TRIALS = 100
SNAPSHOT_TRIALS = 5  # fresh devices killed in their first (snapshot) sync, as `rounds sync`


def victim_env(data_dir: Path, keyring_file: Path, tmp_path: Path) -> dict:
    return {**os.environ, "ROUNDS_DATA_DIR": str(data_dir), "PYTHONPATH": str(ROOT),
            "PYTHON_KEYRING_BACKEND": "tests.keyring_backend.FileKeyring",
            "ROUNDS_TEST_KEYRING_FILE": str(keyring_file),
            "ROUNDS_MACHINE_CONFIG": str(tmp_path / "no-machine.toml")}


def rounds(env: dict, *args: str, input: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, input=input,
                          capture_output=True, text=True, timeout=120)


def kill_after_progress(lines, rng: random.Random, child_alive, kill) -> tuple[bool, str]:
    """Kill -9 the child after a random number of its progress lines (each one is written
    after a batch or page committed) plus a random few ms, so the kill lands inside the
    next request or transaction."""
    last_phase = ["start"]
    target = rng.randrange(0, 6)
    seen = 0
    for line in lines:
        if line.startswith("progress"):
            seen += 1
            last_phase[0] = line.split()[1]
            if seen > target:
                time.sleep(rng.uniform(0, 0.01))
                break
    killed = child_alive()
    if killed:
        kill()
    return killed, last_phase[0] if seen else "start"


def cli_sync_and_kill(env: dict, rng: random.Random) -> tuple[bool, str]:
    """`rounds sync` as a real subprocess, killed mid-sync."""
    child = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "--progress", "--push-batch", "4",
         "--page-size", "15"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        text=True)
    result = kill_after_progress(child.stderr, rng, lambda: child.poll() is None,
                                 lambda: child.send_signal(signal.SIGKILL))
    child.wait()
    child.stderr.close()
    return result


def forked_sync_and_kill(victim_dir: Path, rng: random.Random) -> tuple[bool, str]:
    """The same cycle in a forked child of this (already imported) process: a client
    process without the interpreter start-up, so that many trials fit in little time."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: sync, report progress on the pipe, never return to pytest
        code = 0
        try:
            os.close(read_fd)
            out = os.fdopen(write_fd, "w", buffering=1)
            session = open_session(app_paths(victim_dir), push_batch=4, pull_limit=15,
                                   snapshot_limit=15)
            session.client.run_cycle(
                progress=lambda phase, done, total: out.write(f"progress {phase}\n"))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_fd)
    with os.fdopen(read_fd) as lines:
        alive = {"yes": True}

        def child_alive():
            done, _ = os.waitpid(pid, os.WNOHANG)
            alive["yes"] = done == 0
            return alive["yes"]

        result = kill_after_progress(lines, rng, child_alive,
                                     lambda: os.kill(pid, signal.SIGKILL))
    if alive["yes"]:
        os.waitpid(pid, 0)
    return result


def test_kill_9_during_sync_loses_and_duplicates_nothing(server, make_client, tmp_path,
                                                         monkeypatch):
    rng = random.Random(20261126)
    keyring_file = tmp_path / "victim-keyring.json"
    monkeypatch.setenv("ROUNDS_TEST_KEYRING_FILE", str(keyring_file))
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    remote = make_client(server, "rep1")  # another device of the same rep
    remote.sync()
    expected_notes: dict[str, str] = {}
    created: set[str] = set()
    killed_trials = 0
    killed_after: Counter[str] = Counter()  # phase of the last completed step
    phases = {"fresh": 0, "push_or_pull": 0}
    Store.open(tmp_path / "never-synced.sqlite3").close()
    complete_indexes = store_indexes(tmp_path / "never-synced.sqlite3")
    try:
        victim_dir = None
        for trial in range(MAX_TRIALS):
            if killed_trials >= KILLS_WANTED and trial >= SNAPSHOT_TRIALS:
                break
            if trial < SNAPSHOT_TRIALS or victim_dir is None:
                # a brand-new device: killed during its first (snapshot) sync
                victim_dir = tmp_path / f"victim{trial}"
                env = victim_env(victim_dir, keyring_file, tmp_path)
                result = rounds(env, "login", "--server", server.url, "--username", "rep1",
                                "--password-stdin", input=DEMO_PASSWORD + "\n")
                assert result.returncode == 0, result.stderr
                phases["fresh"] += 1
            else:
                env = victim_env(victim_dir, keyring_file, tmp_path)
                store = Store.open(app_paths(victim_dir).store_file(
                    last_account(app_paths(victim_dir), server.url).name))
                ids = sorted(k for k, v in rows_of(store, "customer").items()
                             if v["kind"] in ORGANISATIONS)
                territory = next(iter(rows_of(store, "territory")))  # any; server assigns
                with store.write() as w:  # one transaction, one outbox entry per change
                    for i in range(rng.randrange(3, 9)):
                        row_id = rng.choice(ids)
                        value = f"victim-{trial}-{i}"
                        w.update(Customer, row_id, notes=value)
                        expected_notes[row_id] = value
                    for i in range(rng.randrange(1, 4)):
                        c = w.create(Customer, kind="hospital", name=f"victim-{trial}-{i}")
                        created.add(c.id)
                del territory
                store.close()
                phases["push_or_pull"] += 1
            # the server moves on meanwhile, so the victim has pages to pull
            remote_ids = sorted(k for k, v in rows_of(remote.store, "customer").items()
                                if v["kind"] in ORGANISATIONS)
            with remote.store.write() as w:
                for i in range(rng.randrange(10, 40)):
                    w.update(Customer, rng.choice(remote_ids), phone=f"010-6{trial:03d}{i:04d}")
            remote.sync()

            started = time.monotonic()
            if trial < SNAPSHOT_TRIALS:
                killed, lines = cli_sync_and_kill(env, rng)
            else:
                killed, lines = forked_sync_and_kill(victim_dir, rng)
            killed_trials += killed
            if killed:
                killed_after[lines] += 1
            print(f"trial {trial}: killed={killed} after {lines}, "
                  f"{time.monotonic() - started:.2f} s")

            # restart and sync to the end
            path = app_paths(victim_dir).store_file(
                last_account(app_paths(victim_dir), server.url).name)
            assert integrity_ok(path), f"trial {trial}: damaged store after kill"
            session = open_session(app_paths(victim_dir))
            try:
                session.client.run_cycle()
                assert session.store.pending_count() == 0
                remote.sync()
                victim_rows = rows_of(session.store, "customer")
                remote_rows = rows_of(remote.store, "customer")
                assert victim_rows == remote_rows, f"trial {trial}: stores differ"
                for row_id, value in expected_notes.items():
                    assert remote_rows[row_id]["notes"] == value, f"trial {trial}: lost edit"
                assert created <= set(remote_rows), f"trial {trial}: lost creation"
            finally:
                session.close()
            assert integrity_ok(path)
            # indexes set aside by a killed first sync are all back
            assert store_indexes(path) == complete_indexes, f"trial {trial}: indexes missing"
            # and the search index holds every customer (computed on a thread while later
            # tables downloaded, or rebuilt at the end of a download killed before that)
            with connect_store(path) as con:
                indexed = {r[0] for r in con.execute(
                    "SELECT customer_id FROM customer_search_doc")}
                live = {r[0] for r in con.execute("SELECT id FROM customer WHERE deleted = 0")}
            assert indexed == live, f"trial {trial}: search index incomplete"
            names = server.query("SELECT name, count(*) FROM customer WHERE name LIKE "
                                 "'victim-%' GROUP BY name, id")
            assert sum(n for _, n in names) == len(created), "duplicated creations"
    finally:
        keyring.set_keyring(previous_keyring)
    assert killed_trials >= 50, f"only {killed_trials} runs were killed mid-sync"
    assert phases["fresh"] >= 5
    assert {"snapshot", "push", "pull"} <= set(killed_after), killed_after

