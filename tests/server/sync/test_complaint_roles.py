"""Complaint handling on the server (SQLite and PostgreSQL like every server test): what the
handler (qa) and pharmacovigilance (pv) accounts sync, who assigns a complaint (the manager,
or the company's rule), what a handler may answer, and that only pv records receipt and the
report to the authority."""

from __future__ import annotations

import uuid

import pytest

from desktop.models import SCHEMA_VERSION
from server.accounts.users import create_user
from server.core.db import write_session
from server.sync.revisions import lock_revisions
from tests.server.helpers import PASSWORD, a_product, mutation

DAY0 = "2026-03-18T14:30:00+00:00"


@pytest.fixture
def desks(world, api, engine):
    """A handler and a PV user of the world's region, signed in."""
    names = {role: f"{role}-{world.tag}" for role in ("qa", "pv")}
    with write_session(engine) as session:
        lock_revisions(session)
        for role, name in names.items():
            create_user(session, username=name, password=PASSWORD, role=role,
                        region=f"R-{world.tag}")
        session.commit()
    return {role: api.login(name) for role, name in names.items()}


def status(result: dict) -> str:
    return result["status"] if result["status"] == "applied" else result["code"]


def complaint(world, kind="quality", **extra) -> dict:
    customer = world.customer(world.rep_a, territory_id=world.t1)
    values = dict(customer_id=customer["id"], kind=kind, description="药片有裂纹",
                  received_at=DAY0, committed_deadline="2026-03-19T14:30:00+00:00", **extra)
    if kind == "adverse_reaction":
        values.update(day0_at=DAY0, patient_identifier="WXY", patient_age=67,
                      patient_sex="female", reporter_name="张伟",
                      event_description="双下肢水肿", product_id=a_product(world)["id"])
    [row] = world.rep_a.push(mutation("complaint", **values))
    assert row["status"] == "applied", row
    return row


def update(who, row: dict, **changes) -> dict:
    [result] = who.push(mutation("complaint", "update", row["row"]["id"], row["revision"],
                                 **changes))
    if result["status"] == "applied":
        row.update(result)
    return result


def test_desks_sync_complaints_and_customers_only(world, desks):
    case = complaint(world)
    [visit] = world.rep_a.push(mutation("visit", customer_id=case["row"]["customer_id"],
                                        started_at=DAY0, visit_type="face_to_face"))
    assert visit["status"] == "applied"
    for desk in desks.values():
        rows, removals, _, _ = desk.pull_all()
        tables = {table for table, _ in rows}
        assert ("complaint", case["row"]["id"]) in rows
        assert ("customer", case["row"]["customer_id"]) in rows
        assert "team_member" in tables and "visit" not in tables and not removals
        start = desk.get("/api/v1/sync/snapshot/start").json()
        assert "complaint" in start["tables"] and "visit" not in start["tables"]
        refused = desk.get("/api/v1/sync/snapshot/rows", params={"table": "visit"})
        assert refused.status_code == 404
    foreign = world.foreign_rep.pull_all()[0]
    assert ("complaint", case["row"]["id"]) not in foreign


def test_the_manager_assigns_to_a_handler_who_answers(world, desks):
    row = complaint(world)
    qa_id = desks["qa"].user["id"]
    assert status(update(world.rep_a, row, status="assigned",
                         assigned_to_user_id=qa_id)) == "assign_forbidden"
    assert status(update(world.manager, row, status="assigned",
                         assigned_to_user_id=world.rep_b.user["id"])) == "assign_forbidden"
    assert status(update(world.manager, row, status="assigned", assigned_to_user_id=qa_id,
                         assigned_by_user_id=world.manager.user["id"],
                         assigned_at="2026-03-18T15:00:00+00:00")) == "applied"
    rows, _, _, _ = desks["qa"].pull_all()
    assert rows[("complaint", row["row"]["id"])]["assigned_to_user_id"] == qa_id
    assert status(update(desks["qa"], row, description="改写")) == "qa_scope"
    assert status(update(desks["qa"], row, status="in_progress")) == "applied"
    assert status(update(desks["qa"], row, status="resolved", resolution="换货",
                         answered_by_user_id=qa_id,
                         answered_at="2026-03-19T01:00:00+00:00")) == "applied"
    assert status(update(desks["qa"], row, status="reported_to_customer")) == "qa_scope"
    assert status(update(world.rep_a, row, status="reported_to_customer",
                         reported_to_customer_at="2026-03-19T03:00:00+00:00")) == "applied"
    assert status(update(world.rep_a, row, status="satisfaction_recorded",
                         satisfaction=5)) == "applied"
    manager_rows, _, _, _ = world.manager.pull_all()
    final = manager_rows[("complaint", row["row"]["id"])]
    assert (final["status"], final["resolution"], final["satisfaction"]) == (
        "satisfaction_recorded", "换货", 5)


