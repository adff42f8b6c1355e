"""The first start on a computer: welcome pages in the chosen language, then the window over
what was chosen; later starts go straight to the window."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import app_paths
from desktop.ui.app import run_app
from desktop.ui.common.ui_settings import UiSettings
from desktop.ui.first_run.dialog import FirstRunDialog
from desktop.ui.main_window import MainWindow


@pytest.fixture
def restore_language(qapp, catalogues):
    yield
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    from desktop.ui.common.translations import LanguageSwitcher

    LanguageSwitcher(qapp).switch("en")


def _when(find, act, seen: dict, tries: int = 250) -> None:
    """Call `act(widget)` once `find()` returns it (the app's event loop is running)."""
    widget = find()
    if widget is not None:
        act(widget)
    elif tries:
        QTimer.singleShot(20, lambda: _when(find, act, seen, tries - 1))
    else:
        seen["timed_out"] = True
        QApplication.exit(3)


def _top(kind):
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, kind) and w.isVisible()), None)


def _window_with_data():
    window = _top(MainWindow)
    return window if window is not None and window.context is not None else None


def test_the_first_start_asks_language_and_data_then_opens_the_demo_as_a_manager(
        qapp, tmp_path, restore_language, monkeypatch):
    monkeypatch.setenv("ROUNDS_MACHINE_CONFIG", str(tmp_path / "none.toml"))
    paths = app_paths(tmp_path / "data")
    seen: dict = {}

    def answer(dialog: FirstRunDialog) -> None:
        seen["title_zh"] = dialog.title.text()
        seen["steps"] = dialog.step_label.text()
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.language_combo.activated.emit(dialog.language_combo.currentIndex())
        seen["title_en"] = dialog.title.text()
        dialog.next_button.click()  # to "where does your data come from"
        seen["data_page"] = dialog.title.text()
        dialog.server_radio.setChecked(True)
        dialog.server_edit.setText("not an address")
        dialog.next_button.click()
        seen["refused"] = dialog.data_error.text()
        dialog.demo_radio.setChecked(True)
        dialog.demo_role_combo.setCurrentIndex(dialog.demo_role_combo.findData("manager"))
        dialog.next_button.click()  # to the keys
        seen["keys_page"] = dialog.title.text()
        seen["start"] = dialog.next_button.text()
        dialog.next_button.click()
        _when(_window_with_data, look, seen)

    def look(window: MainWindow) -> None:
        hub = window.show_view("plans")
        seen["manager_tabs"] = [hub.tabs.tabText(i) for i in range(hub.tabs.count())] \
            if hub.tabs is not None else []
        seen["nav"] = window.nav.item(0).text()
        window.close()

    QTimer.singleShot(0, lambda: _when(lambda: _top(FirstRunDialog), answer, seen))
    code = run_app(argparse.Namespace(lang=None, server=None), paths)
    assert code == 0 and "timed_out" not in seen
    assert seen["title_zh"] == "欢迎使用 Rounds" and seen["steps"] == "第 1 步，共 3 步"
    assert seen["title_en"] == "Welcome to Rounds"
    assert seen["data_page"] == "Where does your data come from?"
    assert "not a server address" in seen["refused"]
    assert seen["keys_page"] == "A few keys that save time" and seen["start"] == "Start"
    assert seen["nav"] == "Today"
    assert seen["manager_tabs"] == ["Approvals", "Team"]
    settings = UiSettings.in_folder(paths.config_dir)
    assert settings.first_run.completed and settings.language.language == "en"
    assert (settings.first_run.data, settings.first_run.demo_role) == ("demo", "manager")

    # the second start goes straight to the window, on the same demo
    def second(window: MainWindow) -> None:
        seen["second_dialog"] = _top(FirstRunDialog) is not None
        window.close()

    QTimer.singleShot(0, lambda: _when(_window_with_data, second, seen))
    assert run_app(argparse.Namespace(lang=None, server=None), paths) == 0
    assert seen["second_dialog"] is False


def test_closing_the_welcome_pages_starts_nothing(qapp, tmp_path, restore_language,
                                                  monkeypatch):
    monkeypatch.setenv("ROUNDS_MACHINE_CONFIG", str(tmp_path / "none.toml"))
    paths = app_paths(tmp_path / "data")
    QTimer.singleShot(0, lambda: _when(lambda: _top(FirstRunDialog), lambda d: d.reject(), {}))
    assert run_app(argparse.Namespace(lang=None, server=None), paths) == 0
    assert not paths.accounts_dir.exists()
    assert not UiSettings.in_folder(paths.config_dir).first_run.completed


def test_a_server_preset_by_it_skips_the_data_page(qtbot, catalogues):
    dialog = FirstRunDialog("en", server_preset="https://rounds.example.com")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.step_label.text() == "Step 1 of 2"
    dialog.next_button.click()
    assert dialog.title.text() == "A few keys that save time"
    dialog.next_button.click()
    assert dialog.choice.data == "server"
    assert dialog.choice.server_url == "https://rounds.example.com"
