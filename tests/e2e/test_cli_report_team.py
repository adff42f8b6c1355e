"""`rounds report team` as a rep and their manager run it: signed in to a live server with
the demo and synced, then offline, each gets the KPIs of their own scope (the rep alone,
the manager's three reps and the team) with the year's calls, every sheet's header in the
chosen language."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop.demo.generator import DEMO_USERS
from desktop.ui.common.translations import catalogue
from tests.e2e.test_cli_report import rounds, signed_in

KPIS = "KPIs by rep and period"


def team_report(env, path, *args) -> dict[str, list[dict]]:
    result = rounds(env, "report", "team", "--out", str(path), *args)
    assert result.returncode == 0, result.stderr
    book = load_workbook(path)
    sheets = {}
    for ws in book.worksheets:
        values = list(ws.iter_rows(values_only=True))
        sheets[ws.title] = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    assert result.stdout.startswith(f"reported {len(sheets[book.sheetnames[0]])} KPI rows")
    return sheets


def test_a_rep_and_their_manager_report_their_own_team_offline(server, tmp_path):
    rep = signed_in(server, tmp_path, "rep1")
    manager = signed_in(server, tmp_path, "manager")
    server.stop()  # from here on: offline
    names = {u["username"]: u["display_name"] for u in DEMO_USERS}

    sheets = team_report(rep, tmp_path / "rep1.xlsx", "--lang", "en")
    mine = sheets[KPIS]
    assert {r["Representative"] for r in mine} == {names["rep1"], "Team"}
    assert sum(r["Calls made"] for r in mine if r["Period"] == "Month") > 0
    assert {r["Representative"] for r in sheets["Customers at risk"]} == {names["rep1"]}
    quota = sheets["Quota achievement"]  # their own and their hospitals', not the region's
    assert quota and {r["Representative"] for r in quota} == {names["rep1"]}

    sheets = team_report(manager, tmp_path / "manager.xlsx", "--lang", "en")
    region = sheets[KPIS]
    reps = {names[f"rep{i}"] for i in (1, 2, 3)}
    assert {r["Representative"] for r in sheets["Customers at risk"]} == reps
    quotas = sheets["Quota achievement"]
    assert {r["Level"] for r in quotas} == {"Region", "Representative", "Hospital"}
    assert any(r["Achievement"] and r["Achievement"] > 1 for r in quotas)
    assert any(r["Achievement"] and r["Achievement"] < 0.9 for r in quotas)
    # the e2e demo is small (60 customers); tests/desktop/demo shows all five on a full one
    assert {r["Rule"] for r in sheets["Customers at risk"]} <= {
        "Share falling", "Not called for too long", "Complaint past its deadline",
        "Purchases down on last year", "A-tier customer moved down"}
    assert {r["Representative"] for r in region} == {names[f"rep{i}"] for i in (1, 2, 3)} \
        | {"Team"}
    months = [r for r in region if r["Period"] == "Month"]
    team = sum(r["Calls made"] for r in months if r["Representative"] == "Team")
    assert team == sum(r["Calls made"] for r in months if r["Representative"] != "Team") > 0

    zh = catalogue("zh_CN")
    chinese = team_report(manager, tmp_path / "经理.xlsx", "--lang", "zh_CN")
    assert list(chinese) == [zh("TeamReport", t) for t in (
        KPIS, "Quota achievement", "Customers at risk")]
