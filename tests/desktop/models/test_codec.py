"""The codec: every path between Python values, wire values and SQLite storage agrees with
the others and with what SQLAlchemy itself stores."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import Date
from sqlalchemy.dialects import sqlite
from sqlmodel.sql.sqltypes import UTCDateTime

from desktop.models import codec

MOMENTS = [
    datetime(2026, 3, 18, 1, 2, 3, tzinfo=UTC),
    datetime(2026, 3, 18, 9, 2, 3, 5, tzinfo=timezone(timedelta(hours=8))),
    datetime(1999, 12, 31, 23, 59, 59, 999_999, tzinfo=UTC),
    datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=-5))),
]
DAYS = [date(2026, 3, 1), date(1999, 12, 31), date(5, 1, 2)]


@pytest.mark.parametrize("moment", MOMENTS)
def test_stored_datetime_text_is_what_sqlalchemy_stores(moment):
    orm = UTCDateTime()._cached_bind_processor(sqlite.dialect())
    assert codec.datetime_to_storage(moment) == orm(moment)
    assert codec.python_to_storage(UTCDateTime())(moment) == orm(moment)


@pytest.mark.parametrize("day", DAYS)
def test_stored_date_text_is_what_sqlalchemy_stores(day):
    assert codec.date_to_storage(day) == Date()._cached_bind_processor(sqlite.dialect())(day)


def test_naive_datetimes_are_refused_for_storage_as_the_orm_refuses_them():
    with pytest.raises(ValueError, match="timezone"):
        codec.datetime_to_storage(datetime(2026, 3, 1, 9, 30))


@pytest.mark.parametrize("moment", MOMENTS)
def test_wire_to_storage_gives_the_same_text_as_decoding_first(moment):
    as_stored = codec.datetime_to_storage(moment)
    for wire in (codec.encode_value(moment), codec.encode_value(moment.astimezone(UTC)),
                 moment.isoformat()):
        assert codec.wire_datetime_to_storage(wire) == as_stored
        assert codec.datetime_to_storage(codec.to_datetime(wire)) == as_stored


def test_wire_text_without_an_offset_is_utc():
    assert codec.wire_datetime_to_storage("2026-03-01 09:30:00") == "2026-03-01 09:30:00.000000"
    assert codec.to_datetime("2026-03-01T09:30:00").tzinfo is UTC
    assert codec.wire_date_to_storage("2026-03-03T00:00:00+00:00") == "2026-03-03"


@pytest.mark.parametrize("moment", MOMENTS)
def test_stored_text_reaches_the_wire_as_encode_value_writes_it(moment):
    utc = moment.astimezone(UTC)
    stored = codec.datetime_to_storage(moment)
    assert codec.storage_temporal_to_wire(stored) == codec.encode_value(utc)
    assert codec.storage_temporal_to_wire(moment) == codec.encode_value(utc)  # PostgreSQL
    assert codec.to_datetime(codec.storage_temporal_to_wire(stored)) == moment


@pytest.mark.parametrize("day", DAYS)
def test_dates_round_trip_through_every_form(day):
    wire = codec.encode_value(day)
    assert codec.wire_date_to_storage(wire) == codec.date_to_storage(day)
    assert codec.storage_temporal_to_wire(codec.date_to_storage(day)) == wire
    assert codec.storage_temporal_to_wire(day) == wire
    assert codec.to_date(wire) == day


def test_rows_without_some_columns_get_defaults_and_each_its_own_list():
    rows = codec.decode_columns("plan_item", ["id", "day"], [["p1", "2026-03-02"],
                                                             ["p2", None]])
    assert rows[0]["day"] == date(2026, 3, 2) and rows[1]["day"] is None
    assert rows[0]["product_ids"] == [] and rows[0]["product_ids"] is not rows[1]["product_ids"]
    assert rows[0]["deleted"] is False and rows[0]["created_at"] is None
    row = codec.decode_row("plan_item", {"id": "p3", "product_ids": None, "shoe": 42})
    assert row["product_ids"] == [] and "shoe" not in row
    assert codec.missing_value("plan_item", "product_ids") == []
    assert codec.missing_value("plan_item", "id") is None


def test_a_clients_change_is_checked_field_by_field():
    decoded = codec.decode_values("visit", {"started_at": "2026-03-01T09:30:00+08:00",
                                            "status": "draft"})
    assert decoded["started_at"] == datetime(2026, 3, 1, 1, 30, tzinfo=UTC)
    for values, message in (({"day": "2026-03-03T00:00:00"}, "plan_item.day"),
                            ({"position": True}, "whole number"),
                            ({"objective": 5}, "expected text")):
        with pytest.raises(ValueError, match=message):
            codec.decode_values("plan_item", values)
    with pytest.raises(KeyError, match="shoe"):
        codec.decode_values("plan_item", {"shoe": 1})


def test_values_read_as_stored_text_come_back_as_they_were(store):
    from desktop.models import Customer, FollowUp, Visit

    customer = store.create(Customer, kind="hospital", name="协和医院")
    moment = datetime(2026, 3, 1, 23, 30, 5, 12, tzinfo=timezone(timedelta(hours=8)))
    store.create(Visit, customer_id=customer.id, started_at=moment)
    store.create(FollowUp, customer_id=customer.id, title="回访", due_date=date(2026, 3, 9))
    with store.read() as s:  # what SQLite answers when the column type is not applied
        [(latest, due)] = s.connection().exec_driver_sql(
            "SELECT max(started_at), max(due_date) FROM visit, follow_up").fetchall()
    assert (latest, due) == ("2026-03-01 15:30:05.000012", "2026-03-09")
    assert codec.to_datetime(latest) == moment and codec.to_datetime(latest).tzinfo is UTC
    assert codec.to_date(latest) == date(2026, 3, 1)  # the UTC day
    assert codec.to_date(due) == date(2026, 3, 9) and codec.to_date(None) is None
