"""The look of Rounds: one stylesheet (resources/style/rounds.qss) in a light and a dark
theme, the Fusion style under it with a matching palette, and a font that suits Chinese text.

Widgets take part through a role (`heading`, `hint`, `error`, `banner`, `primary`…) and,
where their look follows their state, a state property (a banner's `level`, a badge's
`status`, a status label's `tone`). No widget carries an inline style.

Colours are tokens (`@accent`, `@surface`…) with one value per theme; status colours mean
the same everywhere: danger = overdue or refused, warning = near a deadline or waiting,
success = done or approved, info/accent = the app's own actions and the current selection.
"""

from __future__ import annotations

import re
import tempfile
from functools import cache
from pathlib import Path

from desktop.resources import ICONS, STYLE

STYLESHEET = STYLE / "rounds.qss"
THEMES = ("light", "dark")
APPEARANCES = ("system", "light", "dark")

#: Chinese first: Qt picks the first family that has a glyph, so Latin text falls through to
#: the system sans of each platform and CJK text never lands on a bitmap fallback.
FONT_FAMILIES = ["Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei UI",
                 "Microsoft YaHei", "Noto Sans", "Segoe UI", "Helvetica Neue", "Arial"]
FONT_POINT_SIZE = 10

LIGHT = {
    "window": "#f4f5f7", "sidebar": "#eceef2", "surface": "#ffffff", "surface_alt": "#f8f9fb",
    "input": "#ffffff", "border": "#e1e4e8", "border_strong": "#c9ced6", "row_line": "#eef0f3",
    "hover": "#e6e9ee", "pressed": "#d9dde4", "selection": "#dce8fc",
    "text": "#1f2328", "text_secondary": "#5c6670", "text_disabled": "#a3aab3",
    "accent": "#2563c9", "accent_hover": "#1f56b0", "accent_pressed": "#1a4a98",
    "accent_disabled": "#9db8e6", "accent_soft": "#e3ecfb", "accent_text": "#1d56b3",
    "on_accent": "#ffffff",
    "info_soft": "#e8f0fc", "info_text": "#1d4f9e", "info_border": "#c8d9f5",
    "success": "#1e8449", "success_soft": "#e5f4ea", "success_text": "#17693a",
    "success_border": "#bfe3cb",
    "warning": "#b86e00", "warning_soft": "#fdf1dc", "warning_text": "#8a5200",
    "warning_border": "#f3d9a6",
    "danger": "#c23b32", "danger_soft": "#fdeceb", "danger_text": "#a8302a",
    "danger_border": "#f2c3bf", "on_danger": "#ffffff",
    "neutral_soft": "#eceff3", "scroll": "#c4cad2", "scroll_hover": "#a9b1bb",
    "tooltip": "#2b3138", "tooltip_text": "#ffffff",
    "tier_a": "#2563c9", "tier_b": "#7c3aad", "tier_c": "#0f8a8a", "tier_d": "#8a929c",
}
DARK = {
    "window": "#16191d", "sidebar": "#1b1f24", "surface": "#1f2329", "surface_alt": "#23282e",
    "input": "#1a1e23", "border": "#2f353c", "border_strong": "#3d444d", "row_line": "#282d33",
    "hover": "#2a3038", "pressed": "#343b44", "selection": "#23385c",
    "text": "#e6e8eb", "text_secondary": "#9ba5b0", "text_disabled": "#5d6670",
    "accent": "#4f8ef0", "accent_hover": "#639cf3", "accent_pressed": "#3f7ad6",
    "accent_disabled": "#33507d", "accent_soft": "#1f3153", "accent_text": "#8ab4f8",
    "on_accent": "#ffffff",
    "info_soft": "#1c2a42", "info_text": "#a9c7f7", "info_border": "#2c4168",
    "success": "#3fb66f", "success_soft": "#17301f", "success_text": "#7fd6a0",
    "success_border": "#25502f",
    "warning": "#e0a03a", "warning_soft": "#33270f", "warning_text": "#f0c274",
    "warning_border": "#5a431b",
    "danger": "#e0574e", "danger_soft": "#3a1b1a", "danger_text": "#f3958e",
    "danger_border": "#63302c", "on_danger": "#ffffff",
    "neutral_soft": "#2a2f36", "scroll": "#3f4650", "scroll_hover": "#56606c",
    "tooltip": "#e6e8eb", "tooltip_text": "#16191d",
    "tier_a": "#5b95f0", "tier_b": "#b48ae0", "tier_c": "#3cbcbc", "tier_d": "#7d8792",
}
TOKENS = {"light": LIGHT, "dark": DARK}
_TOKEN = re.compile(r"@([a-z_]+)")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)


