"""`rounds --smoke`: IT's check that an installation works, end to end, in under a minute.

In a temporary folder it starts the real server in-process with demo data
(`desktop.embedded_server`), signs in as the demo rep `rep1` through the client's sign-in
(tokens in an in-memory keyring, as in `make run`), runs a full sync cycle, opens the
main window with the background sync worker, waits for the worker's first cycle, visits every
screen, and exits 0. Any failure prints `smoke: FAILED at <step>: <why>` and exits non-zero.
The temporary folder is removed afterwards; the user's own data and settings are not touched.

Before that it reads the machine-wide configuration and prints what it found, so IT sees
that a preset (installer-written) server address is picked up; a malformed file fails the
check. The demo itself then ignores that file: an enforced address must not send demo
sign-ins to the organisation's server.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.paths import AppPaths, app_paths

log = logging.getLogger(__name__)

SMOKE_CUSTOMERS = 150  # enough for every screen to have rows; seeds in a few seconds
SYNC_WAIT_S = 60.0
EXIT_FAILED = 1
EXIT_CONFIG = 2


class SmokeFailure(RuntimeError):
    def __init__(self, step: str, why: str):
        super().__init__(f"{step}: {why}")
        self.step, self.why = step, why


class _Steps:
    """Runs named steps, printing one line each with its duration."""

    def __init__(self, out=sys.stdout):
        self.out = out
        self.started = time.monotonic()

    def run(self, name: str, action: Callable[[], object]):
        t0 = time.monotonic()
        try:
            result = action()
        except SmokeFailure:
            raise
        except Exception as exc:  # noqa: BLE001 - every failure becomes a message and exit 1
            log.exception("smoke step %s failed", name)
            raise SmokeFailure(name, f"{type(exc).__name__}: {exc}") from exc
        detail = f": {result}" if isinstance(result, str) and result else ""
        print(f"smoke: {name} ok ({time.monotonic() - t0:.1f} s){detail}", file=self.out,
              flush=True)
        return result


def describe_machine_config() -> str:
    """One line on the machine-wide file: where, and which keys it sets (enforced marked).
    Raises ConfigError for a malformed file, UnknownTimeZone for a zone name this machine
    does not know."""
    from desktop.config import load_config, machine_config_path
    from desktop.domain.local_time import zone_named

    path = machine_config_path()
    config = load_config(None, machine_file=path)  # raises ConfigError when malformed
    zone_named(config["time_zone"])  # an unknown zone name fails the check (UnknownTimeZone)
    if not path.exists():
        return f"{path} (not present)"
    keys = [f"{key}={config[key]!r}" + (" [enforced]" if config.is_enforced(key) else "")
            for key, source in sorted(config.sources.items()) if source in ("machine",
                                                                             "enforced")]
    return f"{path}: " + (", ".join(keys) if keys else "no keys set")


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    """The smoke check; `paths` (the user's) are only printed, never written."""
    steps = _Steps()
    try:
        steps.run("machine configuration", describe_machine_config)
    except SmokeFailure as exc:
        print(f"smoke: FAILED at {exc.step}: {exc.why}", file=sys.stderr, flush=True)
        return EXIT_CONFIG
    with tempfile.TemporaryDirectory(prefix="rounds-smoke-") as tmp:
        try:
            _run_in(Path(tmp), args, steps)
        except SmokeFailure as exc:
            print(f"smoke: FAILED at {exc.step}: {exc.why}", file=sys.stderr, flush=True)
            return EXIT_FAILED
    print(f"smoke: passed in {time.monotonic() - steps.started:.1f} s", flush=True)
    return 0


def _run_in(tmp: Path, args: argparse.Namespace, steps: _Steps) -> None:
    from desktop.embedded_server import (
        isolate_from_machine_config,
        sign_in_and_sync,
        start_embedded_server,
        use_memory_keyring,
    )

    isolate_from_machine_config(tmp)
    use_memory_keyring()
    client_paths = app_paths(tmp / "client")
    server = steps.run("embedded server with demo data", lambda: start_embedded_server(
        tmp / "server", customers=SMOKE_CUSTOMERS))
    print(f"smoke: server at {server.url}", flush=True)
    try:
        holder = {}

        def first_sync() -> str:
            account, report = sign_in_and_sync(client_paths, server.url)
            if report.pulled == 0:
                raise SmokeFailure("sign in and sync", "the first sync brought no rows")
            holder["account"] = account
            return report.line()

        steps.run("sign in as rep1 and sync", first_sync)
        _window_checks(holder["account"], client_paths, args, steps)
    finally:
        server.stop()


def _window_checks(account, paths: AppPaths, args, steps: _Steps) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.config import load_config
    from desktop.sync.account import open_session, open_store
    from desktop.ui.app import application, apply_time_zone, build_window
    from desktop.ui.common.translations import LanguageSwitcher, resolve_language
    from desktop.ui.common.ui_settings import UiSettings
    from desktop.ui.main_window import VIEWS
    from desktop.ui.sync.worker import SyncWorker

    slot_errors: list[str] = []
    previous_hook = sys.excepthook

    def collect(exc_type, exc, tb):  # an exception in a Qt slot would otherwise only print
        slot_errors.append("".join(traceback.format_exception(exc_type, exc, tb)))

    sys.excepthook = collect
    app = application()
    config = load_config(paths.user_settings_file, cli={"server_url": account.server_url})
    apply_time_zone(config)
    languages = LanguageSwitcher(app)

    def resources() -> str:
        """What a bundle must carry: both translation catalogues and the app icon."""
        from desktop.ui.common import icons
        from desktop.ui.common.translations import LANGUAGES

        missing = [lang for lang in LANGUAGES if not languages.switch(lang)]
        if missing:
            raise SmokeFailure("translations and icon",
                               f"translation catalogue missing: {', '.join(missing)}")
        if icons.app_icon().isNull():
            raise SmokeFailure("translations and icon", "the application icon is missing")
        languages.switch(resolve_language(getattr(args, "lang", None) or config["language"]))
        return f"interface language {languages.language}"

    steps.run("translations and icon", resources)
    store = open_store(paths, account)
    worker = SyncWorker(lambda: open_session(paths, account, store=store),
                        interval_seconds=int(config["sync_interval_seconds"]))
    window = None
    try:
        window = steps.run("open the main window", lambda: build_window(
            store, UiSettings.in_folder(paths.config_dir), languages=languages,
            sync_worker=worker, config=config))
        window.show()
        app.processEvents()

        def worker_cycle() -> str:
            outcome: dict[str, object] = {}
            loop = QEventLoop()
            worker.sync_finished.connect(lambda report: (outcome.setdefault("ok", report),
                                                         loop.quit()))
            worker.sync_failed.connect(lambda why: (outcome.setdefault("failed", why),
                                                    loop.quit()))
            worker.sign_in_needed.connect(lambda why: (outcome.setdefault("failed", why),
                                                       loop.quit()))
            QTimer.singleShot(int(SYNC_WAIT_S * 1000), loop.quit)
            worker.start()
            loop.exec()
            if "failed" in outcome:
                raise SmokeFailure("background sync", str(outcome["failed"]))
            if "ok" not in outcome:
                raise SmokeFailure("background sync", f"no cycle ended within {SYNC_WAIT_S:.0f} s")
            return outcome["ok"].line()

        steps.run("background sync worker", worker_cycle)
        for key, _title in VIEWS:
            steps.run(f"screen {key}", lambda key=key: _visit(app, window, key, slot_errors))
        steps.run("customers listed", lambda: _customers_listed(app, window))
    finally:
        if window is not None:
            window.close()
            app.processEvents()
        worker.stop()
        store.close()
        sys.excepthook = previous_hook
    if slot_errors:
        raise SmokeFailure("screens", "an error was raised in the window:\n" + slot_errors[0])


def _visit(app, window, key: str, slot_errors: list[str]) -> str:
    widget = window.show_view(key)
    for _ in range(5):
        app.processEvents()
    if window.current_view_key() != key or window.stack.currentWidget() is not widget:
        raise SmokeFailure(f"screen {key}", "the screen did not become the current one")
    if not widget.isVisible():
        raise SmokeFailure(f"screen {key}", "the screen is not visible")
    if slot_errors:
        raise SmokeFailure(f"screen {key}", "an error was raised:\n" + slot_errors[0])
    return type(widget).__name__


def _customers_listed(app, window, timeout: float = 10.0) -> str:
    """The synced customers reach the screen (a list with rows in the customers view)."""
    from PySide6.QtWidgets import QAbstractItemView

    view = window.show_view("customers")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app.processEvents()
        counts = [v.model().rowCount() for v in view.findChildren(QAbstractItemView)
                  if v.model() is not None]
        if any(counts):
            return f"{max(counts)} rows shown"
        time.sleep(0.05)
    raise SmokeFailure("customers listed", "the customers screen shows no rows after sync")
