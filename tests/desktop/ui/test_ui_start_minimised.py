"""Start minimised to the tray: the Settings option (off by default) writes and removes the
session's autostart entry, says so when it cannot; `rounds --minimised` shows only the tray
icon, opens the data and fires follow-up reminders."""

from __future__ import annotations

import argparse
import shlex
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.cli import build_parser
from desktop.models import Customer, FollowUp
from desktop.paths import app_paths
from desktop.ui.app import run_app
from desktop.ui.common.ui_settings import UiSettings
from desktop.ui.main_window import MainWindow


def test_the_option_writes_and_removes_the_autostart_entry(qtbot, window, tmp_path,
                                                           monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    entry = tmp_path / "xdg" / "autostart" / "rounds.desktop"
    view = window.show_view("settings")
    view.autostart = type(view.autostart)("linux")  # this machine's platform, stated
    assert not view.autostart_check.isChecked() and not entry.exists()  # off by default
    view.autostart_check.setChecked(True)
    exec_line = next(line for line in entry.read_text().splitlines()
                     if line.startswith("Exec="))
    assert "--minimised" in shlex.split(exec_line[5:])
    view.autostart_check.setChecked(False)
    assert not entry.exists()


def test_a_failure_is_said_and_the_option_stays_off(qtbot, window, tmp_path, monkeypatch):
    (tmp_path / "xdg").mkdir()
    (tmp_path / "xdg" / "autostart").write_text("not a folder")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    view = window.show_view("settings")
    view.autostart = type(view.autostart)("linux")
    view.autostart_check.setChecked(True)
    assert view.autostart_error.isVisible()
    assert str(tmp_path / "xdg" / "autostart") in view.autostart_error.text()
    assert not view.autostart_check.isChecked()


def test_the_command_line_knows_minimised(tmp_path):
    parser = build_parser(app_paths(tmp_path))
    assert parser.parse_args(["--minimised"]).minimised
    assert parser.parse_args(["--minimized"]).minimised
    assert not parser.parse_args([]).minimised


# Qt's offscreen platform has no tray window to follow and says so when the icon is shown.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_a_minimised_start_shows_only_the_tray_and_reminders_fire(qapp, tmp_path, catalogues,
                                                                  rounds_logging):
    paths = app_paths(tmp_path / "data")
    settings = UiSettings.in_folder(paths.config_dir)
    settings.first_run.completed = True
    settings.sync()
    seen: dict = {}

    def look() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = windows[0] if windows else None
        if window is None or window.context is None:
            QTimer.singleShot(20, look)
            return
        seen.update(visible=window.isVisible(), tray=window.tray.isVisible())
        window.reminders.reminder_fired.connect(
            lambda _fid, customer, title: (seen.update(fired=(customer, title)),
                                           window.tray_quit_action.trigger()))
        try:
            store = window.context.store
            cid = store.create(Customer, kind="pharmacy", name="同仁堂药店").id
            store.create(FollowUp, customer_id=cid, title="核对库存",
                         due_date=date.today() - timedelta(days=1))
            window.context.data_changed.emit("follow_up")  # as a save or a sync says
        except Exception:
            window.tray_quit_action.trigger()  # the assertions below say what is missing
            raise

    QTimer.singleShot(0, look)
    try:
        code = run_app(argparse.Namespace(lang="en", server=None, minimised=True), paths)
    finally:
        for translator in qapp.findChildren(QTranslator):
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert code == 0
    assert seen["visible"] is False and seen["tray"] is True
    assert seen["fired"] == ("同仁堂药店", "核对库存")
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
