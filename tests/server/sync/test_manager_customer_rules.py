"""What a region's manager may do to the team's customers on push: add one (a walk-in at
their own activity) and mark one lost with its reason; nothing else, and nothing outside the
region. The rep's laptop gets both."""

from __future__ import annotations

from tests.server.helpers import mutation


def _ok(result: dict) -> dict:
    assert result["status"] == "applied", result
    return result["row"]


def _refused(result: dict, code: str, words: str) -> None:
    assert result["status"] == "rejected", result
    assert result["code"] == code and words in result["reason"], result

def test_a_manager_adds_a_walk_in_but_changes_no_customer(world):
    """Someone comes uninvited to the manager's own activity: the manager's laptop adds the
    customer to the activity's territory (the rep gets it); a manager still changes none of
    the team's customers and adds none outside the region."""
    manager = world.manager
    hospital = world.customer(world.rep_a)["id"]
    walk_in = _ok(manager.push(mutation("customer", kind="doctor", name="王芳（进修医生）",
                                        organisation_id=hospital, territory_id=world.t1))[0])
    assert ("customer", walk_in["id"]) in world.rep_a.pull_all()[0]  # the rep gets it
    _refused(manager.push(mutation("customer", "update", walk_in["id"], walk_in["revision"],
                                   notes="改"))[0], "forbidden", "does not change the team's customers")
    _refused(manager.push(mutation("customer", kind="hospital", name="外区医院",
                                   territory_id=world.foreign_territory))[0], "forbidden",
             "territory outside yours")


def test_a_manager_marks_a_customer_lost_with_its_reason(world):
    manager, rep = world.manager, world.rep_a
    hospital = world.customer(rep, name="武汉市第五医院（汉阳院区）", territory_id=world.t1)
    _refused(manager.push(mutation("customer", "update", hospital["id"], hospital["revision"],
                                   lifecycle_stage="lost"))[0], "forbidden", "marks customers lost")
    lost = _ok(manager.push(mutation(
        "customer", "update", hospital["id"], hospital["revision"], lifecycle_stage="lost",
        lost_reason="competitor", lost_at="2026-11-30T10:00:00+08:00",
        notes="[2026-11-30 lost competitor] 改用竞品"))[0])
    _refused(manager.push(mutation("customer", "update", hospital["id"], lost["revision"],
                                   lifecycle_stage="lost", lost_reason="price",
                                   tier="C"))[0], "forbidden", "marks customers lost")
    row = rep.pull_all()[0][("customer", hospital["id"])]
    assert (row["lifecycle_stage"], row["lost_reason"]) == ("lost", "competitor")
