"""How the Desk shows a KPI: its name, its value (a percentage, or calls per 10k CNY) and
the line saying how it was computed, in the current language."""

from __future__ import annotations

from desktop.domain.kpis import Kpi
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.ui.common.texts import translate

#: Every KPI of the scorecard, in the order shown, with its name (context "Desk").
KPI_NAMES: dict[str, str] = {
    "calls": _t("Desk", "Calls against plan"),
    "coverage_a": _t("Desk", "A-tier coverage"),
    "coverage_b": _t("Desk", "B-tier coverage"),
    "coverage_c": _t("Desk", "C-tier coverage"),
    "frequency": _t("Desk", "Frequency attainment"),
    "plan_compliance": _t("Desk", "Plan compliance"),
    "share": _t("Desk", "Prescription share"),
    "sales_vs_quota": _t("Desk", "Sales against quota"),
    "calls_per_sale": _t("Desk", "Calls per 10k CNY of sales"),
    "cost_vs_sales": _t("Desk", "Activity cost against sales"),
    "complaints_on_time": _t("Desk", "Complaints answered on time"),
    "adr_within_24h": _t("Desk", "Adverse reactions reported within 24 h"),
}
KPI_CODES = tuple(KPI_NAMES)
RATIOS = frozenset({"calls_per_sale"})  # shown as a number, not a percentage


def kpi_name(code: str) -> str:
    return translate("Desk", KPI_NAMES.get(code, code))


def chart_value(kpi: Kpi | None) -> float | None:
    """The value a chart draws: percentages in percent, ratios as they are."""
    if kpi is None or kpi.value is None:
        return None
    return kpi.value if kpi.code in RATIOS else kpi.value * 100


def kpi_text(kpi: Kpi | None) -> str:
    """The value as shown in a cell ("—" when there is nothing to count)."""
    if kpi is None or kpi.value is None:
        return "—"
    if kpi.code in RATIOS:
        return f"{kpi.value:.2f}"
    text = f"{kpi.value * 100:.1f} %"
    change = kpi.numbers.get("change") if kpi.code == "share" else None
    return text if change is None else f"{text} ({change * 100:+.1f})"


def explanation(kpi: Kpi | None) -> str:
    """How the figure was computed, in the current language (`Kpi.explanation`'s line)."""
    if kpi is None:
        return ""
    return translate("Kpi", kpi.template).format(**kpi.params)
