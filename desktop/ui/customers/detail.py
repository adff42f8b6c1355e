"""One customer: profile, metrics and prescription share, people, visits, follow-ups and
complaints, with the actions a rep takes from there (edit, log a call, capture a complaint)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import call_list, complaints, customer_profile, follow_ups, phones
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import validation
from desktop.models.enums import CustomerKind, LifecycleStage, LostReason
from desktop.ui.common.rows_model import PagedRowsModel
from desktop.ui.common.style import set_role
from desktop.ui.common.texts import (
    date_text,
    datetime_text,
    doubtful_phones_text,
    enum_text,
    field_text,
    phones_text,
    translate,
)
from desktop.ui.common.widgets import make_table_view
from desktop.ui.customers.detail_rows import (
    COMPLAINT_COLUMNS,
    FOLLOW_UP_COLUMNS,
    PEOPLE_COLUMNS,
    VISIT_COLUMNS,
    DetailRows,
    read_detail,
)
from desktop.ui.customers.figures_tab import FiguresTab


def _value_text(name: str, value) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return translate("CustomerDetail", "Yes") if value else translate("CustomerDetail", "No")
    if isinstance(value, datetime):
        return datetime_text(value)
    if isinstance(value, date):
        return date_text(value)
    enum = validation.ENUM_FIELDS["customer"].get(name)
    if enum is not None:
        return enum_text(enum, value)
    return str(value)


def _value_label(text: str) -> QLabel:
    value = QLabel(text)
    value.setWordWrap(True)
    value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return value


READ_DELAY_MS = 120  # the pause after the selection moves before the pane is read


class CustomerDetail(QWidget):
    """The detail pane beside the customer list."""

    TABS = (_t("CustomerDetail", "Profile"), _t("CustomerDetail", "Metrics"),
            _t("CustomerDetail", "People"), _t("CustomerDetail", "Visits"),
            _t("CustomerDetail", "Follow-ups"), _t("CustomerDetail", "Complaints"))

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.customer_id: str | None = None
        self._customer = None
        self._shown: DetailRows | None = None
        self._asked = 0  # sequence number of the last customer asked for
        self._reading = None  # the background read in flight
        self._read_timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self._read_timer.timeout.connect(self._read_asked)
        self.title_label = QLabel(self)
        set_role(self.title_label, "heading")
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setWordWrap(True)
        self.edit_button = QPushButton(self)
        self.call_button = QPushButton(self)
        self.complaint_button = QPushButton(self)
        self.lost_button = QPushButton(self)
        self.lost_button.setObjectName("mark_lost")
        self.lost_dialog = None
        self.tabs = QTabWidget(self)
        # every tab in sight: the pane asks its splitter for their width rather than hide
        # "Complaints (2)" behind scroll buttons (English at 1280 px)
        self.tabs.tabBar().setUsesScrollButtons(False)

        # A grid, not a QFormLayout: the form layout under-sizes rows of wrapped text.
        self.profile_form = QGridLayout()
        self.profile_form.setColumnStretch(1, 1)
        self.profile_form.setHorizontalSpacing(16)
        profile_page = QWidget()
        profile_page.setLayout(self.profile_form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(profile_page)
        self.metrics_panel = FiguresTab(context, self)
        self.people_model = PagedRowsModel(PEOPLE_COLUMNS, self)
        self.visits_model = PagedRowsModel(VISIT_COLUMNS, self)
        self.follow_ups_model = PagedRowsModel(FOLLOW_UP_COLUMNS, self)
        self.complaints_model = PagedRowsModel(COMPLAINT_COLUMNS, self)
        self.people_table = make_table_view(self)
        self.visits_table = make_table_view(self)
        follow_ups_table = make_table_view(self)
        complaints_table = make_table_view(self)
        for view, model in ((self.people_table, self.people_model),
                            (self.visits_table, self.visits_model),
                            (follow_ups_table, self.follow_ups_model),
                            (complaints_table, self.complaints_model)):
            view.setModel(model)
        for page in (scroll, self.metrics_panel, self.people_table, self.visits_table,
                     follow_ups_table, complaints_table):
            self.tabs.addTab(page, "")
        self.empty_label = QLabel(self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.complaint_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.lost_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self.edit_button.clicked.connect(self.edit_customer)
        self.lost_button.clicked.connect(self.mark_lost)
        self.call_button.clicked.connect(
            lambda: self.context.call_report_requested.emit(self.customer_id or "", ""))
        self.complaint_button.clicked.connect(
            lambda: self.context.complaint_requested.emit(self.customer_id or ""))
        self.people_table.activated.connect(self._open_person)
        self.visits_table.activated.connect(self._open_visit)
        self.retranslate_ui()
        self._show_empty(True)

    # -- content --------------------------------------------------------------------------
    def show_customer(self, customer_id: str | None) -> None:
        """Load and show one customer now (None clears the pane)."""
        self._read_timer.stop()
        self._asked += 1
        self.customer_id = customer_id
        self._present(self._asked, read_detail(self.context.store, customer_id))

    def show_customer_later(self, customer_id: str | None, *, again: bool = False) -> None:
        """Show one customer once its rows are read on the database thread (the list's
        selection moved), after a short pause: while the selection keeps moving (arrow keys,
        each letter typed in the search) only the last customer is read. The customer shown
        already is not read again unless `again` (its data changed); a later ask wins."""
        tasks = getattr(self.context, "tasks", None)
        if tasks is None or not customer_id:
            self.show_customer(customer_id)
            return
        if customer_id == self.customer_id and not again:
            return
        self._asked += 1
        self.customer_id = customer_id
        if self._reading is not None:
            self._reading.cancel()  # not started yet: never read
            self._reading = None
        self._read_timer.start()

    def waiting(self) -> bool:
        """A customer asked for is not on screen yet: its read waits for the pause or runs."""
        tasks = getattr(self.context, "tasks", None)
        return self._read_timer.isActive() or tasks is not None and not tasks.idle()

    def _read_asked(self) -> None:
        asked, store, customer_id = self._asked, self.context.store, self.customer_id
        self._reading = self.context.tasks.run(lambda: read_detail(store, customer_id),
                                               lambda rows: self._present(asked, rows),
                                               owner=self)

    def _present(self, asked: int, rows: DetailRows | None) -> None:
        if asked != self._asked:
            return  # another customer was asked for meanwhile
        self._shown = rows
        self._customer = rows.customer if rows is not None else None
        self._show_empty(rows is None)
        if rows is None:
            return
        self.title_label.setText(rows.title)
        self.lost_button.setEnabled(rows.customer.lifecycle_stage != LifecycleStage.LOST)
        self._fill_subtitle()
        self._fill_profile()
        self.metrics_panel.set_figures(rows.customer.id, rows.metrics)
        self._fill_lists(rows)
        self._update_tab_titles()

    def _fill_lists(self, rows: DetailRows) -> None:
        """The people, visits, follow-ups and complaints tabs, each read page by page as
        the user scrolls (the first page came with `rows`)."""
        store, customer_id = self.context.store, rows.customer.id
        mine = call_list.VisitFilter(customer_id=customer_id)
        self.people_model.set_source(
            lambda after, n: customer_profile.organisation_members(store, customer_id,
                                                                   after=after, limit=n),
            rows.people[1], first=rows.people[0])
        self.visits_model.set_source(
            lambda after, n: call_list.visit_page(store, mine, after, n),
            rows.visits[1], first=rows.visits[0])
        self.follow_ups_model.set_source(
            lambda after, n: follow_ups.follow_up_page(store, customer_id=customer_id,
                                                       include_done=True, after=after, limit=n),
            rows.follow_ups[1], first=rows.follow_ups[0])
        self.complaints_model.set_source(
            lambda after, n: complaints.complaint_page(store, customer_id=customer_id,
                                                       after=after, limit=n),
            rows.complaints[1], first=rows.complaints[0])

    def _show_empty(self, empty: bool) -> None:
        self.empty_label.setVisible(empty)
        for w in (self.title_label, self.subtitle_label, self.edit_button, self.call_button,
                  self.complaint_button, self.lost_button, self.tabs):
            w.setVisible(not empty)

    def _fill_subtitle(self) -> None:
        c = self._customer
        parts = [enum_text(CustomerKind, c.kind)]
        if c.tier:
            parts.append(self.tr("Tier {tier}").format(tier=c.tier))
        parts.append(enum_text(LifecycleStage, c.lifecycle_stage))
        if c.lost_reason and c.lifecycle_stage == LifecycleStage.LOST:
            parts.append(enum_text(LostReason, c.lost_reason))
        if self._shown.organisation:
            parts.append(self._shown.organisation)
        if self._shown.department:
            parts.append(self._shown.department)
        if c.city:
            parts.append(c.city)
        self.subtitle_label.setText(" · ".join(parts))

    def _fill_profile(self) -> None:
        grid = self.profile_form
        while grid.count():
            item = grid.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()  # off the screen now, not at the next turn of the event loop
                widget.deleteLater()
        for row in range(grid.rowCount()):
            grid.setRowStretch(row, 0)
        c = self._customer
        shown = 0
        for section in customer_profile.sections(c.kind):
            values = [(name, _value_text(name, getattr(c, name, None)))
                      for name in section.fields]
            values = [(name, text) for name, text in values if text]
            if values:
                heading = QLabel(translate("CustomerForm", section.title))
                grid.addWidget(set_role(heading, "section"), shown, 0, 1, 2)
                shown = self._add_profile_rows(values, shown + 1)
        if not shown:
            empty = QLabel(self.tr("No profile details yet. Use Edit to add them."))
            empty.setWordWrap(True)
            grid.addWidget(empty, 0, 0, 1, 2)
            shown = 1
        grid.setRowStretch(shown, 1)

    def _add_profile_rows(self, values: list[tuple[str, str]], row: int) -> int:
        """Label and value of each field from grid row `row`; returns the next free row."""
        for name, text in values:
            label = set_role(QLabel(field_text(name)), "hint")
            self.profile_form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            self.profile_form.addWidget(_value_label(text), row, 1)
            row += 1
            if name in customer_profile.PHONE_FIELDS:
                row = self._add_read_phones(text, row)
        return row

    def _add_read_phones(self, written: str, row: int) -> int:
        """Under a phone cell as written: the numbers read from it when they say more than
        the text (several numbers, an extension, a note) and what reads as no number."""
        cell = phones.read_phones(written)
        one_plain = (len(cell.numbers) == 1 and not cell.numbers[0].extension
                     and not cell.numbers[0].note)
        lines = []
        if cell.numbers and not (one_plain and not cell.doubtful):
            lines.append((phones_text(cell), "hint"))
        if cell.doubtful:
            lines.append((doubtful_phones_text(cell), "warning"))
        for text, role in lines:
            self.profile_form.addWidget(set_role(_value_label(text), role), row, 1)
            row += 1
        return row

    def _update_tab_titles(self) -> None:
        counts = {2: self.people_model.total, 3: self.visits_model.total,
                  4: self.follow_ups_model.total, 5: self.complaints_model.total}
        for i, title in enumerate(self.TABS):
            text = translate("CustomerDetail", title)
            if counts.get(i):
                text = f"{text} ({counts[i]})"
            self.tabs.setTabText(i, text)

    # -- actions --------------------------------------------------------------------------
    def edit_customer(self) -> None:
        from desktop.ui.customers.form_dialog import CustomerFormDialog

        if self.customer_id:
            self.form_dialog = CustomerFormDialog(self.context, self,
                                                  customer_id=self.customer_id)
            self.form_dialog.accepted.connect(lambda: self.show_customer(self.customer_id))
            self.form_dialog.open()

    def mark_lost(self) -> None:
        """Ask why the customer was lost (desktop.ui.customers.lost_dialog)."""
        from desktop.ui.customers.lost_dialog import MarkLostDialog

        if self.customer_id and self._shown is not None:
            self.lost_dialog = MarkLostDialog(self.context, self.customer_id, self._shown.title,
                                              self)
            self.lost_dialog.accepted.connect(lambda: self.show_customer(self.customer_id))
            self.lost_dialog.open()

    def create_customer(self) -> None:
        """Open the new-customer form; the customer is shown once saved."""
        from desktop.ui.customers.form_dialog import CustomerFormDialog

        self.form_dialog = dialog = CustomerFormDialog(self.context, self)
        def saved() -> None:
            if dialog.saved_id:
                self.context.customer_opened.emit(dialog.saved_id)

        dialog.accepted.connect(saved)
        dialog.open()

    def _open_person(self, index) -> None:
        person = self.people_model.row_at(index.row())
        if person is not None:
            self.context.customer_opened.emit(person.id)

    def _open_visit(self, index) -> None:
        visit = self.visits_model.row_at(index.row())
        if visit is not None:
            self.context.visit_opened.emit(visit.id)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.edit_button.setText(self.tr("Edit…"))
        self.call_button.setText(self.tr("Log a call…"))
        self.complaint_button.setText(self.tr("Capture complaint…"))
        self.lost_button.setText(self.tr("Mark lost…"))
        self.empty_label.setText(self.tr("Pick a customer on the left to see their profile, "
                                         "metrics, visits and follow-ups."))
        for model in (self.people_model, self.visits_model, self.follow_ups_model,
                      self.complaints_model):
            model.retranslate()
        self._update_tab_titles()
        if self._customer is not None:
            self._fill_subtitle()
            self._fill_profile()
