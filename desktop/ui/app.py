"""Starting the desktop app: QApplication, language, the account's store, the sync worker
(when signed in to a server) and the main window.

The window's frame is shown first, before the database layer is even imported (SQLAlchemy,
SQLModel and Alembic take longer to import than Qt takes to paint). Then, when the window
opens on Today, Today's lists are read with plain SQL (`desktop.domain.today_sql`) and
painted; only then does the database layer load, in slices between which the window keeps
painting, and the store open as usual (decision 0030). This module imports only Qt and
small modules at the top for that reason.
"""

from __future__ import annotations

import gc
import logging
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from desktop.config import load_config
from desktop.domain import local_time
from desktop.paths import AppPaths
from desktop.sync.errors import MESSAGES
from desktop.ui.common.translations import LanguageSwitcher, resolve_language
from desktop.ui.common.ui_settings import UiSettings

log = logging.getLogger(__name__)
# Rows per snapshot page in the app (the headless `rounds sync` keeps the client's 5,000):
# parsing a page is one orjson call that holds the GIL, ~35 ms at 5,000 rows on a laptop
# core, and a save waits for the page's transaction; at 2,000 both are well under 20 ms.
APP_SNAPSHOT_PAGE = 2000


def application() -> QApplication:
    """The QApplication, created once with Rounds' names and icon; Qt's messages go to the
    log from then on (`qt_messages`)."""
    app = QApplication.instance()
    if app is None:
        from desktop.ui import qt_messages

        qt_messages.install()
        # Fusion named on the command line costs nothing; setStyle() would build QStyle's
        # Python type (~6 ms) before the first paint.
        app = QApplication(sys.argv[:1] + ["-style", "fusion"])
        app.setProperty("rounds_fusion", True)
    app.setApplicationName("Rounds")
    app.setOrganizationName("Rounds")
    app.setApplicationDisplayName("Rounds")
    app.setQuitOnLastWindowClosed(True)
    from desktop.ui.common import icons

    app.setWindowIcon(icons.app_icon())
    return app


def build_window(store, settings: UiSettings, *, languages=None, sync_worker=None,
                 config=None):
    """The main window over an open store (used by tests, screenshots, benches)."""
    from desktop.ui.common.style import apply_theme
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance()
    if app.property("rounds_theme") is None:
        apply_theme(app, settings.appearance.theme)
    window = MainWindow(settings)
    attach_store(window, store, languages=languages, sync_worker=sync_worker, config=config)
    return window


def attach_store(window, store, *, languages=None, sync_worker=None, config=None) -> None:
    """Give the window its data: the context over `store` and the services."""
    from desktop.ui.context import AppContext

    context = AppContext(store, window.settings, languages, sync_worker, config)
    context.setParent(window)
    window.attach(context)


def apply_time_zone(config) -> None:
    """Make the configured `time_zone` the rep's zone; a name this machine does not know is
    logged (with where it was set) and the system's zone is used instead."""
    try:
        local_time.set_time_zone(config["time_zone"])
    except local_time.UnknownTimeZone as exc:
        log.warning("%s (set in the %s configuration); following the system's time zone",
                    exc, config.sources.get("time_zone", "default"))
        local_time.set_time_zone(local_time.FOLLOW_THE_SYSTEM)


def _open_account(paths: AppPaths, config, ask_sign_in=None, settings: UiSettings | None = None):
    """The store of the last signed-in account with its sync worker, else the demo store
    when the first run chose the demo, else the local store. `ask_sign_in(server, locked)
    -> bool` is asked when nobody has signed in to the configured server yet."""
    server = config["server_url"]
    if server:
        from desktop.sync.local_account import last_account, open_store
        from desktop.ui.sync.worker import SyncWorker

        account = last_account(paths, server)
        if account is None and ask_sign_in is not None:
            if ask_sign_in(server, config.is_enforced("server_url")):
                account = last_account(paths, server)
        if account is not None:
            store = open_store(paths, account)

            def new_session():  # in the sync worker's thread: the sync stack loads there
                from desktop.sync.account import open_session

                return open_session(paths, account, store=store,
                                    snapshot_limit=APP_SNAPSHOT_PAGE)

            worker = SyncWorker(new_session,
                                interval_seconds=int(config["sync_interval_seconds"]))
            return store, worker
        log.info("no account signed in to %s yet; working on the local store", server)
    elif settings is not None and settings.first_run.data == "demo":
        from desktop.demo.local_demo import open_demo_store

        return open_demo_store(paths, settings.first_run.demo_role), None
    from desktop.sync.local_account import open_local_store

    return open_local_store(paths), None


# What loads after Today's first look, one import per turn of the event loop (the window
# repaints between them); then the store opens as usual.
DATABASE_LAYER = ("sqlalchemy", "sqlalchemy.orm", "sqlmodel", "desktop.models.customer",
                  "desktop.models.activity", "desktop.store.store", "desktop.domain.today",
                  "desktop.ui.context")


