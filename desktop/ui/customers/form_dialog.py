"""Create or edit a customer, with validation messages shown under each field as you type."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import customer_list, customer_profile
from desktop.models import ValidationError
from desktop.models.enums import CreditRating, CustomerKind, HospitalGrade, LifecycleStage, Tier
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import error_text, field_text
from desktop.ui.common.widgets import EnumComboBox

ENUM_EDITORS = {"grade": HospitalGrade, "credit_rating": CreditRating}


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

        self.kind_combo = EnumComboBox(CustomerKind, self)
        self.kind_combo.set_value(self._original.get("kind", kind))
        self.kind_combo.setEnabled(customer_id is None)
        self.name_edit = QLineEdit(self)
        self.tier_combo = EnumComboBox(Tier, self, any_text="-")
        self.stage_combo = EnumComboBox(LifecycleStage, self)
        self.org_combo = QComboBox(self)
        self.dept_combo = QComboBox(self)
        self.form = QFormLayout()
        self.extra = QWidget(self)
        self.extra_form = QFormLayout(self.extra)
        self.extra_form.setContentsMargins(0, 0, 0, 0)
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
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
        layout.addWidget(self.extra)
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
        self.setMinimumWidth(480)
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
        box.addWidget(error)
        label = QLabel(field_text(name), self)
        label.setBuddy(editor)
        form.addRow(label, holder)
        self.editors[name], self.error_labels[name] = editor, error
        self.form_labels[name] = label

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
        self._rebuild_extra(kind)
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

    def _rebuild_extra(self, kind: str) -> None:
        for name in list(self.editors):
            if name not in ("kind", "name", "tier", "lifecycle_stage", "organisation_id",
                            "department_id"):
                del self.editors[name], self.error_labels[name], self.form_labels[name]
        while self.extra_form.rowCount():
            self.extra_form.removeRow(0)
        for name in customer_profile.form_fields(kind):
            if name in ENUM_EDITORS:
                editor = EnumComboBox(ENUM_EDITORS[name], self, any_text="-")
                editor.set_value(self._original.get(name))
                editor.activated.connect(lambda _i, n=name: self._edited(n))
            else:
                editor = QLineEdit(self)
                value = self._original.get(name)
                editor.setText("" if value is None else str(value))
                editor.textEdited.connect(lambda _t, n=name: self._edited(n))
            self._add_row(self.extra_form, name, editor)

    # -- values and validation ------------------------------------------------------------
    def values(self) -> tuple[dict, dict[str, str]]:
        """The customer's values as entered, and UI-level problems (not whole numbers)."""
        v = {"kind": self.kind(), "name": self.name_edit.text().strip(),
             "tier": self.tier_combo.value(), "lifecycle_stage": self.stage_combo.value(),
             "organisation_id": self.org_combo.currentData(),
             "department_id": self.dept_combo.currentData()}
        problems: dict[str, str] = {}
        for name in customer_profile.form_fields(self.kind()):
            editor = self.editors[name]
            if isinstance(editor, EnumComboBox):
                v[name] = editor.value()
                continue
            text = editor.text().strip()
            if name in customer_profile.INTEGER_FIELDS and text:
                try:
                    v[name] = int(text)
                except ValueError:
                    problems[name] = self.tr("{field} must be a whole number.").format(
                        field=field_text(name))
                    v[name] = None
            else:
                v[name] = text or None
        if not customer_profile.organisation_kind_for(self.kind()):
            v["organisation_id"] = v["department_id"] = None
        return v, problems

    def _edited(self, name: str) -> None:
        self._touched.add(name)
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
        return not messages

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
        if self._touched or self._show_all_errors:
            self._validate()
