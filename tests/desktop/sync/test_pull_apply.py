"""Applying pulled pages and snapshot rows to the store."""

from sqlmodel import select

from desktop.models import Customer, Visit, row_values, utcnow
from desktop.models.codec import decode_columns, decode_row, encode_values
from desktop.store.local_tables import OutboxEntry
from desktop.sync.apply import apply_rows, drop_territory
from desktop.sync.pull import PullOutcome, _apply_page
from tests.store_files import connect_store


def wire(model, **values):
    base = {"id": values.pop("id"), "revision": values.pop("revision"), "deleted": False,
            "created_at": utcnow(), "updated_at": utcnow(), **values}
    return encode_values(row_values(model(**base)))


def change(table, row):
    return {"table": table, "revision": row["revision"], "row": row}


def test_page_stores_rows_with_decoded_dates(store):
    row = wire(Customer, id="c1", revision=5, kind="hospital", name="协和",
               customer_since="2020-01-02", territory_id="t1")
    with store.write() as w:
        assert _apply_page(w, [change("customer", row)], [], PullOutcome()) == 1
    c = store.get(Customer, "c1")
    assert (c.name, c.customer_since.isoformat(), c.revision) == ("协和", "2020-01-02", 5)
    assert c.created_at.tzinfo is not None
    assert store.pending_count() == 0  # pulled rows are not local changes


def test_pulled_row_never_overwrites_pending_edit_it_is_rebased(store):
    with store.write() as w:
        _apply_page(w, [change("customer", wire(Customer, id="c1", revision=5, kind="hospital",
                                                name="协和"))], [], PullOutcome())
    store.update(Customer, "c1", tier="A")
    newer = wire(Customer, id="c1", revision=8, kind="hospital", name="协和医院", tier="B")
    with store.write() as w:
        _apply_page(w, [change("customer", newer)], [], PullOutcome())
    c = store.get(Customer, "c1")
    assert (c.name, c.tier, c.revision) == ("协和医院", "A", 8)
    with store.read() as s:
        [entry] = s.exec(select(OutboxEntry)).all()
    assert (entry.changes, entry.base_revision) == ({"tier": "A"}, 5)


def test_older_copy_of_a_row_is_ignored(store):
    rows = [wire(Customer, id="c1", revision=9, kind="hospital", name="新"),
            wire(Customer, id="c1", revision=4, kind="hospital", name="旧")]
    with store.write() as w:
        apply_rows(w, "customer", [decode_row("customer", rows[0])])
        apply_rows(w, "customer", [decode_row("customer", rows[1])])
    assert store.get(Customer, "c1").name == "新"


def test_newest_event_of_a_row_wins_within_a_page(store):
    row = wire(Customer, id="c1", revision=3, kind="hospital", name="协和")
    with store.write() as w:
        _apply_page(w, [change("customer", row)],
                    [{"table": "customer", "row_id": "c1", "revision": 6}], PullOutcome())
    assert store.get(Customer, "c1") is None
    tomb = wire(Customer, id="c2", revision=7, kind="hospital", name="x", deleted=True)
    with store.write() as w:
        _apply_page(w, [change("customer", tomb)], [], PullOutcome())
    assert store.get(Customer, "c2") is None  # a tombstone hides the row


def test_a_row_the_push_answer_stored_is_not_dropped_by_an_older_removal(store):
    """One request's push moved a customer back into the rep's territory (revision 7) and
    its page also holds the customer's earlier removal (revision 5): the row stays."""
    row = wire(Customer, id="c1", revision=7, kind="hospital", name="北京大学第三医院（海淀院区）",
               territory_id="t1")
    with store.write() as w:  # as the push answer stores it
        apply_rows(w, "customer", [decode_row("customer", row)])
    with store.write() as w:
        _apply_page(w, [change("customer", row)],
                    [{"table": "customer", "row_id": "c1", "revision": 5}], PullOutcome(),
                    same={("customer", "c1"): 7})
    assert store.get(Customer, "c1").name == "北京大学第三医院（海淀院区）"


