"""A token renewal whose answer is lost on the way (issue 15, defect 4): the server rotated
the refresh token, the laptop never heard of the new one. Minutes later (the worker's
back-off on a bad network) the laptop renews with the token it still has, and must not be
asked to sign in again.

The server runs in this process (the app served by a real uvicorn, reached over HTTP through
a loopback proxy that loses the one answer) so that the test moves the server's clock on
instead of waiting: `server.core.clock.now` is what every token expiry is judged by."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from sqlmodel import Session

from desktop.models import Customer, utcnow
from desktop.sync.account import open_session
from desktop.sync.errors import OfflineError
from desktop.sync.keyring_store import TokenStore
from server.core import clock, security
from server.core.config import Settings
from server.main import create_app
from server.models import RefreshToken
from tests.e2e.faulty_proxy import FaultyProxy
from tests.servers import serve


class ServerClock:
    """The in-process server's clock: real time plus what the test moved it on by."""

    def __init__(self, monkeypatch):
        self.ahead = timedelta()
        monkeypatch.setattr(clock, "now", lambda: utcnow() + self.ahead)

    def move_on(self, **amount) -> None:
        self.ahead += timedelta(**amount)


@pytest.fixture
def server_clock(monkeypatch) -> ServerClock:
    return ServerClock(monkeypatch)


@pytest.fixture
def live_server(tmp_path, demo_db, server_clock):
    """The demo data's server app on a copy of the demo database, served over HTTP."""
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    shutil.copy(demo_db, data_dir / "server.sqlite3")
    settings = Settings(database_url=f"sqlite:///{data_dir / 'server.sqlite3'}",
                        server_data_dir=data_dir,
                        secret_key="e2e-test-secret-key-not-for-production-0123456789")
    app = create_app(settings)
    with serve(app) as live:
        yield live, app.state.engine
    app.state.engine.dispose()


def _refresh_token(client) -> str:
    with client.using_keyring():
        return TokenStore(client.server_url, client.username).load().refresh_token


def test_a_lost_refresh_answer_does_not_make_the_rep_sign_in_again(live_server, server_clock,
                                                                   make_client):
    live, engine = live_server
    with FaultyProxy(live.port) as network:
        network.enabled = False  # a good network, but for the faults planned below
        rep = make_client(network, "rep1")
        # one connection per request, so that a planned fault meets the request it is for
        rep.session.transport.session.headers["Connection"] = "close"
        rep.sync()
        held = _refresh_token(rep)

        server_clock.move_on(minutes=16)  # the access token (15 minutes) has expired
        # the pull is answered 401 token_expired; the renewal reaches the server, which
        # rotates the refresh token, and its answer is lost; so is the renewal sent again
        # at once on a new connection (reset before it reaches the server)
        network.planned += ["ok", "drop_after_request", "reset"]
        with pytest.raises(OfflineError):
            rep.sync()
        assert network.planned == []
        with Session(engine) as s:
            assert s.get(RefreshToken, security.token_digest(held)).used_at is not None
        assert _refresh_token(rep) == held  # the laptop never heard of the new pair

        server_clock.move_on(minutes=2)  # the worker's back-off on a bad network
        rep.store.create(Customer, kind="pharmacy", name="断网后的药店")
        report = rep.sync()  # renews with the token it still holds
        assert report.pushed == 1 and rep.store.pending_count() == 0
        renewed = _refresh_token(rep)
        assert renewed != held

        server_clock.move_on(minutes=16)  # and the token it got now renews as usual
        rep.sync()
        assert _refresh_token(rep) not in (held, renewed)


def test_two_programs_of_one_laptop_renew_without_signing_each_other_out(
        live_server, server_clock, make_client):
    """The app and `rounds sync` share the keyring's tokens, each keeping them in memory.
    One that renews with a refresh token the other has replaced since (and used) would
    look like a copied token and end the sign-in; it takes the keyring's newest instead."""
    live, _engine = live_server
    app = make_client(live, "rep1")
    with app.using_keyring():
        cli = open_session(app.paths, app.session.account)
        try:
            cli.client.run_cycle()  # holds the first tokens in memory from now on
            for _ in range(2):  # the app renews twice: the first token is superseded
                server_clock.move_on(minutes=16)
                app.session.client.run_cycle()
            server_clock.move_on(minutes=16)
            cli.store.create(Customer, kind="pharmacy", name="命令行同步的药店")
            assert cli.client.run_cycle().pushed == 1
            server_clock.move_on(minutes=16)
            app.session.client.run_cycle()  # and the app is still signed in
        finally:
            cli.close()
