"""What every screen is given: the store, the settings, the language switcher, the optional
sync worker, and a few application-wide signals. Screens never receive the main window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop.store.store import Store
from desktop.ui.common.ui_settings import UiSettings


class AppContext(QObject):
    """Shared services and the signals screens use to talk to each other."""

    data_changed = Signal(str)  # a table changed (locally saved or synced: "*")
    customer_opened = Signal(str)  # show this customer's detail
    call_report_requested = Signal(str, str)  # customer id ("" = ask), plan item id ("")
    visit_opened = Signal(str)  # open an existing call report
    complaint_requested = Signal(str)  # customer id ("" = ask)
    language_changed = Signal(str)

    def __init__(self, store: Store, settings: UiSettings, languages=None, sync_worker=None,
                 config=None, parent=None):
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.languages = languages
        self.sync_worker = sync_worker
        self.config = config
        if sync_worker is not None and hasattr(sync_worker, "sync_finished"):
            sync_worker.sync_finished.connect(lambda *_: self.data_changed.emit("*"))

    def saved(self, table: str) -> None:
        """Tell the screens a table changed and ask the sync worker to push soon."""
        self.data_changed.emit(table)
        if self.sync_worker is not None:
            self.sync_worker.schedule_soon()
