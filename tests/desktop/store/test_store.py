import pytest
from sqlmodel import select

from desktop.models import Customer, ValidationError, Visit
from desktop.store.local_tables import OutboxEntry, SyncState
from desktop.store.store import Store
from desktop.store.writer import RowNotFound
from tests.store_files import connect_store


def outbox(store):
    with store.read() as s:
        return list(s.exec(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_create_update_delete_record_outbox_entries_in_order(store):
    c = store.create(Customer, kind="hospital", name="北京协和医院", city="北京")
    store.update(Customer, c.id, tier="A", city="北京市")
    store.delete(Customer, c.id)
    entries = outbox(store)
    assert [e.op for e in entries] == ["create", "update", "delete"]
    assert entries[0].changes["name"] == "北京协和医院"
    assert entries[1].changes == {"tier": "A", "city": "北京市"}
    assert entries[2].changes == {"deleted": True}
    assert [e.seq for e in entries] == sorted(e.seq for e in entries)
    assert store.get(Customer, c.id) is None  # tombstoned rows are gone from views
    assert store.pending_count() == 3


def test_unchanged_update_records_nothing(store):
    c = store.create(Customer, kind="hospital", name="协和")
    store.update(Customer, c.id, name="协和")
    assert store.pending_count() == 1


def test_invalid_write_changes_nothing(store):
    c = store.create(Customer, kind="hospital", name="协和", postal_code="100730")
    with pytest.raises(ValidationError) as info:
        store.update(Customer, c.id, postal_code="12", name="新名字")
    assert info.value.fields == ["postal_code"]
    assert store.get(Customer, c.id).name == "协和"
    assert store.pending_count() == 1


def test_transaction_is_all_or_nothing(store):
    hospital = store.create(Customer, kind="hospital", name="协和")
    with pytest.raises(ValidationError):
        with store.write() as w:
            w.create(Visit, customer_id=hospital.id, started_at=None)
    with pytest.raises(RuntimeError):
        with store.write() as w:
            w.update(Customer, hospital.id, tier="B")
            raise RuntimeError("crash in the middle")
    assert store.get(Customer, hospital.id).tier is None
    assert store.pending_count() == 1


def test_server_owned_fields_cannot_be_written(store):
    c = store.create(Customer, kind="hospital", name="协和")
    with pytest.raises(ValueError, match="revision"):
        store.update(Customer, c.id, revision=99)


def test_missing_row_is_reported(store):
    with pytest.raises(RowNotFound):
        store.update(Customer, "no-such-id", name="x")


def test_outbox_sequence_never_reused_after_rows_are_confirmed(store, tmp_path):
    store.create(Customer, kind="hospital", name="一")
    with store.write() as w:
        w.session.exec(OutboxEntry.__table__.delete())
    second = store.create(Customer, kind="hospital", name="二")
    assert outbox(store)[0].seq == 2
    assert second.revision == 0


def test_store_file_is_wal_and_survives_reopen(tmp_path):
    path = tmp_path / "rep.sqlite3"
    s = Store.open(path)
    c = s.create(Customer, kind="pharmacy", name="同仁堂")
    device = s.device_id
    s.close()
    reopened = Store.open(path)
    assert reopened.get(Customer, c.id).name == "同仁堂"
    assert reopened.device_id == device
    reopened.close()
    con = connect_store(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _synchronous(w) -> int:
    return w.session.connection().exec_driver_sql("PRAGMA synchronous").scalar_one()


def test_a_rep_change_after_a_snapshot_page_commits_to_disk_again(store):
    """Snapshot pages may commit with synchronous=NORMAL; every later write is back to FULL
    (2), also after a page that failed half way."""
    with store.write(durable=False) as w:
        assert _synchronous(w) == 1
        w.create(Customer, kind="hospital", name="协和")
    with pytest.raises(RuntimeError):
        with store.write(durable=False) as w:
            raise RuntimeError("download interrupted")
    for _ in range(3):  # whichever pooled connection the next writer gets
        with store.write() as w:
            assert _synchronous(w) == 2
    assert store.pending_count() == 1


def _indexes(path) -> set[tuple[str, str]]:
    with connect_store(path) as con:
        return set(con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                               "AND sql IS NOT NULL"))


def test_indexes_set_aside_by_an_unfinished_download_are_back_at_the_next_open(tmp_path):
    path = tmp_path / "rep.sqlite3"
    store = Store.open(path)
    complete = _indexes(path)
    with store.write() as w:
        assert w.synced_tables_empty()
        assert w.set_aside_indexes() > 10
        w.create(Customer, kind="hospital", name="协和")  # rows arrive without indexes
    assert {name for name, _ in _indexes(path)} & {"ix_customer_kind", "ix_visit_customer_id"} \
        == set()
    store.close()  # the app was killed before the last page

    reopened = Store.open(path)
    assert _indexes(path) == complete
    assert reopened.state("indexes_set_aside") is None
    with reopened.write() as w:
        assert not w.synced_tables_empty()
    reopened.close()


def test_a_loaded_table_gets_its_indexes_back_before_the_load_finishes(tmp_path):
    path = tmp_path / "rep.sqlite3"
    store = Store.open(path)
    complete = _indexes(path)
    with store.write() as w:
        w.set_aside_indexes()
        w.table_loaded("customer")
    back = {name for name, _ in _indexes(path)}
    assert "ix_customer_kind" in back and "ix_visit_customer_id" not in back
    with store.write() as w:
        w.load_finished()
    assert _indexes(path) == complete and store.state("indexes_set_aside") is None
    store.close()


def test_rows_made_without_a_query_are_readable_as_soon_as_a_store_opens(tmp_path):
    """Write hooks of a bulk load get rows built without a query (`model_construct`): in a
    fresh process they must work right after `Store.open`, before any query on the model."""
    import subprocess
    import sys

    probe = ("from desktop.models import Region; from desktop.store.store import Store; "
             f"store = Store.open({str(tmp_path / 'a.sqlite3')!r}); "
             "print(Region.model_construct(id='r1', name='华北大区').name); store.close()")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert (out.returncode, out.stdout.strip()) == (0, "华北大区"), out.stderr[-500:]


def test_small_facts_are_stored_replaced_and_forgotten_in_one_transaction(store):
    store.set_state("cursor", "41")
    with store.write() as w:
        held = w.session.get(SyncState, "cursor")  # read earlier in the same transaction
        store.set_state("cursor", "42", w.session)
        store.set_state("last_synced", "2026-12-02T08:00:00+08:00", w.session)
        assert held.value == "42"
        assert w.session.get(SyncState, "cursor").value == "42"
    assert store.state("cursor") == "42"
    assert store.state("last_synced") == "2026-12-02T08:00:00+08:00"
    with store.write() as w:
        store.set_state("cursor", "43", w.session)
        store.set_state("last_synced", None, w.session)
    assert store.state("cursor") == "43"
    assert store.state("last_synced") is None
    with pytest.raises(RuntimeError), store.write() as w:
        store.set_state("cursor", "44", w.session)
        raise RuntimeError("the page failed to store")
    assert store.state("cursor") == "43"


def _driver(session):
    return session.connection().connection.driver_connection


def test_a_read_after_a_write_takes_the_writers_connection_and_its_warm_page_cache(store):
    """SQLite drops a connection's whole page cache when another connection has written
    since, and SQLCipher decrypts and checks every page it reads again (a 16 KB HMAC each):
    a read on another connection than the last write read ~50 pages again per sync cycle.
    Once the UI and the sync have both held a connection, the next one handed out is still
    the one used last."""
    with store.read() as reading, store.write() as writing:  # two at once: UI and sync
        assert _driver(reading) is not _driver(writing.session)
    for n in range(3):
        with store.write() as w:
            w.create(Customer, kind="pharmacy", name=f"国大药房（朝阳{n}店）", city="北京")
            writer = _driver(w.session)
        with store.read() as s:
            assert _driver(s) is writer
            assert len(list(s.exec(select(Customer)))) == n + 1
