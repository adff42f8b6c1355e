"""Icons: the application icon (resources/icons/rounds.svg) and one consistent line-icon set,
Lucide (ISC licence, resources/icons/lucide/), drawn in the theme's colours.

An icon is asked for by what it means (`icon("search")`, `view_icon("plans")`); its SVG is
rendered at the sizes Qt asks for, in the secondary text colour, the accent when selected and
the disabled colour when disabled (docs/decisions/0012-visual-identity.md says why SVGs).
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QIcon

from desktop.resources import APP_ICON

#: Navigation entries and the Lucide icon each shows.
VIEW_ICONS = {
    "today": "sun",
    "customers": "users",
    "calls": "clipboard-list",
    "plans": "calendar-range",
    "activities": "megaphone",
    "desk": "chart-line",
    "follow_ups": "bell",
    "complaints": "shield-alert",
    "complaint_analysis": "file-spreadsheet",
    "surveys": "list-checks",
    "conflicts": "git-compare-arrows",
    "settings": "settings",
    "qa_queue": "inbox",
    "pv_desk": "pill",
}


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    return QIcon(str(APP_ICON)) if APP_ICON.exists() else QIcon()


@lru_cache(maxsize=256)
def icon(name: str, tone: str = "text_secondary", theme: str | None = None) -> QIcon:
    """The Lucide icon `name` in the colour token `tone` of the current theme; Qt's SVG icon
    engine draws it at whatever size a widget asks for."""
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication

    from desktop.ui.common.style import colour, current_theme, tinted_icon_file

    app = QApplication.instance()
    theme = theme or (current_theme(app) if app else "light")
    result = QIcon()
    for mode, token in ((QIcon.Mode.Normal, tone), (QIcon.Mode.Active, "text"),
                        (QIcon.Mode.Selected, "accent_text"),
                        (QIcon.Mode.Disabled, "text_disabled")):
        result.addFile(tinted_icon_file(name, colour(token, theme)), QSize(), mode)
    return result


def view_icon(key: str) -> QIcon:
    name = VIEW_ICONS.get(key)
    return icon(name) if name else QIcon()


def forget_tinted() -> None:
    """Drop the icons drawn in the old theme's colours (after a theme switch)."""
    icon.cache_clear()
