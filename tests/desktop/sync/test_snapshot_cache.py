"""A first sync stores its pages with a smaller page cache than the store's usual one (the
memory goes to pages in flight, decision 0039) and gives the store its cache back: the
screens' queries after the first sync read with the usual 64 MB."""

import pytest
from sqlmodel import select

from desktop.models import Customer, new_id
from desktop.store.engine import CACHE_KIB
from desktop.store.search import search_customers
from desktop.sync import pull, snapshot_pipeline

NOW = "2026-12-01T08:00:00.000000+00:00"
NAMES = ["北京协和医院", "四川大学华西医院", "复旦大学附属中山医院（徐汇院区）",
         "中山大学附属第一医院东院", "首都医科大学附属北京天坛医院"]


class _Pages:
    """The server side of a snapshot of one table, two customers a page."""

    def __init__(self):
        self.rows = sorted(([new_id(), name] for name in NAMES), key=lambda r: r[0])

    def snapshot_start(self, territory_id=None):
        return {"revision": 7, "tables": ["customer"], "counts": {"customer": len(self.rows)}}

    def snapshot_page(self, table, after, limit, territory_id=None):
        rows = [r for r in self.rows if after is None or r[0] > after][:2]
        last = rows[-1][0] if len(rows) == 2 and rows[-1] is not self.rows[-1] else None
        columns = ["id", "kind", "name", "revision", "created_at", "updated_at"]
        values = [[r[0] for r in rows], ["hospital"] * len(rows), [r[1] for r in rows],
                  [3] * len(rows), [NOW] * len(rows), [NOW] * len(rows)]
        return {"table": "customer", "layout": "columns", "columns": columns,
                "values": values, "count": len(rows), "next_after": last}


def _cache_kib(store) -> int:
    with store.write() as w:
        return -w.session.connection().exec_driver_sql("PRAGMA cache_size").scalar()


def test_a_first_sync_stores_pages_with_the_snapshot_cache_then_gives_the_usual_back(
        store, monkeypatch):
    assert _cache_kib(store) == CACHE_KIB
    seen = []
    store_page = pull._store_page

    def noting(w, table, page, *, bulk):
        seen.append(-w.session.connection().exec_driver_sql("PRAGMA cache_size").scalar())
        return store_page(w, table, page, bulk=bulk)

    monkeypatch.setattr(pull, "_store_page", noting)
    monkeypatch.setattr(snapshot_pipeline, "COMMIT_ROWS", 2)  # a commit between the pages
    outcome = pull.PullOutcome()
    assert pull.run_snapshot(store, _Pages(), outcome) == 7

    assert outcome.pulled == len(NAMES)
    assert seen == [snapshot_pipeline.SNAPSHOT_CACHE_KIB] * 3  # every page, in each transaction
    assert _cache_kib(store) == CACHE_KIB
    with store.read() as s:
        assert sorted(c.name for c in s.exec(select(Customer))) == sorted(NAMES)
        assert [hit.name for hit in search_customers(s, "徐汇")] == [NAMES[2]]


def test_a_snapshot_page_that_fails_to_store_gives_the_usual_cache_back(store, monkeypatch):
    def failing(w, table, page, *, bulk):
        raise OSError("disk full")

    monkeypatch.setattr(pull, "_store_page", failing)
    with pytest.raises(OSError, match="disk full"):
        pull.run_snapshot(store, _Pages(), pull.PullOutcome())
    assert _cache_kib(store) == CACHE_KIB
