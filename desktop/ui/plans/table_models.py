"""The list models of the plan screens, over plain rows (`RowsTableModel`): history,
suggestions, the approvals queue, the team, and the tier counts."""

from __future__ import annotations

import math

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.pills import plan_tone
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import brush
from desktop.ui.common.texts import date_text, datetime_text, message_text
from desktop.ui.plans.texts import action_text, percent, status_text, weekday_text

MSG_OVERDUE = _t("Plans", "{n} overdue")
MSG_NEXT_DEADLINE = _t("Plans", "next {when}")


def history_model(parent=None) -> RowsTableModel:
    """Every decision of a plan: when, who, what, revision, comment."""
    return RowsTableModel([
        Column(_t("Columns", "When"), lambda d: datetime_text(d.at), sort_key=lambda d: d.at),
        Column(_t("Columns", "Who"), lambda d: d.actor_name),
        Column(_t("Columns", "Action"), lambda d: action_text(d.action)),
        Column(_t("Columns", "Revision"), lambda d: str(d.plan_revision), align_right=True,
               optional=1),
        Column(_t("Columns", "Comment"), lambda d: d.comment or ""),
    ], parent)


def suggestions_model(parent=None) -> RowsTableModel:
    """Suggested calls with the reason each was suggested."""
    return RowsTableModel([
        Column(_t("Columns", "Day"), lambda s: weekday_text(s.day), sort_key=lambda s: s.day),
        Column(_t("Columns", "Customer"), lambda s: s.customer_name),
        Column(_t("Columns", "Tier"), lambda s: s.tier or ""),
        Column(_t("Columns", "Why"), lambda s: message_text("PlanReason", s.template, s.params)),
    ], parent, tooltip=lambda s: s.organisation_name or None)


def queue_model(parent=None) -> RowsTableModel:
    """Submitted plans waiting for the manager."""
    return RowsTableModel([
        Column(_t("Columns", "Representative"), lambda q: q.rep_name),
        Column(_t("Columns", "Week"), lambda q: date_text(q.week_start),
               sort_key=lambda q: q.week_start),
        Column(_t("Columns", "Calls"), lambda q: str(q.item_count), align_right=True),
        Column(_t("Columns", "Revision"), lambda q: str(q.plan_revision), align_right=True,
               optional=1),
        Column(_t("Columns", "Submitted"), lambda q: datetime_text(q.submitted_at),
               optional=2),
    ], parent)


def _calls_vs_plan(s) -> str:
    return f"{s.calls_this_week} / {s.planned_calls}"


def _complaints(s) -> str:
    if not s.open_complaints:
        return "0"
    text = str(s.open_complaints)
    if s.complaints_overdue:
        text += " · " + message_text("Plans", MSG_OVERDUE, {"n": s.complaints_overdue})
    if s.next_complaint_deadline is not None:
        text += " · " + message_text("Plans", MSG_NEXT_DEADLINE,
                                     {"when": datetime_text(s.next_complaint_deadline)})
    return text


TEAM_COLUMNS = [
    Column(_t("Columns", "Representative"), lambda s: s.name),
    Column(_t("Columns", "Plan"), lambda s: status_text(s.plan_status),
           tone=lambda s: plan_tone(s.plan_status)),
    Column(_t("Columns", "Calls / plan"), _calls_vs_plan, align_right=True),
    Column(_t("Columns", "Compliance"), lambda s: percent(s.compliance),
           sort_key=lambda s: s.compliance if s.compliance is not None else -1, align_right=True),
    Column(_t("Columns", "A-tier coverage"), lambda s: percent(s.a_tier_coverage),
           align_right=True),
    Column(_t("Columns", "Attainment A"), lambda s: percent(s.attainment.get("A")),
           align_right=True),
    Column(_t("Columns", "Attainment B"), lambda s: percent(s.attainment.get("B")),
           align_right=True),
    Column(_t("Columns", "Attainment C"), lambda s: percent(s.attainment.get("C")),
           align_right=True),
    Column(_t("Columns", "Open complaints"), _complaints),
]


def team_model(parent=None) -> RowsTableModel:
    """One row per rep: plan status, calls against plan, coverage, attainment, complaints."""
    return RowsTableModel(TEAM_COLUMNS, parent,
                          foreground=lambda s: brush("danger_text") if s.complaints_overdue else None)


def tier_counts_model(parent=None) -> RowsTableModel:
    """Running count against the targets: per tier, calls planned this week against the
    weekly calls the monthly targets ask for. Rows are (tier, planned, needed, target)."""
    def state(r):
        return brush("success_text") if r[1] >= r[2] else brush("warning_text")

    return RowsTableModel([
        Column(_t("Columns", "Tier"), lambda r: r[0]),
        Column(_t("Columns", "Planned"), lambda r: str(r[1]), align_right=True),
        # whole calls: a rep cannot make 20.8 of them
        Column(_t("Columns", "Needed a week"), lambda r: str(math.ceil(r[2])), align_right=True),
        # the tier's calls a month per customer (the counts above are for the whole tier)
        Column(_t("Columns", "Target a month"), lambda r: str(r[3]), align_right=True,
               optional=1),
    ], parent, foreground=state)
