"""Push: idempotent replay, per-field merge with conflicts, server rules, audit trail."""

import uuid

from sqlmodel import select

from server.core.db import read_session
from server.models import AuditEntry, Conflict, MutationLog
from tests.server.helpers import mutation


def test_create_is_applied_with_a_revision_and_full_row(world):
    [result] = world.rep_a.push(mutation("customer", kind="hospital", name="协和医院",
                                         territory_id=world.t1, grade="3A"))
    assert result["status"] == "applied" and result["revision"] > 0
    row = result["row"]
    assert row["name"] == "协和医院" and row["revision"] == result["revision"]
    assert row["lifecycle_stage"] == "active" and row["deleted"] is False


def test_territory_defaults_to_the_reps_only_territory(world):
    row = world.customer(world.rep_a)
    assert row["territory_id"] == world.t1
    [visit] = world.rep_a.push(mutation("visit", customer_id=row["id"],
                                        started_at="2026-03-01T09:30:00+00:00"))
    assert visit["row"]["territory_id"] == world.t1


def test_replayed_batch_changes_nothing_and_answers_the_same(world, engine):
    rep = world.rep_a
    customer = world.customer(rep)
    batch = [mutation("customer", "update", customer["id"], customer["revision"], tier="A"),
             mutation("customer", kind="pharmacy", name="大药房"),
             mutation("customer", "update", customer["id"], customer["revision"], tier="Q")]
    first = rep.push(*batch)
    assert [r["status"] for r in first] == ["applied", "applied", "rejected"]
    _, _, _, cursor = rep.pull_all()
    second = rep.push(*batch)
    assert second == first
    _, _, _, cursor_after = rep.pull_all(cursor)
    assert cursor_after == cursor  # no new revision
    with read_session(engine) as s:
        stored = s.exec(select(MutationLog).where(MutationLog.device_id == rep.device_id)).all()
    assert {m.seq for m in stored} >= {m["seq"] for m in batch}


def test_same_field_changed_on_two_devices_keeps_the_loser_as_a_conflict(world, engine, api):
    laptop = world.rep_a
    tablet = api.login(world.names["rep_a"])
    customer = world.customer(laptop, tier="C", phone="010-69156114")
    base = customer["revision"]
    [first] = laptop.push(mutation("customer", "update", customer["id"], base, tier="A"))
    assert first["status"] == "applied"
    [second] = tablet.push(mutation("customer", "update", customer["id"], base, tier="B",
                                    city="北京"))
    assert second["status"] == "merged"
    assert second["row"]["tier"] == "A" and second["row"]["city"] == "北京"
    [conflict] = second["conflicts"]
    assert conflict["field"] == "tier" and conflict["winner"] == "server"
    assert conflict["your_value"] == "B" and conflict["server_value"] == "A"
    listed = tablet.get("/api/v1/sync/conflicts").json()["conflicts"]
    assert [c["id"] for c in listed] == [conflict["id"]]
    # the same device editing again on an old base is not in conflict with itself
    [third] = laptop.push(mutation("customer", "update", customer["id"], base, tier="D"))
    assert third["status"] == "applied" and third["row"]["tier"] == "D"
    # restoring is an ordinary update on the new base; resolving clears the record
    r = tablet.post(f"/api/v1/sync/conflicts/{conflict['id']}/resolve")
    assert r.status_code == 200 and r.json()["resolved_at"]
    assert tablet.get("/api/v1/sync/conflicts").json()["conflicts"] == []
    with read_session(engine) as s:
        stored = s.get(Conflict, conflict["id"])
        assert stored.user_id == world.rep_a.user["id"] and stored.device_id == tablet.device_id


