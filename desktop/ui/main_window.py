"""The main window: navigation between the screens, the sync status bar, shortcuts for the
frequent actions, the tray icon with follow-up reminders, and the dialogs screens ask for.

Screens are built the first time they are shown, so start-up pays only for the last view.

The frame paints before anything else is built, and PySide6 creates the Python enums of a Qt
class the first time Python touches it: the `Qt` namespace alone takes ~15 ms, QStyle ~8 ms,
and the first QEvent* handed to a Python override ~5 ms (all ~50 event classes). So the code
that runs before the first paint uses the defaults instead of `Qt.` values, overrides no
QEvent* handler, and the navigation icons (from the style) come just after the first paint.
`bench ui` measures it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QSystemTrayIcon,
    QWidget,
)

from desktop.ui import window_layout
from desktop.ui.common import icons
from desktop.ui.common.list_width import fit_list_width
from desktop.ui.views import (
    NUMBERED_VIEWS,
    ROLE_VIEWS,
    VIEWS,
    hidden_views,
    start_view,
    view_class,
)


class MainWindow(QMainWindow):
    """Rounds' main window."""

    view_changed = Signal(str)
    first_painted = Signal()  # the frame is on screen: time to open the data

    def __init__(self, settings, parent=None, *, context=None):
        """The window's frame (navigation, empty screens, status bar) needs only the
        settings and Qt, so it can paint at once; `attach(context)` brings the data."""
        super().__init__(parent)
        self.settings = settings
        self._painted = False
        self.context = None
        self.views: dict[str, QWidget] = {}
        self.dialog = None  # the dialog opened last (tests and screenshots look at it)
        self._hidden: set[str] = set(ROLE_VIEWS)  # views of other roles (set at attach)
        self._role = "rep"  # the user's role (set at attach)
        self.sync_status = None
        self.sync_notice = None
        self.setWindowIcon(icons.app_icon())
        self.setObjectName("MainWindow")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(240)
        for key, _title in VIEWS:  # the row is the index in VIEWS
            self.nav.addItem(QListWidgetItem())
            self.nav.setRowHidden(self.nav.count() - 1, key in ROLE_VIEWS)  # until attach
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        self._placeholders = {}
        for key, _title in VIEWS:
            placeholder = QLabel(self.stack)
            placeholder.setProperty("role", "placeholder")  # centred by the stylesheet
            self._placeholders[key] = placeholder
            self.stack.addWidget(placeholder)
        self.splitter = QSplitter()  # horizontal; QSplitter(self) would build the Qt namespace
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.setCentralWidget(self.splitter)

        self._make_actions()
        self.tray = QSystemTrayIcon(icons.app_icon(), self)
        self.tray.activated.connect(lambda _reason: self.show_normal_and_raise())
        self._make_tray_menu()
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.retranslate_ui()
        window_layout.restore(self)
        if context is not None:
            self.attach(context)

    def attach(self, context) -> None:
        """Connect the window to the open store and services, and show the last view."""
        from desktop.ui.follow_ups.reminders import ReminderScheduler
        from desktop.ui.sync.status import SyncStatus

        self.context = context
        if "today" in self.views:  # built from the start's first lists: now the store
            self.views["today"].attach(context)
        self.sync_status = SyncStatus(context.sync_worker, context.store, self)
        for widget in self.sync_status.widgets():
            self.statusBar().addPermanentWidget(widget)
        if context.sync_worker is None:
            context.data_changed.connect(self._count_pending)
        self._add_sync_notice(context)
        self.reminders = ReminderScheduler(context, self.tray, self)
        self.reminders.reminder_fired.connect(self._reminder_fired)

        from desktop.ui.plans.notifier import install as install_plan_notices

        self.plan_notices = install_plan_notices(context, self.tray, self.statusBar(), self)
        self._apply_role(context)
        context.customer_opened.connect(self.show_customer)
        context.call_report_requested.connect(self.new_call_report)
        context.visit_opened.connect(self.open_call_report)
        context.complaint_requested.connect(self.new_complaint)
        self.show_view(start_view(self.settings.window.last_view, self._role))

    def _make_tray_menu(self) -> None:
        """Open and Quit from the tray (the window may never have been shown: --minimised)."""
        from PySide6.QtWidgets import QApplication, QMenu

        self.tray_menu = QMenu(self)
        self.tray_open_action = self.tray_menu.addAction("", self.show_normal_and_raise)
        self.tray_quit_action = self.tray_menu.addAction(
            "", lambda: (self.close(), QApplication.quit()))
        self.tray.setContextMenu(self.tray_menu)

    def _add_sync_notice(self, context) -> None:
        """The sync's notice (a server restored from a backup) above the screens."""
        from PySide6.QtWidgets import QVBoxLayout

        from desktop.ui.sync.notice import SyncNoticeBar

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sync_notice = SyncNoticeBar(context, central)
        layout.addWidget(self.sync_notice)
        layout.addWidget(self.takeCentralWidget(), 1)  # the splitter, kept
        self.setCentralWidget(central)

    def _apply_role(self, context) -> None:
        """Show the desks of the user's role; the region's manager gets escalation notices."""
        from desktop.domain.identity import current_identity
        from desktop.ui.complaints.escalations import EscalationNotifier

        identity = current_identity(context.store)
        role = self._role = identity.role if identity is not None else "rep"
        self._hidden = hidden_views(role)
        for row, (key, _title) in enumerate(VIEWS):
            self.nav.setRowHidden(row, key in self._hidden)
            self.view_actions[row].setVisible(key not in self._hidden)
        self.escalations = EscalationNotifier(context, self.tray, self)
        self.escalations.escalated.connect(self._escalated)
        self._notify_escalations = identity is not None and identity.is_manager

    def start_notices(self) -> None:
        """Start the reminders (and, for a manager, the escalation notices)."""
        self.reminders.start()
        if self._notify_escalations:
            self.escalations.start()

    def visible_views(self) -> list[str]:
        return [key for key, _t in VIEWS if key not in self._hidden]

    def _escalated(self, _complaint_id: str, customer: str, hours: int) -> None:
        self.statusBar().showMessage(self.tr(
            "Suspected adverse reaction ({customer}): no PV receipt after {hours} h").format(
            customer=customer, hours=hours), 60_000)

    def _reminder_fired(self, _follow_up_id: str, customer: str, title: str) -> None:
        self.statusBar().showMessage(self.tr("Follow-up due: {customer} — {title}").format(
            customer=customer, title=title), 30_000)

    def _count_pending(self, _table: str) -> None:
        self.sync_status.set_pending(self.context.store.pending_count())

    # -- building -------------------------------------------------------------------------
    def _make_actions(self) -> None:
        def action(shortcut, slot) -> QAction:
            a = QAction(self)
            # setShortcuts: the overloads of setShortcut make PySide6 build the Qt namespace
            # before the first paint. Context: the window (the default).
            a.setShortcuts([QKeySequence(shortcut)])
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        self.new_call_action = action("Ctrl+N", lambda: self.new_call_report("", ""))
        self.search_action = action("Ctrl+F", self.focus_search)
        self.new_complaint_action = action("Ctrl+Shift+N", lambda: self.new_complaint(""))
        self.new_customer_action = action("Ctrl+Shift+C", self.new_customer)
        self.quit_action = action("Ctrl+Q", self.close)
        self.view_actions = []
        for key, _title in VIEWS:  # Ctrl+1 … Ctrl+9, Ctrl+0; the other screens: none
            shortcut = (f"Ctrl+{(NUMBERED_VIEWS.index(key) + 1) % 10}"
                        if key in NUMBERED_VIEWS else "")
            self.view_actions.append(action(shortcut, lambda _checked=False, k=key: self._go_to(k)))
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu("")
        for a in (self.new_call_action, self.new_complaint_action, self.new_customer_action):
            self.file_menu.addAction(a)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.go_menu = menu_bar.addMenu("")
        self.go_menu.addAction(self.search_action)
        for a in self.view_actions:
            self.go_menu.addAction(a)

    def view(self, key: str) -> QWidget:
        """The screen `key`, built on first use (the window must be attached)."""
        if key not in self.views:
            self._place(key, view_class(key)(self.context, self.stack))
        return self.views[key]

    def _place(self, key: str, widget: QWidget) -> None:
        index = self.stack.indexOf(self._placeholders[key])
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(self._placeholders[key])
        self._placeholders.pop(key).deleteLater()
        self.views[key] = widget
        if key == "settings":
            widget.language_chosen.connect(self.switch_language)
            widget.appearance_chosen.connect(self.switch_appearance)
        window_layout.restore_view(self, key, widget)

    def show_first_look(self, lists) -> QWidget | None:
        """Today from the start's first lists (`today_sql.TodayLists`) before the store is
        attached (decision 0030), or None when the window opens elsewhere or has Today."""
        role = lists.identity.role if lists.identity is not None else "rep"
        if "today" in self.views or start_view(self.settings.window.last_view, role) != "today":
            return None
        from desktop.ui.today.first_look import FirstLookContext
        from desktop.ui.today.view import TodayView

        self._place("today", TodayView(FirstLookContext(self.settings, self), self.stack,
                                       identity=lists.identity, first=lists))
        return self.show_view("today")

    def show_view(self, key: str) -> QWidget:
        keys = [k for k, _t in VIEWS]
        widget = self.view(key)
        self.stack.setCurrentWidget(widget)
        if self.nav.currentRow() != keys.index(key):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(keys.index(key))
            self.nav.blockSignals(False)
        focus_default = getattr(widget, "focus_default", None)
        if focus_default is not None:
            focus_default()
        self.view_changed.emit(key)
        return widget

    def _go_to(self, key: str) -> None:
        if self.context is not None and key not in self._hidden:
            self.show_view(key)

    def current_view_key(self) -> str:
        row = self.nav.currentRow()
        return VIEWS[row][0] if 0 <= row < len(VIEWS) else "today"

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(VIEWS) and self.context is not None:
            self.show_view(VIEWS[row][0])

    # -- actions --------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.show_view("customers").focus_search()

    def show_customer(self, customer_id: str) -> None:
        self.show_view("customers").select_customer(customer_id)

    def _current_customer(self) -> str | None:
        if self.current_view_key() == "customers" and "customers" in self.views:
            return self.views["customers"].current_customer_id()
        return None

    def _with_customer(self, customer_id: str, then: Callable[[str], None]) -> None:
        customer_id = customer_id or self._current_customer() or ""
        if customer_id:
            then(customer_id)
            return
        from desktop.ui.customers.picker_dialog import CustomerPicker

        picker = CustomerPicker(self.context, self)
        def chosen() -> None:
            if picker.chosen_id:
                then(picker.chosen_id)

        picker.accepted.connect(chosen)
        self.dialog = picker
        picker.open()

    def new_call_report(self, customer_id: str = "", plan_item_id: str = "") -> None:
        """Open a new call report (asks for the customer when none is given or selected)."""
        from desktop.domain import call_reports
        from desktop.ui.calls.report_dialog import CallReportDialog

        def open_for(cid: str) -> None:
            draft = call_reports.new_draft(self.context.store, cid,
                                           plan_item_id=plan_item_id or None)
            self.dialog = CallReportDialog(self.context, draft, self)
            self.dialog.open()

        self._with_customer(customer_id, open_for)

    def open_call_report(self, visit_id: str) -> None:
        from desktop.domain import call_reports
        from desktop.ui.calls.report_dialog import CallReportDialog

        self.dialog = CallReportDialog(self.context,
                                       call_reports.load_draft(self.context.store, visit_id), self)
        self.dialog.open()

    def new_complaint(self, customer_id: str = "") -> None:
        from desktop.ui.complaints.dialog import ComplaintDialog

        def open_for(cid: str) -> None:
            self.dialog = ComplaintDialog(self.context, cid, self)
            self.dialog.accepted.connect(
                lambda d=self.dialog: self.show_view("complaints").select_complaint(d.saved_id))
            self.dialog.open()

        self._with_customer(customer_id, open_for)

    def new_customer(self) -> None:
        self.show_view("customers").detail.create_customer()

    def switch_language(self, choice: str) -> None:
        """Apply a language now (every screen retranslates itself)."""
        from desktop.ui.common.translations import resolve_language

        if self.context.languages is not None:
            self.context.languages.switch(resolve_language(choice))  # retranslates every widget
        else:
            self.retranslate_ui()
        self.context.language_changed.emit(choice)

    def switch_appearance(self, choice: str) -> None:
        """Apply a theme now: the stylesheet, and every icon drawn again in its colours."""
        from PySide6.QtWidgets import QApplication

        from desktop.ui.common.style import apply_theme

        apply_theme(QApplication.instance(), choice)
        icons.forget_tinted()
        for widget in QApplication.allWidgets():
            refresh = getattr(widget, "refresh_icons", None)
            if callable(refresh):
                refresh()

    def refresh_icons(self) -> None:
        self._add_nav_icons()

    def show_normal_and_raise(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def save_layout(self) -> None:
        window_layout.save(self)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self, self._add_nav_icons)  # not after the window is gone

    def _add_nav_icons(self) -> None:
        for row, (key, _title) in enumerate(VIEWS):
            self.nav.item(row).setIcon(icons.view_icon(key))
        fit_list_width(self.nav, 150, 240)  # the icons take room beside the longest name

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        if self.context is not None:
            self.reminders.stop()
            self.escalations.stop()
            self.context.tasks.shutdown()  # joined here, before anyone closes the store
            self.context.exports.shutdown()
        self.tray.hide()
        super().closeEvent(event)

    # -- language -------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        # Qt appends the application's display name ("— Rounds"): the title must not repeat it
        self.setWindowTitle(self.tr("Field CRM"))
        for i, (key, title) in enumerate(VIEWS):
            self.nav.item(i).setText(QCoreApplication.translate("MainWindow", title))
            self.view_actions[i].setText(QCoreApplication.translate("MainWindow", title))
            if key in self._placeholders:
                self._placeholders[key].setText(self.tr("Opening your data…"))
        if self._painted:  # a language switch; the first fit comes with the icons
            fit_list_width(self.nav, 150, 240)
        self.file_menu.setTitle(self.tr("&File"))
        self.go_menu.setTitle(self.tr("&Go"))
        self.new_call_action.setText(self.tr("Log a call…"))
        self.search_action.setText(self.tr("Find a customer"))
        self.new_complaint_action.setText(self.tr("Capture a complaint…"))
        self.new_customer_action.setText(self.tr("New customer…"))
        self.quit_action.setText(self.tr("Quit"))
        self.tray.setToolTip(self.tr("Rounds"))
        self.tray_open_action.setText(self.tr("Open Rounds"))
        self.tray_quit_action.setText(self.tr("Quit"))
        if self.sync_status is not None:
            self.sync_status.retranslate_ui()
        if self.sync_notice is not None:
            self.sync_notice.retranslate_ui()
