"""The list models of the activity screens over plain rows (`RowsTableModel`): activities
(the rep's and the region's), invitees, cost lines and the history."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import (
    ActivityKind,
    ActivityStatus,
    CostCategory,
    CustomerKind,
    InviteeStatus,
    VisitStatus,
)
from desktop.ui.activities.texts import (
    action_done_text,
    money,
    status_tone,
    verdict_text,
    verdict_tone,
)
from desktop.ui.common.pills import visit_tone
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.texts import date_text, datetime_text, enum_text


def _dates(row) -> str:
    if row.ends_on and row.ends_on != row.starts_on:
        return f"{date_text(row.starts_on)} – {date_text(row.ends_on)}"
    return date_text(row.starts_on)


def _spent(row) -> str:
    return money(row.actual) if row.actual is not None else "—"


def activities_model(parent=None, *, with_owner: bool = False) -> RowsTableModel:
    """Activities: status, title, kind, dates, budget against actual, verdict (and, for a
    manager, whose)."""
    columns = [
        Column(_t("Columns", "Status"), lambda r: enum_text(ActivityStatus, r.status),
               tone=lambda r: status_tone(r.status)),
        Column(_t("Columns", "Activity"), lambda r: r.title),
        Column(_t("Columns", "Kind"), lambda r: enum_text(ActivityKind, r.kind), optional=3),
        Column(_t("Columns", "Dates"), _dates, sort_key=lambda r: r.starts_on),
        Column(_t("Columns", "Budget"), lambda r: money(r.budget), align_right=True),
        Column(_t("Columns", "Spent"), _spent, align_right=True),
        Column(_t("Columns", "Verdict"), lambda r: verdict_text(r.verdict),
               tone=lambda r: verdict_tone(r.verdict), optional=2),
    ]
    if with_owner:
        columns.insert(2, Column(_t("Columns", "Representative"), lambda r: r.owner_name,
                                 optional=1))
    return RowsTableModel(columns, parent)


def invitees_model(parent=None) -> RowsTableModel:
    """Who is invited, and whether they came."""
    return RowsTableModel([
        Column(_t("Columns", "Customer"), lambda i: i.name),
        Column(_t("Columns", "Kind"), lambda i: enum_text(CustomerKind, i.kind)),
        Column(_t("Columns", "Tier"), lambda i: i.tier),
        Column(_t("Columns", "Attendance"), lambda i: enum_text(InviteeStatus, i.status),
               tone=lambda i: {"attended": "success", "no_show": "danger",
                               "declined": "neutral"}.get(i.status, "info")),
        Column(_t("Columns", "Checked in"), lambda i: datetime_text(i.checked_in_at),
               optional=1),
    ], parent)


def costs_model(parent=None) -> RowsTableModel:
    """Cost lines: budget against what was spent."""
    return RowsTableModel([
        Column(_t("Columns", "Category"), lambda c: enum_text(CostCategory, c.category)),
        Column(_t("Columns", "Budget"), lambda c: money(c.budget), align_right=True),
        Column(_t("Columns", "Spent"), lambda c: money(c.actual), align_right=True),
        Column(_t("Columns", "Note"), lambda c: c.note),
    ], parent)


def history_model(parent=None) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "When"), lambda h: datetime_text(h.at), sort_key=lambda h: h.at),
        Column(_t("Columns", "Who"), lambda h: h.actor),
        Column(_t("Columns", "Action"), lambda h: action_done_text(h.action)),
        Column(_t("Columns", "Comment"), lambda h: h.comment),
    ], parent)


def calls_model(parent=None) -> RowsTableModel:
    """Calls around an activity; those whose report names it say so."""
    return RowsTableModel([
        Column(_t("Columns", "When"), lambda c: datetime_text(c.started_at),
               sort_key=lambda c: c.started_at),
        Column(_t("Columns", "Customer"), lambda c: c.customer_name),
        Column(_t("Columns", "Status"), lambda c: enum_text(VisitStatus, c.status),
               tone=lambda c: visit_tone(c.status)),
    ], parent)
