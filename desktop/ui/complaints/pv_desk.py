"""The pharmacovigilance desk (role pv): every open suspected adverse reaction with its live
clock (time left, or late by), the case as captured, and the desk's two acts: acknowledge
receipt, then mark it reported to the authority with the authority's reference.

Only this desk marks a case reported; the reads and writes are the domain's
(`desktop.domain.pv_clock`), run on the database thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from desktop.domain import local_time, pv_clock
from desktop.domain.complaint_rules import PvClock
from desktop.domain.complaints import StepRefused
from desktop.domain.workflows import ADMIN, PV
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import PatientSex
from desktop.ui.common.pills import pv_stage_pill
from desktop.ui.common.rows_model import Column
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import date_text, datetime_text, enum_text, message_text
from desktop.ui.common.widgets import Banner
from desktop.ui.complaints.case_list import CaseListScreen
from desktop.ui.complaints.pv_words import clock_banner, receipt_pill


@dataclass(frozen=True)
class CaseWords:
    """A row's clock at one moment, computed once for all its cells: the receipt clock (time
    left to Day 0 + 24 h, late by, or settled) and the case's stage, each as (text, tone)."""

    clock: PvClock
    receipt: tuple[str, str]
    stage: tuple[str, str]


def case_words(case, now) -> CaseWords:
    clock = case.clock(now)
    return CaseWords(clock, receipt_pill(clock, now), pv_stage_pill(clock.stage))


def case_columns(words: Callable[[object], CaseWords]) -> list[Column]:
    """The desk's columns; `words` gives a row's clock (computed once per row)."""
    return [
        Column(_t("Columns", "Clock"), lambda c: words(c).receipt[0],
               tone=lambda c: words(c).receipt[1], sort_key=lambda c: c.day0_at),
        Column(_t("Columns", "Day 0"), lambda c: datetime_text(c.day0_at)),
        Column(_t("Columns", "Stage"), lambda c: words(c).stage[0],
               tone=lambda c: words(c).stage[1]),
        Column(_t("Columns", "Product"), lambda c: c.product_name),
        # a narrow pane gives up the reference, then the customer (in the detail's title)
        Column(_t("Columns", "Lot"), lambda c: c.lot or "", optional=3),
        Column(_t("Columns", "Customer"), lambda c: c.customer_name, optional=2),
        Column(_t("Columns", "Reference"), lambda c: c.pv_reference or "", optional=1),
    ]


