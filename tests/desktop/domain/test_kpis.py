"""Each KPI computed on known data, and the scorecard, comparison and drill-down read from
a store (reps in Beijing time, machine in UTC)."""

from datetime import UTC, date, datetime, timedelta

from domainhelpers import BEIJING, REGION, REP, REP2, T_WUHAN

from desktop.domain import kpis, plans
from desktop.domain.kpis import ComplaintFacts, MetricRow
from desktop.domain.plan_compliance import MadeCall, PlannedCall
from desktop.models import (
    Complaint,
    CustomerMetric,
    MarketActivity,
    MarketActivityCost,
    Quota,
    Visit,
)

NOV = date(2026, 11, 1)
NOW = datetime(2026, 12, 1, 9, tzinfo=BEIJING)
TIER_OF = {"a1": "A", "a2": "A", "b1": "B", "c1": "C", "d1": None}
CALLS = [MadeCall("v1", "a1", NOV, "i1"), MadeCall("v2", "a1", NOV + timedelta(days=7)),
         MadeCall("v3", "b1", NOV + timedelta(days=2)), MadeCall("v4", "d1", NOV),
         MadeCall("v5", "c1", NOV, submitted=False)]
PLANNED = [PlannedCall("i1", "a1", NOV), PlannedCall("i2", "a2", NOV),
           PlannedCall("i3", "b1", NOV + timedelta(days=2)), PlannedCall("i4", "c1", NOV)]


def test_calls_planned_vs_made():
    kpi = kpis.calls_planned_vs_made(PLANNED, CALLS)
    assert (kpi.value, kpi.explanation) == (1.0, "4 calls made of 4 planned.")


def test_coverage_per_tier():
    assert [kpis.coverage(t, TIER_OF, CALLS).value for t in "ABC"] == [0.5, 1.0, 0.0]
    assert kpis.coverage("A", TIER_OF, CALLS).explanation == (
        "1 of 2 tier-A customers called at least once.")


def test_frequency_attainment_against_tier_targets():
    kpi = kpis.frequency(TIER_OF, CALLS, {"A": 4, "B": 2, "C": 1}, 30)
    assert (kpi.numbers["calls"], kpi.numbers["target"], kpi.value) == (3, 11, 3 / 11)


def test_plan_compliance():
    kpi = kpis.plan_compliance(PLANNED, CALLS, date(2026, 12, 1))
    assert (kpi.value, kpi.params) == (0.5, {"done": 2, "due": 4, "missed": 2})


def test_share_sums_prescriptions_and_its_change():
    rows = [MetricRow("a1", "2026-11", 30, 100, None), MetricRow("b1", "2026-11", 1, 1, None),
            MetricRow("a1", "2026-10", 20, 100, None), MetricRow("b1", "2026-10", 0, 0, None)]
    kpi = kpis.share(rows, {"2026-11"}, {"2026-10"})
    assert kpi.value == 31 / 101  # not the average of 30 % and 100 %
    assert round(kpi.numbers["change"], 4) == round(31 / 101 - 0.2, 4)


def test_share_counts_each_customer_month_s_prescriptions_once_at_its_widest_level():
    """An import gives a hospital's month whole, by drug class and by product side by side
    (a product row carries its class): the desk's share counts each customer-month's
    prescriptions once, at its widest level that reports them, not two or three times."""
    union, xiehe, li = "武汉协和医院（西院）", "同济医院[光谷分院]", "李医生 (心内科)"
    rows = [MetricRow(union, "2026-11", 30, 100, None),  # the hospital's whole month
            MetricRow(union, "2026-11", 25, 80, None, "降压药"),
            MetricRow(union, "2026-11", 20, 60, None, "降压药", "amlodipine"),
            MetricRow(union, "2026-11", None, None, 5_000, "降糖药"),  # sales only
            MetricRow(xiehe, "2026-11", None, 40, None),  # whole month lacks ours
            MetricRow(xiehe, "2026-11", 10, 50, None, "降压药"),
            MetricRow(xiehe, "2026-11", 6, 30, None, "降压药", "amlodipine"),
            MetricRow(li, "2026-11", 4, 10, None, "降压药", "amlodipine"),  # products only
            MetricRow(li, "2026-11", 1, 10, None, "降糖药", "metformin"),
            MetricRow(union, "2026-10", 20, 100, None),
            MetricRow(union, "2026-10", 20, 100, None, "降压药", "amlodipine")]
    kpi = kpis.share(rows, {"2026-11"}, {"2026-10"})
    assert (kpi.numbers["ours"], kpi.numbers["total"]) == (30 + 10 + 5, 100 + 50 + 20)
    assert kpi.explanation == (
        "45 of 170 prescriptions are ours; change on the period before: +6.5 pts.")