def start_store_file(paths: AppPaths, config, settings: UiSettings):
    """The store file `_open_account` will open, when it is known without the database
    layer and without asking anything: the last account of the configured server, or the
    local store. None: no account yet (the sign-in comes first), or the demo (filled on
    first use). The same rules as desktop.sync.local_account, which imports the store
    (a test holds them equal)."""
    from urllib.parse import urlsplit

    server = config["server_url"]
    if server:
        url = server.strip().rstrip("/").removesuffix("/api/v1")
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None  # the ordinary open says what is wrong with it
        username = (config.values.get("sync_accounts") or {}).get(url)
        return paths.store_file(f"{username}@{parts.netloc}") if username else None
    if settings.first_run.data == "demo":
        return None
    return paths.store_file("local")


def show_first_look(window, paths: AppPaths, config, settings: UiSettings):
    """Today painted from its lists read with plain SQL, before the database layer loads;
    returns the screen, or None when the start cannot (the ordinary open follows)."""
    path = start_store_file(paths, config, settings)
    if path is None:
        return None
    from desktop.deferred_imports import deferring
    from desktop.domain.today_sql import read_at_start

    try:
        with deferring():  # what the keyring's import brings and Today does not use
            lists = read_at_start(path)
    except Exception:  # noqa: BLE001 - the ordinary open says what is wrong
        log.exception("could not read Today at start; opening the usual way")
        return None
    return window.show_first_look(lists) if lists is not None else None


def load_in_slices(modules, then, context) -> None:
    """Import `modules` one per turn of the event loop, then call `then()`."""
    import importlib

    pending = list(modules)

    def step() -> None:
        if not pending:
            then()
            return
        importlib.import_module(pending.pop(0))
        QTimer.singleShot(0, context, step)

    step()


def pause_collection_for_startup() -> None:
    """No garbage collection while the start imports the database layer and reads the
    first screen: they only build objects that live on, and each collection walked all of
    them again (at 20,000 customers ~55 ms of the overdue list's read alone).
    `freeze_startup_heap` turns it back on."""
    gc.disable()


def freeze_startup_heap() -> None:
    """Put everything start-up made (modules, the ORM, the window's wrappers) out of the
    garbage collector's reach, and collect again: a full collection walked it all, ~80 ms
    that froze the window in whichever thread allocated (the sync's first page, a repaint).
    Objects made later are collected as before."""
    gc.freeze()
    gc.enable()


def interface_language(args, config, settings: UiSettings) -> str:
    """The language the window opens in: --lang, else the one chosen in the settings
    screen, else the configuration's (ROUNDS_LANG, machine file), else the OS's."""
    choice = getattr(args, "lang", None) or settings.language.language or config["language"]
    return resolve_language(choice)


def first_run(app, paths: AppPaths, config, settings: UiSettings, languages, args) -> bool:
    """The welcome pages on the first start; applies the choices. False: the person closed
    them, and the app does not start."""
    from desktop.ui.first_run.dialog import FirstRunDialog

    preset = getattr(args, "server", None) or (config["server_url"] or "")
    dialog = FirstRunDialog(languages.language, server_preset=preset)
    dialog.language_picked.connect(languages.switch)
    accepted = bool(dialog.exec())
    choice = dialog.choice
    _dispose(dialog)
    if not accepted or choice is None:
        return False
    settings.language.language = choice.language
    settings.first_run.data = choice.data
    settings.first_run.demo_role = choice.demo_role
    if choice.data == "server" and not preset and not config.is_enforced("server_url"):
        config.save_user_setting("server_url", choice.server_url)
    settings.first_run.completed = True
    settings.sync()
    return True


