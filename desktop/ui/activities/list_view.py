"""The rep's activities: the list of their territories' activities (status, kind, dates,
budget against spending, the verdict once evaluated) filtered by status, kind and period,
with the selected one on the right; New… opens the editor, the panel's Edit… and On the
day… the editor and the check-in. Reads run on the database thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop.domain import activity_views, call_reports, local_time
from desktop.domain.identity import Identity, current_identity
from desktop.ui.activities.detail_panel import ActivityPanel
from desktop.ui.activities.filters import ActivityFilters
from desktop.ui.activities.table_models import activities_model
from desktop.ui.activities.texts import money
from desktop.ui.common import icons
from desktop.ui.common.style import set_role
from desktop.ui.common.tasks import Reload
from desktop.ui.common.widgets import EmptyState, make_table_view
from desktop.ui.context import touches

TABLES = ("market_activity", "market_activity_product", "market_activity_invitee",
          "market_activity_cost", "market_activity_event", "visit", "customer")


class ActivitiesView(QWidget):
    """List on the left, the selected activity on the right. `dialog` is the dialog opened
    last (tests and screenshots look at it)."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today, with_owner: bool = False):
        super().__init__(parent)
        self.setObjectName("ActivitiesView")
        self.context, self.today_fn = context, today_fn
        self.identity = identity or current_identity(context.store)
        self.dialog = None
        self._at_once = False  # the selected activity is read at once, not in the background
        self.filters = ActivityFilters(self)
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("new_activity")
        self.new_button.clicked.connect(self.new_activity)
        self.new_button.setEnabled(self.identity is not None and bool(self.identity.territory_ids))
        self.model = activities_model(self, with_owner=with_owner)
        self.table = make_table_view(self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self.table, "calendar-check")
        self.totals_label = set_role(QLabel(self), "hint")
        self.panel = ActivityPanel(context, self.identity, self)
        self.panel.changed.connect(lambda _id: self.refresh())
        self.panel.edit_requested.connect(self.edit_activity)
        self.panel.check_in_requested.connect(self.open_check_in)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        top.addWidget(self.new_button)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addLayout(top)
        ll.addWidget(self.table, 1)
        ll.addWidget(self.totals_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.reload = Reload(context.tasks, self._load(), self._show_rows, self)
        self.filters.changed.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._open_current())
        context.data_changed.connect(self._data_changed)
        self.retranslate_ui()
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list now, as the filters say (a screen's own change shows at once)."""
        self._at_once = True
        self.reload.now(self._load())
        self._at_once = False

    def _load(self):
        """The read of the list as filtered now: a function of the store alone."""
        store, identity = self.context.store, self.identity
        wanted = self.filters.current(self.today_fn())
        if identity is None:
            return lambda: []
        return lambda: activity_views.activity_rows(store, identity, wanted)

    def _data_changed(self, table: str) -> None:
        if touches(table, TABLES):
            self.reload.request(self._load())

    def _show_rows(self, rows) -> None:
        current = self.current_id()
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(rows) if r.id == current), 0 if rows else -1)
        if at >= 0:
            self.table.setCurrentIndex(self.model.index(at, 0))
        self._open_current()
        totals = activity_views.totals(rows)
        self.totals_label.setText(self.tr("%n activity(ies), budget {budget}, spent {spent}", "",
                                          totals.count).format(
            budget=money(totals.budget), spent=money(totals.actual)) if rows else "")

    def current_id(self) -> str | None:
        row = self.model.row_at(self.table.currentIndex().row())
        return row.id if row else None

    def _open_current(self) -> None:
        self.panel.show_activity(self.current_id(), at_once=self._at_once)

    def select_activity(self, activity_id: str) -> bool:
        for i, row in enumerate(self.model.rows()):
            if row.id == activity_id:
                self.table.setCurrentIndex(self.model.index(i, 0))
                return True
        return False

    # -- dialogs --------------------------------------------------------------------------
    def new_activity(self) -> None:
        self._open_editor(None)

    def edit_activity(self, activity_id: str) -> None:
        self._open_editor(activity_id)

    def _open_editor(self, activity_id: str | None) -> None:
        from desktop.ui.activities.editor_dialog import ActivityEditor

        store = self.context.store

        def load():
            detail = activity_views.activity_detail(store, activity_id) if activity_id else None
            return call_reports.product_choices(store), detail

        products, detail = self.context.tasks.run_and_wait(load)
        self.dialog = ActivityEditor(self.context, self.identity, products, detail, self,
                                     today=self.today_fn())
        self.dialog.accepted.connect(lambda d=self.dialog: self._saved(d.saved_id))
        self.dialog.open()

    def open_check_in(self, activity_id: str) -> None:
        from desktop.ui.activities.checkin_dialog import CheckInDialog

        store = self.context.store

        def load():
            detail = activity_views.activity_detail(store, activity_id)
            return detail, activity_views.organisations(store, detail.territory_id)

        detail, organisations = self.context.tasks.run_and_wait(load)
        self.dialog = CheckInDialog(self.context, self.identity, detail, organisations, self)
        self.dialog.finished.connect(lambda _r: self._saved(activity_id))
        self.dialog.open()

    def _saved(self, activity_id: str | None) -> None:
        self.refresh()
        if activity_id:
            self.select_activity(activity_id)

    # -- look -----------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.new_button.setText(self.tr("New activity…"))
        self.new_button.setIcon(icons.icon("plus"))
        self.empty.set_texts(self.tr("No activity here yet"),
                             self.tr("Plan a meeting, a salon or a campaign with New activity…"))
        self.filters.retranslate_ui()
        self.model.retranslate()
        self.panel.retranslate_ui()

    def focus_default(self) -> None:
        self.table.setFocus()
