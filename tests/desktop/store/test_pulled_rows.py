"""Rows pulled again are written in the columns that changed only (an UPDATE of every column
rewrote every index's entry): what is stored is the pulled row all the same, new rows are
inserted, indexes find rows under their new values, and a row given twice ends as its last
copy."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import select

from desktop.models import Customer
from tests.store_files import connect_store


def pulled(store, row_id: str, revision: int, **changes) -> dict:
    return {**store.get(Customer, row_id).model_dump(), **changes, "revision": revision}


def test_pulled_rows_are_stored_as_pulled_and_found_by_their_new_values(tmp_path):
    from desktop.store.store import Store

    store = Store.open(tmp_path / "rep.sqlite3")
    hospital = store.create(Customer, kind="hospital", name="北京协和医院", city="北京",
                            tier="A", phone="010-69156114")
    pharmacy = store.create(Customer, kind="pharmacy", name="同仁堂药店（王府井店）",
                            city="北京", tier="C", gsp_certified=True)
    branch = Customer(kind="hospital", name="北京协和医院（西单院区）", city="北京", tier="B")
    moved = pulled(store, hospital.id, 7, city="廊坊", tier="B", notes="新院区 8 月启用",
                   phone=None, updated_at=datetime(2026, 12, 1, 2, 0, tzinfo=UTC))
    flipped = pulled(store, pharmacy.id, 8, gsp_certified=False)
    with store.write() as w:
        w.apply_remote_many(Customer, [moved, flipped, {**branch.model_dump(), "revision": 9}])
    for row in (moved, flipped):
        assert store.get(Customer, row["id"]).model_dump() == Customer(**row).model_dump()
    assert store.get(Customer, branch.id).name == "北京协和医院（西单院区）"
    with store.read() as s:
        assert [c.name for c in s.exec(select(Customer).where(Customer.city == "北京")
                                       .order_by(Customer.name))] == [
            "北京协和医院（西单院区）", "同仁堂药店（王府井店）"]
        assert {c.id for c in s.exec(select(Customer).where(Customer.tier == "B"))} == {
            hospital.id, branch.id}
    store.close()
    with connect_store(tmp_path / "rep.sqlite3") as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_row_pulled_twice_in_one_page_ends_as_its_last_copy(store):
    doctor = store.create(Customer, kind="hospital", name="武汉大学人民医院（东院）")
    with store.write() as w:
        w.apply_remote_many(Customer, [pulled(store, doctor.id, 3, city="武汉"),
                                       pulled(store, doctor.id, 4, city="鄂州")])
    assert store.get(Customer, doctor.id).city == "鄂州"
    assert store.get(Customer, doctor.id).revision == 4


def test_an_older_copy_is_left_out_and_its_old_name_not_searchable(store):
    from desktop.store.search import search_customers

    hospital = store.create(Customer, kind="hospital", name="北京安贞医院")
    newer = pulled(store, hospital.id, 9, name="首都医科大学附属北京安贞医院")
    older = pulled(store, hospital.id, 5, name="安贞医院（旧名）", city="北京")
    other = Customer(kind="hospital", name="北京朝阳医院（西院）")
    with store.write() as w:
        assert w.apply_remote_many(Customer, [newer], keep_newer=True) == 1
        assert w.apply_remote_many(Customer, [older, {**other.model_dump(), "revision": 3}],
                                   keep_newer=True) == 1
    assert store.get(Customer, hospital.id).name == "首都医科大学附属北京安贞医院"
    assert store.get(Customer, hospital.id).city is None
    with store.read() as s:
        assert [h.name for h in search_customers(s, "旧名")] == []
        assert [h.name for h in search_customers(s, "安贞")] == ["首都医科大学附属北京安贞医院"]
        assert [h.name for h in search_customers(s, "朝阳")] == ["北京朝阳医院（西院）"]
