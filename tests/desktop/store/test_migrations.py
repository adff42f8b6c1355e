from sqlmodel import select

from desktop.store import migrate
from desktop.store.engine import create_local_engine
from desktop.store.local_tables import OutboxEntry
from desktop.store.store import Store
from desktop.sync.push import mutation
from tests.schema import drift_from_models, schema_of
from tests.store_files import connect_store


def test_new_store_is_at_head(tmp_path):
    s = Store.open(tmp_path / "a.sqlite3")
    assert migrate.current_revision(s.engine) == migrate.head_revision()


def test_database_made_by_first_migration_upgrades_keeping_rows_and_outbox(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_local_engine(path)
    migrate.upgrade(engine, "0001")
    con = connect_store(path)
    con.execute(
        "INSERT INTO outbox (table_name, row_id, op, changes, base_revision, priority, "
        "created_at, attempts) VALUES ('customer', 'c1', 'create', '{\"name\": \"协和\"}', 0, 0, "
        "'2026-01-01 00:00:00', 0)")
    con.commit()
    con.close()
    engine.dispose()

    s = Store.open(path)  # applies every later migration
    assert migrate.current_revision(s.engine) == migrate.head_revision()
    assert s.pending_count() == 1
    with s.read() as session:  # pushed as written: every field on its base_revision
        [entry] = session.exec(select(OutboxEntry)).all()
    assert (entry.changes, entry.base_revision, entry.field_bases) == ({"name": "协和"}, 0, {})
    assert "field_bases" not in mutation(entry)


def test_a_new_store_matches_the_models(tmp_path):
    s = Store.open(tmp_path / "a.sqlite3")
    with s.engine.connect() as connection:
        drift = drift_from_models(connection, migrate.target_metadata(), migrate.include_object)
    s.close()
    assert drift == []


def test_the_drift_check_sees_a_column_the_migrations_lack(tmp_path):
    s = Store.open(tmp_path / "a.sqlite3")
    s.engine.dispose()
    con = connect_store(tmp_path / "a.sqlite3")
    con.execute("ALTER TABLE customer DROP COLUMN fax")
    con.commit()
    con.close()
    with s.engine.connect() as connection:
        drift = drift_from_models(connection, migrate.target_metadata(), migrate.include_object)
    s.close()
    assert [(d[0], d[2], d[3].name) for d in drift] == [("add_column", "customer", "fax")]


def test_a_store_upgraded_one_revision_at_a_time_matches_a_new_store(tmp_path):
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    oldest_first = [s.revision for s in reversed(list(script.walk_revisions()))]
    stepwise = create_local_engine(tmp_path / "stepwise.sqlite3")
    for revision in oldest_first:
        migrate.upgrade(stepwise, revision)
    new = Store.open(tmp_path / "new.sqlite3")
    with stepwise.connect() as upgraded, new.engine.connect() as fresh:
        assert schema_of(upgraded) == schema_of(fresh)
    stepwise.dispose()
    new.close()


def test_newest_revision_by_file_number_is_alembics_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == script.get_current_head()
    assert len(script.get_heads()) == 1  # one line of history, numbered in order


def test_opening_a_store_at_the_newest_revision_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    Store.open(tmp_path / "a.sqlite3").close()
    probe = ("import sys; from desktop.store.store import Store; "
             f"Store.open({str(tmp_path / 'a.sqlite3')!r}).close(); "
             "print('alembic' in sys.modules, 'pypinyin' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_a_store_indexed_before_surname_readings_sorts_people_by_surname_after_upgrade(
        tmp_path):
    from alembic import command

    from desktop.models import Customer

    path = tmp_path / "old.sqlite3"
    s = Store.open(path)
    hospital = s.create(Customer, kind="hospital", name="瑞金医院", city="上海")
    doctor = s.create(Customer, kind="doctor", name="曾伟", organisation_id=hospital.id)
    with s.engine.begin() as connection:  # back to version 0006 (later revisions undone)
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0006")
    s.close()
    con = connect_store(path)  # as version 0006 indexed him: under the everyday reading
    con.execute("UPDATE customer_search_doc SET sort_key = 'ceng wei' || char(0) || '曾伟' "
                "WHERE customer_id = ?", (doctor.id,))
    con.commit()
    con.close()

    s = Store.open(path)
    with s.read() as session:
        key = session.connection().exec_driver_sql(
            "SELECT sort_key FROM customer_search_doc WHERE customer_id = ?",
            (doctor.id,)).scalar()
    s.close()
    assert key.split("\x00")[0] == "zeng wei"


def test_follow_ups_kept_before_the_activity_link_open_without_one(tmp_path):
    """A store of version 0017 (before 0018's link): its follow-ups open with no link, and
    a link can be written after the upgrade; undone to 0017, the follow-ups stay."""
    from datetime import date

    from alembic import command

    from desktop.models import FollowUp

    path = tmp_path / "old.sqlite3"
    s = Store.open(path)
    kept = s.create(FollowUp, customer_id="c1", title="Invite to 学术会",
                    due_date=date(2026, 12, 8), market_activity_id="a1")
    with s.engine.begin() as connection:  # back to version 0017
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0017")
    s.close()
    con = connect_store(path)
    assert con.execute("SELECT id, title FROM follow_up").fetchall() == [
        (kept.id, "Invite to 学术会")]
    con.close()

    s = Store.open(path)
    assert migrate.current_revision(s.engine) == migrate.head_revision()
    assert s.get(FollowUp, kept.id).market_activity_id is None
    s.update(FollowUp, kept.id, market_activity_id="a2")
    assert s.get(FollowUp, kept.id).market_activity_id == "a2"
    s.close()


def _indexes(s: Store) -> set[str]:
    with s.engine.connect() as connection:
        return {n for (n,) in connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}


def _plan(s: Store, sql: str) -> str:
    with s.engine.connect() as connection:
        return " ".join(str(r[-1]) for r in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {sql}"))


def _downgrade(s: Store, revision: str) -> None:
    from alembic import command

    cfg = migrate.alembic_config()
    with s.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, revision)


def test_a_store_leaves_out_the_indexes_a_laptop_never_reads(tmp_path):
    """Each synced table's `revision` index and `visit.customer_id` are the server's
    (decision 0041): a new store has none of them, a customer's visits are still found
    through an index, and going back to revision 0018 builds them again."""
    from desktop.models import SYNCED_MODELS

    s = Store.open(tmp_path / "a.sqlite3")
    skipped = {f"ix_{t}_revision" for t in SYNCED_MODELS} | {"ix_visit_customer_id"}
    assert not _indexes(s) & skipped
    assert {"ix_visit_customer_started", "ix_sync_confirmation_revision"} <= _indexes(s)
    assert "USING INDEX ix_visit_customer_started (customer_id=?)" in _plan(
        s, "SELECT id FROM visit WHERE customer_id = 'c1'")
    _downgrade(s, "0018")
    assert skipped <= _indexes(s)
    s.close()


def test_a_store_keeps_a_territory_index_only_where_the_screens_read_it(tmp_path):
    """Decision 0042: the `(territory_id, id)` index stays on the tables a manager's screens
    filter by territory and goes elsewhere, with the visits' rep and the product indexes of
    visit products and customer figures. A month's visits of a territory are read through
    their date, a customer's figures of one product through the customer (not through the
    product, a tenth of the table), a lost territory's rows are still dropped, and going back
    to revision 0019 builds the indexes again."""
    from desktop.models import SYNCED_MODELS

    s = Store.open(tmp_path / "a.sqlite3")
    kept = {f"ix_{t}_territory_id_id" for t in migrate.TERRITORY_READ}
    gone = ({f"ix_{t}_territory_id_id" for t in SYNCED_MODELS} - kept) | {
        "ix_visit_rep_user_id", "ix_visit_product_product_id", "ix_customer_metric_product_id"}
    assert kept <= _indexes(s)
    assert not _indexes(s) & gone
    assert "USING INDEX ix_visit_started_at" in _plan(
        s, "SELECT id FROM visit WHERE deleted = 0 AND territory_id IN ('t1') "
           "AND started_at >= '2026-11-01' AND started_at < '2026-12-01'")
    assert "USING INDEX ix_customer_metric_customer_id" in _plan(
        s, "SELECT id FROM customer_metric WHERE deleted = 0 AND customer_id IN ('c1', 'c2') "
           "AND product_id IN ('p1') AND period LIKE '2025-%'")
    _downgrade(s, "0019")
    assert gone <= _indexes(s)
    s.close()
