"""Pulling the server's changes in pages, and the bulk snapshot of a first sync or of a
territory gained.

Each pull page is applied in one transaction together with the new cursor; each snapshot
page together with the snapshot's progress, so an interrupted download resumes where it
stopped. The cursor is the server's revision, never a client clock.
"""

from __future__ import annotations

import gc
import json
import logging
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field

from desktop.models import SYNCED_MODELS, synced_model, utcnow
from desktop.models.codec import WIRE_DATETIMES, decode_columns, decode_row
from desktop.store.bulk_load import prepare_wire_columns
from desktop.store.hooks import hooks_deferrable
from desktop.store.local_tables import SyncState
from desktop.store.store import Store
from desktop.sync.api import DeferredPage, SyncApi, page_count, page_rows
from desktop.sync.apply import (
    REFERENCE_TABLES,
    apply_rows,
    drop_territory,
    has_pending,
    remove_rows,
)
from desktop.sync.confirmations import note_pulled
from desktop.sync.purge import SYNC_OUTCOME_TABLES, back_in_scope, sync_outcome_counts
from desktop.sync.server_epoch import check_page_epoch
from desktop.sync.snapshot_pipeline import Batch, prefetched, share_malloc_arenas

log = logging.getLogger(__name__)

CURSOR_KEY = "pull_cursor"
LAST_SYNCED_KEY = "last_synced_at"  # when a cycle last ended (the screens show it)
SNAPSHOT_KEY = "snapshot"  # + ":<territory id>" for a gained territory
PREPARED = "_prepared"  # a page's values as stored, converted by the decoding thread

Progress = Callable[[str, int, int], None]
PushFirst = Callable[[], None]


@dataclass
class PullOutcome:
    pulled: int = 0
    removed: int = 0
    pages: int = 0
    apply_seconds: float = 0.0  # decoding and storing, for diagnostics
    tables: set[str] = field(default_factory=set)  # local tables whose rows changed


def cursor(store: Store) -> int | None:
    value = store.state(CURSOR_KEY)
    return int(value) if value is not None else None


# ---------------------------------------------------------------------------- snapshot
def run_snapshot(store: Store, api: SyncApi, outcome: PullOutcome, *,
                 territory_id: str | None = None, limit: int = 5000,
                 progress: Progress | None = None) -> int:
    """Download every row in scope (or of one territory) page by page, resuming a download
    that was interrupted. A full snapshot ends by setting the pull cursor to the snapshot's
    revision in the same transaction as its last page. Returns the snapshot's revision.

    A full snapshot stores its pages straight from the wire and rebuilds derived data (the
    search index) once: its input is read in the transaction of the last page of the table it
    derives from, computed on a thread, and stored with a later page (a download killed
    before that rebuilds it at its end). Into an empty store it also sets the secondary
    indexes aside, building each table's when its last page is stored. Pages are converted
    to their stored form on the decoding thread. A territory's snapshot, usually small, goes
    through the per-row path with its hooks."""
    key = SNAPSHOT_KEY if territory_id is None else f"{SNAPSHOT_KEY}:{territory_id}"
    raw = store.state(key)
    state = json.loads(raw) if raw else None
    bulk = territory_id is None and hooks_deferrable()
    if state is None:
        start = api.snapshot_start(territory_id)
        state = {"revision": int(start["revision"]), "tables": list(start["tables"]),
                 "counts": start.get("counts") or {}, "index": 0, "after": None, "done": 0}
        with store.write() as w:
            if bulk and w.synced_tables_empty():
                w.set_aside_indexes()  # built again as each table completes
            store.set_state(key, json.dumps(state), w.session)
    total = max(sum(int(v) for v in state["counts"].values()), state["done"])
    tables = state["tables"]

    def prepare(index: int, page: dict) -> dict:
        if bulk and "values" in page and tables[index] in SYNCED_MODELS:
            # Converted here, on the decoding thread, while the page before is stored:
            # SQLite releases the interpreter lock while it inserts.
            page[PREPARED] = prepare_wire_columns(
                synced_model(tables[index]), page["columns"], page["values"],
                page.get("datetimes", WIRE_DATETIMES))
        return page

    def fetch(index: int, after: str | None) -> dict | DeferredPage:
        answer = api.snapshot_page(tables[index], after, limit, territory_id)
        if isinstance(answer, DeferredPage):
            return DeferredPage(answer.next_after, lambda: prepare(index, answer.decode()))
        return prepare(index, answer)

    background: list = []  # search documents computed on a thread (hooks.BackgroundRebuild)
    cleanup = ExitStack()
    if bulk:
        # Every page allocates a tuple per row; each collection of the oldest generation
        # would walk the whole heap of the app (modules, models, screens) again.
        gc.freeze()
        share_malloc_arenas()
    batch = Batch(store, cleanup.enter_context(store.checkpointing()) if bulk else None)
    try:
        for index, page in prefetched(fetch, len(tables), state["index"], state["after"]):
            table = tables[index]
            next_after = page.get("next_after")
            state["index"], state["after"] = (index + 1, None) if next_after is None \
                else (index, next_after)
            finished = state["index"] >= len(tables)
            began = time.perf_counter()
            rows = page_count(page)
            state["done"] += rows
            try:
                w = batch.writer()
                stored = _store_page(w, table, page, bulk=bulk)
                outcome.pulled += stored
                if stored and table in SYNCED_MODELS:
                    outcome.tables.add(table)
                if background:
                    w.store_rebuilds(background)  # those computed by now
                if bulk and next_after is None:
                    # Its indexes now; the search index computed while later pages flow.
                    w.table_loaded(table, background)
                if finished and territory_id is None:
                    w.load_finished(background)
                    store.set_state(CURSOR_KEY, str(state["revision"]), w.session)
                    _delete_state(w, key)
                else:
                    state["finished"] = finished
                    store.set_state(key, json.dumps(state), w.session)
                batch.rows += rows
                committed = batch.commit_if(finished or batch.due())
            except BaseException:
                batch.roll_back(sys.exc_info())
                raise
            outcome.apply_seconds += time.perf_counter() - began
            if progress and committed:
                progress("snapshot", min(state["done"], total), max(total, state["done"]))
    finally:
        try:
            batch.commit_if(True)  # the pages stored before a download failed
        finally:
            cleanup.close()
            if bulk:
                gc.unfreeze()
    return state["revision"]


