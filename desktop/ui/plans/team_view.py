"""The manager's team view: for each rep of the region, the week's plan status, calls
against plan, compliance, A-tier coverage, frequency attainment per tier and open
complaints by deadline; exported to PDF or XLSX."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import local_time, team
from desktop.domain.identity import Identity, current_identity
from desktop.domain.plans import monday_of
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import Banner, make_table_view
from desktop.ui.context import touches
from desktop.ui.plans import export
from desktop.ui.plans.table_models import team_model
from desktop.ui.plans.texts import percent, week_text


class TeamView(QWidget):
    """One row per rep; double-click opens the rep's plan in the approvals queue."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("TeamView")
        self.context = context
        self.today_fn = today_fn
        self.identity = identity or current_identity(context.store)
        self.week_start = monday_of(today_fn())

        self.prev_button, self.next_button = QToolButton(self), QToolButton(self)
        self.prev_button.setText("◀")
        self.next_button.setText("▶")
        self.this_week_button = QPushButton(self)
        self.week_label = QLabel(self)
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.week_label.setFont(font)
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_pdf_action = self.export_menu.addAction("")
        self.export_xlsx_action = self.export_menu.addAction("")
        self.export_button.setMenu(self.export_menu)
        top = QHBoxLayout()
        for w in (self.prev_button, self.week_label, self.next_button, self.this_week_button):
            top.addWidget(w)
        top.addStretch(1)
        self.targets_button = QPushButton(self)
        top.addWidget(self.targets_button)
        top.addWidget(self.export_button)
        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("team_totals")
        self.message = Banner(self)
        self.model = team_model(self)
        # A few rows read across: a long cell ("2 · 1 overdue · next 30/11 14:24") wraps
        # onto a second line rather than being cut when the window is 1280 px wide.
        self.table = make_table_view(self, wrap_rows=True)
        self.table.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)

        self.prev_button.clicked.connect(lambda: self.show_week(self.week_start - timedelta(days=7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.week_start + timedelta(days=7)))
        self.this_week_button.clicked.connect(lambda: self.show_week(self.today_fn()))
        self.targets_button.clicked.connect(self.edit_targets)
        self.dialog = None
        self.export_pdf_action.triggered.connect(lambda: self._ask_export(".pdf"))
        self.export_xlsx_action.triggered.connect(lambda: self._ask_export(".xlsx"))
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    def show_week(self, day: date) -> None:
        self.week_start = monday_of(day)
        self.refresh()

    def refresh(self) -> None:
        if self.identity is None or not self.identity.region_id:
            self.model.set_rows([])
        else:
            self.model.set_rows(team.week_summary(self.context.store, self.identity, self.week_start,
                                             self.today_fn()))
        self._update_labels()

    def _data_changed(self, table: str) -> None:
        if touches(table, ("call_plan", "plan_item", "plan_decision", "visit", "complaint",
                           "customer", "frequency_target")):
            self.refresh()

    def edit_targets(self) -> None:
        """Open the region's call targets (managers)."""
        from desktop.ui.plans.targets_dialog import TargetsDialog

        if self.identity is None or not self.identity.is_manager:
            return
        self.dialog = TargetsDialog(self.context, self.identity, self)
        self.dialog.open()

    def title(self) -> str:
        return translate("Plans", "Team — {week}").format(week=week_text(self.week_start))

    def export_to(self, path: Path) -> Path:
        return export.export_team(self.title(), self.model.rows(), Path(path))

    def _ask_export(self, suffix: str) -> None:
        name = f"team-{self.week_start.isoformat()}{suffix}"
        path, _filter = QFileDialog.getSaveFileName(
            self, translate("Plans", "Export the team summary"), name,
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

    def _update_labels(self) -> None:
        self.week_label.setText(week_text(self.week_start))
        rows = self.model.rows()
        if self.identity is None or not self.identity.is_manager:
            self.summary_label.setText(translate("Plans", "The team view is for regional managers."))
            return
        done = sum(r.plan_done for r in rows)
        due = done + sum(r.plan_missed for r in rows)
        parts = [self.tr("%n representative(s)", "", len(rows)),
                 self.tr("%n plan(s) approved", "",
                         sum(r.plan_status == "approved" for r in rows)),
                 self.tr("{waiting} waiting").format(
                     waiting=sum(r.plan_status == "submitted" for r in rows)),
                 self.tr("team compliance {compliance}").format(
                     compliance=percent(done / due if due else None)),
                 self.tr("%n call(s) this week", "", sum(r.calls_this_week for r in rows))]
        self.summary_label.setText(" · ".join(parts))

    def retranslate_ui(self) -> None:
        self.this_week_button.setText(translate("Plans", "This week"))
        self.prev_button.setToolTip(translate("Plans", "Previous week"))
        self.next_button.setToolTip(translate("Plans", "Next week"))
        self.export_button.setText(translate("Plans", "Export"))
        self.targets_button.setText(translate("Plans", "Call targets…"))
        self.targets_button.setEnabled(self.identity is not None and self.identity.is_manager)
        self.export_pdf_action.setText(translate("Plans", "Team summary as PDF…"))
        self.export_xlsx_action.setText(translate("Plans", "Team summary as Excel…"))
        self.model.retranslate()
        self._update_labels()

    def focus_default(self) -> None:
        self.table.setFocus()
