"""The application icon (resources/icons/rounds.svg) and the navigation icons."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from desktop.resources import APP_ICON

# Names in QStyle.StandardPixmap, looked up when an icon is asked for: creating QStyle's
# Python enums costs ~8 ms, which the window's first paint does not wait for.
VIEW_ICONS = {
    "today": "SP_FileDialogDetailedView",
    "customers": "SP_DirHomeIcon",
    "calls": "SP_FileDialogContentsView",
    "plans": "SP_FileDialogInfoView",
    "follow_ups": "SP_BrowserReload",
    "complaints": "SP_MessageBoxWarning",
    "conflicts": "SP_MessageBoxQuestion",
    "settings": "SP_FileDialogListView",
}


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    return QIcon(str(APP_ICON)) if APP_ICON.exists() else QIcon()


def view_icon(key: str) -> QIcon:
    from PySide6.QtWidgets import QApplication, QStyle

    app = QApplication.instance()
    name = VIEW_ICONS.get(key)
    return app.style().standardIcon(getattr(QStyle.StandardPixmap, name)) \
        if app and name is not None else QIcon()
