"""A live server restored from a backup (issue 15, defect 1; docs/decisions/0021).

The restore is the real thing: the server's SQLite file is copied with SQLite's backup API
while it runs, and later the server is stopped, the copy put back, and the server started
again on it. The laptop must notice (no 409 loop, no sign-in), send again what the server
lost, download everything afresh, and say so; whether or not IT ran
`rounds-server restored-from-backup`, and also when other laptops have pushed the restored
server past its old cursor."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from desktop.models import Customer, FollowUp, Visit, VisitProduct, utcnow
from tests.e2e.conftest import rows_of

TABLES = ["customer", "follow_up", "visit", "visit_product", "territory", "product",
          "call_plan", "complaint"]


def notice_of(client) -> tuple[dict, str]:
    """The notice the laptop keeps for its user, and its English text."""
    from desktop.sync.restore import notice_english, sync_notice

    notice = sync_notice(client.store)
    return notice, notice_english(notice)


def take_backup(server, path: Path) -> Path:
    """An online backup of the running server's database (SQLite's backup API)."""
    source, target = sqlite3.connect(server.db_file), sqlite3.connect(path)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return path


def restore_backup(server, path: Path, *, run_command: bool = False) -> None:
    """Stop the server, put the backup in place of its database, start it again (after
    IT's `rounds-server restored-from-backup` if `run_command`)."""
    server.stop()
    for suffix in ("-wal", "-shm"):
        Path(f"{server.db_file}{suffix}").unlink(missing_ok=True)
    shutil.copy(path, server.db_file)
    if run_command:
        assert "new server epoch" in server.cli("restored-from-backup")
    server.start()


def server_row(server, table: str, row_id: str) -> dict | None:
    rows = server.query(f"SELECT * FROM {table} WHERE id = ?", row_id)  # noqa: S608
    if not rows:
        return None
    names = [r[1] for r in server.query(f"PRAGMA table_info({table})")]
    return dict(zip(names, rows[0], strict=True))


def work_after_the_backup(client) -> dict:
    """A new pharmacy with a follow-up, a phone number changed, and a call report with a
    product detailed, submitted (children first, then the submission that locks them)."""
    territory = client.user["territory_ids"][0]
    existing = sorted(rows_of(client.store, "customer"))[0]
    product = sorted(rows_of(client.store, "product"))[0]
    new = client.store.create(Customer, kind="pharmacy", name="同仁堂药店", city="北京",
                              territory_id=territory)
    follow_up = client.store.create(FollowUp, customer_id=new.id, title="送资料",
                                    due_date=date(2026, 12, 1), territory_id=territory)
    client.store.update(Customer, existing, phone="010-12345678")
    with client.store.write() as w:
        visit = w.create(Visit, customer_id=existing, started_at=utcnow(),
                         territory_id=territory, key_messages="备份之后的拜访")
        w.create(VisitProduct, visit_id=visit.id, product_id=product,
                 territory_id=territory, key_message="新适应症")
        w.update(Visit, visit.id, status="submitted", submitted_at=utcnow())
    return {"customer": new.id, "follow_up": follow_up.id, "existing": existing,
            "visit": visit.id}


def assert_work_on_the_server(server, work: dict) -> None:
    assert server_row(server, "customer", work["customer"])["name"] == "同仁堂药店"
    assert server_row(server, "follow_up", work["follow_up"])["title"] == "送资料"
    assert server_row(server, "customer", work["existing"])["phone"] == "010-12345678"
    assert server_row(server, "visit", work["visit"])["status"] == "submitted"
    assert server.query("SELECT key_message FROM visit_product WHERE visit_id = ?",
                        work["visit"]) == [("新适应症",)]


def assert_same_data(client, other) -> None:
    for table in TABLES:
        assert rows_of(client.store, table) == rows_of(other.store, table), table


def test_lost_changes_are_sent_again_and_the_laptop_downloads_afresh(server, make_client,
                                                                     tmp_path):
    laptop = make_client(server, "rep1")
    laptop.sync()
    backup = take_backup(server, tmp_path / "backup.sqlite3")
    work = work_after_the_backup(laptop)
    report = laptop.sync()
    assert report.pushed == 6 and report.rejected == 0
    assert_work_on_the_server(server, work)

    restore_backup(server, backup)
    assert server_row(server, "customer", work["customer"]) is None  # the server lost it

    report = laptop.sync()  # before: 409 cursor_ahead at every sync, nothing sent again
    assert_work_on_the_server(server, work)
    fresh = make_client(server, "rep1")
    fresh.sync()
    assert_same_data(laptop, fresh)
    assert report.server_restored and report.resent == 6
    assert report.rejected == 0 and laptop.store.rejections() == []
    assert laptop.store.pending_count() == 0
    notice, text = notice_of(laptop)
    assert notice["resent"] == 6 and notice["reason"] == "cursor_ahead"
    assert text == (
        "The server was restored from a backup. Rounds sent again 6 changes the server had "
        "lost and downloaded everything afresh.")

    again = laptop.sync()
    assert not again.server_restored and again.pushed == 0
    assert_same_data(laptop, fresh)


def test_a_restore_without_the_command_is_noticed_after_others_moved_the_server_on(
        server, make_client, tmp_path):
    laptop = make_client(server, "rep1")
    laptop.sync()
    backup = take_backup(server, tmp_path / "backup.sqlite3")
    work = work_after_the_backup(laptop)
    laptop.sync()
    old_cursor = int(laptop.store.state("pull_cursor"))

    restore_backup(server, backup)  # IT runs nothing
    # another laptop of the territory works on the restored server, past the old cursor
    other = make_client(server, "rep1")
    other.sync()
    customers = sorted(rows_of(other.store, "customer"))
    for i, customer_id in enumerate(customers[1:13]):
        other.store.update(Customer, customer_id, notes=f"恢复之后 {i}")
    other.sync()
    assert int(other.store.state("pull_cursor")) > old_cursor

    report = laptop.sync()  # before: no error, the rows in between silently missed
    notes = {k: v["notes"] for k, v in rows_of(laptop.store, "customer").items()}
    assert [notes[c] for c in customers[1:13]] == [f"恢复之后 {i}" for i in range(12)]
    assert_work_on_the_server(server, work)
    other.sync()
    assert_same_data(laptop, other)
    assert report.server_restored and report.resent == 6
    assert notice_of(laptop)[0]["reason"] == "verify"
    assert not laptop.sync().server_restored


def test_with_the_command_the_new_epoch_tells_even_a_laptop_that_lost_nothing(
        server, make_client, tmp_path):
    laptop = make_client(server, "rep1")
    writer = make_client(server, "rep1")
    laptop.sync()
    writer.sync()
    backup = take_backup(server, tmp_path / "backup.sqlite3")
    customers = sorted(rows_of(writer.store, "customer"))
    writer.store.update(Customer, customers[0], notes="备份之后, 丢失")
    writer.sync()
    laptop.sync()  # it pulled a change the server is about to lose
    assert rows_of(laptop.store, "customer")[customers[0]]["notes"] == "备份之后, 丢失"

    restore_backup(server, backup, run_command=True)
    third = make_client(server, "rep1")
    third.sync()
    for i, customer_id in enumerate(customers[1:10]):
        third.store.update(Customer, customer_id, notes=f"新纪元 {i}")
    third.sync()

    report = laptop.sync()  # before: the change in between missed, the lost one kept
    third.sync()
    assert_same_data(laptop, third)  # the lost note is gone here too: the server's data
    assert report.server_restored and report.resent == 0
    notice, text = notice_of(laptop)
    assert notice["reason"] == "epoch"
    assert text.startswith("The server was restored from a backup. None")
    resent = writer.sync()  # the writer sends again its own lost change
    assert resent.server_restored and resent.resent == 1
    assert server_row(server, "customer", customers[0])["notes"] == "备份之后, 丢失"


class Interrupted(Exception):
    """Stands for a kill at that point: nothing after it runs in this cycle."""


def test_an_interrupted_recovery_resumes_and_loses_nothing(server, make_client, tmp_path,
                                                           monkeypatch):
    from desktop.sync import restore

    laptop = make_client(server, "rep1")
    laptop.sync()
    backup = take_backup(server, tmp_path / "backup.sqlite3")
    work = work_after_the_backup(laptop)
    laptop.sync()
    restore_backup(server, backup, run_command=True)

    # 1. killed after the lost changes were queued, before they were pushed
    monkeypatch.setattr(restore, "push_resends", _raise)
    _interrupted(laptop)
    assert restore.recovery_state(laptop.store)["stage"] == "resend"
    assert laptop.store.pending_count() == 6
    monkeypatch.undo()
    # 2. killed after the push, before the cursor was dropped
    monkeypatch.setattr(restore, "discard_cursor", _raise)
    _interrupted(laptop)
    assert laptop.store.pending_count() == 0
    assert_work_on_the_server(server, work)
    monkeypatch.undo()
    # 3. killed in the middle of the snapshot (after its second commit: a commit per page
    # here, where a few pages would otherwise share one)
    from desktop.sync import snapshot_pipeline
    monkeypatch.setattr(snapshot_pipeline, "COMMIT_ROWS", 1)
    pages = []

    def progress(phase, done, total):
        if phase == "snapshot":
            pages.append(done)
            if len(pages) == 2:
                raise Interrupted
    with laptop.using_keyring():
        try:
            laptop.session.client.run_cycle(progress=progress)
        except Interrupted:
            pass
    assert restore.recovery_state(laptop.store)["stage"] == "snapshot"
    # 4. killed after the snapshot, before the clean-up
    monkeypatch.setattr(restore, "finish", _raise)
    _interrupted(laptop)
    monkeypatch.undo()

    laptop.reopen()
    report = laptop.sync()
    assert report.server_restored and laptop.store.rejections() == []
    assert restore.recovery_state(laptop.store) is None
    assert notice_of(laptop)[0]["resent"] == 6
    fresh = make_client(server, "rep1")
    fresh.sync()
    assert_same_data(laptop, fresh)
    assert_work_on_the_server(server, work)


def _raise(*args, **kwargs):
    raise Interrupted


def _interrupted(client) -> None:
    try:
        client.sync()
    except Interrupted:
        return
    raise AssertionError("the cycle was not interrupted")
