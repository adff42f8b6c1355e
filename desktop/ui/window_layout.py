"""The main window's layout memory: its size and place, the navigation/screen split, each
screen's own splitter and the last screen shown, kept in the user's UI settings between
runs (restored before the first paint, saved at close)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.views import VIEWS

DEFAULT_SIZE = (1280, 800)
DEFAULT_SPLIT = [176, 1104]  # navigation, screens


def restore(window) -> None:
    """Size, place and splits of `window` (a MainWindow) as last saved, and its last
    screen's placeholder shown; defaults on a first run."""
    saved = window.settings.window
    if not saved.geometry.isEmpty():
        window.restoreGeometry(saved.geometry)
    else:
        window.resize(*DEFAULT_SIZE)
    if not saved.state.isEmpty():
        window.restoreState(saved.state)
    split = saved.splitter("main")
    if not split.isEmpty():
        window.splitter.restoreState(split)
    else:
        window.splitter.setSizes(DEFAULT_SPLIT)
    keys = [k for k, _t in VIEWS]
    last = saved.last_view if saved.last_view in keys else "today"
    window.nav.blockSignals(True)
    window.nav.setCurrentRow(keys.index(last))
    window.nav.blockSignals(False)
    window.stack.setCurrentWidget(window._placeholders[last])


def restore_view(window, key: str, widget: QWidget) -> None:
    """The saved split of screen `key`, when it has a splitter."""
    splitter = getattr(widget, "splitter", None)
    if splitter is not None:
        state = window.settings.window.splitter(key)
        if not state.isEmpty():
            splitter.restoreState(state)


def save(window) -> None:
    """Keep `window`'s size, place, splits and current screen for the next run."""
    saved = window.settings.window
    saved.geometry = window.saveGeometry()
    saved.state = window.saveState()
    saved.set_splitter("main", window.splitter.saveState())
    for key, widget in window.views.items():
        splitter = getattr(widget, "splitter", None)
        if splitter is not None:
            saved.set_splitter(key, splitter.saveState())
    saved.last_view = window.current_view_key()
    window.settings.sync()
