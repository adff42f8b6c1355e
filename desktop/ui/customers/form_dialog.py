"""Create or edit a customer, with validation messages shown under each field as you type.

Every static field of the customer's kind can be filled here (the same fields the detail
shows: `desktop.domain.customer_profile.sections`). The header (kind, name, tier, stage,
organisation) stays on top; the 10 to 30 other fields sit on tabs, one per section, each
scrolling on its own, so the dialog fits a 1280×800 screen in either language. A phone or
fax shows the numbers read from it as you type and warns, without blocking, about parts
that read as no number."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import customer_list, customer_profile, phones
from desktop.models import ValidationError
from desktop.models.enums import CustomerKind, LifecycleStage, Tier
from desktop.ui.common.icons import icon
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import (
    doubtful_phones_text,
    error_text,
    field_text,
    phones_text,
    translate,
)
from desktop.ui.common.widgets import EnumComboBox
from desktop.ui.customers.field_editors import make_editor

HEADER = customer_profile.HEADER_FIELDS
DIALOG_WIDTH, DIALOG_HEIGHT = 760, 700


class CustomerFormDialog(QDialog):
    """The customer form; `saved_id` is set once the customer is stored."""

    def __init__(self, context, parent=None, *, customer_id: str | None = None,
                 kind: str = CustomerKind.DOCTOR.value):
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.saved_id: str | None = None
        self._original = customer_profile.customer_values(
            context.store, customer_id) if customer_id else {}
        self._touched: set[str] = set()
        self._show_all_errors = False
        self._loaded: dict[str, object] = {}  # what each editor showed when built
        self._sections: tuple[customer_profile.Section, ...] = ()

        self.kind_combo = EnumComboBox(CustomerKind, self)
        self.kind_combo.set_value(self._original.get("kind", kind))
        self.kind_combo.setEnabled(customer_id is None)
        self.name_edit = QLineEdit(self)
        self.tier_combo = EnumComboBox(Tier, self, any_text="-")
        self.stage_combo = EnumComboBox(LifecycleStage, self)
        self.org_combo = QComboBox(self)
        self.dept_combo = QComboBox(self)
        self.form = QFormLayout()
        self.tabs = QTabWidget(self)
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        self.phone_labels: dict[str, tuple[QLabel, QLabel]] = {}  # numbers, doubtful parts
        for name, editor in (("kind", self.kind_combo), ("name", self.name_edit),
                             ("tier", self.tier_combo), ("lifecycle_stage", self.stage_combo),
                             ("organisation_id", self.org_combo),
                             ("department_id", self.dept_combo)):
            self._add_row(self.form, name, editor)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.summary = QLabel(self)
        set_role(self.summary, "error")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        self.name_edit.setText(self._original.get("name") or "")
        self.tier_combo.set_value(self._original.get("tier"))
        self.stage_combo.set_value(self._original.get("lifecycle_stage") or "active")
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.org_combo.currentIndexChanged.connect(lambda _i: self._org_changed())
        self.name_edit.textEdited.connect(lambda _t: self._edited("name"))
        self.org_combo.activated.connect(lambda _i: self._edited("organisation_id"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._kind_changed(initial=True)
        self.resize(DIALOG_WIDTH, DIALOG_HEIGHT)
        self.retranslate_ui()
        self.name_edit.setFocus()

    # -- building -------------------------------------------------------------------------
    def _add_row(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        error = QLabel(self)
        set_role(error, "error")
        error.setWordWrap(True)
        error.setVisible(False)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        if name in customer_profile.PHONE_FIELDS:
            self.phone_labels[name] = self._phone_labels(box)
        box.addWidget(error)
        label = QLabel(field_text(name), self)
        label.setBuddy(editor)
        form.addRow(label, holder)
        self.editors[name], self.error_labels[name] = editor, error
        self.form_labels[name] = label

    def _phone_labels(self, box: QVBoxLayout) -> tuple[QLabel, QLabel]:
        numbers, doubtful = set_role(QLabel(self), "hint"), set_role(QLabel(self), "warning")
        for label in (numbers, doubtful):
            label.setWordWrap(True)
            label.setVisible(False)
            box.addWidget(label)
        return numbers, doubtful

    def kind(self) -> str:
        return self.kind_combo.value()

    def _kind_changed(self, initial: bool = False) -> None:
        kind = self.kind()
        org_kinds = customer_profile.organisation_kind_for(kind)
        self.org_combo.blockSignals(True)
        self.org_combo.clear()
        self.org_combo.addItem("", None)
        if org_kinds:
            for oid, name in customer_list.organisation_choices(self.context.store, org_kinds):
                self.org_combo.addItem(name, oid)
        self.org_combo.setCurrentIndex(max(0, self.org_combo.findData(
            self._original.get("organisation_id"))))
        self.org_combo.blockSignals(False)
        self.form.setRowVisible(self.form_labels["organisation_id"], bool(org_kinds))
        self.form.setRowVisible(self.form_labels["department_id"], kind == CustomerKind.DOCTOR)
        self._org_changed()
        self._rebuild_sections(kind)
        if not initial:
            self._validate()

    def _org_changed(self) -> None:
        self.dept_combo.clear()
        self.dept_combo.addItem("", None)
        org = self.org_combo.currentData()
        if org and self.kind() == CustomerKind.DOCTOR:
            for did, name in customer_profile.departments_of(self.context.store, org):
                self.dept_combo.addItem(name, did)
        self.dept_combo.setCurrentIndex(max(0, self.dept_combo.findData(
            self._original.get("department_id"))))

    def _rebuild_sections(self, kind: str) -> None:
        for name in [n for n in self.editors if n not in HEADER]:
            del self.editors[name], self.error_labels[name], self.form_labels[name]
        self.phone_labels.clear()
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            page.deleteLater()
        self._sections = customer_profile.sections(kind)
        for section in self._sections:
            self.tabs.addTab(self._section_page(section), translate("CustomerForm",
                                                                     section.title))
        self._loaded = {}
        for name in customer_profile.form_fields(kind):
            self._loaded[name] = self._read(name)[0]
            self._show_phones(name)

    def _section_page(self, section: customer_profile.Section) -> QScrollArea:
        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for name in section.fields:
            editor = make_editor(name, page)
            editor.set_value(self._original.get(name))
            editor.edited.connect(lambda n=name: self._edited(n))
            self._add_row(form, name, editor)
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        return scroll

    def _show_phones(self, name: str) -> None:
        """Under a phone or fax: the numbers read from it and what reads as no number."""
        if name not in self.phone_labels:
            return
        numbers, doubtful = self.phone_labels[name]
        cell = phones.read_phones(self.editors[name].text())
        numbers.setText(self.tr("Read as: {numbers}").format(numbers=phones_text(cell))
                        if cell.numbers else "")
        doubtful.setText(doubtful_phones_text(cell))
        for label in (numbers, doubtful):
            label.setVisible(bool(label.text()))

    # -- values and validation ------------------------------------------------------------
    def _read(self, name: str) -> tuple[object, str | None]:
        """A field's value as its editor holds it, or a problem (not a whole number)."""
        try:
            return self.editors[name].value(), None
        except ValueError:
            return None, self.tr("{field} must be a whole number.").format(
                field=field_text(name))

    def values(self) -> tuple[dict, dict[str, str]]:
        """The customer's values as entered, and UI-level problems (not whole numbers).
        A field whose editor still shows what it was loaded with keeps its stored value
        (an editor cannot always write back what it was given: a code no combo offers)."""
        v = {"kind": self.kind(), "name": self.name_edit.text().strip(),
             "tier": self.tier_combo.value(), "lifecycle_stage": self.stage_combo.value(),
             "organisation_id": self.org_combo.currentData(),
             "department_id": self.dept_combo.currentData()}
        problems: dict[str, str] = {}
        for name in customer_profile.form_fields(self.kind()):
            value, problem = self._read(name)
            if problem:
                problems[name] = problem
            unchanged = not problem and value == self._loaded.get(name)
            v[name] = self._original.get(name) if unchanged else value
        if not customer_profile.organisation_kind_for(self.kind()):
            v["organisation_id"] = v["department_id"] = None
        return v, problems

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._show_phones(name)
        self._validate()

    def _validate(self) -> bool:
        values, problems = self.values()
        candidate = {**self._original, **values}
        messages: dict[str, list[str]] = {}
        for error in customer_profile.form_errors(candidate):
            messages.setdefault(error.field, []).append(error_text(error))
        for name, text in problems.items():
            messages.setdefault(name, []).append(text)
        hidden = []
        for name, label in self.error_labels.items():
            shown = messages.get(name) if (self._show_all_errors or name in self._touched) \
                else None
            label.setText("\n".join(shown or []))
            label.setVisible(bool(shown))
        for name, texts in messages.items():
            if name not in self.error_labels:
                hidden.extend(texts)
        self.summary.setText("\n".join(hidden) if self._show_all_errors else "")
        self.summary.setVisible(bool(self.summary.text()))
        self._mark_tabs(messages if self._show_all_errors else {})
        if self._show_all_errors:
            self._show_tab_of_first(messages)
        return not messages

    def _mark_tabs(self, messages: dict[str, list[str]]) -> None:
        """An alert icon on each tab holding a field with a message."""
        for index, section in enumerate(self._sections):
            wrong = any(name in messages for name in section.fields)
            self.tabs.setTabIcon(index, icon("circle-alert", "danger") if wrong else QIcon())

    def _show_tab_of_first(self, messages: dict[str, list[str]]) -> None:
        """Bring the first tab with a message forward (the header's are always in view)."""
        if not any(name in messages for name in HEADER):
            first = next((n for n in customer_profile.form_fields(self.kind())
                          if n in messages), None)
            if first:
                self.show_field(first)

    def show_field(self, name: str) -> None:
        """Bring the tab holding the field `name` forward and scroll it into view."""
        for index, section in enumerate(self._sections):
            if name in section.fields:
                self.tabs.setCurrentIndex(index)
                self.tabs.widget(index).ensureWidgetVisible(self.editors[name])

    def save(self) -> None:
        """Store the customer if every field is valid; otherwise show every message."""
        self._show_all_errors = True
        if not self._validate():
            return
        values, _problems = self.values()
        try:
            store, customer_id = self.context.store, self.customer_id
            self.saved_id = self.context.write(
                lambda: customer_profile.save_customer(store, values, customer_id))
        except ValidationError as exc:  # a rule the form does not cover
            self.summary.setText("\n".join(error_text(e) for e in exc.errors))
            self.summary.setVisible(True)
            return
        self.context.saved("customer")
        self.accept()

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit customer") if self.customer_id
                            else self.tr("New customer"))
        for name, label in self.form_labels.items():
            label.setText(field_text(name))
        for index, section in enumerate(self._sections):
            self.tabs.setTabText(index, translate("CustomerForm", section.title))
        for name in self.phone_labels:
            self._show_phones(name)
        if self._touched or self._show_all_errors:
            self._validate()
