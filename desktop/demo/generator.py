"""Deterministic demo and scale data: a region (华北大区) with a manager and three reps, and
a year of realistic pharma-CRM data in their territories.

    for table, rows in generate(DemoSpec(seed=7, customers=600)):
        ...

`generate` yields `(table name, rows)` where rows are dicts of Python values (aware UTC
datetimes, dates, bools) with `id`, `territory_id` and `revision = 0` set; every row passes
`desktop.models.validation.validate_row`. The reps work in Beijing (`TIME_ZONE`): dates,
plan slots, call times and working hours are Beijing's, moments are stored as the UTC
instants they are. Order and batching:

- tables come in dependency order: region, territory, team_member, product,
  frequency_target, customer, customer_metric, call_plan, plan_item, plan_decision, visit,
  visit_attendee, visit_product, visit_sample, follow_up, complaint, complaint_event,
  product_margin, market_activity and its products, invitees, costs and events (and the
  monthly sales that judge the evaluated ones, as customer_metric rows), quota (and the
  quota hospitals' monthly sales of our products, as customer_metric rows);
- a table may come in several batches (≤ BATCH_SIZE rows each), and a parent table's batch
  may be followed by its children's before the next parent batch (visit → attendees,
  products, samples, follow-ups); a row is never yielded before the rows it points at.
  Consumers must therefore not assume one batch per table.
- memory stays bounded: only a compact index of customers is kept (a few hundred bytes
  each), never the visits, so 50,000 customers and 500,000 visits stream.

The same `DemoSpec` (seed and today included) gives identical rows, ids included.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.demo import vocabulary as V
from desktop.demo.activity import ActivityFactory
from desktop.demo.cases import CaseFactory, complaint_count
from desktop.demo.customers import CustomerFactory
from desktop.demo.figures import FigureFactory
from desktop.demo.market_activities import MarketActivityFactory
from desktop.demo.quotas import QuotaFactory
from desktop.demo.surveys import SurveyFactory
from desktop.demo.world import BEIJING, Ids, World, fixed_id, local, meta
from desktop.demo.world import TIME_ZONE as TIME_ZONE  # the demo's zone, for tools and tests
from desktop.domain import local_time

BATCH_SIZE = 5_000
DEMO_PASSWORD = "rounds-demo"

TABLE_ORDER = (
    "region", "territory", "team_member", "product", "frequency_target", "complaint_route",
    "survey_question", "customer",
    "customer_metric", "call_plan", "plan_item", "plan_decision", "visit", "visit_attendee",
    "visit_product", "visit_sample", "follow_up", "complaint", "complaint_event", "survey_response",
    "product_margin", "market_activity", "market_activity_product", "market_activity_invitee",
    "market_activity_cost", "market_activity_event", "quota",
)

REGION_ID = fixed_id("region/HB")
TERRITORY_IDS = [fixed_id(f"territory/{code}") for code, _, _ in V.TERRITORIES]

#: The demo accounts: a regional manager, three reps (one territory each), the company's
#: complaint handler (qa) and pharmacovigilance desk (pv). Ids are fixed (independent of the
#: seed) so the server can create the accounts with the same ids.
DEMO_USERS: list[dict] = [
    {"id": fixed_id("user/manager"), "username": "manager", "display_name": "刘建国",
     "role": "manager", "region_id": REGION_ID, "territory_ids": list(TERRITORY_IDS)},
    {"id": fixed_id("user/rep1"), "username": "rep1", "display_name": "赵明",
     "role": "rep", "region_id": REGION_ID, "territory_ids": [TERRITORY_IDS[0]]},
    {"id": fixed_id("user/rep2"), "username": "rep2", "display_name": "孙丽娜",
     "role": "rep", "region_id": REGION_ID, "territory_ids": [TERRITORY_IDS[1]]},
    {"id": fixed_id("user/rep3"), "username": "rep3", "display_name": "陈晓东",
     "role": "rep", "region_id": REGION_ID, "territory_ids": [TERRITORY_IDS[2]]},
    {"id": fixed_id("user/qa"), "username": "qa", "display_name": "王慧敏",
     "role": "qa", "region_id": None, "territory_ids": []},
    {"id": fixed_id("user/pv"), "username": "pv", "display_name": "林雪",
     "role": "pv", "region_id": None, "territory_ids": []},
]
REP_USERS = [u for u in DEMO_USERS if u["role"] == "rep"]
QA_USER, PV_USER = (next(u for u in DEMO_USERS if u["role"] == role) for role in ("qa", "pv"))
#: The company's rule in the demo: delivery complaints go straight to the handler.
ROUTED_KINDS = ("delivery",)

FREQUENCY_TARGETS = {"A": 4, "B": 2, "C": 1}


@dataclass
class DemoSpec:
    """What to generate. `visits` None means about a year of calls for the demo (≈ 6.7 per
    customer a year: 4,000 for 600 customers); `today` None means the current date in
    Beijing."""

    seed: int = 7
    customers: int = 600
    visits: int | None = None
    today: date | None = None

    def visit_count(self) -> int:
        return self.visits if self.visits is not None else round(self.customers * 20 / 3)


def generate(spec: DemoSpec) -> Iterator[tuple[str, list[dict]]]:
    """Every demo row, in batches of at most BATCH_SIZE, in dependency order (see module doc)."""
    today = spec.today or local_time.today(BEIJING)
    world = World(seed=spec.seed, today=today, territory_ids=TERRITORY_IDS,
                  rep_ids=[u["id"] for u in REP_USERS], manager_id=DEMO_USERS[0]["id"],
                  ids=Ids(spec.seed), qa_id=QA_USER["id"], pv_id=PV_USER["id"])
    batcher = _Batcher()
    yield from batcher.add_all(_reference_rows(world))
    survey_factory = SurveyFactory(world)
    yield from batcher.add_all(survey_factory.question_rows())
    yield from batcher.flush()
    yield from batcher.add_all(("customer", row) for row in
                               CustomerFactory(world, spec.customers).rows())
    yield from batcher.flush()
    yield from batcher.add_all(("customer_metric", row) for row in FigureFactory(world).rows())
    yield from batcher.flush()
    activity = ActivityFactory(world, spec.visit_count())
    yield from batcher.add_all(activity.plan_rows())
    yield from batcher.flush()
    yield from batcher.add_all(activity.visit_rows())
    yield from batcher.flush()
    cases = CaseFactory(world, complaint_count(spec.customers))
    yield from batcher.add_all(cases.rows())
    yield from batcher.flush()
    yield from batcher.add_all(survey_factory.response_rows(cases.closed))
    yield from batcher.flush()
    market = MarketActivityFactory(world)
    yield from batcher.add_all(market.rows())
    yield from batcher.flush()
    busy = {hospital_id for hospital_id, *_ in market.figures}
    yield from batcher.add_all(QuotaFactory(world, REGION_ID, busy).rows())
    yield from batcher.flush()


class _Batcher:
    """Collects rows per table; when one table's batch is full, flushes every table in
    dependency order so children never overtake their parents."""

    def __init__(self):
        self.pending: dict[str, list[dict]] = {t: [] for t in TABLE_ORDER}

    def add_all(self, pairs) -> Iterator[tuple[str, list[dict]]]:
        for table, row in pairs:
            rows = self.pending[table]
            rows.append(row)
            if len(rows) >= BATCH_SIZE:
                yield from self.flush()

    def flush(self) -> Iterator[tuple[str, list[dict]]]:
        for table in TABLE_ORDER:
            rows = self.pending[table]
            if rows:
                self.pending[table] = []
                yield table, rows


def _reference_rows(world: World) -> Iterator[tuple[str, dict]]:
    at = local(world.today - timedelta(days=400), 9)
    manager = DEMO_USERS[0]
    yield "region", {**meta(REGION_ID, None, at), "name": "华北大区", "code": "HB",
                     "manager_user_id": manager["id"]}
    for (code, name, _), territory_id, rep in zip(V.TERRITORIES, TERRITORY_IDS, REP_USERS,
                                                  strict=True):
        yield "territory", {**meta(territory_id, territory_id, at), "name": name, "code": code,
                            "region_id": REGION_ID, "owner_user_id": rep["id"]}
    for user in DEMO_USERS:
        yield "team_member", {**meta(user["id"], None, at), "username": user["username"],
                              "display_name": user["display_name"], "role": user["role"],
                              "region_id": user["region_id"], "active": True}
    for spec in V.PRODUCTS:
        row = {**meta(world.ids(), None, at), "name": spec.name, "generic_name": spec.generic_name,
               "strength": spec.strength, "dosage_form": spec.dosage_form,
               "drug_class": spec.drug_class, "is_ours": spec.is_ours,
               "manufacturer": spec.manufacturer}
        world.products.append({"id": row["id"], "is_ours": spec.is_ours,
                               "drug_class": spec.drug_class,
                               "key_messages": spec.key_messages or (spec.name,)})
        yield "product", row
    for tier, calls in FREQUENCY_TARGETS.items():
        yield "frequency_target", {**meta(world.ids(), None, at), "tier": tier,
                                   "calls_per_month": calls}
    for kind in ROUTED_KINDS:
        yield "complaint_route", {**meta(world.ids(), None, at), "kind": kind,
                                  "handler_user_id": QA_USER["id"], "region_id": None}
