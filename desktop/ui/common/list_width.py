"""A one-column list as wide as its longest item (the navigation). Its own module: the main
window uses it before its first paint, which loads as little as it can (decision 0030)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView


def fit_list_width(view: QAbstractItemView, least: int, most: int) -> None:
    """Keep a one-column list (the navigation) wide enough for its longest item in the
    current language, between `least` and `most` pixels, with no horizontal scroll bar."""
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    wanted = (view.sizeHintForColumn(0) + 2 * view.frameWidth()
              + view.verticalScrollBar().sizeHint().width())
    view.setMinimumWidth(max(least, min(most, wanted)))
