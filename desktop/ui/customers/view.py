"""Customers: search-as-you-type (pinyin too), filters, the lazily fetched list, and the
selected customer's detail beside it.

What is typed is searched on the task runner's database thread and the matches swapped in
when they arrive (a search typed over meanwhile is dropped), so the box never waits for the
search; the detail of the selected customer is read there too. A sync or a save that
changed customers or visits reads the list, the place filters and the detail again, also
in the background. Export… writes every customer the filters select to an .xlsx
(`desktop.domain.customer_list.export_customers`) on a thread of its own (`context.exports`),
so a long export holds up neither the window nor the screens' reads."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import customer_list
from desktop.domain.customer_list import CustomerFilter
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import CustomerKind, LifecycleStage, Tier
from desktop.ui.common.icons import icon
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.translations import ui_language
from desktop.ui.common.widgets import Banner, EmptyState, EnumComboBox, make_table_view
from desktop.ui.context import touches
from desktop.ui.customers.detail import CustomerDetail
from desktop.ui.customers.table_model import CustomerTableModel

SEARCH_DELAY_MS = 150
log = logging.getLogger(__name__)


class CustomersView(QWidget):
    """The customer archive: find, filter, open, create."""

    customer_selected = Signal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.model = CustomerTableModel(context.store, self)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.filter_in_background)
        self._searching = None  # the background search in flight

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        set_role(self.search_edit, "search")
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.kind_combo = EnumComboBox(CustomerKind, self, any_text=_t("Filters", "All kinds"))
        self.tier_combo = EnumComboBox(Tier, self, any_text=_t("Filters", "All tiers"))
        self.lifecycle_combo = EnumComboBox(LifecycleStage, self,
                                            any_text=_t("Filters", "All stages"))
        self.city_combo = QComboBox(self)
        self.hospital_combo = QComboBox(self)
        for combo in (self.kind_combo, self.tier_combo, self.lifecycle_combo, self.city_combo,
                      self.hospital_combo):
            # narrow by default so the window fits small laptop screens; the popup is wide
            combo.setMinimumContentsLength(5)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_button = set_role(QPushButton(icon("plus", "on_accent"), "", self), "primary")
        self.count_label = QLabel(self)
        self.count_label.setWordWrap(True)
        # "Did you mean …": shown when nothing matched as typed; the link searches for it
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.suggestion_label.hide()
        self.export_button = QPushButton(icon("file-spreadsheet"), "", self)
        self.message = Banner(self)

        self.table = make_table_view(self, fit_to_contents=False)
        self.table.setModel(self.model)
        self.table.preferred_widths = {0: 200, 1: 130, 2: 50, 3: 220, 4: 70, 5: 90, 6: 100}
        self.table.min_widths = {0: 150, 3: 150}
        self.table.optional_columns = (5, 6, 4)  # stage, last visit, city
        self.table.fit_columns()
        self.empty = EmptyState(self.table, "search")
        self.detail = CustomerDetail(context, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 3)
        for combo in (self.kind_combo, self.tier_combo, self.city_combo, self.hospital_combo,
                      self.lifecycle_combo):
            filters.addWidget(combo, 1)
        filters.addWidget(self.new_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.suggestion_label)
        left_layout.addWidget(self.table)
        below = QHBoxLayout()
        below.addWidget(self.count_label, 1)
        below.addWidget(self.export_button)
        left_layout.addLayout(below)
        left_layout.addWidget(self.message)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        # 3:2 from the start: left to the size hints, a hospital's people tab took the list's room
        self.splitter.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.splitter)

        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._open_first)
        self.suggestion_label.linkActivated.connect(lambda _link: self.accept_suggestion())
        for combo in (self.kind_combo, self.tier_combo, self.city_combo, self.hospital_combo,
                      self.lifecycle_combo):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda index: self.detail.setFocus())
        self.model.total_changed.connect(lambda _n: self._update_count())
        self.new_button.clicked.connect(self.detail.create_customer)
        self.export_button.clicked.connect(self.ask_export)
        store = context.store
        self._places = Reload(getattr(context, "tasks", None), lambda: _place_choices(store),
                              self._fill_place_filters, self)
        context.data_changed.connect(self._data_changed)

        self.retranslate_ui()
        self._places.now()
        self.apply_filter()

    # -- behaviour ------------------------------------------------------------------------
    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(
            text=self.search_edit.text().strip(), kind=self.kind_combo.value(),
            tier=self.tier_combo.value(), city=self.city_combo.currentData(),
            organisation_id=self.hospital_combo.currentData(),
            lifecycle_stage=self.lifecycle_combo.value())

    def apply_filter(self) -> None:
        """Re-run the search with what is typed and picked now (on this thread)."""
        self._search_timer.stop()
        self._drop_search()
        self.model.set_filter(self.current_filter())
        self._select_first()

    def filter_in_background(self, then=None) -> None:
        """Re-run the search on the database thread; the matches replace the list when they
        arrive, unless the filter changed meanwhile. Then `then()` runs, else the first
        match is selected when nothing is."""
        tasks = getattr(self.context, "tasks", None)
        if tasks is None:
            self.apply_filter()
            return
        self._search_timer.stop()
        self._drop_search()
        self._searching = tasks.run(self.model.read_first_rows(self.current_filter()),
                                    lambda listing: self._listing_arrived(listing, then),
                                    owner=self)

    def _listing_arrived(self, listing, then) -> None:
        self._searching = None
        if listing.filter != self.current_filter():
            return  # typed or picked on meanwhile: that search follows
        self.model.show_listing(listing)
        (then or self._select_first)()

    def _drop_search(self) -> None:
        if self._searching is not None:
            self._searching.cancel()
            self._searching = None

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def select_customer(self, customer_id: str) -> None:
        """Show one customer, even if the current filter hides it."""
        row = self.model.row_of(customer_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))
        else:  # not among the rows fetched: show it without a misleading highlight
            self.table.selectionModel().clear()
        self.detail.show_customer(customer_id)

    def current_customer_id(self) -> str | None:
        return self.detail.customer_id

    def accept_suggestion(self) -> None:
        """Search for what "did you mean" offered."""
        if self.model.suggestion:
            self.search_edit.setText(self.model.suggestion)
            self.apply_filter()

    def _open_first(self) -> None:
        self.apply_filter()
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))
            self.table.setFocus()

    def _current_changed(self, current, _previous) -> None:
        row = self.model.row_at(current.row())
        if row is not None:
            self.detail.show_customer_later(row.id)
            self.customer_selected.emit(row.id)

    def _update_suggestion(self) -> None:
        if not self.model.fuzzy:
            self.suggestion_label.hide()
            return
        if self.model.suggestion:
            link = f'<a href="suggestion">{html.escape(self.model.suggestion)}</a>'
            self.suggestion_label.setText(self.tr(
                "No customer matches exactly what you typed. Did you mean %1?").replace(
                    "%1", link))
        else:
            self.suggestion_label.setText(html.escape(self.tr(
                "No customer matches exactly what you typed; these come close (a typo or "
                "the same pinyin).")))
        self.suggestion_label.show()

    def _update_count(self) -> None:
        self._update_suggestion()
        if self.model.more_matches:
            self.count_label.setText(self.tr(
                "Showing the best %n matches; more customers match — type more or pick a "
                "filter to narrow.", "", self.model.total))
        else:
            self.count_label.setText(self.tr("%n customer(s)", "", self.model.total))
        if self.current_filter() == CustomerFilter():
            self.empty.set_texts(self.tr("No customers yet."),
                                 self.tr("Add one with New customer (Ctrl+Shift+C), or sync to "
                                         "bring your territory's customers."))
        else:
            self.empty.set_texts(self.tr("No customer matches."),
                                 self.tr("Check the spelling, try pinyin initials (zw for 张伟), "
                                         "or set the filters back to All."))

    # -- export ---------------------------------------------------------------------------
    def ask_export(self) -> None:
        """Ask where to save the filtered customers, then export them there."""
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export customers"), self.tr("customers") + ".xlsx",
            self.tr("Excel workbook (*.xlsx)"))
        if path:
            path = Path(path)
            self.export_to(path if path.suffix.lower() == ".xlsx" else
                           path.with_name(path.name + ".xlsx"))

    def export_to(self, path: Path) -> None:
        """Write every customer the filters select to `path` on the export thread; a message
        says how many went where (or why none did)."""
        store, flt, language = self.context.store, self.current_filter(), ui_language()
        self.export_button.setEnabled(False)
        self.message.show_message(self.tr("Exporting customers…"), "info")
        self.context.exports.run(
            lambda: customer_list.export_customers(store, flt, path, language),
            lambda count: self._exported(count, path),
            on_error=lambda error: self._export_failed(error, path), owner=self)

    def _exported(self, count: int, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.message.show_message(self.tr("%n customer(s) exported to {path}", "", count)
                                  .format(path=path), "ok")

    def _export_failed(self, error: BaseException, path: Path) -> None:
        self.export_button.setEnabled(True)
        if isinstance(error, OSError):
            text = self.tr("Could not write {path} ({reason}); choose another folder.").format(
                path=path, reason=error.strerror or error)
        else:  # not the file's fault: the log has the details for IT
            log.error("customer export to %s failed", path, exc_info=error)
            text = self.tr("The export failed ({reason}); nothing was written.").format(
                reason=error)
        self.message.show_message(text, "danger")

    def _fill_place_filters(self, places: tuple[list, list]) -> None:
        cities, hospitals = places
        for combo, choices, any_text in (
                (self.city_combo, [(c, c) for c in cities], self.tr("All cities")),
                (self.hospital_combo, [(n, i) for i, n in hospitals],
                 self.tr("All hospitals"))):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(any_text, None)
            for text, value in choices:
                combo.addItem(text, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def _data_changed(self, table: str) -> None:
        """Read again in the background what shows `table`; the selected customer stays."""
        if not touches(table, ("customer", "visit")):
            if touches(table, ("customer_metric",)) and self.detail.customer_id:
                self.detail.show_customer_later(self.detail.customer_id, again=True)
            return
        if touches(table, ("customer",)):
            self._places.request()
        current = self.detail.customer_id

        def keep_selection() -> None:
            if not current:
                return
            row = self.model.row_of(current)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
            else:  # not among the rows fetched: shown without a misleading highlight
                self.table.selectionModel().clear()
            self.detail.show_customer_later(current, again=True)

        self.filter_in_background(keep_selection)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Name, pinyin, hospital or phone (Ctrl+F)"))
        self.new_button.setText(self.tr("New customer"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the customers shown (every one the "
                                              "search and filters select) as an Excel file"))
        if self.city_combo.count():
            self.city_combo.setItemText(0, self.tr("All cities"))
        if self.hospital_combo.count():
            self.hospital_combo.setItemText(0, self.tr("All hospitals"))
        self.model.retranslate()
        self._update_count()


def _place_choices(store) -> tuple[list, list]:
    """The city and hospital filters' choices (read on the database thread)."""
    return customer_list.city_choices(store), customer_list.organisation_choices(store)
