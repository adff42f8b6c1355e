"""Today: planned calls, follow-ups due or overdue, complaints nearing their deadline, and
customers overdue for a visit by tier. Enter on a planned call logs it.

Each of the four lists reads again only when a table it shows changed (`SECTION_TABLES`),
on the task runner's database thread; its rows are swapped in when they arrive.

At start the view is first built from `first` (`desktop.domain.today_sql`'s lists, read
before the database layer has loaded: decision 0030) over a stand-in context, and painted;
`attach(context)` then hands it the store, and the customers at risk and a manager's
escalations are read."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.domain import local_time
from desktop.domain.today_rows import DayProgress
from desktop.ui.common.rows_model import RowsTableModel
from desktop.ui.common.style import brush, set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.texts import count_text, date_text, long_date_text
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches
from desktop.ui.today.columns import (
    AT_RISK_COLUMNS,
    EMPTY_ICONS,
    FOLLOW_UP_DUE_COLUMNS,
    NEAR_COLUMNS,
    ORGANISATION_ROOM,
    OVERDUE_COLUMNS,
    PLANNED_COLUMNS,
    PLANNED_ORGANISATION,
    complaint_tooltip,
    planned_tooltip,
)

# The tables each list is read from: a change elsewhere does not touch it.
SECTION_TABLES = {
    "planned": frozenset({"plan_item", "call_plan", "visit", "customer", "team_member",
                          "territory"}),
    "follow_ups": frozenset({"follow_up", "customer"}),
    "complaints": frozenset({"complaint", "complaint_event", "customer"}),
    "overdue": frozenset({"visit", "customer", "frequency_target"}),
    "at_risk": frozenset({"customer", "customer_metric", "visit", "complaint", "at_risk_rule",
                          "frequency_target", "territory"}),
}


def section_readers(store, today_fn) -> dict:
    """What each list reads (plain functions of the store: they run on the database
    thread, so they touch no widget)."""
    from desktop.domain import today as today_queries

    def _planned_and_progress(store, day):
        planned = today_queries.planned_calls(store, day)
        return planned, today_queries.day_progress(store, day, planned)

    return {
        "planned": lambda: _planned_and_progress(store, today_fn()),
        "follow_ups": lambda: today_queries.follow_ups_due(store, today_fn()),
        "complaints": lambda: today_queries.complaints_near_deadline(store),
        "overdue": lambda: today_queries.customers_overdue(store, today_fn()),
        "at_risk": lambda: today_queries.customers_at_risk(store, today_fn()),
    }


class TodayView(QWidget):
    """The rep's start page."""

    def __init__(self, context, parent=None, today_fn=local_time.today, *, identity=None,
                 first=None):
        """`first`: a `today_sql.TodayLists` to show before the store is attached (then
        `context` is a `FirstLookContext` and `attach` follows)."""
        super().__init__(parent)
        self.context = context
        self._today = today_fn
        self._overdue_total = 0
        self._progress: DayProgress | None = None
        self._at_risk_read = first is None  # at start the customers at risk follow
        self._first_path = first.path if first is not None else None
        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.heading.setWordWrap(True)
        self.planned_model = RowsTableModel(PLANNED_COLUMNS, self, tooltip=planned_tooltip)
        self.follow_up_model = RowsTableModel(FOLLOW_UP_DUE_COLUMNS, self,
                                              tooltip=lambda f: date_text(f.due_date))
        self.complaint_model = RowsTableModel(
            NEAR_COLUMNS, self, tooltip=complaint_tooltip,
            foreground=lambda c: brush("danger_text") if c.state == "overdue" else None)
        self.overdue_model = RowsTableModel(OVERDUE_COLUMNS, self)
        self.at_risk_model = RowsTableModel(AT_RISK_COLUMNS, self)
        self.groups: list[QGroupBox] = []
        self.tables = {}
        self.empty_states: dict[str, EmptyState] = {}
        grid = QGridLayout()
        for i, (key, model) in enumerate((("planned", self.planned_model),
                                          ("follow_ups", self.follow_up_model),
                                          ("complaints", self.complaint_model),
                                          ("overdue", self.overdue_model),
                                          ("at_risk", self.at_risk_model))):
            group = QGroupBox(self)
            table = make_table_view(group, wrap_rows=True)
            table.setModel(model)
            box = QVBoxLayout(group)
            box.addWidget(table)
            grid.addWidget(group, i // 2, i % 2, 1, 2 if key == "at_risk" else 1)
            self.groups.append(group)
            self.tables[key] = table
            self.empty_states[key] = EmptyState(table, EMPTY_ICONS[key])
        # An organisation's name is what a rep drives to: keep a 14-character hospital on one
        # line and leave the objective (also in the row's tooltip) out of a narrow pane first.
        self.tables["planned"].min_widths = {PLANNED_ORGANISATION: ORGANISATION_ROOM}
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # The four lists of the day first; the customers at risk, read less often, below.
        for row, stretch in enumerate((3, 3, 2)):
            grid.setRowStretch(row, stretch)
        grid.setSpacing(12)
        self.overdue_note = set_role(QLabel(self.groups[3]), "hint")
        self.overdue_note.setWordWrap(True)
        self.groups[3].layout().addWidget(self.overdue_note)
        self._grid = grid
        self.escalations = None  # the region's manager's: see _add_escalations
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(grid, 1)

        self.tables["planned"].activated.connect(self._planned_activated)
        self.tables["follow_ups"].activated.connect(
            lambda i: self._open_customer(self.follow_up_model.row_at(i.row())))
        self.tables["overdue"].activated.connect(
            lambda i: self._open_customer(self.overdue_model.row_at(i.row())))
        self.tables["complaints"].activated.connect(
            lambda i: self._open_customer(self.complaint_model.row_at(i.row())))
        self.tables["at_risk"].activated.connect(
            lambda i: self._open_customer(self.at_risk_model.row_at(i.row())))
        self.reloads: dict[str, Reload] = {}
        if first is None:
            self._read_from(context, identity)
            self.retranslate_ui()
            self.refresh()
        else:
            self.retranslate_ui()
            for key, rows in first.sections().items():
                self._shows()[key](rows)

    def _shows(self) -> dict:
        return {"planned": self._show_planned, "follow_ups": self._show_follow_ups,
                "complaints": self._show_complaints, "overdue": self._show_overdue,
                "at_risk": self._show_at_risk}

    def _read_from(self, context, identity) -> None:
        """Read the lists from `context`'s store from now on (and its changes)."""
        readers = section_readers(context.store, self._today)
        shows = self._shows()
        tasks = getattr(context, "tasks", None)
        self.reloads = {key: Reload(tasks, readers[key], shows[key], self)
                        for key in SECTION_TABLES}
        context.data_changed.connect(self._data_changed)
        self._add_escalations(context, identity)

    def _add_escalations(self, context, identity) -> None:
        """The region's manager: suspected adverse reactions PV has not acknowledged in time."""
        from desktop.domain.identity import current_identity
        from desktop.ui.today.escalations import EscalationSection

        identity = identity or current_identity(context.store)
        self.escalations = EscalationSection(
            context, self, enabled=identity is not None and identity.is_manager)
        self._grid.addWidget(self.escalations, 2, 1)
        self.escalations.shown.connect(self._place_at_risk)

    def _place_at_risk(self, beside_escalations: bool) -> None:
        """The customers at risk take the whole last row, or its left half while a
        manager's escalations are shown on its right (the day's four lists keep their
        room above)."""
        at_risk = self.groups[4]
        self._grid.removeWidget(at_risk)
        self._grid.addWidget(at_risk, 2, 0, 1, 1 if beside_escalations else 2)

    def attach(self, context) -> None:
        """The store is open (the view was built from the start's first lists): read from
        it from now on, and read what the first look left out (the customers at risk, a
        manager's escalations) in the background."""
        if self.reloads:
            return
        self.context = context
        self._read_from(context, None)
        if self._first_path is not None and self._first_path == getattr(context.store, "path",
                                                                         None):
            self.reloads["at_risk"].request()
        else:  # opened another file than the first look read (cannot happen, but then)
            for reload in self.reloads.values():
                reload.request()
        if self.escalations.enabled:
            self.escalations.refresh()

    @property
    def planned_table(self):
        return self.tables["planned"]

    def refresh(self) -> None:
        """Re-read the four lists now (on this thread: the first paint, an explicit ask)."""
        for reload in self.reloads.values():
            reload.now()
        if self.escalations is not None and self.escalations.enabled:
            self.escalations.refresh()

    def _data_changed(self, table: str) -> None:
        """Read again, in the background, the lists that show `table` ("*": all)."""
        for key, tables in SECTION_TABLES.items():
            if touches(table, tables):
                self.reloads[key].request()

    def _show_planned(self, rows) -> None:
        planned, self._progress = rows
        self.planned_model.set_rows(planned)
        first_open = next((i for i, p in enumerate(planned) if not p.done), 0)
        if planned:
            self.tables["planned"].setCurrentIndex(self.planned_model.index(first_open, 0))
        self._update_texts()

    def _show_follow_ups(self, rows) -> None:
        self.follow_up_model.set_rows(rows)
        self._update_texts()

    def _show_complaints(self, rows) -> None:
        self.complaint_model.set_rows(rows)
        self._update_texts()

    def _show_overdue(self, rows) -> None:
        overdue, self._overdue_total = rows
        self.overdue_model.set_rows(overdue)
        self._update_texts()

    def _show_at_risk(self, rows) -> None:
        self._at_risk_read = True
        self.at_risk_model.set_rows(rows)
        self._update_texts()

    def focus_default(self) -> None:
        """Keyboard focus on the planned calls, so Enter logs the highlighted one."""
        self.tables["planned"].setFocus()

    def _planned_activated(self, index) -> None:
        item = self.planned_model.row_at(index.row())
        if item is None:
            return
        if item.visit_id:
            self.context.visit_opened.emit(item.visit_id)
        else:
            self.context.call_report_requested.emit(item.customer_id, item.plan_item_id)

    def _open_customer(self, row) -> None:
        if row is not None:
            self.context.customer_opened.emit(row.customer_id)

    def _update_texts(self) -> None:
        self.heading.setText(self._heading())
        titles = (self.tr("Planned calls (Enter logs the call)"),
                  self.tr("Follow-ups due or overdue ({n})").format(
                      n=self.follow_up_model.rowCount()),
                  self.tr("Complaints nearing their deadline ({n})").format(
                      n=self.complaint_model.rowCount()),
                  self.tr("Customers overdue for a visit by tier ({n})").format(
                      n=self._overdue_total),
                  self.tr("Customers at risk ({n})").format(n=self.at_risk_model.rowCount())
                  if self._at_risk_read else self.tr("Customers at risk"))
        for group, title in zip(self.groups, titles, strict=True):
            group.setTitle(title)
        shown = self.overdue_model.rowCount()
        self.overdue_note.setText(self.tr("Showing the {shown} most urgent of {total}.").format(
            shown=count_text(shown), total=count_text(self._overdue_total)))
        self.overdue_note.setVisible(0 < shown < self._overdue_total)
        team = self._progress is not None and self._progress.team
        empties = {
            "planned": (self.tr("You have no calls of your own today."),
                        self.tr("Your team's plans are under Plans (Ctrl+4).")) if team
            else (self.tr("No calls planned for today."),
                  self.tr("Plan your week under Plans (Ctrl+4); its calls show here on "
                          "their day.")),
            "follow_ups": (self.tr("Nothing due. Well done."),
                           self.tr("A call report's next step becomes a follow-up and shows "
                                   "here on its due date.")),
            "complaints": (self.tr("No complaint is close to its deadline."),
                           self.tr("Capture one with Ctrl+Shift+N; its committed deadline is "
                                   "watched here.")),
            "overdue": (self.tr("Every customer is within their visit frequency."),
                        self.tr("A customer shows here once their tier's call target is "
                                "missed.")),
            "at_risk": (self.tr("No customer of yours is at risk."),
                        self.tr("A customer shows here, with the reason, when their share or "
                                "purchases fall, a complaint runs late or calls stop."))
            if self._at_risk_read else (self.tr("Reading…"), ""),
        }
        for key, state in self.empty_states.items():
            state.set_texts(*empties[key])

    def _heading(self) -> str:
        day, progress = long_date_text(self._today()), self._progress
        if progress is None or not progress.planned:  # no "0 of 0"
            return self.tr("Today, {date}").format(date=day)
        if progress.team:
            text = self.tr("Today, {date}: your team has logged {logged} of %n planned "
                           "call(s)", "", progress.planned)
        else:
            text = self.tr("Today, {date}: {logged} of %n planned call(s) logged", "",
                           progress.planned)
        return text.format(date=day, logged=progress.logged)

    def retranslate_ui(self) -> None:
        for model in (self.planned_model, self.follow_up_model, self.complaint_model,
                      self.overdue_model, self.at_risk_model):
            model.retranslate()
        self._update_texts()
