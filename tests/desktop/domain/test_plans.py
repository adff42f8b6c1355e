from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.domain import plans
from desktop.domain.plan_suggestions import suggest_week
from desktop.models import CallPlan, Customer, FollowUp, FrequencyTarget, Visit

MONDAY = date(2026, 11, 30)


@pytest.fixture
def territory(store):
    with store.write() as w:
        h = w.create(Customer, kind="hospital", name="北京协和医院", territory_id="t1", tier="A")
        docs = [w.create(Customer, kind="doctor", name=n, organisation_id=h.id, territory_id="t1",
                         tier=t) for n, t in [("张伟", "A"), ("王芳", "B"), ("李娜", "C")]]
        for tier, n in {"A": 4, "B": 2, "C": 1}.items():
            w.create(FrequencyTarget, tier=tier, calls_per_month=n)
        w.create(Visit, customer_id=docs[0].id, territory_id="t1", status="submitted",
                 started_at=datetime(2026, 11, 27, 9, tzinfo=UTC))
        w.create(FollowUp, customer_id=docs[2].id, territory_id="t1", title="送文献",
                 due_date=MONDAY - timedelta(days=2))
    return h, docs


def test_week_from_suggestions_then_full_approval_loop(store, territory):
    h, docs = territory
    with store.read() as s:
        facts = plans.customer_facts(s, ["t1"], MONDAY)
        targets = plans.frequency_targets(s)
    assert targets == {"A": 4, "B": 2, "C": 1}
    suggestions = suggest_week(MONDAY, facts, targets)
    with store.write() as w:
        plan = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=MONDAY)
        added = plans.apply_suggestions(w, plan.id, suggestions)
    assert {i.customer_id for i in added} >= {docs[2].id}  # the overdue follow-up
    reasons = {i.customer_id: i.suggestion_reason for i in added}
    assert reasons[docs[2].id].startswith("Follow-up overdue since")

    with store.write() as w:
        plans.submit(w, plan.id, actor_user_id="rep1")
    with pytest.raises(plans.PlanRuleError, match="withdraw or revise"):
        with store.write() as w:
            plans.add_item(w, plan.id, docs[1].id, MONDAY)
    with pytest.raises(plans.PlanRuleError, match="rep cannot move a plan from submitted to approved"):
        with store.write() as w:
            plans._move(w, plan.id, role="rep", actor_user_id="rep1",
                        action=plans.PlanAction.APPROVE, status=plans.PlanStatus.APPROVED)
    with pytest.raises(plans.PlanRuleError, match="comment is required"):
        with store.write() as w:
            plans.return_plan(w, plan.id, manager_user_id="mgr", comment=" ")
    with store.write() as w:
        plans.return_plan(w, plan.id, manager_user_id="mgr", comment="多安排A类医生")
    with store.write() as w:
        plans.revise(w, plan.id, actor_user_id="rep1")
        plans.add_item(w, plan.id, docs[1].id, MONDAY + timedelta(days=1))
        plans.submit(w, plan.id, actor_user_id="rep1")
    with store.write() as w:
        plans.approve(w, plan.id, manager_user_id="mgr")
    with store.read() as s:
        final = s.get(CallPlan, plan.id)
        history = plans.plan_history(s, plan.id)
    assert final.status == "approved" and final.plan_revision == 2
    assert [(d.action, d.actor_user_id, d.comment) for d in history] == [
        ("submit", "rep1", None), ("return", "mgr", "多安排A类医生"), ("revise", "rep1", None),
        ("submit", "rep1", None), ("approve", "mgr", None)]


def test_one_plan_per_rep_and_week(store, territory):
    with store.write() as w:
        a = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=MONDAY + timedelta(days=2))
        b = plans.create_plan(w, rep_user_id="rep1", territory_id="t1", week_start=MONDAY)
    assert a.id == b.id and a.week_start == MONDAY
