"""Fixtures of the UI tests: a real store file with a small territory, typed settings in a
temporary folder, and the main window over them (offline: no sync worker)."""

from __future__ import annotations

import pytest
from uihelpers import seed_territory


@pytest.fixture
def ui_settings(tmp_path):
    from desktop.ui.settings import UiSettings

    return UiSettings.in_folder(tmp_path / "config")


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
