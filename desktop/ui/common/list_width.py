"""A one-column list as wide as its longest item (the navigation). Its own module: the main
window imports it before its first paint, which loads as little as it can (decision 0030);
nothing here touches a Qt enum until the first fit, which comes after that paint."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView


class _Fit(QObject):
    def __init__(self, view: QAbstractItemView, least: int, most: int):
        super().__init__(view)
        self.view, self.least, self.most = view, least, most

    def eventFilter(self, _obj, event) -> bool:
        from PySide6.QtCore import QEvent

        # what changes the room the items need, or the room the frame and padding take
        if event.type() in (QEvent.Type.Show, QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self.fit()
        return False

    def fit(self) -> None:
        view = self.view
        view.ensurePolished()  # the style sheet's font and padding
        # the frame, the style sheet's padding and a shown scroll bar, once laid out
        chrome = (view.width() - view.viewport().width() if view.isVisible()
                  else 2 * view.frameWidth())
        model = view.model()  # every item, hidden ones too (a role's views appear later)
        widest = max((view.sizeHintForIndex(model.index(row, 0)).width()
                      for row in range(model.rowCount())), default=0)
        view.setMinimumWidth(max(self.least, min(self.most, widest + chrome)))


def fit_list_width(view: QAbstractItemView, least: int, most: int) -> None:
    """Keep a one-column list (the navigation) wide enough for its longest item in the
    current language, between `least` and `most` pixels, with no horizontal scroll bar;
    again whenever it is shown or its style or font changes. Call it after its texts or
    icons change (a language switch)."""
    fit = view.findChild(_Fit)
    if fit is None:
        from PySide6.QtCore import Qt

        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fit = _Fit(view, least, most)
        view.installEventFilter(fit)
    fit.fit()
