"""Rows that leave the rep's scope take everything derived from them along: search text (also
what they lent to other customers' documents and what FTS5 keeps in its pages), conflicts
and rejections about them, the record of their confirmed changes (issue 15, defect 3)."""

from __future__ import annotations

import pytest
from sqlmodel import select

from desktop.domain import sync_outcomes
from desktop.models import Customer, Visit, row_values, utcnow
from desktop.store.local_tables import (
    OutboxEntry,
    SyncConfirmation,
    SyncConflict,
    SyncRejection,
)
from desktop.store.search import search_customers
from desktop.sync.apply import apply_rows, drop_territory
from desktop.sync.purge import drop_or_keep_until_pushed, purge_pushed

# Territory t1 goes away; t2 stays. 阚 and 郇 are surnames with rare readings (kan, xun):
# their pinyin appears nowhere else in the store.
LOST_NAMES = {"h1": "瑞金医院", "d1": "阚志强", "d3": "郇晓燕"}
LOST_SEARCHES = ["阚志强", "kanzhiqiang", "kzq", "郇晓燕", "xunxiaoyan", "xxy", "瑞金",
                 "ruijin", "rjyy"]
LOST_TOKENS = [b"kanzhiqiang", b"zhiqiang", b"xunxiaoyan", b"xiaoyan", b"ruijinyiyuan",
               b"jinyiyuan"]


def _pull(store, model, **values):
    """Store a row as a pull does (revision 5, no outbox entry)."""
    row = row_values(model(revision=5, deleted=False, created_at=utcnow(),
                           updated_at=utcnow(), **values))
    with store.write() as w:
        apply_rows(w, model.__tablename__, [row])


@pytest.fixture
def territories(store):
    """A lost territory t1 (a hospital, two doctors, a call report) and a kept one t2 whose
    doctor works at the lost hospital; conflicts and rejections about rows of both."""
    _pull(store, Customer, id="h1", kind="hospital", name=LOST_NAMES["h1"], territory_id="t1")
    _pull(store, Customer, id="d1", kind="doctor", name=LOST_NAMES["d1"], organisation_id="h1",
          territory_id="t1")
    _pull(store, Customer, id="d3", kind="doctor", name=LOST_NAMES["d3"], organisation_id="h1",
          territory_id="t1")
    _pull(store, Visit, id="v1", customer_id="d1", started_at=utcnow(), territory_id="t1")
    _pull(store, Customer, id="h2", kind="hospital", name="北京医院", territory_id="t2")
    _pull(store, Customer, id="d2", kind="doctor", name="李娜", organisation_id="h1",
          territory_id="t2")
    with store.write() as w:
        for cid, row_id in (("c-lost", "d1"), ("c-kept", "d2")):
            w.session.add(SyncConflict(id=cid, table_name="customer", row_id=row_id,
                                       field="title", my_value="主任医师",
                                       server_value="新代表的值"))
        for seq, table, row_id in ((901, "visit", "v1"), (902, "customer", "d3"),
                                   (903, "customer", "d2")):
            w.session.add(SyncRejection(seq=seq, table_name=table, row_id=row_id, op="update",
                                        changes={"notes": "改"}, code="forbidden", reason="",
                                        server_row={"id": row_id, "name": "新代表的值"}))
        for seq, row_id in ((801, "d1"), (802, "d2")):  # changes the server confirmed
            w.session.add(SyncConfirmation(seq=seq, table_name="customer", row_id=row_id,
                                           op="update", changes={"title": "主任医师"},
                                           base_revision=5, revision=6))
    return store


def _found(store, query):
    with store.read() as s:
        return {hit.customer_id for hit in search_customers(s, query)}


def _raw(store, sql, *params):
    with store.read() as s:
        return s.connection().exec_driver_sql(sql, params).fetchall()


def test_a_lost_territory_leaves_no_search_text_conflict_or_rejection(territories):
    store = territories
    assert _found(store, "kanzhiqiang") == {"d1"} and "d2" in _found(store, "ruijin")

    with store.write() as w:
        assert drop_territory(w, "t1") == 4

    for query in LOST_SEARCHES:
        assert _found(store, query) == set(), query
    assert _found(store, "lina") == {"d2"}  # the kept doctor, without the lost hospital
    [doc] = _raw(store, "SELECT org, org_pinyin FROM customer_search_doc "
                        "WHERE customer_id = 'd2'")
    assert "瑞" not in doc[0] and "ruijin" not in doc[1]
    docs = {row[0] for row in _raw(store, "SELECT customer_id FROM customer_search_doc")}
    assert docs == {"h2", "d2"}
    # nor in the FTS5 index's own pages (a deletion there used to be a marker only)
    pages = b"".join(row[0] or b"" for row in _raw(store,
                                                   "SELECT block FROM customer_search_data"))
    assert [t for t in LOST_TOKENS if t in pages] == []
    # conflicts and rejections about the lost rows are gone, as the screen lists them
    assert [c.id for c in sync_outcomes.conflict_rows(store)] == ["c-kept"]
    assert [r.seq for r in sync_outcomes.rejection_rows(store)] == [903]
    # and so is the record of their confirmed changes (it holds their values)
    assert [seq for (seq,) in _raw(store, "SELECT seq FROM sync_confirmation")] == [802]


def test_a_row_kept_for_its_edits_goes_with_its_records_once_pushed(territories):
    """The purge after the push: earlier records about the row go; a refusal of its last
    edit, answered by that very push, stays for the rep to see, without the server's row."""
    store = territories
    store.update(Customer, "d1", notes="交接前")
    with store.write() as w:
        assert drop_or_keep_until_pushed(w, "customer", ["d1"]) == 0
    assert store.get(Customer, "d1") is not None
    with store.write() as w:  # the push's answer: the edit refused (past the grace)
        [entry] = w.session.exec(select(OutboxEntry)).all()
        w.session.delete(entry)
        w.session.add(SyncRejection(seq=entry.seq, table_name="customer", row_id="d1",
                                    op="update", changes=entry.changes, code="forbidden",
                                    reason="", server_row={"id": "d1", "name": "新代表的值"}))
        assert "customer" in purge_pushed(w, refused_now=[entry.seq])

    assert store.get(Customer, "d1") is None
    assert _found(store, "kanzhiqiang") == set()
    assert [c.id for c in store.conflicts()] == ["c-kept"]
    refused = {r.seq: r for r in store.rejections()}
    assert set(refused) == {entry.seq, 901, 902, 903}  # v1 and d3 are not dropped here
    assert refused[entry.seq].server_row is None


def test_restoring_a_conflict_whose_row_is_gone_forgets_it_instead_of_failing(store):
    with store.write() as w:
        w.session.add(SyncConflict(id="c-1", table_name="customer", row_id="gone",
                                   field="title", my_value="主任医师", server_value="医师"))
    assert sync_outcomes.restore_my_value(store, "c-1") is False
    assert store.conflicts() == [] and store.pending_count() == 0
