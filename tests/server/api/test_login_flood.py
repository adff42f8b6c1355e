"""A flood of sign-ins with wrong passwords must not stall pushes: a password is hashed
(argon2: tens of milliseconds of CPU at production parameters) with no transaction open,
so no write lock is held while it runs.

No timing: the hasher is wrapped so that it stops inside a wrong-password verification
until the test has (1) looked at the database from a second connection and (2) pushed."""

from __future__ import annotations

import sqlite3
import threading

import requests
from sqlalchemy import text
from sqlalchemy.engine import make_url

from server.core import security
from server.core.db import is_sqlite
from tests.server.helpers import HEADERS, mutation

FLOOD_GUESS = "flood-guess-not-the-password"


class _PausingHasher:
    """The real argon2 hasher; a verification of FLOOD_GUESS first calls `inside`."""

    def __init__(self, real, inside):
        self._real, self._inside = real, inside

    def verify(self, password_hash, password):
        if password == FLOOD_GUESS:
            self._inside()
        return self._real.verify(password_hash, password)

    def __getattr__(self, name):
        return getattr(self._real, name)


def _transactions_open_elsewhere(engine) -> list[str]:
    """What another connection sees of open transactions: on SQLite, whether somebody
    holds the write lock (BEGIN IMMEDIATE with no waiting); on PostgreSQL, the sessions
    of this database that sit inside a transaction."""
    if is_sqlite(engine):
        probe = sqlite3.connect(make_url(engine.url).database, timeout=0,
                                isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            return []
        except sqlite3.OperationalError as exc:
            return [f"write lock held: {exc}"]
        finally:
            probe.close()
    with engine.connect() as connection:
        return [f"pid {pid}: {state}: {query}" for pid, state, query in connection.execute(text(
            "SELECT pid, state, query FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND state LIKE 'idle in transaction%'"))]


def test_a_push_completes_while_a_wrong_password_is_being_hashed(world, live_url, engine,
                                                                  monkeypatch):
    hashing, pushed = threading.Event(), threading.Event()
    seen: dict = {}

    def inside_the_hash():
        seen["open_transactions"] = _transactions_open_elsewhere(engine)
        hashing.set()
        seen["push_done_in_time"] = pushed.wait(30)

    monkeypatch.setattr(security, "_hasher", _PausingHasher(security._hasher, inside_the_hash))
    answers = {}

    def sign_in_wrongly():
        answers["login"] = requests.post(f"{live_url}/api/v1/auth/token", headers=HEADERS,
                                         timeout=60, json={
            "username": world.names["rep_b"], "password": FLOOD_GUESS, "device_id": "flood"})

    attacker = threading.Thread(target=sign_in_wrongly)
    attacker.start()
    try:
        assert hashing.wait(30), "the wrong password was never verified"
        rep = world.rep_a
        try:
            answers["push"] = requests.post(
                f"{live_url}/api/v1/sync/push", headers=rep.headers, timeout=10, json={
                    "device_id": rep.device_id, "schema_version": int(HEADERS[
                        "X-Rounds-Schema-Version"]),
                    "mutations": [mutation("customer", kind="hospital", name="洪水医院",
                                           territory_id=world.t1)]})
        except requests.Timeout:
            answers["push"] = None
    finally:
        pushed.set()
        attacker.join(60)
    assert seen["open_transactions"] == []
    assert answers["push"] is not None, "the push waited for the sign-in's password hash"
    assert answers["push"].status_code == 200, answers["push"].text
    assert answers["push"].json()["results"][0]["status"] == "applied"
    assert answers["login"].status_code == 401
