"""End-to-end fixtures: a live `rounds-server serve` process on loopback with a temp SQLite
database (seeded once with the demo data, copied per server), and sync clients that are
real stores signed in through the real API. Nothing of the server is mocked."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import keyring
import pytest

from desktop.paths import app_paths
from desktop.sync.account import last_account, login, open_session
from tests.keyring_backend import MemoryKeyring
from tests.servers import (
    ServerNotReady,
    checkout_env,
    free_port,
    server_command,
    wait_until_healthy,
)
from tests.store_files import connect_store

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "rounds-demo"


def server_env(data_dir: Path) -> dict:
    env = checkout_env({**os.environ, "ROUNDS_SERVER_DATA_DIR": str(data_dir),
                        "ROUNDS_SECRET_KEY": "e2e-test-secret-key-not-for-production-0123456789"})
    env.pop("ROUNDS_DATABASE_URL", None)
    return env


class ServerProcess:
    """`rounds-server serve` on a free loopback port, plus its admin CLI on the same DB."""

    def __init__(self, workdir: Path, db_file: Path, env_extra: dict | None = None):
        self.workdir = workdir
        self.db_url = f"sqlite:///{db_file}"
        self.db_file = db_file
        self.env = {**server_env(workdir), **(env_extra or {})}
        self._use_port(free_port())
        self.process: subprocess.Popen | None = None
        self.started_once = False

    def _use_port(self, port: int) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    def start(self) -> ServerProcess:
        """Start (or restart, on the same port: clients know its URL) and wait until it
        answers. The first start moves to another port if another process took this one
        between `free_port()` and the server's bind."""
        for attempt in range(3):
            log_path = self.workdir / f"serve-{self.port}.log"
            with open(log_path, "ab") as log:
                self.process = subprocess.Popen(
                    server_command("serve", "--db", self.db_url, "--port", str(self.port)),
                    env=self.env, stdout=log, stderr=subprocess.STDOUT)
            try:
                wait_until_healthy(self.url, process=self.process, timeout=60,
                                   what=f"rounds-server (log: {log_path})")
            except ServerNotReady:
                self.stop()
                taken = "address already in use" in log_path.read_text(errors="replace")
                if self.started_once or not taken or attempt == 2:
                    raise
                self._use_port(free_port())
                continue
            self.started_once = True
            return self

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def cli(self, *args: str, input: str | None = None) -> str:
        result = subprocess.run(server_command(*args, "--db", self.db_url),
                                input=input, capture_output=True, text=True, env=self.env,
                                timeout=120)
        if result.returncode != 0:
            raise RuntimeError(f"rounds-server {' '.join(args)} failed:\n{result.stderr}")
        return result.stdout

    def add_user(self, username: str, password: str, *, role: str = "rep",
                 region: str | None = None, territory: str | None = None) -> None:
        args = ["user", "add", "--username", username, "--role", role, "--password-stdin"]
        if region:
            args += ["--region", region]
        if territory:
            args += ["--territory", territory]
        self.cli(*args, input=password + "\n")

    def query(self, sql: str, *params) -> list[tuple]:
        con = sqlite3.connect(self.db_file)
        try:
            return con.execute(sql, params).fetchall()
        finally:
            con.close()


@pytest.fixture(autouse=True)
def no_machine_config(tmp_path, monkeypatch):
    """Keep this computer's machine-wide configuration (e.g. an enforced server_url of an
    installed package) out of the tests."""
    monkeypatch.setenv("ROUNDS_MACHINE_CONFIG", str(tmp_path / "no-machine-config.toml"))


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """A server database with the demo data (small), made once per test session."""
    workdir = tmp_path_factory.mktemp("demo-db")
    db = workdir / "demo.sqlite3"
    subprocess.run(server_command("seed-demo", "--db", f"sqlite:///{db}",
                                  "--customers", "60", "--visits", "300"),
                   env=server_env(workdir), check=True, capture_output=True, timeout=300)
    return db


@pytest.fixture
def make_server(tmp_path, demo_db):
    """make_server(env_extra=None, empty=False) -> a started ServerProcess (demo data in
    its own copy of the database unless `empty`)."""
    servers: list[ServerProcess] = []

    def make(env_extra: dict | None = None, empty: bool = False) -> ServerProcess:
        workdir = tmp_path / f"server{len(servers)}"
        workdir.mkdir()
        db = workdir / "server.sqlite3"
        if not empty:
            shutil.copy(demo_db, db)
        server = ServerProcess(workdir, db, env_extra)
        servers.append(server)
        return server.start()

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def server(make_server) -> ServerProcess:
    return make_server()


class Client:
    """One device: its own data dir, store and keyring, signed in to `server_url`."""

    def __init__(self, root: Path, server_url: str, username: str, password: str,
                 **options):
        self.root = root
        self.paths = app_paths(root)
        self.keyring = MemoryKeyring()
        self.server_url = server_url
        self.username = username
        self.options = options
        with self.using_keyring():
            self.user = login(self.paths, server_url, username, password)
            self.session = open_session(self.paths, last_account(self.paths, server_url),
                                        **options)

    def using_keyring(self):
        client = self

        class _Ctx:
            def __enter__(self):
                self.previous = keyring.get_keyring()
                keyring.set_keyring(client.keyring)

            def __exit__(self, *exc):
                keyring.set_keyring(self.previous)

        return _Ctx()

    @property
    def store(self):
        return self.session.store

    def sync(self, progress=None):
        with self.using_keyring():
            return self.session.client.run_cycle(progress=progress)

    def reopen(self):
        self.session.close()
        with self.using_keyring():
            self.session = open_session(self.paths, last_account(self.paths,
                                                                 self.server_url),
                                        **self.options)

    def close(self):
        self.session.close()


@pytest.fixture
def make_client(tmp_path):
    clients: list[Client] = []

    def make(server: ServerProcess, username: str, password: str = DEMO_PASSWORD,
             **options) -> Client:
        client = Client(tmp_path / f"client{len(clients)}-{username}", server.url,
                        username, password, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


def rows_of(store, table: str, *, territory_id: str | None = None) -> dict[str, dict]:
    """Every live row of `table` in the store, as plain values, keyed by id."""
    from sqlmodel import select

    from desktop.models import row_values, synced_model

    model = synced_model(table)
    with store.read() as s:
        query = select(model).where(model.deleted == False)  # noqa: E712
        if territory_id:
            query = query.where(model.territory_id == territory_id)
        return {r.id: row_values(r) for r in s.exec(query)}


def integrity_ok(path: Path) -> bool:
    con = connect_store(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def store_indexes(path: Path) -> set[tuple[str, str]]:
    """(name, CREATE INDEX sql) of every index in the SQLite file at `path`."""
    with connect_store(path) as con:
        return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND sql IS NOT NULL"))
