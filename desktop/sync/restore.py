"""A server restored from a backup: noticing it and recovering (docs/decisions/0021).

A restored server has gone back in time: the changes it confirmed after the backup are
gone, and it hands their revisions out again. At the start of every cycle the client asks
`POST /sync/verify` about its few newest confirmed changes and the newest pulled one (one
small request); the server went back when

- its epoch differs from the one stored (IT ran `rounds-server restored-from-backup`),
- the pull cursor is above the server's revision (409 `cursor_ahead` to a pull), or
- it no longer holds a change it once confirmed or sent (IT ran nothing and other devices
  have since pushed it past this device's cursor).

Recovery, each step its own transaction(s), resumed by the next cycle after a crash
(`STATE_KEY` says where it stands):

1. `begin`: every kept confirmation is verified; those the server lost are queued again in
   the outbox as they were pushed (a row the server lacks entirely is first created again
   from the local row), in the order the server had confirmed them;
2. `push_resends` pushes them before anything else, then the ordinary push runs;
3. `discard_cursor`: every local row's revision is set to 0, the cursor dropped, the new epoch
   stored, so the snapshot that follows (the first-sync path) overwrites every row;
4. `finish`, after the snapshot: rows the server did not send (revision still 0, nothing
   pending) are dropped, edits saved meanwhile get their row's base revision, and a notice
   for the user is stored (`NOTICE_KEY`, shown until dismissed).

A row the server answers about as missing is sent again only if it lies in one of the
caller's territories: the server answers a row outside them exactly like a missing one, and
such a row has moved away (it is dropped by step 4, not pushed back).
"""

from __future__ import annotations

import json
import logging

from sqlalchemy import delete as sa_delete
from sqlalchemy import func, update
from sqlmodel import select

from desktop.domain.sync_notices import NOTICE_KEY, dismiss_notice, sync_notice
from desktop.models import SYNC_META_FIELDS, SYNCED_MODELS, row_values, synced_model, utcnow
from desktop.models.codec import encode_values
from desktop.store.local_tables import OutboxEntry, SyncConfirmation, SyncState
from desktop.store.store import Store
from desktop.sync import pull as pulling
from desktop.sync.api import SyncApi
from desktop.sync.apply import REFERENCE_TABLES
from desktop.sync.confirmations import (
    PULL_MARKER_KEY,
    all_confirmations,
    newest_confirmations,
    pull_marker,
)
from desktop.sync.errors import RequestRejected, ServerError
from desktop.sync.purge import drop_out_of_scope
from desktop.sync.push import PushOutcome, mutation, store_results
from desktop.sync.server_epoch import EPOCH_KEY, known_epoch

log = logging.getLogger(__name__)

STATE_KEY = "server_restore"
SAMPLE = 5  # newest confirmations verified at every cycle
VERIFY_BATCH = 500  # the server's limit

# The notice in English (`rounds sync`, the log); the app shows it translated
# (desktop/ui/sync/notice.py).
NOTICE_RESENT = ("The server was restored from a backup. Rounds sent again {count} {changes} "
                 "the server had lost and downloaded everything afresh.")
NOTICE_NONE_LOST = ("The server was restored from a backup. None of your changes were lost; "
                    "Rounds downloaded everything afresh.")


def _item(table: str, row_id: str, revision: int) -> dict:
    return {"table": table, "row_id": row_id, "revision": int(revision)}


def recovery_state(store: Store) -> dict | None:
    raw = store.state(STATE_KEY)
    return json.loads(raw) if raw else None


# --------------------------------------------------------------------------- detection
def check_server(store: Store, api: SyncApi) -> dict | None:
    """At the start of a cycle: the recovery under way (begun now if the server went back
    in time), or None when the server is the one this store knows."""
    state = recovery_state(store)
    if state is not None:
        return state
    sample = verify_sample(store)
    try:
        answer = api.verify(sample)
    except RequestRejected as exc:
        if exc.status in (404, 405):  # a server older than /sync/verify
            return None
        raise
    return assess(store, api, sample, answer)


def verify_sample(store: Store) -> list[dict]:
    """The items verified at the start of each cycle: the newest confirmations and the
    newest pulled change."""
    with store.read() as s:
        return sample_in(s)


def sample_in(session) -> list[dict]:
    sample = [_item(*c) for c in newest_confirmations(session, SAMPLE)]
    marker = pull_marker(session)
    if marker is not None:
        sample.append(_item(*marker))
    return sample


