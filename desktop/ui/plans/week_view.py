"""The rep's week: plan items as cards in Monday–Friday columns, moved by drag and drop or
Ctrl+arrows; suggestions with their reasons; the running count against the tier targets;
status, history and the manager's comment; submit, withdraw, revise; export; and a call
logged from a planned item links to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import local_time, plan_week
from desktop.domain.identity import Identity, current_identity
from desktop.domain.plans import PlanRuleError, monday_of
from desktop.ui.common.style import set_role, set_state
from desktop.ui.common.texts import message_text, translate
from desktop.ui.common.widgets import Banner
from desktop.ui.context import touches
from desktop.ui.plans import export
from desktop.ui.plans.plan_panel import ItemDialog
from desktop.ui.plans.texts import rejection_text, status_text, week_text
from desktop.ui.plans.week_model import WeekModel
from desktop.ui.plans.week_side_panel import WeekSidePanel
from desktop.ui.plans.week_table import WeekTable


class PlansView(QWidget):
    """The week view of the signed-in rep (or of `identity` when given)."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("PlansView")
        self.context = context
        self.today_fn = today_fn
        self.identity = identity or current_identity(context.store)
        self.week_start = monday_of(today_fn() + timedelta(days=7 if today_fn().weekday() >= 4 else 0))
        self.week: plan_week.WeekPlan | None = None
        self.dialog = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.message = Banner(self)  # answers to the rep's own actions
        self.note = Banner(self)  # the manager's return comment, changes the server refused
        self.note.setObjectName("plan_note")
        layout.addWidget(self.message)
        layout.addWidget(self.note)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self._build_week())
        self.splitter.addWidget(self._build_side_panel())
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 400])
        layout.addWidget(self.splitter, 1)
        self._wire()
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- building -------------------------------------------------------------------------
    def _build_header(self) -> QHBoxLayout:
        """Week navigation, the plan's status badge, the workflow buttons and export."""
        self.prev_button, self.next_button = QToolButton(self), QToolButton(self)
        self.prev_button.setText("◀")
        self.next_button.setText("▶")
        self.this_week_button = QPushButton(self)
        self.week_label = QLabel(self)
        self.week_label.setObjectName("week_label")
        font = self.week_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.week_label.setFont(font)
        self.status_badge = set_role(QLabel(self), "badge")
        self.status_badge.setObjectName("plan_status_badge")
        self.submit_button = QPushButton(self)
        self.withdraw_button = QPushButton(self)
        self.revise_button = QPushButton(self)
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_pdf_action = self.export_menu.addAction("")
        self.export_xlsx_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        top = QHBoxLayout()
        for w in (self.prev_button, self.week_label, self.next_button, self.this_week_button):
            top.addWidget(w)
        top.addSpacing(12)
        top.addWidget(self.status_badge)
        top.addStretch(1)
        for w in (self.submit_button, self.withdraw_button, self.revise_button,
                  self.export_button):
            top.addWidget(w)
        return top

    def _build_week(self) -> QWidget:
        """The week's table with the buttons below it."""
        self.model = WeekModel(self)
        self.table = WeekTable(self)
        self.table.setModel(self.model)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.log_call_button = QPushButton(self)
        self.hint_label = set_role(QLabel(self), "hint")
        self.hint_label.setWordWrap(True)
        below = QHBoxLayout()
        for w in (self.add_button, self.edit_button, self.remove_button, self.log_call_button):
            below.addWidget(w)
        below.addWidget(self.hint_label, 1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(below)
        return left

    def _build_side_panel(self) -> QWidget:
        """Calls per tier against the targets, the suggestions and the plan's status; its
        parts keep their names on the view (the screen's tests and actions reach them)."""
        side = WeekSidePanel(self)
        self.side_panel = side
        self.counts, self.counts_table, self.counts_title = (
            side.counts, side.counts_table, side.counts_title)
        self.suggestions, self.suggestions_table = side.suggestions, side.suggestions_table
        self.add_selected_button, self.add_all_button = (
            side.add_selected_button, side.add_all_button)
        self.status_panel, self.tabs = side.status_panel, side.tabs
        return side

    def _wire(self) -> None:
        self.prev_button.clicked.connect(lambda: self.show_week(self.week_start - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.week_start + timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.today_fn()))
        self.submit_button.clicked.connect(self.submit)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.revise_button.clicked.connect(self.revise)
        self.export_pdf_action.triggered.connect(lambda: self._ask_export(".pdf"))
        self.export_xlsx_action.triggered.connect(lambda: self._ask_export(".xlsx"))
        self.add_button.clicked.connect(self.add_customer)
        self.edit_button.clicked.connect(self.edit_current)
        self.remove_button.clicked.connect(lambda: self._current_id() and self.remove_item(self._current_id()))
        self.log_call_button.clicked.connect(self.log_call)
        self.add_selected_button.clicked.connect(self.add_selected_suggestions)
        self.add_all_button.clicked.connect(self.add_all_suggestions)
        self.model.move_requested.connect(self.move_item)
        self.table.move_requested.connect(self.move_item)
        self.table.remove_requested.connect(self.remove_item)
        self.table.item_activated.connect(lambda _id: self.edit_current())
        self.table.doubleClicked.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

    # -- data -----------------------------------------------------------------------------
    def show_week(self, day: date) -> None:
        self.week_start = monday_of(day)
        self.refresh()

    def refresh(self) -> None:
        """Re-read the week, its suggestions and counts from the store."""
        current = self._current_id()
        if self.identity is None:
            self.week = None
            self.model.set_week(None)
            self.suggestions.set_rows([])
            self.counts.set_rows([])
            self.status_panel.set_week(None)
            self.message.show_message(translate("Plans", "Sign in to plan your calls."), "info")
            self._update_buttons()
            return
        self.week = plan_week.week_plan(self.context.store, self.identity.user_id, self.week_start,
                                      region_id=self.identity.region_id,
                                      territory_ids=list(self.identity.territory_ids),
                                      today=self.today_fn())
        self.model.set_week(self.week)
        self.suggestions.set_rows(plan_week.week_suggestions(self.context.store, self.identity,
                                                           self.week_start)
                                  if self.week.editable else [])
        self.counts.set_rows([(tier, planned, needed, self.week.targets.get(tier, 0))
                              for tier, (planned, needed) in sorted(self.week.tier_counts.items())])
        self.status_panel.set_week(self.week if self.week.plan_id else None)
        if current:
            self.table.select_item(current)
        self._update_note()
        self._update_status_badge()
        self._update_week_label()
        self._update_buttons()

    def _data_changed(self, table: str) -> None:
        if touches(table, ("call_plan", "plan_item", "plan_decision", "visit", "customer",
                           "frequency_target")):
            self.refresh()

    def _current_id(self) -> str | None:
        item = self.table.current_item()
        return item.id if item else None

    def _run(self, action: Callable[[], object], table: str = "call_plan") -> bool:
        """Do a change (on the database thread, the window running meanwhile); a rule that
        says no is shown in the banner. True when done."""
        try:
            self.context.write(action)
        except PlanRuleError as error:
            self.message.show_message(message_text("Workflow", error.template, error.params),
                                      "warning")
            return False
        self.message.show_message("")
        self.context.saved(table)
        self.refresh()
        return True

    def _plan_id(self) -> str | None:
        if self.week and self.week.plan_id:
            return self.week.plan_id
        plan_id = None
        store, identity, week_start = self.context.store, self.identity, self.week_start

        def create():
            nonlocal plan_id
            plan_id = plan_week.ensure_plan(store, identity, week_start)

        return plan_id if self._run(create) else None

    # -- the rep's changes ----------------------------------------------------------------
    def move_item(self, item_id: str, day: date, position: int) -> None:
        store = self.context.store
        if self._run(lambda: plan_week.move_item(store, item_id, day,
                                               None if position < 0 else position), "plan_item"):
            self.table.select_item(item_id)

    def remove_item(self, item_id: str) -> None:
        store = self.context.store
        self._run(lambda: plan_week.remove_item(store, item_id), "plan_item")

    def add_suggestions(self, rows) -> int:
        plan_id = self._plan_id()
        if not plan_id or not rows:
            return 0
        added = 0
        store = self.context.store

        def add():
            nonlocal added
            added = plan_week.add_suggestions(
                store, plan_id, rows,
                reason_text=lambda r: message_text("PlanReason", r.template, r.params))

        self._run(add, "plan_item")
        return added

    def add_selected_suggestions(self) -> int:
        rows = sorted({i.row() for i in self.suggestions_table.selectionModel().selectedRows()})
        return self.add_suggestions([self.suggestions.row_at(r) for r in rows])

    def add_all_suggestions(self) -> int:
        return self.add_suggestions(self.suggestions.rows())

    def add_customer(self, customer_id: str | None = None) -> None:
        """Plan a call on the selected day (asks for the customer when none is given)."""
        column = max(self.table.currentIndex().column(), 0)
        day = self.model.day_of(column) or self.week_start

        def add(cid: str) -> None:
            plan_id, store = self._plan_id(), self.context.store
            if plan_id:
                self._run(lambda: plan_week.add_customer(store, plan_id, cid, day), "plan_item")

        if customer_id:
            add(customer_id)
            return
        from desktop.ui.customers.picker_dialog import CustomerPicker

        picker = CustomerPicker(self.context, self)
        picker.accepted.connect(lambda: picker.chosen_id and add(picker.chosen_id))
        self.dialog = picker
        picker.open()

    def edit_current(self) -> None:
        item = self.table.current_item()
        if item is None or not self.model.editable():
            return
        dialog = ItemDialog(item.customer_name, item.time_slot, item.objective, self)
        store = self.context.store

        def save() -> None:  # the dialog's texts are read here, on the GUI thread
            slot, objective = (dialog.slot_edit.text().strip(),
                               dialog.objective_edit.text().strip())
            self._run(lambda: plan_week.update_item(store, item.id, time_slot=slot,
                                                    objective=objective), "plan_item")

        dialog.accepted.connect(save)
        self.dialog = dialog
        dialog.open()

    def log_call(self) -> None:
        """Open the call report of the selected planned call: the linked one when the call
        was made, else a new one linked to the item."""
        item = self.table.current_item()
        if item is None:
            return
        if item.visit_id:
            self.context.visit_opened.emit(item.visit_id)
        else:
            self.context.call_report_requested.emit(item.customer_id, item.id)

    def submit(self) -> None:
        self._plan_step(plan_week.submit)

    def withdraw(self) -> None:
        self._plan_step(plan_week.withdraw)

    def revise(self) -> None:
        self._plan_step(plan_week.revise)

    def _plan_step(self, step) -> None:
        """A workflow step of the week's plan: `step(store, plan_id, identity)`."""
        plan_id = self.week.plan_id if self.week else None
        if plan_id:
            store, identity = self.context.store, self.identity
            self._run(lambda: step(store, plan_id, identity))

    # -- export ---------------------------------------------------------------------------
    def export_to(self, path: Path) -> Path | None:
        if self.week is None:
            return None
        return export.export_plan(self.week, Path(path))

    def _ask_export(self, suffix: str) -> None:
        name = f"plan-{self.week_start.isoformat()}{suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Plans", "Export the plan"), name,
            "PDF (*.pdf)" if suffix == ".pdf" else "Excel (*.xlsx)")
        if path:
            try:
                self.export_to(Path(path))
            except OSError as error:
                QMessageBox.warning(self, translate("Plans", "Export failed"), translate(
                    "Plans", "The file could not be written ({error}); choose another "
                    "folder.").format(error=error))
                return
            self.message.show_message(translate("Plans", "Exported to {path}").format(path=path),
                                      "ok")

    # -- look -----------------------------------------------------------------------------
    def _update_week_label(self) -> None:
        self.week_label.setText(week_text(self.week_start))

    def _update_status_badge(self) -> None:
        status = self.week.status if self.week else None
        set_state(self.status_badge, "status", status or "none")
        self.status_badge.setText(status_text(status))

    def _update_note(self) -> None:
        week = self.week
        if week is not None and week.rejections:
            lines = [translate("Plans", "The server refused a change of this plan:")]
            lines += [f"• {rejection_text(r.code)} — {r.reason}" for r in week.rejections]
            self.note.show_message("\n".join(lines), "danger")
        elif week is not None and week.status == "returned" and week.manager_comment:
            self.note.show_message(translate(
                "Plans", "Returned by your manager: {comment} — revise the plan, change it and "
                "submit it again.").format(comment=week.manager_comment), "warning")
        else:
            self.note.show_message("")

    def _update_buttons(self) -> None:
        status = self.week.status if self.week else None
        has_plan = bool(self.week and self.week.plan_id)
        editable = self.identity is not None and (self.week is None or self.week.editable)
        item = self.table.current_item()
        self.submit_button.setEnabled(has_plan and status == "draft" and bool(self.week.items))
        self.withdraw_button.setEnabled(status == "submitted")
        self.revise_button.setEnabled(status in ("returned", "approved"))
        self.add_button.setEnabled(editable)
        self.edit_button.setEnabled(editable and item is not None)
        self.remove_button.setEnabled(editable and item is not None)
        self.log_call_button.setEnabled(item is not None)
        self.log_call_button.setText(translate("Plans", "Open call report") if item and item.visit_id
                                     else translate("Plans", "Log this call…"))
        self.add_selected_button.setEnabled(editable and self.suggestions.rowCount() > 0)
        self.add_all_button.setEnabled(editable and self.suggestions.rowCount() > 0)
        self.export_button.setEnabled(has_plan)
        if status == "returned":
            self.hint_label.setText(translate("Plans", "Returned: revise the plan to change it."))
        elif status == "submitted":
            self.hint_label.setText(translate(
                "Plans", "Submitted: withdraw the plan to change its calls."))
        elif status == "approved":
            self.hint_label.setText(translate(
                "Plans", "Approved: revise the plan to change it; it then needs approval again."))
        else:
            self.hint_label.setText(translate(
                "Plans", "Drag calls between days, or Ctrl+←/→ (day) and Ctrl+↑/↓ (order)."))

    def retranslate_ui(self) -> None:
        self.this_week_button.setText(translate("Plans", "This week"))
        self.prev_button.setToolTip(translate("Plans", "Previous week"))
        self.next_button.setToolTip(translate("Plans", "Next week"))
        self.submit_button.setText(translate("Plans", "Submit for approval"))
        self.withdraw_button.setText(translate("Plans", "Withdraw"))
        self.revise_button.setText(translate("Plans", "Revise"))
        self.export_button.setText(translate("Plans", "Export"))
        self.export_pdf_action.setText(translate("Plans", "Plan as PDF…"))
        self.export_xlsx_action.setText(translate("Plans", "Plan as Excel…"))
        self.add_button.setText(translate("Plans", "Add customer…"))
        self.edit_button.setText(translate("Plans", "Slot and objective…"))
        self.remove_button.setText(translate("Plans", "Remove"))
        self.log_call_button.setText(translate("Plans", "Log this call…"))
        self.side_panel.retranslate_ui()
        self.model.retranslate()
        self._update_week_label()
        self._update_note()
        self._update_status_badge()
        self._update_buttons()

    def focus_default(self) -> None:
        self.table.setFocus()
