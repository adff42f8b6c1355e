"""Status pills: a cell whose column has a tone (danger, warning, success, info, neutral)
draws its text in a rounded, softly coloured pill, so a status reads at a glance and means
the same colour on every screen."""

from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.domain import local_time
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.rows_model import TONE_ROLE
from desktop.ui.common.style import qcolor

TONES = {  # tone -> (background token, text token)
    "danger": ("danger_soft", "danger_text"),
    "warning": ("warning_soft", "warning_text"),
    "success": ("success_soft", "success_text"),
    "info": ("info_soft", "info_text"),
    "neutral": ("neutral_soft", "text_secondary"),
}
PAD_X, PAD_Y = 8, 5


class PillDelegate(QStyledItemDelegate):
    """Draws the cell's text as a pill in the tone the model gives under TONE_ROLE."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        tone = index.data(TONE_ROLE)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not tone or not text:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, foreground = TONES.get(tone, TONES["neutral"])
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 2 * PAD_X + 2, option.rect.width() - 8)
        height = metrics.height() + 2 * PAD_Y - 4
        rect = QRectF(option.rect.left() + 6, option.rect.center().y() - height / 2 + 0.5,
                      width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(qcolor(background))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(qcolor(foreground))
        painter.drawText(rect.adjusted(PAD_X, 0, -PAD_X, 0), Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                            int(rect.width()) - 2 * PAD_X + 2))
        painter.restore()

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        size.setWidth(option.fontMetrics.horizontalAdvance(
            str(index.data(Qt.ItemDataRole.DisplayRole) or "")) + 2 * PAD_X + 16)
        return size


# -- what each status means, in colour ----------------------------------------------------
def visit_tone(status: str | None) -> str:
    """A draft report still waits for the rep; a submitted one is done."""
    return "warning" if status == "draft" else "success"


def plan_tone(status: str | None) -> str:
    return {"draft": "info", "submitted": "warning", "approved": "success",
            "returned": "danger"}.get(status or "", "neutral")


def follow_up_tone(status: str | None, overdue: bool, due_today: bool = False) -> str:
    if status != "open":
        return "success" if status == "done" else "neutral"
    return "danger" if overdue else "warning" if due_today else "info"


def complaint_tone(status: str | None, deadline_state: str | None) -> str:
    """Closed is settled; an open complaint is red past its committed deadline, amber near it."""
    if status == "closed":
        return "neutral"
    return {"overdue": "danger", "near": "warning"}.get(deadline_state or "", "info")


# -- late pills: how a deadline stands, from now ------------------------------------------
class LateTexts(QObject):
    """A deadline's pill text: "3 h left", "Late by 2 d", "Done late" (through tr(), so
    lupdate marks the plurals)."""

    def left(self, span: timedelta) -> str:
        days, hours, minutes = _parts(span, up=True)  # 30 s left reads "1 min left"
        if days:
            return self.tr("%n d left", "deadline", days)
        if hours:
            return self.tr("%n h left", "deadline", hours)
        return self.tr("%n min left", "deadline", minutes)

    def late_by(self, span: timedelta) -> str:
        if span < timedelta(minutes=1):
            return self.tr("Due now")
        days, hours, minutes = _parts(span)
        if days:
            return self.tr("Late by %n d", "deadline", days)
        if hours:
            return self.tr("Late by %n h", "deadline", hours)
        return self.tr("Late by %n min", "deadline", minutes)

    def done_late(self) -> str:
        return self.tr("Done late")

    def done_on_time(self) -> str:
        return self.tr("Done on time")

    def received_late(self) -> str:
        return self.tr("Received late")

    def received_on_time(self) -> str:
        return self.tr("Received on time")


def _parts(span: timedelta, up: bool = False) -> tuple[int, int, int]:
    """Whole days, else hours, else minutes of `span` (`up`: a started minute counts)."""
    seconds = abs(span).total_seconds()
    seconds = int(-(-seconds // 60) * 60) if up else int(seconds)
    return seconds // 86400, seconds // 3600, seconds // 60


@cache
def late_texts() -> LateTexts:
    return LateTexts()


def late_pill(lateness, now: datetime | None = None, *,
              receipt: bool = False) -> tuple[str, str]:
    """The text and tone of a deadline's pill, from the domain's one late rule (`lateness`:
    `desktop.domain.lateness.Lateness`, measured at `now`, default this moment): red once
    late, amber when due soon, blue while there is time; done ones green or red."""
    texts = late_texts()
    if lateness.done and receipt:  # a clock that stops at receipt, not when work is done
        return (texts.received_late(), "danger") if lateness.late else \
            (texts.received_on_time(), "success")
    if lateness.done:
        return (texts.done_late(), "danger") if lateness.late else \
            (texts.done_on_time(), "success")
    if lateness.late:
        return texts.late_by(lateness.overdue_by), "danger"
    left = lateness.deadline - (now or local_time.now())
    return texts.left(left), "warning" if lateness.due_soon else "info"


# -- a suspected adverse reaction's stage at the pharmacovigilance desk --------------------
PV_STAGES = {  # PvClock.stage -> (text, tone)
    "reported": (_t("PvDesk", "Reported"), "success"),
    "received": (_t("PvDesk", "Received"), "info"),
    "awaiting_receipt": (_t("PvDesk", "Waiting for receipt"), "warning"),
}


def pv_stage_pill(stage: str) -> tuple[str, str]:
    """The text and tone of a case's stage ("reported" / "received" / "awaiting_receipt"),
    the same on the PV desk and wherever else a case shows."""
    text, tone = PV_STAGES[stage]
    return QCoreApplication.translate("PvDesk", text), tone
