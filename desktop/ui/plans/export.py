"""Exporting a plan and the team summary: PDF through Qt's printing (QTextDocument printed
by a QPrinter in PDF mode) and XLSX through `desktop.domain.plan_export`. Headers and
labels are translated here, so the files are in the user's language."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop.domain.plan_export import export_plan_xlsx, export_team_xlsx, team_rows
from desktop.domain.plan_week import WeekPlan
from desktop.domain.team import RepSummary
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.texts import datetime_text, translate
from desktop.ui.plans.table_models import TEAM_COLUMNS
from desktop.ui.plans.texts import action_text, outcome_text, status_text, week_text, weekday_text

PLAN_HEADERS = (_t("PlanExport", "Day"), _t("PlanExport", "Time"),
                _t("PlanExport", "Customer"), _t("PlanExport", "Organisation"),
                _t("PlanExport", "Tier"), _t("PlanExport", "Objective"),
                _t("PlanExport", "Products"), _t("PlanExport", "Why planned"),
                _t("PlanExport", "Outcome"))
TEAM_HEADERS = (_t("PlanExport", "Representative"), _t("PlanExport", "Plan"),
                _t("PlanExport", "Planned calls"), _t("PlanExport", "Calls this week"),
                _t("PlanExport", "Compliance %"), _t("PlanExport", "A-tier customers"),
                _t("PlanExport", "A-tier coverage %"), _t("PlanExport", "Attainment A %"),
                _t("PlanExport", "Attainment B %"), _t("PlanExport", "Attainment C %"),
                _t("PlanExport", "Open complaints"), _t("PlanExport", "Complaints overdue"))
HISTORY_HEADERS = (_t("PlanExport", "When"), _t("PlanExport", "Who"),
                   _t("PlanExport", "Action"), _t("PlanExport", "Comment"))


def _tr(text: str) -> str:
    return translate("PlanExport", text)


def plan_title(week: WeekPlan) -> str:
    return translate("PlanExport", "Call plan {name} — {week}").format(name=week.rep_name,
                                                   week=week_text(week.week_start))


def plan_rows(week: WeekPlan) -> list[list]:
    return [[weekday_text(i.day), i.time_slot or "", i.customer_name, i.organisation_name,
             i.tier or "", i.objective or "", ", ".join(p for p in i.product_names if p),
             i.suggestion_reason or "", outcome_text(i.outcome)]
            for i in sorted(week.items, key=lambda i: (i.day, i.position))]


def _table(headers, rows) -> str:
    head = "".join(f"<th>{escape(str(h))}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>"
                                    for v in row) + "</tr>" for row in rows)
    return f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{body}</table>"


def plan_html(week: WeekPlan) -> str:
    parts = [f"<h2>{escape(plan_title(week))}</h2>",
             "<p>" + escape(translate("PlanExport", "Status: {status} · revision {revision}")
                            .format(status=status_text(week.status),
                                    revision=week.plan_revision)) + "</p>"]
    if week.manager_comment:
        parts.append("<p>" + escape(translate("PlanExport", "Manager's comment: {comment}")
                                    .format(comment=week.manager_comment)) + "</p>")
    parts.append(_table([_tr(h) for h in PLAN_HEADERS], plan_rows(week)))
    if week.history:
        parts.append(f"<h3>{escape(translate('PlanExport', 'History'))}</h3>")
        parts.append(_table([_tr(h) for h in HISTORY_HEADERS],
                            [[datetime_text(d.at), d.actor_name, action_text(d.action),
                              d.comment or ""] for d in week.history]))
    return "".join(parts)


def team_headers() -> list[str]:
    return [_tr(h) for h in TEAM_HEADERS]


def team_html(title: str, summaries: list[RepSummary]) -> str:
    headers = [translate("Columns", c.title) for c in TEAM_COLUMNS]
    rows = [[c.display(s) for c in TEAM_COLUMNS] for s in summaries]
    return f"<h2>{escape(title)}</h2>" + _table(headers, rows)


def write_pdf(html: str, path: Path) -> Path:
    """Print `html` to a landscape A4 PDF at `path`."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                      QPageLayout.Orientation.Landscape,
                                      QMarginsF(12, 12, 12, 12), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    return path


def export_plan(week: WeekPlan, path: Path) -> Path:
    """The plan to `path`: PDF or XLSX by the file's suffix."""
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return write_pdf(plan_html(week), path)
    return export_plan_xlsx(path, sheet_title(week_text(week.week_start)),
                            [_tr(h) for h in PLAN_HEADERS], plan_rows(week))


def export_team(title: str, summaries: list[RepSummary], path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() == ".pdf":
        return write_pdf(team_html(title, summaries), path)
    return export_team_xlsx(path, sheet_title(title), team_headers(), summaries)


def sheet_title(text: str) -> str:
    """A worksheet name Excel accepts (no []:*?/\\, at most 31 characters)."""
    return re.sub(r"[\\/*?:\[\]]", "-", text)[:31]


__all__ = ["export_plan", "export_team", "plan_html", "team_html", "team_rows", "write_pdf"]
