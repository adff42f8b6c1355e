"""Labels of the plan screens that come from codes (actions, outcomes, tiers), translated at
display time, and the short formatting helpers the screens share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import PlanStatus
from desktop.ui.common.texts import enum_text, translate

ACTION_LABELS = {
    "submit": _t("Plans", "Submitted"),
    "withdraw": _t("Plans", "Withdrawn"),
    "approve": _t("Plans", "Approved"),
    "return": _t("Plans", "Returned"),
    "revise": _t("Plans", "Reopened for revision"),
}
OUTCOME_LABELS = {
    "done": _t("Plans", "Done"),
    "missed": _t("Plans", "Missed"),
    "pending": _t("Plans", "Planned"),
}

REJECTION_LABELS = {
    "forbidden": _t("Plans", "Not allowed for your role or region"),
    "plan_transition": _t("Plans", "This status change is not allowed"),
    "plan_locked": _t("Plans", "The plan is locked"),
    "validation": _t("Plans", "Invalid values"),
    "deleted": _t("Plans", "Deleted on the server"),
    "bad_reference": _t("Plans", "Refers to a record that is missing or not yours"),
}


def rejection_text(code: str) -> str:
    """A short headline, in the user's language, for a server rejection code."""
    return translate("Plans", REJECTION_LABELS.get(code, _t("Plans", "Refused by the server")))


def action_text(action: str) -> str:
    return translate("Plans", ACTION_LABELS.get(action, action))


def outcome_text(outcome: str) -> str:
    return translate("Plans", OUTCOME_LABELS.get(outcome, outcome))


def status_text(status: str | None) -> str:
    if status is None:
        return translate("Plans", "Not started")
    return enum_text(PlanStatus, status)


def weekday_text(day: date) -> str:
    """"Mon 24/11" in the interface language."""
    locale = QLocale()
    qdate = QDate(day.year, day.month, day.day)
    pattern = translate("Plans", "M/d")  # the day-and-month pattern of the language
    weekday = locale.dayName(qdate.dayOfWeek(), QLocale.FormatType.ShortFormat)
    return weekday + " " + locale.toString(qdate, pattern)


def week_text(week_start: date) -> str:
    locale = QLocale()
    qdate = QDate(week_start.year, week_start.month, week_start.day)
    end = qdate.addDays(4)
    return translate("Plans", "Week of {start} – {end}").format(
        start=locale.toString(qdate, QLocale.FormatType.ShortFormat),
        end=locale.toString(end, QLocale.FormatType.ShortFormat))


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"