def _store_page(w, table: str, page: dict, *, bulk: bool) -> int:
    if table not in SYNCED_MODELS:
        return 0  # a table this app version does not have (newer server)
    if bulk and not has_pending(w, table):
        if PREPARED in page:
            return w.store_prepared_columns(synced_model(table), page[PREPARED])
        if "values" in page:
            return w.store_wire_columns(synced_model(table), page["columns"], page["values"],
                                        page.get("datetimes", WIRE_DATETIMES))
        return w.store_wire_rows(synced_model(table), page["columns"], page["rows"])
    rows = decode_columns(table, page["columns"], page_rows(page))
    back_in_scope(w, table, (r["id"] for r in rows))
    return apply_rows(w, table, rows)


def _delete_state(w, key: str) -> None:
    row = w.session.get(SyncState, key)
    if row is not None:
        w.session.delete(row)


# -------------------------------------------------------------------------------- pull
def pull_changes(store: Store, api: SyncApi, outcome: PullOutcome, *, push_first: PushFirst,
                 limit: int = 1000, snapshot_limit: int = 5000,
                 progress: Progress | None = None, first_page: dict | None = None,
                 at: int | None = None, stored: dict | None = None,
                 epoch: str | None = None) -> None:
    """Pull every page after the stored cursor, starting with `first_page` when the caller
    already has it (the answer of POST /sync/cycle, asked `at` the stored cursor; `stored`,
    (table, row id) -> revision of the rows its push answer stored: the page's copies of
    them at that revision are the very same and are not stored again). `push_first` is
    called before rows with unsent local edits would be dropped (a removal, a territory
    lost). `epoch`: the server's epoch as the caller has just stored it, if it has. The
    last page's transaction also stores when the cycle ended (LAST_SYNCED_KEY, for the
    screens: the pull is a cycle's last step)."""
    start = current = (at if first_page is not None and at is not None
                       else cursor(store)) or 0
    while True:
        page, first_page = first_page or api.pull(current, limit), None
        same, stored = stored or {}, None
        check_page_epoch(store, page, epoch)  # a server restored from a backup meanwhile
        outcome.pages += 1
        changes = page.get("changes") or []
        removals = page.get("removals") or []
        scope = page.get("scope") or []
        if removals or any(s.get("change") == "lost" for s in scope):
            if store.pending_count():
                push_first()
        for event in scope:
            if event.get("change") == "gained":
                run_snapshot(store, api, outcome, territory_id=event["territory_id"],
                             limit=snapshot_limit, progress=progress)
        new_cursor = int(page["cursor"])
        # The server's rows and the cursor: a power cut may cost this page (pulled again,
        # cursor and rows go back together), never a rep's change (decision 0028).
        with store.write(durable=False) as w:
            outcomes_before = sync_outcome_counts(w) if removals or scope else None
            outcome.pulled += _apply_page(w, changes, removals, outcome, same)
            # (the rows the push answer stored count as pulled: a server that knows the
            # client holds them leaves them out of the page, decision 0037)
            note_pulled(store, w, changes + _held(same, current, new_cursor))
            for event in scope:
                if event.get("change") == "lost":
                    dropped = drop_territory(w, event["territory_id"])
                    outcome.removed += dropped
                    if dropped:
                        outcome.tables.update(t for t in SYNCED_MODELS
                                              if t not in REFERENCE_TABLES)
                elif event.get("change") == "gained":
                    _delete_state(w, f"{SNAPSHOT_KEY}:{event['territory_id']}")
            if outcomes_before is not None and sync_outcome_counts(w) != outcomes_before:
                outcome.tables.update(SYNC_OUTCOME_TABLES)  # went with the rows dropped
            if new_cursor != current:
                store.set_state(CURSOR_KEY, str(new_cursor), w.session)
            if not page.get("has_more"):  # a time shown to the user, with the last rows
                store.set_state(LAST_SYNCED_KEY, utcnow().isoformat(), w.session)
        if progress:
            server_revision = int(page.get("server_revision") or new_cursor)
            progress("pull", new_cursor - start, max(server_revision - start, 1))
        if new_cursor < current:
            log.warning("server moved the cursor back from %s to %s", current, new_cursor)
        current = new_cursor
        if not page.get("has_more"):
            break


