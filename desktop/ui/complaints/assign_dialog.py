"""Assign… a complaint to a handler (role qa), chosen from the offline directory of the
team; the manager (or the QA lead) does it, through `desktop.domain.complaint_desk`."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from desktop.domain import complaint_desk
from desktop.domain.complaints import StepRefused
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import message_text
from desktop.ui.common.widgets import Banner


class AssignDialog(QDialog):
    """Pick the handler of one complaint; `assigned_to` is set once saved."""

    def __init__(self, context, complaint_id: str, title: str, handlers,
                 current: str | None = None, parent=None, *, identity=None):
        super().__init__(parent)
        self.context = context
        self.identity = identity
        self.complaint_id = complaint_id
        self.assigned_to: str | None = None
        self.title_label = set_role(QLabel(title, self), "strong")
        self.title_label.setWordWrap(True)
        self.handler_combo = QComboBox(self)
        self.handler_combo.addItem("—", None)
        for handler in handlers:
            self.handler_combo.addItem(handler.name, handler.user_id)
        self.handler_combo.setCurrentIndex(max(0, self.handler_combo.findData(current)))
        self.handler_label = QLabel(self)
        self.handler_label.setBuddy(self.handler_combo)
        self.hint = set_role(QLabel(self), "hint")
        self.hint.setWordWrap(True)
        self.error = Banner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout()
        form.addRow(self.handler_label, self.handler_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.setMinimumWidth(460)
        if not handlers:
            self.error.show_message(self.tr(
                "No complaint handler (role qa) is in your team's directory yet. IT creates "
                "one with rounds-server user add --role qa; it arrives with the next sync."),
                "warning")
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)

    def save(self) -> None:
        handler = self.handler_combo.currentData()
        if handler is None:
            self.error.show_message(self.tr("Choose the handler first."), "danger")
            return
        store, complaint_id, actor = self.context.store, self.complaint_id, self.identity
        try:
            self.context.write(lambda: complaint_desk.assign_complaint(
                store, complaint_id, handler, actor=actor))
        except StepRefused as exc:
            self.error.show_message(message_text("Workflow", exc.template, exc.params),
                                    "danger")
            return
        self.assigned_to = handler
        self.context.saved("complaint")
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Assign the complaint"))
        self.handler_label.setText(self.tr("&Handler"))
        self.hint.setText(self.tr("The handler sees it in their queue after the next sync "
                                  "and answers it; you can change the handler later."))
