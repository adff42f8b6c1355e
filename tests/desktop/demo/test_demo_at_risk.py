"""The demo holds customers that trip the at-risk rules (issue 19), read from the generated
rows the way the rules read them: a doctor's share of a class falling 3 months in a row, a
tiered customer not called for more than twice the tier's interval, a complaint past its
committed deadline, purchases down against the same months a year earlier, an A-tier
customer moved down; and the core's `desktop.domain.at_risk` finds each on the loaded demo.
Lost customers say why; the quotas split region → reps → hospitals."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, time, timedelta

import pytest

from desktop.demo.figures import periods
from desktop.demo.generator import BEIJING, DEMO_USERS, FREQUENCY_TARGETS, DemoSpec, generate

TODAY = date(2026, 3, 18)
REPS = [u["id"] for u in DEMO_USERS if u["role"] == "rep"]
CLOSED = {"resolved", "reported_to_customer", "satisfaction_recorded", "closed"}


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = defaultdict(list)
    for table, rows in generate(DemoSpec(seed=7, customers=600, today=TODAY)):
        tables[table].extend(rows)
    return tables


def test_doctors_whose_share_falls_three_months_in_a_row(demo):
    last = periods(TODAY, 4)
    shares = defaultdict(dict)
    for m in demo["customer_metric"]:
        if m["period"] in last and m.get("total_prescriptions") and m.get("product_id") is None:
            shares[m["customer_id"], m["drug_class"]][m["period"]] = (
                m["our_prescriptions"] / m["total_prescriptions"])
    falling = [key for key, by in shares.items() if len(by) == 4
               and all(by[a] > by[b] for a, b in zip(last, last[1:], strict=False))]
    at_risk = {c["id"] for c in demo["customer"] if c["lifecycle_stage"] == "at_risk"}
    assert len({c for c, _ in falling} & at_risk) >= 3


def test_customers_buying_less_than_a_year_earlier(demo):
    this_year, last_year = set(periods(TODAY, 12)), set(periods(TODAY, 24)[:12])
    bought = defaultdict(lambda: [0.0, 0.0])
    for m in demo["customer_metric"]:
        if m.get("purchase_amount") and m.get("product_id") is None:
            bought[m["customer_id"]][m["period"] in this_year] += m["purchase_amount"]
            assert m["period"] in this_year | last_year
    down = {c for c, (before, now) in bought.items() if before and now < 0.9 * before}
    kinds = {c["id"]: (c["kind"], c["lifecycle_stage"]) for c in demo["customer"]}
    assert {kinds[c][0] for c in down} >= {"hospital", "pharmacy"}
    assert all(kinds[c][1] in ("at_risk", "lost") for c in down)


def test_tiered_customers_not_called_for_twice_their_interval(demo):
    last_call = {}
    for v in demo["visit"]:
        if v["status"] == "submitted":
            last_call[v["customer_id"]] = max(v["started_at"],
                                              last_call.get(v["customer_id"], v["started_at"]))
    now = datetime.combine(TODAY, time(9), BEIJING)
    overdue = [c for c in demo["customer"] if c["tier"] in FREQUENCY_TARGETS
               and c["id"] in last_call and now - last_call[c["id"]]
               > timedelta(days=2 * 30 / FREQUENCY_TARGETS[c["tier"]])]
    assert {c["tier"] for c in overdue} >= {"A", "B"}


def test_complaints_past_their_committed_deadline(demo):
    now = datetime.combine(TODAY, time(9), BEIJING)
    late = [c for c in demo["complaint"] if c["status"] not in CLOSED
            and c["committed_deadline"] < now]
    assert late


def test_the_figures_are_the_same_for_the_same_spec():
    spec = DemoSpec(seed=5, customers=80, visits=0, today=TODAY)

    def metrics():
        return [m for table, rows in generate(spec) if table == "customer_metric"
                for m in rows]
    assert metrics() == metrics()


def test_lost_customers_say_why_and_every_reason_shows(demo):
    lost = [c for c in demo["customer"] if c["lifecycle_stage"] == "lost"]
    assert lost and all(c["lost_reason"] and c["lost_at"] for c in lost)
    assert {c["lost_reason"] for c in lost} == {
        "competitor", "price", "service", "staff_change", "policy"}
    assert not any(c.get("lost_reason") for c in demo["customer"]
                   if c["lifecycle_stage"] != "lost")


def test_quotas_split_region_to_reps_to_hospitals_by_month(demo):
    quotas = demo["quota"]
    assert {q["level"] for q in quotas} == {"region", "rep", "hospital"}
    assert {q["year"] for q in quotas} == {2025, 2026}
    assert {q["month"] for q in quotas} == set(range(1, 13))
    key = lambda q: (q["year"], q["month"], q["product_id"])  # noqa: E731
    region = {key(q): q["amount"] for q in quotas if q["level"] == "region"}
    reps = defaultdict(float)
    hospitals = defaultdict(float)
    for q in quotas:
        if q["level"] == "rep":
            reps[key(q)] += q["amount"]
        elif q["level"] == "hospital":
            hospitals[key(q), q["rep_user_id"]] += q["amount"]
    assert region == pytest.approx(dict(reps))
    for q in quotas:
        if q["level"] == "rep":
            assert hospitals[key(q), q["rep_user_id"]] < q["amount"]  # some kept unallocated


def test_quota_hospitals_have_monthly_sales_around_their_quota(demo):
    quotas = {(q["customer_id"], f"{q['year']:04d}-{q['month']:02d}", q["product_id"]):
              q["amount"] for q in demo["quota"] if q["level"] == "hospital"}
    sales = [m for m in demo["customer_metric"]
             if (m["customer_id"], m["period"], m.get("product_id")) in quotas]
    assert set(periods(TODAY, 12)) <= {m["period"] for m in sales}
    achieved = [m["sales_amount"] / quotas[m["customer_id"], m["period"], m["product_id"]]
                for m in sales]
    assert min(achieved) < 0.85 and max(achieved) > 1.05
    rows = [(m["customer_id"], m["period"], m.get("product_id"), m.get("drug_class"))
            for m in demo["customer_metric"]]
    assert len(rows) == len(set(rows))  # no month of a product twice


def test_quota_hospitals_sold_last_year_so_growth_reads_as_growth_flat_and_decline(store):
    """Year on year in the demo: each quota hospital has last year's product sales of the
    same months, so this year's forecast states a growth, and the hospitals grow, hold and
    fall."""
    from desktop.demo.generator import REGION_ID
    from desktop.demo.loader import load_into_store
    from desktop.domain.quotas import achievement

    load_into_store(store, DemoSpec(seed=7, customers=600, today=TODAY))
    lines = [line for line in achievement(store, level="hospital", year=TODAY.year,
                                          region_id=REGION_ID) if line.quota]
    assert len(lines) >= 9 and all(line.last_year_same_months > 0 for line in lines)
    growth = [line.forecast.growth for line in lines]
    assert None not in growth
    assert max(growth) > 0.05 and min(growth) < -0.05 and any(abs(g) < 0.03 for g in growth)


def test_every_at_risk_rule_is_tripped_by_a_demo_customer(store):
    """The core's rules on the demo loaded into a store, as the manager's screen runs them."""
    from desktop.demo.generator import REGION_ID
    from desktop.demo.loader import load_into_store
    from desktop.domain import local_time
    from desktop.domain.at_risk import at_risk_customers

    load_into_store(store, DemoSpec(seed=7, customers=600, today=TODAY))
    now = datetime.combine(TODAY, time(9), BEIJING)
    with local_time.fixed(zone=BEIJING):
        found = at_risk_customers(store, region_id=REGION_ID, today=TODAY, now=now)
    assert {r.code for c in found for r in c.reasons} == {
        "share_falling", "not_called", "complaint_overdue", "purchases_down", "tier_down"}
    assert {c.rep_user_id for c in found} == set(REPS)
