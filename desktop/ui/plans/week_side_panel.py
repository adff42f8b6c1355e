"""Beside the rep's week: the calls planned per tier against the tier targets, the
suggestions to add (selected or all), and the plan's status and history."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import make_table_view
from desktop.ui.plans.plan_panel import PlanStatusPanel
from desktop.ui.plans.table_models import suggestions_model, tier_counts_model


class WeekSidePanel(QWidget):
    """The week view's side panel; the view fills its models and wires its buttons."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.counts = tier_counts_model(self)
        self.counts_table = make_table_view(self)
        self.counts_table.setModel(self.counts)
        self.counts_table.setMaximumHeight(140)
        self.counts_title = QLabel(self)
        self.suggestions = suggestions_model(self)
        self.suggestions_table = make_table_view(self)
        self.suggestions_table.setModel(self.suggestions)
        self.suggestions_table.setSelectionMode(
            self.suggestions_table.SelectionMode.ExtendedSelection)
        self.suggestions_table.setColumnWidth(0, 80)
        self.suggestions_table.setColumnWidth(1, 90)
        self.suggestions_table.setColumnWidth(2, 36)
        self.add_selected_button = QPushButton(self)
        self.add_all_button = QPushButton(self)
        suggestion_page = QWidget(self)
        sp = QVBoxLayout(suggestion_page)
        sp.addWidget(self.suggestions_table, 1)
        sb = QHBoxLayout()
        sb.addWidget(self.add_selected_button)
        sb.addWidget(self.add_all_button)
        sp.addLayout(sb)
        self.status_panel = PlanStatusPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(suggestion_page, "")
        self.tabs.addTab(self.status_panel, "")
        rl = QVBoxLayout(self)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.counts_title)
        rl.addWidget(self.counts_table)
        rl.addWidget(self.tabs, 1)
        self.setMaximumWidth(460)

    def retranslate_ui(self) -> None:
        self.counts_title.setText(translate("Plans", "Calls planned against the tier targets"))
        self.add_selected_button.setText(translate("Plans", "Add selected"))
        self.add_all_button.setText(translate("Plans", "Add all"))
        self.tabs.setTabText(0, translate("Plans", "Suggestions"))
        self.tabs.setTabText(1, translate("Plans", "Status and history"))
        self.counts.retranslate()
        self.suggestions.retranslate()