class PvDeskView(CaseListScreen):
    """Open (or all) adverse-reaction cases; receipt and report for the selected one."""

    def __init__(self, context, parent=None, *, identity=None):
        super().__init__(context, case_columns(lambda case: self.words(case)), parent,
                         identity=identity)
        self._words: dict[str, CaseWords] = {}
        self._moment: datetime | None = None  # the moment the rows' clocks are read at
        self.setObjectName("PvDesk")
        self.filter_combo = QComboBox(self)
        self.filter_combo.addItem("", True)
        self.filter_combo.addItem("", False)
        self.clock_banner = Banner(self.detail)
        self.title_label = set_role(QLabel(self.detail), "title")
        self.title_label.setWordWrap(True)
        self.facts_label = QLabel(self.detail)
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.receipt_button = QPushButton(self.detail)
        self.reference_label = QLabel(self.detail)
        self.reference_edit = QLineEdit(self.detail)
        self.reference_edit.setMaxLength(60)
        self.reported_button = QPushButton(self.detail)
        self.error = Banner(self.detail)
        self.reference_label.setBuddy(self.reference_edit)
        report_row = QHBoxLayout()
        report_row.addWidget(self.reference_label)
        report_row.addWidget(self.reference_edit, 1)
        report_row.addWidget(self.reported_button)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.clock_banner)
        detail_layout.addWidget(self.title_label)
        detail_layout.addWidget(self.facts_label)
        detail_layout.addStretch(1)
        detail_layout.addWidget(self.error)
        detail_layout.addWidget(self.receipt_button, 0, Qt.AlignmentFlag.AlignLeft)
        detail_layout.addLayout(report_row)

        self.clock_timer = QTimer(self, interval=30_000)  # the clocks move on
        self.clock_timer.timeout.connect(self._tick)
        self.clock_timer.start()
        self.filter_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.receipt_button.clicked.connect(self.acknowledge_receipt)
        self.reported_button.clicked.connect(self.mark_reported)
        self.reference_edit.returnPressed.connect(self.mark_reported)
        self.start(self.filter_combo)

    def is_desk(self) -> bool:
        return self.identity is not None and self.identity.role in (PV, ADMIN)

    def open_only(self) -> bool:
        return bool(self.filter_combo.currentData())

    def _reader(self):
        store, open_only = self.context.store, self.open_only()
        return lambda: pv_clock.pv_cases(store, open_only=open_only)

    def words(self, case) -> CaseWords:
        """The row's clock, computed once per row and moment: until the clocks tick, the
        rows are read again or the language changes."""
        if self._moment is None:
            self._moment = local_time.now()
        found = self._words.get(case.id)
        if found is None:
            found = self._words[case.id] = case_words(case, self._moment)
        return found

    def _forget_words(self) -> None:
        self._words, self._moment = {}, None

    def _show(self, rows) -> None:
        self._forget_words()  # rows read again: their clocks too
        super()._show(rows)

    def _tick(self) -> None:
        self._forget_words()
        self.model.layoutChanged.emit()  # the clock column reads "now" again
        self._update_clock()

    def _show_current(self) -> None:
        case = self.current()
        self.detail.setVisible(case is not None)
        self.error.setVisible(False)
        if case is None:
            return
        self.title_label.setText(self.tr("{product} — {customer}").format(
            product=case.product_name or "—", customer=case.customer_name))
        sex = enum_text(PatientSex, case.patient_sex) if case.patient_sex else "—"
        age = str(case.patient_age) if case.patient_age is not None else "—"
        facts = [
            self.tr("Patient: {initials}, {age}, {sex}").format(
                initials=case.patient_initials or "—", age=age, sex=sex),
            self.tr("Lot: {lot}").format(lot=case.lot or "—"),
            self.tr("Reaction: {reaction}").format(reaction=case.reaction or ""),
            self.tr("Onset: {date}").format(
                date=date_text(local_time.local_day(case.onset_date))
                if case.onset_date else "—"),
            self.tr("Day 0: {moment}").format(moment=datetime_text(case.day0_at)),
        ]
        if case.pv_received_at is not None:
            facts.append(self.tr("Receipt acknowledged: {moment}").format(
                moment=datetime_text(case.pv_received_at)))
        if case.pv_reported_at is not None:
            facts.append(self.tr("Reported to the authority: {moment} (ref. {reference})")
                         .format(moment=datetime_text(case.pv_reported_at),
                                 reference=case.pv_reference or "—"))
        self.facts_label.setText("\n".join(facts))
        desk = self.is_desk()  # only pharmacovigilance acknowledges and reports
        self.receipt_button.setVisible(desk and case.pv_received_at is None)
        reportable = desk and case.pv_received_at is not None and case.pv_reported_at is None
        for widget in (self.reference_label, self.reference_edit, self.reported_button):
            widget.setVisible(reportable)
        self.reference_edit.clear()
        self._update_clock()

    def _update_clock(self) -> None:
        case = self.current()
        if case is None:
            return
        words = self.words(case)
        self.clock_banner.show_message(*clock_banner(words.clock, self._moment))

    def _update_summary(self) -> None:
        rows = self.model.rows()
        waiting = sum(1 for c in rows if c.pv_received_at is None and c.pv_reported_at is None)
        late = sum(1 for c in rows if c.pv_reported_at is None and self.words(c).receipt[1] == "danger")
        self.summary_label.setText(self.tr("{shown} cases · {waiting} waiting for receipt · "
                                           "{late} late").format(shown=len(rows),
                                                                 waiting=waiting, late=late))

    # -- actions --------------------------------------------------------------------------
    def acknowledge_receipt(self) -> None:
        case = self.current()
        if case is None:
            return
        store, actor = self.context.store, self.identity
        self._act(lambda: pv_clock.acknowledge_receipt(store, case.id, actor=actor), case.id)

    def mark_reported(self) -> None:
        case = self.current()
        if case is None:
            return
        reference = self.reference_edit.text().strip()
        if not reference:
            self.error.show_message(self.tr("Type the authority's reference for this report "
                                            "first (as the authority gave it)."), "danger")
            self.reference_edit.setFocus()
            return
        store, actor = self.context.store, self.identity
        self._act(lambda: pv_clock.mark_reported(store, case.id, reference, actor=actor),
                  case.id)

    def _act(self, write, case_id: str) -> None:
        try:
            self.context.write(write)
        except StepRefused as exc:
            self.error.show_message(message_text("Workflow", exc.template,
                                                 exc.params), "danger")
            return
        self.context.saved("complaint")
        self.refresh(select_id=case_id)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self._forget_words()  # the stages' words are the language's
        self.heading.setText(self.tr("Pharmacovigilance desk"))
        self.filter_combo.setItemText(0, self.tr("Open cases"))
        self.filter_combo.setItemText(1, self.tr("All cases"))
        self.receipt_button.setText(self.tr("Acknowledge receipt"))
        self.reference_label.setText(self.tr("Authority &reference"))
        self.reference_edit.setPlaceholderText(self.tr("e.g. the ADR report number"))
        self.reported_button.setText(self.tr("Mark reported to the authority"))
        self.empty.set_texts(self.tr("No open adverse-reaction cases."),
                             self.tr("A rep's suspected adverse reaction arrives here with its "
                                     "24-hour clock as soon as it syncs."))
        self.model.retranslate()
        self._update_summary()
        self._show_current()
