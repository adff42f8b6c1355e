"""Loading demo data into a real local store."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func
from sqlmodel import select

from desktop.demo import loader
from desktop.demo.generator import DemoSpec, generate
from desktop.demo.loader import load_into_store
from desktop.models import Customer, PlanItem, Visit
from desktop.models.base import SYNCED_MODELS, row_values
from desktop.store import hooks as write_hooks

SPEC = DemoSpec(seed=5, customers=150, visits=600, today=date(2026, 3, 18))


def generated() -> dict[tuple[str, str], dict]:
    return {(table, r["id"]): r for table, rows in generate(SPEC) for r in rows}


def test_loaded_rows_read_back_exactly_as_generated_with_nothing_to_push(store):
    counts = load_into_store(store, SPEC)
    expected = generated()
    assert counts == dict(Counter(table for table, _ in expected))
    with store.read() as session:
        for table, model in SYNCED_MODELS.items():
            for row in session.exec(select(model)):
                values = row_values(row)
                original = expected.pop((table, row.id))
                assert {k: values[k] for k in original} == original
    assert expected == {}  # every generated row is in the store
    assert store.pending_count() == 0  # rows "from the server" leave no outbox entries


def test_loading_again_replaces_rows_instead_of_duplicating(store):
    load_into_store(store, SPEC)
    load_into_store(store, SPEC)
    with store.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 150
        assert session.exec(select(func.count()).select_from(Visit)).one() == 600
        item = session.exec(select(PlanItem)).first()
        assert isinstance(item.product_ids, list)


def test_the_search_index_covers_loaded_customers(store):
    from desktop.store import search

    load_into_store(store, SPEC)
    with store.read() as session:
        hits = search.search_customers(session, "张伟")
        assert any(h.name == "张伟" for h in hits)
        hits = search.search_customers(session, "北京协和医院")
        assert any(h.name == "北京协和医院" for h in hits)


def test_a_write_hook_without_a_bulk_rebuild_sees_every_row(store, monkeypatch):
    seen: Counter[str] = Counter()

    def hook(session, table, row):
        assert row.id and session is not None
        seen[table] += 1

    monkeypatch.setattr(write_hooks, "_WRITE_HOOKS", [hook])
    counts = load_into_store(store, SPEC)
    assert seen == Counter(counts)


def test_progress_is_reported_per_committed_chunk(store, monkeypatch):
    monkeypatch.setattr(loader, "COMMIT_EVERY", 1_000)
    reports = []
    counts = load_into_store(store, SPEC, progress=reports.append)
    assert len(reports) > 3
    assert reports[-1] == counts
    totals = [sum(r.values()) for r in reports]
    assert totals == sorted(totals)


def test_other_write_hooks_still_run_when_the_search_index_is_rebuilt_in_bulk(store, monkeypatch):
    seen: Counter[str] = Counter()

    def hook(session, table, row):
        seen[table] += 1

    monkeypatch.setattr(write_hooks, "_WRITE_HOOKS", [*write_hooks._WRITE_HOOKS, hook])
    counts = load_into_store(store, DemoSpec(seed=5, customers=40, visits=50,
                                             today=date(2026, 3, 18)))
    assert seen == Counter(counts)


def index_sql(store) -> list[tuple[str, str]]:
    with store.read() as session:
        raw = session.connection().connection.driver_connection
        return raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND sql IS NOT NULL ORDER BY name").fetchall()


def test_a_fresh_load_leaves_every_index_as_the_migrations_made_it(store):
    before = index_sql(store)
    assert any(name == "ix_visit_customer_started" for name, _ in before)
    load_into_store(store, SPEC)
    assert index_sql(store) == before
    with store.read() as session:  # and the planner uses them
        raw = session.connection().connection.driver_connection
        plan = raw.execute("EXPLAIN QUERY PLAN SELECT id FROM visit WHERE customer_id = 'x'")
        assert "ix_visit_customer_started" in " ".join(str(r) for r in plan.fetchall())


def test_a_load_that_fails_halfway_leaves_the_store_empty_and_indexed(store):
    before = index_sql(store)

    def failing():
        for n, batch in enumerate(generate(SPEC)):
            if n == 8:
                raise RuntimeError("generator broke")
            yield batch

    with pytest.raises(RuntimeError, match="generator broke"):
        loader.load_rows(store, failing())
    assert index_sql(store) == before
    with store.read() as session:
        assert session.exec(select(func.count()).select_from(Customer)).one() == 0

