from datetime import date, timedelta

from desktop.domain.plan_compliance import (
    MadeCall,
    PlannedCall,
    compliance,
    frequency_attainment,
    item_outcomes,
)
from desktop.domain.plan_suggestions import CustomerFacts, counts_against_targets, suggest_week

MONDAY = date(2026, 11, 30)
TARGETS = {"A": 4, "B": 2, "C": 1}


def test_suggestions_put_complaints_and_overdue_follow_ups_first_and_say_why():
    facts = [
        CustomerFacts("a-recent", "A", last_visit=MONDAY - timedelta(days=2), calls_this_month=1),
        CustomerFacts("a-due", "A", last_visit=MONDAY - timedelta(days=10), calls_this_month=1),
        CustomerFacts("c-overdue-fu", "C", follow_up_due=MONDAY - timedelta(days=3)),
        CustomerFacts("b-complaint", "B", complaint_deadline=MONDAY + timedelta(days=1)),
        CustomerFacts("c-met", "C", last_visit=MONDAY - timedelta(days=5), calls_this_month=1),
    ]
    out = suggest_week(MONDAY, facts, TARGETS, calls_per_day=1, workdays=5)
    by_id = {s.customer_id: s for s in out}
    assert set(by_id) == {"a-due", "c-overdue-fu", "b-complaint"}
    assert by_id["b-complaint"].reason == "complaint"
    assert by_id["b-complaint"].day == MONDAY  # most urgent gets the first free day
    assert by_id["c-overdue-fu"].text == "Follow-up overdue since 2026-11-27"
    assert by_id["a-due"].text == "Tier A: 1 of 4 calls this month"
    assert len({s.day for s in out}) == 3  # one a day when calls_per_day=1


def test_suggestions_respect_capacity_and_group_a_hospital_on_one_day():
    facts = [CustomerFacts(f"d{i}", "B", organisation_id="h1") for i in range(3)]
    facts += [CustomerFacts(f"x{i}", "A") for i in range(20)]
    out = suggest_week(MONDAY, facts, TARGETS, calls_per_day=4, workdays=5)
    assert len(out) == 20
    assert sum(s.customer_id.startswith("x") for s in out) == 20  # tier A before tier B
    facts = [CustomerFacts(f"d{i}", "B", organisation_id="h1") for i in range(3)]
    out = suggest_week(MONDAY, facts, TARGETS, calls_per_day=4, workdays=5)
    assert len({s.day for s in out}) == 1


def test_follow_up_due_this_week_lands_on_its_day():
    facts = [CustomerFacts("c", "C", follow_up_due=MONDAY + timedelta(days=3))]
    (s,) = suggest_week(MONDAY, facts, TARGETS)
    assert s.day == MONDAY + timedelta(days=3) and s.reason == "follow_up_due"


def test_running_counts_against_targets():
    counts = counts_against_targets(["A", "A", "B", None], TARGETS, {"A": 3, "B": 4, "C": 8})
    assert counts == {"A": (2, 3.0), "B": (1, 2.0), "C": (0, 2.0)}


def test_compliance_hand_computed():
    items = [PlannedCall("i1", "c1", MONDAY), PlannedCall("i2", "c2", MONDAY),
             PlannedCall("i3", "c3", MONDAY + timedelta(days=1)),
             PlannedCall("i4", "c4", MONDAY + timedelta(days=4))]
    calls = [MadeCall("v1", "c1", MONDAY, plan_item_id="i1"),
             MadeCall("v3", "c3", MONDAY + timedelta(days=1)),  # logged without the link
             MadeCall("v2", "c2", MONDAY, plan_item_id="i2", submitted=False)]  # a draft
    outcomes = item_outcomes(items, calls, today=MONDAY + timedelta(days=3))
    assert [(o.item_id, o.status, o.visit_id) for o in outcomes] == [
        ("i1", "done", "v1"), ("i2", "missed", None), ("i3", "done", "v3"), ("i4", "pending", None)]
    assert compliance(outcomes) == 2 / 3
    assert compliance([]) is None


def test_frequency_attainment_caps_each_customer_at_target():
    tiers = {"a1": "A", "a2": "A", "b1": "B", "c1": "C"}
    calls = {"a1": 6, "a2": 1, "b1": 2}
    att = frequency_attainment(calls, tiers, TARGETS)
    assert att == {"A": (4 + 1) / 8, "B": 1.0, "C": 0.0}
