"""`python -m desktop.devrun` (what `make run` calls): Rounds on an embedded demo server.

1. starts the real server in this process (`desktop.embedded_server`) with its SQLite
   database in `.run/server/`, seeded with the demo data on the first run;
2. signs in as the demo rep `rep1` through the client's own sign-in
   (`desktop.sync.account.login`), keeping the tokens in an in-memory keyring (below);
3. runs a first sync cycle, so the window opens on the rep's territory;
4. opens the real main window with the background sync worker, as `rounds` does.

Everything stays in `.run/` in the repository (gitignored); delete it to start afresh.

Keyring: development machines and CI have no desktop keyring, and the client never falls
back to plain-text secrets. This process — and only this one, a demo against a local demo
server with a published password — installs `MemoryKeyring` explicitly with
`keyring.set_keyring`; the tokens vanish when the process ends and the demo signs in again
on the next start. `rounds` itself never does this.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = REPO_ROOT / ".run"
DEMO_USERNAME = "rep1"
DEV_PORT = 47615  # fixed when free, so the demo account (user@host:port) and its store persist


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


def sign_in_and_sync(paths, server_url: str, username: str = DEMO_USERNAME):
    """Sign in as a demo user and run one full sync cycle; returns (account, SyncReport)."""
    from desktop.demo.generator import DEMO_PASSWORD
    from desktop.sync.account import Account, login, open_session
    from desktop.sync.transport import normalize_server_url

    login(paths, server_url, username, DEMO_PASSWORD)
    account = Account(normalize_server_url(server_url), username)
    session = open_session(paths, account)
    try:
        report = session.client.run_cycle()
    finally:
        session.close()
    return account, report


def _quit_on_ctrl_c(app) -> None:
    """Ctrl+C in the terminal closes the app cleanly (worker stopped, store closed, server
    stopped). Qt's event loop runs no Python while idle, so a timer lets the handler run."""
    import signal

    from PySide6.QtCore import QTimer

    signal.signal(signal.SIGINT, lambda *_: app.quit())
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(250)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m desktop.devrun",
        description="Open Rounds on an embedded local server with demo data (make run).")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    parser.add_argument("--run-dir", type=Path, default=RUN_DIR,
                        help=f"where the demo keeps its data (default {RUN_DIR})")
    parser.add_argument("--user", default=DEMO_USERNAME,
                        help="demo user to sign in as (rep1, rep2, rep3 or manager)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    args = parser.parse_args(argv)

    from desktop.embedded_server import EmbeddedServerError, start_embedded_server
    from desktop.logging_setup import configure_logging
    from desktop.paths import app_paths

    run_dir = args.run_dir.resolve()
    paths = app_paths(run_dir / "client")
    configure_logging(paths.log_file, verbose=args.verbose, stderr=True)
    isolate_from_machine_config(run_dir)
    use_memory_keyring()

    started = time.monotonic()
    first = not (run_dir / "server").exists()
    print(f"Rounds demo: starting the embedded server in {run_dir / 'server'}"
          + (" (first run: seeding demo data, about half a minute)" if first else ""),
          flush=True)
    try:
        server = start_embedded_server(run_dir / "server", port=DEV_PORT)
    except EmbeddedServerError as exc:
        print(f"Rounds demo: {exc}", file=sys.stderr)
        return 1
    try:
        from desktop.sync.errors import SyncError

        try:
            account, report = sign_in_and_sync(paths, server.url, args.user)
        except SyncError as exc:
            print(f"Rounds demo: signing in as {args.user} or the first sync failed: {exc}",
                  file=sys.stderr)
            return 1
        print(f"Rounds demo: server {server.url}, signed in as {account.username}, first sync "
              f"{report.line()} ({time.monotonic() - started:.1f} s); data in {paths.data_dir}",
              flush=True)
        if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
            print("Rounds demo: no display (QT_QPA_PLATFORM=offscreen): the window is not "
                  "visible; stop with Ctrl+C", flush=True)
        from desktop.ui.app import application, run_app

        _quit_on_ctrl_c(application())

        app_args = argparse.Namespace(server=server.url, lang=args.lang, smoke=False,
                                      data_dir=str(paths.data_dir), verbose=args.verbose,
                                      command=None)
        return run_app(app_args, paths)
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
