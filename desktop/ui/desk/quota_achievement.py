"""The Achievement page of the quota tab: quota against sales for the region and its reps, or
a rep and their hospitals, for a month or the year to date, with the year's forecast two
ways (run rate; last year grown by this year's growth). The selected line's months are
drawn (`QuotaChart`) and how its figures were computed is written under the chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.domain import quota_desk
from desktop.domain.quotas import Achievement
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import QuotaLevel
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import message_text
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.desk.quota_chart import QuotaChart
from desktop.ui.desk.quota_split import money


@dataclass(frozen=True)
class AchievementRow:
    level: str  # QuotaLevel
    target_id: str
    name: str
    achievement: Achievement


def _rate(row: AchievementRow) -> str:
    rate = row.achievement.rate
    return "—" if rate is None else f"{rate:.0%}"


def _tone(row: AchievementRow) -> str | None:
    rate = row.achievement.rate
    if rate is None:
        return "neutral"
    return "success" if rate >= 1 else "warning" if rate >= 0.9 else "danger"


COLUMNS = [
    Column(_t("Columns", "Name"), lambda r: r.name),
    Column(_t("Columns", "Quota"), lambda r: money(r.achievement.quota), align_right=True),
    Column(_t("Columns", "Sales"), lambda r: money(r.achievement.sales), align_right=True),
    Column(_t("Columns", "Achieved"), _rate, tone=_tone),
    Column(_t("Columns", "Last year"), lambda r: money(r.achievement.last_year_same_months),
           align_right=True, optional=2),
    Column(_t("Columns", "Forecast (run rate)"), lambda r: money(r.achievement.forecast.run_rate),
           align_right=True),
    Column(_t("Columns", "Forecast (last year)"),
           lambda r: money(r.achievement.forecast.last_year_based), align_right=True,
           optional=1),
]


def read_rows(store, choice, rep_name: str, month: int | None) -> list[AchievementRow]:
    """The region and its reps (`choice.rep_user_id` None), or the rep and their hospitals."""
    common = {"year": choice.year, "region_id": choice.region_id,
              "product_id": choice.product_id, "month": month}
    if choice.rep_user_id is None:
        top = quota_desk.achievement_lines(
            store, level=QuotaLevel.REGION, **common,
            region_name=quota_desk.region_name(store, choice.region_id))
        lines = [(QuotaLevel.REGION, x) for x in top]
        lines += [(QuotaLevel.REP, x) for x in quota_desk.achievement_lines(
            store, level=QuotaLevel.REP, **common)]
    else:
        lines = [(QuotaLevel.REP, x) for x in quota_desk.achievement_lines(
            store, level=QuotaLevel.REP, rep_user_id=choice.rep_user_id, **common)]
        lines += [(QuotaLevel.HOSPITAL, x) for x in quota_desk.achievement_lines(
            store, level=QuotaLevel.HOSPITAL, rep_user_id=choice.rep_user_id, **common)]
    return [AchievementRow(level, x.achievement.target_id, x.name, x.achievement)
            for level, x in lines]


class AchievementPanel(QWidget):
    """`show_choice(choice, rep_name)` reads the lines; selecting one draws its months."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("AchievementPanel")
        self.context = context
        self.choice = None
        self.rep_name = ""
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.addItem("", None)
        for month in range(1, 13):
            self.period_combo.addItem("", month)
        self.model = RowsTableModel(COLUMNS, self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "file-spreadsheet")
        self.chart = QuotaChart(self)
        self.explanation = set_role(QLabel(self), "hint")
        self.explanation.setWordWrap(True)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top = QHBoxLayout()
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.chart, 1)
        lower_layout.addWidget(self.explanation)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.reload = Reload(context.tasks, lambda: [], self._show_rows, self)
        self.chart_reload = Reload(context.tasks, lambda: [], self._show_months, self)
        self._chart_title = ""
        self.period_combo.currentIndexChanged.connect(lambda _i: self._read(later=False))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._read_chart())
        self.retranslate_ui()

    def show_choice(self, choice, rep_name: str, *, later: bool = False) -> None:
        self.choice, self.rep_name = choice, rep_name
        self._read(later=later)

    def _read(self, *, later: bool) -> None:
        store, choice, rep_name = self.context.store, self.choice, self.rep_name
        month = self.period_combo.currentData()
        if choice is None or choice.product_id is None:
            load = list
        else:
            def load():
                return read_rows(store, choice, rep_name, month)
        (self.reload.request if later else self.reload.now)(load)

    def _show_rows(self, rows) -> None:
        current = self.current_row()
        self.model.set_rows(rows)
        keep = next((i for i, r in enumerate(rows) if current is not None
                     and (r.level, r.target_id) == (current.level, current.target_id)), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._read_chart()
        self._update_texts()

    def current_row(self) -> AchievementRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def _read_chart(self) -> None:
        row, choice, store = self.current_row(), self.choice, self.context.store
        if row is None or choice is None:
            self._chart_title = ""
            self.chart_reload.now(list)
            return
        self._chart_title = row.name
        rep = choice.rep_user_id if row.level == QuotaLevel.HOSPITAL else None
        self.chart_reload.now(lambda: quota_desk.monthly_figures(
            store, level=row.level, year=choice.year, region_id=choice.region_id,
            product_id=choice.product_id, target_id=row.target_id, rep_user_id=rep))

    def _show_months(self, months) -> None:
        self.chart.set_figures(self._chart_title, months)
        self._update_texts()

    def explanation_lines(self) -> list[str]:
        row = self.current_row()
        if row is None:
            return []
        a = row.achievement
        lines = [message_text("Kpi", *a.explanation)]
        lines += [message_text("Kpi", template, params)
                  for template, params in a.forecast.explanations()]
        return lines

    def _update_texts(self) -> None:
        row = self.current_row()
        self.explanation.setText("\n".join(self.explanation_lines()))
        self.explanation.setVisible(row is not None)
        if self.choice is not None and not any(r.achievement.sales for r in self.model.rows()):
            self.empty.set_texts(
                self.tr("No sales figures for {year} yet").format(year=self.choice.year),
                self.tr("Achievement shows once the month's sales are imported "
                        "(rounds-server import metrics) and synced."))
        else:
            self.empty.set_texts(self.tr("Nothing to show"),
                                 self.tr("Pick a product with a quota."))
        if self.model.rows() and not any(r.achievement.sales for r in self.model.rows()):
            self.explanation.setText(self.tr(
                "No sales figures for this product and period yet: the quota is shown, "
                "achievement follows once the figures are imported."))

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("Period"))
        self.period_combo.setItemText(0, self.tr("Year to date"))
        for month in range(1, 13):
            self.period_combo.setItemText(month, self.tr("Month {month}").format(month=month))
        self.model.retranslate()
        self.chart.retranslate_ui()
        self._update_texts()
