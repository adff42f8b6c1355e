"""The call report: fast to fill from the keyboard, saved as draft or submitted.

Focus starts in Feedback, with the customer, time, visit type and products already filled in
(from the plan item or the last call). Typing a next step proposes a follow-up a week later.
Ctrl+S saves a draft, Ctrl+Enter submits, Esc cancels. A submitted report opens read-only;
"Correct…" starts a new report that names the one it corrects. A call within 30 days of a
market activity of the customer's territory may name the activity it belongs to.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activity_views, call_reports, local_time
from desktop.domain.call_reports import CallReportDraft, VisitLocked
from desktop.models import ValidationError
from desktop.models.enums import VisitStatus, VisitType
from desktop.ui.calls.adr_section import AdrSection
from desktop.ui.calls.report_models import (
    AttendeeModel,
    ProductLinesModel,
    SampleLinesModel,
)
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import count_text, date_text, error_text, message_text
from desktop.ui.common.widgets import Banner, EnumComboBox, MomentEdit

FOLLOW_UP_AFTER_DAYS = 7


class CallReportDialog(QDialog):
    """Edit one call report; `saved_visit_id` is set after a save or submit."""

    def __init__(self, context, draft: CallReportDraft, parent=None):
        super().__init__(parent)
        self.context = context
        self.draft = draft
        self.saved_visit_id: str | None = None
        self.read_only = draft.status == VisitStatus.SUBMITTED
        self.banner = Banner(self)
        self._build_editors(context.store, draft)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        columns = QHBoxLayout()  # the adverse-reaction case opens beside the report
        columns.addLayout(self._build_form(), 3)
        columns.addWidget(self.adr_section, 2)
        layout.addLayout(columns)
        layout.addLayout(self._buttons_row())
        self._wire()
        self._apply_read_only()
        self.retranslate_ui()
        self.resize(640, 680)
        self.feedback_edit.setFocus()

    # -- building -------------------------------------------------------------------------
    def _build_editors(self, store, draft: CallReportDraft) -> None:
        products = call_reports.product_choices(store)
        self.customer_label = QLabel(call_reports.customer_name(store, draft.customer_id), self)
        set_role(self.customer_label, "strong")
        self.when_edit = MomentEdit(draft.started_at, self)
        self.type_combo = EnumComboBox(VisitType, self)
        self.type_combo.set_value(draft.visit_type)
        self.duration_spin = QSpinBox(self)
        self.duration_spin.setRange(0, 600)
        self.duration_spin.setSingleStep(5)
        self.duration_spin.setValue(draft.duration_minutes or 0)
        self.activity_combo = QComboBox(self)
        self.activity_combo.setObjectName("call_activity")
        self._fill_activities(activity_views.activities_near(
            store, draft.customer_id, local_time.local_day(draft.started_at)),
            draft.market_activity_id)

        self.colleagues = call_reports.colleague_choices(store, draft.customer_id,
                                                         draft.attendee_ids)
        self.attendee_model = AttendeeModel(self.colleagues.choices, draft.attendee_ids, self)
        self.attendee_list = QListView(self)
        self.attendee_list.setModel(self.attendee_model)
        self.attendee_list.setMaximumHeight(90)
        self.attendees_note = set_role(QLabel(self), "hint")
        self.attendees_note.setWordWrap(True)
        self.product_model = ProductLinesModel(products, draft.products, self)
        self.product_table = self._table(self.product_model)
        self.product_table.setColumnWidth(0, 200)
        self.sample_model = SampleLinesModel(products, draft.samples, self)
        self.sample_table = self._table(self.sample_model)
        self.sample_table.setMaximumHeight(100)
        self.sample_table.setColumnWidth(0, 220)
        self.add_sample_button = QPushButton(self)

        self.feedback_edit = QPlainTextEdit(draft.feedback, self)
        self.feedback_edit.setTabChangesFocus(True)
        self.feedback_edit.setMaximumHeight(80)
        self.next_step_edit = QLineEdit(draft.next_step, self)
        self.follow_up_check = QCheckBox(self)
        self.follow_up_date = QDateEdit(self)
        self.follow_up_date.setCalendarPopup(True)
        due = draft.follow_up_date or (local_time.today()
                                       + timedelta(days=FOLLOW_UP_AFTER_DAYS))
        self.follow_up_date.setDate(QDate(due.year, due.month, due.day))
        self.follow_up_check.setChecked(draft.follow_up_date is not None)
        self.follow_up_date.setEnabled(self.follow_up_check.isChecked())
        self.adr_section = AdrSection(products, local_time.local_day(draft.started_at), self)
        self.adr_section.load(draft.adverse_reaction)

    def _build_buttons(self) -> None:
        self.save_button = QPushButton(self)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.correct_button = QPushButton(self)

    def _build_form(self) -> QFormLayout:
        """One labelled row per part of the report; the labels are set in retranslate_ui."""
        self.form = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        follow_up_row = QHBoxLayout()
        follow_up_row.addWidget(self.follow_up_check)
        follow_up_row.addWidget(self.follow_up_date, 1)
        attendees = QVBoxLayout()
        attendees.addWidget(self.attendee_list)
        attendees.addWidget(self.attendees_note)
        samples = QVBoxLayout()
        samples.addWidget(self.sample_table)
        samples.addWidget(self.add_sample_button, 0, Qt.AlignmentFlag.AlignLeft)
        for key, widget in (("customer", self.customer_label), ("when", self.when_edit),
                            ("type", self.type_combo), ("duration", self.duration_spin),
                            ("activity", self.activity_combo), ("attendees", attendees),
                            ("products", self.product_table), ("samples", samples),
                            ("feedback", self.feedback_edit), ("next_step", self.next_step_edit),
                            ("follow_up", follow_up_row)):
            label = QLabel(self)
            self.labels[key] = label
            self.form.addRow(label, widget)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
        self.form.addRow("", self.adr_section.check)  # ticked: the case opens beside
        self.form.setRowVisible(attendees, self.attendee_model.rowCount() > 0)
        # only when an activity of the customer's territory is near the call's day
        self.form.setRowVisible(self.activity_combo, self.activity_combo.count() > 1)
        # after the row: showing a row shows every widget in it
        self.attendees_note.setVisible(len(self.colleagues.choices) < self.colleagues.total)
        return self.form

    def _buttons_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        return buttons

    def _wire(self) -> None:
        """Buttons, the keyboard (Ctrl+S, Ctrl+Enter) and the tab order from Feedback on."""
        self.save_button.clicked.connect(lambda: self.save(submit=False))
        self.submit_button.clicked.connect(lambda: self.save(submit=True))
        self.cancel_button.clicked.connect(self.reject)
        self.correct_button.clicked.connect(self.start_correction)
        self.add_sample_button.clicked.connect(self.add_sample)
        self.follow_up_check.toggled.connect(self.follow_up_date.setEnabled)
        self.next_step_edit.textEdited.connect(self._next_step_typed)
        self.when_edit.dateChanged.connect(lambda _d: self._day_changed())
        QShortcut(QKeySequence("Ctrl+S"), self, activated=lambda: self.save(submit=False))
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=lambda: self.save(submit=True))

        self.setTabOrder(self.feedback_edit, self.next_step_edit)
        self.setTabOrder(self.next_step_edit, self.follow_up_check)
        self.setTabOrder(self.follow_up_check, self.follow_up_date)
        self.setTabOrder(self.follow_up_date, self.product_table)
        self.setTabOrder(self.product_table, self.sample_table)
        self.setTabOrder(self.sample_table, self.add_sample_button)
        self.setTabOrder(self.add_sample_button, self.when_edit)
        self.setTabOrder(self.when_edit, self.type_combo)
        self.setTabOrder(self.type_combo, self.duration_spin)
        self.setTabOrder(self.duration_spin, self.attendee_list)

    def _table(self, model) -> QTableView:
        table = QTableView(self)
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                              | QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed)
        table.setTabKeyNavigation(False)
        return table

    def _apply_read_only(self) -> None:
        ro = self.read_only
        for w in (self.when_edit, self.type_combo, self.duration_spin, self.activity_combo,
                  self.attendee_list,
                  self.product_table, self.sample_table, self.add_sample_button,
                  self.follow_up_check, self.follow_up_date):
            w.setEnabled(not ro)
        self.adr_section.set_read_only(ro)
        self.adr_section.check.setVisible(not ro or self.draft.adverse_reaction is not None)
        self.feedback_edit.setReadOnly(ro)
        self.next_step_edit.setReadOnly(ro)
        self.save_button.setVisible(not ro)
        self.submit_button.setVisible(not ro)
        self.correct_button.setVisible(ro)

    # -- behaviour ------------------------------------------------------------------------
    def _fill_activities(self, choices, chosen: str | None) -> None:
        """The activities the call may belong to (those near its day), `chosen` kept."""
        self.activity_combo.clear()
        self.activity_combo.addItem("—", None)
        for choice in choices:
            self.activity_combo.addItem(f"{choice.title} ({date_text(choice.starts_on)})",
                                        choice.id)
        self.activity_combo.setCurrentIndex(max(0, self.activity_combo.findData(chosen)))

    def _set_activities(self, choices, chosen: str | None) -> None:
        self._fill_activities(choices, chosen)
        self.form.setRowVisible(self.activity_combo, self.activity_combo.count() > 1)

    def _day_changed(self) -> None:
        """Another day: the onset's limit follows it, and the activities near it are read on
        the database thread."""
        store, customer_id = self.context.store, self.draft.customer_id
        day, chosen = local_time.local_day(self.when_edit.moment()), \
            self.activity_combo.currentData()
        self.adr_section.set_call_day(day)
        self.context.tasks.run(
            lambda: activity_views.activities_near(store, customer_id, day),
            lambda choices: self._set_activities(choices, chosen), owner=self)

    def _next_step_typed(self, text: str) -> None:
        if text.strip() and not self.follow_up_check.isChecked():
            self.follow_up_check.setChecked(True)
        elif not text.strip() and self.draft.follow_up_date is None:
            self.follow_up_check.setChecked(False)

    def add_sample(self) -> None:
        index = self.sample_model.add_line()
        self.sample_table.setCurrentIndex(index)
        self.sample_table.setFocus()
        self.sample_table.edit(index)

    def collect(self) -> CallReportDraft:
        """The draft with what the dialog shows now."""
        d = self.draft
        d.started_at = self.when_edit.moment()
        d.visit_type = self.type_combo.value()
        d.duration_minutes = self.duration_spin.value() or None
        d.market_activity_id = self.activity_combo.currentData()
        d.attendee_ids = self.attendee_model.checked_ids()
        d.products = self.product_model.lines()
        d.samples = self.sample_model.lines()
        d.key_messages = "\n".join(m for _p, m in d.products if m)
        d.feedback = self.feedback_edit.toPlainText().strip()
        d.next_step = self.next_step_edit.text().strip()
        d.follow_up_date = self.follow_up_date.date().toPython() \
            if self.follow_up_check.isChecked() else None
        d.follow_up_title = self.tr("Follow up on the call")
        d.adverse_reaction = self.adr_section.values(d.adverse_reaction)
        return d

    def save(self, *, submit: bool) -> None:
        """Store the report; on success close, else say what to fix."""
        if self.read_only:
            return
        draft = self.collect()
        missing = self.adr_section.missing()
        self.adr_section.show_missing(missing)
        if missing:  # nothing is saved until the case is complete: no half case reaches PV
            self.banner.show_message(self.tr("The suspected adverse reaction is incomplete: "
                                             "fill in the fields marked Required."), "danger")
            return
        try:
            store = self.context.store
            self.saved_visit_id = self.context.write(
                lambda: call_reports.save_call_report(store, draft, submit=submit))
        except ValidationError as exc:
            rest = self.adr_section.show_errors(exc.errors)
            if rest:
                self.banner.show_message("\n".join(error_text(e) for e in rest), "danger")
            else:
                self.banner.show_message(self.tr("The suspected adverse reaction is "
                                                 "incomplete: see the fields marked beside."),
                                         "danger")
            return
        except VisitLocked as exc:
            self.banner.show_message(message_text("Workflow", exc.template), "danger")
            return
        self.draft.visit_id = self.saved_visit_id
        self.context.saved("visit")
        if draft.adverse_reaction is not None:
            self.context.saved("complaint")
        self.accept()

    def start_correction(self) -> None:
        """Replace this read-only view by a new report correcting it."""
        self.done(QDialog.DialogCode.Rejected.value)
        correction = call_reports.correction_of(self.context.store, self.draft.visit_id)
        dialog = CallReportDialog(self.context, correction, self.parentWidget())
        dialog.open()
        self.correction_dialog = dialog

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        if self.read_only:
            self.setWindowTitle(self.tr("Call report (submitted)"))
            self.banner.show_message(self.tr("Submitted reports are locked. Use Correct… to "
                                             "record a correction; the original is kept."),
                                     "info")
        elif self.draft.corrects_visit_id:
            self.setWindowTitle(self.tr("Correct a call report"))
            self.banner.show_message(self.tr("This report corrects a submitted one; both are "
                                             "kept."), "warning")
        else:
            self.setWindowTitle(self.tr("Call report"))
        texts = {"customer": self.tr("Customer"), "when": self.tr("&Date and time"),
                 "type": self.tr("Visit &type"), "duration": self.tr("D&uration (min)"),
                 "activity": self.tr("Activity"),
                 "attendees": self.tr("Attendees"), "products": self.tr("&Products detailed"),
                 "samples": self.tr("Samples / materials"), "feedback": self.tr("&Feedback"),
                 "next_step": self.tr("&Next step"), "follow_up": self.tr("Follow-up")}
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.duration_spin.setSpecialValueText(self.tr("not recorded"))
        self.attendees_note.setText(self.tr(
            "Listed: {shown} of the {total} people of the organisation, those of the same "
            "department first.").format(shown=count_text(len(self.colleagues.choices)),
                                        total=count_text(self.colleagues.total)))
        self.follow_up_check.setText(self.tr("Remind me on"))
        self.add_sample_button.setText(self.tr("&Add sample"))
        self.save_button.setText(self.tr("Save draft (Ctrl+S)"))
        self.submit_button.setText(self.tr("Submit (Ctrl+Enter)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.correct_button.setText(self.tr("Correct…"))
        self.feedback_edit.setPlaceholderText(self.tr("What did the customer say? Changes "
                                                      "you noticed?"))
        self.next_step_edit.setPlaceholderText(self.tr("e.g. bring the new clinical data"))
        self.adr_section.retranslate_ui()
