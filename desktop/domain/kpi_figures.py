"""Each KPI of the manager's desk as a pure function of plain rows (no store, no Qt): the
figure, the numbers behind it and the line saying how it was computed (template, params;
context "Kpi"). `desktop.domain.kpis` reads the rows from the store and computes these per
period; its docstring lists the definitions (docs/manager-desk.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop.domain.complaint_rules import ADR_ESCALATION, answered_late
from desktop.domain.metric_levels import at_widest
from desktop.domain.plan_compliance import MadeCall, PlannedCall, item_outcomes
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models.enums import ComplaintKind

TIERS = ("A", "B", "C")
DAYS_PER_MONTH = 30

MSG_CALLS = _t("Kpi", "{made} calls made of {planned} planned.")
MSG_COVERAGE = _t("Kpi", "{visited} of {customers} tier-{tier} customers called at least once.")
MSG_FREQUENCY = _t("Kpi", "{calls} calls to tiered customers against {target} asked by the tier targets ({days} days).")
MSG_COMPLIANCE = _t("Kpi", "{done} planned calls done of {due} due ({missed} missed).")
MSG_SHARE = _t("Kpi", "{ours} of {total} prescriptions are ours; change on the period before: {change}.")
MSG_SALES = _t("Kpi", "Sales {sales} CNY against a quota of {quota} CNY.")
MSG_CALLS_PER_SALE = _t("Kpi", "{calls} calls / {sales_wan} in 10k CNY (万元) of sales.")
MSG_COST = _t("Kpi", "Activity costs {cost} CNY against sales of {sales} CNY.")
MSG_ON_TIME = _t("Kpi", "{on_time} of {due} complaints due were answered by their committed deadline.")
MSG_ADR = _t("Kpi", "{within} of {cases} suspected adverse reactions reached pharmacovigilance (receipt acknowledged) within 24 hours of Day 0.")
MSG_MONTHLY_ONLY = _t("Kpi", "Monthly figures: see the month.")
MSG_NOTHING = _t("Kpi", "Nothing to count in this period.")


@dataclass(frozen=True)
class Kpi:
    code: str
    value: float | None
    numbers: dict
    template: str
    params: dict = field(default_factory=dict)

    @property
    def explanation(self) -> str:
        return self.template.format(**self.params)


def _kpi(code: str, numerator: float | None, denominator: float | None, template: str,
         params: dict) -> Kpi:
    value = numerator / denominator if numerator is not None and denominator else None
    numbers = {"numerator": numerator, "denominator": denominator, **params}
    return Kpi(code, value, numbers, template if denominator else MSG_NOTHING, params)


# ------------------------------------------------------------------ each KPI (pure)
def calls_planned_vs_made(planned: list[PlannedCall], calls: list[MadeCall]) -> Kpi:
    made = sum(c.submitted for c in calls)
    return _kpi("calls", made, len(planned), MSG_CALLS, {"made": made, "planned": len(planned)})


def coverage(tier: str, tier_of: Mapping[str, str | None], calls: list[MadeCall]) -> Kpi:
    customers = {cid for cid, t in tier_of.items() if t == tier}
    visited = {c.customer_id for c in calls if c.submitted} & customers
    return _kpi(f"coverage_{tier.lower()}", len(visited), len(customers), MSG_COVERAGE,
                {"visited": len(visited), "customers": len(customers), "tier": tier})


def frequency(tier_of: Mapping[str, str | None], calls: list[MadeCall],
              targets: Mapping[str, int], days: int) -> Kpi:
    tiered = {cid for cid, t in tier_of.items() if targets.get(t or "")}
    target = round(sum(targets[tier_of[cid]] for cid in tiered) * days / DAYS_PER_MONTH, 1)
    made = sum(1 for c in calls if c.submitted and c.customer_id in tiered)
    return _kpi("frequency", made, target, MSG_FREQUENCY,
                {"calls": made, "target": target, "days": days})


def plan_compliance(planned: list[PlannedCall], calls: list[MadeCall], today: date) -> Kpi:
    outcomes = item_outcomes(planned, calls, today)
    done = sum(o.status == "done" for o in outcomes)
    missed = sum(o.status == "missed" for o in outcomes)
    return _kpi("plan_compliance", done, done + missed, MSG_COMPLIANCE,
                {"done": done, "due": done + missed, "missed": missed})


@dataclass(frozen=True)
class MetricRow:
    customer_id: str
    period: str
    our_prescriptions: int | None
    total_prescriptions: int | None
    sales_amount: float | None
    drug_class: str | None = None  # None with product_id None: the customer's whole month
    product_id: str | None = None


def _customer_month(r: MetricRow) -> tuple[str, str]:
    return r.customer_id, r.period


def _share_sums(rows: Iterable[MetricRow], periods: set[str]) -> tuple[int, int]:
    """Our and total prescriptions over `periods`, each customer-month counted once at its
    widest level that reports both (`metric_levels`: the levels of an import overlap)."""
    both = at_widest((r for r in rows if r.period in periods
                      and r.our_prescriptions is not None and r.total_prescriptions),
                     _customer_month)
    return sum(r.our_prescriptions for r in both), sum(r.total_prescriptions for r in both)


def share(rows: list[MetricRow], periods: set[str], before: set[str]) -> Kpi:
    ours, total = _share_sums(rows, periods)
    old_ours, old_total = _share_sums(rows, before)
    change = (ours / total - old_ours / old_total) if total and old_total else None
    kpi = _kpi("share", ours, total, MSG_SHARE, {
        "ours": ours, "total": total,
        "change": "—" if change is None else f"{change * 100:+.1f} pts"})
    kpi.numbers["change"] = change
    return kpi


def sales_total(rows: Iterable[MetricRow], periods: set[str]) -> float | None:
    """The customers' sales over `periods`, each customer-month counted once at its widest
    level: the customer's whole month when it is given, else its drug classes, else its
    products (`metric_levels`: the levels of an import overlap; adding them up would count a
    sale twice)."""
    amounts = [r.sales_amount for r in at_widest(
        (r for r in rows if r.period in periods and r.sales_amount is not None),
        _customer_month)]
    return sum(amounts) if amounts else None


def quota_sales(rows: Iterable[MetricRow], periods: set[str], products: Iterable[str]
                ) -> float | None:
    """Sales of the products under quota over `periods`: quotas are per product, and are
    met by that product's rows (a drug class's or a customer's whole month is not one
    product's)."""
    wanted = set(products)
    amounts = [r.sales_amount for r in rows if r.period in periods
               and r.sales_amount is not None and r.product_id in wanted]
    return sum(amounts) if amounts else None


