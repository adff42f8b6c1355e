"""One worker thread for the screens' database work; results come back on the GUI thread.

After Anki's `taskman.py`: a screen hands a plain function (a `desktop.domain` query that
returns plain rows) to `TaskRunner.run`; it runs on the one database thread, in the order
given, and `on_done(result)` (or `on_error(exception)`) runs later on the GUI thread, by a
queued signal. The function must not touch a widget or any Qt object: only the store.

    context.tasks.run(lambda: today.planned_calls(store, day), self._show_planned,
                      owner=self)

Lifetimes (docs/decisions/0011): the runner is a QObject of the GUI thread and its delivery
slot is its own method, so results are always handled there. A result whose `owner`
(a QObject) was destroyed meanwhile is dropped. `shutdown()` refuses new work, lets the job
in flight finish, drops the queued ones and joins the thread; it must run before the store
closes (the main window's close does it, and `run_app` closes the window before the
store). A later `run` starts a new thread.

`run_and_wait(fn)` is for saves: the write runs on the database thread while the GUI thread
keeps its event loop turning (a busy cursor after a short grace), so a save that waits for
the sync's write lock never freezes the window.
"""

from __future__ import annotations

import logging
import queue
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal, Slot

log = logging.getLogger(__name__)

#: A save that is not done after this long shows a busy cursor (the window keeps running).
BUSY_AFTER_MS = 100
#: Niceness of background threads (Linux: per thread), so that on a busy machine the GUI
#: thread gets a core before them; they still get all the CPU nobody else wants.
BACKGROUND_NICENESS = 10


def run_in_background_priority() -> None:
    """Lower the calling thread's CPU priority (Linux threads; elsewhere nothing)."""
    import os

    if hasattr(os, "setpriority") and hasattr(threading, "get_native_id") \
            and sys.platform.startswith("linux"):
        try:
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICENESS)
        except OSError:
            log.debug("could not lower the priority of %s", threading.current_thread().name)


@dataclass(eq=False)
class Task:
    """One piece of work handed to the runner; `cancel()` drops its result."""

    fn: Callable[[], Any]
    on_done: Callable[[Any], None] | None = None
    on_error: Callable[[BaseException], None] | None = None
    owner: QObject | None = None
    cancelled: bool = False
    finished: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None

    def cancel(self) -> None:
        self.cancelled = True


_STOP = object()


