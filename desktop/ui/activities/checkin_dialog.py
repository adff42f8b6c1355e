"""On the day of an activity: check invitees in as they arrive or mark them no-show, add a
walk-in as a new customer (name, kind, organisation), enter what each cost line actually
cost, and mark the activity held. Each step is written at once (`desktop.domain.activities`), so a laptop that
dies at the door loses nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activities, activity_day, activity_views, local_time
from desktop.domain.activity_views import ActivityDetail
from desktop.models.enums import ActivityAction, ActivityStatus, CustomerKind, InviteeStatus
from desktop.ui.activities.costs_editor import CostsEditor
from desktop.ui.activities.table_models import invitees_model
from desktop.ui.activities.texts import reminder_languages, rule_message
from desktop.ui.common.style import set_role
from desktop.ui.common.widgets import Banner, EnumComboBox, make_table_view

INVITEES = "market_activity_invitee"


class WalkInDialog(QDialog):
    """A person who came uninvited, as a new customer: name, kind, organisation."""

    def __init__(self, organisations, parent=None):
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("walk_in_name")
        self.kind_combo = EnumComboBox(CustomerKind, self, values=[
            CustomerKind.DOCTOR.value, CustomerKind.PHARMACY_CONTACT.value,
            CustomerKind.PATIENT.value])
        self.organisation_combo = QComboBox(self)
        self.organisation_combo.addItem("—", None)
        for organisation in organisations:
            self.organisation_combo.addItem(organisation.name, organisation.id)
        self.message = Banner(self)
        self.form = QFormLayout()
        labels = [QLabel(self) for _ in range(3)]
        for label, widget in zip(labels, (self.name_edit, self.kind_combo,
                                          self.organisation_combo), strict=True):
            self.form.addRow(label, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Add a walk-in"))
        for label, text in zip(labels, (self.tr("Name"), self.tr("Kind"),
                                        self.tr("Organisation")), strict=True):
            label.setText(text)

    def values(self) -> dict:
        return {"name": self.name_edit.text().strip(), "kind": self.kind_combo.value(),
                "organisation_id": self.organisation_combo.currentData()}

    def accept(self) -> None:
        if not self.name_edit.text().strip():
            self.message.show_message(self.tr("Enter the person's name."), "warning")
            return
        super().accept()


class CheckInDialog(QDialog):
    """The day of `detail`: invitees and their attendance, actual costs, Mark held."""

    def __init__(self, context, identity, detail: ActivityDetail, organisations, parent=None):
        super().__init__(parent)
        self.setObjectName("CheckInDialog")
        self.context, self.identity = context, identity
        self.detail, self.organisations = detail, organisations
        self.walk_in: WalkInDialog | None = None
        self.model = invitees_model(self)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _i: self.check_in())
        self.count_label = set_role(QLabel(self), "strong")
        self.check_in_button = QPushButton(self)
        self.check_in_button.setObjectName("check_in")
        self.check_in_button.clicked.connect(self.check_in)
        self.no_show_button = QPushButton(self)
        self.no_show_button.setObjectName("no_show")
        self.no_show_button.clicked.connect(self.mark_no_show)
        self.walk_in_button = QPushButton(self)
        self.walk_in_button.clicked.connect(self.add_walk_in)
        row = QHBoxLayout()
        row.addWidget(self.count_label)
        row.addStretch(1)
        row.addWidget(self.walk_in_button)
        row.addWidget(self.no_show_button)
        row.addWidget(self.check_in_button)
        people = QWidget(self)
        pl = QVBoxLayout(people)
        pl.addWidget(self.table, 1)
        pl.addLayout(row)
        self.costs = CostsEditor(detail.costs, self, actual=True)
        self.save_costs_button = QPushButton(self)
        self.save_costs_button.clicked.connect(self.save_costs)
        costs = QWidget(self)
        cl = QVBoxLayout(costs)
        cl.addWidget(self.costs, 1)
        cl.addWidget(self.save_costs_button)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(people, "")
        self.tabs.addTab(costs, "")
        self.message = Banner(self)
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("mark_held")
        self.hold_button.clicked.connect(self.mark_held)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.hold_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addLayout(bottom)
        self.resize(760, 560)
        self.retranslate_ui()
        self._show(detail)

    # -- data -----------------------------------------------------------------------------
    def _show(self, detail: ActivityDetail) -> None:
        current = self.model.row_at(self.table.currentIndex().row())
        self.detail = detail
        self.model.set_rows(detail.invitees)
        rows = detail.invitees
        keep = next((i for i, r in enumerate(rows) if current and r.id == current.id), 0)
        if rows:
            self.table.setCurrentIndex(self.model.index(keep, 0))
        self._update()

    def _write(self, fn, message: str, tables: tuple[str, ...] = (INVITEES,)) -> bool:
        """Write `fn()` on the database thread, tell the screens of the `tables` it changed
        (each once), then read the activity again."""
        try:
            self.context.write(fn)
        except ValueError as error:
            self.message.show_message(rule_message(error), "warning")
            return False
        for table in tables:
            self.context.saved(table)
        store, activity_id = self.context.store, self.detail.id
        self._show(self.context.tasks.run_and_wait(
            lambda: activity_views.activity_detail(store, activity_id)))
        self.message.show_message(message, "ok")
        return True

    def check_in(self) -> bool:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or row.status == InviteeStatus.ATTENDED:
            return False
        store, at = self.context.store, local_time.now()
        return self._write(lambda: activity_day.check_in(store, row.id, at),
                           self.tr("{name} checked in.").format(name=row.name))

    def mark_no_show(self) -> bool:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None or row.status == InviteeStatus.NO_SHOW:
            return False
        store = self.context.store
        return self._write(lambda: activity_day.set_invitee_status(
            store, row.id, InviteeStatus.NO_SHOW.value),
            self.tr("{name} did not come.").format(name=row.name))

    def add_walk_in(self) -> None:
        self.walk_in = WalkInDialog(self.organisations, self)
        self.walk_in.accepted.connect(lambda: self.save_walk_in(self.walk_in.values()))
        self.walk_in.open()

    def save_walk_in(self, values: dict) -> bool:
        store, activity_id, at = self.context.store, self.detail.id, local_time.now()
        return self._write(lambda: activity_day.add_walk_in(store, activity_id, values, at),
                           self.tr("{name} added and checked in.").format(name=values["name"]),
                           ("customer", INVITEES))

    def save_costs(self) -> bool:
        store, activity_id, spent = self.context.store, self.detail.id, self.costs.actuals()
        return self._write(lambda: activity_day.record_actual_costs(store, activity_id, spent),
                           self.tr("Actual costs saved."), ("market_activity_cost",))

    def mark_held(self) -> bool:
        store, activity_id = self.context.store, self.detail.id
        user, at = self.identity.user_id, local_time.now()
        return self._write(lambda: activities.act(store, activity_id, ActivityAction.HOLD.value,
                                                  user, None, at,
                                                  languages=reminder_languages()),
                           self.tr("The activity is marked held."),
                           ("market_activity", "follow_up"))  # held: its invitations closed

    # -- look -----------------------------------------------------------------------------
    def _update(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        self.check_in_button.setEnabled(row is not None and row.status != InviteeStatus.ATTENDED)
        self.no_show_button.setEnabled(row is not None and row.status != InviteeStatus.NO_SHOW)
        self.hold_button.setVisible(self.detail.status == ActivityStatus.APPROVED)
        self.count_label.setText(self.tr("%n came of {invited} on the list", "",
                                         self.detail.attended).format(
            invited=len(self.detail.invitees)))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("On the day: {title}").format(title=self.detail.title))
        self.tabs.setTabText(0, self.tr("Check-in"))
        self.tabs.setTabText(1, self.tr("Actual costs"))
        self.check_in_button.setText(self.tr("Check in"))
        self.walk_in_button.setText(self.tr("Add walk-in…"))
        self.no_show_button.setText(self.tr("No-show"))
        self.save_costs_button.setText(self.tr("Save actual costs"))
        self.hold_button.setText(self.tr("Mark held"))
        self.close_button.setText(self.tr("Close"))
        self.model.retranslate()
        self.costs.retranslate_ui()
        self._update()