def _held(same: dict, after: int, upto: int) -> list[dict]:
    """The rows of `same` at revisions in the page's range (`after`, `upto`], as changes."""
    return [{"table": table, "row": {"id": row_id}, "revision": revision}
            for (table, row_id), revision in same.items() if after < revision <= upto]


def _apply_page(w, changes: list[dict], removals: list[dict], outcome: PullOutcome,
                same: dict | None = None) -> int:
    """The newest event of each row wins: a change upserts it, a removal drops it. When the
    winner is a change at the revision in `same` (rows stored from the push answer of the
    same request), it is what is stored already; an older removal of such a row loses to
    it all the same."""
    latest: dict[tuple[str, str], tuple[int, str, dict | None]] = {}
    for change in changes:
        if change["table"] not in SYNCED_MODELS:
            continue  # a table this app version does not have (newer server)
        row = change["row"]
        key = (change["table"], row["id"])
        revision = int(change.get("revision") or row.get("revision") or 0)
        if key not in latest or revision >= latest[key][0]:
            latest[key] = (revision, "change", row)
    for removal in removals:
        if removal["table"] not in SYNCED_MODELS:
            continue
        key = (removal["table"], removal["row_id"])
        revision = int(removal.get("revision") or 0)
        if key not in latest or revision >= latest[key][0]:
            latest[key] = (revision, "removal", None)
    by_table: dict[str, list[dict]] = {}
    gone: dict[str, list[str]] = {}
    for (table, row_id), (revision, kind, row) in latest.items():
        if kind == "change":
            if same and same.get((table, row_id)) == revision:
                continue  # the newest event is what the push answer stored
            by_table.setdefault(table, []).append(decode_row(table, row))
        else:
            gone.setdefault(table, []).append(row_id)
    applied = 0
    for table, rows in by_table.items():
        back_in_scope(w, table, (r["id"] for r in rows))
        written = apply_rows(w, table, rows)
        applied += written
        if written:
            outcome.tables.add(table)
    for table, ids in gone.items():
        outcome.removed += remove_rows(w, table, ids)
        outcome.tables.add(table)
    return applied
