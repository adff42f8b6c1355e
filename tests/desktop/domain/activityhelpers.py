"""Market activities of 李明's Wuhan territory in every state and every band of the business
documents' rules, on a real store: each evaluated meeting invites doctors of a hospital of
its own, whose monthly sales of the promoted product rise from 100,000 CNY a month (the
three months before the activity) by the growth it is meant to show (the three months
after); every product's margin is 50 %, so the cost lines set the profit multiple; the
doctors who came gain more prescription share than the one who did not.

`EXPECTED` is what evaluating each one must give: (growth, profit multiple, awareness
change, {rule: verdict}), with the overall verdict the manager recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from domainhelpers import MANAGER, REP, T_WUHAN

from desktop.models import (
    Customer,
    CustomerMetric,
    MarketActivity,
    MarketActivityCost,
    MarketActivityInvitee,
    MarketActivityProduct,
    ProductMargin,
)

TODAY = date(2026, 10, 1)
HELD_ON = date(2026, 5, 15)
BEFORE, AFTER = ("2026-02", "2026-03", "2026-04", "2026-05"), ("2026-06", "2026-07", "2026-08")
BASE = 100_000.0  # CNY a month before
MARGIN = 0.5
# Our prescription share of the invited doctors: those who came gain 6 points, the one who
# did not 1 point, so the attendees gain 5 points more than the control group.
SHARE_BEFORE, SHARE_AFTER = 0.20, {"attended": 0.26, "no_show": 0.21}
CONTROL_POINTS = 5.0


@dataclass(frozen=True)
class Planned:
    """An activity to create: its title, kind, status, and for a held or evaluated one the
    growth its figures show, its actual cost, awareness survey and recorded verdict."""

    title: str
    kind: str = "academic_meeting"
    status: str = "evaluated"
    growth: float | None = None
    actual: float | None = None
    awareness: tuple[float, float] | None = None
    verdict: str | None = None
    comment: str | None = None


PLANNED = (
    Planned("心血管年会卫星会", growth=0.10, actual=7_500.0, verdict="successful"),
    Planned("降压科室会（协和）", "department_meeting", growth=0.06, actual=7_500.0,
            verdict="between"),
    Planned("高血压沙龙", "salon", growth=0.04, actual=8_000.0, verdict="not_successful"),
    Planned("基层医生培训", growth=0.01, actual=5_000.0, verdict="failed"),
    Planned("地铁广告", "advertising", awareness=(20.0, 32.0), verdict="successful"),
    Planned("电台广告", "advertising", awareness=(30.0, 36.0), verdict="not_successful"),
    Planned("患者教育日", "patient_education", status="held", growth=0.10, actual=7_500.0),
    Planned("白皮书发布", "white_paper", status="draft"),
    Planned("展会展台", "trade_fair", status="submitted"),
    Planned("产品推广周", "product_promotion", status="approved"),
    Planned("学术沙龙（重报）", "salon", status="returned", comment="预算过高，请压缩场地费"),
    Planned("取消的科室会", "department_meeting", status="cancelled"),
)

# title -> (growth, profit multiple, awareness change, {rule: verdict})
EXPECTED = {
    "心血管年会卫星会": (0.10, 2.0, None, {"sales_growth": "successful",
                                     "profit_multiple": "successful"}),
    "降压科室会（协和）": (0.06, 1.2, None, {"sales_growth": "between",
                                     "profit_multiple": "between"}),
    "高血压沙龙": (0.04, 0.75, None, {"sales_growth": "no_effect",
                                 "profit_multiple": "not_successful"}),
    "基层医生培训": (0.01, 0.3, None, {"sales_growth": "failed", "profit_multiple": "failed"}),
    "地铁广告": (None, None, 12.0, {"awareness": "successful"}),
    "电台广告": (None, None, 6.0, {"awareness": "not_successful"}),
    "患者教育日": (0.10, 2.0, None, {"sales_growth": "successful",
                                "profit_multiple": "successful"}),
}


def seed_activities(store, field) -> dict[str, str]:
    """Every `PLANNED` activity in Wuhan, owned by 李明; returns their ids by title."""
    ids = {}
    with store.write() as w:
        w.create(ProductMargin, product_id=field.amlodipine, margin_rate=MARGIN)
        for number, plan in enumerate(PLANNED):
            activity = w.create(MarketActivity, territory_id=T_WUHAN, **_activity_fields(plan))
            ids[plan.title] = activity.id
            w.create(MarketActivityProduct, territory_id=T_WUHAN, activity_id=activity.id,
                     product_id=field.amlodipine)
            w.create(MarketActivityCost, territory_id=T_WUHAN, activity_id=activity.id,
                     category="venue", budget_amount=6_000.0, actual_amount=plan.actual)
            w.create(MarketActivityCost, territory_id=T_WUHAN, activity_id=activity.id,
                     category="materials", budget_amount=2_000.0)
            _invite(w, plan, activity.id, number, field.amlodipine)
    return ids


def _activity_fields(plan: Planned) -> dict:
    held = plan.status in ("held", "evaluated")
    fields = {"kind": plan.kind, "title": plan.title, "owner_user_id": REP,
              "status": plan.status, "starts_on": HELD_ON, "ends_on": HELD_ON,
              "evaluation_months": 3, "manager_comment": plan.comment,
              "held_at": datetime(2026, 5, 15, 12, tzinfo=UTC) if held else None}
    if plan.awareness:
        fields["awareness_before"], fields["awareness_after"] = plan.awareness
    if plan.status == "evaluated":
        fields.update(verdict=plan.verdict, evaluated_by_user_id=MANAGER,
                      evaluated_at=datetime(2026, 9, 10, 2, tzinfo=UTC))
    return fields


def _invite(w, plan: Planned, activity_id: str, number: int, product_id: str) -> None:
    """Three doctors of a hospital of the activity's own, two of whom came, and (growth
    given) the hospital's sales of the product before and after."""
    hospital = w.create(Customer, kind="hospital", name=f"活动医院{number}",
                        territory_id=T_WUHAN, city="武汉", tier="A")
    doctors = []
    for i, status in enumerate(("attended", "attended", "no_show")):
        doctor = w.create(Customer, kind="doctor", name=f"医生{number}-{i}",
                          territory_id=T_WUHAN, city="武汉", organisation_id=hospital.id)
        w.create(MarketActivityInvitee, territory_id=T_WUHAN, activity_id=activity_id,
                 customer_id=doctor.id, status=status if plan.status in (
                     "held", "evaluated") else "invited")
        doctors.append((doctor.id, SHARE_AFTER[status]))
    if plan.growth is None:
        return
    for doctor_id, share_after in doctors:
        for period in BEFORE + AFTER:
            share = share_after if period in AFTER else SHARE_BEFORE
            w.create(CustomerMetric, territory_id=T_WUHAN, customer_id=doctor_id,
                     period=period, drug_class="降压药", total_prescriptions=200,
                     our_prescriptions=round(200 * share))
    for period in BEFORE + AFTER:
        amount = BASE * (1 + plan.growth) if period in AFTER else BASE
        w.create(CustomerMetric, territory_id=T_WUHAN, customer_id=hospital.id,
                 period=period, drug_class="降压药", product_id=product_id,
                 sales_amount=round(amount, 2))
