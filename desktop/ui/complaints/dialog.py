"""Capture a complaint. The committed deadline is proposed by kind (desktop.domain
.complaint_rules) and stays editable; a suspected adverse reaction shows its Day 0, the
pharmacovigilance receipt clock in the PV desk's words (desktop.ui.complaints.pv_words:
Day 0 + 24 h to the desk's receipt, the case's stage and Day 0; updated every second) and the
minimum case fields, and is queued for priority push."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import call_reports, complaint_rules, complaints, customer_profile, local_time
from desktop.models import ValidationError
from desktop.models.enums import ComplaintChannel, ComplaintKind, ComplaintSeverity
from desktop.models.validation import row_errors
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import error_text, field_text
from desktop.ui.common.widgets import Banner, EnumComboBox, MomentEdit, show_field_errors
from desktop.ui.complaints.pv_words import clock_banner


class ComplaintDialog(QDialog):
    """The complaint capture form; `saved_id` is set once stored."""

    def __init__(self, context, customer_id: str, parent=None, *, now: datetime | None = None):
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.saved_id: str | None = None
        self._deadline_touched = False
        self._submitted_once = False
        now = now or local_time.now()
        store = context.store
        self._territory_id = customer_profile.customer_territory(store, customer_id)
        self.error_labels: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        self.adr_banner = Banner(self)
        self._build_editors(store, customer_id, now)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.summary = set_role(QLabel(self), "error")
        self.summary.setWordWrap(True)
        # The complaint on the left, the adverse-reaction case beside it: the whole form fits
        # a 768-pixel-high screen with every error shown.
        columns = QHBoxLayout()
        columns.addLayout(self._build_form(), 1)
        columns.addWidget(self.adr_group, 1, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.adr_banner)
        layout.addLayout(columns)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.receipt_clock_timer = QTimer(self, interval=1000)
        self._wire()
        self.setMinimumWidth(980)
        self.retranslate_ui()
        self._kind_changed()
        self.kind_combo.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build_editors(self, store, customer_id: str, now: datetime) -> None:
        self.customer_label = QLabel(call_reports.customer_name(store, customer_id), self)
        set_role(self.customer_label, "strong")
        self.kind_combo = EnumComboBox(ComplaintKind, self)
        self.severity_combo = EnumComboBox(ComplaintSeverity, self)
        self.severity_combo.set_value(ComplaintSeverity.MEDIUM.value)
        self.channel_combo = EnumComboBox(ComplaintChannel, self)
        self.product_combo = QComboBox(self)
        self.product_combo.addItem("", None)
        for choice in call_reports.product_choices(store):
            self.product_combo.addItem(choice.name, choice.id)
        self.lot_edit = QLineEdit(self)
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(90)
        self.received_edit = MomentEdit(now, self)
        self.deadline_edit = MomentEdit(now, self)

        self.adr_group = QGroupBox(self)
        self.day0_edit = MomentEdit(now, self)
        self.patient_edit = QLineEdit(self)
        self.reporter_edit = QLineEdit(self)
        self.reporter_contact_edit = QLineEdit(self)
        self.event_edit = QPlainTextEdit(self)
        self.event_edit.setTabChangesFocus(True)
        self.event_edit.setMaximumHeight(80)

    def _build_form(self) -> QFormLayout:
        """The complaint's fields, then the adverse-reaction case fields in their group."""
        form = QFormLayout()
        form.addRow(self._label("customer_id"), self.customer_label)
        for name, editor in (("kind", self.kind_combo), ("severity", self.severity_combo),
                             ("channel", self.channel_combo), ("product_id", self.product_combo),
                             ("lot", self.lot_edit), ("description", self.description_edit),
                             ("received_at", self.received_edit),
                             ("committed_deadline", self.deadline_edit)):
            form.addRow(self._label(name, editor), self._with_error(name, editor))
        adr_form = QFormLayout(self.adr_group)
        for name, editor in (("day0_at", self.day0_edit),
                             ("patient_identifier", self.patient_edit),
                             ("reporter_name", self.reporter_edit),
                             ("reporter_contact", self.reporter_contact_edit),
                             ("event_description", self.event_edit)):
            adr_form.addRow(self._label(name, editor), self._with_error(name, editor))
        return form

    def _wire(self) -> None:
        self.receipt_clock_timer.timeout.connect(self._update_receipt_clock)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.received_edit.dateTimeChanged.connect(lambda _d: self._propose_deadline())
        self.day0_edit.dateTimeChanged.connect(lambda _d: self._propose_deadline())
        self.deadline_edit.dateTimeChanged.connect(self._deadline_edited)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)

    def _label(self, name: str, buddy: QWidget | None = None) -> QLabel:
        label = QLabel(self)
        self.labels[name] = label
        if buddy is not None:
            label.setBuddy(buddy)
        return label

    def _with_error(self, name: str, editor: QWidget) -> QWidget:
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        error = QLabel(self)
        set_role(error, "error")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self.error_labels[name] = error
        return holder

    # -- behaviour ------------------------------------------------------------------------
    def is_adverse_reaction(self) -> bool:
        return self.kind_combo.value() == ComplaintKind.ADVERSE_REACTION

    def _kind_changed(self) -> None:
        adr = self.is_adverse_reaction()
        self.adr_group.setVisible(adr)
        if adr:
            self.severity_combo.set_value(ComplaintSeverity.HIGH.value)
            self.receipt_clock_timer.start()
        else:
            self.receipt_clock_timer.stop()
        self._deadline_touched = False
        self._propose_deadline()
        self._update_receipt_clock()
        if self._submitted_once:
            self._validate()
        self.adjustSize()

    def _propose_deadline(self) -> None:
        if self._deadline_touched:
            return
        day0 = self.day0_edit.moment() if self.is_adverse_reaction() else None
        deadline = complaint_rules.default_deadline(
            self.kind_combo.value(), self.received_edit.moment(), day0)
        self.deadline_edit.blockSignals(True)
        self.deadline_edit.set_moment(deadline)
        self.deadline_edit.blockSignals(False)
        self._update_receipt_clock()

    def _deadline_edited(self, _value) -> None:
        self._deadline_touched = True

    def _update_receipt_clock(self) -> None:
        if not self.is_adverse_reaction():
            self.adr_banner.setVisible(False)
            return
        now = local_time.now()
        clock, _level = clock_banner(complaint_rules.pv_clock(self.day0_edit.moment(), now), now)
        self.adr_banner.show_message(
            self.tr("Suspected adverse reaction — pharmacovigilance must be informed within "
                    "24 hours of Day 0.") + "\n" + clock, "danger")

    def values(self) -> dict:
        adr = self.is_adverse_reaction()
        v = {"customer_id": self.customer_id, "territory_id": self._territory_id,
             "kind": self.kind_combo.value(), "severity": self.severity_combo.value(),
             "channel": self.channel_combo.value(), "product_id": self.product_combo.currentData(),
             "lot": self.lot_edit.text().strip() or None,
             "description": self.description_edit.toPlainText().strip(),
             "received_at": self.received_edit.moment(),
             "committed_deadline": self.deadline_edit.moment()}
        if adr:
            v.update(day0_at=self.day0_edit.moment(),
                     patient_identifier=self.patient_edit.text().strip() or None,
                     reporter_name=self.reporter_edit.text().strip() or None,
                     reporter_contact=self.reporter_contact_edit.text().strip() or None,
                     event_description=self.event_edit.toPlainText().strip() or None)
        return v

    def _validate(self) -> bool:
        errors = row_errors("complaint", {**self.values(), "status": "captured"})
        return show_field_errors(errors, self.error_labels, self.summary)

    def save(self) -> None:
        """Store the complaint if the required fields are there; else mark what is missing."""
        self._submitted_once = True
        if not self._validate():
            return
        try:
            store, values = self.context.store, self.values()
            self.saved_id = self.context.write(
                lambda: complaints.capture_complaint(store, values))
        except ValidationError as exc:
            self.summary.setText("\n".join(error_text(e) for e in exc.errors))
            self.summary.setVisible(True)
            return
        self.context.saved("complaint")
        self.accept()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Capture complaint"))
        for name, label in self.labels.items():
            label.setText(field_text(name))
        self.adr_group.setTitle(self.tr("Adverse reaction case (minimum fields)"))
        self.lot_edit.setPlaceholderText(self.tr("as printed on the pack"))
        self.patient_edit.setPlaceholderText(self.tr("initials or case number, no full name"))
        self._update_receipt_clock()
        if self._submitted_once:
            self._validate()