def sales_vs_quota(sales: float | None, quota: float | None) -> Kpi:
    return _kpi("sales_vs_quota", sales, quota, MSG_SALES,
                {"sales": f"{sales or 0:,.0f}", "quota": f"{quota or 0:,.0f}"})


def calls_per_sale(calls: int, sales: float | None) -> Kpi:
    wan = round(sales / 10_000, 2) if sales else None
    return _kpi("calls_per_sale", calls, wan, MSG_CALLS_PER_SALE,
                {"calls": calls, "sales_wan": wan})


def cost_vs_sales(costs: list[float], sales: float | None) -> Kpi:
    cost = sum(costs) if costs else None
    return _kpi("cost_vs_sales", cost, sales if cost is not None else None, MSG_COST,
                {"cost": f"{cost or 0:,.0f}", "sales": f"{sales or 0:,.0f}"})


@dataclass(frozen=True)
class ComplaintFacts:
    kind: str
    committed_deadline: datetime
    answered_at: datetime | None
    day0_at: datetime | None
    pv_reported_at: datetime | None


def complaint_on_time(complaints: list[ComplaintFacts], now: datetime) -> Kpi:
    """Over complaints due in the period: answered by the deadline / answered or overdue."""
    judged = [c for c in complaints if c.answered_at is not None or c.committed_deadline <= now]
    on_time = sum(1 for c in judged if c.answered_at is not None
                  and not answered_late(c.committed_deadline, c.answered_at))
    return _kpi("complaints_on_time", on_time, len(judged), MSG_ON_TIME,
                {"on_time": on_time, "due": len(judged)})


def adr_within_24h(complaints: list[ComplaintFacts], now: datetime) -> Kpi:
    """The case reached pharmacovigilance (`pv_reported_at`: its receipt) ≤ 24 h after Day 0,
    over cases received or past their 24 hours."""
    cases = [c for c in complaints if c.kind == ComplaintKind.ADVERSE_REACTION and c.day0_at]
    judged = [c for c in cases if c.pv_reported_at is not None
              or now - c.day0_at > ADR_ESCALATION]
    within = sum(1 for c in judged if c.pv_reported_at is not None
                 and c.pv_reported_at - c.day0_at <= ADR_ESCALATION)
    return _kpi("adr_within_24h", within, len(judged), MSG_ADR,
                {"within": within, "cases": len(judged)})
