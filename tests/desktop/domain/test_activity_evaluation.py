"""An activity judged by the documents' bands: every boundary value, the overall verdict's
rule, and an evaluation computed from a real store's figures (the attendees' hospital's
sales before and after, the margin, the actual cost, the control group's share), with the
numbers behind each verdict; and what is not judged without figures, margin or cost."""

from __future__ import annotations

from datetime import date

import pytest
from domainhelpers import MANAGER, REGION, REP, T_WUHAN, beijing

from desktop.domain import activities, activity_day
from desktop.domain.activity_bands import (
    RuleResult,
    awareness_verdict,
    growth_verdict,
    overall_verdict,
    profit_verdict,
)
from desktop.domain.activity_evaluation import evaluate, record_verdict, stored_reasons
from desktop.models import CustomerMetric, MarketActivity, MarketActivityEvent, ProductMargin
from desktop.models.enums import Verdict

S, B, NE, NS, F, NJ = (Verdict.SUCCESSFUL, Verdict.BETWEEN, Verdict.NO_EFFECT,
                       Verdict.NOT_SUCCESSFUL, Verdict.FAILED, Verdict.NOT_JUDGED)


@pytest.mark.parametrize(("growth", "verdict"), [
    (0.10, S), (0.0683, S), (683 / 10000, S), (2049 / 30000, S), (0.06829, B), (0.0501, B),
    (0.05, NE), (0.04, NE), (0.03, NE), (0.02999, F), (0.0, F), (-0.2, F), (None, NJ)])
def test_sales_growth_bands(growth, verdict):
    assert growth_verdict(growth) == verdict


@pytest.mark.parametrize(("multiple", "verdict"), [
    (3.0, S), (1.5, S), (1024.5 / 683, S), (1.4999, B), (1.0, B), (0.9999, NS), (0.5, NS),
    (0.4999, F), (-1.0, F), (None, NJ)])
def test_profit_multiple_bands(multiple, verdict):
    assert profit_verdict(multiple) == verdict


@pytest.mark.parametrize(("points", "verdict"), [
    (10.0, S), (9.99, NS), (15.0, S), (20.0, S), (25.0, S), (0.0, NS), (-3.0, NS), (None, NJ)])
def test_awareness_bands(points, verdict):
    assert awareness_verdict(points) == verdict


def _rule(rule, verdict):
    return RuleResult(rule, verdict, None, ("", {}))


def test_overall_is_the_worst_documented_rule_and_ignores_the_control():
    assert overall_verdict([_rule("sales_growth", S), _rule("profit_multiple", NS),
                            _rule("awareness", NJ), _rule("control", S)]) == NS
    assert overall_verdict([_rule("sales_growth", B), _rule("profit_multiple", S)]) == B
    assert overall_verdict([_rule("sales_growth", NE), _rule("profit_multiple", NS)]) == NS
    assert overall_verdict([_rule("sales_growth", F), _rule("awareness", S)]) == F
    assert overall_verdict([_rule("sales_growth", NJ), _rule("control", F)]) == NJ


# ------------------------------------------------------------------ from the store
HELD = date(2026, 5, 20)  # before: Feb–Apr, after: Jun–Aug, judged from September
BEFORE, AFTER = ("2026-02", "2026-03", "2026-04"), ("2026-06", "2026-07", "2026-08")


@pytest.fixture
def held_meeting(store, field):
    """A department meeting on 安立平 at 协和医院（西院）: 张伟 and 刘芳 came, 陈静 did not,
    a walk-in came; budget 1,000, spent 683."""
    activity_id = activities.create_activity(
        store, {"kind": "department_meeting", "title": "高血压科室会", "starts_on": HELD,
                "owner_user_id": REP, "territory_id": T_WUHAN, "evaluation_months": 3},
        [field.amlodipine], [{"category": "venue", "budget_amount": 600},
                             {"category": "meals", "budget_amount": 400}])
    activities.invite(store, activity_id, [field.zhang_wh, field.liu, field.chen])
    activities.act(store, activity_id, "submit", REP, None, beijing(date(2026, 5, 1), 9))
    activities.act(store, activity_id, "approve", MANAGER, "同意", beijing(date(2026, 5, 2), 9))
    with store.read() as s:
        invitees = {i.customer_id: i.id for i in activities._children(
            s, activities.MarketActivityInvitee, activity_id)}
    at = beijing(HELD, 14)
    activity_day.check_in(store, invitees[field.zhang_wh], at)
    activity_day.check_in(store, invitees[field.liu], at)
    activity_day.add_walk_in(store, activity_id, {"kind": "doctor", "name": "孙丽",
                                                "organisation_id": field.first_hospital}, at)
    activity_day.record_actual_costs(store, activity_id, {"venue": 400, "meals": 283})
    activities.act(store, activity_id, "hold", REP, None, beijing(HELD, 18))
    return activity_id


