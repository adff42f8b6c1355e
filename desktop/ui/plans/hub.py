"""The "Plans" screen of the main window: a rep sees their week; a manager (or admin) the
approvals queue and the team view, as two tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.domain.identity import Identity, current_identity
from desktop.ui.common.texts import translate


class PlansHub(QWidget):
    """Role-dependent: `plans` (rep) or `approvals` and `team` (manager) are set."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 **view_options):
        super().__init__(parent)
        self.setObjectName("PlansHub")
        self.identity = identity or current_identity(context.store)
        self.plans = self.approvals = self.team = None
        self.tabs: QTabWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.identity is not None and self.identity.is_manager:
            from desktop.ui.plans.approvals_view import ApprovalsView
            from desktop.ui.plans.team_view import TeamView

            self.approvals = ApprovalsView(context, self, identity=self.identity, **view_options)
            self.team = TeamView(context, self, identity=self.identity, **view_options)
            self.tabs = QTabWidget(self)
            self.tabs.addTab(self.approvals, "")
            self.tabs.addTab(self.team, "")
            layout.addWidget(self.tabs)
        else:
            from desktop.ui.plans.week_view import PlansView

            self.plans = PlansView(context, self, identity=self.identity, **view_options)
            layout.addWidget(self.plans)
        self.retranslate_ui()

    def show_tab(self, key: str) -> QWidget | None:
        """Bring `approvals` or `team` to the front (managers); returns the view."""
        view = getattr(self, key, None)
        if self.tabs is not None and view is not None:
            self.tabs.setCurrentWidget(view)
        return view

    def retranslate_ui(self) -> None:
        if self.tabs is not None:
            self.tabs.setTabText(0, translate("Plans", "Approvals"))
            self.tabs.setTabText(1, translate("Plans", "Team"))

    def focus_default(self) -> None:
        view = self.plans or (self.tabs.currentWidget() if self.tabs else None)
        if view is not None and hasattr(view, "focus_default"):
            view.focus_default()
