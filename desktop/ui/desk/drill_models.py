"""The three lists of the drill-down: the team's reps with their key figures, a rep's
customers, a customer's calls. Each KPI cell's tooltip says how it was computed."""

from __future__ import annotations

from desktop.domain.kpis import RepColumn
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import VisitStatus, VisitType
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.texts import date_text, datetime_text, enum_text
from desktop.ui.desk.texts import explanation, kpi_text

#: The KPIs the team level shows for each rep, with their column titles.
TEAM_KPIS = (
    ("calls", _t("Columns", "Calls against plan")),
    ("coverage_a", _t("Columns", "A-tier coverage")),
    ("frequency", _t("Columns", "Frequency attainment")),
    ("plan_compliance", _t("Columns", "Plan compliance")),
    ("sales_vs_quota", _t("Columns", "Sales against quota")),
)


def _kpi_column(code: str, title: str) -> Column:
    return Column(title, lambda r: kpi_text(r.kpis.get(code)), align_right=True,
                  tooltip=lambda r: explanation(r.kpis.get(code)) or None)


def _made(r: RepColumn) -> str:
    made = r.kpis["calls"].numbers.get("made") if "calls" in r.kpis else None
    return "—" if made is None else str(made)


def team_level_model(parent=None) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "Representative"), lambda r: r.name),
        Column(_t("Columns", "Calls made"), _made, align_right=True),
        *(_kpi_column(code, title) for code, title in TEAM_KPIS),
    ], parent)


def _money(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def rep_level_model(parent=None) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "Customer"), lambda c: c.name),
        Column(_t("Columns", "Tier"), lambda c: c.tier or ""),
        Column(_t("Columns", "Calls made"), lambda c: str(c.calls), align_right=True),
        Column(_t("Columns", "Last call"), lambda c: date_text(c.last_call),
               sort_key=lambda c: c.last_call),
        Column(_t("Columns", "Sales (CNY)"), lambda c: _money(c.sales), align_right=True),
    ], parent)


def customer_level_model(parent=None) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "Date"), lambda v: datetime_text(v.started_at)),
        Column(_t("Columns", "Type"), lambda v: enum_text(VisitType, v.visit_type)),
        Column(_t("Columns", "Status"), lambda v: enum_text(VisitStatus, v.status)),
    ], parent)