def _figures(store, customer_id, periods, **values):
    with store.write() as w:
        for period in periods:
            w.create(CustomerMetric, customer_id=customer_id, territory_id=T_WUHAN,
                     period=period, **values)


def _sales(store, field, before=10_000.0, after=10_683.0):
    for periods, amount in ((BEFORE, before), (AFTER, after)):
        _figures(store, field.xiehe_west, periods, product_id=field.amlodipine,
                 drug_class="降压药", sales_amount=amount)


def _shares(store, field):
    for customer, before, after in ((field.zhang_wh, 20, 30), (field.chen, 10, 12)):
        _figures(store, customer, BEFORE, drug_class="降压药", our_prescriptions=before,
                 total_prescriptions=100)
        _figures(store, customer, AFTER, drug_class="降压药", our_prescriptions=after,
                 total_prescriptions=100)


def _judge(store, activity_id, today=date(2026, 9, 1)):
    with store.read() as s:
        return evaluate(s, activity_id, today=today)


def test_exactly_6_83_percent_and_exactly_1_5_times_are_successful(store, field, held_meeting):
    _sales(store, field)
    _shares(store, field)
    store.create(ProductMargin, product_id=field.amlodipine, margin_rate=0.5)
    result = _judge(store, held_meeting)
    assert (result.sales_before, result.sales_after, result.added_sales) == (30_000, 32_049, 2_049)
    assert result.growth == pytest.approx(0.0683)
    assert (result.margin_rate, result.profit, result.actual_cost, result.budget) == \
        (0.5, 1_024.5, 683, 1_000)
    assert result.profit_multiple == pytest.approx(1.5)
    assert (result.attendance, result.invited) == (3, 3)  # 张伟, 刘芳 and the walk-in; 3 invited
    growth, profit, awareness, control = result.rules
    assert (growth.verdict, profit.verdict, awareness.verdict) == (S, S, NJ)
    assert growth.reason[1] == {"growth": "+6.83 %", "before": "30,000.00",
                                "after": "32,049.00", "months": 3}
    assert "at least 6.83 %" in growth.reason[0]
    assert profit.reason[1]["multiple"] == "1.50×" and profit.reason[1]["cost"] == "683.00"
    assert awareness.reason[0].startswith("Not applicable")
    # control: the invitee who did not come (陈静) gained 2 points, the attendees 10
    assert result.attendees_share_change == pytest.approx(0.10)
    assert result.control_share_change == pytest.approx(0.02)
    assert control.verdict == S and control.value == pytest.approx(0.08)
    assert control.reason[1]["control_group"] == "invitees who did not come"
    assert result.overall == S


def test_region_margin_wins_and_between_bands_is_said_plainly(store, field, held_meeting):
    _sales(store, field, after=10_600.0)  # +6.00 %
    store.create(ProductMargin, product_id=field.amlodipine, margin_rate=0.9)
    store.create(ProductMargin, product_id=field.amlodipine, region_id=REGION, margin_rate=0.4)
    result = _judge(store, held_meeting)
    growth, profit, *_ = result.rules
    assert growth.verdict == B and "between the bands" in growth.reason[0]
    assert result.margin_rate == 0.4 and result.profit == pytest.approx(720)
    assert profit.verdict == B  # 720 / 683 = 1.05×
    assert result.overall == B