_UNREAD = object()


def assess(store: Store, api: SyncApi, sample: list[dict], answer: dict, *,
           known=_UNREAD, cursor=_UNREAD) -> dict | None:
    """The server's verify answer about `sample`: the recovery, begun now, when the server
    went back in time; None when it is the one this store knows (its epoch is stored).
    `known` (epoch) and `cursor`: as the caller read them at the start of the cycle."""
    epoch = answer.get("epoch") or ""
    known = known_epoch(store) if known is _UNREAD else known
    cursor = pulling.cursor(store) if cursor is _UNREAD else cursor
    reason = None
    if known and epoch and epoch != known:
        reason = "epoch"
    elif cursor is not None and cursor > int(answer["server_revision"]):
        reason = "cursor_ahead"
    elif _any_lost(store, sample, answer):
        reason = "verify"
    if reason is None:
        if epoch and epoch != known:
            store.set_state(EPOCH_KEY, epoch)
        return None
    log.warning("the server went back in time (%s): it was restored from a backup", reason)
    return begin(store, api, reason=reason, answer=answer)


def _lost(session, table: str, row_id: str, verdict: dict,
          territories: list[str] | None) -> bool:
    """Whether the server lost a change of this row it had confirmed or sent. A row it
    answers about as missing may lie outside the caller's territories (moved away): lost
    only if the local copy lies inside them."""
    if verdict.get("holds"):
        return False
    if verdict.get("revision") is not None:
        return True
    if table not in SYNCED_MODELS or table in REFERENCE_TABLES:
        return False
    row = session.get(synced_model(table), row_id)
    if row is None:
        return False
    return territories is None or row.territory_id in territories


def _any_lost(store: Store, sample: list[dict], answer: dict) -> bool:
    if all(verdict.get("holds") for verdict in answer.get("rows") or []):
        return False
    territories = answer.get("territory_ids")
    with store.read() as s:
        return any(_lost(s, item["table"], item["row_id"], verdict, territories)
                   for item, verdict in zip(sample, answer.get("rows") or [], strict=False))


# ---------------------------------------------------------------------------- recovery
def begin(store: Store, api: SyncApi, *, reason: str, answer: dict) -> dict:
    """Verify every kept confirmation and queue again, in one transaction with the
    recovery's state, those the server lost."""
    with store.read() as s:
        records = all_confirmations(s)
    verdicts: dict[int, dict] = {}
    territories, epoch = answer.get("territory_ids"), answer.get("epoch") or ""
    for start in range(0, len(records), VERIFY_BATCH):
        chunk = records[start:start + VERIFY_BATCH]
        checked = api.verify([_item(r.table_name, r.row_id, r.revision) for r in chunk])
        territories, epoch = checked.get("territory_ids"), checked.get("epoch") or epoch
        rows = checked.get("rows") or []
        if len(rows) != len(chunk):
            raise ServerError("The server's verify answer does not match the question; "
                              "will try again.")
        verdicts.update({r.seq: v for r, v in zip(chunk, rows, strict=True)})
    with store.write() as w:
        lost = [r for r in records if not verdicts[r.seq].get("holds")]
        resend = [r for r in lost
                  if _lost(w.session, r.table_name, r.row_id, verdicts[r.seq], territories)]
        seqs = _queue(w, resend, verdicts)
        if lost:
            w.session.execute(sa_delete(SyncConfirmation).where(
                SyncConfirmation.seq.in_([r.seq for r in lost])))
        state = {"stage": "resend", "reason": reason, "epoch": epoch, "seqs": seqs,
                 "resent": len(resend)}
        store.set_state(STATE_KEY, json.dumps(state), w.session)
    log.warning("server restored from a backup: %s confirmed change(s) lost, sent again",
                len(resend))
    return state


def _queue(w, records: list[SyncConfirmation], verdicts: dict[int, dict]) -> list[int]:
    """Outbox entries for the lost changes, in the server's original order; a row the
    server lacks is created again from the local row unless a lost creation does it."""
    created: set[tuple[str, str]] = set()
    entries: list[OutboxEntry] = []
    for record in records:
        key = (record.table_name, record.row_id)
        if (key not in created and record.op != "create"
                and verdicts[record.seq].get("revision") is None):
            row = w.session.get(synced_model(record.table_name), record.row_id)
            if row is None:
                continue
            values = {k: v for k, v in row_values(row).items()
                      if k not in SYNC_META_FIELDS and k != "deleted"}
            entries.append(OutboxEntry(table_name=record.table_name, row_id=record.row_id,
                                       op="create", changes=encode_values(values)))
        created.add(key)
        entries.append(OutboxEntry(table_name=record.table_name, row_id=record.row_id,
                                   op=record.op, changes=record.changes,
                                   base_revision=record.base_revision))
    w.session.add_all(entries)
    w.session.flush()
    return [e.seq for e in entries]