def test_snapshot_columns_decode_and_lost_territory_is_dropped(store):
    started = utcnow()
    columns = ["id", "territory_id", "revision", "created_at", "updated_at", "deleted",
               "customer_id", "started_at", "status", "visit_type"]
    rows = [[f"v{i}", "t1" if i % 2 else "t2", i, started.isoformat(), started.isoformat(),
             False, "c1", started.isoformat(), "submitted", "face_to_face"] for i in range(10)]
    with store.write() as w:
        apply_rows(w, "visit", decode_columns("visit", columns, rows))
    assert store.get(Visit, "v1").started_at == started
    with store.write() as w:
        assert drop_territory(w, "t1") == 5
    with store.read() as s:
        assert sorted(v.id for v in s.exec(select(Visit))) == ["v0", "v2", "v4", "v6", "v8"]


def test_unknown_tables_and_columns_from_a_newer_server_are_ignored(store):
    row = {**wire(Customer, id="c1", revision=5, kind="hospital", name="协和"), "shoe": 42}
    with store.write() as w:
        _apply_page(w, [change("customer", row), {"table": "future", "revision": 6,
                                                  "row": {"id": "f1"}}], [], PullOutcome())
    assert store.get(Customer, "c1").name == "协和"


def test_bulk_apply_stores_exactly_what_the_orm_stores(store, tmp_path):
    from datetime import date

    from desktop.models import PlanItem
    from desktop.store.store import Store

    values = {"id": "p1", "territory_id": "t1", "revision": 3, "deleted": False,
              "created_at": utcnow(), "updated_at": utcnow(), "plan_id": "pl",
              "customer_id": "c1", "day": date(2026, 3, 2), "time_slot": "上午",
              "objective": "介绍", "product_ids": ["a", "b"], "suggestion_reason": None,
              "position": 2}
    other = Store.open(tmp_path / "orm.sqlite3")
    with store.write() as w:
        w.apply_remote_many(PlanItem, [dict(values)])
    with other.write() as w:
        w.apply_remote(PlanItem, dict(values))
    assert row_values(store.get(PlanItem, "p1")) == row_values(other.get(PlanItem, "p1"))
    raw = [connect_store(s.path).execute("SELECT * FROM plan_item").fetchall()
           for s in (store, other)]
    assert raw[0] == raw[1]
    other.close()


def _raw_rows(store, table):
    with connect_store(store.path) as db:
        return db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def _odd_plan_items() -> list[dict]:
    """Wire rows in every form a server may send: canonical UTC text, other offsets, dates
    sent as datetimes, booleans, lists, nulls, and no "position" (a column not sent)."""
    return [
        {"id": "p1", "territory_id": "t1", "revision": 3, "deleted": False,
         "created_at": "2026-03-01T09:30:00.123456+00:00",
         "updated_at": "2026-03-01T17:30:00+08:00", "plan_id": "pl", "customer_id": "c1",
         "day": "2026-03-02", "time_slot": "上午", "objective": "介绍",
         "product_ids": ["a", "b"], "suggestion_reason": None},  # no "position"
        {"id": "p2", "territory_id": "t1", "revision": 4, "deleted": False,
         "created_at": "2026-03-01T09:30:00Z", "updated_at": "2026-03-01 09:30:00",
         "plan_id": "pl", "customer_id": "c2", "day": "2026-03-03T00:00:00+00:00",
         "time_slot": None, "objective": None, "product_ids": [], "suggestion_reason": "A"},
    ]


def _pharmacy() -> dict:
    return wire(Customer, id="c1", revision=2, kind="pharmacy", name="大药房",
                gsp_certified=True, customer_since="2019-04-01", territory_id="t1")


