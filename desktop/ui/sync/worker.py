"""The background sync worker: runs `SyncClient.run_cycle` off the GUI thread and reports
state, progress, pending changes and the last successful sync as signals.

Cycles run at start-up, a few seconds after local changes (`schedule_soon()`, debounced), on
a timer (`interval_seconds`, the config's sync_interval_seconds), and when the network comes
back (QNetworkInformation reachability where a backend reports it, else a periodic probe of
/health while offline). Network errors and 5xx are retried with exponential backoff and
jitter (`desktop.sync.retry.RetryPolicy`); refused single changes never stop the queue.

Usage (GUI thread):

    worker = SyncWorker(lambda: open_session(paths, account, store=store),
                        interval_seconds=config["sync_interval_seconds"])
    worker.state_changed.connect(status_bar.show_sync_state)
    worker.start()
    ...                       # after every local save:
    worker.schedule_soon()
    ...                       # on quit:
    worker.stop()             # mutex-guarded; waits for the thread

Two objects: `SyncWorker` stays in the GUI thread and is what callers see; `_CycleRunner`
lives in the worker thread and runs the cycles. The runner's signals are relayed through the
`SyncWorker`'s, so every public signal is emitted in the GUI thread. This matters with
PySide6: a lambda or a method of a non-QObject connected to a signal runs in the thread of
the signal's sender, so one connected to a worker-thread object ran in the worker thread (the
status bar's "revoked" lambda set a QLabel there, and pytest-qt's waitSignal stopped its
QTimer there, which Qt refuses: the timer stayed armed and fired into freed memory once the
garbage collector, in some other thread, had freed it). All data leaves the worker thread
through signals only; after `stop()` the runner is back in the GUI thread, so the worker
and everything it owns are destroyed there.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QMutex,
    QMutexLocker,
    QObject,
    QThread,
    QTimer,
    Signal,
    Slot,
)

from desktop.sync.errors import (
    MESSAGES,
    AuthError,
    DeviceRevokedError,
    OfflineError,
    SchemaIncompatibleError,
    SyncError,
)
from desktop.sync.retry import RetryPolicy
from desktop.ui.common.tasks import run_in_background_priority

log = logging.getLogger(__name__)

OFFLINE, SYNCING, UP_TO_DATE, ERROR = "offline", "syncing", "up_to_date", "error"


class _Stopped(Exception):
    """Raised from the progress callback to end a cycle early when stopping (safe: every
    page is its own transaction)."""



class SyncWorker(QObject):
    """The GUI thread's handle on the sync: owns the worker thread and its `_CycleRunner`.
    Public methods are called from the GUI thread; public signals are emitted there."""

    state_changed = Signal(str)  # offline | syncing | up_to_date | error
    progress_changed = Signal(int, int)  # done, total (0, 0 when unknown)
    pending_count_changed = Signal(int)
    last_synced_changed = Signal(object)  # aware datetime (UTC)
    sync_finished = Signal(object)  # desktop.sync.client.SyncReport
    sync_failed = Signal(str)  # a message a person can act on
    sign_in_needed = Signal(str)  # the sign-in expired or is missing
    device_revoked = Signal()

    # internal: queued into the worker thread
    _soon_requested = Signal()
    _now_requested = Signal()
    _stop_requested = Signal()
    _reachability_changed = Signal(bool)

    def __init__(self, session_factory: Callable[[], object], *, interval_seconds: int = 300,
                 debounce_ms: int = 3000, probe_seconds: float = 20.0,
                 policy: RetryPolicy | None = None, sync_at_start: bool = True):
        """`session_factory()` is called in the worker thread and returns an object with
        `.client` (SyncClient), `.store`, `.api` and `.close()` — `desktop.sync.account.
        open_session` does."""
        super().__init__()
        self._runner = _CycleRunner(session_factory, interval_seconds=interval_seconds,
                                    debounce_ms=debounce_ms, probe_seconds=probe_seconds,
                                    policy=policy or RetryPolicy(), sync_at_start=sync_at_start)
        self._state = ""
        self._thread: QThread | None = None
        self._network = None  # the QNetworkInformation we listen to
        self.state_changed.connect(self._remember_state)  # first, so slots see the new state

    def start(self) -> None:
        """Start the worker thread (the first cycle runs at once if `sync_at_start`)."""
        if self._thread is not None:
            return
        runner = self._runner
        self._thread = QThread(self)
        self._thread.setObjectName("rounds-sync")
        # Timers and connections are made here, in the GUI thread, and move with the runner:
        # a connect() in the worker thread waits for a Qt lock while it holds the GIL, which
        # deadlocks if the GUI thread holds that lock while it waits for the GIL.
        runner.make_timers()
        for name in _RELAYED:  # signal to signal: re-emitted in this object's (GUI) thread
            getattr(runner, name).connect(getattr(self, name))
        runner.moveToThread(self._thread)
        self._thread.started.connect(runner.setup)
        self._soon_requested.connect(runner.on_soon)
        self._now_requested.connect(runner.run_cycle)
        self._stop_requested.connect(runner.teardown)
        self._reachability_changed.connect(runner.on_reachability)
        self._watch_network()
        self._thread.start()

    def schedule_soon(self) -> None:
        """A local change was saved: sync in a few seconds (repeated calls debounce)."""
        self._soon_requested.emit()

    def sync_now(self) -> None:
        """Run a cycle now (e.g. the user pressed "Sync now")."""
        self._now_requested.emit()

    @property
    def state(self) -> str:
        """The last state announced by `state_changed` (as the GUI thread has seen it)."""
        return self._state

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Stop after the page in flight and wait for the thread; True if it ended."""
        if not self._runner.request_stop() or self._thread is None:
            return True
        self._unwatch_network()
        self._stop_requested.emit()
        return bool(self._thread.wait(timeout_ms))

    @Slot(str)
    def _remember_state(self, state: str) -> None:
        self._state = state

    def _watch_network(self) -> None:
        """Use the OS's reachability reports where a backend gives them; the /health probe
        while offline covers the rest. Runs in the GUI thread, before the worker's starts:
        loading the backend from the worker thread can deadlock (it waits, holding the GIL,
        for a Qt lock the GUI thread holds while it waits for the GIL). Reports reach the runner as a queued signal; the
        connection goes to a slot of this object (not a lambda), so it ends with it."""
        try:
            from PySide6.QtNetwork import QNetworkInformation as NI

            if NI.instance() is None:
                NI.loadBackendByFeatures(NI.Feature.Reachability)
            info = NI.instance()
            if info is not None and info.supports(NI.Feature.Reachability):
                info.reachabilityChanged.connect(self._on_network_reachability)
                self._network = info
        except Exception:  # no backend on this machine: probing is enough
            log.debug("no network information backend", exc_info=True)

    def _unwatch_network(self) -> None:
        if self._network is not None:
            try:
                self._network.reachabilityChanged.disconnect(self._on_network_reachability)
            except (RuntimeError, TypeError):  # already gone with the application
                pass
            self._network = None

    def _on_network_reachability(self, reachability) -> None:
        from PySide6.QtNetwork import QNetworkInformation as NI

        self._reachability_changed.emit(
            reachability in (NI.Reachability.Online, NI.Reachability.Site))


