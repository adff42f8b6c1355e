"""The handler's answer to a complaint: the case as captured (read-only), and the answer the
rep will report to the customer. Saving stores it through the domain
(`desktop.domain.complaint_desk.answer_complaint`), offline like every save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from desktop.domain import complaint_desk
from desktop.domain.complaints import StepRefused
from desktop.models import ValidationError
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import error_text, message_text
from desktop.ui.common.widgets import Banner


class AnswerDialog(QDialog):
    """Answer one complaint; `answered` is True once saved."""

    def __init__(self, context, case_text: str, complaint_id: str, resolution: str = "",
                 parent=None, *, identity=None):
        super().__init__(parent)
        self.context = context
        self.identity = identity
        self.complaint_id = complaint_id
        self.answered = False
        self.case_label = QLabel(case_text, self)
        self.case_label.setWordWrap(True)
        self.case_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer_label = set_role(QLabel(self), "strong")
        self.answer_edit = QPlainTextEdit(resolution, self)
        self.answer_edit.setTabChangesFocus(True)
        self.answer_label.setBuddy(self.answer_edit)
        self.hint = set_role(QLabel(self), "hint")
        self.hint.setWordWrap(True)
        self.error = Banner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.case_label)
        layout.addWidget(self.answer_label)
        layout.addWidget(self.answer_edit, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.retranslate_ui()
        self.resize(620, 460)
        self.answer_edit.setFocus()

    def save(self) -> None:
        """Store the answer; an empty one, or a refused step, says what to do instead."""
        answer = self.answer_edit.toPlainText().strip()
        if not answer:
            self.error.show_message(self.tr("Write the answer first: it is what the rep will "
                                            "tell the customer."), "danger")
            self.answer_edit.setFocus()
            return
        store, complaint_id, actor = self.context.store, self.complaint_id, self.identity
        try:
            self.context.write(lambda: complaint_desk.answer_complaint(
                store, complaint_id, answer, actor=actor))
        except ValidationError as exc:
            self.error.show_message("\n".join(error_text(e) for e in exc.errors), "danger")
            return
        except StepRefused as exc:
            self.error.show_message(message_text("Workflow", exc.template, exc.params),
                                    "danger")
            return
        self.answered = True
        self.context.saved("complaint")
        self.accept()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Answer the complaint"))
        self.answer_label.setText(self.tr("&Answer to the customer"))
        self.answer_edit.setPlaceholderText(self.tr("What was found, what the company does "
                                                    "about it, and what the customer can "
                                                    "expect"))
        self.hint.setText(self.tr("Saved on this computer at once and sent with the next "
                                  "sync; the rep reports it to the customer and records "
                                  "their satisfaction."))
