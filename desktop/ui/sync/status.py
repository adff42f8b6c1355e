"""The status bar's sync part: state, pending changes, last successful sync and progress,
fed only by the sync worker's signals (or showing "offline only" without a worker)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.texts import datetime_text, translate

STATE_TEXT = {
    "offline": _t("SyncStatus", "Offline"),
    "syncing": _t("SyncStatus", "Syncing…"),
    "up_to_date": _t("SyncStatus", "Up to date"),
    "error": _t("SyncStatus", "Sync failed, will retry"),
    "revoked": _t("SyncStatus", "This device was signed out by IT"),
    "local_only": _t("SyncStatus", "Working offline only (no server set)"),
}


class SyncStatus(QObject):
    """Labels and a progress bar for the status bar."""

    def __init__(self, worker, store, parent=None):
        super().__init__(parent)
        self.state = "local_only" if worker is None else "offline"
        self.pending = store.pending_count()
        self.last_synced: datetime | None = None
        self.state_label = QLabel()
        self.pending_label = QLabel()
        self.last_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(140)
        self.progress.setVisible(False)
        for label in (self.state_label, self.pending_label, self.last_label):
            label.setContentsMargins(8, 0, 8, 0)
        if worker is not None:
            worker.state_changed.connect(self.set_state)
            worker.progress_changed.connect(self.set_progress)
            worker.pending_count_changed.connect(self.set_pending)
            worker.last_synced_changed.connect(self.set_last_synced)
            worker.device_revoked.connect(lambda: self.set_state("revoked"))
        self.retranslate_ui()

    def widgets(self):
        return [self.progress, self.pending_label, self.last_label, self.state_label]

    def set_state(self, state: str) -> None:
        self.state = state
        if state != "syncing":
            self.progress.setVisible(False)
        self.retranslate_ui()

    def set_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(self.state == "syncing")
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)

    def set_pending(self, count: int) -> None:
        self.pending = count
        self.retranslate_ui()

    def set_last_synced(self, when) -> None:
        self.last_synced = when if isinstance(when, datetime) else None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.state_label.setText(translate("SyncStatus", STATE_TEXT.get(self.state, self.state)))
        # With no server nothing is ever sent: say where the changes are, claim no sending.
        local_only = self.state == "local_only"
        if local_only:
            pending = self.tr("%n change(s) kept on this computer", "", self.pending) \
                if self.pending else ""
        else:
            pending = self.tr("%n change(s) not yet sent", "", self.pending) \
                if self.pending else self.tr("All changes sent")
        self.pending_label.setText(pending)
        self.pending_label.setVisible(bool(pending))
        self.last_label.setText(self.tr("Last sync: {when}").format(
            when=datetime_text(self.last_synced)) if self.last_synced
            else self.tr("Never synced"))
        self.last_label.setVisible(not local_only)