def test_wire_rows_are_stored_exactly_as_the_orm_stores_them(store, tmp_path):
    """The snapshot's wire path (no datetime parsing) leaves the same bytes in SQLite as
    decoding every value and storing it through the ORM: canonical UTC text, other offsets,
    dates, booleans, lists and a column the server did not send."""
    from desktop.models import PlanItem
    from desktop.store.store import Store

    plan_items, customer = _odd_plan_items(), _pharmacy()
    other = Store.open(tmp_path / "orm.sqlite3")
    columns = list(plan_items[0])
    with store.write() as w:
        assert w.store_wire_rows(PlanItem, columns, [list(r.values()) for r in plan_items]) == 2
        assert w.store_wire_rows(Customer, list(customer), [list(customer.values())]) == 1
    with other.write() as w:
        for values in plan_items:
            w.apply_remote(PlanItem, decode_row("plan_item", values))
        w.apply_remote(Customer, decode_row("customer", customer))
    for table in ("plan_item", "customer"):
        assert _raw_rows(store, table) == _raw_rows(other, table)
    item = store.get(PlanItem, "p1")
    assert item.updated_at.isoformat() == "2026-03-01T09:30:00+00:00"
    assert (item.product_ids, item.position) == (["a", "b"], 0)
    other.close()


def test_wire_rows_leave_a_newer_stored_copy_alone(store):
    newer = wire(Customer, id="c1", revision=9, kind="hospital", name="新")
    older = wire(Customer, id="c1", revision=4, kind="hospital", name="旧")
    with store.write() as w:
        assert w.store_wire_rows(Customer, list(newer), [list(newer.values())]) == 1
        assert w.store_wire_rows(Customer, list(older), [list(older.values())]) == 0
    assert store.get(Customer, "c1").name == "新"


def _fake_pages(tables: int, per_table: int, fail_at: int | None = None):
    calls = []

    def fetch(index, after):
        calls.append((index, after))
        if fail_at is not None and len(calls) > fail_at:
            raise ConnectionError("network gone")
        n = int(after or 0) + 1
        return {"rows": [[index, n]], "next_after": str(n) if n < per_table else None}
    return fetch, calls


def test_prefetched_pages_come_in_order_and_a_download_error_after_them():
    import threading

    import pytest

    from desktop.sync.snapshot_pipeline import prefetched

    fetch, _ = _fake_pages(3, 4)
    got = [(i, page["rows"][0][1]) for i, page in prefetched(fetch, 3, 0, None, depth=2)]
    assert got == [(t, n) for t in range(3) for n in range(1, 5)]
    fetch, _ = _fake_pages(3, 4, fail_at=5)
    seen = []
    with pytest.raises(ConnectionError):
        for i, page in prefetched(fetch, 3, 1, "2", depth=2):  # resumed mid-table
            seen.append((i, page["rows"][0][1]))
    assert seen == [(1, 3), (1, 4), (2, 1), (2, 2), (2, 3)]
    fetch, calls = _fake_pages(3, 1000)
    for _i, _page in prefetched(fetch, 3, 0, None, depth=2):
        break  # the consumer stops early (its transaction failed)
    assert len(calls) <= 4
    assert not [t for t in threading.enumerate() if t.name == "snapshot-prefetch"]


def test_pages_are_received_far_ahead_and_decoded_only_a_few_ahead():
    """While the storing thread is busy with one page (building a table's indexes, ~1 s
    for the visits), the download goes on up to `depth` pages ahead, so the server keeps
    working; only `decoded` of them are decoded (~10 MB each against ~0.3 MB received)."""
    import threading
    import time

    from desktop.sync.api import DeferredPage
    from desktop.sync.snapshot_pipeline import prefetched

    asked, decoded = [], []

    def fetch(index, after):
        n = int(after or 0) + 1
        asked.append(n)
        next_after = str(n) if n < 40 else None

        def decode():
            decoded.append(n)
            return {"rows": [[index, n]], "next_after": next_after}
        return DeferredPage(next_after, decode)

    pages = prefetched(fetch, 1, 0, None, depth=6, decoded=2)
    assert next(pages)[1]["rows"] == [[0, 1]]  # held: the storing thread is busy
    deadline = time.monotonic() + 10
    while len(asked) < 7 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # room for any page beyond the bounds
    assert len(asked) == 7 and len(decoded) == 3
    assert [page["rows"][0][1] for _, page in pages] == list(range(2, 41))
    assert decoded == list(range(1, 41))
    assert not [t for t in threading.enumerate() if t.name.startswith("snapshot-")]


