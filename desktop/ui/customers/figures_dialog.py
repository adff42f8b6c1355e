"""Enter or correct one month of a customer's figures on the laptop (offline; synced like
every change): the month, what the figures are of (a drug class, a product, or the customer
as a whole), and the figures, with a message under each field that is wrong. The figures
already stored for the month and line picked are loaded, so correcting is the same form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import figures_entry, local_time
from desktop.models import ValidationError
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import error_text, field_text


def _previous_month(today: date) -> QDate:
    """Figures are entered for a month once it is over: the month before today's."""
    return QDate(today.year, today.month, 1).addMonths(-1)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".")
    return str(value)


class FiguresDialog(QDialog):
    """The figures form; `saved_id` is set once the month is stored."""

    def __init__(self, context, customer_id: str, parent=None):
        super().__init__(parent)
        self.context = context
        self.customer_id = customer_id
        self.saved_id: str | None = None
        self._show_all_errors = False
        self._touched: set[str] = set()
        self._stored = False  # figures are stored for the month and line shown
        self.month_edit = QDateEdit(_previous_month(local_time.today()), self)
        self.month_edit.setDisplayFormat("yyyy-MM")
        self.line_combo = QComboBox(self)
        self.state_label = set_role(QLabel(self), "hint")
        self.editors: dict[str, QLineEdit] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.addRow(QLabel(self), self.month_edit)
        self.form.addRow(QLabel(self), self.line_combo)
        for name in figures_entry.FIGURE_FIELDS:
            self._add_row(name)
        self.summary = set_role(QLabel(self), "error")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.state_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._fill_lines(figures_entry.entry_choices(context.store))
        self.month_edit.dateChanged.connect(lambda _d: self._load())
        self.line_combo.currentIndexChanged.connect(lambda _i: self._load())
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self.retranslate_ui()
        self._load()

    # -- building -------------------------------------------------------------------------
    def _add_row(self, name: str) -> None:
        editor = QLineEdit(self)
        editor.textEdited.connect(lambda _t, n=name: self._edited(n))
        error = set_role(QLabel(self), "error")
        error.setWordWrap(True)
        error.setVisible(False)
        holder = QWidget(self)
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(editor)
        box.addWidget(error)
        label = QLabel(self)
        label.setBuddy(editor)
        self.form.addRow(label, holder)
        self.editors[name], self.error_labels[name], self.form_labels[name] = editor, error, label

    def _fill_lines(self, choices: figures_entry.Choices) -> None:
        self.line_combo.addItem("", (None, None))
        for drug_class in choices.drug_classes:
            self.line_combo.addItem(drug_class, (drug_class, None))
        for product_id, name, drug_class in choices.products:
            self.line_combo.addItem(f"{name} ({drug_class})", (drug_class, product_id))

    # -- values ---------------------------------------------------------------------------
    def period(self) -> str:
        return self.month_edit.date().toString("yyyy-MM")

    def values(self) -> tuple[dict, list]:
        """The row as entered, and the figures that are no number."""
        texts = {name: editor.text() for name, editor in self.editors.items()}
        figures, problems = figures_entry.parse_figures(texts)
        drug_class, product_id = self.line_combo.currentData()
        return ({"customer_id": self.customer_id, "period": self.period(),
                 "drug_class": drug_class, "product_id": product_id, **figures}, problems)

    def _load(self) -> None:
        """Show what is stored for the month and line picked (empty fields: nothing yet)."""
        drug_class, product_id = self.line_combo.currentData()
        stored = figures_entry.stored_figures(self.context.store, self.customer_id,
                                              self.period(), drug_class, product_id)
        for name, editor in self.editors.items():
            editor.setText(_text((stored or {}).get(name)))
        self._stored = stored is not None
        self._touched.clear()
        self._show_all_errors = False
        self._validate()
        self._state_text()

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self._validate()

    def _validate(self) -> bool:
        values, problems = self.values()
        errors = problems + [e for e in figures_entry.figure_errors(values)
                             if e.field not in {p.field for p in problems}]
        messages: dict[str, list[str]] = {}
        for error in errors:
            messages.setdefault(error.field, []).append(error_text(error))
        for name, label in self.error_labels.items():
            shown = messages.get(name) if (self._show_all_errors or name in self._touched) \
                else None
            label.setText("\n".join(shown or []))
            label.setVisible(bool(shown))
        rest = [t for name, texts in messages.items() if name not in self.error_labels
                for t in texts]
        self.summary.setText("\n".join(rest) if self._show_all_errors else "")
        self.summary.setVisible(bool(self.summary.text()))
        return not messages

    def save(self) -> None:
        """Store the figures if every field is valid; otherwise show every message."""
        self._show_all_errors = True
        if not self._validate():
            return
        values, _problems = self.values()
        store = self.context.store
        try:
            self.saved_id = self.context.write(lambda: figures_entry.save_figures(store, values))
        except ValidationError as exc:  # a rule the form does not cover
            self.summary.setText("\n".join(error_text(e) for e in exc.errors))
            self.summary.setVisible(True)
            return
        self.context.saved("customer_metric")
        self.accept()

    # -- language -------------------------------------------------------------------------
    def _state_text(self) -> None:
        self.state_label.setText(
            self.tr("Figures are stored for this month: correct them and save.")
            if self._stored else self.tr("No figures yet for this month."))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Enter figures"))
        self.form.labelForField(self.month_edit).setText(self.tr("Month"))
        self.form.labelForField(self.line_combo).setText(self.tr("Figures of"))
        self.line_combo.setItemText(0, self.tr("The customer as a whole"))
        for name, label in self.form_labels.items():
            label.setText(field_text(name))
        self._state_text()
        self._validate()
