"""A write hook that names the columns it derives from is not run for a row stored again with
the same values in them (a pulled change of a customer's notes, a visit's summary): what it
keeps stays right, as when it ran for every row."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from desktop.models import Customer, Visit
from desktop.store import hooks
from desktop.store.last_calls import latest_calls_of
from desktop.store.search import search_customers

BEIJING = timezone(timedelta(hours=8))


@pytest.fixture
def seen(monkeypatch):
    """A hook deriving from the customers' name and tier, registered for this test only:
    the (table, id) of each row it is given."""
    for name in ("_WRITE_HOOKS", "_FIELDS", "_REBUILDS"):
        monkeypatch.setattr(hooks, name, type(getattr(hooks, name))(getattr(hooks, name)))
    calls: list[tuple[str, str]] = []

    def hook(_session, table, row) -> None:
        calls.append((table, row.id))

    hooks.register_write_hook(hook, rebuild=lambda _session: None, tables=("customer",),
                              fields=("name", "tier"))
    return calls


def pulled(store, row_id: str, revision: int, **changes) -> dict:
    return {**store.get(Customer, row_id).model_dump(), **changes, "revision": revision}


def test_a_hook_is_given_the_rows_that_changed_in_its_fields_and_the_new_ones(store, seen):
    same = store.create(Customer, kind="hospital", name="北京协和医院", tier="A")
    renamed = store.create(Customer, kind="hospital", name="北京安贞医院", tier="B")
    untiered = store.create(Customer, kind="pharmacy", name="同仁堂药店（王府井店）", tier="C")
    new = Customer(kind="hospital", name="四川大学华西医院（锦江院区）", city="成都")
    seen.clear()
    with store.write() as w:
        w.apply_remote_many(Customer, [
            pulled(store, same.id, 5, notes="周三下午门诊", phone="010 6915 6114"),
            pulled(store, renamed.id, 6, name="首都医科大学附属北京安贞医院"),
            pulled(store, untiered.id, 7, tier=None),
            {**new.model_dump(), "revision": 8},
        ])
    assert sorted(seen) == sorted([("customer", renamed.id), ("customer", untiered.id),
                                   ("customer", new.id)])
    assert store.get(Customer, same.id).notes == "周三下午门诊"  # stored all the same


def test_a_hook_without_fields_still_sees_every_row(store, monkeypatch):
    monkeypatch.setattr(hooks, "_WRITE_HOOKS", list(hooks._WRITE_HOOKS))
    calls: list[str] = []
    hooks.register_write_hook(lambda _s, _table, row: calls.append(row.id))
    doctor = store.create(Customer, kind="hospital", name="北京协和医院")
    calls.clear()
    with store.write() as w:
        w.apply_remote_many(Customer, [pulled(store, doctor.id, 3, notes="复诊")])
    assert calls == [doctor.id]


def test_search_finds_customers_after_pulled_changes_in_and_outside_its_fields(store):
    hospital = store.create(Customer, kind="hospital", name="北京协和医院", city="北京")
    doctor = store.create(Customer, kind="doctor", name="张伟", organisation_id=hospital.id,
                          city="北京", mobile="13812345678")
    with store.write() as w:
        w.apply_remote_many(Customer, [
            pulled(store, doctor.id, 4, notes="只周三门诊"),
            pulled(store, hospital.id, 5, name="中国医学科学院北京协和医院（东单院区）"),
        ])
    with store.read() as s:
        assert [h.name for h in search_customers(s, "张伟")] == ["张伟"]
        assert [h.name for h in search_customers(s, "5678")] == ["张伟"]
        assert "张伟" in [h.name for h in search_customers(s, "东单院区")]
    with store.write() as w:
        w.apply_remote_many(Customer, [pulled(store, doctor.id, 6, mobile=None,
                                              phone="010-69156114")])
    with store.read() as s:
        assert [h.name for h in search_customers(s, "5678")] == []
        assert [h.name for h in search_customers(s, "6114")] == ["张伟"]


def test_the_last_call_follows_a_pulled_visit_moved_but_not_one_only_edited(store):
    hospital = store.create(Customer, kind="hospital", name="武汉大学人民医院（东院）")
    doctor = store.create(Customer, kind="doctor", name="李娜", organisation_id=hospital.id)
    morning = datetime(2026, 12, 1, 9, 30, tzinfo=BEIJING)  # 01:30 UTC, the day before in
    visit = store.create(Visit, customer_id=doctor.id, visit_type="face_to_face",  # no zone
                         status="submitted", started_at=morning)

    def latest() -> str:
        with store.read() as s:
            return latest_calls_of(s, [doctor.id])[doctor.id]

    before = latest()
    row = {**store.get(Visit, visit.id).model_dump(), "revision": 3, "summary": "介绍新适应症"}
    row["started_at"] = morning.astimezone(UTC)  # the same moment, as pulled
    with store.write() as w:
        w.apply_remote_many(Visit, [row])
    assert latest() == before
    with store.write() as w:
        w.apply_remote_many(Visit, [{**row, "revision": 4,
                                     "started_at": morning + timedelta(hours=1)}])
    assert latest() > before
    with store.write() as w:
        w.apply_remote_many(Visit, [{**row, "revision": 5, "deleted": True}])
    with store.read() as s:
        assert latest_calls_of(s, [doctor.id]) == {}
