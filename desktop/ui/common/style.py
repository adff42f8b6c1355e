"""The application's one stylesheet (resources/style/rounds.qss) and how widgets take part
in it: a widget gets a role (`heading`, `hint`, `error`, `banner`…) and, where its look
follows its state, a state property (a banner's `level`, a badge's `status`)."""

from __future__ import annotations

from functools import cache

from desktop.resources import STYLE

STYLESHEET = STYLE / "rounds.qss"


@cache
def stylesheet() -> str:
    """The stylesheet's text ("" when the file is missing: Qt's own look)."""
    try:
        return STYLESHEET.read_text(encoding="utf-8")
    except OSError:
        return ""


def apply_stylesheet(app) -> None:
    app.setStyleSheet(stylesheet())


def set_role(widget, role: str):
    """Give `widget` its role in the stylesheet (before it is shown); returns the widget."""
    widget.setProperty("role", role)
    return widget


def set_state(widget, name: str, value: str) -> None:
    """Change a state property the stylesheet selects on, and restyle the widget now."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