def test_wire_rows_without_a_list_column_get_an_empty_list(store):
    """A server that does not send `product_ids` yet: the plan item has no products."""
    from desktop.models import PlanItem

    row = {"id": "p9", "territory_id": "t1", "revision": 1, "deleted": False,
           "created_at": "2026-03-01T09:30:00.000000+00:00",
           "updated_at": "2026-03-01T09:30:00.000000+00:00", "plan_id": "pl",
           "customer_id": "c1", "day": "2026-03-02"}
    with store.write() as w:
        assert w.store_wire_rows(PlanItem, list(row), [list(row.values())]) == 1
    assert store.get(PlanItem, "p9").product_ids == []
    assert _raw_rows(store, "plan_item")[0].count("[]") == 1  # stored as JSON, not '"[]"'


def test_a_page_names_the_tables_whose_rows_it_changed(store):
    row = wire(Customer, id="c1", revision=5, kind="hospital", name="协和")
    outcome = PullOutcome()
    with store.write() as w:
        _apply_page(w, [change("customer", row)],
                    [{"table": "visit", "row_id": "v-gone", "revision": 6}], outcome)
    assert outcome.tables == {"customer", "visit"}
    older = wire(Customer, id="c1", revision=4, kind="hospital", name="旧")
    outcome = PullOutcome()
    with store.write() as w:  # an older copy changes nothing
        _apply_page(w, [change("customer", older)], [], outcome)
    assert outcome.tables == set()


def test_a_page_in_columns_stores_the_same_bytes_as_the_same_page_in_rows(store, tmp_path):
    """The columnar layout (decision 0028) converts a whole column at once; what it leaves
    in SQLite is byte for byte what the row layout leaves, odd forms included."""
    from desktop.models import PlanItem
    from desktop.store.store import Store

    plan_items, customer = _odd_plan_items(), _pharmacy()
    by_rows = Store.open(tmp_path / "rows.sqlite3")
    columns = list(plan_items[0])
    with store.write() as w:
        assert w.store_wire_columns(
            PlanItem, columns, [[r[c] for r in plan_items] for c in columns]) == 2
        assert w.store_wire_columns(Customer, list(customer),
                                    [[v] for v in customer.values()]) == 1
        assert w.store_wire_columns(Customer, list(customer), [[] for _ in customer]) == 0
    with by_rows.write() as w:
        w.store_wire_rows(PlanItem, columns, [list(r.values()) for r in plan_items])
        w.store_wire_rows(Customer, list(customer), [list(customer.values())])
    for table in ("plan_item", "customer"):
        assert _raw_rows(store, table) == _raw_rows(by_rows, table)
    assert store.get(PlanItem, "p1").product_ids == ["a", "b"]
    assert store.get(PlanItem, "p2").day.isoformat() == "2026-03-03"
    by_rows.close()


def test_a_page_whose_cursor_came_first_is_decoded_while_the_next_is_asked_for():
    """With the cursor in a header (decision 0034) the next request does not wait for the
    page's decoding: the server builds page n+1 while page n is inflated and parsed. Pages
    still come in order, and a page that fails to decode fails in its place."""
    import threading

    import pytest

    from desktop.sync.api import DeferredPage
    from desktop.sync.snapshot_pipeline import prefetched

    asked = []
    second_asked = threading.Event()

    def fetch(index, after):
        n = int(after or 0) + 1
        asked.append((index, n))
        if (index, n) == (0, 2):
            second_asked.set()
        next_after = str(n) if n < 3 else None

        def decode():
            if (index, n) == (0, 1):  # the first page decodes only once the second is asked
                assert second_asked.wait(10)
            if (index, n) == (1, 2):
                raise ValueError("cut off")
            return {"rows": [[index, n]], "next_after": next_after}
        return DeferredPage(next_after, decode)

    got = []
    with pytest.raises(ValueError, match="cut off"):
        for i, page in prefetched(fetch, 2, 0, None, depth=3):
            got.append((i, page["rows"][0][1]))
    assert got == [(0, 1), (0, 2), (0, 3), (1, 1)]
    assert not [t for t in threading.enumerate() if t.name.startswith("snapshot-")]
