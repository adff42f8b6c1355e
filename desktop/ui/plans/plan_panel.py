"""Shared pieces of the plan screens: the status line with the manager's comment, the
history table, and a small dialog for a call's slot and objective."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.plan_week import WeekPlan
from desktop.ui.common.texts import datetime_text, translate
from desktop.ui.common.widgets import Banner, make_table_view
from desktop.ui.plans.table_models import history_model
from desktop.ui.plans.texts import percent, rejection_text, status_text

STATUS_STYLES = {None: "info", "draft": "info", "submitted": "warning", "approved": "ok",
                 "returned": "danger"}


class PlanStatusPanel(QWidget):
    """Status, revision, compliance, the manager's comment, refused changes, and history."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status_banner = Banner(self)
        self.status_banner.setObjectName("plan_status")
        self.comment_label = QLabel(self)
        self.comment_label.setWordWrap(True)
        self.comment_label.setObjectName("manager_comment")
        self.rejection_banner = Banner(self)
        self.rejection_banner.setObjectName("plan_rejections")
        self.history_title = QLabel(self)
        self.history = history_model(self)
        self.history_table = make_table_view(self)
        self.history_table.setModel(self.history)
        self.history_table.setColumnWidth(0, 120)
        self.history_table.setColumnWidth(1, 80)
        self.history_table.setColumnWidth(2, 110)
        self.history_table.setColumnWidth(3, 50)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status_banner)
        layout.addWidget(self.comment_label)
        layout.addWidget(self.rejection_banner)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_table, 1)
        self._week: WeekPlan | None = None
        self.retranslate_ui()

    def set_week(self, week: WeekPlan | None) -> None:
        self._week = week
        self.history.set_rows(list(reversed(week.history)) if week else [])
        self._show()

    def _show(self) -> None:
        week = self._week
        if week is None:
            self.status_banner.show_message("")
            self.comment_label.clear()
            self.rejection_banner.show_message("")
            return
        text = translate("Plans", "{status} · revision {revision} · compliance {compliance}").format(
            status=status_text(week.status), revision=week.plan_revision,
            compliance=percent(week.compliance))
        if week.status == "submitted" and week.submitted_at:
            text += " · " + translate("Plans", "submitted {when}").format(
                when=datetime_text(week.submitted_at))
        self.status_banner.show_message(text, STATUS_STYLES.get(week.status, "info"))
        if week.manager_comment:
            self.comment_label.setText(translate("Plans", "Manager's comment: {comment}").format(
                comment=week.manager_comment))
        else:
            self.comment_label.clear()
        if week.rejections:
            lines = [translate("Plans", "The server refused a change of this plan:")]
            lines += [f"• {rejection_text(r.code)} — {r.reason}" for r in week.rejections]
            self.rejection_banner.show_message("\n".join(lines), "danger")
        else:
            self.rejection_banner.show_message("")

    def retranslate_ui(self) -> None:
        self.history_title.setText(translate("Plans", "History"))
        self.history.retranslate()
        self._show()


class ItemDialog(QDialog):
    """Time slot and objective of one planned call."""

    def __init__(self, customer_name: str, time_slot: str | None, objective: str | None,
                 parent=None):
        super().__init__(parent)
        self.slot_edit = QLineEdit(time_slot or "", self)
        self.slot_edit.setMaxLength(20)
        self.objective_edit = QLineEdit(objective or "", self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form = QFormLayout(self)
        self.customer_label = QLabel(customer_name, self)
        form.addRow(self.customer_label)
        self.slot_label, self.objective_label = QLabel(self), QLabel(self)
        form.addRow(self.slot_label, self.slot_edit)
        form.addRow(self.objective_label, self.objective_edit)
        form.addRow(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(translate("Plans", "Planned call"))
        self.slot_label.setText(translate("Plans", "Time slot"))
        self.objective_label.setText(translate("Plans", "Objective"))
        self.slot_edit.setPlaceholderText(translate("Plans", "e.g. 09:30"))
        self.resize(420, 140)