def run_app(args, paths: AppPaths) -> int:
    """Open the app; returns the exit code."""
    app = application()
    config = load_config(paths.user_settings_file,
                         cli={"server_url": getattr(args, "server", None),
                              "language": getattr(args, "lang", None)})
    settings = UiSettings.in_folder(paths.config_dir)
    languages = LanguageSwitcher(app)
    languages.switch(interface_language(args, config, settings))
    from desktop.ui.common.style import apply_theme

    apply_theme(app, settings.appearance.theme)
    if not settings.first_run.completed and not first_run(app, paths, config, settings,
                                                         languages, args):
        return 0

    from desktop.ui.main_window import MainWindow

    pause_collection_for_startup()
    ui = {"window": MainWindow(settings)}
    app.setProperty("rounds_data_dir", getattr(args, "data_dir", None) or "")
    if getattr(args, "minimised", False):
        # Started with the session: only the tray icon shows; the data opens and the
        # reminders run as usual (the timer below), and the tray icon opens the window.
        ui["window"].tray.show()
    else:
        ui["window"].show()  # the frame paints now; the data arrives on the next turn
    opened = {}
    notice = {}  # why the sign-in is asked for again (a remote wipe)

    def open_data() -> None:
        if opened:
            return
        opened["started"] = True
        from desktop.logging_setup import start_rotation

        start_rotation()  # before the sync worker's thread logs anything
        apply_time_zone(config)  # before anything is read or shown in the rep's zone
        first = show_first_look(ui["window"], paths, config, settings)
        if first is None:
            open_store()
            return
        from desktop.ui.today.first_look import after_first_paint

        after_first_paint(first, load_the_rest)

    def load_the_rest() -> None:
        """After Today's first look: the database layer, then the store as usual."""
        if "loading" not in opened:
            opened["loading"] = True
            load_in_slices(DATABASE_LAYER, open_store, ui["window"])

    def open_store() -> None:
        from desktop.deferred_imports import load_deferred

        load_deferred()  # on this thread, before the sync's and the database's threads

        def ask_sign_in(server: str, locked: bool) -> bool:
            from desktop.ui.sync.login_dialog import LoginDialog

            freeze_startup_heap()  # a person at a dialog: collect as usual meanwhile
            return bool(LoginDialog(paths, server, server_locked=locked,
                                    notice=notice.pop("text", ""), parent=ui["window"]).exec())

        try:
            store, worker = _open_account(paths, config, ask_sign_in, settings)
        except Exception as exc:  # noqa: BLE001 - say what failed and where, then quit
            log.exception("could not open the local data")
            freeze_startup_heap()
            _fatal(ui["window"], paths, exc)
            return
        opened.update(store=store, worker=worker)
        try:
            attach_store(ui["window"], store, languages=languages, sync_worker=worker,
                         config=config)
            ui["window"].start_notices()
        finally:
            freeze_startup_heap()
        if worker is not None:
            worker.device_revoked.connect(
                lambda: QTimer.singleShot(0, ui["window"], wipe_and_sign_in_again))
            worker.start()

    def wipe_and_sign_in_again() -> None:
        """IT revoked this device: delete its data, then ask for a sign-in, saying why."""
        if "worker" not in opened:
            return
        worker, store = opened.pop("worker"), opened.pop("store")
        opened.clear()
        worker.stop()
        old = ui["window"]
        ui["window"] = MainWindow(settings)  # shown before the old one closes: the app stays
        ui["window"].show()
        _dispose(old)  # its screens' database thread is joined here
        wipe_after_revocation(paths, config, store)
        notice["text"] = QCoreApplication.translate("Sync", MESSAGES["device_revoked"])
        QTimer.singleShot(0, ui["window"], open_data)

    # Open the data once the frame has painted (or soon anyway, e.g. when started minimised);
    # the window is the timers' context, so neither fires once it is gone.
    ui["window"].first_painted.connect(lambda: QTimer.singleShot(0, ui["window"], open_data))
    QTimer.singleShot(500, ui["window"], open_data)
    try:
        return app.exec()
    finally:
        if opened.get("worker") is not None:
            opened["worker"].stop()
        _dispose(ui["window"])
        if opened.get("store") is not None:
            opened["store"].close()
        gc.unfreeze()  # a caller that goes on (a test) collects as before
        gc.enable()


def wipe_after_revocation(paths: AppPaths, config, store) -> None:
    """Delete the local data of the account whose device was revoked (`store` is its open
    store; nothing else may use it any more)."""
    from desktop.sync.local_account import Account, last_account, normalize_server_url
    from desktop.sync.wipe import wipe_local_data

    server, username = store.state("server_url"), store.state("username")
    account = Account(normalize_server_url(server), username) if server and username \
        else last_account(paths, config["server_url"])
    if account is None:
        store.close()
        return
    report = wipe_local_data(paths, account, store=store)
    if not report.complete:
        log.error("remote wipe incomplete: %s", "; ".join(report.problems))


def _dispose(window) -> None:
    """Destroy the window now, in this thread. Its own connections to lambdas keep its
    Python object alive, so without this it would outlive `run_app` (receiving events, its
    views still holding the closed store) until the interpreter tears it down at exit."""
    from PySide6.QtCore import QCoreApplication, QEvent

    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _fatal(window, paths: AppPaths, exc: Exception) -> None:
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("StartUp", "Rounds cannot open your data")
    if getattr(exc, "tr_text", None):  # says itself what to do (no keyring, no key)
        QMessageBox.critical(window, title, QCoreApplication.translate(
            exc.tr_context, exc.tr_text).format(**exc.tr_values))
        QApplication.exit(1)
        return
    QMessageBox.critical(window, title, QCoreApplication.translate(
        "StartUp", "The local database could not be opened: {error}\n\nYour data is in {folder}. "
        "Close other copies of Rounds and try again; if it keeps failing, send the log "
        "file {log} to IT.").format(error=exc, folder=paths.data_dir, log=paths.log_file))
    QApplication.exit(1)
