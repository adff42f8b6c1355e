"""Mark a customer lost (流失): the reason is required (competitor, price, service, staff
change, policy, other), a note is optional. Saved offline through
`desktop.domain.at_risk.mark_lost` and synced; the manager sees the reasons counted."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
)

from desktop.domain import at_risk
from desktop.models.enums import LostReason
from desktop.ui.common.widgets import Banner, EnumComboBox


class MarkLostDialog(QDialog):
    """`customer_id`, `customer_name`: who is lost. Accepted once the mark is saved."""

    def __init__(self, context, customer_id: str, customer_name: str, parent=None):
        super().__init__(parent)
        self.setObjectName("MarkLostDialog")
        self.context, self.customer_id, self.customer_name = context, customer_id, customer_name
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.reason_label, self.note_label = QLabel(self), QLabel(self)
        self.reason_combo = EnumComboBox(LostReason, self, any_text="")  # "" until chosen
        self.reason_combo.setObjectName("lost_reason")
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("lost_note")
        self.note_edit.setMaximumHeight(90)
        self.message = Banner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        form.addRow(self.explanation)
        form.addRow(self.reason_label, self.reason_combo)
        form.addRow(self.note_label, self.note_edit)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.reason_combo.currentIndexChanged.connect(lambda _i: self.message.show_message(""))
        self.retranslate_ui()
        self.resize(460, 300)

    def save(self) -> bool:
        """Save the mark; refused, with the message saying what to do, without a reason."""
        reason = self.reason_combo.value()
        if not reason:
            self.message.show_message(self.tr(
                "Choose why the customer was lost: the reason is what your manager's count "
                "of lost customers is made of."), "warning")
            self.reason_combo.setFocus()
            return False
        store, customer_id = self.context.store, self.customer_id
        note = self.note_edit.toPlainText()
        try:
            self.context.write(lambda: at_risk.mark_lost(store, customer_id, reason,
                                                          note=note))
        except (ValueError, LookupError) as error:
            self.message.show_message(self.tr("Not saved: {error}").format(error=error),
                                      "danger")
            return False
        self.context.saved("customer")
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Mark {name} lost").format(name=self.customer_name))
        self.explanation.setText(self.tr(
            "{name} will be listed as lost (流失) and no longer among the customers at "
            "risk. Say why; your manager sees the reasons counted.").format(
            name=self.customer_name))
        self.reason_label.setText(self.tr("Reason"))
        self.note_label.setText(self.tr("Note (optional)"))
        self.note_edit.setPlaceholderText(self.tr(
            "What happened, e.g. which competitor, since when"))
        self.reason_combo.retranslate_ui()
        self.reason_combo.setItemText(0, self.tr("Choose a reason…"))
