"""Every reference in a pushed row names a row the pusher may see, and a row's territory
follows from what it references, not from what the client says."""

from __future__ import annotations

import uuid

from desktop.models import SYNCED_MODELS
from server.core.db import write_session
from tests.server.helpers import PASSWORD, a_product, mutation


def a_visit(rep, customer, **values) -> dict:
    [visit] = rep.push(mutation("visit", customer_id=customer["id"],
                                started_at="2026-03-01T09:30:00+00:00", **values))
    assert visit["status"] == "applied", visit
    return visit["row"]


def a_submitted_plan(rep) -> dict:
    [plan] = rep.push(mutation("call_plan", rep_user_id=rep.user["id"],
                               week_start="2026-03-02"))
    [submitted] = rep.push(mutation("call_plan", "update", plan["row"]["id"], plan["revision"],
                                    status="submitted"))
    assert submitted["status"] == "applied", submitted
    return submitted["row"]


def refused(result: dict) -> bool:
    return result["status"] == "rejected" and result["code"] == "bad_reference"


def test_a_visit_for_another_reps_customer_is_refused(world):
    theirs = world.customer(world.rep_b)
    [visit] = world.rep_a.push(mutation("visit", customer_id=theirs["id"],
                                        territory_id=world.t1,
                                        started_at="2026-03-01T09:30:00+00:00"))
    assert refused(visit), visit
    assert "customer_id" in visit["reason"]
    rows, _, _, _ = world.manager.pull_all()
    assert not [k for k in rows if k[0] == "visit"]


def test_a_product_line_under_another_reps_draft_visit_is_refused(world):
    product = a_product(world)
    draft = a_visit(world.rep_b, world.customer(world.rep_b))
    [line] = world.rep_a.push(mutation("visit_product", visit_id=draft["id"],
                                       product_id=product["id"], territory_id=world.t1))
    assert refused(line), line
    rows, _, _, _ = world.rep_b.pull_all()
    assert not [k for k in rows if k[0] == "visit_product"]


def test_a_manager_of_another_region_cannot_decide_on_a_plan(world, api, engine):
    from server.accounts.users import create_user

    with write_session(engine) as session:
        from server.sync.revisions import lock_revisions

        lock_revisions(session)
        create_user(session, username=f"xm-{world.tag}", password=PASSWORD, role="manager",
                    region=f"RX-{world.tag}")
        session.commit()
    foreign_manager = api.login(f"xm-{world.tag}")
    plan = a_submitted_plan(world.rep_a)
    [decision] = foreign_manager.push(mutation(
        "plan_decision", plan_id=plan["id"], action="approve", territory_id=world.foreign_territory,
        actor_user_id=foreign_manager.user["id"], at="2026-03-02T08:00:00+00:00"))
    assert refused(decision), decision
    rows, _, _, _ = world.rep_a.pull_all()
    assert not [k for k in rows if k[0] == "plan_decision"]
    # the region's own manager decides as before
    [ok] = world.manager.push(mutation(
        "plan_decision", plan_id=plan["id"], action="approve",
        actor_user_id=world.manager.user["id"], at="2026-03-02T08:00:00+00:00"))
    assert ok["status"] == "applied" and ok["row"]["territory_id"] == world.t1, ok


def test_a_visit_or_plan_item_naming_a_missing_customer_or_plan_is_refused(world):
    rep = world.rep_a
    customer = world.customer(rep)
    [plan] = rep.push(mutation("call_plan", rep_user_id=rep.user["id"], week_start="2026-03-09"))
    nowhere = str(uuid.uuid4())
    results = rep.push(
        mutation("visit", customer_id=nowhere, territory_id=world.t1,
                 started_at="2026-03-01T09:30:00+00:00"),
        mutation("plan_item", plan_id=nowhere, customer_id=customer["id"], day="2026-03-10",
                 territory_id=world.t1),
        mutation("plan_item", plan_id=plan["row"]["id"], customer_id=nowhere,
                 day="2026-03-10"),
        mutation("plan_item", plan_id=plan["row"]["id"], customer_id=customer["id"],
                 day="2026-03-10", product_ids=[nowhere]),
    )
    assert all(refused(r) for r in results), results
    # the same rows naming what exists are taken
    [item] = rep.push(mutation("plan_item", plan_id=plan["row"]["id"],
                               customer_id=customer["id"], day="2026-03-10",
                               product_ids=[a_product(world)["id"]]))
    assert item["status"] == "applied", item


