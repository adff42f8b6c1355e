"""The application icon (resources/icons/rounds.svg) and the navigation icons."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

ICON_FILE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "rounds.svg"
PACKAGED_ICON = Path(__file__).parent / "rounds.svg"

VIEW_ICONS = {
    "today": QStyle.StandardPixmap.SP_FileDialogDetailedView,
    "customers": QStyle.StandardPixmap.SP_DirHomeIcon,
    "calls": QStyle.StandardPixmap.SP_FileDialogContentsView,
    "plans": QStyle.StandardPixmap.SP_FileDialogInfoView,
    "follow_ups": QStyle.StandardPixmap.SP_BrowserReload,
    "complaints": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "conflicts": QStyle.StandardPixmap.SP_MessageBoxQuestion,
    "settings": QStyle.StandardPixmap.SP_FileDialogListView,
}


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    for path in (ICON_FILE, PACKAGED_ICON):
        if path.exists():
            return QIcon(str(path))
    return QIcon()


def view_icon(key: str) -> QIcon:
    app = QApplication.instance()
    pixmap = VIEW_ICONS.get(key)
    return app.style().standardIcon(pixmap) if app and pixmap is not None else QIcon()
