"""The team report a manager sends on (`rounds report team`): a sheet of KPIs by rep and
period (months and weeks of the range, then the team), a sheet of quota achievement and one
of customers at risk; headers and values in the chosen language, numbers as numbers with
formats, frozen headers, no cell a formula."""

from __future__ import annotations

from datetime import date

import pytest
from domainhelpers import REGION, REP, REP2, T_CHANGSHA, T_WUHAN, XIEHE_WEST, beijing
from openpyxl import load_workbook

from desktop.cli import main
from desktop.domain import local_time
from desktop.domain.at_risk import MSG_COMPLAINT_OVERDUE
from desktop.domain.team_report import (
    KPI_COLUMNS,
    QUOTA_COLUMNS,
    RISK_COLUMNS,
    SHEET_TITLES,
    QuotaRow,
    RiskRow,
    TeamReport,
    report_range,
    write_team_report,
    write_team_workbook,
)
from desktop.models import Complaint, CustomerMetric, Quota, Visit
from desktop.ui.common.translations import catalogue as translator

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
# Nov 2026 starts on a Sunday: its weeks start on Oct 26, Nov 2, 9, 16, 23 and 30.
PERIODS = 1 + 6


@pytest.fixture
def store(data_dir):
    """The store `rounds` opens on this computer when no server is configured."""
    from desktop.paths import app_paths
    from desktop.sync.local_account import open_local_store

    opened = open_local_store(app_paths(data_dir))
    yield opened
    opened.close()


@pytest.fixture
def calls(store, field):
    """李明 (Wuhan) calls 张伟 (A) twice and 刘芳 (B) once in November, one call logged
    without its rep (the territory's owner made it) and a draft that does not count; 王强
    (Changsha) calls 张伟 of Changsha (B) once; a call in October is outside the range."""
    with store.write() as w:
        for customer, territory, rep, day, status in (
                (field.zhang_wh, T_WUHAN, REP, date(2026, 11, 3), "submitted"),
                (field.zhang_wh, T_WUHAN, None, date(2026, 11, 17), "submitted"),
                (field.liu, T_WUHAN, REP, date(2026, 11, 3), "submitted"),
                (field.chen, T_WUHAN, REP, date(2026, 11, 4), "draft"),
                (field.zhang_cs, T_CHANGSHA, REP2, date(2026, 11, 30), "submitted"),
                (field.chen, T_WUHAN, REP, date(2026, 10, 31), "submitted")):
            w.create(Visit, customer_id=customer, territory_id=territory, rep_user_id=rep,
                     started_at=beijing(day, 10), status=status)
    return field


def read(path):
    """Each sheet's rows as dicts by header, by sheet title; and the workbook."""
    book = load_workbook(path)
    out = {}
    for ws in book.worksheets:
        values = [[c.value for c in row] for row in ws.iter_rows()]
        out[ws.title] = [dict(zip(values[0], r, strict=True)) for r in values[1:]]
    return book, out


def write(store, tmp_path, language: str):
    path = tmp_path / f"team-{language}.xlsx"
    counts = write_team_report(path, store, *NOVEMBER, translator(language))
    return counts, *read(path)


def test_kpis_by_rep_month_and_week_hand_computed(store, calls, tmp_path):
    counts, book, sheets = write(store, tmp_path, "en")
    rows = sheets["KPIs by rep and period"]
    assert counts["kpis"] == len(rows)
    assert len(rows) == PERIODS * 3  # 李明, 王强 and the team (赵敏's territory is empty)
    by = {(r["Representative"], r["Period"], r["From"].date()): r for r in rows}
    li = by["李明", "Month", date(2026, 11, 1)]
    assert (li["To"].date(), li["Calls made"], li["Calls planned"]) == (
        date(2026, 11, 30), 3, 0)
    # A-tier: 协和（西院） and 张伟 (called); B: 第一医院, 心血管内科 and 刘芳 (called)
    assert li["A-tier coverage"] == pytest.approx(1 / 2)
    assert li["B-tier coverage"] == pytest.approx(1 / 3)
    assert li["C-tier coverage"] == 0
    # targets A4 B2 C1 ask 4+4+2+2+2+1+1 = 16 calls of November (30 days)
    assert li["Frequency attainment"] == pytest.approx(3 / 16)
    wang = by["王强", "Month", date(2026, 11, 1)]
    assert (wang["Calls made"], wang["A-tier coverage"], wang["B-tier coverage"]) == (1, 0, 1)
    team = by["Team", "Month", date(2026, 11, 1)]
    assert team["Calls made"] == 4 and team["A-tier coverage"] == pytest.approx(1 / 3)
    assert team["Frequency attainment"] == pytest.approx(4 / 22)
    assert team["Sales against quota"] is None  # no quota, no sales
    week = by["李明", "Week", date(2026, 11, 2)]
    assert (week["To"].date(), week["Calls made"], week["Prescription share"]) == (
        date(2026, 11, 8), 2, None)
    assert by["李明", "Week", date(2026, 11, 16)]["Calls made"] == 1  # logged without its rep
    assert by["王强", "Week", date(2026, 11, 30)]["Calls made"] == 1
    assert by["Team", "Week", date(2026, 10, 26)]["Calls made"] == 1  # Sat Oct 31: its week


