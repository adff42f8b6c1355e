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
