"""A territory that moved away leaves no trace on the old rep's laptop: not in the search
(by name, pinyin or initials), not in the search index's pages, not among the conflicts and
refused changes, not in any local table (issue 15, defect 3)."""

from __future__ import annotations

from desktop.domain import sync_outcomes
from desktop.domain.customer_list import CustomerFilter, search_rows
from desktop.models import SYNCED_MODELS, Customer, Visit
from desktop.store.search import matching_customer_ids
from desktop.sync.apply import REFERENCE_TABLES
from tests.e2e.conftest import rows_of


def _territory_row_ids(store, territory: str) -> set[str]:
    """Ids of every local row of `territory` (reference rows aside)."""
    return {row_id for table in SYNCED_MODELS if table not in REFERENCE_TABLES
            for row_id in rows_of(store, table, territory_id=territory)}


def _raw(store, sql: str, *params) -> list[tuple]:
    with store.read() as s:
        return s.connection().exec_driver_sql(sql, params).fetchall()


def _found(store, query: str) -> set[str]:
    """Customers the search box finds, through the customer list's and the call list's
    functions."""
    listed = {row.id for row in search_rows(store, CustomerFilter(text=query))}
    with store.read() as s:
        return listed | set(matching_customer_ids(s, query))


def _rows_naming(store, ids: set[str]) -> list[tuple[str, tuple]]:
    """(table, row) of every row of every local table with a value naming one of `ids`."""
    tables = [name for (name,) in _raw(store, "SELECT name FROM sqlite_master "
                                              "WHERE type = 'table'")]
    found = []
    for table in tables:
        for row in _raw(store, f'SELECT * FROM "{table}"'):
            for value in row:
                text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
                if any(row_id in text for row_id in ids):
                    found.append((table, row))
                    break
    return found


def test_a_lost_territory_leaves_no_search_text_conflict_rejection_or_row(server,
                                                                         make_client):
    old = make_client(server, "rep2")
    phone = make_client(server, "rep2")  # the rep's second device
    old.sync()
    phone.sync()
    [territory] = old.user["territory_ids"]
    customers = rows_of(old.store, "customer", territory_id=territory)
    # a doctor whose title is neither value written below, so that both edits change it
    doctor = sorted(k for k, v in customers.items() if v["kind"] == "doctor"
                    and v["title"] not in ("主任医师", "副主任医师"))[0]
    submitted = sorted(k for k, v in rows_of(old.store, "visit", territory_id=territory)
                       .items() if v["status"] == "submitted")[0]

    # a conflict (the phone's title wins) and a refused change, both about the territory
    phone.store.update(Customer, doctor, title="主任医师")
    phone.sync()
    old.store.update(Customer, doctor, title="副主任医师")
    old.store.update(Visit, submitted, key_messages="提交后的修改")
    report = old.sync()
    assert (report.conflicts, report.rejected) == (1, 1)
    assert [c.row_id for c in sync_outcomes.conflict_rows(old.store)] == [doctor]
    assert [r.row_id for r in sync_outcomes.rejection_rows(old.store)] == [submitted]

    # what the search finds now: each customer by its name, pinyin and initials
    keys = {customer_id: key_text.split() for customer_id, key_text in _raw(
        old.store, "SELECT customer_id, keys FROM customer_search_doc")}
    searches = {key for customer_id in customers for key in keys[customer_id]}
    assert all(_found(old.store, key) & set(customers) for key in searches)
    tokens = {token for (text,) in _raw(old.store, "SELECT pinyin FROM customer_search_doc")
              for token in text.split() if len(token) >= 8}
    lost_ids = _territory_row_ids(old.store, territory)
    assert len(lost_ids) > len(customers) and tokens

    server.cli("territory", "reassign", territory, "--to", "rep1")
    old.sync()

    assert rows_of(old.store, "customer", territory_id=territory) == {}
    leaks = {key: _found(old.store, key) & set(customers) for key in sorted(searches)}
    assert {key: found for key, found in leaks.items() if found} == {}
    pages = b"".join(block or b"" for (block,) in _raw(
        old.store, "SELECT block FROM customer_search_data"))
    assert sorted(t for t in tokens if t.encode() in pages) == []
    assert sync_outcomes.conflict_rows(old.store) == []
    assert sync_outcomes.rejection_rows(old.store) == []
    assert _rows_naming(old.store, lost_ids) == []
