"""Export a call plan and the team summary to XLSX (openpyxl). Column headers are passed in
by the caller already translated, so the workbook is in the user's language."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from desktop.domain.spreadsheet import write_sheet
from desktop.domain.team import RepSummary


def _sheet(wb: Workbook, title: str, headers: list[str], rows: list[list]):
    ws = wb.active if wb.active.max_row == 1 and wb.active.title == "Sheet" else wb.create_sheet()
    ws.title = title[:31]
    write_sheet(ws, headers, rows)  # text as text: no exported cell is a formula
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for i, header in enumerate(headers, start=1):
        width = max([len(str(header))] + [len(str(r[i - 1] or "")) for r in rows]) + 2
        ws.column_dimensions[get_column_letter(i)].width = min(max(width * 1.5, 8), 60)
    ws.freeze_panes = "A2"
    return ws


def export_plan_xlsx(path: Path, title: str, headers: list[str], rows: list[list]) -> Path:
    """One sheet: a row per plan item (day, slot, customer, organisation, objective, products,
    outcome) as prepared by the caller."""
    wb = Workbook()
    _sheet(wb, title, headers, rows)
    wb.save(path)
    return path


def team_rows(summaries: list[RepSummary]) -> list[list]:
    def pct(value):
        return None if value is None else round(value * 100, 1)

    rows = []
    for s in summaries:
        rows.append([s.name, s.plan_status or "", s.planned_calls, s.calls_this_week,
                     pct(s.compliance), s.a_tier_customers, pct(s.a_tier_coverage),
                     pct(s.attainment.get("A")), pct(s.attainment.get("B")),
                     pct(s.attainment.get("C")), s.open_complaints, s.complaints_overdue])
    return rows


def export_team_xlsx(path: Path, title: str, headers: list[str],
                     summaries: list[RepSummary]) -> Path:
    wb = Workbook()
    _sheet(wb, title, headers, team_rows(summaries))
    wb.save(path)
    return path
