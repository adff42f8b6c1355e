"""Empty fields and booleans of a bulk-loaded page are stored as SQLite's NULL, 1 and 0, as
SQLAlchemy stores them, and read back as None, True and False."""

from desktop.models import Customer, new_id
from tests.store_files import connect_store

NOW = "2026-12-01T08:00:00.000000+00:00"


def test_nulls_and_booleans_of_a_page_are_stored_as_sqlalchemy_stores_them(tmp_path):
    from desktop.store.store import Store

    store = Store.open(tmp_path / "rep.sqlite3")
    loaded, saved = new_id(), store.create(Customer, kind="pharmacy", name="同仁堂",
                                           gsp_certified=True, dedicated_counter=False).id
    columns = ["id", "kind", "name", "revision", "created_at", "updated_at",
               "gsp_certified", "dedicated_counter", "consent_recorded", "city"]
    with store.write() as w:
        assert w.store_wire_columns(Customer, columns, [[v] for v in (
            loaded, "pharmacy", "同仁堂", 1, NOW, NOW, True, False, None, None)]) == 1
    assert store.get(Customer, loaded).gsp_certified is True
    assert store.get(Customer, loaded).dedicated_counter is False
    assert store.get(Customer, loaded).consent_recorded is None
    query = ("SELECT typeof(gsp_certified), gsp_certified, typeof(dedicated_counter), "
             "dedicated_counter, typeof(consent_recorded), typeof(city) FROM customer "
             "WHERE id = ?")
    with connect_store(tmp_path / "rep.sqlite3") as con:
        stored = con.execute(query, (loaded,)).fetchone()
        assert stored == ("integer", 1, "integer", 0, "null", "null")
        assert con.execute(query, (saved,)).fetchone() == stored
    store.close()


def test_a_pages_times_sent_as_sqlite_stores_them_are_stored_and_read_back_the_same(tmp_path):
    """A page whose datetimes came in SQLite's form (decision 0043) stores them as they are;
    one whose values are not all in that form (an older server's, a mixed column) has each
    converted; either reads back as the same moment as the wire's form."""
    from datetime import UTC, datetime

    from desktop.models.codec import SQLITE_DATETIMES
    from desktop.store.bulk_load import prepare_wire_columns
    from desktop.store.store import Store

    store = Store.open(tmp_path / "rep.sqlite3")
    columns = ["id", "kind", "name", "revision", "created_at", "updated_at"]
    stored_form = "2026-12-01 08:00:00.000000"
    ids = [new_id() for _ in range(3)]
    pages = [([ids[0]], [stored_form], [stored_form]),  # all in SQLite's form
             ([ids[1]], [NOW], [NOW]),  # the wire's form, although the page says SQLite's
             ([ids[2]], ["2026-12-01 16:00:00+08:00"], ["2026-12-01T08:00:00Z"])]  # others
    for page_ids, created, updated in pages:
        values = [page_ids, ["hospital"], ["协和医院（西院区）"], [1], created, updated]
        prepared = prepare_wire_columns(Customer, columns, values, SQLITE_DATETIMES)
        assert prepared[[c.name for c in Customer.__table__.columns].index("created_at")] \
            == [stored_form]
        with store.write() as w:
            assert w.store_wire_columns(Customer, columns, values, SQLITE_DATETIMES) == 1
    moment = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)
    assert [store.get(Customer, i).created_at for i in ids] == [moment] * 3
    assert [store.get(Customer, i).updated_at for i in ids] == [moment] * 3
    store.close()
