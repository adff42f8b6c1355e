"""Slowing guessers down without locking users out.

Failures count per (user name, address) pair, with a looser limit per address and per user
name; a laptop that has signed in to the account before signs in with the right password
even while the account is under attack; `X-Forwarded-For` is believed only from the proxies
the server is configured to trust.

Each test runs its own live server on its own database: the counts are per address, and
every test client of a session comes from 127.0.0.1."""

from __future__ import annotations

import uuid
from contextlib import contextmanager

import pytest
import requests
from pydantic import ValidationError

from server.accounts.users import create_user
from server.core.config import Settings
from server.core.db import create_server_engine, migrate, write_session
from server.main import create_app
from server.sync.revisions import lock_revisions
from tests.server.helpers import HEADERS, PASSWORD
from tests.servers import serve

WRONG = "not the password"


@contextmanager
def _server(new_empty_database, tmp_path, **settings):
    """A live server on a new database: (url, user names); three free failures per pair,
    and a first wait long enough that a slowed-down key stays so for the whole test."""
    url = new_empty_database()
    engine = create_server_engine(url)
    migrate(engine)
    settings = Settings(database_url=url, server_data_dir=tmp_path, login_free_failures=3,
                        login_first_delay_seconds=600, **settings)
    names = [f"u{n}-{uuid.uuid4().hex[:6]}" for n in range(2)]
    with write_session(engine) as session:
        lock_revisions(session)
        for name in names:
            create_user(session, username=name, password=PASSWORD, role="admin")
        session.commit()
    app = create_app(settings, engine=engine, run_migrations=False)
    try:
        with serve(app) as live:
            yield live.url, names
    finally:
        engine.dispose()


def _sign_in(url, username, password, *, address=None, device="laptop-new"):
    headers = dict(HEADERS)
    if address:
        headers["X-Forwarded-For"] = address
    return requests.post(f"{url}/api/v1/auth/token", headers=headers, timeout=60, json={
        "username": username, "password": password, "device_id": device}).status_code


def test_failures_from_one_address_do_not_lock_the_user_out_elsewhere(
        new_empty_database, tmp_path):
    with _server(new_empty_database, tmp_path, trusted_proxies="127.0.0.1") as (url, names):
        user = names[0]
        codes = [_sign_in(url, user, WRONG, address="203.0.113.9") for _ in range(4)]
        assert codes == [401, 401, 401, 429]
        assert _sign_in(url, user, PASSWORD, address="203.0.113.9") == 429  # the attacker
        assert _sign_in(url, user, PASSWORD, address="198.51.100.20") == 200  # the user


def test_an_office_behind_one_address_keeps_signing_in(new_empty_database, tmp_path):
    # Old rule: 5 x login_free_failures (15 here) from one address blocked everybody there.
    with _server(new_empty_database, tmp_path, trusted_proxies="127.0.0.1") as (url, names):
        office = "192.0.2.44"
        codes = [_sign_in(url, f"typo-{n}", WRONG, address=office) for n in range(16)]
        assert codes == [401] * 16
        assert _sign_in(url, names[1], PASSWORD, address=office) == 200


def test_a_known_laptop_signs_in_while_its_user_is_under_attack(new_empty_database, tmp_path):
    with _server(new_empty_database, tmp_path, trusted_proxies="127.0.0.1",
                 login_user_free_failures=6, login_address_free_failures=6) as (url, names):
        user, office = names[0], "192.0.2.10"
        assert _sign_in(url, user, PASSWORD, address=office, device="laptop-1") == 200
        # Guessing from the office address (at many names) and at the user's name (from many
        # addresses), until both the address and the name are slowed down.
        for n in range(6):
            _sign_in(url, f"someone-{n}", WRONG, address=office)
            _sign_in(url, user, WRONG, address=f"203.0.113.{n}")
        assert _sign_in(url, user, PASSWORD, address=office, device="laptop-1") == 200
        assert _sign_in(url, user, PASSWORD, address="198.51.100.7", device="laptop-1") == 200
        assert _sign_in(url, user, PASSWORD, address="198.51.100.7") == 429
        assert _sign_in(url, names[1], PASSWORD, address=office) == 429
        # The known laptop is slowed down too when it is the one that guesses.
        codes = [_sign_in(url, user, WRONG, address=office, device="laptop-1")
                 for _ in range(4)]
        assert codes == [401, 401, 401, 429]


def test_forwarded_for_is_not_believed_without_a_configured_proxy(new_empty_database,
                                                                  tmp_path):
    with _server(new_empty_database, tmp_path, login_address_free_failures=5) as (url, _):
        codes = [_sign_in(url, f"victim-{n}", WRONG, address=f"10.9.{n}.1")
                 for n in range(20)]
        assert 429 in codes, "each spoofed X-Forwarded-For counted as a new address"


def test_only_the_address_the_trusted_proxy_saw_counts(new_empty_database, tmp_path):
    with _server(new_empty_database, tmp_path,
                 trusted_proxies="10.0.0.0/8, 127.0.0.1") as (url, names):
        user = names[0]
        for _ in range(4):
            _sign_in(url, user, WRONG, address="203.0.113.5")
        # The client wrote its own X-Forwarded-For; the proxy appended what it saw.
        assert _sign_in(url, user, PASSWORD, address="198.51.100.1, 203.0.113.5") == 429
        # Behind two trusted proxies (10.0.0.0/8 and the local one).
        assert _sign_in(url, user, PASSWORD, address="203.0.113.5, 10.1.2.3") == 429
        assert _sign_in(url, user, PASSWORD, address="198.51.100.1, 10.1.2.3") == 200


def test_a_bad_proxy_setting_is_refused_with_the_value_named():
    with pytest.raises(ValidationError, match="not-an-address"):
        Settings(trusted_proxies="127.0.0.1, not-an-address")
    assert Settings(trusted_proxies=" 127.0.0.1 ,::1, 10.0.0.0/8 ").trusted_proxy_networks


def test_serve_refuses_a_bad_proxy_setting_before_starting(tmp_path, monkeypatch, capsys):
    from server.cli import main

    assert main(["serve", "--trusted-proxies", "10.0.0.0/8,nginx-box",
                 "--data-dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ROUNDS_TRUSTED_PROXIES: 'nginx-box' is not an IP address")
    monkeypatch.setenv("ROUNDS_TRUSTED_PROXIES", "300.1.1.1")
    assert main(["init", "--data-dir", str(tmp_path)]) == 2
    assert "'300.1.1.1' is not an IP address" in capsys.readouterr().err
    assert not (tmp_path / "rounds-server.sqlite3").exists()