def test_sales_count_each_customer_month_once_and_quotas_count_their_products():
    """A figures import may give a customer's whole month, its drug classes and its products
    side by side: sales count each customer-month once, at its widest level; a product
    quota is met by that product's sales only."""
    rows = [MetricRow("h1", "2026-11", None, None, 900_000),  # the hospital's whole month
            MetricRow("h1", "2026-11", None, None, 300_000, "降压药"),
            MetricRow("h1", "2026-11", None, None, 120_000, "降压药", "amlodipine"),
            MetricRow("h1", "2026-11", None, None, 80_000, "降糖药", "metformin"),
            MetricRow("h2", "2026-11", None, None, 50_000, "降压药"),  # classes only
            MetricRow("h2", "2026-11", None, None, 20_000, "降糖药"),
            MetricRow("h3", "2026-11", None, None, 10_000, "降压药", "amlodipine"),
            MetricRow("h3", "2026-10", None, None, 99_999, "降压药", "amlodipine")]
    assert kpis.sales_total(rows, {"2026-11"}) == 900_000 + 70_000 + 10_000
    assert kpis.quota_sales(rows, {"2026-11"}, {"amlodipine"}) == 120_000 + 10_000
    assert kpis.quota_sales(rows, {"2026-09"}, {"amlodipine"}) is None


def test_sales_against_quota_and_calls_per_sale_and_cost():
    assert kpis.sales_vs_quota(45_000, 50_000).value == 0.9
    per_sale = kpis.calls_per_sale(18, 45_000)
    assert (per_sale.value, per_sale.explanation) == (4.0, "18 calls / 4.5 in 10k CNY (万元) of sales.")
    assert kpis.cost_vs_sales([3_000, 1_500], 45_000).value == 0.1
    assert kpis.cost_vs_sales([], 45_000).value is None  # costs unknown


def test_complaints_answered_by_their_committed_deadline():
    due = datetime(2026, 11, 10, 9, tzinfo=UTC)
    rows = [ComplaintFacts("quality", due, due - timedelta(hours=1), None, None),
            ComplaintFacts("quality", due, due + timedelta(hours=1), None, None),  # late
            ComplaintFacts("delivery", due, None, None, None),  # overdue, unanswered
            ComplaintFacts("service", NOW + timedelta(days=1), None, None, None)]  # not due
    kpi = kpis.complaint_on_time(rows, NOW)
    assert (kpi.value, kpi.params) == (1 / 3, {"on_time": 1, "due": 3})


def test_adverse_reactions_reported_within_24_hours():
    day0 = datetime(2026, 11, 3, 8, tzinfo=UTC)
    due = day0 + timedelta(days=1)
    rows = [ComplaintFacts("adverse_reaction", due, None, day0, day0 + timedelta(hours=24)),
            ComplaintFacts("adverse_reaction", due, None, day0, day0 + timedelta(hours=25)),
            ComplaintFacts("adverse_reaction", due, None, day0, None),  # never reported
            ComplaintFacts("adverse_reaction", NOW, None, NOW - timedelta(hours=2), None),
            ComplaintFacts("quality", due, None, None, None)]
    assert kpis.adr_within_24h(rows, NOW).params == {"within": 1, "cases": 3}


