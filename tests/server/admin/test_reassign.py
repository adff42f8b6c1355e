"""Territory reassignment: the new rep's next sync brings the customers and their whole
history; the old rep's next sync is told to drop them."""

from server.admin.territories import reassign_territory
from server.core.db import write_session
from tests.server.helpers import PASSWORD, mutation


def test_reassignment_moves_customers_and_history(world, api, engine):
    old_rep = world.rep_a
    customer = world.customer(old_rep)
    [visit] = old_rep.push(mutation("visit", customer_id=customer["id"],
                                    started_at="2026-02-01T09:00:00+00:00"))
    [follow] = old_rep.push(mutation("follow_up", customer_id=customer["id"], title="回访",
                                     due_date="2026-02-10"))
    [metric] = old_rep.push(mutation("customer_metric", customer_id=customer["id"],
                                     period="2026-01", total_prescriptions=10,
                                     our_prescriptions=4))
    _, _, _, old_cursor = old_rep.pull_all()
    unsent = mutation("customer", "update", customer["id"], customer["revision"],
                      notes="written offline before the move")

    from server.accounts.users import create_user
    from server.sync.revisions import lock_revisions

    with write_session(engine) as session:
        lock_revisions(session)
        create_user(session, username=f"new-{world.tag}", password=PASSWORD, role="rep",
                    region=world.region_id)
        session.commit()
    new_rep = api.login(f"new-{world.tag}")
    _, _, _, new_cursor = new_rep.pull_all()
    with write_session(engine) as session:
        result = reassign_territory(session, territory=world.t1, to_username=f"new-{world.tag}")
        session.commit()
    assert result["changed"]

    page = old_rep.get("/api/v1/sync/pull", params={"cursor": old_cursor}).json()
    assert {"territory_id": world.t1, "change": "lost",
            "revision": result["revision"]} in page["scope"]
    assert old_rep.get("/api/v1/me").json()["territory_ids"] == []
    r = old_rep.get("/api/v1/sync/snapshot/start", params={"territory_id": world.t1})
    assert r.status_code == 404

    page = new_rep.get("/api/v1/sync/pull", params={"cursor": new_cursor}).json()
    gained = [s for s in page["scope"] if s["change"] == "gained"]
    assert gained == [{"territory_id": world.t1, "change": "gained",
                       "revision": result["revision"]}]
    assert page["cursor"] == result["revision"]  # the page ends at the scope change
    start = new_rep.get("/api/v1/sync/snapshot/start",
                        params={"territory_id": world.t1}).json()
    fetched = {}
    for table in start["tables"]:
        body = new_rep.get("/api/v1/sync/snapshot/rows",
                           params={"table": table, "territory_id": world.t1}).json()
        fetched[table] = {row[0] for row in body["rows"]}
    assert customer["id"] in fetched["customer"]
    assert visit["row"]["id"] in fetched["visit"]
    assert follow["row"]["id"] in fetched["follow_up"]
    assert metric["row"]["id"] in fetched["customer_metric"]
    # from now on the new owner writes there and the old one cannot
    [ok] = new_rep.push(mutation("customer", "update", customer["id"], customer["revision"],
                                 tier="A"))
    assert ok["status"] == "applied"
    # the old owner's unsent edit (made before it learned of the move) still counts
    [late] = old_rep.push(unsent)
    assert late["status"] == "applied", late
    assert late["row"]["notes"] == "written offline before the move"
    # but nothing made after it pulled the move
    [no] = old_rep.push(mutation("customer", "update", customer["id"], result["revision"],
                                 tier="B"))
    assert no["code"] == "forbidden" and no["row"] is None


def test_reassign_via_admin_api_and_cli_errors(world):
    r = world.admin.post(f"/api/v1/admin/territories/{world.t2}/reassign",
                         json={"to_username": world.names["manager"]})
    assert r.status_code == 409 and "representatives" in r.json()["detail"]
    r = world.admin.post(f"/api/v1/admin/territories/{world.t2}/reassign",
                         json={"to_username": world.names["foreign_rep"]})
    assert r.status_code == 409 and "another region" in r.json()["detail"]
    r = world.manager.post(f"/api/v1/admin/territories/{world.t2}/reassign",
                           json={"to_username": world.names["rep_a"]})
    assert r.status_code == 403
