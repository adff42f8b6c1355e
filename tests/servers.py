"""Servers for tests and benchmarks, in one place: a free loopback port, the FastAPI app
served by a real uvicorn in a thread, and waiting (always with a deadline) until a server
answers `/api/v1/health`. The server tests, the end-to-end tests and `bench/` import these.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
ROOT = Path(__file__).resolve().parents[1]


def server_command(*args: str) -> list[str]:
    """`rounds-server ARGS` running this checkout's code (with `checkout_env`). Not the
    venv's `rounds-server` entry point: it imports wherever the venv's editable install
    points, and a venv shared by several worktrees would run another worktree's server."""
    return [sys.executable, "-m", "server.cli", *args]


def checkout_env(env: dict) -> dict:
    """`env` with this checkout first on PYTHONPATH (for `server_command` and
    `python -m desktop` subprocesses)."""
    path = [str(ROOT), *filter(None, [env.get("PYTHONPATH")])]
    return {**env, "PYTHONPATH": os.pathsep.join(path)}


class ServerNotReady(RuntimeError):
    """The server exited, or did not answer before its deadline; the message says which."""


def listening_socket() -> socket.socket:
    """A socket listening on a free loopback port (nobody else can take the port)."""
    sock = socket.socket()
    sock.bind((HOST, 0))
    sock.listen(128)
    return sock


def free_port() -> int:
    """A loopback port that was free a moment ago, for a server in another process, which
    must bind it itself: another process may take it meanwhile, so a caller retries on
    another port when its server exits at start-up (see `ServerNotReady`)."""
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_until_healthy(url: str, *, timeout: float = 60.0,
                       process: subprocess.Popen | None = None, what: str = "the server") -> dict:
    """Poll `url`/api/v1/health until it answers (returns the answer); ServerNotReady if
    `process` exits first or `timeout` seconds pass."""
    from desktop.embedded_server import health

    deadline = time.monotonic() + timeout
    while True:
        if process is not None and process.poll() is not None:
            raise ServerNotReady(f"{what} exited with code {process.returncode} before "
                                 f"answering on {url}")
        answer = health(url, timeout=min(2.0, timeout))
        if answer is not None:
            return answer
        if time.monotonic() > deadline:
            raise ServerNotReady(f"{what} did not answer on {url} within {timeout:.0f} s")
        time.sleep(0.05)


@dataclass
class LiveServer:
    """An app served by uvicorn in a thread of this process; `stop()` joins the thread."""

    url: str
    port: int
    _server: object = field(repr=False)
    _thread: threading.Thread = field(repr=False)

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._server.force_exit = True
            self._thread.join(timeout)
        if self._thread.is_alive():
            raise RuntimeError(f"uvicorn on {self.url} did not stop within {2 * timeout:.0f} s")

    def __enter__(self) -> LiveServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve(app, *, timeout: float = 20.0) -> LiveServer:
    """Serve `app` with a real uvicorn on a free loopback port, in a thread; returns once it
    answers /api/v1/health (ServerNotReady after `timeout` seconds)."""
    import uvicorn

    sock = listening_socket()
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host=HOST, port=port, log_level="warning",
                                           access_log=False, proxy_headers=False))

    def run() -> None:
        try:
            server.run(sockets=[sock])
        finally:
            sock.close()

    thread = threading.Thread(target=run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    live = LiveServer(f"http://{HOST}:{port}", port, server, thread)
    try:
        deadline = time.monotonic() + timeout
        while not server.started:
            if not thread.is_alive():
                raise ServerNotReady(f"uvicorn on port {port} stopped while starting")
            if time.monotonic() > deadline:
                raise ServerNotReady(f"uvicorn on port {port} did not start within "
                                     f"{timeout:.0f} s")
            time.sleep(0.02)
        wait_until_healthy(live.url, timeout=max(1.0, deadline - time.monotonic()),
                           what="uvicorn")
    except BaseException:
        live.stop()
        raise
    return live


@dataclass
class ServerProcesses:
    """Several `rounds-server serve` processes on one database (as behind a load balancer);
    `stop()` ends them all."""

    urls: list[str]
    processes: list[subprocess.Popen] = field(repr=False)

    def stop(self, timeout: float = 15.0) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> ServerProcesses:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def serve_processes(db_url: str, count: int, *, workdir: Path, secret_key: str,
                    timeout: float = 120.0) -> ServerProcesses:
    """`count` server processes of this checkout on free loopback ports, all on the
    database `db_url` and signing with `secret_key` (a token from one is good at the other);
    returns once each answers /api/v1/health. Logs: `workdir`/serve-PORT.log."""
    env = checkout_env({**os.environ, "ROUNDS_SERVER_DATA_DIR": str(workdir),
                        "ROUNDS_SECRET_KEY": secret_key})
    env.pop("ROUNDS_DATABASE_URL", None)
    group = ServerProcesses([], [])
    try:
        for _ in range(count):
            for attempt in range(3):
                port = free_port()
                log_path = workdir / f"serve-{port}.log"
                with open(log_path, "ab") as log:
                    process = subprocess.Popen(
                        server_command("serve", "--db", db_url, "--port", str(port)),
                        env=env, stdout=log, stderr=subprocess.STDOUT)
                url = f"http://{HOST}:{port}"
                try:
                    wait_until_healthy(url, process=process, timeout=timeout,
                                       what=f"rounds-server (log: {log_path})")
                except ServerNotReady:
                    process.kill()
                    process.wait()
                    taken = "address already in use" in log_path.read_text(errors="replace")
                    if not taken or attempt == 2:
                        raise
                    continue  # another process took the port meanwhile: another one
                group.urls.append(url)
                group.processes.append(process)
                break
    except BaseException:
        group.stop()
        raise
    return group
