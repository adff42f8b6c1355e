"""Writing to a territory after losing it: once a territory moved to another rep, its old
owner may still deliver edits made before the move (for a bounded time, until the device
has taken in the move), and nothing else; a conflict such an edit causes goes to the new
owner. See docs/sync-protocol.md, "Territory moves"."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from desktop.models import utcnow
from server.core.db import write_session
from server.models import ScopeChange
from tests.server.helpers import mutation


def move(world, territory: str, to: str) -> int:
    """Reassign `territory` to the user called `to` (a key of world.names) as the admin."""
    r = world.admin.post(f"/api/v1/admin/territories/{territory}/reassign",
                         json={"to_username": world.names[to]})
    assert r.status_code == 200, r.text
    return r.json()["revision"]


def take_in_the_move(session_) -> None:
    """What the client does: pull to the end, store the cursor, and come back with it."""
    _, _, scope, cursor = session_.pull_all()
    assert any(s["change"] == "lost" for s in scope)
    session_.pull_all(cursor)


def a_visit(rep, customer) -> dict:
    [visit] = rep.push(mutation("visit", customer_id=customer["id"],
                                started_at="2026-03-01T09:30:00+00:00"))
    assert visit["status"] == "applied", visit
    return visit["row"]


def test_once_the_old_owner_took_in_the_move_it_can_neither_read_nor_write_there(world):
    old = world.rep_a
    customer = world.customer(old, tier="C")
    visit = a_visit(old, customer)
    move(world, world.t1, "rep_b")
    take_in_the_move(old)

    [read] = old.push(mutation("customer", "update", customer["id"], 0))
    [update] = old.push(mutation("customer", "update", customer["id"], 0, tier="A"))
    [create] = old.push(mutation("visit", customer_id=customer["id"], territory_id=world.t1,
                                 started_at="2026-03-02T09:30:00+00:00"))
    [delete] = old.push(mutation("visit", "delete", visit["id"], 0, deleted=True))
    for result in (read, update, create, delete):
        assert result["status"] == "rejected", result
        assert result["row"] is None  # nothing of the lost territory comes back
    rows, _, _, _ = world.rep_b.pull_all()
    assert rows[("customer", customer["id"])]["tier"] == "C"
    assert rows[("visit", visit["id"])]["deleted"] is False
    assert [k for k in rows if k[0] == "visit"] == [("visit", visit["id"])]


def test_right_after_the_move_base_revision_zero_opens_nothing(world, api):
    """Before the old device has heard of the move, it may deliver its own unsent work,
    but `base_revision: 0` does not make a row it never had a revision of its own."""
    old = world.rep_a
    customer = world.customer(old, tier="C")
    visit = a_visit(old, customer)
    move(world, world.t1, "rep_b")

    [read] = old.push(mutation("customer", "update", customer["id"], 0))
    [update] = old.push(mutation("customer", "update", customer["id"], 0, tier="A"))
    [delete] = old.push(mutation("visit", "delete", visit["id"], 0, deleted=True))
    [recreate] = old.push(mutation("customer", "create", customer["id"], kind="hospital",
                                   name="改名", territory_id=world.t1))
    for result in (read, update, delete, recreate):
        assert result["status"] == "rejected" and result["code"] == "forbidden", result
        assert result["row"] is None
    # a laptop signed in after the move has nothing from before it to deliver
    laptop = api.login(world.names["rep_a"])
    [create] = laptop.push(mutation("visit", customer_id=customer["id"],
                                    territory_id=world.t1,
                                    started_at="2026-03-02T09:30:00+00:00"))
    assert create["status"] == "rejected" and create["code"] == "forbidden", create


def test_an_edit_made_before_the_move_arrives_as_a_conflict_the_new_owner_sees(world):
    old, new = world.rep_a, world.rep_b
    customer = world.customer(old, tier="C")
    base = customer["revision"]
    offline_create = mutation("visit", customer_id=customer["id"], territory_id=world.t1,
                              started_at="2026-03-01T09:30:00+00:00")
    offline_edit = mutation("visit", "update", offline_create["row_id"], 0,
                            feedback="写在交接前")
    move(world, world.t1, "rep_b")
    [changed] = new.push(mutation("customer", "update", customer["id"], base, tier="A"))
    assert changed["status"] == "applied"

    [late] = old.push(mutation("customer", "update", customer["id"], base, tier="B",
                               notes="交接前的记录"))
    assert late["status"] == "merged", late
    assert late["row"]["tier"] == "A" and late["row"]["notes"] == "交接前的记录"
    seen = new.get("/api/v1/sync/conflicts").json()["conflicts"]
    assert [(c["row_id"], c["field"], c["your_value"], c["server_value"]) for c in seen] == [
        (customer["id"], "tier", "B", "A")]
    assert old.get("/api/v1/sync/conflicts").json()["conflicts"] == []
    # its own work created offline before the move arrives too, edits on base 0 included
    assert [r["status"] for r in old.push(offline_create, offline_edit)] == ["applied"] * 2


def test_the_grace_ends_when_the_device_took_in_the_move(world):
    old = world.rep_a
    customer = world.customer(old, tier="C")
    base = customer["revision"]
    move(world, world.t1, "rep_b")
    take_in_the_move(old)
    [late] = old.push(mutation("customer", "update", customer["id"], base, tier="B"))
    assert late["status"] == "rejected" and late["code"] == "forbidden", late
    assert "moved" in late["reason"]


def test_the_grace_ends_after_a_bounded_time(world, engine):
    from server.sync.territory_moves import GRACE

    old = world.rep_a
    customer = world.customer(old, tier="C")
    base = customer["revision"]
    revision = move(world, world.t1, "rep_b")
    with write_session(engine) as session:
        for change in session.exec(select(ScopeChange).where(ScopeChange.revision == revision)):
            change.at = utcnow() - GRACE - timedelta(minutes=1)
            session.add(change)
        session.commit()
    [late] = old.push(mutation("customer", "update", customer["id"], base, tier="B"))
    assert late["status"] == "rejected" and late["code"] == "forbidden", late
    rows, _, _, _ = world.rep_b.pull_all()
    assert rows[("customer", customer["id"])]["tier"] == "C"