def test_a_lost_field_beside_a_change_keeps_the_rows_revision_and_replays_the_same(world,
                                                                                 api):
    """A push that changes one row and only loses a field on another (nothing of it
    taken): the loser's conflict names the other row's revision as it stands, the change
    gets the next one, and a replay answers the same."""
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    contested = world.customer(laptop, tier="C")
    other = world.customer(laptop, tier="C")
    base = contested["revision"]
    [won] = laptop.push(mutation("customer", "update", contested["id"], base, tier="A"))
    batch = [mutation("customer", "update", other["id"], other["revision"], city="北京"),
             mutation("customer", "update", contested["id"], base, tier="B")]
    changed, lost = tablet.push(*batch)
    assert changed["status"] == "applied" and changed["row"]["city"] == "北京"
    assert changed["revision"] == changed["row"]["revision"] > won["revision"]
    assert lost["status"] == "merged" and lost["row"]["tier"] == "A"
    assert lost["row"]["revision"] == won["revision"]
    [conflict] = lost["conflicts"]
    assert (conflict["your_value"], conflict["server_value"]) == ("B", "A")
    listed = tablet.get("/api/v1/sync/conflicts").json()["conflicts"]
    assert [(c["id"], c["revision"]) for c in listed] == [(conflict["id"], won["revision"])]
    assert tablet.push(*batch) == [changed, lost]


def test_a_field_base_older_than_the_rows_is_judged_on_its_own(world, api):
    """A client's edit of a field it last saw at an older revision than the row's (its own
    pending value covered what it pulled since) loses to the change it never saw; a field
    of the same edit on the row's base is taken, and a field base never claims more than
    base_revision."""
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    customer = world.customer(laptop, tier="C")
    seen = customer["revision"]
    [other] = tablet.push(mutation("customer", "update", customer["id"], seen, tier="B",
                                   city="北京"))
    now = other["revision"]
    edit = mutation("customer", "update", customer["id"], now, tier="A", city="上海")
    [result] = laptop.push({**edit, "field_bases": {"tier": seen}})
    assert result["status"] == "merged"
    assert (result["row"]["tier"], result["row"]["city"]) == ("B", "上海")
    [conflict] = result["conflicts"]
    assert (conflict["field"], conflict["your_value"], conflict["server_value"]) == (
        "tier", "A", "B")
    # the same body without field_bases (an older client) takes both, as before
    [old_client] = laptop.push(mutation("customer", "update", customer["id"], now, tier="A"))
    assert old_client["status"] == "applied" and old_client["row"]["tier"] == "A"
    [newer] = tablet.push(mutation("customer", "update", customer["id"],
                                   old_client["revision"], tier="D"))
    late = mutation("customer", "update", customer["id"], old_client["revision"], tier="E")
    [capped] = laptop.push({**late, "field_bases": {"tier": newer["revision"]}})
    assert capped["status"] == "merged" and capped["row"]["tier"] == "D"


def test_unchanged_field_on_an_old_base_is_taken(world, api):
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    customer = world.customer(laptop)
    laptop.push(mutation("customer", "update", customer["id"], customer["revision"], tier="A"))
    [result] = tablet.push(mutation("customer", "update", customer["id"],
                                    customer["revision"], city="上海"))
    assert result["status"] == "applied" and result["row"]["tier"] == "A"


def test_rep_cannot_approve_a_plan(world):
    rep, manager = world.rep_a, world.manager
    [plan] = rep.push(mutation("call_plan", rep_user_id=rep.user["id"], week_start="2026-03-02"))
    assert plan["status"] == "applied"
    plan_id, rev = plan["row"]["id"], plan["revision"]
    [bad] = rep.push(mutation("call_plan", "update", plan_id, rev, status="approved"))
    assert bad["status"] == "rejected" and bad["code"] == "plan_transition"
    assert "cannot move a plan" in bad["reason"] and bad["row"]["status"] == "draft"
    [submitted] = rep.push(mutation("call_plan", "update", plan_id, rev, status="submitted"))
    assert submitted["status"] == "applied"
    [item] = rep.push(mutation("plan_item", plan_id=plan_id,
                               customer_id=world.customer(rep)["id"], day="2026-03-03"))
    assert item["code"] == "plan_locked"
    [ret] = manager.push(mutation("call_plan", "update", plan_id, submitted["revision"],
                                  status="returned"))
    assert ret["code"] == "plan_transition" and "comment" in ret["reason"]
    [ok] = manager.push(mutation("call_plan", "update", plan_id, submitted["revision"],
                                 status="approved", manager_comment="好",
                                 decided_by_user_id=manager.user["id"]))
    assert ok["status"] == "applied" and ok["row"]["status"] == "approved"
    [decision] = rep.push(mutation("plan_decision", plan_id=plan_id, action="approve",
                                   at="2026-03-02T08:00:00+00:00"))
    assert decision["code"] == "forbidden"


