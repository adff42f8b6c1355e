"""An ordinary sync cycle in one request, POST /sync/cycle (decision 0031), against a live
server: both ways in one round trip; against an older server without the endpoint, the three
requests of before; against a server restored from a backup, the push waits for the
recovery (nothing the laptop edits meanwhile is refused or lost)."""

from __future__ import annotations

import shutil
from datetime import date

from desktop.models import Complaint, Customer, FollowUp, utcnow
from server.core.config import Settings
from server.main import create_app
from tests.e2e.conftest import rows_of
from tests.e2e.test_server_restored import (
    assert_work_on_the_server,
    restore_backup,
    server_row,
    take_backup,
    work_after_the_backup,
)
from tests.servers import serve


def requests_of(client, action) -> tuple[object, int]:
    before = client.session.transport.requests_made
    result = action()
    return result, client.session.transport.requests_made - before


def edit_customers(client, note: str, count: int = 3) -> list[str]:
    ids = sorted(rows_of(client.store, "customer"))[:count]
    with client.store.write() as w:
        for row_id in ids:
            w.update(Customer, row_id, notes=note)
    return ids


def note_answers(client) -> list[dict]:
    """The answers of the client's POST /sync/cycle requests from now on, in order."""
    answers = []
    cycle = client.session.api.cycle

    def noting(**request):
        answers.append(cycle(**request))
        return answers[-1]

    client.session.api.cycle = noting
    return answers


def test_an_ordinary_cycle_pushes_and_pulls_in_one_request(server, make_client):
    rep, manager = make_client(server, "rep1"), make_client(server, "manager")
    rep.sync()
    manager.sync()
    ids = edit_customers(rep, "复诊")
    report, requests = requests_of(rep, rep.sync)
    assert (report.pushed, requests) == (3, 1)
    follow_up = manager.store.create(FollowUp, customer_id=ids[0], title="经理跟进",
                                     due_date=date(2026, 12, 1),
                                     territory_id=rep.user["territory_ids"][0])
    report, requests = requests_of(manager, manager.sync)
    assert (requests, report.pushed) == (1, 1) and report.pulled >= 3
    assert {rows_of(manager.store, "customer")[i]["notes"] for i in ids} == {"复诊"}
    report, requests = requests_of(rep, rep.sync)
    assert (requests, report.pushed, report.pulled) == (1, 0, 1)
    rep_rows, manager_rows = rows_of(rep.store, "customer"), rows_of(manager.store, "customer")
    assert rows_of(rep.store, "follow_up")[follow_up.id]["title"] == "经理跟进"
    assert all(manager_rows[i] == rep_rows[i] for i in rep_rows)
    assert server_row(server, "customer", ids[-1])["notes"] == "复诊"


def test_a_laptop_with_more_than_a_batch_to_push_is_sent_no_page_it_would_throw_away(
        server, make_client):
    """A day offline: the outbox holds more than one batch. The one request pushes the
    first batch and asks for no page (it would be stale after the rest is pushed); the rest
    is pushed and everything, the manager's follow-up included, is pulled after it."""
    rep, manager = make_client(server, "rep1", push_batch=2), make_client(server, "manager")
    rep.sync()
    manager.sync()
    ids = edit_customers(rep, "离线一天", count=5)
    follow_up = manager.store.create(FollowUp, customer_id=ids[0], title="科室会跟进",
                                     due_date=date(2026, 12, 3),
                                     territory_id=rep.user["territory_ids"][0])
    manager.sync()
    answers = note_answers(rep)
    report, requests = requests_of(rep, rep.sync)
    [answer] = answers
    assert len(answer["push"]["results"]) == 2 and answer["pull"] is None
    assert report.pushed == 5 and requests == 4  # the cycle, two pushes, one pull
    assert rows_of(rep.store, "follow_up")[follow_up.id]["title"] == "科室会跟进"
    assert {server_row(server, "customer", i)["notes"] for i in ids} == {"离线一天"}
    report, requests = requests_of(rep, rep.sync)  # one request again, page and all
    assert (requests, report.pushed) == (1, 0) and answers[-1]["pull"] is not None


