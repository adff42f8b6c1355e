"""A sync notice above the screens, shown until the user dismisses it: the server was
restored from a backup, and what Rounds did about it (desktop/sync/restore.py). The notice
is kept in the store (desktop/domain/sync_notices.py), so it is still there after a
restart."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from desktop.domain import sync_notices
from desktop.ui.common.widgets import Banner


class SyncNoticeBar(QWidget):
    """The banner and its Dismiss button; hidden while there is no notice."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.setObjectName("sync_notice")
        self.context = context
        self.notice: dict | None = None
        self.banner = Banner(self)
        self.dismiss_button = QPushButton(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.banner, 1)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.dismiss)
        if context.sync_worker is not None:
            context.sync_worker.sync_finished.connect(self._sync_finished)
        self.refresh()

    def refresh(self) -> None:
        self.notice = sync_notices.sync_notice(self.context.store)
        self.retranslate_ui()

    def _sync_finished(self, report) -> None:
        if getattr(report, "server_restored", False):
            self.refresh()

    def dismiss(self) -> None:
        store = self.context.store
        self.context.write(lambda: sync_notices.dismiss_notice(store))
        self.refresh()

    def text(self) -> str:
        if not self.notice:
            return ""
        resent = int(self.notice.get("resent") or 0)
        if resent:
            return self.tr("The server was restored from a backup. Rounds sent again %n "
                           "change(s) the server had lost and downloaded everything afresh.",
                           "", resent)
        return self.tr("The server was restored from a backup. None of your changes were "
                       "lost; Rounds downloaded everything afresh.")

    def retranslate_ui(self) -> None:
        text = self.text()
        self.banner.show_message(text, "warning")
        self.dismiss_button.setText(self.tr("Dismiss"))
        self.setVisible(bool(text))
