"""Satisfaction: the surveys to take now (after a closed complaint, after last month's call
cycle) with the survey form, and the results by customer group over time."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import local_time, surveys
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import SurveyOccasion
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import date_text, enum_text
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches
from desktop.ui.surveys.results_panel import SurveyResultsPanel

TABLES = ("survey_response", "survey_question", "complaint", "visit", "customer")


def due_model(parent) -> RowsTableModel:
    return RowsTableModel([
        Column(_t("Columns", "Customer"), lambda d: d.customer_name),
        Column(_t("Columns", "After"), lambda d: enum_text(SurveyOccasion, d.occasion)
               + (f" {d.cycle}" if d.cycle else "")),
        Column(_t("Columns", "Due since"), lambda d: date_text(d.since)),
    ], parent)


class SurveysView(QWidget):
    """The Satisfaction screen."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.dialog = None
        self.heading = set_role(QLabel(self), "heading")
        self.tabs = QTabWidget(self)
        due_page = QWidget(self)
        self.due_model = due_model(self)
        self.due_table = make_table_view(due_page)
        self.due_table.setModel(self.due_model)
        self.due_empty = EmptyState(self.due_table, "list-checks")
        self.take_button = QPushButton(due_page)
        self.due_label = QLabel(due_page)
        self.due_label.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.due_label, 1)
        bar.addWidget(self.take_button)
        due_layout = QVBoxLayout(due_page)
        due_layout.addLayout(bar)
        due_layout.addWidget(self.due_table)
        self.results = SurveyResultsPanel(self)
        self.tabs.addTab(due_page, "")
        self.tabs.addTab(self.results, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.take_button.clicked.connect(lambda: self.take_survey())
        self.due_table.activated.connect(lambda _i: self.take_survey())
        self.due_table.selectionModel().currentRowChanged.connect(lambda *_: self._buttons())
        self.results.by_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.results.from_edit.dateChanged.connect(lambda _d: self.refresh())
        self.results.to_edit.dateChanged.connect(lambda _d: self.refresh())
        context.data_changed.connect(self._data_changed)
        self._reload = Reload(getattr(context, "tasks", None), self._reader(), self._show, self)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        self._reload.now(self._reader())

    def _reader(self):
        store, today = self.context.store, local_time.today()
        group_by, (start, end) = self.results.choice(), self.results.period()
        return lambda: (surveys.due_surveys(store, today), group_by,
                        surveys.survey_results(store, group_by, start, end))

    def _show(self, read) -> None:
        due, group_by, results = read
        self.due_model.set_rows(due)
        if due:
            self.due_table.setCurrentIndex(self.due_model.index(0, 0))
        self.results.set_results(results, group_by)
        self._buttons()
        self._update_texts()

    def current_due(self):
        row = self.due_table.currentIndex().row()
        return self.due_model.row_at(row) if 0 <= row < self.due_model.rowCount() else None

    def take_survey(self) -> None:
        """Open the survey form for the selected customer and occasion."""
        due = self.current_due()
        if due is None:
            return
        from desktop.ui.surveys.survey_dialog import SurveyDialog

        questions = surveys.questions_for(self.context.store, due.occasion)
        self.dialog = SurveyDialog(self.context, due, questions, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    def _buttons(self) -> None:
        self.take_button.setEnabled(self.current_due() is not None)

    def _data_changed(self, table: str) -> None:
        if touches(table, TABLES):
            self._reload.request(self._reader())

    def _update_texts(self) -> None:
        count = self.due_model.rowCount()
        self.due_label.setText(self.tr("%n survey(s) to take: after a closed complaint, and "
                                       "after last month's calls with a customer.", "", count))
        self.due_empty.set_texts(self.tr("No survey to take now."), self.tr(
            "A survey becomes due when a complaint is closed, and for each customer you "
            "called last month."))

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Customer satisfaction"))
        self.tabs.setTabText(0, self.tr("To survey"))
        self.tabs.setTabText(1, self.tr("Results by group"))
        self.take_button.setText(self.tr("Take survey…"))
        self.due_model.retranslate()
        self.results.retranslate_ui()
        self._update_texts()
