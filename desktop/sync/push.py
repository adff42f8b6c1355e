"""Sending the outbox: batches in order, suspected adverse reactions first in their own batch.

An entry leaves the outbox only in the transaction that stores the server's result for it
(the confirmed row, a conflict record, or a rejection record). If the answer never arrives,
the same batch goes again; the server recognises (device, seq) and answers the same.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import bindparam, func
from sqlmodel import select

from desktop.models import utcnow
from desktop.models.codec import decode_row
from desktop.store.local_tables import OutboxEntry, SyncConflict, SyncRejection
from desktop.store.store import Store
from desktop.sync.api import SyncApi
from desktop.sync.apply import apply_rows
from desktop.sync.confirmations import confirmation, prune_confirmations, record_confirmations
from desktop.sync.errors import ServerError
from desktop.sync.purge import purge_pushed

log = logging.getLogger(__name__)

MAX_BATCH = 500  # the server's limit


@dataclass
class PushOutcome:
    pushed: int = 0
    conflicts: int = 0
    rejected: int = 0
    tables: set[str] = field(default_factory=set)  # local tables the answers changed
    #: (table, row id) -> revision of the server's rows the answers stored
    stored: dict[tuple[str, str], int] = field(default_factory=dict)


def mutation(entry: OutboxEntry) -> dict:
    body = {"seq": entry.seq, "table": entry.table_name, "row_id": entry.row_id,
            "op": entry.op, "base_revision": entry.base_revision, "changes": entry.changes}
    if entry.field_bases:  # only when some field was last seen before base_revision
        body["field_bases"] = entry.field_bases
    return body


def priority_batch(store: Store, limit: int) -> list[OutboxEntry]:
    with store.read() as s:
        return priority_entries(s, limit)


def priority_entries(s, limit: int) -> list[OutboxEntry]:
    """Urgent entries, with every earlier pending entry of the same rows (edits of one row
    keep their order) and the pending creation of rows they point at, and of the rows
    those point at in turn (a new customer the adverse-reaction report is about; the call
    report it was flagged in, and that report's plan item and plan), in sequence order."""
    urgent = list(s.exec(select(OutboxEntry).where(OutboxEntry.priority > 0)
                         .order_by(OutboxEntry.seq).limit(limit)))
    if not urgent:
        return []
    upto = max(e.seq for e in urgent)
    rows: set[str] = set()
    wanted = {e.row_id for e in urgent}
    while wanted - rows:  # follow references until no new pending creation turns up
        rows |= wanted
        refs = {v for e in s.exec(select(OutboxEntry).where(
                    OutboxEntry.row_id.in_(rows), OutboxEntry.seq <= upto))
                for k, v in e.changes.items() if k.endswith("_id") and isinstance(v, str)}
        wanted = rows | set(s.exec(select(OutboxEntry.row_id).where(
            OutboxEntry.op == "create", OutboxEntry.row_id.in_(refs - rows),
            OutboxEntry.seq <= upto)))
    batch = list(s.exec(select(OutboxEntry).where(
        OutboxEntry.row_id.in_(rows), OutboxEntry.seq <= upto)
        .order_by(OutboxEntry.seq).limit(limit)))
    return batch


def ordinary_batch(store: Store, limit: int, upto: int) -> list[OutboxEntry]:
    with store.read() as s:
        return ordinary_entries(s, limit, upto)


# statements of every cycle, built once: building one and its cache key costs more than
# running it on a small outbox
_ORDINARY = (select(OutboxEntry).where(OutboxEntry.seq <= bindparam("upto"))
             .order_by(OutboxEntry.seq).limit(bindparam("limit")))
_SUMMARY = select(func.max(OutboxEntry.seq), func.count(),
                  func.max(OutboxEntry.priority)).select_from(OutboxEntry)
_DELETE_CONFIRMED = OutboxEntry.__table__.delete().where(
    OutboxEntry.__table__.c.seq.in_(bindparam("seqs", expanding=True)))


def ordinary_entries(s, limit: int, upto: int) -> list[OutboxEntry]:
    return list(s.exec(_ORDINARY, params={"upto": upto, "limit": limit}))


def outbox_extent(store: Store, upto: int | None = None) -> tuple[int, int]:
    """(the newest entry's seq, how many entries) of the outbox, or of its entries up to
    `upto`, in one query."""
    with store.read() as s:
        return outbox_extent_in(s, upto)


def outbox_summary_in(s) -> tuple[int, int, bool]:
    """(the newest entry's seq, how many entries, whether any is urgent) of the outbox, in
    one query (the start of a cycle: no look for urgent entries when there is none)."""
    newest, count, urgent = s.exec(_SUMMARY).one()
    return int(newest or 0), int(count), bool(urgent)


def outbox_extent_in(s, upto: int | None = None) -> tuple[int, int]:
    query = select(func.max(OutboxEntry.seq), func.count())
    if upto is not None:
        query = query.where(OutboxEntry.seq <= upto)
    newest, count = s.exec(query.select_from(OutboxEntry)).one()
    return int(newest or 0), int(count)


def push_outbox(store: Store, api: SyncApi, *, batch_size: int = 200,
                progress=None) -> PushOutcome:
    """Push every entry that was in the outbox when called (entries written meanwhile wait
    for the next cycle). Raises a SyncError when a batch cannot be delivered."""
    outcome = PushOutcome()
    batch_size = max(1, min(batch_size, MAX_BATCH))
    upto, total = outbox_extent(store)
    if not total:
        return outcome
    done = 0
    urgent_first = True
    while True:
        batch = priority_batch(store, batch_size) if urgent_first else []
        if not batch:
            urgent_first = False
            batch = ordinary_batch(store, batch_size, upto)
        if not batch:
            break
        answer = api.push([mutation(e) for e in batch])
        resolved = store_results(store, batch, answer, outcome)
        if not resolved:
            raise ServerError("The server answered a push without a result for any change; "
                              "will try again.")
        done += resolved
        if progress:
            progress("push", min(done, total), total)
    return outcome


def store_results(store: Store, batch: list[OutboxEntry], answer: dict,
                  outcome: PushOutcome) -> int:
    """In one transaction: delete each confirmed entry, store its conflicts or rejection,
    and store the server's row (rebased on any later pending edit of it)."""
    by_seq = {e.seq: e for e in batch}
    resolved = 0
    # Without waiting for the disk: a power cut that loses this commit brings the entries
    # back into the outbox, and the server answers their replay with the stored outcomes
    # (decision 0028). A rep's own later change, committed durably, makes this one durable.
    with store.write(durable=False) as w:
        server_rows: dict[tuple[str, str], dict] = {}
        confirmed: list[int] = []
        refused: list[int] = []
        confirmations: list[dict] = []
        for result in answer.get("results") or []:
            entry = by_seq.pop(result.get("seq"), None)
            if entry is None:
                continue
            status = result.get("status")
            if status in ("applied", "merged"):
                outcome.pushed += 1
                if kept := confirmation(entry, result.get("revision")):
                    confirmations.append(kept)
                for c in result.get("conflicts") or []:
                    if w.session.get(SyncConflict, c["id"]) is None:
                        outcome.conflicts += 1
                        outcome.tables.add(SyncConflict.__tablename__)
                    w.session.merge(SyncConflict(
                        id=c["id"], table_name=entry.table_name, row_id=entry.row_id,
                        field=c["field"], my_value=c.get("your_value"),
                        server_value=c.get("server_value"), winner=c.get("winner", "server"),
                        seq=entry.seq, created_at=utcnow()))
            elif status == "rejected":
                outcome.rejected += 1
                refused.append(entry.seq)
                outcome.tables.add(SyncRejection.__tablename__)
                w.session.merge(SyncRejection(
                    seq=entry.seq, table_name=entry.table_name, row_id=entry.row_id,
                    op=entry.op, changes=entry.changes, code=result.get("code") or "rejected",
                    reason=result.get("reason") or "", server_row=result.get("row"),
                    created_at=utcnow()))
                log.warning("change %s of %s %s refused by the server: %s", entry.seq,
                            entry.table_name, entry.row_id, result.get("code"))
            else:
                log.error("unknown push result status %r for seq %s", status, entry.seq)
                by_seq[entry.seq] = entry
                continue
            if result.get("row"):
                server_rows[(entry.table_name, entry.row_id)] = result["row"]
            confirmed.append(entry.seq)
            resolved += 1
        record_confirmations(w, confirmations)
        if confirmed:
            w.session.execute(_DELETE_CONFIRMED, {"seqs": confirmed})
            prune_confirmations(w)
        by_table: dict[str, list[dict]] = {}
        for (table, row_id), row in server_rows.items():
            by_table.setdefault(table, []).append(decode_row(table, row))
            outcome.stored[(table, row_id)] = int(row.get("revision") or 0)
        for table, rows in by_table.items():  # one look-up of stored copies per table
            if apply_rows(w, table, rows):
                outcome.tables.add(table)
        # rows out of scope, kept until now for their edits
        outcome.tables |= purge_pushed(w, refused_now=refused)
    return resolved