def test_a_submitted_plan_is_not_submitted_again(world):
    """A second submit would move the plan to the back of the manager's oldest-first queue."""
    rep = world.rep_a
    [plan] = rep.push(mutation("call_plan", rep_user_id=rep.user["id"], week_start="2026-03-09"))
    [submitted] = rep.push(mutation("call_plan", "update", plan["row"]["id"], plan["revision"],
                                    status="submitted", submitted_at="2026-03-06T01:00:00+00:00"))
    assert submitted["status"] == "applied"
    [again] = rep.push(mutation("call_plan", "update", plan["row"]["id"], submitted["revision"],
                                status="submitted", submitted_at="2026-03-06T09:00:00+00:00"))
    assert again["status"] == "rejected" and again["code"] == "plan_transition"
    assert "already" in again["reason"]
    assert again["row"]["submitted_at"].startswith("2026-03-06T01:00:00")
    # the same moment written again (another representation) is no change
    [same] = rep.push(mutation("call_plan", "update", plan["row"]["id"], submitted["revision"],
                               submitted_at="2026-03-06T09:00:00+08:00"))
    assert same["status"] == "applied"


def test_submitted_call_report_and_its_children_are_locked(world):
    rep = world.rep_a
    customer = world.customer(rep)
    [visit] = rep.push(mutation("visit", customer_id=customer["id"],
                                started_at="2026-03-01T09:30:00+00:00"))
    vid = visit["row"]["id"]
    [product] = world.admin.push(mutation("product", name="阿托伐他汀", drug_class="他汀"))
    child = mutation("visit_product", visit_id=vid, product_id=product["row"]["id"])
    submit = mutation("visit", "update", vid, visit["revision"], status="submitted")
    assert [r["status"] for r in rep.push(child, submit)] == ["applied", "applied"]
    [edit] = rep.push(mutation("visit", "update", vid, 0, feedback="later"))
    assert edit["code"] == "visit_submitted" and "correction" in edit["reason"]
    [late_child] = rep.push(mutation("visit_sample", visit_id=vid, material="单页"))
    assert late_child["code"] == "visit_submitted"
    [delete] = rep.push(mutation("visit", "delete", vid, 0, deleted=True))
    assert delete["code"] == "visit_submitted"


def test_complaint_moves_one_step_at_a_time(world):
    rep = world.rep_a
    customer = world.customer(rep)
    [c] = rep.push(mutation("complaint", customer_id=customer["id"], kind="delivery",
                            description="晚到", received_at="2026-03-01T09:00:00+00:00",
                            committed_deadline="2026-03-03T09:00:00+00:00"))
    assert c["status"] == "applied"
    [skip] = rep.push(mutation("complaint", "update", c["row"]["id"], c["revision"],
                               status="resolved"))
    assert skip["code"] == "complaint_transition" and "assigned" in skip["reason"]
    [step] = rep.push(mutation("complaint", "update", c["row"]["id"], c["revision"],
                               status="assigned"))
    assert step["status"] == "applied"


def test_validation_unknown_table_field_and_bad_values_are_rejected(world):
    rep = world.rep_a
    results = rep.push(
        mutation("customer", kind="hospital", name="X", postal_code="12"),
        mutation("gadget", name="x"),
        mutation("customer", kind="hospital", name="X", colour="red"),
        mutation("customer", kind="hospital", name="X", bed_count="many"),
        mutation("customer", "update", str(uuid.uuid4()), 0, tier="A"),
    )
    assert [r["code"] for r in results] == ["validation", "unknown_table", "unknown_field",
                                            "bad_value", "not_found"]
    assert "postal_code" in results[0]["reason"] and results[0]["row"] is None


