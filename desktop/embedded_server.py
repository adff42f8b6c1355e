"""The real Rounds server, run inside this process on 127.0.0.1 for demos and the smoke check.

`start_embedded_server(folder)` migrates (and on first start seeds with demo data) a SQLite
database in `folder`, serves `server.main.create_app` with uvicorn in a background thread
on a free port, waits until `/api/v1/health` answers, and returns an `EmbeddedServer` with
its `url` and `stop()`. Why a thread and not a `rounds-server` subprocess:
docs/decisions/0006-launchers.md.

Used by `python -m tools.devrun` (`make run`) and `rounds --smoke`; never by a normal
client start, which talks to the organisation's server. Both sign in to it as a demo user
with the tokens in `MemoryKeyring`: development machines and CI have no desktop keyring, and
the client never falls back to plain-text secrets, so these two — a demo against a local
server with a published password — install it explicitly; `rounds` itself never does.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import os
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop.private_files import private_dir

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
DB_FILE = "server.sqlite3"
SEEDED_MARKER = ".demo-seeded"
START_TIMEOUT_S = 60.0
DEMO_USERNAME = "rep1"


class EmbeddedServerError(RuntimeError):
    """The embedded server could not be prepared or did not come up; the message says why."""


@dataclass
class EmbeddedServer:
    """A running embedded server. `url` is the base (no `/api/v1`); `stop()` is idempotent."""

    url: str
    database_url: str
    folder: Path
    _server: object = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def stop(self, timeout: float = 10.0) -> None:
        """Ask uvicorn to finish its requests and stop; wait for the thread."""
        if not self._thread.is_alive():
            return
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("embedded server did not stop within %.0f s; forcing", timeout)
            self._server.force_exit = True
            self._thread.join(timeout)

    def __enter__(self) -> EmbeddedServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def database_url(folder: Path) -> str:
    return f"sqlite:///{(folder / DB_FILE).resolve()}"


def prepare_database(folder: Path, *, seed_demo: bool = True,
                     customers: int | None = None) -> str:
    """Migrate the SQLite database in `folder` and, the first time, load the demo data.

    Goes through the server's own admin CLI (`seed-demo`, which migrates first), the same
    path an administrator uses, so the demo exercises the production code. A marker file
    written after a successful seed makes later starts skip it; an interrupted seed is
    redone from a fresh database.
    """
    from server import cli as server_cli

    private_dir(folder)
    url = database_url(folder)
    marker = folder / SEEDED_MARKER
    if seed_demo and not marker.exists():
        for leftover in folder.glob(DB_FILE + "*"):  # half-seeded database of a killed run
            leftover.unlink()
        argv = ["seed-demo", "--db", url]
        if customers is not None:
            argv += ["--customers", str(customers)]
        log.info("seeding the embedded server with demo data in %s", folder)
        started = time.monotonic()
        code = _run_server_cli(server_cli, argv)
        if code:
            raise EmbeddedServerError(
                f"`rounds-server {' '.join(argv)}` failed with exit code {code}; "
                f"see the log for details, or delete {folder} and try again")
        marker.write_text(time.strftime("%Y-%m-%dT%H:%M:%S%z\n"), encoding="utf-8")
        log.info("demo data seeded in %.1f s", time.monotonic() - started)
    elif not seed_demo:
        code = _run_server_cli(server_cli, ["init", "--db", url])
        if code:
            raise EmbeddedServerError(f"`rounds-server init` failed with exit code {code}")
    return url


def _run_server_cli(server_cli, argv: list[str]) -> int:
    """Run `rounds-server ARGV` in this process. Its result line ("seeded: …") goes to the
    log: the terminal of `make run` and of the smoke check shows their own lines only.
    Errors still reach stderr. Called before any other thread of ours runs, so nothing
    else is printing while stdout is redirected."""
    output = io.StringIO()
    try:
        with contextlib.redirect_stdout(output):
            result = server_cli.main(argv)
    except SystemExit as exc:  # argparse and click-style CLIs exit instead of returning
        result = exc.code
    if output.getvalue().strip():
        log.info("rounds-server %s: %s", argv[0], output.getvalue().strip())
    return int(result or 0) if not isinstance(result, str) else 1


def _listening_socket(preferred_port: int = 0) -> socket.socket:
    """A socket already bound, handed to uvicorn (no find-then-bind race): on
    `preferred_port` when it is free, else on any free port."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, preferred_port))
    except OSError:
        log.info("port %d is taken; the embedded server uses a free one", preferred_port)
        sock.bind((HOST, 0))
    sock.listen(128)
    sock.set_inheritable(False)
    return sock


