"""Cells for exported spreadsheets that a spreadsheet program never evaluates (Qt-free).

Names and notes are stored exactly as typed, so a customer may be called
`=HYPERLINK("http://…","click")` or `=cmd|' /C calc'!A0`. Written into a spreadsheet as is,
such text becomes a live formula (OWASP "CSV injection"). Every export writes its rows
through this module:

- `write_sheet` (XLSX, openpyxl): every text is a string cell, never a formula. Text that a
  spreadsheet would read as a formula when the cell is edited or re-saved as CSV (`is_risky`)
  also gets Excel's quote prefix: the cell shows the text exactly as stored (no apostrophe)
  and stays text when someone edits it. Numbers stay numbers (a negative figure is a number
  cell, not text).
- `stream_cell` (XLSX, a write-only workbook that streams rows to disk: large exports): the
  same rule, one cell at a time.
- `csv_cell` / `write_csv` (CSV): a risky text is prefixed with an apostrophe, as OWASP
  advises, because a CSV has no other way to say "text"; the rest of the value is kept. A
  text that is just a number ("-12.5", "+86") evaluates to that number and is kept as is.

Risky means: after any leading whitespace (spaces, tabs, CR, LF), the text starts with
= + - @, or it starts with a tab or a carriage return.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

TRIGGERS = ("=", "+", "-", "@")
LEADING_CONTROL = ("\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def is_risky(text: str) -> bool:
    """Whether a spreadsheet could evaluate `text` typed or pasted into a cell."""
    return text.startswith(LEADING_CONTROL) or text.lstrip(" \t\r\n").startswith(TRIGGERS)


def csv_cell(value):
    """`value` as a CSV field a spreadsheet reads as data: numbers and plain-number texts
    unchanged, a risky text behind an apostrophe."""
    if isinstance(value, str) and is_risky(value) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def write_csv(path: Path, headers: Sequence, rows: Iterable[Sequence]) -> Path:
    """A UTF-8 CSV (with the byte-order mark Excel needs to read Chinese) of `headers` and
    `rows`, every cell through `csv_cell`."""
    path = Path(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        for row in [headers, *rows]:
            writer.writerow([csv_cell(v) for v in row])
    return path


def write_sheet(sheet, headers: Sequence, rows: Iterable[Sequence]) -> None:
    """Append `headers` then `rows` to an openpyxl worksheet, no cell a formula."""
    for row in [headers, *rows]:
        sheet.append([_placeholder(v) for v in row])
        number = sheet.max_row
        for column, value in enumerate(row, start=1):
            if isinstance(value, str):
                set_text(sheet.cell(number, column), value)


def set_text(cell, text: str) -> None:
    """Put `text` into an openpyxl cell as a string (openpyxl would make any text that
    starts with "=" a formula), quote-prefixed when a spreadsheet could evaluate it."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    # Bypass openpyxl's type inference (which makes "=…" a formula and "#N/A" an error);
    # control characters a workbook cannot hold become U+FFFD instead of failing the export.
    cell._value = cell.check_string(ILLEGAL_CHARACTERS_RE.sub("\ufffd", text))
    cell.data_type = "s"
    if is_risky(text):
        cell.quotePrefix = True


def stream_cell(sheet, value, number_format: str | None = None):
    """A cell of a write-only worksheet (`Workbook(write_only=True)`) holding `value`:
    a text through `set_text`, anything else as openpyxl writes it; `number_format` ("@"
    keeps a typed-over text a text, "yyyy-mm-dd" shows a date as one)."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet)
    if isinstance(value, str):
        set_text(cell, value)
    else:
        cell.value = value
    if number_format:
        cell.number_format = number_format
    return cell


def format_report_sheet(sheet, columns: Sequence, count: int) -> None:
    """Give a report sheet written by `write_sheet` its look: a bold, frozen header row, each
    column as wide as its `width` or its header (a Chinese character counts two), and each
    column's `number_format` (None: as written) on its `count` data rows."""
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, start=1):
        letter = get_column_letter(number)
        header = str(sheet.cell(1, number).value)
        sheet.column_dimensions[letter].width = max(column.width, text_width(header))
        if column.number_format:
            for (cell,) in sheet.iter_rows(min_row=2, max_row=count + 1, min_col=number,
                                          max_col=number):
                cell.number_format = column.number_format


def text_width(text: str) -> int:
    """Character widths of `text` in a spreadsheet column (a Chinese character is two), plus
    a margin."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text) + 2


def _placeholder(value):
    """What `sheet.append` may see: texts are set afterwards by `set_text`, so a formula is
    never parsed even for a moment."""
    return "" if isinstance(value, str) else value


__all__ = ["csv_cell", "format_report_sheet", "is_risky", "set_text", "stream_cell", "text_width",
           "write_csv", "write_sheet"]
