"""Judging a market activity from the company's own figures, by the business documents'
bands (../shared/domain.md, "Market activities"; decision 0024), with the numbers behind
every verdict.

Rules, each a `RuleResult` (verdict, value, and a reason: a message template in context
"Evaluation" with its parameters, the numbers already written out):
- sales_growth: sales of the activity's products at the attendees' organisations in the
  `evaluation_months` complete months after the activity's month, against the same number of
  months before. Bands (`growth_verdict`): ≥ 6.83 % successful; over 5 % and under 6.83 %
  between bands (the documents leave the gap open; the reason says so plainly); 3 % to 5 %
  (both included) no effect; under 3 % failed.
- profit_multiple: added sales (after − before) × the product's margin, against the actual
  cost. Bands (`profit_verdict`): ≥ 1.5× successful; 1.0× (included) to under 1.5× between
  bands; 0.5× (included) to under 1.0× not successful; under 0.5× failed.
- awareness (advertising only): survey points after − before. `awareness_verdict`: +10 points
  or more is worth it (Verdict.SUCCESSFUL; above +20 too: the reason says the rise exceeds
  the documents' 10–20 band); under +10 is not (Verdict.NOT_SUCCESSFUL).
- control: the prescription share change of the attendees against that of the invitees who
  did not come (else the rest of the territory's customers of the attendees' kinds). The
  documents give no band for it: SUCCESSFUL when the attendees' share gained more than the
  control's, else NO_EFFECT; shown as context, it does not enter the overall verdict.

Overall: the worst verdict among the judged documented rules (sales growth, profit multiple,
awareness), from failed (worst) over not successful, no effect, between bands, to successful;
NOT_JUDGED when none of them could be judged. A growth bought at a loss is no success.

The bands themselves are `activity_bands`; the figures read from the store,
`activity_figures`. This module turns the figures into each rule's verdict and reason.

Qt-free: the UI and the report read `evaluate`; `record_verdict` writes it through the
store's write path so that it syncs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlmodel import Session

from desktop.domain.activities import move
from desktop.domain.activity_bands import (
    AWARENESS_BAND_TOP,
    EPSILON,
    RuleResult,
    awareness_verdict,
    growth_verdict,
    overall_verdict,
    profit_verdict,
)
from desktop.domain.activity_figures import (
    _control_customers,
    _cost,
    _Facts,
    _facts,
    _margins,
    _profit,
    _sales,
    _share_change,
)
from desktop.i18n import QT_TRANSLATE_NOOP as _t
from desktop.models import MarketActivity
from desktop.models.enums import ActivityAction, ActivityKind, Verdict


@dataclass(frozen=True)
class Evaluation:
    activity_id: str
    months: int
    sales_before: float | None
    sales_after: float | None
    growth: float | None
    added_sales: float | None
    margin_rate: float | None
    profit: float | None
    actual_cost: float | None
    budget: float | None
    profit_multiple: float | None
    awareness_change: float | None
    attendees_share_change: float | None
    control_share_change: float | None
    attendance: int  # invitees attended incl. walk-ins
    invited: int
    rules: tuple[RuleResult, ...]
    overall: str  # a Verdict value


# ------------------------------------------------------------------ messages
MSG_GROWTH = {
    Verdict.SUCCESSFUL: _t("Evaluation", "Sales growth {growth} (from {before} in the {months} months before to {after} after): at least 6.83 %, successful."),
    Verdict.BETWEEN: _t("Evaluation", "Sales growth {growth} (from {before} in the {months} months before to {after} after) lies between the bands: above 5 % (no effect) and below 6.83 % (successful)."),
    Verdict.NO_EFFECT: _t("Evaluation", "Sales growth {growth} (from {before} in the {months} months before to {after} after): 3 % to 5 %, no effect."),
    Verdict.FAILED: _t("Evaluation", "Sales growth {growth} (from {before} in the {months} months before to {after} after): under 3 %, failed."),
}
MSG_PROFIT = {
    Verdict.SUCCESSFUL: _t("Evaluation", "Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: at least 1.5×, successful."),
    Verdict.BETWEEN: _t("Evaluation", "Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: between the bands, from 1× (not successful) to under 1.5× (successful)."),
    Verdict.NOT_SUCCESSFUL: _t("Evaluation", "Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: 0.5× to under 1×, not successful."),
    Verdict.FAILED: _t("Evaluation", "Profit from the added sales {profit} ({added} × margin {margin}) is {multiple} the actual cost {cost}: under 0.5×, failed."),
}
MSG_AWARENESS_WORTH = _t("Evaluation", "Awareness rose {points} points (from {before} % to {after} %): +10 to +20 points, worth it.")
MSG_AWARENESS_ABOVE = _t("Evaluation", "Awareness rose {points} points (from {before} % to {after} %): more than the documents' +10 to +20 band, worth it.")
MSG_AWARENESS_NOT = _t("Evaluation", "Awareness changed {points} points (from {before} % to {after} %): under +10 points, not worth it.")
MSG_CONTROL_BETTER = _t("Evaluation", "Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained {difference} points more.")
MSG_CONTROL_NOT = _t("Evaluation", "Prescription share of the attendees changed {attendees} points, of the {control_group} {control} points: the attendees gained no more than the control.")
MSG_CONTROL_INVITEES = _t("Evaluation", "invitees who did not come")
MSG_CONTROL_TERRITORY = _t("Evaluation", "rest of the territory's customers")

MSG_NOT_YET = _t("Evaluation", "Not judged: the {months} months after the activity end on {due}; the figures are complete after that.")
MSG_NO_PRODUCTS = _t("Evaluation", "Not judged: the activity names no products.")
MSG_NO_ATTENDEES = _t("Evaluation", "Not judged: nobody is checked in as attending.")
MSG_NO_SALES = _t("Evaluation", "Not judged: no sales figures of the activity's products at the attendees' organisations for {span}.")
MSG_NO_GROWTH = _t("Evaluation", "Not judged: the sales figures the profit is computed from are missing.")
MSG_NO_MARGIN = _t("Evaluation", "Not judged: no margin is set for {products}; the manager or an administrator sets one.")
MSG_NO_COST = _t("Evaluation", "Not judged: no actual cost is recorded.")
MSG_NOT_ADVERTISING = _t("Evaluation", "Not applicable: awareness is surveyed for advertising campaigns.")
MSG_NO_SURVEY = _t("Evaluation", "Not judged: enter the awareness survey before and after (percent).")
MSG_NO_SHARE = _t("Evaluation", "Not judged: no prescription figures of the activity's drug classes for the attendees and a control group in both spans.")
MSG_SPAN_BEFORE = _t("Evaluation", "the months before")
MSG_SPAN_AFTER = _t("Evaluation", "the months after")


def _money(value: float) -> str:
    return f"{value:,.2f}"


def _percent(fraction: float) -> str:
    return f"{fraction * 100:+.2f} %"


# ------------------------------------------------------------------ rules
def _growth_rule(facts: _Facts, before, after) -> RuleResult:
    months = facts.activity.evaluation_months
    if not facts.products:
        return RuleResult("sales_growth", Verdict.NOT_JUDGED, None, (MSG_NO_PRODUCTS, {}))
    if not facts.attended:
        return RuleResult("sales_growth", Verdict.NOT_JUDGED, None, (MSG_NO_ATTENDEES, {}))
    if not facts.complete:
        return RuleResult("sales_growth", Verdict.NOT_JUDGED, None,
                          (MSG_NOT_YET, {"months": months, "due": facts.due.isoformat()}))
    if not before or after is None:
        span = MSG_SPAN_BEFORE if not before else MSG_SPAN_AFTER
        return RuleResult("sales_growth", Verdict.NOT_JUDGED, None, (MSG_NO_SALES, {"span": span}))
    growth = (after - before) / before
    verdict = growth_verdict(growth)
    params = {"growth": _percent(growth), "before": _money(before), "after": _money(after),
              "months": months}
    return RuleResult("sales_growth", verdict, growth, (MSG_GROWTH[verdict], params))


def _profit_rule(session, facts: _Facts, growth: RuleResult, added: dict, cost: float | None
                 ) -> tuple[RuleResult, float | None, float | None, float | None]:
    """(rule, margin rate, profit, multiple)."""
    if growth.verdict == Verdict.NOT_JUDGED:
        return RuleResult("profit_multiple", Verdict.NOT_JUDGED, None, (MSG_NO_GROWTH, {})), \
            None, None, None
    margins = _margins(session, facts.activity, facts.products)
    missing = [p.name for p in facts.products if margins[p.id] is None]
    if missing:
        reason = (MSG_NO_MARGIN, {"products": "、".join(missing)})
        return RuleResult("profit_multiple", Verdict.NOT_JUDGED, None, reason), None, None, None
    added_sales, profit = _profit(added, margins)
    rate = profit / added_sales if added_sales else sum(margins.values()) / len(margins)
    if not cost:
        return RuleResult("profit_multiple", Verdict.NOT_JUDGED, None, (MSG_NO_COST, {})), \
            rate, profit, None
    multiple = profit / cost
    verdict = profit_verdict(multiple)
    params = {"profit": _money(profit), "added": _money(added_sales), "margin": f"{rate:.1%}",
              "multiple": f"{multiple:.2f}×", "cost": _money(cost)}
    return RuleResult("profit_multiple", verdict, multiple, (MSG_PROFIT[verdict], params)), \
        rate, profit, multiple


def _awareness_rule(activity: MarketActivity) -> RuleResult:
    if activity.kind != ActivityKind.ADVERTISING:
        return RuleResult("awareness", Verdict.NOT_JUDGED, None, (MSG_NOT_ADVERTISING, {}))
    before, after = activity.awareness_before, activity.awareness_after
    if before is None or after is None:
        return RuleResult("awareness", Verdict.NOT_JUDGED, None, (MSG_NO_SURVEY, {}))
    points = after - before
    verdict = awareness_verdict(points)
    template = (MSG_AWARENESS_NOT if verdict != Verdict.SUCCESSFUL
                else MSG_AWARENESS_ABOVE if points > AWARENESS_BAND_TOP + EPSILON
                else MSG_AWARENESS_WORTH)
    params = {"points": f"{points:+.2f}", "before": f"{before:g}", "after": f"{after:g}"}
    return RuleResult("awareness", verdict, points, (template, params))


def _control_rule(session, facts: _Facts) -> tuple[RuleResult, float | None, float | None]:
    if not facts.products or not facts.attended or not facts.complete:
        return RuleResult("control", Verdict.NOT_JUDGED, None, (MSG_NO_SHARE, {})), None, None
    attendees = _share_change(session, facts, {i.customer_id for i in facts.attended})
    group, invitees = _control_customers(session, facts)
    name = MSG_CONTROL_INVITEES if invitees else MSG_CONTROL_TERRITORY
    control = _share_change(session, facts, group)
    if attendees is None or control is None:
        return RuleResult("control", Verdict.NOT_JUDGED, None, (MSG_NO_SHARE, {})), \
            attendees, control
    difference = attendees - control
    better = difference > EPSILON
    params = {"attendees": f"{attendees * 100:+.2f}", "control": f"{control * 100:+.2f}",
              "difference": f"{difference * 100:.2f}", "control_group": name}
    rule = RuleResult("control", Verdict.SUCCESSFUL if better else Verdict.NO_EFFECT,
                      difference, (MSG_CONTROL_BETTER if better else MSG_CONTROL_NOT, params))
    return rule, attendees, control


def evaluate(session: Session, activity_id: str, *, today: date) -> Evaluation:
    """The activity judged from the store's figures as of `today`."""
    activity = session.get(MarketActivity, activity_id)
    facts = _facts(session, activity, today)
    before, after, added = _sales(session, facts)
    growth = _growth_rule(facts, before, after)
    actual, budget = _cost(session, activity_id)
    profit_rule, rate, profit, multiple = _profit_rule(session, facts, growth, added, actual)
    awareness = _awareness_rule(activity)
    control, attendees_change, control_change = _control_rule(session, facts)
    rules = (growth, profit_rule, awareness, control)
    judged_sales = growth.verdict != Verdict.NOT_JUDGED
    return Evaluation(
        activity_id=activity_id, months=activity.evaluation_months,
        sales_before=before, sales_after=after, growth=growth.value,
        added_sales=(after - before) if judged_sales else None, margin_rate=rate,
        profit=profit, actual_cost=actual, budget=budget, profit_multiple=multiple,
        awareness_change=awareness.value, attendees_share_change=attendees_change,
        control_share_change=control_change, attendance=len(facts.attended),
        invited=len([i for i in facts.attended + facts.others if not i.walk_in]),
        rules=rules, overall=overall_verdict(rules))


