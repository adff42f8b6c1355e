"""The "Activities" screen of the main window: a rep sees their activities; a manager (or
admin) the region's, with approvals, the results chart and the evaluation."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.domain.identity import Identity, current_identity


class ActivitiesHub(QWidget):
    """Role-dependent: `activities` (rep) or `region` (manager) is set."""

    def __init__(self, context, parent=None, *, identity: Identity | None = None,
                 **view_options):
        super().__init__(parent)
        self.setObjectName("ActivitiesHub")
        self.identity = identity or current_identity(context.store)
        self.activities = self.region = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if self.identity is not None and self.identity.is_manager:
            from desktop.ui.activities.region_view import RegionActivitiesView

            self.region = RegionActivitiesView(context, self, identity=self.identity,
                                               **view_options)
            layout.addWidget(self.region)
        else:
            from desktop.ui.activities.list_view import ActivitiesView

            self.activities = ActivitiesView(context, self, identity=self.identity,
                                             **view_options)
            layout.addWidget(self.activities)

    def focus_default(self) -> None:
        (self.region or self.activities).focus_default()
