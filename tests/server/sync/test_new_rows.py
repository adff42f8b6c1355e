"""A push's new rows are inserted by Core statements (server/sync/new_rows.py), not by the
ORM: for every synced table, what is stored must be what the ORM's INSERT of the same
values stored, with every column given a value and with None in every column that takes
one (a None left to the column's default, JSON's null kept, a NULL otherwise)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select

from desktop.models import SYNCED_MODELS
from desktop.models.codec import column_python_type
from server.core.db import SentTogether, write_session
from server.sync.new_rows import insert_new_rows
from tests.server.helpers import mutation

_SAMPLES = {str: "示例-1", bool: True, int: 7, float: 0.25, date: date(2026, 3, 2),
            datetime: datetime(2026, 3, 2, 9, 30, 0, 120, tzinfo=UTC), object: {"q1": 4}}


def _values(model, *, nones: bool) -> dict:
    values = {}
    for column in model.__table__.columns:
        required = not column.nullable and column.default is None
        if nones and (not required or column.type.should_evaluate_none):  # (JSON: null)
            values[column.name] = None
        else:
            sample = _SAMPLES[column_python_type(column)]
            length = getattr(column.type, "length", None)
            values[column.name] = sample[:length] if isinstance(sample, str) else sample
    values["id"] = str(uuid.uuid4())
    return values


def _stored(engine, table: str, values: dict, insert_rows) -> dict:
    """The row as stored by `insert_rows(session, values)`; nothing is kept."""
    model = SYNCED_MODELS[table]
    with write_session(engine) as session:
        insert_rows(session, values)
        stored = session.execute(select(model.__table__).where(
            model.__table__.c.id == values["id"])).mappings().one()
        session.rollback()
    return dict(stored)


@pytest.mark.parametrize("nones", [False, True], ids=["values", "nones"])
def test_new_rows_are_stored_as_the_orm_stored_them(engine, nones):
    for table, model in SYNCED_MODELS.items():
        values = _values(model, nones=nones)
        by_orm = _stored(engine, table, values, lambda session, v, model=model:
                         session.execute(insert(model), [dict(v)]))
        by_core = _stored(engine, table, values, lambda session, v, table=table:
                          insert_new_rows(session, SentTogether(session), table, [dict(v)]))
        for name in ("created_at", "updated_at"):  # (computed now when None: two moments)
            if values[name] is None:
                assert isinstance(by_orm.pop(name), datetime), table
                assert isinstance(by_core.pop(name), datetime), table
        assert by_core == by_orm, table
        if nones:
            assert by_core["revision"] == 0 and by_core["deleted"] is False, table


def test_a_created_row_with_nulls_is_stored_with_its_defaults(world, engine):
    """A follow-up pushed with null for its status (which has a default) and for its
    remind time (which has none) is stored with the default status and no remind time, is
    answered so (the pusher stores the answer's row, and the cycle's page leaves that row
    out), and a pull brings it so."""
    laptop = world.rep_a
    customer = world.customer(laptop, name="北京大学人民医院（白塔寺院区）", tier="A")
    row_id = str(uuid.uuid4())
    [created] = laptop.push(mutation("follow_up", row_id=row_id, customer_id=customer["id"],
                                     title="回访", due_date="2026-03-09", status=None,
                                     remind_at=None))
    assert created["status"] == "applied", created
    assert (created["row"]["status"], created["row"]["remind_at"]) == ("open", None)
    with write_session(engine) as session:
        model = SYNCED_MODELS["follow_up"]
        stored = session.execute(select(model.status, model.remind_at).where(
            model.id == row_id)).one()
    assert tuple(stored) == ("open", None)
    rows, _, _, _ = laptop.pull_all()
    assert rows[("follow_up", row_id)]["status"] == "open"
    assert rows[("follow_up", row_id)]["remind_at"] is None


def test_a_create_of_a_row_the_server_has_is_judged_against_it(world, api, engine):
    """A create sent for an id the server holds already (a second device sending the same
    new follow-up, with its own seq) meets the stored row, beside a create that is new in
    the same push: it is merged into the stored row as an update from revision 0 would be
    (the stored title wins), not inserted again, and the new one is inserted."""
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    customer = world.customer(laptop, name="北京朝阳医院（京西院区）", tier="B")
    row_id, other_id = str(uuid.uuid4()), str(uuid.uuid4())
    [first] = laptop.push(mutation("follow_up", row_id=row_id, customer_id=customer["id"],
                                   title="回访", due_date="2026-03-09"))
    again, other = tablet.push(
        mutation("follow_up", row_id=row_id, customer_id=customer["id"], title="再访",
                 due_date="2026-03-09"),
        mutation("follow_up", row_id=other_id, customer_id=customer["id"], title="新的",
                 due_date="2026-03-10"))
    assert first["status"] == "applied" and other["status"] == "applied"
    assert again["status"] == "merged" and again["revision"] == first["revision"]
    assert [(c["field"], c["your_value"], c["winner"]) for c in again["conflicts"]] == [
        ("title", "再访", "server")]
    assert again["row"] == first["row"]
    rows, _, _, _ = tablet.pull_all()
    assert rows[("follow_up", row_id)] == first["row"]
    assert rows[("follow_up", other_id)] == other["row"]
    assert other["row"]["title"] == "新的"
