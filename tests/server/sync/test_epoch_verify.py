"""The server's epoch and POST /sync/verify: what a client needs to notice a server restored
from a backup (docs/decisions/0021), on SQLite and PostgreSQL."""

import uuid

from sqlalchemy import update

from server.cli import main
from server.core.db import write_session
from server.models import ChangeLog
from tests.server.helpers import mutation


def _epoch(session) -> str:
    return session.post("/api/v1/sync/verify", json={"rows": []}).json()["epoch"]


def test_pull_snapshot_and_verify_carry_the_epoch_and_the_command_starts_a_new_one(
        world, server_settings, capsys):
    rep = world.rep_a
    pull = rep.get("/api/v1/sync/pull", params={"cursor": 0, "limit": 1}).json()
    start = rep.get("/api/v1/sync/snapshot/start").json()
    verify = rep.post("/api/v1/sync/verify", json={"rows": []}).json()
    assert len(pull["epoch"]) == 32 and pull["epoch"] == start["epoch"] == verify["epoch"]
    assert verify["server_revision"] >= pull["server_revision"]
    assert verify["territory_ids"] == [world.t1] and verify["rows"] == []

    assert main(["restored-from-backup", "--db", server_settings.db_url]) == 0
    assert "new server epoch" in capsys.readouterr().out
    after = rep.get("/api/v1/sync/pull", params={"cursor": 0, "limit": 1}).json()["epoch"]
    assert after != pull["epoch"] and len(after) == 32
    assert _epoch(world.manager) == after == rep.get("/api/v1/sync/snapshot/start").json()[
        "epoch"]


def test_verify_says_whether_the_server_still_holds_what_it_confirmed(world, engine):
    rep = world.rep_a
    created = world.customer(rep)
    [updated] = rep.push(mutation("customer", "update", created["id"], created["revision"],
                                  tier="B"))
    missing = str(uuid.uuid4())
    rows = [{"table": "customer", "row_id": created["id"], "revision": created["revision"]},
            {"table": "customer", "row_id": created["id"], "revision": updated["revision"]},
            {"table": "customer", "row_id": created["id"],
             "revision": updated["revision"] + 10**6},
            {"table": "customer", "row_id": missing, "revision": 5},
            {"table": "no_such_table", "row_id": missing, "revision": 5}]
    answer = rep.post("/api/v1/sync/verify", json={"rows": rows}).json()["rows"]
    assert [(a["revision"], a["holds"]) for a in answer] == [
        (updated["revision"], True), (updated["revision"], True),
        (updated["revision"], False), (None, False), (None, False)]
    assert [(a["table"], a["row_id"]) for a in answer] == [(r["table"], r["row_id"])
                                                          for r in rows]

    # a restored server handed the revision out again, to another row's change
    with write_session(engine) as session:
        session.execute(update(ChangeLog).where(ChangeLog.revision == updated["revision"])
                        .values(row_id=missing))
        session.commit()
    [answer] = rep.post("/api/v1/sync/verify", json={"rows": rows[1:2]}).json()["rows"]
    assert answer == {"table": "customer", "row_id": created["id"],
                      "revision": updated["revision"], "holds": False}


def test_verify_answers_a_row_outside_the_callers_scope_exactly_like_a_missing_one(world):
    theirs = world.customer(world.rep_b)
    foreign = world.customer(world.foreign_rep)
    asked = [{"table": "customer", "row_id": r["id"], "revision": r["revision"]}
             for r in (theirs, foreign)]
    asked.append({"table": "customer", "row_id": str(uuid.uuid4()),
                  "revision": theirs["revision"]})
    answer = world.rep_a.post("/api/v1/sync/verify", json={"rows": asked}).json()["rows"]
    assert [{k: v for k, v in a.items() if k != "row_id"} for a in answer] == [
        {"table": "customer", "revision": None, "holds": False}] * 3
    # the manager sees the region (rep_b's customer), not the foreign one
    answer = world.manager.post("/api/v1/sync/verify", json={"rows": asked}).json()["rows"]
    assert [a["holds"] for a in answer] == [True, False, False]
    assert world.admin.post("/api/v1/sync/verify", json={"rows": asked}).json()[
        "territory_ids"] is None


def test_verify_is_read_as_strictly_as_the_rest_of_the_api(world):
    rep = world.rep_a
    row = {"table": "customer", "row_id": str(uuid.uuid4()), "revision": 1}
    assert rep.post("/api/v1/sync/verify", json={"rows": [row] * 501}).status_code == 422
    assert rep.post("/api/v1/sync/verify", json={"rows": [{**row, "revision": "1"}]}
                    ).status_code == 422
    assert rep.post("/api/v1/sync/verify", json={"rows": [{**row, "revision": -1}]}
                    ).status_code == 422
    assert rep.api.client.post("/api/v1/sync/verify", json={"rows": []}).status_code in (
        401, 426)


def test_who_sees_a_row_is_decided_by_its_scope_columns_only():
    """A verify reads only a row's revision and `SCOPE_COLUMNS`: for every synced table and
    every kind of user, `Scope.can_read` must look at nothing else of the row, and answer
    for those columns as for the whole row."""
    from desktop.domain.workflows import ADMIN, MANAGER, PV, QA, REP
    from desktop.models import SYNCED_MODELS
    from server.sync.scope import SCOPE_COLUMNS, Scope

    class Watched(dict):
        def get(self, key, default=None):
            asked.add(key)
            return super().get(key, default)

        def __getitem__(self, key):
            asked.add(key)
            return super().__getitem__(key)

    scopes = [Scope("u", ADMIN, None, None), Scope("u", MANAGER, "r1", frozenset({"t1"})),
              Scope("u", REP, "r1", frozenset({"t1"})), Scope("u", QA, "r1", frozenset()),
              Scope("u", PV, None, frozenset())]
    for table, model in SYNCED_MODELS.items():
        for region, territory in (("r1", "t1"), ("r2", "t2"), (None, None)):
            row = {c.name: f"v-{c.name}" for c in model.__table__.columns}
            row.update({"id": "r1" if table == "region" else "x", "region_id": region,
                        "territory_id": territory})
            part = {k: v for k, v in row.items() if k in SCOPE_COLUMNS}
            for scope in scopes:
                asked: set[str] = set()
                whole = scope.can_read(table, Watched(row))
                assert asked <= set(SCOPE_COLUMNS), (table, scope.role, asked)
                assert scope.can_read(table, part) == whole, (table, scope.role)
