"""Starting the app as `rounds` does: the window's frame first, then the local store opens,
Today fills in, and the log file gets its rotating handler; quitting destroys the window."""

from __future__ import annotations

import argparse
import gc

from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.logging_setup import configure_logging
from desktop.paths import app_paths
from desktop.ui.app import run_app
from desktop.ui.common.ui_settings import UiSettings
from desktop.ui.main_window import MainWindow


def first_run_answered(paths) -> None:
    settings = UiSettings.in_folder(paths.config_dir)
    settings.first_run.completed = True
    settings.sync()


def test_the_frame_paints_then_the_local_store_opens_on_today(qapp, tmp_path, catalogues,
                                                             monkeypatch, rounds_logging):
    paths = app_paths(tmp_path / "data")
    configure_logging(paths.log_file, rotate=False)  # as `rounds` does before the window
    first_run_answered(paths)
    seen: dict = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, MainWindow) and w.isVisible()]
        window = windows[0] if windows else None
        if window is None or window.context is None:
            QTimer.singleShot(20, look)
            return
        seen.update(
            painted_before_data=window.placeholder_shown_first,
            view=window.current_view_key(),
            today_built="today" in window.views,
            title=window.windowTitle(), display_name=qapp.applicationDisplayName(),
            nav=window.nav.item(0).text(),
            rotating=[type(h).__name__ for h in rounds_logging.handlers
                      if getattr(h, "_rounds", False)],
            collecting=gc.isenabled())
        window.close()

    original_init = MainWindow.__init__

    def remember_first_frame(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        self.placeholder_shown_first = False
        self.first_painted.connect(
            lambda: setattr(self, "placeholder_shown_first", self.context is None))

    monkeypatch.setattr(MainWindow, "__init__", remember_first_frame)
    QTimer.singleShot(0, look)
    try:
        code = run_app(argparse.Namespace(lang="zh_CN", server=None), paths)
    finally:
        for translator in qapp.findChildren(QTranslator):  # the app's own: back to English
            qapp.removeTranslator(translator)
            translator.deleteLater()
        from desktop.ui.common.translations import LanguageSwitcher

        LanguageSwitcher(qapp).switch("en")
    assert code == 0
    # Quitting leaves no window behind to receive events after `run_app` has returned.
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    assert seen["painted_before_data"], "the frame must paint before the store opens"
    assert seen["view"] == "today" and seen["today_built"]
    assert seen["nav"] == "今日"  # the language asked for on the command line
    # Qt appends the display name to the title: the title itself must not name the app
    assert seen["display_name"] == "Rounds" and "Rounds" not in seen["title"]
    assert seen["rotating"] == ["RotatingFileHandler"]
    # the start pauses garbage collection until Today has its lists, and no longer
    assert seen["collecting"] and gc.isenabled()
    assert paths.store_file("local").exists()


def test_a_store_whose_key_is_gone_is_explained_in_the_chosen_language(qapp, tmp_path,
                                                                       catalogues):
    from PySide6.QtWidgets import QMessageBox

    from desktop.store import store_key
    from desktop.store.store import Store

    paths = app_paths(tmp_path / "data")
    first_run_answered(paths)
    store_file = paths.store_file("local")
    Store.open(store_file).close()
    data = store_file.read_bytes()
    store_key.delete_key(store_file)  # e.g. the keyring was reset
    seen: dict = {}

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, look)
            return
        seen.update(title=boxes[0].windowTitle(), text=boxes[0].text())
        boxes[0].done(0)

    QTimer.singleShot(0, look)
    try:
        code = run_app(argparse.Namespace(lang="zh_CN", server=None), paths)
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
        from desktop.ui.common.translations import LanguageSwitcher

        LanguageSwitcher(qapp).switch("en")
    assert code == 1
    assert "本机的 keyring" in seen["text"] and str(store_file) in seen["text"]
    assert "重新登录" in seen["text"]  # what to do
    assert "file is not a database" not in seen["text"]
    assert store_file.read_bytes() == data  # left as it was