class TaskRunner(QObject):
    """The database thread of the screens (see the module docstring)."""

    task_failed = Signal(str)  # a task raised and had no on_error: what failed, for the log
    _results_ready = Signal()  # emitted from the worker thread; delivered in the GUI thread

    def __init__(self, parent=None, *, name: str = "rounds-db"):
        super().__init__(parent)
        self._name = name
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._done: deque[Task] = deque()
        self._thread: threading.Thread | None = None
        self._open = 0  # tasks handed in whose result was not delivered yet
        self._results_ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # -- GUI thread -------------------------------------------------------------------------
    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None, *,
            on_error: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Run `fn()` on the database thread after the tasks handed in before it; then
        `on_done(result)` or `on_error(exc)` on the GUI thread, unless cancelled or `owner`
        is gone by then."""
        task = Task(fn, on_done, on_error, owner)
        with self._lock:
            self._open += 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._work, name=self._name,
                                                daemon=True)
                self._thread.start()
        self._jobs.put(task)
        return task

    def run_and_wait(self, fn: Callable[[], Any], *, busy_after_ms: int = BUSY_AFTER_MS):
        """Run `fn()` on the database thread and return its result (or raise its error),
        keeping the GUI thread's event loop running meanwhile; a busy cursor shows when it
        takes longer than `busy_after_ms`. Input to the windows is held back until it is
        done, so the user cannot start a second save on top of the first."""
        task = self.run(fn)
        if not task.finished.wait(0.02):  # the usual save: done at once, nothing to show
            loop = QEventLoop()
            poll = QTimer()
            poll.setInterval(5)
            poll.timeout.connect(lambda: task.finished.is_set() and loop.quit())
            cursor = QTimer(singleShot=True, interval=busy_after_ms)
            cursor.timeout.connect(_show_busy)
            poll.start()
            cursor.start()
            try:
                if not task.finished.is_set():
                    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            finally:
                poll.stop()
                if not cursor.isActive():
                    _end_busy()
                cursor.stop()
        task.cancel()  # answered here, not by a later delivery
        if task.error is not None:
            raise task.error
        return task.result

    def idle(self) -> bool:
        """No task queued, running or waiting for its result to be delivered."""
        with self._lock:
            return self._open == 0

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Drop the queued tasks, wait for the one in flight and join the thread; True if it
        ended within `timeout` seconds. Call before the store closes. Results not delivered
        yet are dropped; a later `run` starts a new thread."""
        with self._lock:
            thread = self._thread
        while True:
            try:
                dropped = self._jobs.get_nowait()
            except queue.Empty:
                break
            if isinstance(dropped, Task):
                dropped.cancel()
                dropped.finished.set()
                self._close_one()
        if thread is None:
            return True
        self._jobs.put(_STOP)
        thread.join(timeout)
        with self._lock:
            self._done.clear()
            self._open = 0
            self._thread = None
        return not thread.is_alive()

    @Slot()
    def _deliver(self) -> None:
        """One result per turn of the event loop (the worker signals once per task), so
        results arriving together are shown with paints and input in between."""
        with self._lock:
            if not self._done:
                return
            task = self._done.popleft()
        try:
            self._hand_back(task)
        finally:
            self._close_one()

    def _hand_back(self, task: Task) -> None:
        if task.cancelled or (task.owner is not None and not _alive(task.owner)):
            return
        if task.error is not None:
            if task.on_error is not None:
                task.on_error(task.error)
            else:
                log.error("background task failed", exc_info=task.error)
                self.task_failed.emit(f"{type(task.error).__name__}: {task.error}")
        elif task.on_done is not None:
            task.on_done(task.result)

    def _close_one(self) -> None:
        with self._lock:
            self._open = max(0, self._open - 1)

    # -- the database thread ----------------------------------------------------------------
    def _work(self) -> None:
        run_in_background_priority()
        while True:
            task = self._jobs.get()
            if task is _STOP:
                return
            if not task.cancelled:
                try:
                    task.result = task.fn()
                except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                    task.error = exc
            task.finished.set()
            with self._lock:
                self._done.append(task)
            self._results_ready.emit()


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return isValid(obj)


def _show_busy() -> None:
    from PySide6.QtGui import QCursor, QGuiApplication

    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))


def _end_busy() -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.restoreOverrideCursor()


class Reload(QObject):
    """Keeps one part of a screen fresh: `request()` reads it again on the task runner and
    `show(rows)` swaps the rows in on the GUI thread. At most one read is in flight; requests
    during it make one more read after it. `now()` reads and shows at once, on the calling
    thread (a screen's first paint); a read older than what is shown is never shown.

    `load` runs on the database thread: a function of the store alone, never of a widget.
    A screen whose reading depends on what is picked on it passes, with each request, the
    `load` made from what is picked now (read on the GUI thread)."""

    def __init__(self, tasks: TaskRunner | None, load: Callable[[], Any],
                 show: Callable[[Any], None], parent: QObject):
        super().__init__(parent)
        self._tasks, self._load, self._show = tasks, load, show
        self._started = 0  # sequence number of the last read started
        self._shown = 0  # sequence number of the read shown last
        self._in_flight = False
        self._again: Callable[[], Any] | None = None  # the read asked for during one

    def now(self, load: Callable[[], Any] | None = None) -> None:
        """Read and show at once, on this thread."""
        self._started += 1
        seq = self._started
        self._present(seq, (load or self._load)())

    def request(self, load: Callable[[], Any] | None = None) -> None:
        """Read again in the background (or at once when there is no runner)."""
        load = load or self._load
        if self._tasks is None:
            self.now(load)
            return
        if self._in_flight:
            self._again = load
            return
        self._started += 1
        seq = self._started
        self._in_flight = True
        self._tasks.run(load, lambda rows: self._arrived(seq, rows),
                        on_error=self._failed, owner=self)

    def _arrived(self, seq: int, rows) -> None:
        self._in_flight = False
        self._present(seq, rows)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self._in_flight = False
        log.error("reading a screen's rows failed", exc_info=exc)
        self._next()

    def _next(self) -> None:
        if self._again is not None:
            load, self._again = self._again, None
            self.request(load)

    def _present(self, seq: int, rows) -> None:
        if seq > self._shown:
            self._shown = seq
            self._show(rows)