def test_delete_is_a_tombstone_and_later_updates_are_rejected(world):
    rep = world.rep_a
    customer = world.customer(rep)
    [gone] = rep.push(mutation("customer", "delete", customer["id"], customer["revision"],
                               deleted=True))
    assert gone["status"] == "applied" and gone["row"]["deleted"] is True
    [late] = rep.push(mutation("customer", "update", customer["id"], customer["revision"],
                               tier="A"))
    assert late["code"] == "deleted"
    rows, _, _, _ = rep.pull_all()
    assert rows[("customer", customer["id"])]["deleted"] is True


def test_every_change_is_audited_with_who_device_and_old_new(world, engine):
    rep = world.rep_a
    customer = world.customer(rep, tier="C")
    rep.push(mutation("customer", "update", customer["id"], customer["revision"], tier="A"))
    with read_session(engine) as s:
        entries = s.exec(select(AuditEntry).where(AuditEntry.row_id == customer["id"])
                         .order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["create", "update"]
    assert entries[1].field == "tier" and (entries[1].old_value, entries[1].new_value) == ("C", "A")
    assert entries[1].user_id == rep.user["id"] and entries[1].device_id == rep.device_id
    audit = world.admin.get("/api/v1/admin/audit", params={"row_id": customer["id"]}).json()
    assert len(audit["entries"]) == 2


def test_a_row_created_and_changed_twice_in_one_push(world, api):
    rep = world.rep_a
    row_id = str(uuid.uuid4())
    results = rep.push(
        mutation("customer", "create", row_id, kind="hospital", name="新建医院", tier="C"),
        mutation("customer", "update", row_id, 0, tier="B"),
        mutation("customer", "update", row_id, 0, tier="A", city="天津"),
        mutation("customer", "update", row_id, 0, tier="Z"),
    )
    assert [r["status"] for r in results] == ["applied", "applied", "applied", "rejected"]
    revisions = [r["revision"] for r in results[:3]]
    assert revisions == sorted(revisions) and len(set(revisions)) == 3
    assert [r["row"]["tier"] for r in results[:3]] == ["C", "B", "A"]
    assert all(r["row"]["revision"] == r["revision"] for r in results[:3])
    assert results[3]["row"]["tier"] == "A" and results[3]["row"]["revision"] == revisions[2]
    # another device on the old base loses against fields this push changed
    [other] = api.login(world.names["rep_a"]).push(
        mutation("customer", "update", row_id, revisions[0], tier="D"))
    assert other["status"] == "merged" and other["conflicts"][0]["server_value"] == "A"
    rows, _, _, _ = rep.pull_all()
    assert rows[("customer", row_id)]["revision"] == revisions[2]


def test_a_merge_that_also_changes_the_row_records_its_conflict_at_that_revision(
        world, engine, api):
    laptop, tablet = world.rep_a, api.login(world.names["rep_a"])
    customer = world.customer(laptop, tier="C")
    base = customer["revision"]
    laptop.push(mutation("customer", "update", customer["id"], base, tier="A"))
    edit = mutation("customer", "update", customer["id"], base, tier="B", city="北京")
    [merged] = tablet.push(edit)
    assert set(merged) == {"seq", "status", "revision", "row", "conflicts"}
    assert merged["status"] == "merged" and merged["row"]["revision"] == merged["revision"]
    with read_session(engine) as s:
        assert s.get(Conflict, merged["conflicts"][0]["id"]).revision == merged["revision"]
    assert tablet.push(edit) == [merged]  # a replay answers the same
    [refused] = tablet.push(mutation("customer", "update", customer["id"],
                                     merged["revision"], tier="Q"))
    assert set(refused) == {"seq", "status", "code", "reason", "row"}
    assert refused["row"]["revision"] == merged["revision"]
