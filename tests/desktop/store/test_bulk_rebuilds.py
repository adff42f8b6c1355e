"""The search index of a bulk load (first sync) computed on a thread while later tables
download: stored by a later page, rebuilt at the end of a load killed before that, and never
overwriting a customer edited meanwhile."""

import json

from desktop.models import Customer, new_id
from desktop.store.search import search_customers
from desktop.store.store import Store

NOW = "2026-12-01T08:00:00.000000+00:00"


def names(store, query):
    with store.read() as s:
        return [hit.name for hit in search_customers(s, query)]


def load_customers(store, *customer_names) -> list[str]:
    """Customers stored as a first sync stores them: straight from the wire, no write hook."""
    ids = [new_id() for _ in customer_names]
    with store.write() as w:
        w.store_wire_rows(
            Customer, ["id", "kind", "name", "revision", "created_at", "updated_at"],
            [[i, "hospital", n, 1, NOW, NOW] for i, n in zip(ids, customer_names, strict=True)])
    return ids


def pending(store) -> list[str]:
    return json.loads(store.state("rebuilds_pending") or "[]")


def test_search_documents_computed_on_a_thread_are_stored_with_a_later_page(store):
    load_customers(store, "北京协和医院", "四川大学华西医院")
    background = []
    with store.write() as w:
        w.table_loaded("customer", background)
    assert len(background) == 1 and pending(store) == [background[0].name]
    assert names(store, "协和") == []  # not in the index before a later transaction
    with store.write() as w:
        w.store_rebuilds(background, wait=True)
    assert background == [] and pending(store) == []
    assert names(store, "xiehe") == ["北京协和医院"]
    assert names(store, "华西") == ["四川大学华西医院"]


def test_a_load_killed_before_its_search_documents_were_stored_rebuilds_them_at_its_end(
        tmp_path):
    path = tmp_path / "rep.sqlite3"
    store = Store.open(path)
    load_customers(store, "北京协和医院")
    with store.write() as w:
        w.table_loaded("customer", [])  # computed on a thread of a process now killed
    assert pending(store)
    store.close()

    resumed = Store.open(path)
    assert names(resumed, "协和") == []
    with resumed.write() as w:
        w.load_finished([])  # the resumed download's last page
    assert names(resumed, "协和") == ["北京协和医院"]
    assert resumed.state("rebuilds_pending") is None
    resumed.close()


def test_a_customer_edited_while_its_documents_are_computed_keeps_its_new_name(store):
    ids = load_customers(store, "北京协和医院", "四川大学华西医院")
    background = []
    with store.write() as w:
        w.table_loaded("customer", background)
    store.update(Customer, ids[0], name="北京天坛医院")  # the rep renames it meanwhile
    with store.write() as w:
        w.store_rebuilds(background, wait=True)
    assert names(store, "天坛") == ["北京天坛医院"]
    assert names(store, "协和") == []
    assert names(store, "华西") == ["四川大学华西医院"]
