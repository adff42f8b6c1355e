"""Two devices of one rep and a live server: offline edits on both, both sync, both converge
to the server's state; a concurrent edit of one field leaves a conflict on the loser. Also
with each device on its own server process, both on one PostgreSQL database (as behind a
load balancer)."""

import secrets
import subprocess
from dataclasses import dataclass
from datetime import date

import pytest

from desktop.models import Customer, FollowUp
from desktop.store.search import search_customers
from tests.e2e.conftest import rows_of, server_env, store_indexes
from tests.servers import serve_processes, server_command

SYNCED_TABLES = ["customer", "follow_up", "visit", "territory", "product"]


@dataclass
class Url:
    url: str


@pytest.fixture(params=["one server", pytest.param("two server processes on PostgreSQL",
                                                   marks=pytest.mark.postgres)])
def servers(request, tmp_path):
    """(server of device A, server of device B and of a fresh device): one SQLite server,
    or two `rounds-server serve` processes on one PostgreSQL database with the demo data."""
    if request.param == "one server":
        server = request.getfixturevalue("server")
        yield server, server
        return
    from tests.server.conftest import _new_pg_database

    with _new_pg_database() as url:
        subprocess.run(server_command("seed-demo", "--db", url, "--customers", "60",
                                      "--visits", "300"),
                       env=server_env(tmp_path), check=True, capture_output=True, timeout=300)
        with serve_processes(url, 2, workdir=tmp_path,
                             secret_key=secrets.token_urlsafe(32)) as group:
            yield Url(group.urls[0]), Url(group.urls[1])


def test_offline_edits_on_two_devices_converge_and_loser_sees_conflict(servers, make_client,
                                                                      tmp_path):
    server, other = servers
    a = make_client(server, "rep1")
    b = make_client(other, "rep1")
    first_a, first_b = a.sync(), b.sync()
    assert first_a.first_sync and first_a.pulled > 0 and first_b.pulled == first_a.pulled
    territory = a.user["territory_ids"][0]
    c1, c2, c3 = sorted(rows_of(a.store, "customer"))[:3]

    # offline on both
    new = a.store.create(Customer, kind="pharmacy", name="同仁堂药店", city="北京",
                         territory_id=territory)
    a.store.create(FollowUp, customer_id=new.id, title="送资料", due_date=date(2026, 12, 1),
                   territory_id=territory)
    a.store.update(Customer, c1, phone="010-11111111")
    a.store.update(Customer, c3, notes="A 的备注")
    b.store.update(Customer, c2, address="东城区 1 号")
    b.store.update(Customer, c3, notes="B 的备注")

    report_a = a.sync()
    assert (report_a.pushed, report_a.conflicts, report_a.rejected) == (4, 0, 0)
    report_b = b.sync()
    assert (report_b.pushed, report_b.conflicts, report_b.rejected) == (2, 1, 0)
    a.sync()  # brings B's change

    [conflict] = b.store.conflicts()
    assert (conflict.row_id, conflict.field) == (c3, "notes")
    assert (conflict.my_value, conflict.server_value) == ("B 的备注", "A 的备注")
    assert a.store.conflicts() == []
    assert b.store.get(Customer, c3).notes == "A 的备注"

    fresh = make_client(other, "rep1")
    fresh.sync()
    for table in SYNCED_TABLES:
        assert rows_of(a.store, table) == rows_of(b.store, table) == rows_of(fresh.store, table)
    assert a.store.pending_count() == b.store.pending_count() == 0
    # found by pinyin initials on the device that pulled it incrementally, and on the one
    # whose first sync built its search index in one pass
    for client in (b, fresh):
        with client.store.read() as s:
            assert new.id in [hit.customer_id for hit in search_customers(s, "trt")]
    # the first sync into an empty store set its indexes aside and built them again
    from desktop.store.store import Store

    Store.open(tmp_path / "never-synced.sqlite3").close()
    complete = store_indexes(tmp_path / "never-synced.sqlite3")
    with fresh.using_keyring():  # the store's key is in that device's keyring
        assert store_indexes(fresh.store.path) == complete

    # B restores its value: an ordinary update on the current base, which wins now
    b.store.restore_conflict(conflict.id)
    assert b.sync().pushed == 1 and a.sync().pulled >= 1
    assert a.store.get(Customer, c3).notes == "B 的备注"
    assert b.store.conflicts() == []

