"""Fixtures of the UI tests: a fixed clock, a real store file with a small territory, typed
settings in a temporary folder, and the main window over them (offline: no sync worker)."""

from __future__ import annotations

import pytest
import time_machine
from uihelpers import NOW, seed_territory


@pytest.fixture(autouse=True)
def clock():
    """Every UI test starts at `NOW` (Python's clocks: datetime, date.today, time.time), so
    "today", this week and this month are the same on every run, and no midnight or month
    end falls between seeding the data and the screen reading it. Time flows on from there,
    so timeouts and Qt's timers behave; `clock.shift(...)` jumps ahead."""
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def language_as_it_was(qapp):
    """Translators a test installs on the application are removed at its end and the default
    locale is put back, so the next test starts in the language it would start in alone
    (the `languages` fixture leaves the English catalogue installed, run_app its choice)."""
    from PySide6.QtCore import QLocale, QTranslator
    from shiboken6 import getCppPointer

    locale = QLocale()
    before = {getCppPointer(t)[0] for t in qapp.findChildren(QTranslator)}
    yield
    for translator in qapp.findChildren(QTranslator):
        if getCppPointer(translator)[0] not in before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    QLocale.setDefault(locale)


@pytest.fixture
def ui_settings(tmp_path):
    from desktop.ui.common.ui_settings import UiSettings

    return UiSettings.in_folder(tmp_path / "config")


@pytest.fixture
def context(qtbot, store, ui_settings):
    """What a screen is given (no sync worker); its worker threads end with the test."""
    from desktop.ui.context import AppContext

    context = AppContext(store, ui_settings)
    yield context
    assert context.tasks.shutdown()
    assert context.exports.shutdown()


@pytest.fixture
def territory(store):
    return seed_territory(store)


@pytest.fixture
def window(qtbot, store, ui_settings, territory):
    from desktop.ui.app import build_window

    w = build_window(store, ui_settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    if w.dialog is not None:
        w.dialog.close()
    w.close()


@pytest.fixture(scope="session")
def catalogues():
    """The compiled .qm catalogues (built once if `make translations` has not run)."""
    from desktop.ui.common.translations import QM_DIR
    from tools import i18n_build

    if not (QM_DIR / "rounds_zh_CN.qm").exists():
        i18n_build.build()
    return QM_DIR


@pytest.fixture
def languages(qapp, catalogues):
    from desktop.ui.common.translations import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    yield switcher
    switcher.switch("en")


@pytest.fixture
def bilingual_window(qtbot, store, ui_settings, territory, languages):
    """The main window with a language switcher (starts in English)."""
    from desktop.ui.app import build_window

    languages.switch("en")
    w = build_window(store, ui_settings, languages=languages)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()