def _create_app(db_url: str, folder: Path):
    from server.core.config import Settings
    from server.main import create_app

    # The signing secret is created in `folder` too, so the demo leaves nothing elsewhere.
    return create_app(Settings(database_url=db_url, server_data_dir=folder))


def start_embedded_server(folder: Path | str, *, seed_demo: bool = True,
                          customers: int | None = None, port: int = 0,
                          timeout: float = START_TIMEOUT_S) -> EmbeddedServer:
    """Start the server on 127.0.0.1 with its database in `folder`, on `port` when it is
    free (a stable address keeps the client's account, hence its store, across runs),
    else on any free port."""
    import uvicorn

    folder = Path(folder)
    db_url = prepare_database(folder, seed_demo=seed_demo, customers=customers)
    app = _create_app(db_url, folder)
    sock = _listening_socket(port)
    port = sock.getsockname()[1]
    # asyncio + h11: pure Python, so the frozen bundle needs no uvloop/httptools, and the
    # demo's handful of requests gain nothing from them. log_config=None keeps the app's
    # logging (the rotating file) instead of uvicorn's own set-up.
    config = uvicorn.Config(app, host=HOST, port=port, loop="asyncio", http="h11",
                            ws="none", lifespan="on", log_config=None, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    errors: list[BaseException] = []

    def serve() -> None:
        try:
            server.run(sockets=[sock])
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            errors.append(exc)
        finally:
            sock.close()

    thread = threading.Thread(target=serve, name="embedded-server", daemon=True)
    thread.start()
    url = f"http://{HOST}:{port}"
    embedded = EmbeddedServer(url=url, database_url=db_url, folder=folder, _server=server,
                              _thread=thread)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if errors or not thread.is_alive():
            detail = f": {errors[0]!r}" if errors else ""
            raise EmbeddedServerError(f"the embedded server stopped while starting{detail}")
        if server.started and health(url) is not None:
            log.info("embedded server at %s (database %s)", url, db_url)
            return embedded
        time.sleep(0.05)
    embedded.stop()
    raise EmbeddedServerError(f"the embedded server did not answer on {url} within "
                              f"{timeout:.0f} s")


def health(url: str, timeout: float = 2.0) -> dict | None:
    """The server's `/api/v1/health` answer, or None when it does not answer (yet)."""
    try:
        with urllib.request.urlopen(f"{url}/api/v1/health", timeout=timeout) as response:
            return json.loads(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError, ValueError):
        return None


class MemoryKeyring(KeyringBackend):
    """Secrets in a dict of this process; nothing is written anywhere. Demo use only."""

    priority = 1  # type: ignore[assignment] - never chosen automatically (set explicitly)

    def __init__(self) -> None:
        super().__init__()
        self._secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._secrets.pop((service, username), None) is None:
            raise PasswordDeleteError("no such secret")


def use_memory_keyring() -> MemoryKeyring:
    """Install the in-memory keyring for this process (demo and smoke runs only)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


def isolate_from_machine_config(folder: Path) -> None:
    """Point the machine-wide configuration at an absent file in `folder`: a demo must not
    be redirected to the organisation's (possibly enforced) server by /etc/rounds."""
    os.environ["ROUNDS_MACHINE_CONFIG"] = str(folder / "machine-config-not-used.toml")
    os.environ.pop("ROUNDS_SERVER_URL", None)


def sign_in(paths, server_url: str, username: str = DEMO_USERNAME):
    """Sign in as a demo user (tokens in this process's keyring); returns the account."""
    from desktop.demo.generator import DEMO_PASSWORD
    from desktop.sync.account import Account, login
    from desktop.sync.transport import normalize_server_url

    login(paths, server_url, username, DEMO_PASSWORD)
    return Account(normalize_server_url(server_url), username)


def sign_in_and_sync(paths, server_url: str, username: str = DEMO_USERNAME):
    """Sign in as a demo user and run one full sync cycle; returns (account, SyncReport)."""
    from desktop.sync.account import open_session

    account = sign_in(paths, server_url, username)
    session = open_session(paths, account)
    try:
        report = session.client.run_cycle()
    finally:
        session.close()
    return account, report