def push_resends(store: Store, api: SyncApi, outcome: PushOutcome, *,
                 batch_size: int = 200) -> None:
    """Push the queued lost changes before every other outbox entry (a pending edit may
    need the row they create again)."""
    state = recovery_state(store)
    if state is None or state["stage"] != "resend" or not state["seqs"]:
        return
    while True:
        with store.read() as s:
            batch = list(s.exec(select(OutboxEntry).where(
                OutboxEntry.seq.in_(state["seqs"])).order_by(OutboxEntry.seq)
                .limit(batch_size)))
        if not batch:
            return
        if not store_results(store, batch, api.push([mutation(e) for e in batch]), outcome):
            raise ServerError("The server answered a push without a result for any change; "
                              "will try again.")


def discard_cursor(store: Store) -> None:
    """After the push: forget the cursor and every row's revision (the snapshot that
    follows then overwrites each row), and take the server's new epoch."""
    state = recovery_state(store)
    if state is None or state["stage"] != "resend":
        return
    with store.write() as w:
        for model in SYNCED_MODELS.values():
            w.session.execute(update(model.__table__).values(revision=0))
        keys = w.session.exec(select(SyncState).where(
            (SyncState.key == pulling.CURSOR_KEY) | (SyncState.key == PULL_MARKER_KEY)
            | (SyncState.key == pulling.SNAPSHOT_KEY)
            | SyncState.key.startswith(pulling.SNAPSHOT_KEY + ":")))
        for row in keys:
            w.session.delete(row)
        if state.get("epoch"):
            store.set_state(EPOCH_KEY, state["epoch"], w.session)
        state["stage"] = "snapshot"
        state["outbox_mark"] = w.session.exec(select(func.max(OutboxEntry.seq))).one() or 0
        store.set_state(STATE_KEY, json.dumps(state), w.session)


def finish(store: Store) -> dict | None:
    """After the snapshot: drop the rows the server did not send, give edits saved during
    the download their row's base revision, and store the notice. Returns the notice."""
    state = recovery_state(store)
    if state is None or state["stage"] != "snapshot" or pulling.cursor(store) is None:
        return None
    with store.write() as w:
        pending = {(t, r) for t, r in w.session.exec(
            select(OutboxEntry.table_name, OutboxEntry.row_id))}
        for table, model in SYNCED_MODELS.items():
            t = model.__table__
            gone = [row_id for (row_id,) in w.session.execute(
                select(t.c.id).where(t.c.revision == 0)) if (table, row_id) not in pending]
            drop_out_of_scope(w, table, gone)  # with their search entries and conflicts
        for entry in w.session.exec(select(OutboxEntry).where(
                OutboxEntry.seq > state.get("outbox_mark", 0), OutboxEntry.op != "create",
                OutboxEntry.base_revision == 0)):
            row = w.session.get(synced_model(entry.table_name), entry.row_id)
            if row is not None and row.revision:
                entry.base_revision = row.revision
                w.session.add(entry)
        notice = {"code": "server_restored", "resent": int(state.get("resent") or 0),
                  "reason": state.get("reason"), "at": utcnow().isoformat()}
        store.set_state(NOTICE_KEY, json.dumps(notice), w.session)
        store.set_state(STATE_KEY, None, w.session)
    log.warning("recovered from the server's restore: %s change(s) sent again, everything "
                "downloaded afresh", notice["resent"])
    return notice


# ------------------------------------------------------------------------------ notice
def notice_english(notice: dict) -> str:
    """The notice in English."""
    resent = int(notice.get("resent") or 0)
    if not resent:
        return NOTICE_NONE_LOST
    return NOTICE_RESENT.format(count=resent, changes="change" if resent == 1 else "changes")


__all__ = ["NOTICE_KEY", "assess", "begin", "check_server", "discard_cursor", "dismiss_notice", "finish",
           "notice_english", "push_resends", "recovery_state", "sample_in",
           "sync_notice", "verify_sample"]
