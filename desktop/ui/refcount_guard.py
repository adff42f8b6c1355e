"""Work around a PySide6 6.12 reference-count bug on Python < 3.12.

Every call from Python into a Qt method returning void (`widget.setEnabled(...)`,
`app.processEvents()`…) decrements the reference count of `None` once too often. Python
3.12+ makes `None`, `True` and `False` immortal, so nothing happens there; on 3.11 the count
(about 5,000 after start-up) reaches zero after a few thousand calls and the interpreter
aborts ("none_dealloc: deallocating None"), mid-session or at exit.

The guard holds extra references to those objects in a list and tops it up on a timer
before the count can run out: 8 bytes of memory per leaked reference. The list is never
freed, not even at exit (freeing it would give the leaked decrements back). It does nothing on
Python 3.12 or later. Remove it once the project requires Python >= 3.12 or a PySide6
release without the bug (see docs/decisions/0005-desktop-ui.md).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

FLOOR = 50_000  # top up when the count falls below this…
TOP_UP = 200_000  # …by this many references (1.6 MB)
CHECK_MS = 1000

_ballast: list = []
_pinned = False


def _pin(obj) -> None:
    """Never free `obj`: at interpreter exit, releasing the ballast would hand the leaked
    decrements back and abort after all."""
    import ctypes

    ctypes.pythonapi.Py_IncRef(ctypes.py_object(obj))


def needed() -> bool:
    return sys.version_info < (3, 12)


def top_up() -> int:
    """Add references to None/True/False where the count runs low; returns how many."""
    global _pinned
    if not _pinned:
        _pin(_ballast)
        _pinned = True
    added = 0
    for obj in (None, True, False):
        if sys.getrefcount(obj) < FLOOR:
            _ballast.extend([obj] * TOP_UP)
            added += TOP_UP
    return added


class RefcountGuard(QObject):
    """Keeps the counts of None/True/False away from zero while the app runs."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self._check)
        self.timer.start()

    def _check(self) -> None:
        top_up()


def install(app) -> RefcountGuard | None:
    """Start the guard for `app` (a no-op on Python 3.12+)."""
    if not needed():
        return None
    top_up()
    guard = getattr(app, "_rounds_refcount_guard", None)
    if guard is None:
        guard = RefcountGuard(app)
        app._rounds_refcount_guard = guard
    return guard
