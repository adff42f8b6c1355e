import random

import pytest

from desktop.store import migrate
from desktop.store.engine import create_local_engine
from desktop.store.store import Store
from desktop.sync.errors import (
    AuthError,
    OfflineError,
    RequestRejected,
    ServerError,
    TooManyAttempts,
)
from desktop.sync.retry import RetryPolicy
from tests.store_files import connect_store


def test_backoff_grows_exponentially_with_jitter_and_a_cap():
    policy = RetryPolicy(base=2, factor=2, max_delay=60, jitter=0.5, rng=random.Random(1))
    for attempt, cap in [(1, 2), (2, 4), (3, 8), (6, 60), (20, 60)]:
        delays = [policy.delay(attempt) for _ in range(50)]
        assert all(cap / 2 <= d <= cap for d in delays)
        assert len(set(delays)) > 1  # jittered


@pytest.mark.parametrize("error, retried", [
    (OfflineError("x"), True), (ServerError("x"), True), (AuthError("x"), False),
    (RequestRejected("x"), False), (ValueError("x"), False)])
def test_only_network_and_server_errors_are_retried(error, retried):
    assert (RetryPolicy().next_delay(error, 1) is not None) is retried


def test_retry_after_is_respected():
    policy = RetryPolicy(base=1, jitter=0)
    assert policy.next_delay(TooManyAttempts("slow down", retry_after=30), 1) == 30


def test_new_app_version_migrates_without_losing_unsent_outbox_entries(tmp_path):
    path = tmp_path / "rep.sqlite3"
    engine = create_local_engine(path)
    migrate.upgrade(engine, "0001")  # the store as the previous release left it
    con = connect_store(path)
    for seq, name in [(1, "协和"), (2, "同仁")]:
        con.execute(
            "INSERT INTO outbox (seq, table_name, row_id, op, changes, base_revision, priority,"
            " created_at, attempts) VALUES (?, 'customer', ?, 'create', ?, 0, 0, "
            "'2026-01-01 00:00:00.000000', 0)", (seq, f"c{seq}", f'{{"name": "{name}"}}'))
    con.execute("INSERT INTO sync_state (key, value) VALUES ('pull_cursor', '41')")
    con.commit()
    con.close()
    engine.dispose()

    store = Store.open(path)
    assert migrate.current_revision(store.engine) == migrate.head_revision()
    assert store.pending_count() == 2
    assert store.state("pull_cursor") == "41"
    assert store.conflicts() == [] and store.rejections() == []
    from desktop.sync.push import ordinary_batch

    assert [e.changes["name"] for e in ordinary_batch(store, 10, 99)] == ["协和", "同仁"]
    store.close()
