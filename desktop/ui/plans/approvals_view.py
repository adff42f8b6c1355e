"""The manager's approvals queue: submitted plans of the region; open one to see its week
and history, then approve (comment optional) or return it (comment required). Works
offline: the decision syncs like any other change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import local_time, plan_approvals, plan_week
from desktop.domain.identity import Identity, current_identity
from desktop.domain.plans import PlanRuleError
from desktop.domain.workflows import MSG_PLAN_RETURN_COMMENT
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import message_text, translate
from desktop.ui.common.widgets import Banner, make_table_view
from desktop.ui.context import touches
from desktop.ui.plans.plan_panel import PlanStatusPanel
from desktop.ui.plans.table_models import queue_model
from desktop.ui.plans.texts import week_text
from desktop.ui.plans.week_model import WeekModel
from desktop.ui.plans.week_table import WeekTable


class ApprovalsView(QWidget):
    """Queue on the left; the opened plan, its history and the decision on the right."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("ApprovalsView")
        self.context = context
        self.today_fn = today_fn
        self.identity = identity or current_identity(context.store)
        self.opened: plan_week.WeekPlan | None = None
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._build_queue())
        self.splitter.addWidget(self._build_plan())
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([330, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._wire()
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build_queue(self) -> QWidget:
        """The submitted plans waiting for a decision."""
        self.queue_title = QLabel(self)
        self.queue = queue_model(self)
        self.queue_table = make_table_view(self)
        self.queue_table.setModel(self.queue)
        self.queue_table.setColumnWidth(0, 90)
        self.queue_table.setColumnWidth(1, 90)
        self.queue_table.setColumnWidth(2, 50)
        self.queue_table.setColumnWidth(3, 60)
        self.empty_label = set_role(QLabel(self), "hint")
        self.empty_label.setWordWrap(True)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.queue_title)
        ll.addWidget(self.queue_table, 1)
        ll.addWidget(self.empty_label)
        return left

    def _build_plan(self) -> QWidget:
        """The opened plan's week, its status and history, and the decision."""
        self.plan_title = QLabel(self)
        font = self.plan_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.plan_title.setFont(font)
        self.week_model = WeekModel(self)
        self.week_table = WeekTable(self)
        self.week_table.setModel(self.week_model)
        self.week_table.setDragEnabled(False)
        self.week_table.setAcceptDrops(False)
        self.status_panel = PlanStatusPanel(self)
        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.status_panel)
        lower.addWidget(self._build_decision())
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.plan_title)
        rl.addWidget(self.week_table, 3)
        rl.addWidget(lower, 2)
        return right

    def _build_decision(self) -> QWidget:
        self.comment_label = QLabel(self)
        self.comment_edit = QPlainTextEdit(self)
        self.comment_edit.setObjectName("decision_comment")
        self.comment_edit.setMaximumHeight(70)
        self.message = Banner(self)
        self.approve_button = QPushButton(self)
        self.return_button = QPushButton(self)
        self.open_call_button = QPushButton(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_call_button)
        buttons.addStretch(1)
        buttons.addWidget(self.return_button)
        buttons.addWidget(self.approve_button)
        decision = QWidget(self)
        dl = QVBoxLayout(decision)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.comment_label)
        dl.addWidget(self.comment_edit)
        dl.addWidget(self.message)
        dl.addLayout(buttons)
        dl.addStretch(1)
        return decision

    def _wire(self) -> None:
        self.queue_table.selectionModel().currentRowChanged.connect(lambda *_: self.open_current())
        self.week_table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.approve_button.clicked.connect(self.approve)
        self.return_button.clicked.connect(self.return_plan)
        self.open_call_button.clicked.connect(self._open_call)
        self.comment_edit.textChanged.connect(self._update_buttons)

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the queue (keeping the opened plan selected while it is still there)."""
        opened_id = self.opened.plan_id if self.opened else None
        rows = plan_approvals.approvals_queue(self.context.store, self.identity) if self.identity else []
        self.queue.set_rows(rows)
        self.queue_table.resizeColumnsToContents()
        row = next((i for i, r in enumerate(rows) if r.plan_id == opened_id), 0 if rows else -1)
        if row >= 0:
            self.queue_table.setCurrentIndex(self.queue.index(row, 0))
        self.open_current()
        self._update_empty()

    def _data_changed(self, table: str) -> None:
        if touches(table, ("call_plan", "plan_item", "plan_decision", "visit")):
            self.refresh()

    def open_current(self) -> None:
        row = self.queue.row_at(self.queue_table.currentIndex().row())
        previous = self.opened.plan_id if self.opened else None
        self.opened = plan_approvals.plan_of(self.context.store, row.plan_id, self.today_fn()) \
            if row else None
        if self.opened is None or self.opened.plan_id != previous:
            self.comment_edit.blockSignals(True)
            self.comment_edit.clear()
            self.comment_edit.blockSignals(False)
            self.message.show_message("")
        self.week_model.set_week(self.opened)
        self.status_panel.set_week(self.opened)
        self._update_title()
        self._update_buttons()

    def open_plan(self, plan_id: str) -> bool:
        """Select `plan_id` in the queue; False when it is not waiting for a decision."""
        for i, r in enumerate(self.queue.rows()):
            if r.plan_id == plan_id:
                self.queue_table.setCurrentIndex(self.queue.index(i, 0))
                return True
        return False

    # -- decisions ------------------------------------------------------------------------
    def _decide(self, action) -> bool:
        if self.opened is None or self.identity is None:
            return False
        store, plan_id, identity = self.context.store, self.opened.plan_id, self.identity
        try:  # on the database thread, the window running
            self.context.write(lambda: action(store, plan_id, identity))
        except PlanRuleError as error:
            self.message.show_message(message_text("Workflow", error.template, error.params),
                                      "warning")
            return False
        self.context.saved("call_plan")
        self.comment_edit.clear()
        self.message.show_message("")
        self.refresh()
        return True

    def approve(self) -> bool:
        comment = self.comment_edit.toPlainText().strip()
        return self._decide(lambda store, plan_id, identity: plan_approvals.approve(
            store, plan_id, identity, comment or None))

    def return_plan(self) -> bool:
        comment = self.comment_edit.toPlainText().strip()
        if not comment:
            self.message.show_message(translate("Workflow", MSG_PLAN_RETURN_COMMENT), "warning")
            self.comment_edit.setFocus()
            return False
        return self._decide(lambda store, plan_id, identity: plan_approvals.return_plan(
            store, plan_id, identity, comment))

    def _open_call(self) -> None:
        item = self.week_table.current_item()
        if item is not None and item.visit_id:
            self.context.visit_opened.emit(item.visit_id)

    # -- look -----------------------------------------------------------------------------
    def _update_title(self) -> None:
        if self.opened is None:
            self.plan_title.setText(translate("Plans", "No plan opened"))
        else:
            self.plan_title.setText(translate("Plans", "{name} — {week}").format(
                name=self.opened.rep_name, week=week_text(self.opened.week_start)))

    def _update_empty(self) -> None:
        if self.identity is None or not self.identity.is_manager:
            self.empty_label.setText(translate("Plans", "Approvals are for regional managers."))
        elif not self.queue.rowCount():
            self.empty_label.setText(translate("Plans", "No plan is waiting for your decision."))
        else:
            self.empty_label.setText(self.tr("%n plan(s) waiting.", "",
                                             self.queue.rowCount()))

    def _update_buttons(self) -> None:
        waiting = self.opened is not None and self.opened.status == "submitted" \
            and self.identity is not None and self.identity.is_manager
        self.approve_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting and bool(self.comment_edit.toPlainText().strip()))
        self.comment_edit.setEnabled(waiting)
        item = self.week_table.current_item()
        self.open_call_button.setEnabled(item is not None and bool(item.visit_id))

    def retranslate_ui(self) -> None:
        self.queue_title.setText(translate("Plans", "Plans waiting for approval"))
        self.comment_label.setText(translate("Plans", "Comment (required to return a plan)"))
        self.comment_edit.setPlaceholderText(translate("Plans", "What should the representative change?"))
        self.approve_button.setText(translate("Plans", "Approve"))
        self.return_button.setText(translate("Plans", "Return with comment"))
        self.open_call_button.setText(translate("Plans", "Open call report"))
        self.queue.retranslate()
        self.week_model.retranslate()
        self._update_title()
        self._update_empty()

    def focus_default(self) -> None:
        self.queue_table.setFocus()