def test_an_adverse_reaction_goes_in_the_one_request_before_a_days_edits(server, make_client):
    """However much waits in the outbox, the cycle's one request carries a suspected adverse
    reaction first (it must reach pharmacovigilance fast), not the oldest edits."""
    rep = make_client(server, "rep1", push_batch=2)
    rep.sync()
    ids = edit_customers(rep, "离线一天", count=5)
    now = utcnow()
    case = rep.store.create(
        Complaint, customer_id=ids[0], kind="adverse_reaction", description="用药后皮疹",
        received_at=now, committed_deadline=now, day0_at=now, patient_identifier="P-0412",
        reporter_name="王医生", event_description="用药后皮疹",
        product_id=sorted(rows_of(rep.store, "product"))[0], severity="high")
    answers = note_answers(rep)
    report, _ = requests_of(rep, rep.sync)
    [answer] = answers
    assert [(r["status"], r["row"]["id"]) for r in answer["push"]["results"]] == [
        ("applied", case.id)]
    assert report.pushed == 6
    assert server_row(server, "complaint", case.id)["kind"] == "adverse_reaction"


def test_an_older_server_without_the_endpoint_gets_the_three_requests(tmp_path, demo_db,
                                                                      make_client):
    db = tmp_path / "old-server.sqlite3"
    shutil.copy(demo_db, db)
    settings = Settings(database_url=f"sqlite:///{db}", server_data_dir=tmp_path,
                        secret_key="e2e-test-secret-key-not-for-production-0123456789")
    app = create_app(settings)

    async def older_server(scope, receive, send):  # answers as a server without the route
        if scope["type"] == "http" and scope["path"] == "/api/v1/sync/cycle":
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-type", b"application/json")]})
            await send({"type": "http.response.body", "body": b'{"detail":"Not Found"}'})
            return
        await app(scope, receive, send)

    with serve(older_server) as old:
        rep, manager = make_client(old, "rep1"), make_client(old, "manager")
        rep.sync()
        manager.sync()
        ids = edit_customers(rep, "旧服务器")
        report, requests = requests_of(rep, rep.sync)
        assert report.pushed == 3 and requests == 4  # the 404, then verify, push, pull
        assert not rep.session.api.combined
        edit_customers(rep, "旧服务器 2")
        report, requests = requests_of(rep, rep.sync)
        assert report.pushed == 3 and requests == 3
        report = manager.sync()
        assert {rows_of(manager.store, "customer")[i]["notes"] for i in ids} == {"旧服务器 2"}


def test_a_restored_server_holds_the_push_until_the_lost_changes_are_back(server, make_client,
                                                                          tmp_path):
    laptop = make_client(server, "rep1")
    laptop.sync()
    backup = take_backup(server, tmp_path / "backup.sqlite3")
    work = work_after_the_backup(laptop)
    laptop.sync()
    restore_backup(server, backup)
    assert server_row(server, "customer", work["customer"]) is None
    # edited offline meanwhile: the pharmacy the server lost, and another customer
    laptop.store.update(Customer, work["customer"], phone="010-87654321")
    [other] = edit_customers(laptop, "恢复之后", count=1)

    report = laptop.sync()
    assert report.server_restored and report.resent == 6
    assert report.rejected == 0 and laptop.store.rejections() == []
    assert laptop.store.pending_count() == 0
    assert_work_on_the_server(server, {**work})
    assert server_row(server, "customer", work["customer"])["phone"] == "010-87654321"
    assert server_row(server, "customer", other)["notes"] == "恢复之后"
    again, requests = requests_of(laptop, laptop.sync)
    assert not again.server_restored and requests == 1
