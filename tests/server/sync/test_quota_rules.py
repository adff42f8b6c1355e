"""Quotas and at-risk settings on push: an admin writes a region's own quota, the region's
manager writes its rep and hospital quotas and its at-risk rules, reps only read them
(run on SQLite and PostgreSQL like every server test); and `rounds-server quota set`."""

from __future__ import annotations

from sqlmodel import select

from desktop.models import Quota
from server.cli import main
from server.core.db import read_session
from tests.server.helpers import a_product, mutation


def quota(world, product, level, **values) -> dict:
    row = {"year": 2026, "month": 1, "product_id": product["id"], "level": level,
           "region_id": world.region_id, "amount": 10_000.0, **values}
    return mutation("quota", **row)


def status(result: dict) -> str:
    return result["status"] if result["status"] == "applied" else result.get("code")


def test_admin_sets_region_quota_manager_allocates_rep_reads(world):
    product = a_product(world)
    hospital = world.customer(world.rep_a, territory_id=world.t1)
    [region] = world.admin.push(quota(world, product, "region"))
    [to_rep] = world.manager.push(quota(world, product, "rep", rep_user_id=world.rep_a.user["id"]))
    [to_hospital] = world.manager.push(quota(world, product, "hospital",
                                             customer_id=hospital["id"]))
    assert [status(r) for r in (region, to_rep, to_hospital)] == ["applied"] * 3
    rows, _, _, _ = world.rep_a.pull_all()
    assert len([k for k in rows if k[0] == "quota"]) == 3
    foreign_rows, _, _, _ = world.foreign_rep.pull_all()
    assert not [k for k in foreign_rows if k[0] == "quota"]


def test_refusals_of_quota_writes(world):
    product = a_product(world)
    theirs = world.customer(world.foreign_rep)
    [own_region] = world.manager.push(quota(world, product, "region"))
    assert status(own_region) == "forbidden"
    assert "administrator" in own_region["reason"]
    [rep_write] = world.rep_a.push(quota(world, product, "rep",
                                         rep_user_id=world.rep_a.user["id"]))
    assert status(rep_write) == "forbidden"
    [elsewhere] = world.manager.push(quota(world, product, "rep", region_id="another-region",
                                           rep_user_id=world.rep_a.user["id"]))
    assert status(elsewhere) == "forbidden"
    [foreign_hospital] = world.manager.push(quota(world, product, "hospital",
                                                  customer_id=theirs["id"]))
    assert foreign_hospital["status"] == "rejected"


def test_at_risk_rules_are_the_regions_managers(world):
    rule = {"region_id": world.region_id, "code": "not_called", "enabled": True, "threshold": 3}
    [by_rep] = world.rep_a.push(mutation("at_risk_rule", **rule))
    [by_manager] = world.manager.push(mutation("at_risk_rule", **rule))
    [other_region] = world.manager.push(mutation("at_risk_rule", **{**rule, "region_id": "x"}))
    assert [status(r) for r in (by_rep, by_manager, other_region)] == [
        "forbidden", "applied", "forbidden"]


def test_quota_set_splits_the_year_by_month(world, engine, capsys):
    product = a_product(world)
    url = engine.url.render_as_string(hide_password=False)
    assert main(["quota", "set", "--db", url, "--year", "2027", "--product", product["name"],
                 "--region", world.region_id, "--amount", "1200000"]) == 0
    assert "01=100000.00" in capsys.readouterr().out
    with read_session(engine) as session:
        rows = session.exec(select(Quota).where(Quota.product_id == product["id"])).all()
    assert sorted((q.month, q.amount, q.level) for q in rows) == [
        (m, 100_000, "region") for m in range(1, 13)]
    assert main(["quota", "set", "--db", url, "--year", "2027", "--product", "no such drug",
                 "--region", world.region_id, "--amount", "1"]) != 0


def test_where_the_company_approves_quotas_a_manager_saves_drafts(world, server_settings):
    product = a_product(world)
    rep_id = world.rep_a.user["id"]
    server_settings.quotas_need_approval = True
    try:
        [approved] = world.manager.push(quota(world, product, "rep", rep_user_id=rep_id))
        [draft] = world.manager.push(quota(world, product, "rep", rep_user_id=rep_id,
                                           status="draft"))
        [approval] = world.admin.push(mutation("quota", "update", draft["row"]["id"],
                                               draft["revision"], status="approved"))
    finally:
        server_settings.quotas_need_approval = False
    assert status(approved) == "quota_approval"
    assert "approved by an administrator" in approved["reason"]
    assert [status(draft), status(approval)] == ["applied", "applied"]
    assert approval["row"]["status"] == "approved"


def test_quota_approve_approves_the_regions_drafts(world, engine, capsys):
    product = a_product(world)
    [draft] = world.manager.push(quota(world, product, "rep", rep_user_id=world.rep_a.user["id"],
                                       status="draft", year=2029))
    url = engine.url.render_as_string(hide_password=False)
    assert main(["quota", "approve", "--db", url, "--year", "2029",
                 "--region", world.region_id]) == 0
    assert "1 quota rows approved" in capsys.readouterr().out
    with read_session(engine) as session:
        assert session.get(Quota, draft["row"]["id"]).status == "approved"