def test_numbers_are_numbers_with_formats_and_headers_frozen(store, calls, tmp_path):
    _, book, _ = write(store, tmp_path, "en")
    ws = book["KPIs by rep and period"]
    assert ws.freeze_panes == "A2"
    header = [c.value for c in ws[1]]
    formats = {header[c.column - 1]: (c.number_format, c.data_type) for c in ws[2]}
    assert formats["Calls made"] == ("0", "n")
    assert formats["A-tier coverage"][0] == "0.0%"
    assert formats["From"][0] == "yyyy-mm-dd"
    assert [ws.title for ws in book.worksheets] == list(SHEET_TITLES)
    assert all(sheet.freeze_panes == "A2" for sheet in book.worksheets)


def test_headers_and_values_come_from_the_catalogue_of_the_language(store, calls, tmp_path):
    zh = translator("zh_CN")
    _, book, sheets = write(store, tmp_path, "zh_CN")
    assert [ws.title for ws in book.worksheets] == [zh("TeamReport", t) for t in SHEET_TITLES]
    kpis = book.worksheets[0]
    assert [c.value for c in kpis[1]] == [zh("TeamReport", c.header) for c in KPI_COLUMNS]
    rows = sheets[zh("TeamReport", SHEET_TITLES[0])]
    rep = zh("TeamReport", "Representative")
    assert rows[-1][rep] == zh("TeamReport", "Team")
    assert {r[zh("TeamReport", "Period")] for r in rows} == {
        zh("TeamReport", "Month"), zh("TeamReport", "Week")}


def test_quota_and_risk_sheets_cell_by_cell(tmp_path):
    report = TeamReport(
        quotas=[QuotaRow(level="hospital", region="华北大区", rep="赵明", hospital="北京协和医院",
                         month="2026-03", quota=100_000.0, sales=92_000.0,
                         ytd_quota=300_000.0, ytd_sales=315_000.0,
                         forecast_run_rate=1_260_000.0, forecast_last_year=1_190_000.0),
                QuotaRow(level="region", region="华北大区", rep=None, hospital=None,
                         month="2026-03", quota=None, sales=5_000.0, ytd_quota=None,
                         ytd_sales=5_000.0, forecast_run_rate=None, forecast_last_year=None)],
        risks=[RiskRow(customer='=HYPERLINK("http://x","y")', rep="孙丽娜",
                       rule="complaint_overdue", template=MSG_COMPLAINT_OVERDUE,
                       params={"deadline": "2026-03-01 17:00"})])
    path = tmp_path / "team.xlsx"
    assert write_team_workbook(path, report, translator("en")) == {
        "kpis": 0, "quotas": 2, "risks": 1}
    book, sheets = read(path)
    hospital, region = sheets["Quota achievement"]
    assert (hospital["Level"], region["Level"]) == ("Hospital", "Region")
    assert hospital["Achievement"] == pytest.approx(0.92)
    assert hospital["Achievement year to date"] == pytest.approx(1.05)
    assert (hospital["Quota (CNY)"], hospital["Forecast for the year, run rate (CNY)"]) == (
        100_000, 1_260_000)
    assert (region["Achievement"], region["Quota (CNY)"], region["Representative"]) == (
        None, None, None)
    assert [c.value for c in book["Quota achievement"][1]] == [c.header for c in QUOTA_COLUMNS]
    assert book["Quota achievement"]["H2"].number_format == "0.0%"
    (risk,) = sheets["Customers at risk"]
    assert [c.value for c in book["Customers at risk"][1]] == [c.header for c in RISK_COLUMNS]
    assert risk["Rule"] == "Complaint past its deadline"
    assert risk["Reason"] == "A complaint is past its committed deadline (2026-03-01 17:00)."
    assert book["Customers at risk"]["A2"].data_type == "s"  # text, never a formula
    assert risk["Customer"] == '=HYPERLINK("http://x","y")'


