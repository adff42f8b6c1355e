"""What Today is given at start before the store is open (decision 0030): a stand-in for
`AppContext` whose signals lead nowhere yet, so the screen can be built and painted from
the first lists; `TodayView.attach` then gives it the real context."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class FirstLookContext(QObject):
    """The signals and settings of `AppContext`, without a store or a task runner."""

    data_changed = Signal(str)
    customer_opened = Signal(str)
    call_report_requested = Signal(str, str)
    visit_opened = Signal(str)
    complaint_requested = Signal(str)
    language_changed = Signal(str)

    def __init__(self, settings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.store = None
        self.tasks = None
        self.sync_worker = None


class _AfterPaint(QObject):
    def __init__(self, widget, then):
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and self._then is not None:
            then, self._then = self._then, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, then)  # once this paint is done
        return False


def after_first_paint(widget, then, *, at_the_latest_ms: int = 1000) -> None:
    """Call `then()` once `widget` has painted (or after `at_the_latest_ms` anyway: a window
    started minimised paints nothing). `then` must tolerate a second call."""
    _AfterPaint(widget, then)
    QTimer.singleShot(at_the_latest_ms, widget, then)
