"""The record of changes the server confirmed (desktop/sync/confirmations.py), kept for a
server restored from a backup: what is stored reads back through the ORM exactly as it was
confirmed, a replayed answer replaces its records, and records older than KEEP_DAYS go."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from desktop.models import utcnow
from desktop.store.local_tables import OutboxEntry, SyncConfirmation
from desktop.sync.confirmations import (
    KEEP_DAYS,
    all_confirmations,
    confirmation,
    newest_confirmations,
    prune_confirmations,
    record_confirmations,
)


def _entry(seq: int, **changes) -> OutboxEntry:
    return OutboxEntry(seq=seq, table_name="customer", row_id=f"c{seq}", op="update",
                       changes=changes, base_revision=seq + 100)


def test_confirmations_read_back_as_confirmed_and_a_replay_replaces_them(store):
    changes = {"name": "北京大学第一医院（城南院区）", "phone": "010 8357 2211 转 3",
               "bed_count": 1500, "dedicated_counter": True, "notes": None}
    before = utcnow()
    with store.write() as w:
        record_confirmations(w, [confirmation(_entry(7, **changes), 240),
                                 confirmation(_entry(8, tier="B"), 241)])
    with store.write() as w:  # the same answer stored again (a replayed push)
        record_confirmations(w, [confirmation(_entry(8, tier="B"), 241)])
    with store.read() as s:
        kept = all_confirmations(s)
        newest = newest_confirmations(s, 1)
    assert [(c.seq, c.row_id, c.op, c.base_revision, c.revision) for c in kept] == [
        (7, "c7", "update", 107, 240), (8, "c8", "update", 108, 241)]
    assert kept[0].changes == changes
    assert before <= kept[0].confirmed_at <= utcnow()
    assert kept[0].confirmed_at.tzinfo is not None
    assert newest == [("customer", "c8", 241)]
    # stored in SQLAlchemy's forms, which the pruning compares as text
    with store.write() as w:
        w.session.add(SyncConfirmation(seq=9, table_name="visit", row_id="v9", op="create",
                                       changes=changes, revision=242))
    with store.read() as s:
        stored = s.connection().exec_driver_sql(
            "SELECT changes, confirmed_at FROM sync_confirmation ORDER BY seq").all()
    by_orm, by_record = stored[2], stored[0]
    assert by_record[0] == by_orm[0]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", by_record[1]), by_record
    assert len(by_record[1]) == len(by_orm[1])
    assert confirmation(_entry(9, tier="A"), None) is None  # no revision: nothing to keep


def test_records_older_than_keep_days_are_pruned(store):
    now = datetime.now(UTC)
    with store.write() as w:
        for seq, age in ((1, KEEP_DAYS + 1), (2, KEEP_DAYS - 1), (3, 0)):
            w.session.add(SyncConfirmation(
                seq=seq, table_name="visit", row_id=f"v{seq}", op="create",
                changes={"summary": "随访"}, revision=seq, confirmed_at=now - timedelta(days=age)))
    with store.write() as w:
        prune_confirmations(w)
    with store.read() as s:
        assert [c.seq for c in all_confirmations(s)] == [2, 3]
