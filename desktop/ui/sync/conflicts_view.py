"""Conflicts and refused changes: both values side by side, restore mine or keep theirs."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain import sync_outcomes
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.rows_model import Column, RowsTableModel
from desktop.ui.common.texts import datetime_text, field_text, translate
from desktop.ui.common.widgets import Banner, EmptyState, make_table_view
from desktop.ui.context import touches

TABLE_NAMES = {
    "customer": _t("ConflictsView", "Customer"),
    "visit": _t("ConflictsView", "Call report"),
    "visit_attendee": _t("ConflictsView", "Call attendee"),
    "visit_product": _t("ConflictsView", "Product detailed"),
    "visit_sample": _t("ConflictsView", "Sample"),
    "follow_up": _t("ConflictsView", "Follow-up"),
    "complaint": _t("ConflictsView", "Complaint"),
    "complaint_event": _t("ConflictsView", "Complaint step"),
    "call_plan": _t("ConflictsView", "Call plan"),
    "plan_item": _t("ConflictsView", "Planned call"),
    "customer_metric": _t("ConflictsView", "Customer figures"),
    "plan_decision": _t("ConflictsView", "Plan decision"),
    "market_activity": _t("ConflictsView", "Market activity"),
    "market_activity_product": _t("ConflictsView", "Activity product"),
    "market_activity_invitee": _t("ConflictsView", "Activity invitee"),
    "market_activity_cost": _t("ConflictsView", "Activity cost line"),
    "market_activity_event": _t("ConflictsView", "Activity step"),
    "product_margin": _t("ConflictsView", "Product margin"),
    "frequency_target": _t("ConflictsView", "Call frequency target"),
    "quota": _t("ConflictsView", "Quota"),
    "at_risk_rule": _t("ConflictsView", "At-risk rule"),
    "region": _t("ConflictsView", "Region"),
    "territory": _t("ConflictsView", "Territory"),
    "product": _t("ConflictsView", "Product"),
    "team_member": _t("ConflictsView", "Team member"),
    "complaint_route": _t("ConflictsView", "Complaint routing rule"),
    "survey_question": _t("ConflictsView", "Survey question"),
    "survey_response": _t("ConflictsView", "Satisfaction survey"),
}


def _table(name: str) -> str:
    return translate("ConflictsView", TABLE_NAMES.get(name, name))


def _value(value) -> str:
    if value is None or value == "":
        return translate("ConflictsView", "(empty)")
    return str(value)


def _changes(r) -> str:
    return ", ".join(f"{field_text(k)}: {_value(v)}" for k, v in r.changes.items()
                     if k not in ("territory_id",))[:200]


CONFLICT_COLUMNS = [
    Column(_t("Columns", "When"), lambda c: datetime_text(c.created_at)),
    Column(_t("Columns", "Record"), lambda c: f"{_table(c.table_name)}: {c.record}"),
    Column(_t("Columns", "Field"), lambda c: field_text(c.field)),
    Column(_t("Columns", "My value"), lambda c: _value(c.my_value)),
    Column(_t("Columns", "Value kept on the server"), lambda c: _value(c.server_value)),
]
REJECTION_COLUMNS = [
    Column(_t("Columns", "When"), lambda r: datetime_text(r.created_at)),
    Column(_t("Columns", "Record"), lambda r: f"{_table(r.table_name)}: {r.record}"),
    Column(_t("Columns", "Why it was refused"),
           lambda r: translate("Workflow", r.reason) if r.reason else r.code),
    Column(_t("Columns", "My change"), _changes),
]


class ConflictsView(QWidget):
    """Lists what the sync overwrote or refused, with the actions to settle each."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.conflict_model = RowsTableModel(CONFLICT_COLUMNS, self)
        self.rejection_model = RowsTableModel(REJECTION_COLUMNS, self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = Banner(self)
        self.conflict_group = QGroupBox(self)
        self.rejection_group = QGroupBox(self)
        self.conflict_table = make_table_view(self)
        self.conflict_table.setModel(self.conflict_model)
        self.rejection_table = make_table_view(self)
        self.rejection_table.setModel(self.rejection_model)
        self.conflict_empty = EmptyState(self.conflict_table, "git-compare-arrows")
        self.rejection_empty = EmptyState(self.rejection_table, "circle-check")
        self.restore_button = QPushButton(self)
        self.keep_button = QPushButton(self)
        self.dismiss_button = QPushButton(self)
        box = QVBoxLayout(self.conflict_group)
        box.addWidget(self.conflict_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.restore_button)
        box.addLayout(row)
        box = QVBoxLayout(self.rejection_group)
        box.addWidget(self.rejection_table)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dismiss_button)
        box.addLayout(row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.error)
        layout.addWidget(self.conflict_group, 1)
        layout.addWidget(self.rejection_group, 1)
        self.restore_button.clicked.connect(self.restore_mine)
        self.keep_button.clicked.connect(self.keep_theirs)
        self.dismiss_button.clicked.connect(self.dismiss_rejection)
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        self.conflict_model.set_rows(sync_outcomes.conflict_rows(store))
        self.rejection_model.set_rows(sync_outcomes.rejection_rows(store))
        for table, model in ((self.conflict_table, self.conflict_model),
                             (self.rejection_table, self.rejection_model)):
            if model.rowCount():
                table.setCurrentIndex(model.index(0, 0))
        self._update_titles()

    def _data_changed(self, table: str) -> None:
        if touches(table, ("sync_conflict", "sync_rejection")):  # brought by a sync
            self.refresh()

    def _current(self, table, model):
        return model.row_at(table.currentIndex().row())

    def restore_mine(self) -> None:
        """Write my value again (it syncs as a new change)."""
        c = self._current(self.conflict_table, self.conflict_model)
        if c is None:
            return
        try:
            store = self.context.store
            restored = self.context.write(lambda: sync_outcomes.restore_my_value(store, c.id))
        except Exception as exc:  # noqa: BLE001 - show why, keep the record
            self.error.show_message(self.tr("Could not restore your value: {reason}")
                                    .format(reason=exc), "danger")
            return
        if restored:
            self.error.setVisible(False)
            self.context.saved(c.table_name)
        else:
            self.error.show_message(self.tr(
                "This record is no longer on this computer: it was deleted, or it moved to "
                "another rep's territory. There is nothing to restore, so the conflict was "
                "removed from the list."), "warning")
        self.refresh()

    def keep_theirs(self) -> None:
        c = self._current(self.conflict_table, self.conflict_model)
        if c is not None:
            store = self.context.store
            self.context.write(lambda: sync_outcomes.dismiss_conflict(store, c.id))
            self.refresh()

    def dismiss_rejection(self) -> None:
        r = self._current(self.rejection_table, self.rejection_model)
        if r is not None:
            store = self.context.store
            self.context.write(lambda: sync_outcomes.dismiss_rejection(store, r.seq))
            self.context.data_changed.emit(r.table_name)
            self.refresh()

    def _update_titles(self) -> None:
        self.conflict_group.setTitle(self.tr("Your values that lost to another change ({n})")
                                     .format(n=self.conflict_model.rowCount()))
        self.rejection_group.setTitle(self.tr("Changes the server refused ({n})")
                                      .format(n=self.rejection_model.rowCount()))
        has_conflict = self.conflict_model.rowCount() > 0
        self.restore_button.setEnabled(has_conflict)
        self.keep_button.setEnabled(has_conflict)
        self.dismiss_button.setEnabled(self.rejection_model.rowCount() > 0)

    def retranslate_ui(self) -> None:
        self.intro.setText(self.tr(
            "When someone else changed the same field first, the server kept their value; "
            "yours is listed here and can be restored. Changes the server refused are listed "
            "with its reason."))
        self.restore_button.setText(self.tr("Restore my value"))
        self.keep_button.setText(self.tr("Keep the server's value"))
        self.dismiss_button.setText(self.tr("Acknowledge"))
        self.conflict_empty.set_texts(self.tr("No conflicts."),
                                      self.tr("Every value you changed is the one the server "
                                              "keeps."))
        self.rejection_empty.set_texts(self.tr("No refused changes."),
                                       self.tr("The server accepted everything you sent."))
        self.conflict_model.retranslate()
        self.rejection_model.retranslate()
        self._update_titles()
