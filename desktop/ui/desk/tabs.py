"""The tabs of the Desk, in the order shown: each names its key, its title (context "Desk",
translated when shown), the widget class that builds it (imported on first use, so a tab's
modules load only when the Desk opens) and the roles that see it.

A tab's class is called as `cls(context, parent, *, identity, today_fn)` and may offer
`retranslate_ui()` and `focus_default()`; a tab with a `rep_chosen(str)` signal opens that
rep's scorecard on the KPIs tab. To add a tab, append a `DeskTab` here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP as _t

MANAGERS = ("manager", "admin")
EVERYONE = ("rep", "manager", "admin")


@dataclass(frozen=True)
class DeskTab:
    key: str
    title: str  # English, context "Desk"
    factory: Callable[[], type]  # returns the tab's widget class
    roles: tuple[str, ...]


def _kpis() -> type:
    from desktop.ui.desk.kpi_tab import KpiTab

    return KpiTab


def _compare() -> type:
    from desktop.ui.desk.compare_tab import CompareTab

    return CompareTab


def _drill() -> type:
    from desktop.ui.desk.drill_tab import DrillTab

    return DrillTab


def _quotas() -> type:
    from desktop.ui.desk.quotas_tab import QuotasTab

    return QuotasTab


def _at_risk() -> type:
    from desktop.ui.desk.at_risk_tab import AtRiskTab

    return AtRiskTab


TABS: list[DeskTab] = [
    DeskTab("kpis", _t("Desk", "KPIs"), _kpis, EVERYONE),
    DeskTab("compare", _t("Desk", "Compare reps"), _compare, MANAGERS),
    DeskTab("drill", _t("Desk", "Drill down"), _drill, MANAGERS),
    DeskTab("quotas", _t("Desk", "Quotas"), _quotas, MANAGERS),
    DeskTab("at_risk", _t("Desk", "At risk"), _at_risk, MANAGERS),
]


def tabs_for(role: str | None) -> list[DeskTab]:
    """The tabs a user of `role` sees (none without a role)."""
    return [t for t in TABS if role in t.roles]
