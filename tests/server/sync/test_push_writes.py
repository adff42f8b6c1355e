"""What a push writes: on PostgreSQL the rows go to the database before the revision lock
and take their revision with the batch's records and the commit in one round trip
(server/sync/changes.py `PendingRevisions`, server/core/db.py `SentTogether`, decision 0038).
Whatever the order, the stored rows, change log, field versions, audit entries, conflicts
and stored answers must carry the revision the push answered, and a write that fails at
the end must leave nothing of the push behind."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import event, exc, select, text

from server.core.db import SentTogether, read_session, write_session
from server.models import AuditEntry, ChangeLog, Conflict, FieldVersion, MutationLog
from server.sync.changes import Actor
from server.sync.devices import log_outcomes, stored_outcomes
from tests.server.helpers import a_product, mutation


def _stored(engine, table: str, row_id: str) -> int:
    with read_session(engine) as session:
        return session.execute(text(f"SELECT revision FROM {table} WHERE id = :id"),
                               {"id": row_id}).scalar_one()


def test_every_record_of_a_push_carries_the_answered_revision(world, engine, api):
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    customer = world.customer(laptop, name="首都医科大学附属北京天坛医院（丰台院区）", tier="C")
    base = customer["revision"]
    laptop.push(mutation("customer", "update", customer["id"], base, tier="A"))
    merged, visit = tablet.push(
        mutation("customer", "update", customer["id"], base, tier="B", phone="010 5997 5000"),
        mutation("visit", customer_id=customer["id"], started_at="2026-03-02T01:30:00+00:00"))
    assert merged["status"] == "merged" and visit["status"] == "applied"
    assert visit["revision"] == merged["revision"] + 1

    assert _stored(engine, "customer", customer["id"]) == merged["revision"]
    assert _stored(engine, "visit", visit["row"]["id"]) == visit["revision"]
    with read_session(engine) as session:
        log = dict(session.execute(select(ChangeLog.row_id, ChangeLog.revision).where(
            ChangeLog.revision >= merged["revision"],
            ChangeLog.row_id.in_([customer["id"], visit["row"]["id"]]))).all())
        versions = dict(session.execute(select(FieldVersion.field, FieldVersion.revision).where(
            FieldVersion.row_id == customer["id"])).all())
        audit = set(session.execute(select(AuditEntry.field, AuditEntry.revision).where(
            AuditEntry.row_id == customer["id"], AuditEntry.device_id == tablet.device_id)).all())
        [conflict] = session.scalars(select(Conflict).where(
            Conflict.row_id == customer["id"])).all()
        answers = session.scalars(select(MutationLog.outcome).where(
            MutationLog.device_id == tablet.device_id)).all()
    assert log == {customer["id"]: merged["revision"], visit["row"]["id"]: visit["revision"]}
    assert versions["phone"] == merged["revision"] and versions["tier"] < merged["revision"]
    assert audit == {("phone", merged["revision"])}
    assert conflict.field == "tier" and conflict.revision == merged["revision"]
    assert sorted(a["revision"] for a in answers) == [merged["revision"], visit["revision"]]

    # another laptop of the rep gets both at the revisions answered
    rows, _, _, cursor = api.login(world.names["rep_a"]).pull_all()
    assert rows[("customer", customer["id"])]["revision"] == merged["revision"]
    assert rows[("customer", customer["id"])]["phone"] == "010 5997 5000"
    assert rows[("visit", visit["row"]["id"])]["revision"] == visit["revision"] == cursor


def test_a_write_failing_in_a_round_trip_leaves_nothing_and_says_why(engine):
    device = Actor("u-together", f"dev-{uuid.uuid4()}")
    answers = {0: {"seq": 0, "status": "rejected"},
               1: {"seq": 1, "status": "applied", "row": {"name": "O'Brien 医院（西院区）"}}}
    with write_session(engine) as session:
        trip = SentTogether(session)
        with pytest.raises(exc.IntegrityError, match="srv_mutation_log"):
            log_outcomes(trip, device, answers)
            log_outcomes(trip, device, {1: answers[1]})  # the same key again
            trip.send(commit=True)
        session.rollback()
        # the connection is usable again, and nothing of the trip was committed
        assert _stored_answers(session, device.device_id) == []
    with write_session(engine) as session:
        trip = SentTogether(session)
        log_outcomes(trip, device, answers)
        trip.send(commit=True)
    with read_session(engine) as session:
        assert stored_outcomes(session, device, [0, 1, 2]) == answers  # (quoted intact)


def _stored_answers(session, device: str) -> list[int]:
    return sorted(session.scalars(select(MutationLog.seq).where(
        MutationLog.device_id == device)))


def test_the_rows_of_a_push_are_written_once(world, engine, monkeypatch):
    """Each pushed row is inserted or updated by one statement: on SQLite already numbered
    (the revisions are taken first, without flushing the rows at that query), on PostgreSQL
    before the revision lock, the revision stamped in the commit's round trip (decision
    0038). Statements run by SQLAlchemy and those `SentTogether` runs at once (SQLite)."""
    laptop = world.rep_a
    customer = world.customer(laptop, name="北京大学第三医院（海淀院区）", tier="C")
    writes: list[str] = []

    def seen(conn, cursor, statement, parameters, context, executemany):
        words = statement.split()
        if words[0] in ("INSERT", "UPDATE") and words[1 + (words[0] == "INSERT")] in (
                "customer", "visit"):
            writes.append(" ".join(words[:3]))

    def run_at_once(trip, statement, params):
        if not trip.together and statement.is_dml:
            verb, rest = ("INSERT INTO", "(…)") if statement.is_insert else ("UPDATE", "SET")
            seen(None, None, f"{verb} {statement.table.name} {rest}", params, None, True)
        at_once(trip, statement, params)

    at_once = SentTogether.execute
    monkeypatch.setattr(SentTogether, "execute", run_at_once)
    event.listen(engine, "before_cursor_execute", seen)
    try:
        updated, visit = laptop.push(
            mutation("customer", "update", customer["id"], customer["revision"], tier="A"),
            mutation("visit", customer_id=customer["id"],
                     started_at="2026-03-02T01:30:00+00:00"))
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert updated["status"] == visit["status"] == "applied"
    assert sorted(writes) == ["INSERT INTO visit", "UPDATE customer SET"]
    assert _stored(engine, "customer", customer["id"]) == updated["revision"]
    assert _stored(engine, "visit", visit["row"]["id"]) == visit["revision"]


def test_rows_created_and_changed_in_one_push_are_stored_as_answered(world, engine):
    """A row new in a push is inserted at its commit with its last values: created then
    changed, created then deleted, and a created row naming another one created before it
    in the same push; what is stored is what the push answered and a pull brings."""
    laptop = world.rep_a
    customer = world.customer(laptop, name="北京积水潭医院（新街口院区）", tier="B")
    visit_id, gone_id, product_id = (str(uuid.uuid4()) for _ in range(3))
    created, changed, doomed, deleted, named = laptop.push(
        mutation("visit", row_id=visit_id, customer_id=customer["id"],
                 started_at="2026-03-02T01:30:00+00:00"),
        mutation("visit", "update", visit_id, 0, key_messages="带了样品"),
        mutation("follow_up", row_id=gone_id, customer_id=customer["id"], title="回访",
                 due_date="2026-03-09"),
        mutation("follow_up", "delete", gone_id, 0),
        mutation("visit_product", row_id=product_id, visit_id=visit_id,
                 product_id=a_product(world)["id"]))
    assert [r["status"] for r in (created, changed, doomed, deleted, named)] == ["applied"] * 5
    assert changed["row"]["key_messages"] == "带了样品" and deleted["row"]["deleted"] is True
    assert named["row"]["territory_id"] == created["row"]["territory_id"] == world.t1
    rows, _, _, _ = laptop.pull_all()
    for answer, table, row_id in ((changed, "visit", visit_id), (deleted, "follow_up", gone_id),
                                  (named, "visit_product", product_id)):
        assert _stored(engine, table, row_id) == answer["revision"]
        assert rows[(table, row_id)] == answer["row"]
