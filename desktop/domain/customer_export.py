"""The customer export (客户档案导出): customers to an .xlsx with every column of the customer
spreadsheet (`desktop.domain.customer_sheet`) and, after them, each customer's latest monthly
figures (read-only: the import does not take them back).

Qt-free and store-free: the server's `rounds-server export customers` and the desktop's
export (the customers view, `rounds export customers`) both run `customer_rows` on a database
session and `write_customers` on its rows, so their files have the same columns.

A territory can hold 50,000 customers: rows are read in batches (`BATCH` customers, with
their organisations' names and their figures read per batch) and streamed into a write-only
workbook, so neither the customers nor the sheet are ever held whole in memory.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import and_, case, func, select

from desktop.domain.customer_sheet import (
    COLUMNS,
    DATE,
    FIGURE_COLUMNS,
    REFERENCES,
    TEXT,
    applies_to,
    format_cell,
)
from desktop.domain.spreadsheet import stream_cell
from desktop.models import Customer, CustomerMetric
from desktop.models.enums import CustomerKind

BATCH = 500  # customers read (with their names and figures) per query
CUSTOMER = Customer.__table__
METRIC = CustomerMetric.__table__.c
SHEET_TITLE = {"en": "Customers", "zh": "客户档案"}


@dataclass(frozen=True)
class Figure:
    """A read-only column of the latest figures: its key, headers and cell format."""

    key: str
    english: str
    chinese: str
    number_format: str | None = None

    def header(self, language: str) -> str:
        return self.chinese if language.startswith("zh") else self.english


# After the profile columns, in this order; read-only (the customer import skips these
# headers). Month: the latest month the customer has figures for; the others are that
# month's rows summed over drug classes and products.
_FORMATS = {"figures_month": "@", "share": "0.0%", "purchase_amount": "#,##0.00",
            "sales_amount": "#,##0.00"}
FIGURES: tuple[Figure, ...] = tuple(Figure(key, english, chinese, _FORMATS.get(key, "#,##0"))
                                    for key, english, chinese in FIGURE_COLUMNS)

# Kinds in the order a reader (and a re-import) wants them: organisations before the people
# and departments that name them.
KIND_ORDER = (CustomerKind.HOSPITAL, CustomerKind.DEPARTMENT, CustomerKind.DOCTOR,
              CustomerKind.PHARMACY, CustomerKind.PHARMACY_CONTACT, CustomerKind.DISTRIBUTOR,
              CustomerKind.PATIENT)
# Columns wider than their header: what their cells usually hold (in character widths).
WIDE = {"name": 28, "alias": 20, "organisation": 28, "department": 14, "address": 40,
        "phone": 24, "email": 24, "website": 24, "notes": 40, "code": 14, "mobile": 14,
        "fax": 16, "bank_name": 24, "bank_account": 24, "customer_since": 12}
MIN_WIDTH, MAX_WIDTH = 8, 50


@dataclass(frozen=True)
class ExportRow:
    """One customer as exported: its fields, the names of its organisation and department,
    and its latest figures (empty when it has none)."""

    values: dict
    organisation: str | None = None
    department: str | None = None
    figures: dict = field(default_factory=dict)


def export_query(*conditions):
    """The live customers meeting `conditions`, organisations first, then by name."""
    c = CUSTOMER.c
    kind_order = case({str(k): i for i, k in enumerate(KIND_ORDER)}, value=c.kind,
                      else_=len(KIND_ORDER))
    return (select(CUSTOMER).where(c.deleted.is_(False), *conditions)
            .order_by(kind_order, c.name, c.id))


def customer_rows(session, query, batch: int = BATCH) -> Iterator[ExportRow]:
    """The customers `query` (an `export_query`) selects, as export rows, read `batch` at a
    time. `session`: a SQLAlchemy or SQLModel session on the local store or the server's
    database."""
    result = session.execute(query.execution_options(yield_per=batch))
    for chunk in result.mappings().partitions(batch):
        names = _names(session, {v for r in chunk for k in ("organisation_id", "department_id")
                                 if (v := r[k])})
        figures = latest_figures(session, [r["id"] for r in chunk])
        for r in chunk:
            yield ExportRow(dict(r), names.get(r["organisation_id"]),
                            names.get(r["department_id"]), figures.get(r["id"], {}))


def _names(session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    c = CUSTOMER.c
    return dict(session.execute(select(c.id, c.name).where(c.id.in_(sorted(ids)))).all())


def latest_figures(session, customer_ids: list[str]) -> dict[str, dict]:
    """Per customer: its latest month with figures and that month's figures summed over drug
    classes and products. The share is our / total prescriptions over the rows that report
    both (`desktop.domain.metrics`: an unreported figure does not count as zero)."""
    if not customer_ids:
        return {}
    live = METRIC.deleted.is_(False)
    latest = (select(METRIC.customer_id, func.max(METRIC.period).label("period"))
              .where(METRIC.customer_id.in_(customer_ids), live)
              .group_by(METRIC.customer_id).subquery())
    both = and_(METRIC.our_prescriptions.is_not(None), METRIC.total_prescriptions.is_not(None))
    query = (select(METRIC.customer_id, METRIC.period,
                    func.sum(METRIC.outpatient_volume), func.sum(METRIC.total_prescriptions),
                    func.sum(METRIC.our_prescriptions), func.sum(METRIC.purchase_amount),
                    func.sum(METRIC.sales_amount),
                    func.sum(case((both, METRIC.our_prescriptions))),
                    func.sum(case((both, METRIC.total_prescriptions))))
             .join(latest, and_(latest.c.customer_id == METRIC.customer_id,
                                latest.c.period == METRIC.period))
             .where(live).group_by(METRIC.customer_id, METRIC.period))
    out = {}
    for cid, period, outpatient, total, ours, purchases, sales, paired_ours, paired_total \
            in session.execute(query):
        share = paired_ours / paired_total if paired_total else None
        out[cid] = {"figures_month": period, "outpatient_volume": outpatient,
                    "total_prescriptions": total, "our_prescriptions": ours, "share": share,
                    "purchase_amount": purchases, "sales_amount": sales}
    return out


def headers(language: str) -> list[str]:
    """The sheet's first row in `language` ("zh_CN" or "en")."""
    return [c.header(language) for c in COLUMNS] + [f.header(language) for f in FIGURES]


