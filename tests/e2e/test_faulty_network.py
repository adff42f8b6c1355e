"""Sync over a loopback proxy that resets, delays, answers 5xx and truncates answers:
retried with backoff, it converges with nothing lost and nothing applied twice."""

from __future__ import annotations

import time

import pytest

from desktop.models import Customer, FollowUp
from desktop.sync.errors import SyncError
from desktop.sync.retry import RetryPolicy
from tests.e2e.conftest import rows_of
from tests.e2e.faulty_proxy import FaultyProxy

pytestmark = pytest.mark.slow


def sync_until_done(client, policy: RetryPolicy, max_attempts: int = 300):
    failures = []
    for attempt in range(1, max_attempts + 1):
        try:
            return client.sync(), failures
        except SyncError as exc:
            delay = policy.next_delay(exc, attempt)
            assert delay is not None, f"not retryable: {exc!r}"
            failures.append(type(exc).__name__)
            time.sleep(delay)
    raise AssertionError(f"no successful sync in {max_attempts} attempts")


def test_sync_over_a_faulty_network_converges_without_loss(server, make_client):
    proxy = FaultyProxy(server.port, seed=4, delay_s=0.2)
    proxy.enabled = False  # sign in cleanly, then let the network misbehave
    a = make_client(proxy, "rep1", push_batch=5, pull_limit=20, snapshot_limit=50)
    b = make_client(server, "rep1")  # another device on a good network
    # one request per connection, so every request meets its own fault
    a.session.transport.session.headers["Connection"] = "close"
    proxy.enabled = True
    policy = RetryPolicy(base=0.01, max_delay=0.05)
    try:
        _, failures = sync_until_done(a, policy)  # first sync (snapshot) through faults
        b.sync()
        territory = a.user["territory_ids"][0]
        orgs = sorted(k for k, v in rows_of(a.store, "customer").items()
                      if v["kind"] in ("hospital", "pharmacy"))
        expected_notes, created = {}, []
        for round_ in range(4):
            with a.store.write() as w:
                for i, row_id in enumerate(orgs[round_ * 3:(round_ + 1) * 3]):
                    expected_notes[row_id] = f"net-{round_}-{i}"
                    w.update(Customer, row_id, notes=expected_notes[row_id])
                c = w.create(Customer, kind="pharmacy", name=f"网络药店{round_}",
                             territory_id=territory)
                w.create(FollowUp, customer_id=c.id, title="回访", due_date=c.created_at.date(),
                         territory_id=territory)
                created.append(c.id)
            with b.store.write() as w:
                for row_id in orgs[-3:]:
                    w.update(Customer, row_id, phone=f"010-8{round_:03d}0000")
            b.sync()
            _, more = sync_until_done(a, policy)
            failures += more
        assert a.store.pending_count() == 0
        b.sync()
    finally:
        proxy.close()
    for table in ("customer", "follow_up"):
        assert rows_of(a.store, table) == rows_of(b.store, table)
    for row_id, value in expected_notes.items():
        assert rows_of(b.store, "customer")[row_id]["notes"] == value
    assert set(created) <= set(rows_of(b.store, "customer"))
    names = server.query("SELECT count(*) FROM customer WHERE name LIKE '网络药店%'")
    assert names == [(4,)]
    faults = {k for k, v in proxy.counts.items() if v}
    assert {"reset", "delay", "error", "truncate", "drop_after_request"} <= faults, proxy.counts
    assert failures, "the proxy never made a sync fail"