def test_a_handler_of_another_region_cannot_be_assigned(world, desks, engine):
    name = f"qa-rx-{world.tag}"
    with write_session(engine) as session:
        lock_revisions(session)
        elsewhere = create_user(session, username=name, password=PASSWORD, role="qa",
                                region=f"RX-{world.tag}")
        session.commit()
        elsewhere_id = elsewhere.id
    row = complaint(world)
    # the manager cannot even see that region's team: the reference is refused
    result = update(world.manager, row, status="assigned", assigned_to_user_id=elsewhere_id)
    assert status(result) == "bad_reference"
    # a rep applying a rule that names that handler (a rule set for another region) too
    [route] = world.admin.push(mutation("complaint_route", kind="quality",
                                        handler_user_id=elsewhere_id,
                                        region_id=world.region_id))
    assert route["status"] == "applied"
    result = update(world.rep_a, row, status="assigned", assigned_to_user_id=elsewhere_id)
    assert status(result) == "bad_reference"


def test_a_handler_touches_only_their_own_complaints(world, desks, api, engine):
    row = complaint(world)
    assert status(update(desks["qa"], row, status="assigned")) == "qa_scope"
    [created] = desks["qa"].push(mutation("complaint", **{
        k: v for k, v in row["row"].items() if k not in ("id", "revision", "created_at",
                                                         "updated_at", "deleted")}))
    assert created["code"] in ("qa_scope", "forbidden")
    [event] = desks["qa"].push(mutation("complaint_event", complaint_id=row["row"]["id"],
                                        to_status="in_progress", at=DAY0,
                                        actor_user_id=desks["qa"].user["id"]))
    assert event["code"] == "qa_scope"


def test_the_companys_rule_lets_the_rep_assign_at_capture(world, desks):
    qa_id = desks["qa"].user["id"]
    # the region's own rule (it wins over any company-wide one)
    [route] = world.admin.push(mutation("complaint_route", kind="delivery",
                                        handler_user_id=qa_id, region_id=world.region_id))
    assert route["status"] == "applied"
    [by_manager] = world.manager.push(mutation("complaint_route", kind="quality",
                                               handler_user_id=qa_id,
                                               region_id=world.region_id))
    assert by_manager["code"] == "forbidden"
    delivery = complaint(world, kind="delivery")
    assert status(update(world.rep_a, delivery, status="assigned", assigned_to_user_id=qa_id,
                         assigned_by_user_id=world.rep_a.user["id"])) == "applied"
    quality = complaint(world)
    assert status(update(world.rep_a, quality, status="assigned",
                         assigned_to_user_id=qa_id)) == "assign_forbidden"


def test_only_pv_records_receipt_and_the_report(world, desks):
    case = complaint(world, kind="adverse_reaction")
    pv_id = desks["pv"].user["id"]
    for who in (world.rep_a, world.manager, desks["qa"]):
        result = update(who, case, pv_reported_at="2026-03-18T20:00:00+00:00")
        assert status(result) == "pv_only"
        assert "pharmacovigilance" in result["reason"]
    assert status(update(desks["pv"], case, pv_reported_at="2026-03-18T20:00:00+00:00",
                         pv_reported_by_user_id=pv_id, pv_reference="X")) == "pv_scope"
    assert status(update(desks["pv"], case, pv_received_at="2026-03-18T16:00:00+00:00",
                         pv_received_by_user_id=world.rep_a.user["id"])) == "pv_scope"
    assert status(update(desks["pv"], case, pv_received_at="2026-03-18T16:00:00+00:00",
                         pv_received_by_user_id=pv_id)) == "applied"
    assert status(update(desks["pv"], case, severity="low")) == "pv_scope"
    assert status(update(desks["pv"], case, pv_reported_at="2026-03-18T20:00:00+00:00",
                         pv_reported_by_user_id=pv_id,
                         pv_reference="CN-ADR-2026-0042")) == "applied"
    for who in (world.rep_a, world.manager):
        rows, _, _, _ = who.pull_all()
        seen = rows[("complaint", case["row"]["id"])]
        assert (seen["pv_reference"], seen["pv_reported_by_user_id"]) == (
            "CN-ADR-2026-0042", pv_id)
    quality = complaint(world)
    assert status(update(desks["pv"], quality,
                         pv_received_at="2026-03-18T16:00:00+00:00",
                         pv_received_by_user_id=pv_id)) == "pv_scope"


def test_user_add_accepts_the_desk_roles(world, engine):
    name = f"pv2-{uuid.uuid4().hex[:6]}"
    with write_session(engine) as session:
        lock_revisions(session)
        user = create_user(session, username=name, password=PASSWORD, role="pv")
        session.commit()
        assert user.role == "pv" and user.region_id is None


def test_a_client_of_schema_4_still_syncs_but_cannot_mark_a_case_reported(world):
    assert SCHEMA_VERSION >= 5
    case = complaint(world, kind="adverse_reaction")
    old_client = {**world.rep_a.headers, "X-Rounds-Schema-Version": "4"}

    def push(*mutations):
        r = world.rep_a.api.client.post("/api/v1/sync/push", headers=old_client, json={
            "device_id": world.rep_a.device_id, "schema_version": 4,
            "mutations": list(mutations)})
        assert r.status_code == 200, r.text
        return r.json()["results"]

    [refused] = push(mutation("complaint", "update", case["row"]["id"], case["revision"],
                              pv_reported_at="2026-03-18T20:00:00+00:00"))
    assert refused["code"] == "pv_only"
    [step] = push(mutation("complaint", "update", case["row"]["id"], case["revision"],
                           status="assigned"))
    assert step["status"] == "applied"
    r = world.rep_a.api.client.get("/api/v1/sync/pull", headers=old_client,
                                   params={"cursor": 0, "limit": 10})
    assert r.status_code == 200