def test_a_refusal_does_not_reveal_a_visit_in_another_territory(world):
    theirs = a_visit(world.rep_b, world.customer(world.rep_b))
    [submit] = world.rep_b.push(mutation("visit", "update", theirs["id"], theirs["revision"],
                                         status="submitted"))
    assert submit["status"] == "applied"
    product = a_product(world)
    answers = world.rep_a.push(
        mutation("visit_product", visit_id=theirs["id"], product_id=product["id"],
                 territory_id=world.t1),
        mutation("visit_product", visit_id=str(uuid.uuid4()), product_id=product["id"],
                 territory_id=world.t1))
    assert [(a["code"], a["reason"], a["row"]) for a in answers] == [
        ("bad_reference", answers[1]["reason"], None)] * 2
    assert "submitted" not in answers[0]["reason"]


def test_a_rows_territory_follows_what_it_references(world):
    r = world.admin.post(f"/api/v1/admin/territories/{world.t2}/reassign",
                         json={"to_username": world.names["rep_a"]})
    assert r.status_code == 200, r.text
    rep = world.rep_a
    customer = world.customer(rep, territory_id=world.t1)
    visit = a_visit(rep, customer, territory_id=world.t2)
    assert visit["territory_id"] == world.t1
    [line] = rep.push(mutation("visit_product", visit_id=visit["id"],
                               product_id=a_product(world)["id"], territory_id=world.t2))
    assert line["status"] == "applied" and line["row"]["territory_id"] == world.t1
    # moving a visit is moving it to another customer, not relabelling it
    [moved] = rep.push(mutation("visit", "update", visit["id"], visit["revision"],
                                territory_id=world.t2))
    assert moved["row"]["territory_id"] == world.t1
    other = world.customer(rep, territory_id=world.t2)
    [moved] = rep.push(mutation("visit", "update", visit["id"], visit["revision"],
                                customer_id=other["id"]))
    assert moved["status"] == "applied" and moved["row"]["territory_id"] == world.t2


def test_normal_work_names_what_the_rep_may_see(world):
    """A rep's own customers, visits, plans, team and the company's products."""
    rep = world.rep_a
    hospital = world.customer(rep)
    [doctor] = rep.push(mutation("customer", kind="doctor", name="王医生",
                                 organisation_id=hospital["id"]))
    assert doctor["status"] == "applied", doctor
    visit = a_visit(rep, doctor["row"], rep_user_id=rep.user["id"])
    product = a_product(world)
    results = rep.push(
        mutation("visit_product", visit_id=visit["id"], product_id=product["id"]),
        mutation("visit_attendee", visit_id=visit["id"], customer_id=hospital["id"]),
        mutation("follow_up", customer_id=doctor["row"]["id"], visit_id=visit["id"],
                 title="回访", due_date="2026-03-10", assigned_user_id=rep.user["id"]),
        mutation("visit", customer_id=hospital["id"], corrects_visit_id=visit["id"],
                 started_at="2026-03-01T10:30:00+00:00"),
    )
    assert [r["status"] for r in results] == ["applied"] * 4, results
    # a colleague of the region may be named (the manager); a user elsewhere may not
    [assigned] = rep.push(mutation("follow_up", customer_id=hospital["id"], title="请经理",
                                   due_date="2026-03-11",
                                   assigned_user_id=world.manager.user["id"]))
    assert assigned["status"] == "applied", assigned
    [foreign] = rep.push(mutation("follow_up", customer_id=hospital["id"], title="x",
                                  due_date="2026-03-11",
                                  assigned_user_id=world.foreign_rep.user["id"]))
    assert refused(foreign), foreign


def test_every_reference_column_of_the_synced_tables_is_known():
    """A new `..._id` column must say what it points at (server/sync/references.py)."""
    from server.sync.references import REFERENCES, list_target, target_table

    for table, model in SYNCED_MODELS.items():
        for column in model.__table__.columns:
            if column.name == "id":
                continue
            if column.name.endswith("_id"):
                assert target_table(column.name) in SYNCED_MODELS, (table, column.name)
                assert column.name in REFERENCES[table]
            if column.name.endswith("_ids"):
                assert list_target(table, column.name) in SYNCED_MODELS, (table, column.name)
    assert REFERENCES["visit"]["customer_id"] == "customer"
    assert REFERENCES["plan_item"]["plan_id"] == "call_plan"
    assert REFERENCES["call_plan"]["decided_by_user_id"] == "team_member"
