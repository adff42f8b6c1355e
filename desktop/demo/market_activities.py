"""Market activities of the demo region (市场活动): for each rep, activities in every state
(draft, submitted, approved, returned with the manager's comment, held, evaluated,
cancelled) with their products, invitees, cost lines and history, and company-wide product
margins, so that the activity screens and screenshots show each verdict.

Each evaluated meeting invites the doctors of a hospital of its own; that hospital's monthly
sales of the promoted product (written as a figures sheet and read by
`desktop.domain.metrics_sheet`, like every demo figure) are flat before the activity's month
and higher after it by the growth its plan gives, and its actual cost is set so that the net
profit of the added sales is the multiple its plan gives. Together they land in every band of
the business documents' rules (../shared/domain.md, "Market activities"):

- sales growth: 12 % successful, 6 % between bands, 4 % no effect, 1.5 % failed;
- net profit against cost: 2× successful, 1.25× between, 0.75× not successful, 0.3× failed;
- two advertising campaigns with awareness surveys: +13 points (worth it), +6 (not).

The verdict recorded is the worst of an activity's rules, as `desktop.domain.
activity_evaluation` judges it (its reasons are left for the screens to compute afresh).
`EVALUATED` lists the plans.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.demo import vocabulary as V
from desktop.demo.figures import periods
from desktop.demo.world import Known, World, between, local, meta
from desktop.domain.activity_bands import SEVERITY
from desktop.domain.metrics_sheet import (
    CustomerIndex,
    CustomerRef,
    ProductIndex,
    ProductRef,
    SheetReader,
    SheetRow,
)

EVALUATION_MONTHS = 3
SALES_MONTHS = 12  # the promoted products' monthly sales of the evaluated meetings' hospitals
INVITED = 8  # doctors of the hospital a meeting invites, at most
# Net margin of our products by drug class (company-wide: region_id None).
MARGINS = {"降压药": 0.35, "降糖药": 0.38, "调脂药": 0.40, "抗凝药": 0.45, "抗肿瘤药": 0.55,
           "呼吸系统用药": 0.42, "抗感染药": 0.30}
FIGURES_HEADER = ("客户ID", "月份", "产品", "销售额")
COST_SHARES = (("venue", 0.4), ("speakers", 0.3), ("materials", 0.15), ("meals", 0.15))


@dataclass(frozen=True)
class Plan:
    """One demo activity: whose (rep index), what, when (days from today, or months back
    for an evaluated one), its state, and for an evaluated one the effect its figures show
    (growth and profit multiple, or an awareness survey) with the verdict each rule gives."""

    rep: int
    kind: str
    title: str
    product: str  # the one it promotes, by name
    status: str
    days: int = 0
    months_back: int = 0
    growth: float | None = None
    multiple: float | None = None
    awareness: tuple[float, float] | None = None
    verdicts: tuple[str, ...] = ()
    comment: str | None = None

    @property
    def meeting(self) -> bool:
        return self.kind != "advertising"


EVALUATED = (
    Plan(0, "academic_meeting", "高血压规范化诊疗学术会", "安立平", "evaluated", months_back=7,
         growth=0.12, multiple=2.0, verdicts=("successful", "successful"),
         comment="参会医生处方明显增加，值得在其他三甲医院复制"),
    Plan(1, "department_meeting", "心内科降压新进展科室会", "缬安", "evaluated", months_back=7,
         growth=0.06, multiple=1.25, verdicts=("between", "between"),
         comment="效果介于两档之间，下季度再观察"),
    Plan(0, "salon", "糖尿病心肾保护沙龙", "糖立停", "evaluated", months_back=6,
         growth=0.04, multiple=0.75, verdicts=("no_effect", "not_successful"),
         comment="到会率低，邀请名单需要重新筛选"),
    Plan(1, "patient_education", "房颤抗凝患者教育日", "栓克", "evaluated", months_back=8,
         growth=0.015, multiple=0.3, verdicts=("failed", "failed"),
         comment="费用偏高而销量几乎没有变化，不建议再办"),
    Plan(2, "advertising", "地铁站广告（降压）", "安立平", "evaluated", months_back=7,
         awareness=(18.0, 31.0), verdicts=("successful",), comment="知名度提升13个百分点"),
    Plan(2, "advertising", "电台健康节目广告", "脂平", "evaluated", months_back=6,
         awareness=(25.0, 31.0), verdicts=("not_successful",), comment="知名度仅提升6个百分点"),
)
IN_PROGRESS = (
    Plan(0, "department_meeting", "呼吸科吸入治疗科室会", "喘宁吸", "held", days=-21),
    Plan(0, "academic_meeting", "心血管年会卫星会", "脂平", "approved", days=14),
    Plan(0, "white_paper", "基层高血压管理白皮书", "安立平", "draft", days=40),
    Plan(1, "trade_fair", "华北医药博览会展台", "格立平", "submitted", days=25),
    Plan(1, "salon", "调脂治疗专家沙龙", "脂平", "returned", days=18,
         comment="预算偏高，请把场地费压缩到一万元以内"),
    Plan(1, "department_meeting", "内分泌科新药科室会", "格立平", "cancelled", days=-10,
         comment="医院临时停诊，会议取消"),
    Plan(2, "product_promotion", "抗感染产品推广周", "左康", "held", days=-30),
    Plan(2, "academic_meeting", "肿瘤靶向治疗学术会", "瑞替尼", "submitted", days=20),
    Plan(2, "department_meeting", "肾内科科室会", "糖立停", "draft", days=35),
)


def overall(verdicts: tuple[str, ...]) -> str:
    """The verdict recorded for an activity: the worst of its rules' (as the evaluation's
    overall verdict is)."""
    return min(verdicts, key=SEVERITY.index)


class MarketActivityFactory:
    """The rows of the demo's market activities (see the module doc)."""

    def __init__(self, world: World):
        self.w = world
        self.rng = world.rng("market")
        self.at = local(world.today - timedelta(days=400), 9)
        self.products = {spec.name: p for p, spec in zip(world.products, V.PRODUCTS,
                                                         strict=True) if p["is_ours"]}
        self.hospitals = self._hospitals()
        self.figures: list[tuple] = []

    def rows(self) -> Iterator[tuple[str, dict]]:
        yield from self._margins()
        for plan in EVALUATED + IN_PROGRESS:
            hospital = self._next_hospital(plan) if plan.meeting else None
            if plan.status == "evaluated" and plan.meeting and hospital is None:
                continue  # a tiny demo without a hospital to judge by
            yield from self._activity(plan, hospital)
        yield from self._figure_rows()

    # -- reference rows ------------------------------------------------------------------
    def _margins(self) -> Iterator[tuple[str, dict]]:
        for product in self.products.values():
            yield "product_margin", {**meta(self.w.ids(), None, self.at),
                                     "product_id": product["id"], "region_id": None,
                                     "margin_rate": MARGINS[product["drug_class"]]}

    def _hospitals(self) -> dict[int, list[tuple[Known, list[Known]]]]:
        """Per territory, hospitals with at least two doctors, most doctors first."""
        doctors: dict[str, list[Known]] = {}
        for k in self.w.customers:
            if k.kind == "doctor" and k.organisation_id:
                doctors.setdefault(k.organisation_id, []).append(k)
        out: dict[int, list] = {}
        for k in self.w.customers:
            if k.kind == "hospital" and len(doctors.get(k.id, ())) >= 2:
                out.setdefault(k.territory, []).append((k, doctors[k.id]))
        for hospitals in out.values():
            hospitals.sort(key=lambda pair: -len(pair[1]))
        return out

    def _next_hospital(self, plan: Plan) -> tuple[Known, list[Known]] | None:
        territory = plan.rep % len(self.w.territory_ids)
        free = self.hospitals.get(territory, [])
        return free.pop(0) if free else None

    # -- one activity ----------------------------------------------------------------------
    def _activity(self, plan: Plan, hospital) -> Iterator[tuple[str, dict]]:
        territory_id = self.w.territory_ids[plan.rep % len(self.w.territory_ids)]
        rep_id = self.w.rep_ids[plan.rep % len(self.w.rep_ids)]
        product = self.products[plan.product]
        starts_on = self._starts_on(plan)
        history = self._history(plan, starts_on, rep_id)
        activity_id = self.w.ids()
        cost = self._cost(plan, hospital, product, starts_on)
        row = {**meta(activity_id, territory_id, history[0][1] if history else self.w.now),
               **self._fields(plan, starts_on, history, hospital),
               "owner_user_id": rep_id}
        yield "market_activity", row
        yield "market_activity_product", {**meta(self.w.ids(), territory_id, row["created_at"]),
                                          "activity_id": activity_id,
                                          "product_id": product["id"]}
        if hospital is not None:
            yield from self._invitees(plan, activity_id, territory_id, hospital, starts_on)
        yield from self._costs(plan, activity_id, territory_id, cost, row["created_at"])
        for action, at, actor, comment in history:
            yield "market_activity_event", {**meta(self.w.ids(), territory_id, at),
                                            "activity_id": activity_id, "action": action,
                                            "actor_user_id": actor, "at": at,
                                            "comment": comment, "activity_revision": 1}

    def _starts_on(self, plan: Plan) -> date:
        if plan.status != "evaluated":
            return self.w.today + timedelta(days=plan.days)
        first = _month_start(self.w.today, -plan.months_back)
        return first + timedelta(days=between(self.rng, 9, 17))

    def _fields(self, plan: Plan, starts_on: date, history, hospital) -> dict:
        moments = {action: at for action, at, _, _ in history}
        decided = moments.get("approve") or moments.get("return")
        fields = {
            "kind": plan.kind, "title": plan.title, "starts_on": starts_on,
            "ends_on": starts_on if plan.meeting else starts_on + timedelta(days=27),
            "place": hospital[0].name if hospital else None, "status": plan.status,
            "expected_attendance": len(hospital[1][:INVITED]) if hospital else None,
            "submitted_at": moments.get("submit"), "decided_at": decided,
            "decided_by_user_id": self.w.manager_id if decided else None,
            "manager_comment": plan.comment if plan.status in ("returned", "cancelled") else None,
            "held_at": moments.get("hold"), "evaluation_months": EVALUATION_MONTHS,
            "evaluation_due": _month_start(starts_on, EVALUATION_MONTHS + 1)
            if plan.status in ("held", "evaluated") else None,
        }
        if plan.awareness:
            fields["awareness_before"], fields["awareness_after"] = plan.awareness
        if plan.status == "evaluated":
            fields.update(verdict=overall(plan.verdicts), evaluation_comment=plan.comment,
                          evaluated_at=moments["evaluate"],
                          evaluated_by_user_id=self.w.manager_id)
        return fields

    def _history(self, plan: Plan, starts_on: date, rep_id: str) -> list[tuple]:
        """(action, moment, actor, comment) of each move the activity has made."""
        steps = {"draft": (), "submitted": ("submit",), "approved": ("submit", "approve"),
                 "returned": ("submit", "return"), "held": ("submit", "approve", "hold"),
                 "evaluated": ("submit", "approve", "hold", "evaluate"),
                 "cancelled": ("submit", "approve", "cancel")}[plan.status]
        planned = min(starts_on - timedelta(days=30), self.w.today - timedelta(days=3))
        days = {"submit": planned, "approve": planned + timedelta(days=2),
                "return": planned + timedelta(days=1), "hold": starts_on,
                "cancel": min(starts_on, self.w.today) - timedelta(days=1),
                "evaluate": _month_start(starts_on, EVALUATION_MONTHS + 1) + timedelta(days=9)}
        manager = {"approve", "return", "evaluate"}
        comments = {"return": plan.comment, "cancel": plan.comment,
                    "evaluate": plan.comment if plan.status == "evaluated" else None}
        return [(step, local(days[step], 10 if step in manager else 17),
                 self.w.manager_id if step in manager else rep_id, comments.get(step))
                for step in steps]

    def _invitees(self, plan: Plan, activity_id: str, territory_id: str, hospital,
                  starts_on: date) -> Iterator[tuple[str, dict]]:
        held = plan.status in ("held", "evaluated")
        doctors = hospital[1][:INVITED]
        for i, doctor in enumerate(doctors):
            status = _invitee_status(plan.status, i, len(doctors))
            yield "market_activity_invitee", {
                **meta(self.w.ids(), territory_id, local(starts_on, 8)),
                "activity_id": activity_id, "customer_id": doctor.id, "status": status,
                "walk_in": held and i == len(doctors) - 1 and len(doctors) > 2,
                "checked_in_at": local(starts_on, 14) if status == "attended" else None}

    def _cost(self, plan: Plan, hospital, product: dict, starts_on: date) -> float:
        """The activity's actual cost (budget for one not held): for an evaluated meeting the
        cost its profit multiple needs, after writing the hospital's sales figures."""
        if plan.status == "evaluated" and plan.meeting:
            base = float(between(self.rng, 60, 150) * 1000)
            self._sales(hospital[0], product, starts_on, base, plan.growth)
            profit = EVALUATION_MONTHS * base * plan.growth * MARGINS[product["drug_class"]]
            return round(profit / plan.multiple, 2)
        return float(between(self.rng, 8, 60) * 1000)

    def _costs(self, plan: Plan, activity_id: str, territory_id: str, cost: float,
               at: datetime) -> Iterator[tuple[str, dict]]:
        spent = plan.status in ("held", "evaluated")
        shares = (("advertising", 1.0),) if plan.kind == "advertising" else COST_SHARES
        for category, share in shares:
            amount = round(cost * share, 2)
            yield "market_activity_cost", {
                **meta(self.w.ids(), territory_id, at), "activity_id": activity_id,
                "category": category, "budget_amount": round(amount * 1.1, -2),
                "actual_amount": amount if spent else None}

    # -- figures -------------------------------------------------------------------------
    def _sales(self, hospital: Known, product: dict, starts_on: date, base: float,
               growth: float) -> None:
        month = f"{starts_on.year:04d}-{starts_on.month:02d}"
        name = next(n for n, p in self.products.items() if p is product)
        for period in periods(self.w.today, SALES_MONTHS):
            amount = base * (1 + growth) if period > month else base
            self.figures.append((hospital.id, period, name, round(amount, 2)))

    def _figure_rows(self) -> Iterator[tuple[str, dict]]:
        """The hospitals' sales as a figures sheet gives them, read as an import reads it."""
        if not self.figures:
            return
        customers = CustomerIndex(CustomerRef(k.id, k.name, self.w.territory_ids[k.territory])
                                  for k in self.w.customers)
        products = ProductIndex(ProductRef(p["id"], n, p["drug_class"])
                                for n, p in self.products.items())
        reader = SheetReader(FIGURES_HEADER, customers, products)
        for number, raw in enumerate(self.figures, start=2):
            row = reader.read(number, raw)
            if not isinstance(row, SheetRow):
                raise ValueError(f"demo activity figures, row {number}: "
                                 + "; ".join(p.text() for p in row.problems))
            at = local(_month_start(date.fromisoformat(row.period + "-01"), 1), 10)
            yield "customer_metric", {**meta(self.w.ids(), row.territory_id, at),
                                      "customer_id": row.customer_id, "period": row.period,
                                      "drug_class": row.drug_class,
                                      "product_id": row.product_id, **row.figures}


def _invitee_status(status: str, i: int, count: int) -> str:
    if status in ("held", "evaluated"):
        return "no_show" if i == count - 2 and count > 2 else "attended"
    if status in ("approved", "submitted"):
        return ("confirmed", "confirmed", "declined", "invited")[i % 4]
    return "invited"


def _month_start(day: date, months: int) -> date:
    """The first day of the month `months` after (negative: before) `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
