"""The editors of the customer form, one per kind of field, behind one small interface so
the form treats 30 fields alike: `value()` (raises ValueError for text that is not a value
of the field, such as "12a" for a whole number), `set_value(v)` and the `edited` signal
(a change the user made).

Which editor a field gets is `desktop.domain.customer_profile.editor_type`: a combo of the
enum's labels, yes / no / unknown for a boolean (unknown stays None), a date that may stay
empty, whole numbers, several lines for long texts, one line for the rest."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from desktop.domain import customer_profile, local_time
from desktop.models import validation
from desktop.ui.common.widgets import EnumComboBox

LONG_TEXT_LINES = 3


class TextEditor(QLineEdit):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.textEdited.connect(lambda _t: self.edited.emit())

    def value(self):
        return self.text().strip() or None

    def set_value(self, value) -> None:
        self.setText("" if value is None else str(value))


class IntegerEditor(TextEditor):
    """A whole number, or nothing (a line edit: a spin box cannot be left empty)."""

    def value(self):
        text = self.text().strip().replace(",", "")
        return int(text) if text else None


class LongTextEditor(QPlainTextEdit):
    """Several lines (committee members, processes); Tab moves on to the next field."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        margins = self.contentsMargins()
        self.setFixedHeight(round(self.fontMetrics().lineSpacing() * LONG_TEXT_LINES
                                  + 2 * self.document().documentMargin() + margins.top()
                                  + margins.bottom() + 4))
        self.textChanged.connect(self._changed)
        self._loading = False

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self):
        return self.toPlainText().strip() or None

    def set_value(self, value) -> None:
        self._loading = True
        self.setPlainText("" if value is None else str(value))
        self._loading = False


class EnumEditor(EnumComboBox):
    edited = Signal()

    def __init__(self, enum, parent=None):
        super().__init__(enum, parent, any_text="-")
        self.activated.connect(lambda _i: self.edited.emit())


class BooleanEditor(QComboBox):
    """Yes, no, or not known (None): a value no one recorded is not a "no"."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        for value in (None, True, False):
            self.addItem("", value)
        self.retranslate_ui()
        self.activated.connect(lambda _i: self.edited.emit())

    def retranslate_ui(self) -> None:
        for i, text in enumerate((self.tr("Unknown"), self.tr("Yes"), self.tr("No"))):
            self.setItemText(i, text)

    def value(self):
        return self.currentData()

    def set_value(self, value) -> None:
        self.setCurrentIndex({None: 0, True: 1, False: 2}.get(value, 0))


class _TodayCalendar(QCalendarWidget):
    """The calendar of an empty date: it opens on this month, not on the empty marker's."""

    def __init__(self, editor: DateEditor):
        super().__init__()
        self._editor = editor

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._editor.value() is None:
            today = local_time.today()
            self.setCurrentPage(today.year, today.month)


class DateEditor(QWidget):
    """A date that may stay empty: "-" until one is picked; the button empties it."""

    edited = Signal()
    EMPTY = QDate(1900, 1, 1)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")  # "10/12/26" could be any of three days
        self.date_edit.setCalendarWidget(_TodayCalendar(self))
        self.date_edit.setMinimumDate(self.EMPTY)
        self.date_edit.setSpecialValueText("-")
        self.date_edit.setDate(self.EMPTY)
        self.clear_button = QToolButton(self)
        self.clear_button.setText("×")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date_edit, 1)
        row.addWidget(self.clear_button)
        self.setFocusProxy(self.date_edit)
        self.date_edit.dateChanged.connect(lambda _d: self.edited.emit())
        self.clear_button.clicked.connect(lambda: self.date_edit.setDate(self.EMPTY))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.clear_button.setToolTip(self.tr("No date"))

    def value(self) -> date | None:
        picked = self.date_edit.date()
        return None if picked == self.EMPTY else date(picked.year(), picked.month(), picked.day())

    def set_value(self, value) -> None:
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate(value.year, value.month, value.day)
                                   if isinstance(value, date) else self.EMPTY)


def make_editor(name: str, parent=None) -> QWidget:
    """The editor of the customer field `name`."""
    kind = customer_profile.editor_type(name)
    if kind == "enum":
        return EnumEditor(validation.ENUM_FIELDS["customer"][name], parent)
    if kind == "boolean":
        return BooleanEditor(parent)
    if kind == "date":
        return DateEditor(parent)
    if kind == "integer":
        return IntegerEditor(parent)
    if kind == "long_text":
        return LongTextEditor(parent)
    return TextEditor(parent)
