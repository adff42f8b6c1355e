"""The call report's "Suspected adverse reaction" section: a tick box that opens the minimum
case (patient initials, age, sex, product and lot, reaction, onset). Saving the report with it
ticked creates the adverse-reaction case through the domain, Day 0 = the call's date.

The section only shows and collects; what is required and why is the domain's
(`desktop.domain.complaint_desk`), whose field errors are shown under their editor."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.call_report_adr import AdverseReactionDraft
from desktop.models.enums import PatientSex
from desktop.models.validation import MSG_ADR_REQUIRED, FieldError
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import error_text, field_text
from desktop.ui.common.widgets import EnumComboBox

NO_AGE = -1  # the age spin box's "not given"

#: The case's fields, in the order shown (named as the complaint's, as errors name them).
FIELDS = ("patient_identifier", "patient_age", "patient_sex", "product_id", "lot",
          "event_description", "event_onset_date")
#: The minimum case: all but the lot, which a caller often cannot read off the pack.
REQUIRED = ("patient_identifier", "patient_age", "patient_sex", "product_id",
            "event_description", "event_onset_date")


class AdrSection(QWidget):
    """The minimum case, shown while its tick box (`check`, placed by the dialog under the
    report's form) is ticked; `values()` is None while unticked."""

    def __init__(self, products, call_day: date, parent=None):
        super().__init__(parent)
        self.check = QCheckBox(parent)
        self.check.setObjectName("adr_check")
        self.group = QGroupBox(self)
        self.initials_edit = QLineEdit(self.group)
        self.initials_edit.setMaxLength(10)
        self.age_spin = QSpinBox(self.group)
        self.age_spin.setRange(NO_AGE, 130)
        self.age_spin.setValue(NO_AGE)
        self.sex_combo = EnumComboBox(PatientSex, self.group, any_text="—")
        self.product_combo = QComboBox(self.group)
        self.product_combo.addItem("—", None)
        for choice in products:
            self.product_combo.addItem(choice.name, choice.id)
        self.lot_edit = QLineEdit(self.group)
        self.lot_edit.setMaxLength(40)
        self.reaction_edit = QPlainTextEdit(self.group)
        self.reaction_edit.setTabChangesFocus(True)
        self.reaction_edit.setMaximumHeight(56)
        self.onset_edit = QDateEdit(self.group)
        self.onset_edit.setCalendarPopup(True)
        self.onset_edit.setDate(QDate(call_day.year, call_day.month, call_day.day))
        self.onset_edit.setMaximumDate(self.onset_edit.date())  # not after the call
        self.editors = dict(zip(FIELDS, (
            self.initials_edit, self.age_spin, self.sex_combo, self.product_combo,
            self.lot_edit, self.reaction_edit, self.onset_edit), strict=True))
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.hint = set_role(QLabel(self.group), "hint")
        self.hint.setWordWrap(True)
        form = QFormLayout(self.group)
        form.addRow(self.hint)
        # two editors a row keeps the dialog within 800 pixels when the section is open
        for left, right in (("patient_identifier", "patient_age"),
                            ("patient_sex", "event_onset_date"), ("product_id", "lot")):
            form.addRow(self._label(left), self._pair(left, right))
        form.addRow(self._label("event_description"), self._with_error("event_description"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.group)
        layout.addStretch(1)
        self.setVisible(False)
        self.check.toggled.connect(self._toggled)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self.group)
        label.setBuddy(self.editors[name])
        self.labels[name] = label
        return label

    def _with_error(self, name: str) -> QWidget:
        holder = QWidget(self.group)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(self.editors[name])
        error = set_role(QLabel(holder), "error")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self.error_labels[name] = error
        return holder

    def _pair(self, left: str, right: str) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout

        holder = QWidget(self.group)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._with_error(left), 1)
        row.addWidget(self._label(right))
        row.addWidget(self._with_error(right), 1)
        return holder

    def _toggled(self, on: bool) -> None:
        self.setVisible(on)  # beside the report's form: the dialog grows sideways, not down
        if on:
            self.initials_edit.setFocus()
        else:
            self.show_errors([])
        window = self.window()
        if window is not None and window is not self:
            window.adjustSize()

    # -- values and errors ----------------------------------------------------------------
    def is_ticked(self) -> bool:
        return self.check.isChecked()

    def values(self, saved: AdverseReactionDraft | None = None
               ) -> AdverseReactionDraft | None:
        """The case as typed (None when the section is not ticked), over `saved` (the case
        the report already has); empty means missing."""
        if not self.is_ticked():
            return None
        age = self.age_spin.value()
        return replace(saved or AdverseReactionDraft(),
                       patient_initials=self.initials_edit.text().strip(),
                       patient_age=None if age == NO_AGE else age,
                       patient_sex=self.sex_combo.value(),
                       product_id=self.product_combo.currentData(),
                       lot=self.lot_edit.text().strip(),
                       reaction=self.reaction_edit.toPlainText().strip(),
                       onset_date=self.onset_edit.date().toPython())

    def set_call_day(self, call_day) -> None:
        """The call moved to another day: the onset may not be after it, and an onset still
        on the old call day (the default) follows the call."""
        old_max = self.onset_edit.maximumDate()
        new_max = QDate(call_day.year, call_day.month, call_day.day)
        follow = self.onset_edit.date() == old_max
        self.onset_edit.setMaximumDate(new_max)
        if follow:
            self.onset_edit.setDate(new_max)

    def load(self, case: AdverseReactionDraft | None) -> None:
        """Show the case the report already has (ticked), or nothing."""
        self.check.setChecked(case is not None)
        if case is None:
            return
        self.initials_edit.setText(case.patient_initials)
        self.age_spin.setValue(NO_AGE if case.patient_age is None else case.patient_age)
        self.sex_combo.set_value(case.patient_sex)
        self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(case.product_id)))
        self.lot_edit.setText(case.lot)
        self.reaction_edit.setPlainText(case.reaction)
        if case.onset_date is not None:
            day = case.onset_date
            self.onset_edit.setDate(QDate(day.year, day.month, day.day))

    def missing(self) -> list[FieldError]:
        """The minimum case's fields left empty (none while the section is unticked)."""
        case = self.values()
        if case is None:
            return []
        given = {"patient_identifier": case.patient_initials, "patient_age": case.patient_age,
                 "patient_sex": case.patient_sex, "product_id": case.product_id,
                 "event_description": case.reaction, "event_onset_date": case.onset_date}
        return [FieldError(name, "adr_required", MSG_ADR_REQUIRED, {})
                for name in REQUIRED if given[name] in (None, "")]

    def show_errors(self, errors) -> list:
        """Show each error under its editor; returns the errors about other fields."""
        by_field: dict[str, list[str]] = {}
        rest = []
        for e in errors:
            if e.field in self.error_labels:
                by_field.setdefault(e.field, []).append(error_text(e))
            else:
                rest.append(e)
        for name, label in self.error_labels.items():
            label.setText("\n".join(by_field.get(name, [])))
            label.setVisible(name in by_field)
        return rest

    def show_missing(self, missing) -> None:
        """Mark the empty fields of the minimum case (the label beside names the field)."""
        names = {e.field for e in missing}
        for name, label in self.error_labels.items():
            label.setText(self.tr("Required") if name in names else "")
            label.setVisible(name in names)

    def set_read_only(self, read_only: bool) -> None:
        self.check.setEnabled(not read_only)
        self.group.setEnabled(not read_only)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.check.setText(self.tr("Suspected adverse reaction reported during this call"))
        self.group.setTitle(self.tr("Suspected adverse reaction — minimum case"))
        self.hint.setText(self.tr(
            "Saving creates the case for pharmacovigilance at once, Day 0 = the call's date. "
            "No full names: initials only."))
        names = {"patient_identifier": self.tr("Patient initials"),
                 "patient_age": self.tr("Age"), "patient_sex": self.tr("Sex"),
                 "product_id": self.tr("Suspect product"), "lot": self.tr("Lot"),
                 "event_description": self.tr("Reaction"),
                 "event_onset_date": self.tr("Onset")}
        for name, label in self.labels.items():
            label.setText(names.get(name) or field_text(name))
        self.age_spin.setSpecialValueText(self.tr("not given"))
        self.initials_edit.setPlaceholderText(self.tr("e.g. W.Z."))
        self.reaction_edit.setPlaceholderText(self.tr("What happened, how severe, outcome so "
                                                      "far"))
        self.sex_combo.retranslate_ui()
