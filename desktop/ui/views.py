"""The screens of the main window: their keys and titles in navigation order, the roles that
see some of them, the ones reached with Ctrl+digit, and the class that builds each."""

from __future__ import annotations

from collections.abc import Callable

from desktop.i18n import QT_TRANSLATE_NOOP as _t

VIEWS: list[tuple[str, str]] = [
    ("today", _t("MainWindow", "Today")),
    ("customers", _t("MainWindow", "Customers")),
    ("calls", _t("MainWindow", "Calls")),
    ("plans", _t("MainWindow", "Plans")),
    ("activities", _t("MainWindow", "Activities")),
    ("desk", _t("MainWindow", "Desk")),
    ("follow_ups", _t("MainWindow", "Follow-ups")),
    ("complaints", _t("MainWindow", "Complaints")),
    ("complaint_analysis", _t("MainWindow", "Complaint figures")),
    ("surveys", _t("MainWindow", "Satisfaction")),
    ("conflicts", _t("MainWindow", "Conflicts")),
    ("settings", _t("MainWindow", "Settings")),
    # the desks of the complaint handler and of pharmacovigilance: shown to their roles only
    ("qa_queue", _t("MainWindow", "Complaint queue")),
    ("pv_desk", _t("MainWindow", "PV desk")),
]
#: views only some roles see (others: everyone); an administrator sees them all
ROLE_VIEWS: dict[str, tuple[str, ...]] = {"qa_queue": ("qa", "admin"), "pv_desk": ("pv", "admin")}
#: The start page of a role (others: Today)
HOME_VIEWS = {"qa": "qa_queue", "pv": "pv_desk"}


def hidden_views(role: str) -> set[str]:
    """The screens `role` does not see."""
    return {key for key, roles in ROLE_VIEWS.items() if role not in roles}


def start_view(last_view: str | None, role: str) -> str:
    """The screen the window opens on: the one last shown, if `role` sees it, else the
    role's start page."""
    keys = {key for key, _title in VIEWS} - hidden_views(role)
    return last_view if last_view in keys else HOME_VIEWS.get(role, "today")


#: The screens reached with Ctrl+1 … Ctrl+9 and Ctrl+0, in this order (desktop.ui.common.keys).
NUMBERED_VIEWS = ("today", "customers", "calls", "plans", "activities", "desk", "follow_ups",
                  "complaints", "conflicts", "settings")


def view_class(key: str) -> Callable:
    """The class of screen `key`, imported on first use: a screen's modules (QtCharts…) load
    only when it is shown."""
    if key == "today":
        from desktop.ui.today.view import TodayView as view
    elif key == "customers":
        from desktop.ui.customers.view import CustomersView as view
    elif key == "calls":
        from desktop.ui.calls.view import CallsView as view
    elif key == "plans":
        from desktop.ui.plans.hub import PlansHub as view
    elif key == "activities":
        from desktop.ui.activities.hub import ActivitiesHub as view
    elif key == "desk":
        from desktop.ui.desk.hub import DeskHub as view
    elif key == "follow_ups":
        from desktop.ui.follow_ups.view import FollowUpsView as view
    elif key == "complaints":
        from desktop.ui.complaints.view import ComplaintsView as view
    elif key == "complaint_analysis":
        from desktop.ui.complaints.analysis_view import ComplaintAnalysisView as view
    elif key == "surveys":
        from desktop.ui.surveys.view import SurveysView as view
    elif key == "conflicts":
        from desktop.ui.sync.conflicts_view import ConflictsView as view
    elif key == "qa_queue":
        from desktop.ui.complaints.qa_queue import QaQueueView as view
    elif key == "pv_desk":
        from desktop.ui.complaints.pv_desk import PvDeskView as view
    else:
        from desktop.ui.settings.view import SettingsView as view
    return view
