"""The market activities report a manager sends on: one row per activity of the store in
the chosen dates, its cost, attendance, every rule's figure and verdict and the overall
verdict, headers and values in Chinese or English, numbers as numbers a spreadsheet formats
(percent, 0.00×, points) and no cell a formula."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from activityhelpers import (
    AFTER,
    BASE,
    CONTROL_POINTS,
    EXPECTED,
    HELD_ON,
    PLANNED,
    TODAY,
    seed_activities,
)
from domainhelpers import MANAGER
from openpyxl import load_workbook
from sqlmodel import select

from desktop.cli import main
from desktop.domain.activity_evaluation import evaluate, record_verdict
from desktop.domain.activity_report import (
    COLUMNS,
    ActivityRow,
    activity_row,
    activity_rows,
    write_activities_report,
)
from desktop.models import Customer, CustomerMetric, MarketActivityInvitee
from desktop.ui.common.translations import catalogue as translator


@pytest.fixture
def store(data_dir):
    """The store `rounds` opens on this computer when no server is configured (the same file
    the command reads), rather than a loose file."""
    from desktop.paths import app_paths
    from desktop.sync.local_account import open_local_store

    opened = open_local_store(app_paths(data_dir))
    yield opened
    opened.close()


def sheet(path):
    ws = load_workbook(path).active
    return ws, [[c.value for c in row] for row in ws.iter_rows()]


@pytest.fixture
def report(store, field, tmp_path):
    """Writes the store's activities (all dates) in a language; returns the sheet and its
    rows by title."""
    seed_activities(store, field)

    def write(language: str):
        with store.read() as session:
            rows = activity_rows(session, start=None, end=None, today=TODAY)
        path = tmp_path / f"activities-{language}.xlsx"
        assert write_activities_report(path, rows, translator(language)) == len(PLANNED)
        ws, values = sheet(path)
        return ws, values[0], {r[0]: dict(zip(values[0], r, strict=True)) for r in values[1:]}
    return write


def test_english_report_shows_each_rules_figure_and_verdict(report):
    ws, header, rows = report("en")
    assert header == [c.header for c in COLUMNS]
    assert ws.freeze_panes == "A2"
    meeting = rows["心血管年会卫星会"]
    assert meeting["Kind"] == "Academic meeting" and meeting["Status"] == "Evaluated"
    assert meeting["Representative"] == "李明" and meeting["Products"] == "安立平"
    assert (meeting["Starts"].date(), meeting["Ends"].date()) == (HELD_ON, HELD_ON)
    assert (meeting["Budget (CNY)"], meeting["Actual cost (CNY)"]) == (8_000.0, 7_500.0)
    assert (meeting["Invited"], meeting["Attended"]) == (3, 2)
    assert meeting["Share change vs. non-attendees (points)"] == pytest.approx(CONTROL_POINTS)
    assert meeting["Control verdict"] == "Successful"
    for title, (growth, multiple, awareness, verdicts) in EXPECTED.items():
        row = rows[title]
        assert row["Sales growth"] == pytest.approx(growth) if growth else \
            row["Sales growth"] is None
        assert row["Profit multiple"] == pytest.approx(multiple) if multiple else \
            row["Profit multiple"] is None
        assert row["Awareness change (points)"] == pytest.approx(awareness) if awareness \
            else row["Awareness change (points)"] is None
        for rule, heading in (("sales_growth", "Sales growth verdict"),
                              ("profit_multiple", "Profit verdict"),
                              ("awareness", "Awareness verdict")):
            if rule in verdicts:
                assert row[heading] == _english(verdicts[rule]), (title, rule)


def test_every_band_is_in_the_report(report):
    _, _, rows = report("en")
    growth = {r["Sales growth verdict"] for r in rows.values()}
    profit = {r["Profit verdict"] for r in rows.values()}
    awareness = {r["Awareness verdict"] for r in rows.values()}
    assert {"Successful", "Between bands", "No effect", "Failed"} <= growth
    assert {"Successful", "Between bands", "Not successful", "Failed"} <= profit
    assert {"Successful", "Not successful"} <= awareness
    assert {r["Overall verdict"] for r in rows.values()} == {
        "Successful", "Between bands", "Not successful", "Failed", None}


def test_activities_not_yet_evaluated_have_no_verdict(report):
    _, _, rows = report("en")
    assert {t: r["Status"] for t, r in rows.items() if r["Overall verdict"] is None} == {
        "患者教育日": "Held", "白皮书发布": "Draft", "展会展台": "Submitted",
        "产品推广周": "Approved", "学术沙龙（重报）": "Returned", "取消的科室会": "Cancelled"}
    assert rows["白皮书发布"]["Sales growth"] is None
    assert rows["白皮书发布"]["Actual cost (CNY)"] is None
    assert rows["白皮书发布"]["Attended"] == 0


def test_numbers_are_numbers_with_formats(report):
    ws, header, _ = report("en")
    formats = {header[c.column - 1]: c.number_format for c in ws[2]}
    assert formats["Sales growth"] == "0.00%"
    assert formats["Profit multiple"] == '0.00"×"'
    assert formats["Awareness change (points)"] == "+0.0;-0.0;0.0"
    assert formats["Share change vs. non-attendees (points)"] == "+0.0;-0.0;0.0"
    assert formats["Budget (CNY)"] == "#,##0.00"
    assert formats["Starts"] == "yyyy-mm-dd"
    growth = header.index("Sales growth") + 1
    assert all(ws.cell(r, growth).data_type == "n" for r in range(2, ws.max_row + 1))


def test_chinese_report_uses_the_apps_catalogue(report):
    zh = translator("zh_CN")
    ws, header, rows = report("zh_CN")
    assert header == headers_in("zh_CN")
    assert ws.title == zh("ActivityReport", "Market activities")
    kind, status = header[1], header[6]
    assert rows["心血管年会卫星会"][kind] == "学术会议"
    assert rows["白皮书发布"][status] == "草稿"
    assert rows["产品推广周"][status] == "已批准"
    assert rows["取消的科室会"][status] == "已取消"
    assert rows["基层医生培训"][header[-1]] == zh("Enum", "Failed")


def test_dates_select_the_activities_that_meet_them(store, field):
    seed_activities(store, field)
    with store.read() as session:
        inside = activity_rows(session, start=date(2026, 5, 1), end=date(2026, 5, 31),
                               today=TODAY)
        before = activity_rows(session, start=None, end=date(2026, 5, 14), today=TODAY)
        after = activity_rows(session, start=date(2026, 5, 16), end=None, today=TODAY)
    assert len(inside) == len(PLANNED) and before == [] and after == []


def test_an_evaluated_activity_keeps_the_judgement_recorded(store, field):
    """Figures imported after the verdict (here: the after-months corrected down to the
    months before) do not rewrite it; a held activity shows what the figures give today."""
    ids = seed_activities(store, field)
    held = ids["患者教育日"]
    with store.read() as session:
        judged = evaluate(session, held, today=TODAY)
        hospital = session.exec(select(MarketActivityInvitee.customer_id).where(
            MarketActivityInvitee.activity_id == held)).first()
        organisation = session.get(Customer, hospital).organisation_id
        corrected = session.exec(select(CustomerMetric.id).where(
            CustomerMetric.customer_id == organisation,
            CustomerMetric.period.in_(AFTER))).all()
    record_verdict(store, held, judged, "参会踊跃", MANAGER, datetime(2026, 9, 1, tzinfo=UTC))
    with store.write() as w:
        for metric_id in corrected:
            w.update(CustomerMetric, metric_id, sales_amount=BASE)
    with store.read() as session:
        row = activity_row(session, held, today=TODAY)
        today = evaluate(session, held, today=TODAY)
    assert today.growth == pytest.approx(0.0)
    assert (row.status, row.overall, row.growth) == ("evaluated", "successful",
                                                     pytest.approx(0.10))
    assert row.verdicts["sales_growth"] == "successful"
    assert (row.comment, row.evaluated_by) == ("参会踊跃", "周建华")


def test_a_title_that_looks_like_a_formula_stays_text(tmp_path):
    row = ActivityRow(id="a", kind="salon", title='=HYPERLINK("http://x","y")', owner="李明",
                      products=(), starts_on=HELD_ON, ends_on=None, status="draft",
                      budget=None, actual_cost=None, invited=0, attendance=0)
    path = tmp_path / "formula.xlsx"
    write_activities_report(path, [row], translator("en"))
    ws, values = sheet(path)
    assert values[1][0] == '=HYPERLINK("http://x","y")' and ws["A2"].data_type == "s"


def test_the_command_writes_the_report_offline_in_the_chosen_language(
        store, field, tmp_path, capsys, rounds_logging):
    seed_activities(store, field)
    out = tmp_path / "活动报表.xlsx"
    assert main(["report", "activities", "--from", "2026-05-01", "--to", "2026-05-31",
                 "--out", str(out), "--lang", "en"]) == 0
    assert capsys.readouterr().out == f"reported {len(PLANNED)} activities to {out}\n"
    _, values = sheet(out)
    assert values[0] == [c.header for c in COLUMNS]
    by_title = {r[0]: dict(zip(values[0], r, strict=True)) for r in values[1:]}
    assert by_title["降压科室会（协和）"]["Profit verdict"] == "Between bands"
    assert by_title["降压科室会（协和）"]["Profit multiple"] == pytest.approx(1.2)

    assert main(["report", "activities", "--to", "2026-04-30", "--out", str(out),
                 "--lang", "zh_CN"]) == 0
    _, values = sheet(out)
    assert values == [headers_in("zh_CN")]


def test_the_command_refuses_a_date_it_cannot_read(data_dir, tmp_path, capsys, rounds_logging):
    with pytest.raises(SystemExit) as exit_:
        main(["report", "activities", "--from", "31.05.2026", "--out", str(tmp_path / "x.xlsx")])
    assert exit_.value.code == 2
    assert "'31.05.2026' is not a date; write it as 2026-03-31" in capsys.readouterr().err


def headers_in(language: str) -> list[str]:
    translate = translator(language)
    return [translate("ActivityReport", c.header) for c in COLUMNS]


def _english(verdict: str) -> str:
    return {"successful": "Successful", "between": "Between bands", "no_effect": "No effect",
            "not_successful": "Not successful", "failed": "Failed"}[verdict]
