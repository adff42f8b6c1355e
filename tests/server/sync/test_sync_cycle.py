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
    # the row just pushed is in the push answer, at the page's revision: the page leaves
    # it out (decision 0037) and carries the rest
    assert result["row"]["name"] == "协和医院" and result["row"]["revision"] == result["revision"]
    assert {c["row"]["id"] for c in page["changes"]} == {created["id"]}
    assert page["cursor"] == result["revision"] and not page["has_more"]
    assert page["epoch"] == answer["verify"]["epoch"]
    # what the separate requests answer: the row is on the server for everyone in scope
    rows, *_ = other.pull_all()
    assert rows[("customer", new["row_id"])]["name"] == "协和医院"
    mine, *_ = rep.pull_all(cursor)  # and a plain pull leaves nothing out
    assert set(mine) == {("customer", created["id"]), ("customer", new["row_id"])}


def test_a_row_changed_since_the_push_answer_comes_in_the_page(world):
    """A replayed batch is answered from the log, with the row as it was then: when another
    user changed it since, the page carries the newer row."""
    rep = world.rep_a
    _rows, _removals, _scope, cursor = rep.pull_all()
    new = mutation("customer", name="北京大学第三医院（海淀院区）", kind="hospital",
                   territory_id=world.t1)
    [first] = cycle(rep, cursor=cursor, mutations=[new])["push"]["results"]
    [edit] = world.admin.push(mutation("customer", "update", new["row_id"], first["revision"],
                                   tier="A"))
    assert edit["status"] == "applied"
    again = cycle(rep, cursor=cursor, mutations=[new])
    assert again["push"]["results"] == [first]  # the answer of then, from the log
    [change] = again["pull"]["changes"]
    assert change["row"]["id"] == new["row_id"] and change["row"]["tier"] == "A"
    assert change["revision"] == edit["revision"] == again["pull"]["cursor"]


def test_a_held_row_that_left_the_callers_scope_still_comes_as_a_removal(world, engine):
    """The page leaves out a row the caller holds only while the caller may still see it:
    one that moved to another territory at the held revision is removed all the same."""
    from server.models import User
    from server.sync.pull import pull_page
    from server.sync.scope import user_scope

    rep, manager = world.rep_a, world.manager
    customer = world.customer(rep, name="同济医院（光谷院区）", territory_id=world.t1)
    _rows, _removals, _scope, cursor = rep.pull_all()
    [moved] = world.admin.push(mutation("customer", "update", customer["id"],
                                    customer["revision"], territory_id=world.t2))
    assert moved["status"] == "applied"
    held = {("customer", customer["id"]): moved["revision"]}
    with write_session(engine) as session:
        user = session.get(User, rep.user["id"])
        scope = user_scope(session, user)
        page = pull_page(session, scope=scope, cursor=cursor, limit=100, known=held)
        assert page["changes"] == []
        assert [(r["row_id"], r["revision"]) for r in page["removals"]] == [
            (customer["id"], moved["revision"])]
        # the manager still sees it: held, it is left out of the manager's page
        boss = user_scope(session, session.get(User, manager.user["id"]))
        page = pull_page(session, scope=boss, cursor=cursor, limit=100, known=held)
        assert page["changes"] == [] and page["removals"] == []
        page = pull_page(session, scope=boss, cursor=cursor, limit=100)
        assert [c["row"]["id"] for c in page["changes"]] == [customer["id"]]


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


def test_a_client_with_more_to_push_gets_the_push_answered_and_no_page(world):
    rep = world.rep_a
    _rows, _removals, _scope, cursor = rep.pull_all()
    other = world.customer(world.manager, territory_id=world.t1)  # a change to pull later
    new = mutation("customer", name="北京大学第三医院（海淀院区）", kind="hospital",
                   territory_id=world.t1)
    answer = cycle(rep, cursor=cursor, mutations=[new], pull=False)
    assert answer["push"]["results"][0]["status"] == "applied" and answer["pull"] is None
    assert cycle(rep, cursor=cursor, pull=False)["pull"] is None
    rows, *_ = rep.pull_all(cursor)  # the pull that follows the rest of the push
    assert {("customer", new["row_id"]), ("customer", other["id"])} <= set(rows)
    cycle(rep, cursor=cursor, pull="no", expect=422)


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
