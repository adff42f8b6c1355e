"""`values_of` (server/sync/row_state.py) reads a row's values from its instance dict: it
must give exactly `row_values` for rows loaded, created, changed, and for a row whose
values were expired (then read through SQLAlchemy, which loads them)."""

from __future__ import annotations

from datetime import date

from desktop.models import Customer, FollowUp, row_values
from desktop.models.base import default_values, new_row
from server.core.db import read_session
from server.sync.row_state import unsaved_row, values_of


def test_values_of_is_row_values(world, engine, api):
    customer = world.customer(world.rep_a, name="北京协和医院", tier="B")
    with read_session(engine) as session:
        loaded = session.get(Customer, customer["id"])
        assert values_of(loaded) == row_values(loaded)
        assert list(values_of(loaded)) == list(row_values(loaded))
        loaded.tier = "A"  # changed, not written
        assert values_of(loaded)["tier"] == "A" == row_values(loaded)["tier"]
        session.rollback()  # expired: the values are read again from the database
        assert "tier" not in loaded.__dict__
        assert values_of(loaded) == row_values(loaded) and loaded.tier == "B"

    created = new_row(FollowUp, default_values(FollowUp) | {
        "customer_id": customer["id"], "title": "回访", "due_date": date(2026, 5, 1)})
    assert values_of(created) == row_values(created)



def test_encoded_is_encode_values_for_every_table():
    """Every synced table's row, with its dates and datetimes set, and a part of a row."""
    from datetime import UTC, datetime

    from desktop.models import SYNCED_MODELS
    from desktop.models.codec import column_python_type, encode_values
    from server.sync.row_state import encoded

    moment = datetime(2026, 3, 1, 9, 30, 0, 120, tzinfo=UTC)
    for table, model in SYNCED_MODELS.items():
        values = row_values(model())
        for column in model.__table__.columns:
            kind = column_python_type(column)
            if kind is datetime:
                values[column.name] = moment
            elif kind is date:
                values[column.name] = moment.date()
        assert encoded(table, values) == encode_values(values), table
        part = dict(list(values.items())[-3:])
        assert encoded(table, part) == encode_values(part), table
        assert list(encoded(table, part)) == list(part)


def test_an_unsaved_row_is_what_new_row_makes():
    """A push's new row (`unsaved_row`) holds the same values as `new_row` makes, reads
    them as attributes, and takes later changes through SQLAlchemy's setter."""
    from sqlalchemy import inspect
    from sqlalchemy.orm.attributes import set_attribute

    values = default_values(FollowUp) | {"customer_id": "c-1", "title": "回访",
                                         "due_date": date(2026, 5, 1), "id": "f-1"}
    row, made = unsaved_row(FollowUp, values), new_row(FollowUp, values)
    assert type(row) is FollowUp and inspect(row).transient
    assert values_of(row) == row_values(row) == row_values(made) == values
    assert (row.title, row.due_date, row.deleted) == ("回访", date(2026, 5, 1), False)
    set_attribute(row, "title", "再访")
    row.deleted = True
    assert values_of(row) == row_values(row) == values | {"title": "再访", "deleted": True}


def test_rows_read_as_stored_are_the_rows_encoded(world, engine):
    """`stored_rows.wire_rows` (the pull's rows: dates and times read as stored text) gives
    what `encoded` makes of the rows SQLAlchemy reads, for every row of every synced table:
    dates, datetimes (one pushed with another offset), JSON, booleans, NULLs."""
    from desktop.models import SYNCED_MODELS
    from server.sync.row_state import encoded, rows_query
    from server.sync.stored_rows import wire_rows
    from tests.server.helpers import mutation

    laptop = world.rep_a
    customer = world.customer(laptop, name="首都医科大学附属北京安贞医院", tier="A",
                              alias="安贞")
    [visit, follow_up, survey] = laptop.push(
        mutation("visit", customer_id=customer["id"], started_at="2026-03-02T09:30:00+08:00",
                 duration_minutes=25),
        mutation("follow_up", customer_id=customer["id"], title="回访", due_date="2026-03-09",
                 remind_at="2026-03-08T23:59:59.999999+00:00"),
        mutation("survey_response", customer_id=customer["id"], occasion="call_cycle",
                 cycle="2026-03", taken_at="2026-03-02T10:00:00+08:00",
                 answers={"q1": 4, "q2": "拜访及时"},
                 taken_by_user_id=laptop.user["id"]))
    assert [r["status"] for r in (visit, follow_up, survey)] == ["applied"] * 3, survey
    compared = 0
    with read_session(engine) as session:
        for table in SYNCED_MODELS:
            names, query = rows_query(table)
            ids = _ids(session, table)
            if not ids:
                continue
            typed = {values["id"]: encoded(table, values) for values in (
                dict(zip(names, row, strict=True))
                for row in session.execute(query, {"ids": ids}))}
            stored = {values["id"]: values for values in wire_rows(session, table, ids)}
            assert stored == typed, table
            compared += len(ids)
    assert compared >= 4


def _ids(session, table: str) -> list[str]:
    from sqlalchemy import text

    return list(session.execute(text(f"SELECT id FROM {table} ORDER BY id LIMIT 300")).scalars())
