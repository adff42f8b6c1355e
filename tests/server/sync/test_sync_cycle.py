"""POST /sync/cycle: verify, push and the first pull page in one request (decision 0031), on
SQLite and PostgreSQL. The push is applied only when the verify finds nothing unusual."""

import uuid

from sqlalchemy import update

from desktop.models import SCHEMA_VERSION, Customer
from server.core.db import write_session
from server.models import ChangeLog
from tests.server.helpers import mutation


def cycle(who, *, cursor: int, mutations=(), verify=(), epoch: str = "", expect: int = 200,
          **extra) -> dict:
    body = {"device_id": who.device_id, "schema_version": SCHEMA_VERSION, "epoch": epoch,
            "verify": list(verify), "mutations": list(mutations), "cursor": cursor, **extra}
    response = who.post("/api/v1/sync/cycle", json=body)
    assert response.status_code == expect, response.text
    return response.json()


def test_one_request_pushes_and_answers_the_page_with_the_rows_just_pushed(world):
    rep, other = world.rep_a, world.manager
    _rows, _removals, _scope, cursor = rep.pull_all()
    created = world.customer(rep)
    item = {"table": "customer", "row_id": created["id"], "revision": created["revision"]}
    new = mutation("customer", row_id=str(uuid.uuid4()), name="协和医院", kind="hospital",
                   territory_id=world.t1)
    answer = cycle(rep, cursor=cursor, mutations=[new], verify=[item])
    assert "held" not in answer
    assert answer["verify"]["rows"] == [{**item, "holds": True}]
    [result] = answer["push"]["results"]
    assert result["status"] == "applied"
    page = answer["pull"]
    assert {c["row"]["id"] for c in page["changes"]} == {created["id"], new["row_id"]}
    assert page["cursor"] == result["revision"] and not page["has_more"]
    assert page["epoch"] == answer["verify"]["epoch"]
    # what the separate requests answer: the row is on the server for everyone in scope
    rows, *_ = other.pull_all()
    assert rows[("customer", new["row_id"])]["name"] == "协和医院"


def test_the_push_waits_when_the_server_lost_a_change_it_confirmed(world, engine):
    rep = world.rep_a
    created = world.customer(rep)
    _rows, _removals, _scope, cursor = rep.pull_all()
    item = {"table": "customer", "row_id": created["id"], "revision": created["revision"]}
    with write_session(engine) as session:  # a restore handed the revision to another row
        session.execute(update(ChangeLog).where(ChangeLog.revision == created["revision"])
                        .values(row_id=str(uuid.uuid4())))
        session.commit()
    edit = mutation("customer", "update", created["id"], created["revision"], tier="A")
    answer = cycle(rep, cursor=cursor, mutations=[edit], verify=[item])
    assert answer["held"] == "verify" and answer["push"] is None and answer["pull"] is None
    assert answer["verify"]["rows"][0]["holds"] is False
    with write_session(engine) as session:
        assert session.get(Customer, created["id"]).tier != "A"  # not applied


def test_the_push_waits_for_another_epoch_or_a_cursor_ahead_of_the_server(world):
    rep = world.rep_a
    _rows, _removals, _scope, cursor = rep.pull_all()
    epoch = rep.post("/api/v1/sync/verify", json={"rows": []}).json()["epoch"]
    new = mutation("customer", name="同仁医院", kind="hospital", territory_id=world.t1)
    assert cycle(rep, cursor=cursor, mutations=[new], epoch="0" * 32)["held"] == "epoch"
    ahead = cycle(rep, cursor=cursor + 10**6, mutations=[new], epoch=epoch)
    assert ahead["held"] == "cursor_ahead" and ahead["push"] is None
    rows, *_ = rep.pull_all()
    assert ("customer", new["row_id"]) not in rows
    answer = cycle(rep, cursor=cursor, mutations=[new], epoch=epoch)
    assert answer["push"]["results"][0]["status"] == "applied"


def test_a_replayed_batch_is_answered_from_the_log_and_an_empty_one_only_pulls(world):
    rep = world.rep_a
    _rows, _removals, _scope, cursor = rep.pull_all()
    new = mutation("customer", name="积水潭医院", kind="hospital", territory_id=world.t1)
    first = cycle(rep, cursor=cursor, mutations=[new])["push"]["results"]
    again = cycle(rep, cursor=cursor, mutations=[new])["push"]["results"]
    assert again == first
    only_pull = cycle(rep, cursor=cursor)
    assert only_pull["push"] is None and "held" not in only_pull
    assert [c["row"]["id"] for c in only_pull["pull"]["changes"]] == [new["row_id"]]


def test_the_cycle_is_read_as_strictly_as_push_and_verify(world):
    rep = world.rep_a
    cycle(rep, cursor=-1, expect=422)
    cycle(rep, cursor="1", expect=422)
    cycle(rep, cursor=0, limit=0, expect=422)
    cycle(rep, cursor=0, verify=[{"table": "customer", "row_id": "x", "revision": 1}] * 501,
          expect=422)
    seq = mutation("customer", name="A", kind="hospital", territory_id=world.t1)
    cycle(rep, cursor=0, mutations=[seq, {**seq, "row_id": str(uuid.uuid4())}], expect=422)
    assert cycle(rep, cursor=0, device_id="another-device", expect=403)["code"] == "forbidden"
    assert cycle(rep, cursor=0, schema_version=SCHEMA_VERSION + 1, expect=426)[
        "code"] == "schema_incompatible"
    assert rep.api.client.post("/api/v1/sync/cycle", json={}).status_code in (401, 426)
