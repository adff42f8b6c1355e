"""Two sign-ins of one user at the same moment, while the server upgrades the user's
password hash to its current argon2 parameters: both succeed (the second is not told its
password is wrong because the first stored the upgraded hash), and a real reset still
refuses the old password.

The race is made certain, not left to timing: the test holds the database write step
(SQLite: its write lock; PostgreSQL: the user's row lock) until both sign-ins, on a real
server over HTTP, have read the old hash and checked the password and wait at that step;
then it lets them go, one after the other. One server process signs in one user at a time
by default (`max_concurrent_sign_ins`); the race is between server processes behind a load
balancer, or within one allowed two sign-ins at once, as here."""

from __future__ import annotations

import sys
import threading
import time
import uuid
from contextlib import contextmanager

import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import delete, select, text

from server.accounts import tokens
from server.accounts.users import create_user
from server.core import security
from server.core.db import read_session, write_session
from server.main import create_app
from server.models import LoginThrottle, User
from tests.server.helpers import HEADERS, PASSWORD
from tests.servers import serve


@pytest.fixture(scope="module")
def live_url(server_settings, engine):
    """A real server (uvicorn) that lets two sign-ins run at once."""
    settings = server_settings.model_copy(update={"max_concurrent_sign_ins": 2})
    with serve(create_app(settings, engine=engine, run_migrations=False)) as live:
        yield live.url


# Other argon2 parameters than the server's: its first sign-in upgrades the hash.
_OLD_HASHER = PasswordHasher(time_cost=2, memory_cost=512, parallelism=1)


def _user_with_old_hash(engine) -> tuple[str, str]:
    name = f"rehash-{uuid.uuid4().hex[:8]}"
    with write_session(engine) as session:
        user = create_user(session, username=name, password=PASSWORD, role="admin")
        user.password_hash = _OLD_HASHER.hash(PASSWORD)
        session.add(user)
        session.commit()
        user_id = user.id
    assert security.needs_rehash(_OLD_HASHER.hash(PASSWORD))
    return name, user_id


@contextmanager
def _write_step_held(engine, user_id: str):
    """Sign-ins of the user wait at their write step until the block ends (what was written
    on the connection yielded then commits first)."""
    with engine.execution_options(sqlite_immediate=True).connect() as conn:
        # (SQLite: BEGIN IMMEDIATE, the write lock; PostgreSQL: the user's row)
        conn.execute(select(User.id).where(User.id == user_id).with_for_update())
        try:
            yield conn
        finally:
            conn.commit()


def _write_step_line() -> int:
    """The line of `_try_login` where its write step starts."""
    code = tokens._try_login.__code__
    lines = tokens.__loader__.get_source(tokens.__name__).splitlines()
    for number in range(code.co_firstlineno, len(lines) + 1):
        if "with write_session(engine)" in lines[number - 1]:
            return number
    raise AssertionError("no write step found in _try_login")


def _sign_ins_waiting() -> int:
    """How many sign-ins of the served app (threads of this process) are at their write
    step or past it, i.e. have read the hash and checked the password."""
    step, code, waiting = _write_step_line(), tokens._try_login.__code__, 0
    for frame in sys._current_frames().values():
        while frame is not None:
            if frame.f_code is code and frame.f_lineno >= step:
                waiting += 1
                break
            frame = frame.f_back
    return waiting


def _sign_in(url: str, username: str, password: str, device: str, answers: dict) -> None:
    answers[device] = httpx.post(f"{url}/api/v1/auth/token", headers=HEADERS, timeout=60,
                                 json={"username": username, "password": password,
                                       "device_id": device})


def _race(live_url: str, engine, username: str, user_id: str, password: str) -> dict:
    answers: dict = {}
    threads = [threading.Thread(target=_sign_in, args=(live_url, username, password,
                                                       f"laptop-{n}", answers))
               for n in (1, 2)]
    with _write_step_held(engine, user_id):
        for thread in threads:
            thread.start()
        deadline = time.monotonic() + 30
        while _sign_ins_waiting() < 2:
            assert time.monotonic() < deadline, "the two sign-ins never reached the write"
            time.sleep(0.01)
    for thread in threads:
        thread.join(60)
    return answers


def test_two_sign_ins_while_the_hash_is_upgraded_both_succeed(live_url, engine):
    username, user_id = _user_with_old_hash(engine)
    answers = _race(live_url, engine, username, user_id, PASSWORD)
    assert sorted(answers) == ["laptop-1", "laptop-2"]
    for device, answer in answers.items():
        assert answer.status_code == 200, (device, answer.text)
        assert answer.json()["user"]["username"] == username
    with read_session(engine) as session:
        stored = session.get(User, user_id).password_hash
    assert not security.needs_rehash(stored)  # upgraded
    assert security.verify_password(PASSWORD, stored)


def test_a_reset_meanwhile_still_refuses_the_old_password(live_url, engine):
    """The hash changes between a sign-in's read and its write because of a reset: the old
    password is wrong now, even for a sign-in that checked it just before."""
    username, user_id = _user_with_old_hash(engine)
    answers: dict = {}
    thread = threading.Thread(target=_sign_in, args=(live_url, username, PASSWORD,
                                                     "laptop-1", answers))
    with _write_step_held(engine, user_id) as conn:
        thread.start()
        deadline = time.monotonic() + 30
        while _sign_ins_waiting() < 1:
            assert time.monotonic() < deadline, "the sign-in never reached its write step"
            time.sleep(0.01)
        conn.execute(text("UPDATE srv_user SET password_hash = :hash WHERE id = :id"),
                     {"hash": security.hash_password("a new password 99"), "id": user_id})
    thread.join(60)
    assert answers["laptop-1"].status_code == 401
    assert answers["laptop-1"].json()["code"] == "not_authenticated"
    new_password = httpx.post(f"{live_url}/api/v1/auth/token", headers=HEADERS, timeout=60,
                              json={"username": username, "password": "a new password 99",
                                    "device_id": "laptop-1"})
    assert new_password.status_code == 200
    with write_session(engine) as session:  # the failure counted for the tests' address
        session.execute(delete(LoginThrottle))
        session.commit()