class _CycleRunner(QObject):
    """Runs the cycles in the worker thread; only `request_stop()` is called from another
    thread. Its signals are relayed by `SyncWorker` (same names)."""

    state_changed = Signal(str)
    progress_changed = Signal(int, int)
    pending_count_changed = Signal(int)
    last_synced_changed = Signal(object)
    sync_finished = Signal(object)
    sync_failed = Signal(str)
    sign_in_needed = Signal(str)
    device_revoked = Signal()

    def __init__(self, session_factory: Callable[[], object], *, interval_seconds: int,
                 debounce_ms: int, probe_seconds: float, policy: RetryPolicy,
                 sync_at_start: bool):
        super().__init__()
        self._factory = session_factory
        self.interval_seconds = interval_seconds
        self.debounce_ms = debounce_ms
        self.probe_seconds = probe_seconds
        self.policy = policy
        self.sync_at_start = sync_at_start
        self._mutex = QMutex()
        self._stopping = False
        self._state = ""
        self._failures = 0
        self._session = None
        self._revoked = False

    def make_timers(self) -> None:
        """In the GUI thread, before the move to the worker thread (see `SyncWorker.start`)."""
        self._debounce = self._timer(self.run_cycle, single_shot=True)
        self._retry = self._timer(self.run_cycle, single_shot=True)
        self._interval = self._timer(self.run_cycle)
        self._probe = self._timer(self._probe_server)

    def request_stop(self) -> bool:
        """Any thread: end the cycle in flight after its page; False if already stopping."""
        with QMutexLocker(self._mutex):
            if self._stopping:
                return False
            self._stopping = True
            return True

    def _is_stopping(self) -> bool:
        with QMutexLocker(self._mutex):
            return self._stopping

    def _timer(self, slot, *, single_shot: bool = False) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(single_shot)
        timer.timeout.connect(slot)
        return timer

    @Slot()
    def setup(self) -> None:
        run_in_background_priority()  # and the download helper it starts: the GUI goes first
        self._interval.start(max(1, int(self.interval_seconds)) * 1000)
        if self.sync_at_start:
            self.run_cycle()
        else:
            self._emit_pending()

    @Slot(bool)
    def on_reachability(self, online: bool) -> None:
        if online and self._state in (OFFLINE, ERROR) and not self._revoked:
            log.info("network is back: syncing")
            self.run_cycle()

    @Slot()
    def on_soon(self) -> None:
        if self._is_stopping():  # no new session once stopped (nor in the GUI thread)
            return
        self._emit_pending()
        if not self._revoked:
            self._debounce.start(self.debounce_ms)

    @Slot()
    def teardown(self) -> None:
        """Last slot run in the worker thread: stop the timers, close the session, move back
        to the GUI thread (so this object and its timers are destroyed there, never in a
        finished thread) and end the thread's event loop."""
        for timer in (self._debounce, self._retry, self._interval, self._probe):
            timer.stop()
        if self._session is not None:
            try:
                self._session.close()
            except Exception:
                log.exception("closing the sync session")
            self._session = None
        thread = self.thread()
        self.moveToThread(QCoreApplication.instance().thread())
        thread.quit()

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)

    def _emit_pending(self) -> None:
        try:
            session = self._ensure_session()
            self.pending_count_changed.emit(session.store.pending_count())
        except Exception:
            log.debug("pending count unavailable", exc_info=True)

    def _ensure_session(self):
        if self._session is None:
            self._session = self._factory()
        return self._session

    def _progress(self, phase: str, done: int, total: int) -> None:
        if self._is_stopping():
            raise _Stopped()
        self.progress_changed.emit(int(done), int(total))

    @Slot()
    def run_cycle(self) -> None:
        if self._is_stopping() or self._revoked or self._state == SYNCING:
            return
        self._debounce.stop()
        self._retry.stop()
        self._set_state(SYNCING)
        self.progress_changed.emit(0, 0)
        try:
            session = self._ensure_session()
            report = session.client.run_cycle(progress=self._progress)
        except _Stopped:
            return
        except Exception as exc:  # every failure must leave the worker alive
            self._on_failure(exc)
            return
        finally:
            self._emit_pending()
        self._failures = 0
        self._probe.stop()
        self._set_state(UP_TO_DATE)
        self.last_synced_changed.emit(_last_synced(session.store))
        self.sync_finished.emit(report)

    def _on_failure(self, exc: Exception) -> None:
        message = str(exc) or type(exc).__name__
        if isinstance(exc, DeviceRevokedError):
            self._revoked = True
            self._set_state(ERROR)
            self.sync_failed.emit(message)
            self.device_revoked.emit()
            return
        if isinstance(exc, AuthError):
            if exc.code in MESSAGES:  # the server's reason, in the user's language
                message = QCoreApplication.translate("Sync", MESSAGES[exc.code])
            self._set_state(ERROR)
            self.sync_failed.emit(message)
            self.sign_in_needed.emit(message)
            return
        if not isinstance(exc, SyncError):
            log.exception("sync cycle failed unexpectedly")
        self._failures += 1
        delay = self.policy.next_delay(exc, self._failures)
        self._set_state(OFFLINE if isinstance(exc, OfflineError) else ERROR)
        self.sync_failed.emit(message)
        if delay is not None:
            log.info("sync failed (%s); next try in %.0f s", message, delay)
            self._retry.start(int(delay * 1000))
            if isinstance(exc, OfflineError) and self.probe_seconds:
                self._probe.start(int(self.probe_seconds * 1000))
        elif isinstance(exc, SchemaIncompatibleError):
            log.error("sync stopped: %s", message)

    @Slot()
    def _probe_server(self) -> None:
        """While offline: a cheap /health call; when it answers, sync at once."""
        if self._state != OFFLINE or self._is_stopping():
            self._probe.stop()
            return
        try:
            self._ensure_session().api.health()
        except Exception:
            return
        self._probe.stop()
        self.run_cycle()


_RELAYED = ("state_changed", "progress_changed", "pending_count_changed", "last_synced_changed",
            "sync_finished", "sync_failed", "sign_in_needed", "device_revoked")


def _last_synced(store) -> datetime | None:
    raw = store.state("last_synced_at")
    return datetime.fromisoformat(raw) if raw else None
