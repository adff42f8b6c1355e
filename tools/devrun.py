"""`python -m tools.devrun` (what `make run` calls): Rounds on an embedded demo server.

1. starts the real server in this process (`desktop.embedded_server`) with its SQLite
   database in `.run/server/`, seeded with the demo data on the first run;
2. signs in as the demo rep `rep1` (or `--user`: manager, rep2, rep3, qa the complaint
   handler, pv the pharmacovigilance desk) through the client's own sign-in
   (`desktop.sync.account.login`), keeping the tokens in an in-memory keyring;
3. opens the real main window at once, with the background sync worker, as `rounds` does:
   the first sync (the whole territory on the first run, only what changed later) runs in
   the worker while the window is already usable.

Everything stays in `.run/` in the repository (gitignored); delete it to start afresh.

Keyring: the tokens live in an in-memory keyring for this process only, as
`desktop.embedded_server` explains; the demo signs in again on the next start.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
RUN_DIR = REPO_ROOT / ".run"
DEV_PORT = 47615  # fixed when free, so the demo account (user@host:port) and its store persist


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
        prog="python -m tools.devrun",
        description="Open Rounds on an embedded local server with demo data (make run).")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    parser.add_argument("--run-dir", type=Path, default=RUN_DIR,
                        help=f"where the demo keeps its data (default {RUN_DIR})")
    parser.add_argument("--user", default="rep1",
                        help="demo user to sign in as (rep1, rep2, rep3, manager, qa: the "
                        "complaint handler, or pv: the pharmacovigilance desk)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    args = parser.parse_args(argv)

    from desktop.demo.generator import TIME_ZONE
    from desktop.embedded_server import (
        EmbeddedServerError,
        isolate_from_machine_config,
        sign_in,
        start_embedded_server,
        use_memory_keyring,
    )
    from desktop.logging_setup import configure_logging
    from desktop.paths import app_paths
    from desktop.ui.no_display import display_missing

    if display_missing():
        print("Rounds demo: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set). "
              "Run it in a desktop session, or headless with QT_QPA_PLATFORM=offscreen "
              "(`make run` does that when there is no display).", file=sys.stderr)
        return 2
    # The demo's reps work in Beijing: show it on their clock unless told otherwise.
    os.environ.setdefault("ROUNDS_TIME_ZONE", TIME_ZONE)
    run_dir = args.run_dir.resolve()
    paths = app_paths(run_dir / "client")
    configure_logging(paths.log_file, verbose=args.verbose, stderr=True)
    isolate_from_machine_config(run_dir)
    use_memory_keyring()
    # The local store is encrypted with a key kept in the keyring, here the last run's memory
    # keyring, now gone: the demo's local copy is downloaded again from the embedded server.
    for stale in paths.accounts_dir.glob("*.sqlite3*"):
        stale.unlink()

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
            account = sign_in(paths, server.url, args.user)
        except SyncError as exc:
            print(f"Rounds demo: signing in as {args.user} failed: {exc}", file=sys.stderr)
            if not first:
                print(f"Rounds demo: demo data made by an older version may lack this user; "
                      f"delete {run_dir} to seed it afresh.", file=sys.stderr)
            return 1
        print(f"Rounds demo: server {server.url}, signed in as {account.username} "
              f"({time.monotonic() - started:.1f} s); the window syncs in the background; "
              f"data in {paths.data_dir}", flush=True)
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
