"""Qt's own messages (warnings of Qt and its platform plugin) go to our log, not stderr.

One message is dropped: "This plugin does not support propagateSizeHints()". It is Qt's,
not a fault of ours: the default `QPlatformWindow::propagateSizeHints()` prints it, and
the offscreen plugin (`make run` and `rounds --smoke` with no display, the tests) keeps
that default, while xcb, Wayland, Windows and macOS implement it. A window's layout sets
the window's minimum size from its contents, so every relayout that changes it (the first
show, data arriving, the sync progress bar coming and going at each cycle) printed it once.
An offscreen window has no window manager to pass size hints to: the message reports
nothing that has an effect.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

NO_EFFECT = frozenset({"This plugin does not support propagateSizeHints()"})
LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def log_qt_message(kind: QtMsgType, context, message: str) -> None:
    """The message handler: one log record per Qt message, under the logger of its
    category ("qt.qpa.xcb", …; "qt" for uncategorised ones)."""
    if message in NO_EFFECT:
        return
    category = getattr(context, "category", None)
    logger = logging.getLogger(category if category and category != "default" else "qt")
    logger.log(LEVELS.get(kind, logging.WARNING), "%s", message)
    if kind == QtMsgType.QtFatalMsg:  # Qt aborts next: the terminal must say why too
        print(message, file=sys.stderr, flush=True)


def install() -> None:
    """Route Qt's messages to the log; call before the QApplication exists, so that the
    platform plugin's own messages are caught as well."""
    qInstallMessageHandler(log_qt_message)
