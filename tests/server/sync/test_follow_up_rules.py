"""Follow-ups on the server: one created on its own syncs like the others; a cancelled one
is final (a stale laptop's edit is refused with a reason), and may not come back as open."""

from tests.server.helpers import mutation


def _follow_up(rep, customer_id):
    [created] = rep.push(mutation("follow_up", customer_id=customer_id, title="送会议资料",
                                  due_date="2026-03-05"))
    assert created["status"] == "applied"
    return created


def test_a_cancelled_follow_up_cannot_be_edited_or_reopened(world):
    rep = world.rep_a
    customer = world.customer(rep)
    fu = _follow_up(rep, customer["id"])
    fid = fu["row"]["id"]
    [moved] = rep.push(mutation("follow_up", "update", fid, fu["revision"],
                                due_date="2026-03-09"))
    assert moved["status"] == "applied"
    [cancel] = rep.push(mutation("follow_up", "update", fid, moved["revision"],
                                 status="cancelled"))
    assert cancel["status"] == "applied" and cancel["row"]["status"] == "cancelled"
    [stale] = rep.push(mutation("follow_up", "update", fid, moved["revision"],
                                title="改成别的事"))
    assert stale["status"] == "rejected" and stale["code"] == "follow_up_transition"
    assert "cancelled" in stale["reason"]
    [reopen] = rep.push(mutation("follow_up", "update", fid, cancel["revision"], status="open"))
    assert reopen["code"] == "follow_up_transition"
    rows, _, _, _ = rep.pull_all()
    pulled = rows[("follow_up", fid)]
    assert (pulled["status"], pulled["title"], pulled["due_date"]) == (
        "cancelled", "送会议资料", "2026-03-09")


def test_done_may_be_undone_but_not_turned_into_cancelled(world):
    rep = world.rep_a
    fu = _follow_up(rep, world.customer(rep)["id"])
    fid = fu["row"]["id"]
    [done] = rep.push(mutation("follow_up", "update", fid, fu["revision"], status="done"))
    [undone] = rep.push(mutation("follow_up", "update", fid, done["revision"], status="open"))
    assert (done["status"], undone["status"]) == ("applied", "applied")
    [redone] = rep.push(mutation("follow_up", "update", fid, undone["revision"], status="done"))
    [cancel] = rep.push(mutation("follow_up", "update", fid, redone["revision"],
                                 status="cancelled"))
    assert cancel["status"] == "rejected" and "done" in cancel["reason"]
    [bogus] = rep.push(mutation("follow_up", "update", fid, redone["revision"], status="later"))
    assert bogus["status"] == "rejected"
