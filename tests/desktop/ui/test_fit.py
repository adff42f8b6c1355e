"""Every screen and dialog fits the laptop screens reps have (1280×800, 1366×768) in both
languages, over demo data that looks like the field: nothing a person reads is cut off."""

from __future__ import annotations

import pytest
from fit import cut_off
from PySide6.QtWidgets import QApplication

from desktop.demo.generator import DemoSpec
from desktop.demo.loader import load_into_store

SIZES = [(1280, 800), (1366, 768)]


@pytest.fixture(scope="module")
def demo_store(tmp_path_factory):
    from desktop.store.store import Store

    store = Store.open(tmp_path_factory.mktemp("fit") / "demo.sqlite3")
    load_into_store(store, DemoSpec(seed=11, customers=300))
    yield store
    store.close()


def _settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(10)
    QApplication.processEvents()


def _screens(window):
    """(name, show) for every screen and the customer detail's tabs."""
    from desktop.ui.main_window import VIEWS

    shots = [(key, lambda k=key: window.show_view(k)) for key, _t in VIEWS]
    customers = window.view("customers")

    def detail_tab(tab: int):
        window.show_view("customers")
        customers.table.setCurrentIndex(customers.model.index(0, 0))
        customers.detail.tabs.setCurrentIndex(tab)

    shots += [(f"customer tab {i}", lambda i=i: detail_tab(i))
              for i in range(customers.detail.tabs.count())]
    return shots


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_screen_fits_without_cut_off_text(qtbot, demo_store, tmp_path, languages,
                                                language, size):
    from desktop.ui.app import build_window
    from desktop.ui.common.ui_settings import UiSettings

    languages.switch(language)
    window = build_window(demo_store, UiSettings.in_folder(tmp_path / "config"),
                          languages=languages)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    problems = []
    for name, show in _screens(window):
        show()
        _settle(qtbot)
        assert window.width() == size[0], f"{name} forces the window wider than {size[0]}px"
        problems += [f"{name}: {p}" for p in cut_off(window)]
    window.close()
    assert not problems, "cut off:\n" + "\n".join(problems)