def cell_values(row: ExportRow, language: str) -> list:
    """A row's cells in column order: a column that does not apply to the customer's kind
    is empty; enumerated values and yes/no in `language`."""
    kind = row.values.get("kind")
    references = {"organisation": row.organisation, "department": row.department}
    cells = []
    for column in COLUMNS:
        if not applies_to(column.key, kind):
            cells.append(None)
        elif column.key in REFERENCES:
            cells.append(references[column.key])
        else:
            cells.append(format_cell(column.key, row.values.get(column.key), language))
    return cells + [row.figures.get(f.key) for f in FIGURES]


FORMATS = [("@" if c.type == TEXT else "yyyy-mm-dd" if c.type == DATE else None)
           for c in COLUMNS] + [f.number_format for f in FIGURES]


def write_customers(path: Path | str, rows: Iterable[ExportRow], language: str) -> int:
    """Stream `rows` into a new .xlsx at `path` (headers in `language`, the header row
    frozen, codes and phones as text, dates as dates, no formula); returns how many customers
    it holds. The file appears whole or not at all; a folder that cannot be written fails
    before any row is read."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as handle:
            count = _stream(handle, rows, language)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _stream(handle, rows: Iterable[ExportRow], language: str) -> int:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE["zh" if language.startswith("zh") else "en"])
    titles = headers(language)
    keys = [c.key for c in COLUMNS] + [f.key for f in FIGURES]
    for index, (key, title) in enumerate(zip(keys, titles, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width(key, title)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = [stream_cell(sheet, title) for title in titles]
    for cell in header:
        cell.font = bold
    sheet.append(header)
    count = 0
    for row in rows:
        sheet.append([None if value is None else stream_cell(sheet, value, fmt)
                      for value, fmt in zip(cell_values(row, language), FORMATS, strict=True)])
        count += 1
    workbook.save(handle)
    return count


def column_width(key: str, header: str) -> int:
    """A column's width in characters: its header's (a Chinese character is two), or more
    for the columns whose cells are usually long."""
    header_width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in header)
    return max(MIN_WIDTH, min(MAX_WIDTH, max(header_width + 2, WIDE.get(key, 0))))


__all__ = ["FIGURES", "ExportRow", "cell_values", "customer_rows",
           "export_query", "headers", "latest_figures", "write_customers"]
