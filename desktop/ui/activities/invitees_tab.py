"""The editor's invitees: who is invited already, customers added one by one with the
customer search (pinyin works), and a whole segment of the territory (kind + tier +
department name: "all A-tier doctors of 心内科", `activities.segment_customers`), previewed by its size. Nothing is written
here: the editor applies the additions, removals and segment when it saves."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activity_views
from desktop.domain.activity_views import InviteeRow
from desktop.domain.customer_names import display_name_of
from desktop.models.enums import CustomerKind, InviteeStatus, Tier
from desktop.ui.activities.table_models import invitees_model
from desktop.ui.common.style import set_role
from desktop.ui.common.widgets import EnumComboBox, make_table_view


@dataclass(frozen=True)
class Segment:
    kind: str
    tier: str
    department_name: str | None


class InviteesTab(QWidget):
    """`added` (customer ids), `removed` (invitee ids) and `segment` are what the user
    changed; `rows()` what the list shows."""

    def __init__(self, context, territory_id: str | None, invitees: list[InviteeRow],
                 parent=None):
        super().__init__(parent)
        self.context, self.territory_id = context, territory_id
        self.added: list[str] = []
        self.removed: list[str] = []
        self.segment: Segment | None = None
        self.picker = None
        self.model = invitees_model(self)
        self.model.set_rows(invitees)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.add_button = QPushButton(self)
        self.add_button.clicked.connect(self.pick_customer)
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.segment_label = QLabel(self)
        self.kind_combo = EnumComboBox(CustomerKind, self, values=[
            CustomerKind.DOCTOR.value, CustomerKind.PHARMACY_CONTACT.value,
            CustomerKind.HOSPITAL.value, CustomerKind.PHARMACY.value])
        self.tier_combo = EnumComboBox(Tier, self)
        self.department_edit = QLineEdit(self)
        self.department_edit.setObjectName("segment_department")
        self.segment_button = QPushButton(self)
        self.segment_button.clicked.connect(self.choose_segment)
        self.segment_hint = set_role(QLabel(self), "hint")
        self.segment_hint.setWordWrap(True)
        for widget in (self.kind_combo, self.tier_combo):
            widget.currentIndexChanged.connect(lambda _i: self._preview())
        self.department_edit.textChanged.connect(lambda _t: self._preview())
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        segment = QHBoxLayout()
        segment.addWidget(self.segment_label)
        segment.addWidget(self.kind_combo)
        segment.addWidget(self.tier_combo)
        segment.addWidget(self.department_edit, 1)
        segment.addWidget(self.segment_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(segment)
        layout.addWidget(self.segment_hint)
        self.retranslate_ui()

    def rows(self) -> list[InviteeRow]:
        return self.model.rows()

    # -- one by one -----------------------------------------------------------------------
    def pick_customer(self) -> None:
        from desktop.ui.customers.picker_dialog import CustomerPicker

        self.picker = CustomerPicker(self.context, self)
        self.picker.accepted.connect(lambda: self.add_customer(self.picker.chosen_id))
        self.picker.open()

    def add_customer(self, customer_id: str | None) -> None:
        """Invite `customer_id` when saved (once: a customer already listed is skipped)."""
        if not customer_id or any(r.customer_id == customer_id for r in self.model.rows()):
            return
        store = self.context.store
        name = self.context.tasks.run_and_wait(lambda: display_name_of(store, customer_id))
        self.added.append(customer_id)
        self.model.set_rows(self.model.rows() + [InviteeRow(
            "", customer_id, name, "", "", InviteeStatus.INVITED.value, False, None)])

    def remove_current(self) -> None:
        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        if row.id:
            self.removed.append(row.id)
        elif row.customer_id in self.added:
            self.added.remove(row.customer_id)
        self.model.set_rows([r for r in self.model.rows() if r is not row])

    # -- a segment ------------------------------------------------------------------------
    def _wanted(self) -> Segment:
        return Segment(self.kind_combo.value() or CustomerKind.DOCTOR.value,
                       self.tier_combo.value() or Tier.A.value,
                       self.department_edit.text().strip() or None)

    def _preview(self) -> None:
        wanted, store, territory = self._wanted(), self.context.store, self.territory_id

        def count() -> int:
            return activity_views.segment_size(store, territory, kind=wanted.kind,
                                               tier=wanted.tier,
                                               department_name=wanted.department_name)

        self.context.tasks.run(count, self._show_size, owner=self)

    def _show_size(self, n: int) -> None:
        text = self.tr("%n customer(s) match.", "", n)
        if self.segment is not None:
            text += " " + self.tr("The segment is invited when you save.")
        self.segment_hint.setText(text)
        self.segment_button.setEnabled(n > 0)

    def choose_segment(self) -> None:
        self.segment = self._wanted()
        self._preview()

    def retranslate_ui(self) -> None:
        self.model.retranslate()
        self.kind_combo.retranslate_ui()
        self.tier_combo.retranslate_ui()
        self.add_button.setText(self.tr("Add customer…"))
        self.remove_button.setText(self.tr("Remove"))
        self.segment_label.setText(self.tr("Or a whole segment:"))
        self.department_edit.setPlaceholderText(self.tr("Department name, e.g. 心内科"))
        self.segment_button.setText(self.tr("Invite segment"))
        self._preview()