def test_quotas_and_customers_at_risk_of_the_store(store, calls, tmp_path):
    """李明's hospital 协和（西院） has a quota of 100,000 for November and sold 80,000 of
    安立平 (and 60,000 in October against 50,000); its complaint is past its deadline."""
    with store.write() as w:
        for month, quota, sales in ((10, 50_000.0, 60_000.0), (11, 100_000.0, 80_000.0)):
            for level, whose in (("region", {}), ("rep", {"rep_user_id": REP}),
                                 ("hospital", {"rep_user_id": REP,
                                               "customer_id": calls.xiehe_west})):
                w.create(Quota, year=2026, month=month, product_id=calls.amlodipine,
                         level=level, region_id=REGION, amount=quota, **whose)
            w.create(CustomerMetric, customer_id=calls.xiehe_west, territory_id=T_WUHAN,
                     period=f"2026-{month:02d}", product_id=calls.amlodipine,
                     drug_class="降压药", sales_amount=sales)
        w.create(Complaint, customer_id=calls.xiehe_west, territory_id=T_WUHAN,
                 kind="delivery", channel="visit", description="到货延误",
                 received_at=beijing(date(2026, 11, 2), 9),
                 committed_deadline=beijing(date(2026, 11, 5), 17))
    with local_time.fixed(now=beijing(date(2026, 11, 30), 18)):
        counts, _, sheets = write(store, tmp_path, "en")
    quotas = {(r["Level"], r["Month"]): r for r in sheets["Quota achievement"]}
    assert counts["quotas"] == len(quotas)
    hospital = quotas["Hospital", "2026-11"]
    assert (hospital["Hospital"], hospital["Representative"], hospital["Region"]) == (
        XIEHE_WEST, "李明", "华中大区")
    assert (hospital["Quota (CNY)"], hospital["Sales (CNY)"]) == (100_000, 80_000)
    assert hospital["Achievement"] == pytest.approx(0.8)
    assert (hospital["Quota year to date (CNY)"], hospital["Sales year to date (CNY)"]) == (
        150_000, 140_000)
    assert hospital["Achievement year to date"] == pytest.approx(140 / 150)
    assert hospital["Forecast for the year, run rate (CNY)"] == pytest.approx(140_000 / 11 * 12)
    assert quotas["Representative", "2026-11"]["Representative"] == "李明"
    assert sorted(quotas) == [("Hospital", "2026-11"), ("Region", "2026-11"),
                              ("Representative", "2026-11")]  # October only counts to date
    assert quotas["Region", "2026-11"]["Achievement year to date"] == pytest.approx(140 / 150)
    risks = [(r["Customer"], r["Representative"], r["Rule"])
             for r in sheets["Customers at risk"]]
    assert (XIEHE_WEST, "李明", "Complaint past its deadline") in risks
    assert counts["risks"] == len(risks)


def test_range_defaults_to_twelve_months_up_to_today():
    assert report_range(None, None, today=date(2026, 12, 1)) == (date(2026, 1, 1),
                                                                 date(2026, 12, 1))
    assert report_range(date(2026, 5, 1), date(2026, 5, 31)) == (date(2026, 5, 1),
                                                                 date(2026, 5, 31))
    with pytest.raises(ValueError):
        report_range(date(2026, 6, 1), date(2026, 5, 1))


def test_the_command_writes_the_team_report_offline(store, calls, tmp_path, capsys,
                                                    rounds_logging):
    out = tmp_path / "团队报表.xlsx"
    assert main(["report", "team", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(out), "--lang", "en"]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith(f"reported {PERIODS * 3} KPI rows, ") and printed.endswith(
        f" customers at risk to {out}\n")
    _, sheets = read(out)
    team = [r for r in sheets["KPIs by rep and period"] if r["Representative"] == "Team"]
    assert team[0]["Calls made"] == 4


def test_the_command_refuses_a_range_that_ends_before_it_starts(data_dir, tmp_path, capsys,
                                                                 rounds_logging):
    assert main(["report", "team", "--from", "2026-12-01", "--to", "2026-11-01",
                 "--out", str(tmp_path / "x.xlsx")]) != 0
    assert "--from 2026-12-01 is after --to 2026-11-01" in capsys.readouterr().err
