"""The demo generator: valid, complete, consistent and deterministic data."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta

import pytest

from desktop.demo.generator import (
    BATCH_SIZE,
    DEMO_PASSWORD,
    DEMO_USERS,
    TABLE_ORDER,
    DemoSpec,
    generate,
)
from desktop.models.enums import ComplaintKind, ComplaintStatus, CustomerKind, HospitalGrade
from desktop.models.validation import row_errors, unknown_fields

TODAY = date(2026, 3, 18)  # a Wednesday


def collect(spec: DemoSpec) -> dict[str, list[dict]]:
    tables: dict[str, list[dict]] = defaultdict(list)
    for table, rows in generate(spec):
        tables[table].extend(rows)
    return tables


@pytest.fixture(scope="module")
def demo() -> dict[str, list[dict]]:
    return collect(DemoSpec(seed=7, customers=600, today=TODAY))


def test_every_row_validates_and_has_only_known_columns(demo):
    problems = []
    for table, rows in demo.items():
        for row in rows:
            assert not unknown_fields(table, row), (table, unknown_fields(table, row))
            problems += [(table, e.field, e.rule) for e in row_errors(table, row)]
    assert problems == []


def test_rows_carry_ids_territories_and_revision_zero(demo):
    all_ids = [r["id"] for rows in demo.values() for r in rows]
    assert len(all_ids) == len(set(all_ids))
    territories = {r["id"] for r in demo["territory"]}
    for table in ("customer", "visit", "visit_product", "follow_up", "call_plan", "complaint",
                  "customer_metric"):
        assert all(r["territory_id"] in territories for r in demo[table]), table
    for rows in demo.values():
        for r in rows:
            assert r["revision"] == 0 and r["deleted"] is False
            assert r["created_at"].tzinfo is not None


def test_batches_are_bounded_and_parents_come_before_children():
    seen: set[str] = set()
    refs = {"customer_id", "visit_id", "plan_id", "plan_item_id", "complaint_id",
            "organisation_id", "department_id", "region_id", "product_id"}
    order = []
    for table, rows in generate(DemoSpec(seed=3, customers=300, visits=12_000, today=TODAY)):
        assert 0 < len(rows) <= BATCH_SIZE
        order.append(table)
        for r in rows:
            for name in refs & r.keys():
                if r[name] is not None:
                    assert r[name] in seen, (table, name)
            seen.add(r["id"])
    # visits come in several batches, each followed by its children
    assert order.count("visit") >= 3
    first = {t: order.index(t) for t in set(order)}
    assert sorted(first, key=first.get) == [t for t in TABLE_ORDER if t in first]


def test_same_seed_gives_identical_rows_and_another_seed_different_ones():
    a = collect(DemoSpec(seed=11, customers=200, visits=800, today=TODAY))
    b = collect(DemoSpec(seed=11, customers=200, visits=800, today=TODAY))
    c = collect(DemoSpec(seed=12, customers=200, visits=800, today=TODAY))
    assert a == b
    assert [r["id"] for r in a["customer"]] != [r["id"] for r in c["customer"]]
    assert [r["name"] for r in a["customer"]] != [r["name"] for r in c["customer"]]


def test_requested_sizes_are_met(demo):
    assert len(demo["customer"]) == 600
    assert len(demo["visit"]) == 4000  # the default: about a year of calls
    small = collect(DemoSpec(customers=1234, visits=5000, today=TODAY))
    assert len(small["customer"]) == 1234 and len(small["visit"]) == 5000


@pytest.mark.parametrize("customers,visits", [(1, 0), (7, 3), (25, 40)])
def test_tiny_specs_still_produce_valid_data(customers, visits):
    data = collect(DemoSpec(customers=customers, visits=visits, today=TODAY))
    assert len(data["customer"]) == customers
    assert len(data.get("visit", [])) <= visits
    for table, rows in data.items():
        for row in rows:
            assert row_errors(table, row) == [], (table, row)


def test_demo_users_region_and_territories(demo):
    assert DEMO_PASSWORD == "rounds-demo"
    assert [u["username"] for u in DEMO_USERS] == ["manager", "rep1", "rep2", "rep3", "qa",
                                                   "pv"]
    manager, *reps, qa, pv = DEMO_USERS
    assert (qa["role"], pv["role"], qa["region_id"], pv["region_id"]) == ("qa", "pv", None, None)
    region = demo["region"][0]
    assert region["name"] == "华北大区" and region["manager_user_id"] == manager["id"]
    territories = {t["id"]: t for t in demo["territory"]}
    assert sorted(manager["territory_ids"]) == sorted(territories)
    for rep in reps:
        assert rep["role"] == "rep" and rep["region_id"] == region["id"]
        (tid,) = rep["territory_ids"]
        assert territories[tid]["owner_user_id"] == rep["id"]
        assert territories[tid]["territory_id"] == tid
    members = {m["id"]: m for m in demo["team_member"]}
    for user in DEMO_USERS:
        assert members[user["id"]]["username"] == user["username"]
        assert members[user["id"]]["role"] == user["role"]
    # the users are the same whatever the seed
    other = collect(DemoSpec(seed=99, customers=20, visits=0, today=TODAY))
    assert [m["id"] for m in other["team_member"]] == [u["id"] for u in DEMO_USERS]


def test_customers_cover_every_kind_tier_stage_and_realistic_content(demo):
    customers = demo["customer"]
    kinds = Counter(c["kind"] for c in customers)
    assert set(kinds) == {k.value for k in CustomerKind}
    assert kinds["doctor"] > kinds["department"] > kinds["hospital"]
    assert {c["tier"] for c in customers} >= {"A", "B", "C", "D"}
    assert {c["lifecycle_stage"] for c in customers} >= {"active", "growing", "at_risk", "lost",
                                                         "new", "prospect"}
    names = {c["name"] for c in customers}
    assert {"张伟", "王芳", "北京协和医院"} <= names
    hospitals = [c for c in customers if c["kind"] == "hospital"]
    assert {h["grade"] for h in hospitals} <= {g.value for g in HospitalGrade}
    assert any(h["grade"] == "3A" for h in hospitals) and any(h["grade"] != "3A" for h in hospitals)
    assert all(h["bed_count"] is not None and h["doctor_count"] for h in hospitals)
    by_id = {c["id"]: c for c in customers}
    doctors = [c for c in customers if c["kind"] == "doctor"]
    assert {d["title"] for d in doctors} >= {"主任医师", "副主任医师", "主治医师", "住院医师"}
    for d in doctors:
        assert by_id[d["organisation_id"]]["kind"] == "hospital"
        dept = by_id[d["department_id"]]
        assert dept["kind"] == "department" and dept["organisation_id"] == d["organisation_id"]
        assert d["best_time_to_call"] and d["specialty"]
    assert {by_id[d["department_id"]]["name"] for d in doctors} >= {"心内科", "内分泌科"}
    contacts = [c for c in customers if c["kind"] == "pharmacy_contact"]
    assert all(by_id[c["organisation_id"]]["kind"] == "pharmacy" for c in contacts)
    assert all(c["gsp_certified"] is not None for c in customers if c["kind"] == "distributor")
    for p in (c for c in customers if c["kind"] == "patient"):
        assert p["patient_code"] and p.get("mobile") is None and p.get("address") is None


def test_products_by_class_ours_and_competitors(demo):
    products = demo["product"]
    classes = {p["drug_class"] for p in products}
    assert {"降压药", "降糖药", "抗肿瘤药"} <= classes
    for cls in classes:
        assert any(p["is_ours"] for p in products if p["drug_class"] == cls)
    assert any(not p["is_ours"] for p in products)
    assert all(p["strength"] and p["territory_id"] is None for p in products)


def test_visits_cover_a_year_with_children_and_a_few_drafts(demo):
    visits = demo["visit"]
    days = [v["started_at"].date() for v in visits]
    assert min(days) >= TODAY - timedelta(days=366) and max(days) <= TODAY
    assert max(days) - min(days) > timedelta(days=300)
    statuses = Counter(v["status"] for v in visits)
    assert 0 < statuses["draft"] <= 10 and statuses["submitted"] == len(visits) - statuses["draft"]
    assert all(v["submitted_at"] for v in visits if v["status"] == "submitted")
    assert {v["visit_type"] for v in visits} == {"face_to_face", "phone", "department_meeting",
                                                 "academic_meeting", "pharmacy_visit"}
    assert all(v["started_at"].weekday() < 5 for v in visits)  # 08:30–17:30 Beijing is the same UTC day
    visit_ids = {v["id"] for v in visits}
    assert {r["visit_id"] for r in demo["visit_product"]} <= visit_ids
    assert all(r["key_message"] for r in demo["visit_product"])
    samples = demo["visit_sample"]
    assert any(s.get("product_id") and s.get("lot") for s in samples)
    assert any(s.get("material") for s in samples)
    assert demo["visit_attendee"]
    planned = [v for v in visits if v["plan_item_id"]]
    assert len(planned) > 100


def test_follow_ups_include_overdue_and_due_today(demo):
    open_ = [f for f in demo["follow_up"] if f["status"] == "open"]
    assert sum(f["due_date"] == TODAY for f in open_) >= 3
    assert sum(f["due_date"] < TODAY for f in open_) >= 3
    assert any(f["due_date"] > TODAY for f in open_)
    assert all(f["done_at"] for f in demo["follow_up"] if f["status"] == "done")
    # like a real rep's list: what is still open and overdue is from the last four weeks
    assert all((TODAY - f["due_date"]).days <= 28 for f in open_)


def test_call_plans_past_approved_next_week_submitted_draft_and_returned(demo):
    plans = demo["call_plan"]
    monday = TODAY - timedelta(days=TODAY.weekday())
    past = [p for p in plans if p["week_start"] <= monday]
    assert past and all(p["status"] == "approved" and p["decided_by_user_id"] for p in past)
    upcoming = Counter(p["status"] for p in plans if p["week_start"] == monday + timedelta(days=7))
    assert upcoming == {"submitted": 1, "draft": 1, "returned": 1}
    decisions = defaultdict(list)
    for d in demo["plan_decision"]:
        decisions[d["plan_id"]].append(d["action"])
    for p in plans:
        expected_last = {"approved": "approve", "submitted": "submit", "returned": "return"}
        if p["status"] == "draft":
            assert decisions[p["id"]] == []
        else:
            assert decisions[p["id"]][-1] == expected_last[p["status"]]
    assert any(a == ["submit", "return", "revise", "submit", "approve"] for a in decisions.values())
    items_today = [i for i in demo["plan_item"] if i["day"] == TODAY]
    assert items_today and all(i["product_ids"] for i in items_today)


def test_complaints_of_every_kind_with_a_complete_adverse_reaction(demo):
    complaints = demo["complaint"]
    assert {c["kind"] for c in complaints} == {k.value for k in ComplaintKind}
    adrs = [c for c in complaints if c["kind"] == "adverse_reaction"]
    for c in adrs:
        for name in ("day0_at", "patient_identifier", "reporter_name", "product_id",
                     "event_description", "lot"):
            assert c[name], name
        assert c["committed_deadline"] == c["day0_at"] + timedelta(hours=24)
    now = datetime(2026, 3, 18, 1, 0, tzinfo=adrs[0]["day0_at"].tzinfo)  # 09:00 Beijing
    assert any(c["committed_deadline"] > now and c["status"] == "captured" for c in adrs)
    assert any(c["committed_deadline"] < now and not c.get("pv_reported_at") for c in adrs)
    closed = [c for c in complaints if c["status"] == "closed"]
    assert closed and all(c["closed_at"] for c in closed)
    assert all(c.get("pv_reported_at") for c in closed if c["kind"] == "adverse_reaction")
    qa, pv = DEMO_USERS[-2]["id"], DEMO_USERS[-1]["id"]
    # every desk state: waiting for receipt, received, reported with its reference
    assert any(not c.get("pv_received_at") for c in adrs)
    assert any(c.get("pv_received_at") and not c.get("pv_reported_at") for c in adrs)
    assert all(c["pv_received_by_user_id"] == pv and c["pv_reference"]
               for c in adrs if c.get("pv_reported_at"))
    assert all(c["pv_received_at"] < c["pv_reported_at"] for c in adrs if c.get("pv_reported_at"))
    assigned = [c for c in complaints if c["status"] != "captured"]
    assert assigned and all(c["assigned_to_user_id"] == qa for c in assigned)
    answered = [c for c in complaints if c.get("resolution")]
    assert answered and all(c["answered_by_user_id"] == qa for c in answered)
    assert {c["status"] for c in complaints} == {s.value for s in ComplaintStatus}
    assert [r["kind"] for r in demo["complaint_route"]] == ["delivery"]
    events = defaultdict(list)
    for e in demo["complaint_event"]:
        events[e["complaint_id"]].append(e)
    for c in complaints:
        history = events[c["id"]]
        assert history[0]["to_status"] == "captured" and history[-1]["to_status"] == c["status"]
        assert [e["at"] for e in history] == sorted(e["at"] for e in history)


def test_metrics_and_frequency_targets(demo):
    targets = {t["tier"]: t["calls_per_month"] for t in demo["frequency_target"]}
    assert targets == {"A": 4, "B": 2, "C": 1}
    metrics = demo["customer_metric"]
    periods = sorted({m["period"] for m in metrics})
    assert len(periods) == 24 and (periods[0], periods[-1]) == ("2024-03", "2026-02")
    with_rx = [m for m in metrics if m.get("total_prescriptions") is not None]
    assert with_rx and all(m["our_prescriptions"] <= m["total_prescriptions"] for m in with_rx)
    assert any(m.get("sales_amount") for m in metrics)
    assert any(m.get("outpatient_volume") for m in metrics)


def test_visits_stream_batch_by_batch_instead_of_piling_up(monkeypatch):
    """Bounded memory: each visit batch leaves the generator before the next is made (the
    RSS figures at 500,000 visits are in bench/bench_generator.py)."""
    from desktop.demo import activity

    made = 0
    original = activity.ActivityFactory._visit

    def counting(self, *args, **kwargs):
        nonlocal made
        made += 1
        yield from original(self, *args, **kwargs)

    monkeypatch.setattr(activity.ActivityFactory, "_visit", counting)
    seen_at_batch = []
    for table, rows in generate(DemoSpec(customers=200, visits=23_000, today=TODAY)):
        if table == "visit":
            seen_at_batch.append((made, len(rows)))
    delivered = 0
    for made_so_far, size in seen_at_batch:
        delivered += size
        assert made_so_far - delivered <= 1  # at most the visit that filled the batch is ahead
    assert delivered == 23_000 and len(seen_at_batch) >= 5


# ---------------------------------------------------------------- issue 16: lists as they are

def _organisations(customers, kinds=("hospital", "pharmacy", "distributor")):
    return [c for c in customers if c["kind"] in kinds]


@pytest.fixture(scope="module")
def small_demo() -> dict[str, list[dict]]:
    """The size the fit tests and screenshots use."""
    return collect(DemoSpec(seed=11, customers=300, visits=0, today=TODAY))


@pytest.mark.parametrize("which", ["demo", "small_demo"])
def test_hospitals_are_named_as_real_lists_name_them(request, which):
    customers = request.getfixturevalue(which)["customer"]
    hospitals = _organisations(customers, ("hospital",))
    names = [h["name"] for h in hospitals]
    assert any("院区）" in n or "分院" in n for n in names)  # a campus or a branch
    aliases = {h["name"]: h["alias"] for h in hospitals if h.get("alias")}
    assert aliases["北京协和医院"].split(";") == ["中国医学科学院北京协和医院", "协和医院"]
    assert "北医三院" in aliases["北京大学第三医院"]  # a nickname
    cities = defaultdict(set)
    for h in hospitals:
        cities[h["name"]].add(h["city"])
    assert cities["第一人民医院"] == {"保定", "唐山"}  # one name in two cities
    assert len(set(zip(names, (h["city"] for h in hospitals), strict=True))) == len(names)


def test_an_alias_form_is_kept_as_name_and_alias(demo):
    hospitals = {h["name"]: h for h in _organisations(demo["customer"], ("hospital",))}
    assert hospitals["天津市中西医结合医院"]["alias"] == "天津市南开医院"
    assert hospitals["中国人民解放军总医院"]["ownership"] == "military"


@pytest.mark.parametrize("which", ["demo", "small_demo"])
def test_phone_cells_come_in_the_forms_real_lists_use(request, which):
    from desktop.domain.phones import read_phones

    organisations = _organisations(request.getfixturevalue(which)["customer"])
    cells = [o["phone"] for o in organisations if o["phone"]]
    read = {cell: read_phones(cell) for cell in cells}
    assert all(r.numbers and not r.doubtful for r in read.values()), [
        (c, r.doubtful) for c, r in read.items() if r.doubtful or not r.numbers]
    hospitals = [h["phone"] for h in _organisations(organisations, ("hospital",)) if h["phone"]]
    assert any(len(read[cell].numbers) >= 2 for cell in hospitals)
    assert any(o["phone"] is None for o in organisations)
    assert any(o["address"] is None for o in organisations)
    assert any("０" in c for c in cells) and any("—" in c for c in cells)  # full width, em dash
    assert any("转" in c for c in cells) and any("、" in c for c in cells)
    assert any(p.kind == "service" for r in read.values() for p in r.numbers)  # 400
    assert any(c.startswith("+86") and r.numbers[0].kind == "mobile" for c, r in read.items())
    assert any(p.note for r in read.values() for p in r.numbers)  # （总机）, （急诊）
    assert any(p.extension for r in read.values() for p in r.numbers)


def test_most_organisations_have_a_code_some_do_not(demo):
    organisations = _organisations(demo["customer"])
    codes = [o["code"] for o in organisations if o.get("code")]
    assert 0.8 <= len(codes) / len(organisations) < 1
    doctors = [d for d in demo["customer"] if d["kind"] == "doctor"]
    doctor_codes = [d["code"] for d in doctors if d.get("code")]
    assert 0 < len(doctor_codes) < len(doctors)
    everyone = codes + doctor_codes
    assert len(everyone) == len(set(everyone))
    assert any(c.startswith("YY11") for c in codes)


def test_profile_fields_the_documents_list_are_filled_for_some(demo):
    customers = demo["customer"]
    hospitals = _organisations(customers, ("hospital",))
    assert any(h.get("drug_committee") and h.get("device_committee")
               and h.get("organisation_structure") for h in hospitals)
    with_phones = [h for h in hospitals if h.get("department_phones")]
    assert with_phones and all("科" in h["department_phones"] for h in with_phones)
    assert any(p.get("licence_no") for p in _organisations(customers, ("pharmacy",)))
    assert any(d.get("licence_no") for d in _organisations(customers, ("distributor",)))
    doctors = [d for d in customers if d["kind"] == "doctor"]
    assert any(d.get("committee_roles") and d.get("education") and d.get("code")
               for d in doctors)
