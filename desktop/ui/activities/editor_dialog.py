"""The activity editor: what (kind, title, products), when and where (dates, place,
expected attendance, notes), whom (the invitees tab) and for how much (a budget line per
category, with the total). Saving creates or updates the activity, its products and cost
lines through `desktop.domain.activities`, then applies the invitations, all on the
database thread; a refused save shows why and keeps the dialog open."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import activities
from desktop.domain.activity_views import ActivityDetail
from desktop.domain.identity import Identity
from desktop.models.enums import ActivityKind
from desktop.ui.activities.costs_editor import CostsEditor
from desktop.ui.activities.invitees_tab import InviteesTab
from desktop.ui.activities.texts import reminder_languages, rule_message
from desktop.ui.common.texts import translate
from desktop.ui.common.widgets import Banner, EnumComboBox


def _date_edit(parent, day: date | None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def _day(edit: QDateEdit) -> date:
    return edit.date().toPython()


class ActivityEditor(QDialog):
    """A new activity (`detail` None) or the plan of one in draft or returned. `saved_id`
    holds its id once saved."""

    def __init__(self, context, identity: Identity, products, detail: ActivityDetail | None,
                 parent=None, *, today: date):
        super().__init__(parent)
        self.setObjectName("ActivityEditor")
        self.context, self.identity, self.detail = context, identity, detail
        self.saved_id: str | None = detail.id if detail else None
        self.kind_combo = EnumComboBox(ActivityKind, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("activity_title")
        self.products = QListWidget(self)
        self.products.setMaximumHeight(110)
        chosen = set(detail.product_ids) if detail else set()
        for choice in products:
            item = QListWidgetItem(f"{choice.name} {choice.detail}".strip(), self.products)
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if choice.id in chosen
                               else Qt.CheckState.Unchecked)
        start = detail.starts_on if detail else today + timedelta(days=14)
        self.starts_edit = _date_edit(self, start)
        self.ends_edit = _date_edit(self, detail.ends_on if detail and detail.ends_on else start)
        self.place_edit = QLineEdit(detail.place if detail else "", self)
        self.expected_spin = QSpinBox(self)
        self.expected_spin.setRange(0, 100_000)
        self.expected_spin.setSpecialValueText("—")
        self.expected_spin.setValue(detail.expected_attendance or 0 if detail else 0)
        self.notes_edit = QPlainTextEdit(detail.notes if detail else "", self)
        self.notes_edit.setMaximumHeight(70)
        if detail:
            self.kind_combo.set_value(detail.kind)
            self.title_edit.setText(detail.title)
        territory = detail.territory_id if detail else (identity.territory_ids or (None,))[0]
        self.invitees = InviteesTab(context, territory, detail.invitees if detail else [], self)
        self.costs = CostsEditor(detail.costs if detail else [], self)
        self.message = Banner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        plan = QWidget(self)
        self.form = QFormLayout(plan)
        dates = QHBoxLayout()
        dates.addWidget(self.starts_edit)
        dates.addWidget(self.ends_edit)
        dates.addStretch(1)
        self.form_labels = []
        for field in (self.kind_combo, self.title_edit, self.products, dates, self.place_edit,
                      self.expected_spin, self.notes_edit):
            self.form_labels.append(QLabel(self))
            self.form.addRow(self.form_labels[-1], field)
        self.tabs = QTabWidget(self)
        for page in (plan, self.invitees, self.costs):
            self.tabs.addTab(page, "")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(760, 560)
        self.retranslate_ui()

    def product_ids(self) -> list[str]:
        return [self.products.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.products.count())
                if self.products.item(i).checkState() == Qt.CheckState.Checked]

    def values(self) -> dict:
        """The activity's own fields as entered."""
        starts, ends = _day(self.starts_edit), _day(self.ends_edit)
        values = {
            "kind": self.kind_combo.value(), "title": self.title_edit.text().strip(),
            "starts_on": starts, "ends_on": ends if ends > starts else None,
            "place": self.place_edit.text().strip() or None,
            "expected_attendance": self.expected_spin.value() or None,
            "notes": self.notes_edit.toPlainText().strip() or None,
        }
        if self.detail is None:
            values["owner_user_id"] = self.identity.user_id
            values["territory_id"] = (self.identity.territory_ids or (None,))[0]
        return values

    def save(self) -> bool:
        """Write everything; False (the reason shown) when it is refused."""
        values = self.values()
        if not values["title"]:
            self.message.show_message(self.tr("Give the activity a title."), "warning")
            self.tabs.setCurrentIndex(0)
            self.title_edit.setFocus()
            return False
        if _day(self.ends_edit) < values["starts_on"]:
            self.message.show_message(self.tr("The activity cannot end before it starts."),
                                      "warning")
            return False
        store, products, lines = self.context.store, self.product_ids(), self.costs.lines()
        added, removed = list(self.invitees.added), list(self.invitees.removed)
        segment, activity_id = self.invitees.segment, self.saved_id
        languages = reminder_languages()  # the reminders follow the plan, in any language

        def write() -> str:
            if activity_id is None:
                new_id = activities.create_activity(store, values, products, lines)
            else:
                new_id = activity_id
                activities.update_activity(store, new_id, values, languages=languages)
                activities.set_products(store, new_id, products)
                activities.set_cost_lines(store, new_id, lines)
            for invitee_id in removed:
                activities.uninvite(store, invitee_id, languages=languages)
            if added:  # invited after an approval: "Invite to …" in the user's language
                activities.invite(store, new_id, added,
                                  translate=lambda text: translate("Activities", text))
            if segment is not None:
                activities.invite_segment(store, new_id, kind=segment.kind, tier=segment.tier,
                                          department_name=segment.department_name,
                                          languages=languages)
            return new_id

        try:
            self.saved_id = self.context.write(write)
        except ValueError as error:
            self.message.show_message(rule_message(error), "warning")
            return False
        self.context.saved("market_activity")
        self.context.saved("follow_up")  # its reminders follow the plan
        self.accept()
        return True

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New activity") if self.detail is None
                            else self.tr("Edit activity"))
        for i, text in enumerate((self.tr("Plan"), self.tr("Invitees"), self.tr("Budget"))):
            self.tabs.setTabText(i, text)
        for label, text in zip(self.form_labels, (
                self.tr("Kind"), self.tr("Title"), self.tr("Products"), self.tr("From – to"),
                self.tr("Place"), self.tr("Expected attendance"), self.tr("Notes")), strict=True):
            label.setText(text)
        self.title_edit.setPlaceholderText(self.tr("e.g. 心内科 department meeting on 络活喜"))
        self.kind_combo.retranslate_ui()
        self.invitees.retranslate_ui()
        self.costs.retranslate_ui()
