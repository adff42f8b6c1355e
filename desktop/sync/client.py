"""One sync cycle: push the outbox, then pull (through the snapshot the first time)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain import server_settings
from desktop.models import SYNCED_MODELS
from desktop.store.store import Store
from desktop.sync import combined
from desktop.sync import pull as pulling
from desktop.sync import restore as restoring
from desktop.sync.api import SyncApi
from desktop.sync.errors import RequestRejected
from desktop.sync.push import PushOutcome, push_outbox
from desktop.sync.server_epoch import ServerWentBack

log = logging.getLogger(__name__)

LAST_SYNCED_KEY = pulling.LAST_SYNCED_KEY  # stored by the pull's last page

# progress(phase, done, total); phase is "push", "snapshot" or "pull"
Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    """What one cycle did, in rows: pushed (confirmed by the server), pulled (stored from the
    server), conflicts (new conflict records), rejected (changes the server refused)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    removed: int = 0
    first_sync: bool = False
    #: the server had been restored from a backup: this cycle sent again what it lost
    #: (`resent` changes) and downloaded everything afresh; a notice is stored for the user
    server_restored: bool = False
    resent: int = 0
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)
    #: local tables whose rows the cycle changed (stored from the server, confirmed with the
    #: server's values, dropped; sync_conflict and sync_rejection for new records): the
    #: screens read again only what they show of these
    changed_tables: set[str] = field(default_factory=set)

    def line(self) -> str:
        return (f"pushed={self.pushed} pulled={self.pulled} conflicts={self.conflicts} "
                f"rejected={self.rejected}")


class SyncClient:
    """Runs sync cycles for one account's store. Not thread-safe: one cycle at a time."""

    def __init__(self, store: Store, api: SyncApi, *, push_batch: int = 200,
                 pull_limit: int = 1000, snapshot_limit: int = 5000):
        self.store = store
        self.api = api
        self.push_batch = push_batch
        self.pull_limit = pull_limit
        self.snapshot_limit = snapshot_limit

    def run_cycle(self, progress: Progress | None = None) -> SyncReport:
        """Push every pending change, then pull every change after the cursor (a snapshot
        first when there is no cursor yet). Raises a `desktop.sync.errors.SyncError` when
        the cycle could not complete; everything done before the failure is kept.

        A server restored from a backup (desktop/sync/restore.py) is noticed at the start
        of the cycle, or by the pull (another epoch, 409 `cursor_ahead`): the cycle then
        starts over once, sending again what the server lost and downloading afresh."""
        try:
            report = self._cycle(progress)
        except (ServerWentBack, RequestRejected) as exc:
            if isinstance(exc, RequestRejected) and exc.code != "cursor_ahead":
                raise
            log.warning("the server went back in time during the cycle: %s", exc)
            report = self._cycle(progress)
        self._keep_server_settings()
        return report

    def _keep_server_settings(self) -> None:
        """What the server said of its settings with a token renewal during the cycle, kept
        for the screens (outside the cycle's writes)."""
        said = getattr(getattr(self.api.transport, "tokens", None), "server_settings", None)
        if said is not None and server_settings.remember(self.store, said):
            log.info("server settings now %s", said)

    def _push_and_pull(self, recovery: dict | None, report: SyncReport, pushed: PushOutcome,
                       pulled: pulling.PullOutcome, push, progress: Progress | None) -> None:
        """The cycle in separate requests: the recovery's resends, the push, the snapshot
        (first sync, or after a restore), the pull."""
        started = time.perf_counter()
        if recovery is not None:
            restoring.push_resends(self.store, self.api, pushed, batch_size=self.push_batch)
        push()
        if recovery is not None:
            restoring.discard_cursor(self.store)
        report.timings["push"] = time.perf_counter() - started
        if pulling.cursor(self.store) is None:
            report.first_sync = recovery is None
            t = time.perf_counter()
            pulling.run_snapshot(self.store, self.api, pulled, limit=self.snapshot_limit,
                                 progress=progress)
            report.timings["snapshot"] = time.perf_counter() - t
        if recovery is not None:
            notice = restoring.finish(self.store)
            report.server_restored = notice is not None
            report.resent = notice["resent"] if notice else 0
            pulled.tables.update(SYNCED_MODELS)
        t = time.perf_counter()
        pulling.pull_changes(self.store, self.api, pulled, push_first=push,
                             limit=self.pull_limit, snapshot_limit=self.snapshot_limit,
                             progress=progress)
        report.timings["pull"] = time.perf_counter() - t

    def _cycle(self, progress: Progress | None) -> SyncReport:
        report = SyncReport()
        started = time.perf_counter()
        pushed = PushOutcome()

        def push(phase_progress=progress):
            outcome = push_outbox(self.store, self.api, batch_size=self.push_batch,
                                  progress=phase_progress)
            pushed.pushed += outcome.pushed
            pushed.conflicts += outcome.conflicts
            pushed.rejected += outcome.rejected
            pushed.tables |= outcome.tables

        pulled = pulling.PullOutcome()
        try:
            # one request when the server offers it (decision 0031)
            step = combined.try_cycle(self.store, self.api, pushed, pulled, push_first=push,
                                      batch_size=self.push_batch, limit=self.pull_limit,
                                      snapshot_limit=self.snapshot_limit, progress=progress)
            recovery = restoring.check_server(self.store, self.api) if step is None \
                else step.recovery
            if step is None or not step.pulled:
                self._push_and_pull(recovery, report, pushed, pulled, push, progress)
        finally:
            report.pushed, report.conflicts = pushed.pushed, pushed.conflicts
            report.rejected = pushed.rejected
            report.pulled, report.removed = pulled.pulled, pulled.removed
            report.timings["snapshot_apply"] = pulled.apply_seconds
            report.changed_tables = pushed.tables | pulled.tables
        report.seconds = time.perf_counter() - started
        log.info("sync cycle: %s removed=%s in %.2f s", report.line(), report.removed,
                 report.seconds)
        return report