def test_not_judged_without_margin_cost_or_complete_months(store, field, held_meeting):
    _sales(store, field, after=10_300.0)  # exactly 3 %: no effect
    result = _judge(store, held_meeting)
    growth, profit, _aw, control = result.rules
    assert growth.verdict == NE and profit.verdict == NJ
    assert profit.reason == ("Not judged: no margin is set for {products}; the manager or an "
                             "administrator sets one.", {"products": "安立平"})
    assert control.verdict == NJ  # no prescription figures
    assert result.overall == NE

    early = _judge(store, held_meeting, today=date(2026, 8, 31))
    assert [r.verdict for r in early.rules] == [NJ, NJ, NJ, NJ] and early.overall == NJ
    assert early.rules[0].reason[1] == {"months": 3, "due": "2026-08-31"}

    store.create(ProductMargin, product_id=field.amlodipine, margin_rate=0.5)
    with store.write() as w:
        for line in activities._children(w.session, activities.MarketActivityCost,
                                         held_meeting):
            w.update(activities.MarketActivityCost, line.id, actual_amount=None)
    no_cost = _judge(store, held_meeting)
    assert no_cost.rules[1].verdict == NJ and no_cost.rules[1].reason[0] == \
        "Not judged: no actual cost is recorded."
    assert no_cost.actual_cost is None and no_cost.profit == pytest.approx(450)


def test_advertising_awareness_and_the_territory_as_control(store, field):
    activity_id = activities.create_activity(
        store, {"kind": "advertising", "title": "户外广告", "starts_on": HELD,
                "owner_user_id": REP, "territory_id": T_WUHAN},
        [field.amlodipine], [{"category": "advertising", "budget_amount": 5000}])
    activities.invite(store, activity_id, [field.zhang_wh])
    activities.act(store, activity_id, "submit", REP, None, beijing(date(2026, 5, 1), 9))
    activities.act(store, activity_id, "approve", MANAGER, None, beijing(date(2026, 5, 2), 9))
    with store.read() as s:
        [invitee] = activities._children(s, activities.MarketActivityInvitee, activity_id)
    activity_day.check_in(store, invitee.id, beijing(HELD, 10))
    _shares(store, field)
    for before, after, verdict, words in ((30.0, 40.0, S, "+10 to +20"),
                                          (30.0, 39.99, NS, "not worth it"),
                                          (30.0, 55.0, S, "more than the documents'")):
        activities.set_awareness(store, activity_id, before, after, MANAGER)
        awareness = _judge(store, activity_id).rules[2]
        assert awareness.verdict == verdict and words in awareness.reason[0]
        assert awareness.value == pytest.approx(after - before)
    control = _judge(store, activity_id).rules[3]
    assert control.reason[1]["control_group"] == "rest of the territory's customers"
    assert control.value == pytest.approx(0.08)  # 陈静 is the only other doctor with figures


def test_recorded_verdict_is_kept_with_its_reasons_and_history(store, field, held_meeting):
    _sales(store, field, after=10_200.0)  # +2 %: failed
    store.create(ProductMargin, product_id=field.amlodipine, margin_rate=0.5)
    result = _judge(store, held_meeting)
    at = beijing(date(2026, 9, 2), 10)
    with pytest.raises(activities.ActivityRuleError, match="cannot move it from held"):
        record_verdict(store, held_meeting, result, "效果不佳", REP, at)
    record_verdict(store, held_meeting, result, "效果不佳", MANAGER, at)
    activity = store.get(MarketActivity, held_meeting)
    assert (activity.status, activity.verdict, activity.evaluation_comment) == \
        ("evaluated", "failed", "效果不佳")
    assert activity.evaluated_by_user_id == MANAGER and activity.evaluated_at == at
    assert [r.verdict for r in stored_reasons(activity.verdict_reasons)] == [F, F, NJ, NJ]
    with pytest.raises(activities.ActivityRuleError, match="Only the manager of the region"):
        activities.set_evaluation_comment(store, held_meeting, "我觉得不错", REP)
    with pytest.raises(activities.ActivityRuleError, match="only the evaluation comment"):
        activities.set_awareness(store, held_meeting, 10.0, 30.0, MANAGER)
    activities.set_evaluation_comment(store, held_meeting, "下季度复盘", MANAGER)
    assert store.get(MarketActivity, held_meeting).evaluation_comment == "下季度复盘"
    with store.read() as s:
        assert [e.action for e in activities.activity_history(s, held_meeting)] == \
            ["submit", "approve", "hold", "evaluate"]
        assert s.get(MarketActivityEvent, activities.activity_history(
            s, held_meeting)[-1].id).actor_user_id == MANAGER
