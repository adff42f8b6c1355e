"""Export… on the Desk writes the team report's workbook on the export thread, and says
clearly when it cannot."""

from __future__ import annotations

from datetime import date

from deskhelpers import TODAY, make_desk
from openpyxl import load_workbook


def kpi_tab(qtbot, context, identity):
    return make_desk(qtbot, context, identity).pages["kpis"]


def test_export_writes_the_team_workbook_with_its_sheets(qtbot, context, desk_world, tmp_path):
    tab = kpi_tab(qtbot, context, desk_world.manager)
    assert tab.export_button.isVisible()
    tab.range.set_range(date(2026, 10, 1), TODAY)
    path = tmp_path / "team.xlsx"
    with qtbot.waitSignal(tab.export.finished, timeout=30_000) as done:
        tab.export.export_to(path, tab.range.start, tab.range.end)
        assert not tab.export_button.isEnabled()  # one export at a time
    assert done.args == [True] and tab.export_button.isEnabled()
    book = load_workbook(path)
    assert book.sheetnames == ["KPIs by rep and period", "Quota achievement",
                               "Customers at risk"]
    kpis = list(book["KPIs by rep and period"].iter_rows(values_only=True))
    november_rep1 = next(r for r in kpis if r[0] == "李明" and r[1] == "Month"
                         and str(r[2]).startswith("2026-11"))
    assert (november_rep1[4], november_rep1[5]) == (2, 3)  # calls made, planned
    assert tab.message.text().startswith(f"Team report written to {path}")


def test_a_folder_that_cannot_be_written_says_so(qtbot, context, desk_world, tmp_path):
    tab = kpi_tab(qtbot, context, desk_world.manager)
    path = tmp_path / "missing" / "team.xlsx"
    with qtbot.waitSignal(tab.export.finished, timeout=30_000) as done:
        tab.export.export_to(path, date(2026, 11, 1), TODAY)
    assert done.args == [False] and tab.export_button.isEnabled()
    assert tab.message.text().startswith(f"Could not write {path}")
    assert tab.message.text().endswith("choose another folder.")
    assert not path.exists()
