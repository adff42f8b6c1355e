"""Starting the desktop app: QApplication, language, the account's store, the sync worker
(when signed in to a server) and the main window."""

from __future__ import annotations

import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.config import load_config
from desktop.paths import AppPaths
from desktop.store.store import Store
from desktop.ui.settings import UiSettings
from desktop.ui.translations import LanguageSwitcher, resolve_language

log = logging.getLogger(__name__)
LOCAL_ACCOUNT = "local"


def application() -> QApplication:
    """The QApplication, created once with Rounds' names and icon."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Rounds")
    app.setOrganizationName("Rounds")
    app.setApplicationDisplayName("Rounds")
    app.setQuitOnLastWindowClosed(True)
    from desktop.ui import icons

    app.setWindowIcon(icons.app_icon())
    return app


def build_window(store: Store, settings: UiSettings, *, languages=None, sync_worker=None,
                 config=None):
    """The main window over an open store (used by the app, tests, screenshots, benches)."""
    from desktop.ui.context import AppContext
    from desktop.ui.main_window import MainWindow

    context = AppContext(store, settings, languages, sync_worker, config)
    window = MainWindow(context)
    context.setParent(window)
    return window


def _open_account(paths: AppPaths, config):
    """The store of the last signed-in account with its sync worker, or the local store."""
    server = config["server_url"]
    if server:
        try:
            from desktop.sync.account import last_account, open_session, open_store
            from desktop.ui.sync_worker import SyncWorker
        except ImportError:  # sync not part of this build
            last_account = None
        account = last_account(paths, server) if last_account else None
        if account is not None:
            store = open_store(paths, account)
            worker = SyncWorker(lambda: open_session(paths, account, store=store),
                                interval_seconds=int(config["sync_interval_seconds"]))
            return store, worker
        log.info("no account signed in to %s yet; working on the local store", server)
    return Store.open(paths.store_file(LOCAL_ACCOUNT)), None


def run_app(args, paths: AppPaths) -> int:
    """Open the app; returns the exit code."""
    app = application()
    config = load_config(paths.user_settings_file,
                         cli={"server_url": getattr(args, "server", None),
                              "language": getattr(args, "lang", None)})
    settings = UiSettings.in_folder(paths.config_dir)
    languages = LanguageSwitcher(app)
    choice = getattr(args, "lang", None) or settings.language.language or config["language"]
    languages.switch(resolve_language(choice))
    if getattr(args, "smoke", False):
        return run_smoke(app, settings, languages)

    store, worker = _open_account(paths, config)
    window = build_window(store, settings, languages=languages, sync_worker=worker,
                          config=config)
    window.show()
    QTimer.singleShot(0, window.reminders.start)
    if worker is not None:
        QTimer.singleShot(0, worker.start)
    try:
        return app.exec()
    finally:
        if worker is not None:
            worker.stop()
        store.close()


def run_smoke(app: QApplication, settings: UiSettings, languages) -> int:
    """Open every screen on a temporary demo store, then exit (IT's installation check)."""
    from desktop.ui.main_window import VIEWS

    with tempfile.TemporaryDirectory(prefix="rounds-smoke-") as tmp:
        store = Store.open(Path(tmp) / "smoke.sqlite3")
        try:
            try:
                from desktop.demo.loader import DemoSpec, load_into_store

                load_into_store(store, DemoSpec())
            except ImportError:
                log.info("demo data generator not available; smoke test on an empty store")
            window = build_window(store, UiSettings.in_folder(Path(tmp)), languages=languages)
            window.show()
            for key, _title in VIEWS:
                window.show_view(key)
                app.processEvents()
            window.close()
            print("smoke test passed: every screen opened")
            return 0
        finally:
            store.close()