@cache
def template() -> str:
    """The stylesheet with its tokens ("" when the file is missing: Qt's own look)."""
    try:
        return _COMMENT.sub("", STYLESHEET.read_text(encoding="utf-8"))
    except OSError:
        return ""


def colour(name: str, theme: str = "light") -> str:
    return TOKENS[theme][name]


def stylesheet(theme: str = "light") -> str:
    """The stylesheet of `theme`, every token replaced by its colour (or an icon file)."""
    tokens = dict(TOKENS[theme])
    tokens["icon_chevron_down"] = tinted_icon_file("chevron-down", tokens["text_secondary"])
    tokens["icon_chevron_up"] = tinted_icon_file("chevron-up", tokens["text_secondary"])

    def value(match: re.Match) -> str:
        name = match.group(1)
        if name not in tokens:
            raise KeyError(f"rounds.qss uses @{name}, which the {theme} theme does not define")
        return tokens[name]

    return _TOKEN.sub(value, template())


def tinted_svg(name: str, colour_value: str) -> bytes:
    """The Lucide icon `name` drawn in `colour_value` (the SVGs stroke in currentColor)."""
    text = (ICONS / "lucide" / f"{name}.svg").read_text(encoding="utf-8")
    return text.replace("currentColor", colour_value).encode("utf-8")


def tinted_icon_file(name: str, colour_value: str) -> str:
    """A file the stylesheet can point at (`url(...)`): the icon in that colour, written once
    per colour into this user's temporary folder."""
    folder = Path(tempfile.gettempdir()) / "rounds-style"
    folder.mkdir(exist_ok=True)
    path = folder / f"{name}-{colour_value.lstrip('#')}.svg"
    if not path.exists():
        path.write_bytes(tinted_svg(name, colour_value))
    return path.as_posix()


def system_theme(app) -> str:
    """The OS's light or dark preference, read from the palette the platform gave the
    application (Qt's colour-scheme hint would build the whole `Qt` namespace, ~16 ms before
    the window's first paint)."""
    from PySide6.QtGui import QPalette

    window = app.palette().color(QPalette.ColorRole.Window)
    return "dark" if window.lightness() < 128 else "light"


def resolve_theme(app, appearance: str | None) -> str:
    return appearance if appearance in THEMES else system_theme(app)


def apply_theme(app, appearance: str | None = "light") -> str:
    """Fusion style, the palette, the font and the stylesheet of the theme `appearance`
    asks for ("system" follows the OS). Returns the theme applied."""
    from PySide6.QtGui import QColor, QFont, QPalette

    theme = resolve_theme(app, appearance)
    if app.property("rounds_theme") is None and not app.property("rounds_fusion"):
        app.setStyle("Fusion")  # `application()` asks for it on the command line instead
        app.setProperty("rounds_fusion", True)
    t = TOKENS[theme]
    palette = QPalette()
    for role, name in ((QPalette.ColorRole.Window, "window"), (QPalette.ColorRole.Base, "surface"),
                       (QPalette.ColorRole.AlternateBase, "surface_alt"),
                       (QPalette.ColorRole.Text, "text"), (QPalette.ColorRole.WindowText, "text"),
                       (QPalette.ColorRole.Button, "surface"),
                       (QPalette.ColorRole.ButtonText, "text"),
                       (QPalette.ColorRole.Highlight, "accent"),
                       (QPalette.ColorRole.HighlightedText, "on_accent"),
                       (QPalette.ColorRole.ToolTipBase, "tooltip"),
                       (QPalette.ColorRole.ToolTipText, "tooltip_text"),
                       (QPalette.ColorRole.PlaceholderText, "text_secondary"),
                       (QPalette.ColorRole.Link, "accent_text"),
                       (QPalette.ColorRole.Mid, "border_strong"),
                       (QPalette.ColorRole.Midlight, "border")):
        palette.setColor(role, QColor(t[name]))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(t["text_disabled"]))
    app.setPalette(palette)
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    font.setPointSize(FONT_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme))
    app.setProperty("rounds_theme", theme)
    return theme


def current_theme(app) -> str:
    return (app.property("rounds_theme") if app is not None else None) or "light"


def qcolor(token: str):
    """A theme colour as a QColor, for painting and item models (the current theme)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    return QColor(colour(token, current_theme(QApplication.instance())))


def brush(token: str):
    """A theme colour as a QBrush (an item model's BackgroundRole or ForegroundRole)."""
    from PySide6.QtGui import QBrush

    return QBrush(qcolor(token))


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