def test_scorecard_by_month_and_week_from_the_store(store, field):
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id=REP, territory_id=T_WUHAN, week_start=date(2026, 11, 2))
        item = plans.add_item(w, plan.id, field.zhang_wh, date(2026, 11, 2))
        plans.add_item(w, plan.id, field.liu, date(2026, 11, 3))
        w.create(Visit, customer_id=field.zhang_wh, territory_id=T_WUHAN, status="submitted",
                 visit_type="face_to_face", plan_item_id=item.id,
                 started_at=datetime(2026, 11, 2, 7, tzinfo=BEIJING))  # still 1 Nov in UTC
        for period, ours, sales in (("2026-10", 20, 40_000), ("2026-11", 30, 50_000)):
            w.create(CustomerMetric, customer_id=field.zhang_wh, period=period,
                     drug_class="降压药", product_id=field.amlodipine, our_prescriptions=ours,
                     total_prescriptions=100, sales_amount=sales, territory_id=T_WUHAN)
        w.create(Quota, year=2026, month=11, product_id=field.amlodipine, level="rep",
                 region_id=REGION, rep_user_id=REP, amount=100_000)
        act = w.create(MarketActivity, kind="department_meeting", title="科室会", owner_user_id=REP,
                       starts_on=date(2026, 11, 20), territory_id=T_WUHAN, status="held")
        w.create(MarketActivityCost, activity_id=act.id, category="meals", actual_amount=5_000,
                 territory_id=T_WUHAN)
        w.create(Complaint, customer_id=field.xiehe_west, territory_id=T_WUHAN, kind="quality",
                 severity="medium", channel="phone", description="包装破损", product_id=field.amlodipine,
                 received_at=datetime(2026, 11, 5, tzinfo=UTC),
                 committed_deadline=datetime(2026, 11, 8, tzinfo=UTC), status="reported_to_customer",
                 reported_to_customer_at=datetime(2026, 11, 7, tzinfo=UTC))
    (month,) = kpis.scorecard(store, rep_user_id=REP, period="month", start=NOV,
                              end=date(2026, 11, 30), now=NOW)
    k = month.kpis
    assert (k["calls"].value, k["plan_compliance"].value) == (0.5, 0.5)
    assert (k["coverage_a"].params["visited"], k["coverage_a"].params["customers"]) == (1, 2)
    assert (k["share"].value, round(k["share"].numbers["change"], 2)) == (0.3, 0.1)
    assert (k["sales_vs_quota"].value, k["calls_per_sale"].value) == (0.5, 0.2)
    assert (k["cost_vs_sales"].value, k["complaints_on_time"].value) == (0.1, 1.0)
    weeks = kpis.scorecard(store, rep_user_id=REP, period="week", start=NOV,
                           end=date(2026, 11, 30), now=NOW)
    assert weeks[1].period.start == date(2026, 11, 2) and weeks[1].kpis["calls"].value == 0.5
    assert weeks[1].kpis["share"].value is None
    team = kpis.scorecard(store, region_id=REGION, start=NOV, end=date(2026, 11, 30), now=NOW)
    assert team[0].kpis["calls"].params == {"made": 1, "planned": 2}

    side = kpis.team_comparison(store, REGION, NOV, date(2026, 11, 30), now=NOW)
    assert [(c.rep_user_id, c.kpis["calls"].params["made"]) for c in side] == [(REP, 1), (REP2, 0)]
    lines = kpis.drill_rep(store, REP, NOV, date(2026, 11, 30))
    assert (lines[0].customer_id, lines[0].calls, lines[0].sales) == (field.zhang_wh, 1, 50_000)
    calls = kpis.drill_customer(store, field.zhang_wh, NOV, date(2026, 11, 30))
    assert [c.status for c in calls] == ["submitted"]


def test_the_reps_a_manager_picks_from_and_the_periods_named(store, field):
    from desktop.domain.kpi_periods import periods as split
    from desktop.models import TeamMember

    with store.write() as w:  # a rep who left the company is no longer on the list
        w.create(TeamMember, id="u-gone", username="gone", display_name="已离职",
                 role="rep", region_id=REGION, active=False)
    # active reps of the region only (not its manager, nor another region's rep), by name
    assert kpis.region_reps(store, REGION) == [(REP, "李明"), (REP2, "王强")]
    week = split("week", date(2026, 11, 5), date(2026, 11, 5))[0]
    assert (week.start, week.last_day, week.days) == (date(2026, 11, 2), date(2026, 11, 8), 7)
    assert kpis.periods is split  # the old import name still works
