"""Call-frequency targets: a manager sets their region's, an admin any (also company-wide),
a rep none, through sync push and through the targets API; every rep of the region
receives them on the next pull."""

from __future__ import annotations

from server.cli import main as server_cli
from tests.server.helpers import mutation


def _pulled_targets(session) -> dict[str, dict]:
    rows, *_ = session.pull_all()
    return {row["id"]: row for (table, _id), row in rows.items() if table == "frequency_target"}


def test_manager_pushes_a_target_for_their_region_and_the_reps_receive_it(world):
    [result] = world.manager.push(mutation("frequency_target", tier="A", calls_per_month=5,
                                           region_id=world.region_id))
    assert result["status"] == "applied", result
    assert result["row"]["calls_per_month"] == 5
    received = _pulled_targets(world.rep_a)
    assert received[result["row"]["id"]]["region_id"] == world.region_id
    assert result["row"]["id"] not in _pulled_targets(world.foreign_rep)


def test_manager_cannot_set_company_wide_or_another_regions_targets(world):
    foreign_region = world.foreign_rep.user["region_id"]
    company, foreign = world.manager.push(
        mutation("frequency_target", tier="A", calls_per_month=9),
        mutation("frequency_target", tier="A", calls_per_month=9, region_id=foreign_region))
    for result in (company, foreign):
        assert result["status"] == "rejected"
        assert result["code"] == "forbidden"
        assert "own region" in result["reason"]


def test_rep_cannot_set_targets(world):
    [result] = world.rep_a.push(mutation("frequency_target", tier="B", calls_per_month=1,
                                         region_id=world.region_id))
    assert (result["status"], result["code"]) == ("rejected", "forbidden")
    r = world.rep_a.api.client.put("/api/v1/targets", headers=world.rep_a.headers,
                                   json={"tier": "B", "calls_per_month": 1,
                                         "region_id": world.region_id})
    assert r.status_code == 403
    assert "manager or an administrator" in r.json()["detail"]


def test_targets_api_manager_region_only_admin_company_wide(world):
    def put(who, **body):
        return who.api.client.put("/api/v1/targets", headers=who.headers, json=body)

    r = put(world.manager, tier="C", calls_per_month=2, region_id=world.region_id)
    assert r.status_code == 200, r.text
    created = r.json()
    assert (created["tier"], created["calls_per_month"], created["changed"]) == ("C", 2, True)
    again = put(world.manager, tier="C", calls_per_month=3, region_id=world.region_id).json()
    assert again["id"] == created["id"] and again["calls_per_month"] == 3  # changed, not doubled
    assert put(world.manager, tier="C", calls_per_month=3).status_code == 403
    assert put(world.manager, tier="C", calls_per_month=3,
               region_id=world.foreign_rep.user["region_id"]).status_code == 403
    assert put(world.manager, tier="Z", calls_per_month=3,
               region_id=world.region_id).status_code == 422
    assert put(world.manager, tier="A", calls_per_month=99,
               region_id=world.region_id).status_code == 422

    r = put(world.admin, tier="D", calls_per_month=1)
    assert r.status_code == 200 and r.json()["region_id"] is None
    listed = world.rep_a.get("/api/v1/targets").json()["targets"]
    mine = {(t["tier"], t["region_id"]): t["calls_per_month"] for t in listed}
    assert mine[("C", world.region_id)] == 3
    assert mine[("D", None)] == 1
    foreign = world.foreign_rep.get("/api/v1/targets").json()["targets"]
    assert all(t["region_id"] != world.region_id for t in foreign)
    # the change reached the region's reps through sync too
    pulled = _pulled_targets(world.rep_b)
    assert pulled[created["id"]]["calls_per_month"] == 3
    assert world.rep_a.get("/api/v1/targets").status_code == 200
    assert world.rep_a.api.client.get("/api/v1/targets").status_code == 401


def test_cli_sets_and_lists_targets(tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    common = ["--db", db, "--data-dir", str(tmp_path)]
    assert server_cli(["target", "set", "--tier", "A", "--calls", "4", *common]) == 0
    assert server_cli(["target", "set", "--tier", "A", "--calls", "6", *common]) == 0
    assert server_cli(["target", "set", "--tier", "B", "--calls", "2", "--region", "nowhere",
                       *common]) == 1
    assert "no region 'nowhere'" in capsys.readouterr().err
    assert server_cli(["target", "list", *common]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == ["A\t6\tregion=-"]
