"""Key figures (KPIs) of a rep or the team, by week or by month, each with the numbers behind
it and a line saying how it was computed (template, params; context "Kpi").

Each KPI is a pure function of plain rows (the first section); `scorecard` reads the rows
from the store for a rep (their territories) or the team (the region's territories, or every
territory in the local store) and computes them per period. Definitions (docs/manager-desk.md):

- calls: submitted calls made / plan items of the period;
- coverage A/B/C: customers of the tier with at least one submitted call / customers of the tier;
- frequency: submitted calls to tiered customers / calls their tier targets ask for
  (calls a month × days of the period / 30);
- plan compliance: done / (done + missed) of the period's plan items (plan_compliance);
- share: our prescriptions / total prescriptions, each customer-month counted once at its
  widest level that reports both (whole month, else drug classes, else products;
  metric_levels), summed over the customers (never an average of shares), and its change on
  the period before (months only);
- sales vs quota: sales of the products under quota (their product rows) / quota (rep rows
  for a rep, region rows for the team);
- sales (calls per sale, cost vs sales, a customer's line): each customer-month once, at its
  widest level given (whole month, else drug classes, else products);
- calls per sale: calls / sales in 10k CNY (万元);
- cost vs sales: actual costs of the period's market activities / sales, where costs are known;
- complaints on time: complaints due in the period answered (reported to the customer) by
  their committed deadline / those due and answered or overdue;
- ADR within 24 h: suspected adverse reactions with Day 0 in the period reported to
  pharmacovigilance within 24 hours / those reported or past their 24 hours.
Sales, share and quota are monthly figures: a week's row leaves them empty and says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, select

from desktop.domain import local_time
from desktop.domain.kpi_figures import (  # noqa: F401 - kpis.<figure> as before
    DAYS_PER_MONTH,
    MSG_ADR,
    MSG_CALLS,
    MSG_CALLS_PER_SALE,
    MSG_COMPLIANCE,
    MSG_COST,
    MSG_COVERAGE,
    MSG_FREQUENCY,
    MSG_MONTHLY_ONLY,
    MSG_NOTHING,
    MSG_ON_TIME,
    MSG_SALES,
    MSG_SHARE,
    TIERS,
    ComplaintFacts,
    Kpi,
    MetricRow,
    adr_within_24h,
    calls_per_sale,
    calls_planned_vs_made,
    complaint_on_time,
    cost_vs_sales,
    coverage,
    frequency,
    plan_compliance,
    quota_sales,
    sales_total,
    sales_vs_quota,
    share,
)
from desktop.domain.kpi_periods import (  # noqa: F401 - kpis.Period, kpis.periods: as before
    PERIOD_KINDS,
    Period,
    month_before,
    next_month,
    periods,
)
from desktop.domain.local_time import day_start, local_day
from desktop.domain.plan_compliance import MadeCall, PlannedCall
from desktop.domain.plans import frequency_targets
from desktop.models import (
    CallPlan,
    Complaint,
    Customer,
    CustomerMetric,
    MarketActivity,
    MarketActivityCost,
    PlanItem,
    Quota,
    TeamMember,
    Territory,
    Visit,
)
from desktop.models.enums import QuotaLevel, VisitStatus
from desktop.store.store import Store

LIVE = False


# ------------------------------------------------------------------ from the store
@dataclass
class Facts:
    """The plain rows of a rep's or the team's territories over a span."""

    tier_of: dict[str, str | None]
    planned: list[PlannedCall]
    calls: list[MadeCall]
    metrics: list[MetricRow]
    quota_by_month: dict[str, float]
    quota_products: set[str]  # the products of the quotas read
    costs: list[tuple[date, float]]
    complaints: list[ComplaintFacts]
    targets: dict[str, int]


def _scope(session: Session, rep_user_id: str | None, region_id: str | None
           ) -> tuple[list[str], list[str] | None, str | None]:
    """(territory ids, rep user ids or None for everyone, region whose call targets apply)
    of a rep or the team."""
    query = select(Territory.id, Territory.region_id).where(Territory.deleted == LIVE)
    if rep_user_id:
        query = query.where(Territory.owner_user_id == rep_user_id)
    elif region_id:
        query = query.where(Territory.region_id == region_id)
    rows = session.exec(query).all()
    region = region_id or next((r for _, r in rows if r), None)
    return [t for t, _ in rows], ([rep_user_id] if rep_user_id else None), region


def load_facts(session: Session, *, rep_user_id: str | None, region_id: str | None,
               start: date, end: date) -> Facts:
    territory_ids, reps, targets_region = _scope(session, rep_user_id, region_id)
    customers = session.exec(select(Customer.id, Customer.tier).where(
        Customer.deleted == LIVE, Customer.territory_id.in_(territory_ids))).all()
    tier_of = dict(customers)
    visits = session.exec(select(Visit).where(
        Visit.deleted == LIVE, Visit.territory_id.in_(territory_ids),
        Visit.started_at >= day_start(start), Visit.started_at < day_start(end))).all()
    calls = [MadeCall(v.id, v.customer_id, local_day(v.started_at), v.plan_item_id,
                      v.status == VisitStatus.SUBMITTED) for v in visits]
    plan_query = select(PlanItem).join(CallPlan, CallPlan.id == PlanItem.plan_id).where(
        PlanItem.deleted == LIVE, CallPlan.deleted == LIVE, PlanItem.day >= start,
        PlanItem.day < end, CallPlan.territory_id.in_(territory_ids))
    if reps:
        plan_query = plan_query.where(CallPlan.rep_user_id.in_(reps))
    planned = [PlannedCall(i.id, i.customer_id, i.day) for i in session.exec(plan_query)]
    months = {f"{p.start:%Y-%m}" for p in periods("month", start - timedelta(days=31), end)}
    metrics = [MetricRow(m.customer_id, m.period, m.our_prescriptions, m.total_prescriptions,
                         m.sales_amount, m.drug_class, m.product_id)
               for m in session.exec(select(CustomerMetric).where(
                             CustomerMetric.deleted == LIVE, CustomerMetric.period.in_(months),
                             CustomerMetric.customer_id.in_(list(tier_of))))]
    return Facts(tier_of, planned, calls, metrics,
                 *_quotas(session, rep_user_id, region_id, start, end),
                 _costs(session, territory_ids, start, end),
                 _complaints(session, territory_ids, start, end),
                 frequency_targets(session, targets_region))


def _quotas(session: Session, rep_user_id: str | None, region_id: str | None, start: date,
            end: date) -> tuple[dict[str, float], set[str]]:
    """(quota by month, the quotas' products)."""
    query = select(Quota).where(Quota.deleted == LIVE, Quota.year >= start.year,
                                Quota.year <= end.year)
    if rep_user_id:
        query = query.where(Quota.level == QuotaLevel.REP, Quota.rep_user_id == rep_user_id)
    else:
        query = query.where(Quota.level == QuotaLevel.REGION)
        if region_id:
            query = query.where(Quota.region_id == region_id)
    out: dict[str, float] = {}
    products: set[str] = set()
    for q in session.exec(query):
        key = f"{q.year:04d}-{q.month:02d}"
        out[key] = out.get(key, 0.0) + q.amount
        products.add(q.product_id)
    return out, products


def _costs(session: Session, territory_ids: list[str], start: date, end: date
           ) -> list[tuple[date, float]]:
    rows = session.exec(select(MarketActivity.starts_on, MarketActivityCost.actual_amount).join(
        MarketActivityCost, MarketActivityCost.activity_id == MarketActivity.id).where(
        MarketActivity.deleted == LIVE, MarketActivityCost.deleted == LIVE,
        MarketActivity.territory_id.in_(territory_ids), MarketActivity.starts_on >= start,
        MarketActivity.starts_on < end, MarketActivityCost.actual_amount != None)).all()  # noqa: E711
    return [(day, amount) for day, amount in rows]


def _complaints(session: Session, territory_ids: list[str], start: date, end: date
                ) -> list[ComplaintFacts]:
    utc = local_time.aware_utc
    rows = session.exec(select(Complaint).where(
        Complaint.deleted == LIVE, Complaint.territory_id.in_(territory_ids))).all()
    return [ComplaintFacts(c.kind, utc(c.committed_deadline), utc(c.reported_to_customer_at),
                           utc(c.day0_at), utc(c.pv_received_at or c.pv_reported_at))  # reached PV
            for c in rows]


def _within(moment: datetime | None, period: Period) -> bool:
    return moment is not None and day_start(period.start) <= moment < day_start(period.end)


def period_kpis(facts: Facts, period: Period, now: datetime) -> dict[str, Kpi]:
    """Every KPI of one period, by code."""
    calls = [c for c in facts.calls if period.start <= c.day < period.end]
    planned = [p for p in facts.planned if period.start <= p.day < period.end]
    made = sum(c.submitted for c in calls)
    out = [calls_planned_vs_made(planned, calls),
           *(coverage(t, facts.tier_of, calls) for t in TIERS),
           frequency(facts.tier_of, calls, facts.targets, period.days),
           plan_compliance(planned, calls, local_day(now))]
    if period.is_month:
        sales = sales_total(facts.metrics, period.months)
        quota = sum(facts.quota_by_month.get(m, 0.0) for m in period.months) or None
        costs = [a for day, a in facts.costs if period.start <= day < period.end]
        out += [share(facts.metrics, period.months, month_before(period)),
                sales_vs_quota(quota_sales(facts.metrics, period.months,
                                           facts.quota_products), quota),
                calls_per_sale(made, sales),
                cost_vs_sales(costs, sales)]
    else:
        out += [Kpi(code, None, {}, MSG_MONTHLY_ONLY) for code in MONTHLY_CODES]
    out += [complaint_on_time([c for c in facts.complaints
                               if _within(c.committed_deadline, period)], now),
            adr_within_24h([c for c in facts.complaints if _within(c.day0_at, period)], now)]
    return {k.code: k for k in out}


MONTHLY_CODES = ("share", "sales_vs_quota", "calls_per_sale", "cost_vs_sales")


@dataclass(frozen=True)
class PeriodRow:
    period: Period
    kpis: dict[str, Kpi]


def scorecard(store: Store, *, rep_user_id: str | None = None, region_id: str | None = None,
              period: str = "month", start: date, end: date, now: datetime | None = None
              ) -> list[PeriodRow]:
    """A rep's (or, with `rep_user_id` None, the team's) KPIs per week or month from the
    period holding `start` to the one holding `end`, oldest first."""
    spans = periods(period, start, end)
    now = now or local_time.now()
    with store.read() as s:
        facts = load_facts(s, rep_user_id=rep_user_id, region_id=region_id,
                           start=spans[0].start, end=spans[-1].end)
    return [PeriodRow(p, period_kpis(facts, p, now)) for p in spans]


def _region_reps(session: Session, region_id: str) -> list[TeamMember]:
    return list(session.exec(select(TeamMember).where(
        TeamMember.region_id == region_id, TeamMember.role == "rep",
        TeamMember.deleted == LIVE, TeamMember.active == True)  # noqa: E712
        .order_by(TeamMember.display_name)).all())


def region_reps(store: Store, region_id: str) -> list[tuple[str, str]]:
    """(id, name) of the region's active reps, by name: whose scorecards a manager sees."""
    with store.read() as s:
        return [(r.id, r.display_name) for r in _region_reps(s, region_id)]


@dataclass(frozen=True)
class RepColumn:
    rep_user_id: str
    name: str
    kpis: dict[str, Kpi]


def team_comparison(store: Store, region_id: str, start: date, end: date,
                    now: datetime | None = None) -> list[RepColumn]:
    """Reps side by side over start…end (a whole month gives the monthly KPIs too)."""
    now = now or local_time.now()
    span = Period(start, end + timedelta(days=1))
    with store.read() as s:
        reps = _region_reps(s, region_id)
        facts = {r.id: load_facts(s, rep_user_id=r.id, region_id=region_id, start=start,
                                  end=span.end) for r in reps}
    return sorted((RepColumn(r.id, r.display_name, period_kpis(facts[r.id], span, now))
                   for r in reps), key=lambda c: c.name)


@dataclass(frozen=True)
class CustomerLine:
    customer_id: str
    name: str
    tier: str | None
    calls: int
    last_call: date | None
    sales: float | None


def drill_rep(store: Store, rep_user_id: str, start: date, end: date) -> list[CustomerLine]:
    """A rep's customers over start…end: calls, last call and sales, most called first."""
    with store.read() as s:
        facts = load_facts(s, rep_user_id=rep_user_id, region_id=None, start=start,
                           end=end + timedelta(days=1))
        names = dict(s.exec(select(Customer.id, Customer.name).where(
            Customer.id.in_(list(facts.tier_of)))).all())
    months = {f"{p.start:%Y-%m}" for p in periods("month", start, end)}
    out = []
    for cid, tier in facts.tier_of.items():
        made = [c.day for c in facts.calls if c.customer_id == cid and c.submitted]
        sales = sales_total([m for m in facts.metrics if m.customer_id == cid], months)
        out.append(CustomerLine(cid, names.get(cid, ""), tier, len(made),
                                max(made, default=None), sales))
    return sorted(out, key=lambda c: (-c.calls, c.name))


@dataclass(frozen=True)
class CallLine:
    visit_id: str
    started_at: datetime
    visit_type: str
    status: str


def drill_customer(store: Store, customer_id: str, start: date, end: date) -> list[CallLine]:
    """A customer's calls over start…end, newest first (the last step of the drill-down)."""
    with store.read() as s:
        visits = s.exec(select(Visit).where(
            Visit.deleted == LIVE, Visit.customer_id == customer_id,
            Visit.started_at >= day_start(start),
            Visit.started_at < day_start(end + timedelta(days=1)))
            .order_by(Visit.started_at.desc())).all()
    return [CallLine(v.id, local_time.aware_utc(v.started_at), v.visit_type, v.status)
            for v in visits]
