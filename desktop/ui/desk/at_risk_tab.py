"""The manager's customers at risk: the region's customers a rule flags, each with its
reasons, shown for every rep or one; a customer opens on Enter or double-click and can be
marked lost (with its reason). Beside the list: the rule settings and the customers
marked lost, counted by reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import at_risk, local_time, quota_desk
from desktop.domain.identity import Identity, current_identity
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import LostReason
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import enum_text, message_text
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches
from desktop.ui.desk.rule_settings import RuleSettings

TABLES = ("customer", "customer_metric", "visit", "complaint", "at_risk_rule",
          "frequency_target", "territory", "team_member")


@dataclass(frozen=True)
class RiskRow:
    customer: at_risk.AtRiskCustomer
    rep_name: str

    @property
    def customer_id(self) -> str:
        return self.customer.customer_id


def reasons_text(customer: at_risk.AtRiskCustomer) -> str:
    """Every reason the customer is at risk, one a line, in the current language."""
    return "\n".join(message_text("AtRisk", r.template, r.params) for r in customer.reasons)


COLUMNS = [
    Column(_t("Columns", "Customer"), lambda r: r.customer.name),
    Column(_t("Columns", "Tier"), lambda r: r.customer.tier or ""),
    Column(_t("Columns", "Representative"), lambda r: r.rep_name),
    Column(_t("Columns", "Why at risk"), lambda r: reasons_text(r.customer)),
]
LOST_COLUMNS = [
    Column(_t("Columns", "Reason"), lambda r: enum_text(LostReason, r[0])),
    Column(_t("Columns", "Customers"), lambda r: str(r[1]), align_right=True),
]


def read_region(store, region_id: str, today: date | None = None
                ) -> tuple[list[RiskRow], list[tuple[str, int]]]:
    """The region's customers at risk with their rep's name, and the lost counted."""
    names = quota_desk.rep_names(store, region_id)
    found = at_risk.with_display_names(store, at_risk.at_risk_customers(
        store, region_id=region_id, today=today))
    rows = [RiskRow(c, names.get(c.rep_user_id or "", "")) for c in found]
    return rows, list(at_risk.lost_reasons_counted(store, region_id).items())


class AtRiskTab(QWidget):
    """The region's list on the left, the rules and the lost reasons on the right."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("AtRiskTab")
        self.context, self.today_fn = context, today_fn
        self.identity = identity or current_identity(context.store)
        self.region_id = self.identity.region_id if self.identity else None
        self.all_rows: list[RiskRow] = []
        self.dialog = None
        self.rep_label = QLabel(self)
        self.rep_combo = QComboBox(self)
        self.rep_combo.setObjectName("at_risk_rep")
        self.count_label = set_role(QLabel(self), "hint")
        self.lost_button = QPushButton(self)
        self.lost_button.setObjectName("mark_lost")
        self.model = RowsTableModel(COLUMNS, self)
        self.table = make_table_view(self, wrap_rows=True)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "shield-alert")
        self.rules = RuleSettings(context, self.region_id, self)
        self.lost_model = RowsTableModel(LOST_COLUMNS, self)
        self.lost_table = make_table_view(self)
        self.lost_table.setModel(self.lost_model)
        self.rules_box, self.lost_box = QGroupBox(self), QGroupBox(self)
        QVBoxLayout(self.rules_box).addWidget(self.rules)
        QVBoxLayout(self.lost_box).addWidget(self.lost_table)
        top = QHBoxLayout()
        top.addWidget(self.rep_label)
        top.addWidget(self.rep_combo)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.lost_button)
        left = QVBoxLayout()
        left.addLayout(top)
        left.addWidget(self.table, 1)
        right = QVBoxLayout()
        right.addWidget(self.rules_box)
        right.addWidget(self.lost_box, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.reload = Reload(context.tasks, self._load(), self._show, self)
        self.rep_combo.currentIndexChanged.connect(lambda _i: self._filter())
        self.table.activated.connect(self._open)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.lost_button.clicked.connect(self.mark_lost)
        self.rules.rules_saved.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def _load(self):
        store, region, today = self.context.store, self.region_id, self.today_fn()
        if region is None:
            return lambda: ([], [])
        return lambda: read_region(store, region, today)

    def refresh(self) -> None:
        self.reload.now(self._load())

    def _data_changed(self, table: str) -> None:
        if touches(table, TABLES):
            self.reload.request(self._load())

    def _show(self, found) -> None:
        self.all_rows, lost = found
        self.lost_model.set_rows(lost)
        chosen = self.rep_combo.currentData()
        self.rep_combo.blockSignals(True)
        self.rep_combo.clear()
        self.rep_combo.addItem(self.tr("All representatives"), None)
        for uid, name in sorted({(r.customer.rep_user_id, r.rep_name) for r in self.all_rows
                                 if r.customer.rep_user_id}, key=lambda x: x[1]):
            self.rep_combo.addItem(name or uid, uid)
        self.rep_combo.setCurrentIndex(max(self.rep_combo.findData(chosen), 0))
        self.rep_combo.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        rep = self.rep_combo.currentData()
        rows = [r for r in self.all_rows if rep is None or r.customer.rep_user_id == rep]
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n customer(s) at risk", "", len(rows)))
        self._update_buttons()

    def show_rep(self, rep_user_id: str | None) -> None:
        self.rep_combo.setCurrentIndex(max(self.rep_combo.findData(rep_user_id), 0))

    def current_row(self) -> RiskRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    # -- actions --------------------------------------------------------------------------
    def _open(self, index) -> None:
        row = self.model.row_at(index.row())
        if row is not None:
            self.context.customer_opened.emit(row.customer_id)

    def mark_lost(self) -> None:
        from desktop.ui.customers.lost_dialog import MarkLostDialog

        row = self.current_row()
        if row is None:
            return
        self.dialog = MarkLostDialog(self.context, row.customer_id, row.customer.name, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()

    # -- look -----------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.lost_button.setEnabled(self.current_row() is not None)

    def retranslate_ui(self) -> None:
        self.rep_label.setText(self.tr("Representative"))
        if self.rep_combo.count():
            self.rep_combo.setItemText(0, self.tr("All representatives"))
        self.lost_button.setText(self.tr("Mark lost…"))
        self.rules_box.setTitle(self.tr("Rules"))
        self.lost_box.setTitle(self.tr("Customers marked lost, by reason"))
        self.empty.set_texts(self.tr("No customer of your region is at risk"),
                             self.tr("A customer shows here when a rule on the right flags "
                                     "them, with the reason."))
        self.model.retranslate()
        self.lost_model.retranslate()
        self.rules.retranslate_ui()
        self.count_label.setText(self.tr("%n customer(s) at risk", "", self.model.rowCount()))

    def focus_default(self) -> None:
        self.table.setFocus()
