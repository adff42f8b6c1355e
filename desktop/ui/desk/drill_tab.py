"""Drill down: the team's reps → a rep's customers → a customer's calls → the call report.
Activating a row goes one level down (a call opens its report through the main window,
`context.visit_opened`); the breadcrumb above the list, Back or Backspace go back up."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import kpis, local_time
from desktop.domain.identity import Identity
from desktop.ui.common.icons import icon
from desktop.ui.common.rows_model import ROW_ROLE
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import make_table_view
from desktop.ui.context import touches
from desktop.ui.desk.drill_models import (
    customer_level_model,
    rep_level_model,
    team_level_model,
)
from desktop.ui.desk.kpi_tab import KPI_TABLES
from desktop.ui.desk.range_bar import RangeBar, last_whole_month

LEVELS = ("team", "rep", "customer")


@dataclass(frozen=True)
class Step:
    level: str  # team | rep | customer
    key: str | None  # the rep's or customer's id (None for the team)
    name: str


class DrillTab(QWidget):
    def __init__(self, context, parent=None, *, identity: Identity | None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("DeskDrill")
        self.context, self.identity = context, identity
        today = today_fn()
        self.range = RangeBar(today, self, with_kind=False)
        self.range.set_range(*last_whole_month(today))
        self.back_button = QToolButton(self)
        self.back_button.setIcon(icon("chevron-left"))
        self.back_button.setAutoRaise(True)
        self.crumbs = QHBoxLayout()
        self.crumbs.setSpacing(2)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.range)
        top.addStretch(1)
        trail = QHBoxLayout()
        trail.addWidget(self.back_button)
        trail.addLayout(self.crumbs)
        trail.addStretch(1)
        self.models = {"team": team_level_model(self), "rep": rep_level_model(self),
                       "customer": customer_level_model(self)}
        self.tables = {}
        self.stack = QStackedWidget(self)
        for level in LEVELS:
            table = make_table_view(self)
            table.setModel(self.models[level])
            table.activated.connect(self._activated)
            self.tables[level] = table
            self.stack.addWidget(table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(trail)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.hint_label)
        self.path: list[Step] = [Step("team", None, "")]
        self.back_button.clicked.connect(self.go_up)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self, self.go_up,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload = Reload(context.tasks, self._load(), self._show, self)
        self.range.changed.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- where we are ---------------------------------------------------------------------
    @property
    def level(self) -> str:
        return self.path[-1].level

    def current_table(self):
        return self.tables[self.level]

    def go_to(self, depth: int) -> None:
        """Back to the step `depth` of the breadcrumb (0: the team)."""
        if 0 <= depth < len(self.path) - 1:
            del self.path[depth + 1:]
            self._moved()

    def go_up(self) -> None:
        self.go_to(len(self.path) - 2)

    def open_row(self, row: int) -> None:
        """What activating row `row` of the current list does."""
        self._activated(self.models[self.level].index(row, 0))

    def _activated(self, index) -> None:
        item = index.data(ROW_ROLE) if index.isValid() else None
        if item is None:
            return
        if self.level == "team":
            self.path.append(Step("rep", item.rep_user_id, item.name))
        elif self.level == "rep":
            self.path.append(Step("customer", item.customer_id, item.name))
        else:
            self.context.visit_opened.emit(item.visit_id)  # the main window opens it
            return
        self._moved()

    def _moved(self) -> None:
        self.stack.setCurrentWidget(self.current_table())
        self.models[self.level].set_rows([])
        self._fill_crumbs()
        self.refresh()
        self.current_table().setFocus()

    # -- reading --------------------------------------------------------------------------
    def _load(self) -> Callable[[], tuple[Step, list]]:
        store, step = self.context.store, self.path[-1]
        start, end = self.range.start, self.range.end
        region = self.identity.region_id if self.identity else None

        def load():
            if step.level == "rep":
                return step, kpis.drill_rep(store, step.key, start, end)
            if step.level == "customer":
                return step, kpis.drill_customer(store, step.key, start, end)
            return step, kpis.team_comparison(store, region, start, end) if region else []
        return load

    def refresh(self) -> None:
        self.reload.request(self._load())

    def _show(self, loaded: tuple[Step, list]) -> None:
        step, rows = loaded
        if step == self.path[-1]:  # not a list read before the user moved on
            self.models[step.level].set_rows(rows)
            self._update_hint()

    def _data_changed(self, table: str) -> None:
        if touches(table, KPI_TABLES):
            self.refresh()

    # -- texts ----------------------------------------------------------------------------
    def _fill_crumbs(self) -> None:
        while self.crumbs.count():
            widget = self.crumbs.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for depth, step in enumerate(self.path):
            if depth:
                self.crumbs.addWidget(QLabel("›", self))
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setObjectName(f"crumb_{depth}")
            button.setText(step.name or translate("Desk", "The team"))
            button.setEnabled(depth < len(self.path) - 1)
            button.clicked.connect(lambda _checked=False, d=depth: self.go_to(d))
            self.crumbs.addWidget(button)
        self.back_button.setEnabled(len(self.path) > 1)

    def crumb_texts(self) -> list[str]:
        return [step.name or translate("Desk", "The team") for step in self.path]

    def _update_hint(self) -> None:
        empty = not self.models[self.level].rowCount()
        texts = {
            "team": (translate("Desk", "No active representative in the region."),
                     translate("Desk", "Double-click a representative to see their "
                               "customers.")),
            "rep": (translate("Desk", "No customers in this representative's territories."),
                    translate("Desk", "Double-click a customer to see their calls in the "
                              "span.")),
            "customer": (translate("Desk", "No calls to this customer in the span."),
                         translate("Desk", "Double-click a call to open its report.")),
        }
        self.hint_label.setText(texts[self.level][0 if empty else 1])

    def retranslate_ui(self) -> None:
        self.range.retranslate_ui()
        self.back_button.setToolTip(translate("Desk", "Back up one level (Backspace)"))
        for model in self.models.values():
            model.retranslate()
        self._fill_crumbs()
        self._update_hint()

    def focus_default(self) -> None:
        self.current_table().setFocus()
