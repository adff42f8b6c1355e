"""One sync cycle: push the outbox, then pull (through the snapshot the first time)."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.models import utcnow
from desktop.store.store import Store
from desktop.sync import pull as pulling
from desktop.sync.api import SyncApi
from desktop.sync.push import PushOutcome, push_outbox

log = logging.getLogger(__name__)

LAST_SYNCED_KEY = "last_synced_at"

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
        the cycle could not complete; everything done before the failure is kept."""
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

        push()
        report.timings["push"] = time.perf_counter() - started
        pulled = pulling.PullOutcome()
        try:
            if pulling.cursor(self.store) is None:
                report.first_sync = True
                t = time.perf_counter()
                pulling.run_snapshot(self.store, self.api, pulled, limit=self.snapshot_limit,
                                     progress=progress)
                report.timings["snapshot"] = time.perf_counter() - t
            t = time.perf_counter()
            pulling.pull_changes(self.store, self.api, pulled, push_first=push,
                                 limit=self.pull_limit, snapshot_limit=self.snapshot_limit,
                                 progress=progress)
            report.timings["pull"] = time.perf_counter() - t
        finally:
            report.pushed, report.conflicts = pushed.pushed, pushed.conflicts
            report.rejected = pushed.rejected
            report.pulled, report.removed = pulled.pulled, pulled.removed
            report.timings["snapshot_apply"] = pulled.apply_seconds
            report.changed_tables = pushed.tables | pulled.tables
        self.store.set_state(LAST_SYNCED_KEY, utcnow().isoformat())
        report.seconds = time.perf_counter() - started
        log.info("sync cycle: %s removed=%s in %.2f s", report.line(), report.removed,
                 report.seconds)
        return report
