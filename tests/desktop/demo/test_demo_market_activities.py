"""The demo's market activities: every rep has activities in every state, and the evaluated
ones, judged from the demo's own monthly sales figures, cost lines and product margins,
land in every band of the business documents' rules — so the screens show each verdict."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from desktop.demo.generator import DEMO_USERS, DemoSpec, generate
from desktop.demo.loader import load_into_store
from desktop.domain.activity_bands import SEVERITY
from desktop.domain.activity_evaluation import evaluate
from desktop.domain.activity_report import activity_rows

TODAY = date(2026, 3, 18)
REPS = [u["id"] for u in DEMO_USERS if u["role"] == "rep"]
MANAGER = DEMO_USERS[0]["id"]


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = defaultdict(list)
    for table, rows in generate(DemoSpec(seed=7, customers=600, today=TODAY)):
        tables[table].extend(rows)
    return tables


def growth_band(growth: float) -> str:
    """Sales growth: ≥ 6.83 % successful, 5–6.83 % between, 3–5 % no effect, < 3 % failed."""
    return ("successful" if growth >= 0.0683 else "between" if growth >= 0.05
            else "no_effect" if growth >= 0.03 else "failed")


def profit_band(multiple: float) -> str:
    """Net profit against cost: ≥ 1.5× successful, 1–1.5× between, 0.5–1× not successful."""
    return ("successful" if multiple >= 1.5 else "between" if multiple >= 1.0
            else "not_successful" if multiple >= 0.5 else "failed")


def months(start: str, count: int) -> list[str]:
    year, month = int(start[:4]), int(start[5:])
    out = []
    for _ in range(abs(count)):
        month += 1 if count > 0 else -1
        year, month = (year + 1, 1) if month == 13 else (year - 1, 12) if month == 0 \
            else (year, month)
        out.append(f"{year:04d}-{month:02d}")
    return out


def judged(demo, activity) -> dict[str, str]:
    """The bands of an evaluated activity, computed from the demo's rows: sales of its product
    to its attendees' organisations, the 3 months after its month against the 3 before;
    net profit (company margin) against the actual cost lines; the awareness surveys."""
    if activity.get("awareness_before") is not None:
        change = activity["awareness_after"] - activity["awareness_before"]
        return {"awareness": "successful" if change >= 10 else "not_successful"}
    aid = activity["id"]
    product = next(p["product_id"] for p in demo["market_activity_product"]
                   if p["activity_id"] == aid)
    customers = {c["id"]: c for c in demo["customer"]}
    organisations = {customers[i["customer_id"]]["organisation_id"]
                     for i in demo["market_activity_invitee"]
                     if i["activity_id"] == aid and i["status"] == "attended"}
    month = activity["starts_on"].isoformat()[:7]
    sales = defaultdict(float)
    for m in demo["customer_metric"]:
        if m["customer_id"] in organisations and m.get("product_id") == product:
            sales[m["period"]] += m["sales_amount"]
    before = sum(sales[p] for p in months(month, -3))
    after = sum(sales[p] for p in months(month, 3))
    margin = next(m["margin_rate"] for m in demo["product_margin"] if m["product_id"] == product)
    cost = sum(c["actual_amount"] for c in demo["market_activity_cost"]
               if c["activity_id"] == aid)
    assert before > 0 and cost > 0
    return {"sales_growth": growth_band(after / before - 1),
            "profit_multiple": profit_band((after - before) * margin / cost)}


def test_every_rep_has_activities_and_every_state_appears(demo):
    activities = demo["market_activity"]
    assert {a["owner_user_id"] for a in activities} == set(REPS)
    assert {a["status"] for a in activities} == {
        "draft", "submitted", "approved", "returned", "held", "evaluated", "cancelled"}
    returned = [a for a in activities if a["status"] == "returned"]
    assert returned and all(a["manager_comment"] for a in returned)
    for a in activities:
        events = [e["action"] for e in demo["market_activity_event"] if e["activity_id"] == a["id"]]
        assert ("submit" in events) == (a["status"] != "draft"), a["title"]
        assert ("evaluate" in events) == (a["status"] == "evaluated"), a["title"]


def test_evaluated_activities_land_in_every_band_and_record_the_worst(demo):
    evaluated = [a for a in demo["market_activity"] if a["status"] == "evaluated"]
    bands = defaultdict(set)
    for activity in evaluated:
        verdicts = judged(demo, activity)
        for rule, verdict in verdicts.items():
            bands[rule].add(verdict)
        assert activity["verdict"] == min(verdicts.values(), key=SEVERITY.index)
        assert activity["evaluated_by_user_id"] == MANAGER and activity["evaluated_at"]
    assert bands == {"sales_growth": {"successful", "between", "no_effect", "failed"},
                     "profit_multiple": {"successful", "between", "not_successful", "failed"},
                     "awareness": {"successful", "not_successful"}}


def test_product_margins_are_company_wide_and_cover_the_promoted_products(demo):
    margins = {m["product_id"]: m for m in demo["product_margin"]}
    assert all(m["region_id"] is None and m["territory_id"] is None and 0 < m["margin_rate"] < 1
               for m in margins.values())
    assert {p["product_id"] for p in demo["market_activity_product"]} <= margins.keys()


def test_held_and_evaluated_activities_have_attendees_and_actual_costs(demo):
    for a in demo["market_activity"]:
        costs = [c for c in demo["market_activity_cost"] if c["activity_id"] == a["id"]]
        assert costs and all(c["budget_amount"] for c in costs)
        spent = a["status"] in ("held", "evaluated")
        assert all((c["actual_amount"] is not None) == spent for c in costs), a["title"]
        if spent and a["kind"] != "advertising":
            statuses = [i["status"] for i in demo["market_activity_invitee"]
                        if i["activity_id"] == a["id"]]
            assert "attended" in statuses and "no_show" in statuses


def test_the_demo_store_shows_every_verdict_as_the_evaluation_computes_it(store):
    """Loaded into a laptop's store, the evaluation computed from the demo's figures agrees
    with every recorded verdict and with the bands expected above, rule by rule."""
    load_into_store(store, DemoSpec(seed=7, customers=600, visits=0, today=TODAY))
    with store.read() as session:
        rows = [r for r in activity_rows(session, start=None, end=None, today=TODAY)
                if r.status == "evaluated"]
        computed = {r.id: evaluate(session, r.id, today=TODAY) for r in rows}
    bands = defaultdict(set)
    for row in rows:
        assert computed[row.id].overall == row.overall, row.title
        for rule in ("sales_growth", "profit_multiple", "awareness"):
            if row.verdicts[rule] != "not_judged":
                bands[rule].add(row.verdicts[rule])
    assert bands == {"sales_growth": {"successful", "between", "no_effect", "failed"},
                     "profit_multiple": {"successful", "between", "not_successful", "failed"},
                     "awareness": {"successful", "not_successful"}}
