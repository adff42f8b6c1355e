"""The "Desk" screen of the main window: a tab per entry of `desktop.ui.desk.tabs.TABS`
that the signed-in user's role may see."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.domain import local_time
from desktop.domain.identity import Identity, current_identity
from desktop.ui.common.texts import translate
from desktop.ui.desk.tabs import tabs_for


class DeskHub(QWidget):
    """`pages` holds each shown tab's widget by key."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 today_fn: Callable[[], date] = local_time.today):
        super().__init__(parent)
        self.setObjectName("DeskHub")
        self.identity = identity or current_identity(context.store)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: dict[str, QWidget] = {}
        self._shown = tabs_for(self.identity.role if self.identity else None)
        for tab in self._shown:
            page = tab.factory()(context, self, identity=self.identity, today_fn=today_fn)
            self.pages[tab.key] = page
            self.tabs.addTab(page, "")
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not self._shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.tabs, 1)
        self._wire()
        self.retranslate_ui()

    def _wire(self) -> None:
        """A rep picked on another tab (compare) opens their scorecard on the KPIs tab."""
        scorecard = self.pages.get("kpis")
        for page in self.pages.values():
            chosen = getattr(page, "rep_chosen", None)
            if scorecard is not None and chosen is not None:
                chosen.connect(lambda rep, s=scorecard: (s.show_scope(rep),
                                                         self.show_tab("kpis")))

    def show_tab(self, key: str) -> QWidget | None:
        """Bring the tab `key` to the front; returns its widget (None if not shown)."""
        page = self.pages.get(key)
        if page is not None:
            self.tabs.setCurrentWidget(page)
        return page

    def retranslate_ui(self) -> None:
        for i, tab in enumerate(self._shown):
            self.tabs.setTabText(i, translate("Desk", tab.title))
        self.empty_label.setText(translate(
            "Desk", "Sign in to see your scorecard: the Desk shows the KPIs of the signed-in "
            "representative or manager."))

    def focus_default(self) -> None:
        page = self.tabs.currentWidget()
        if page is not None and hasattr(page, "focus_default"):
            page.focus_default()
