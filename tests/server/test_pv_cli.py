"""`rounds-server user add --role qa|pv`, `complaint route` and `pv cases [--open]`: the
desk accounts made from the command line sign in, the rule is set, and a PV team outside
the app sees each case with its clock (SQLite and PostgreSQL)."""

from __future__ import annotations

import io
import uuid

from server.cli import main
from tests.server.helpers import PASSWORD, a_product, mutation


def add_user(url, monkeypatch, capsys, name, role, *region) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert main(["user", "add", "--username", name, "--role", role, *region,
                 "--password-stdin", "--db", url]) == 0
    assert f"user {name} ({role}) created" in capsys.readouterr().out


def cases(url, capsys, *options) -> list[dict]:
    assert main(["pv", "cases", *options, "--db", url]) == 0
    header, *lines = capsys.readouterr().out.splitlines()
    columns = header.split("\t")
    return [dict(zip(columns, line.split("\t"), strict=True)) for line in lines]


def test_desk_accounts_routes_and_the_pv_case_list(world, api, server_settings, monkeypatch,
                                                   capsys):
    url = server_settings.db_url
    qa, pv = f"qa-{uuid.uuid4().hex[:6]}", f"pv-{uuid.uuid4().hex[:6]}"
    add_user(url, monkeypatch, capsys, qa, "qa", "--region", f"R-{world.tag}")
    add_user(url, monkeypatch, capsys, pv, "pv")
    desk = api.login(pv)
    assert desk.user["role"] == "pv"

    region = f"R-{world.tag}"  # (a company-wide rule would outlive this test's world)
    assert main(["complaint", "route", "--kind", "delivery", "--handler", qa, "--region",
                 region, "--db", url]) == 0
    assert f"go to {qa} (region {region})" in capsys.readouterr().out
    assert main(["complaint", "route", "--kind", "delivery", "--handler", pv,
                 "--db", url]) == 1
    assert "not an active complaint handler" in capsys.readouterr().err
    assert main(["complaint", "route", "--kind", "gossip", "--handler", qa, "--db", url]) == 1
    assert "Unknown complaint kind" in capsys.readouterr().err
    rows, _, _, _ = world.rep_a.pull_all()
    routes = [r for (table, _), r in rows.items() if table == "complaint_route"]
    assert any(r["kind"] == "delivery" and r["region_id"] == world.region_id for r in routes)
    foreign = world.foreign_rep.pull_all()[0]  # another region does not get this rule
    assert not [r for (table, _), r in foreign.items()
                if table == "complaint_route" and r["region_id"] == world.region_id]

    customer = world.customer(world.rep_a, territory_id=world.t1, name=f"张伟 {world.tag}")
    [case] = world.rep_a.push(mutation(
        "complaint", customer_id=customer["id"], kind="adverse_reaction",
        description="双下肢水肿", received_at="2026-03-18T14:30:00+00:00",
        committed_deadline="2026-03-19T14:30:00+00:00", day0_at="2026-03-18T14:30:00+00:00",
        patient_identifier="WXY", reporter_name="张伟", event_description="双下肢水肿",
        product_id=a_product(world)["id"], lot="B20260301"))
    assert case["status"] == "applied"
    listed = {c["case"]: c for c in cases(url, capsys, "--open")}
    mine = listed[case["row"]["id"]]
    assert (mine["stage"], mine["receipt"], mine["lot"]) == ("awaiting_receipt", "late",
                                                              "B20260301")
    assert mine["day0"] == "2026-03-18T22:30+08:00"  # shown in Beijing time by default
    assert mine["customer"] == f"张伟 {world.tag}"

    pv_id = desk.user["id"]
    [received] = desk.push(mutation("complaint", "update", case["row"]["id"], case["revision"],
                                    pv_received_at="2026-03-18T20:30:00+00:00",
                                    pv_received_by_user_id=pv_id))
    [reported] = desk.push(mutation("complaint", "update", case["row"]["id"],
                                    received["revision"],
                                    pv_reported_at="2026-03-19T02:00:00+00:00",
                                    pv_reported_by_user_id=pv_id,
                                    pv_reference="CN-ADR-2026-0042"))
    assert reported["status"] == "applied", reported
    assert case["row"]["id"] not in {c["case"] for c in cases(url, capsys, "--open")}
    everything = {c["case"]: c for c in cases(url, capsys, "--tz", "UTC")}
    done = everything[case["row"]["id"]]
    assert (done["stage"], done["receipt"], done["elapsed"], done["reference"],
            done["received_by"], done["reported_at"]) == (
        "reported", "on time", "6h00", "CN-ADR-2026-0042", pv, "2026-03-19T02:00+00:00")
    assert main(["pv", "cases", "--tz", "Mars/Olympus", "--db", url]) == 2
    assert "unknown time zone" in capsys.readouterr().err
