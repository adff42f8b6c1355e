"""The follow-up editor: a new follow-up for a customer, or an open one edited (title, due
date, its own reminder time, notes). Errors show under their field; nothing typed is lost."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.domain import follow_up_edits, local_time
from desktop.models import ValidationError
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import field_text, message_text
from desktop.ui.common.widgets import MomentEdit, show_field_errors


class FollowUpEditor(QDialog):
    """Edits a `FollowUpDraft`; `saved_id` is set once stored."""

    def __init__(self, context, draft: follow_up_edits.FollowUpDraft, parent=None):
        super().__init__(parent)
        self.context = context
        self.draft = draft
        self.saved_id: str | None = None
        today = local_time.today()
        due = draft.due_date or today + timedelta(days=1)
        self.customer_label = set_role(QLabel(draft.customer_name, self), "strong")
        self.title_edit = QLineEdit(draft.title, self)
        self.title_edit.setMaxLength(200)
        self.due_edit = QDateEdit(QDate(due.year, due.month, due.day), self)
        self.due_edit.setCalendarPopup(True)
        self.remind_check = QCheckBox(self)
        self.remind_edit = MomentEdit(draft.remind_at or local_time.moment_at(
            due, time(hour=context.settings.reminders.default_hour)), self)
        self.remind_check.setChecked(draft.remind_at is not None)
        self.remind_edit.setEnabled(draft.remind_at is not None)
        self.notes_edit = QPlainTextEdit(draft.notes, self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(110)
        self.labels: dict[str, QLabel] = {}
        self.error_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.addRow(self._label("customer_id"), self.customer_label)
        for name, editor in (("title", self.title_edit), ("due_date", self.due_edit),
                             ("remind_at", self.remind_edit), ("notes", self.notes_edit)):
            if name == "remind_at":
                form.addRow(self._label(name), self.remind_check)
                form.addRow("", self._with_error(name, editor))
            else:
                form.addRow(self._label(name), self._with_error(name, editor))
        self.summary = set_role(QLabel(self), "error")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.remind_check.toggled.connect(self.remind_edit.setEnabled)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.setMinimumWidth(520)
        self.retranslate_ui()
        self.title_edit.setFocus()

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        self.labels[name] = label
        return label

    def _with_error(self, name: str, editor) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(1)
        box.addWidget(editor)
        error = set_role(QLabel(self), "error")
        error.setWordWrap(True)
        error.setVisible(False)
        box.addWidget(error)
        self.error_labels[name] = error
        return box

    def edited_draft(self) -> follow_up_edits.FollowUpDraft:
        d = self.due_edit.date()
        remind = self.remind_edit.moment() if self.remind_check.isChecked() else None
        return follow_up_edits.FollowUpDraft(
            self.draft.customer_id, self.title_edit.text(), date(d.year(), d.month(), d.day()),
            self.notes_edit.toPlainText(), remind, self.draft.id, self.draft.customer_name)

    def _show_errors(self, errors) -> bool:
        return show_field_errors(errors, self.error_labels, self.summary)

    def save(self) -> None:
        """Store the follow-up if it is complete; otherwise say what is missing, keep all."""
        draft = self.edited_draft()
        if not self._show_errors(draft.errors()):
            return
        store = self.context.store
        try:
            self.saved_id = self.context.write(lambda: follow_up_edits.save_follow_up(store, draft))
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return
        except follow_up_edits.FollowUpRefused as exc:
            self.summary.setText(message_text("Workflow", exc.template, exc.params))
            self.summary.setVisible(True)
            return
        self.context.saved("follow_up")
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New follow-up") if self.draft.id is None
                            else self.tr("Edit follow-up"))
        for name, label in self.labels.items():
            label.setText(field_text(name))
        self.remind_check.setText(self.tr("Remind me at a time of my own (else on the due "
                                          "date at the usual hour)"))
        self.title_edit.setPlaceholderText(self.tr("what to do, e.g. bring the trial data"))
