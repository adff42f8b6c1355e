"""Today's lists as columns: what each cell shows, its tone and tooltip, and the counts in
words (`CadenceTexts`, through tr() so lupdate marks the plural forms)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject

from desktop.domain import local_time
from desktop.domain.cadence_rules import frequency_phrase
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind, ComplaintStatus, VisitStatus
from desktop.ui.common.pills import complaint_tone, visit_tone
from desktop.ui.common.rows_model import Column
from desktop.ui.common.texts import datetime_text, enum_text, message_text, translate


def _plan_status(p) -> str:
    if p.visit_id is None:
        return translate("TodayView", "To do")
    return enum_text(VisitStatus, p.visit_status)


def _plan_tone(p) -> str:
    return "info" if p.visit_id is None else visit_tone(p.visit_status)


PLANNED_COLUMNS = [
    Column(_t("Columns", "Time"), lambda p: p.time_slot or ""),
    Column(_t("Columns", "Customer"), lambda p: p.name_beside_organisation),
    Column(_t("Columns", "Organisation"), lambda p: p.organisation_name),
    Column(_t("Columns", "Objective"), lambda p: p.objective or "", optional=1),
    Column(_t("Columns", "Report"), _plan_status, tone=_plan_tone),
]


PLANNED_ORGANISATION = 2
ORGANISATION_ROOM = 190  # px: 天津市滨海新区中西医结合医院 at 10 pt


class CadenceTexts(QObject):
    """Counts in words, with plural forms (through tr(), so lupdate marks them)."""

    def frequency(self, per: str, n: int) -> str:
        if per == "week":
            return self.tr("about %n call(s) a week", "", n)
        return self.tr("%n call(s) a month", "", n)

    def short_frequency(self, per: str, n: int) -> str:
        """The target in a narrow column ("weekly"; `frequency` in its tooltip)."""
        if per == "week":
            return self.tr("%n a week", "call target, short", n)
        return self.tr("%n a month", "call target, short", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)

    def days_overdue(self, n: int) -> str:
        return self.tr("%n day(s) overdue", "", n)

    def due_today(self) -> str:
        return self.tr("Due today")


@cache
def _cadence_texts() -> CadenceTexts:
    return CadenceTexts()


def _target(o) -> str:
    frequency = frequency_phrase(o.status.calls_per_month)
    return _cadence_texts().short_frequency(*frequency) if frequency else ""


def _target_in_full(o) -> str:
    frequency = frequency_phrase(o.status.calls_per_month)
    return _cadence_texts().frequency(*frequency) if frequency else ""


def _last_call(o) -> str:
    days = o.status.days_since
    return translate("TodayView", "never") if days is None else _cadence_texts().days_ago(days)


def _due(f) -> str:
    texts = _cadence_texts()
    return texts.days_overdue(f.days_overdue) if f.overdue else texts.due_today()


def planned_tooltip(p) -> str:
    return " · ".join(x for x in (p.name_beside_organisation, p.organisation_name, p.objective)
                      if x)


def _pv_receipt(c) -> tuple[str, str | None]:
    """A suspected adverse reaction's receipt clock in the PV desk's words: "5 h left",
    "Late by 2 h", "Received on time" (Day 0 + 24 h, stopped at the desk's receipt)."""
    if c.pv is None:
        return "", None
    from desktop.ui.complaints.pv_words import receipt_pill  # not on Today's first paint

    return receipt_pill(c.pv, local_time.now())


def _pv_stage(c) -> str:
    """Where the case stands at the desk, and its Day 0 (the receipt cell's tooltip)."""
    if c.pv is None:
        return ""
    from desktop.ui.complaints.pv_words import stage_and_day0  # not on Today's first paint

    return stage_and_day0(c.pv)


def complaint_tooltip(c) -> str:
    """The whole complaint in a line (its status too, when a narrow pane leaves it out)."""
    return " · ".join(x for x in (c.customer_name, enum_text(ComplaintKind, c.kind),
                                  enum_text(ComplaintStatus, c.status), _pv_stage(c)) if x)


# A complaint's kind in a narrow column; the full name is its tooltip.
SHORT_KINDS = {
    ComplaintKind.QUALITY: _t("TodayView", "Quality"),
    ComplaintKind.ADVERSE_REACTION: _t("TodayView", "Suspected ADR"),
    ComplaintKind.DELIVERY: _t("TodayView", "Delivery"),
}


def _short_kind(c) -> str:
    short = SHORT_KINDS.get(c.kind)
    return translate("TodayView", short) if short else enum_text(ComplaintKind, c.kind)


OVERDUE_COLUMNS = [
    Column(_t("Columns", "Customer"), lambda o: o.customer_name),
    Column(_t("Columns", "Tier"), lambda o: o.status.tier or ""),
    Column(_t("Columns", "Last call"), _last_call,
           tone=lambda o: "neutral" if o.status.days_since is None else "danger"),
    Column(_t("Columns", "Target"), _target, tooltip=_target_in_full),
]
FOLLOW_UP_DUE_COLUMNS = [
    Column(_t("Columns", "Due"), _due, tone=lambda f: "danger" if f.overdue else "warning"),
    Column(_t("Columns", "Customer"), lambda f: f.customer_name),
    Column(_t("Columns", "Follow-up"), lambda f: f.title),
]
NEAR_COLUMNS = [
    Column(_t("Columns", "Deadline"), lambda c: datetime_text(c.committed_deadline)),
    Column(_t("Columns", "Customer"), lambda c: c.customer_name),
    Column(_t("Columns", "Kind"), _short_kind,
           tooltip=lambda c: enum_text(ComplaintKind, c.kind)),
    Column(_t("Columns", "Status"), lambda c: enum_text(ComplaintStatus, c.status),
           tone=lambda c: complaint_tone(c.status, c.state), optional=1),
    Column(_t("Columns", "PV receipt"), lambda c: _pv_receipt(c)[0],
           tone=lambda c: _pv_receipt(c)[1], tooltip=_pv_stage),
]


AT_RISK_COLUMNS = [
    Column(_t("Columns", "Customer"), lambda a: a.name),
    Column(_t("Columns", "Tier"), lambda a: a.tier or ""),
    Column(_t("Columns", "Why at risk"),
           lambda a: "\n".join(message_text("AtRisk", r.template, r.params) for r in a.reasons)),
]


EMPTY_ICONS = {"planned": "calendar-check", "follow_ups": "bell", "complaints": "shield-alert",
               "overdue": "users", "at_risk": "triangle-alert"}