# ------------------------------------------------------------------ recording it
def reasons_text(evaluation: Evaluation) -> str:
    """The verdict's reasons as stored in `verdict_reasons`: JSON, each rule with its
    verdict, value, message template (context "Evaluation") and params, so that every
    reader shows them in their own language (`stored_reasons`)."""
    return json.dumps({"overall": evaluation.overall,
                       "rules": [{**asdict(r), "reason": list(r.reason)} for r in evaluation.rules]},
                      ensure_ascii=False)


def stored_reasons(text: str | None) -> tuple[RuleResult, ...]:
    """The rules as `record_verdict` stored them (empty for none)."""
    if not text:
        return ()
    rules = json.loads(text)["rules"]
    return tuple(RuleResult(r["rule"], r["verdict"], r["value"], tuple(r["reason"]))
                 for r in rules)


def record_verdict(store, activity_id: str, evaluation: Evaluation, comment: str | None,
                   actor_user_id: str, at: datetime, *, languages: Sequence = ()) -> None:
    """Write the verdict, its reasons, who judged it and when; the held activity becomes
    evaluated and its history says so, and its "Evaluate …" reminder is done (`languages`:
    as `activities.act`). Refuses what the workflow refuses
    (`desktop.domain.activities.ActivityRuleError`)."""
    changes = {"verdict": evaluation.overall, "verdict_reasons": reasons_text(evaluation),
               "evaluation_comment": comment, "evaluated_at": at,
               "evaluated_by_user_id": actor_user_id}
    move(store, activity_id, ActivityAction.EVALUATE, actor_user_id, comment, at,
         extra=changes, languages=languages)

