"""What every screen is given: the store (`desktop.store.store.Store`, handed to desktop.domain,
never queried here), the settings, the language switcher, the optional
sync worker, the task runner for database work off the GUI thread, and a few
application-wide signals. Screens never receive the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from desktop.ui.common.tasks import TaskRunner
from desktop.ui.common.ui_settings import UiSettings

EVERYTHING = "*"


def touches(changed: str, tables) -> bool:
    """Whether a `data_changed` notice concerns any of `tables`: the notice names one table
    (a save), the tables of one sync cycle separated by commas, or "*" (everything)."""
    return changed == EVERYTHING or not frozenset(tables).isdisjoint(changed.split(","))


class AppContext(QObject):
    """Shared services and the signals screens use to talk to each other."""

    # What changed: a table saved here (its name), the tables a sync cycle changed ("a,b,c":
    # one notice per cycle, see `touches`), or "*" when every screen must read again.
    data_changed = Signal(str)
    customer_opened = Signal(str)  # show this customer's detail
    call_report_requested = Signal(str, str)  # customer id ("" = ask), plan item id ("")
    visit_opened = Signal(str)  # open an existing call report
    complaint_requested = Signal(str)  # customer id ("" = ask)
    language_changed = Signal(str)

    def __init__(self, store, settings: UiSettings, languages=None, sync_worker=None,
                 config=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.languages = languages
        self.sync_worker = sync_worker
        self.config = config
        self.tasks = TaskRunner(self)
        # Exports take their own thread: a 50,000-customer file must not hold up the
        # screens' reads (a search typed meanwhile) for the half minute it takes.
        self.exports = TaskRunner(self, name="rounds-export")
        if sync_worker is not None and hasattr(sync_worker, "sync_finished"):
            sync_worker.sync_finished.connect(self._synced)

    def saved(self, table: str) -> None:
        """Tell the screens a table changed and ask the sync worker to push soon."""
        self.data_changed.emit(table)
        if self.sync_worker is not None:
            self.sync_worker.schedule_soon()

    def write(self, fn):
        """Run a save (`fn()`, a `desktop.domain` write) on the database thread and return
        its result; the window keeps running while it waits, e.g. for the sync's write
        lock (`TaskRunner.run_and_wait`)."""
        return self.tasks.run_and_wait(fn)

    @Slot(object)
    def _synced(self, report) -> None:
        """After a sync cycle: tell the screens which tables it changed (a report that does
        not say: every table), so each reads again only what it shows of them."""
        tables = getattr(report, "changed_tables", None)
        if tables is None:
            self.data_changed.emit(EVERYTHING)
        elif tables:  # a cycle that changed nothing makes no screen read again
            self.data_changed.emit(",".join(sorted(tables)))
