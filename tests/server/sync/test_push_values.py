"""Push: every value is checked against what its column can hold. A value no column could
store (out of range, not finite, a datetime that overflows in UTC, text PostgreSQL refuses)
rejects its own mutation with a reason; the rest of the batch is applied, and the answer is
never a server error (which a device would retry forever)."""

from __future__ import annotations

import json
import uuid

import pytest

from desktop.models import SCHEMA_VERSION
from tests.server.helpers import a_product, mutation

INFINITY = float("inf")
DEEP: list = []
for _ in range(40):
    DEEP = [DEEP]

# (table, field, value): values the client's codec would never send, each in a column that
# cannot hold it. Infinity and NaN go over the wire as JSON's non-standard literals, a lone
# surrogate as the escape "\ud800" (valid JSON, not encodable as UTF-8).
HOSTILE = [
    ("customer", "bed_count", 2**63),
    ("customer", "bed_count", 2**31),  # an INTEGER column holds 32 bits
    ("customer", "bed_count", -(2**31) - 1),
    ("customer", "bed_count", 1e308),
    ("customer", "bed_count", INFINITY),
    ("customer", "bed_count", -INFINITY),
    ("customer", "bed_count", float("nan")),
    ("customer_metric", "sales_amount", INFINITY),
    ("customer_metric", "sales_amount", 10**400),
    ("visit", "started_at", "9999-12-31T23:59:59-05:00"),
    ("visit", "started_at", "0001-01-01T00:00:00+08:00"),
    ("customer", "name", "\ud800"),
    ("customer", "name", "Ward\x00 3"),
    ("customer", "address", "\udfff tail"),
    ("plan_item", "product_ids", [2**64]),
    ("plan_item", "product_ids", ["ok", "\x00"]),
    ("plan_item", "product_ids", [INFINITY]),
    ("plan_item", "product_ids", [DEEP]),
]

GOOD = {"bed_count": 300, "sales_amount": 1.5, "started_at": "2026-03-02T10:00:00+08:00",
        "name": "协和医院", "address": "北京市东城区"}


def raw_push(session, mutations: list[dict], *, device_id: str | None = None):
    """POST /sync/push with a body encoded by `json.dumps` (which writes Infinity, NaN and
    lone surrogates, as a hostile client could)."""
    body = {"device_id": device_id or session.device_id, "schema_version": SCHEMA_VERSION,
            "mutations": mutations}
    return session.post("/api/v1/sync/push", content=json.dumps(body).encode(),
                        headers={"Content-Type": "application/json"})


def _valid_parents(world, rep) -> dict:
    customer = world.customer(rep)
    [plan] = rep.push(mutation("call_plan", rep_user_id=rep.user["id"],
                               week_start="2026-03-02"))
    assert plan["status"] == "applied", plan
    return {"customer": customer["id"], "plan": plan["row"]["id"],
            "product": a_product(world)["id"]}


def _create(table: str, field: str, value, parents: dict) -> dict:
    base = {
        "customer": {"kind": "hospital", "name": f"医院 {uuid.uuid4().hex[:6]}"},
        "customer_metric": {"customer_id": parents["customer"], "period": "2026-03"},
        "visit": {"customer_id": parents["customer"],
                  "started_at": "2026-03-01T09:30:00+00:00"},
        "plan_item": {"plan_id": parents["plan"], "customer_id": parents["customer"],
                      "day": "2026-03-02", "product_ids": []},
    }[table]
    return mutation(table, **{**base, field: value})


@pytest.mark.parametrize(("table", "field", "value"), HOSTILE,
                         ids=[f"{t}.{f}={v!r}"[:60] for t, f, v in HOSTILE])
def test_a_value_the_column_cannot_hold_rejects_only_its_mutation(world, table, field, value):
    rep = world.rep_a
    parents = _valid_parents(world, rep)
    bad = _create(table, field, value, parents)
    good_value = [parents["product"]] if field == "product_ids" else GOOD[field]
    good = _create(table, field, good_value, parents)
    response = raw_push(rep, [bad, good])
    assert response.status_code == 200, response.text
    rejected, applied = response.json()["results"]
    assert rejected["status"] == "rejected" and rejected["code"] == "bad_value", rejected
    assert field in rejected["reason"] and rejected["row"] is None
    assert applied["status"] == "applied", applied
    # a replay answers the same, and the device's next push goes through
    assert raw_push(rep, [bad, good]).json()["results"] == [rejected, applied]
    [later] = rep.push(_create("customer", "name", "后来的医院", parents))
    assert later["status"] == "applied"


def test_an_update_with_a_hostile_value_changes_nothing(world):
    rep = world.rep_a
    customer = world.customer(rep, bed_count=300)
    response = raw_push(rep, [
        mutation("customer", "update", customer["id"], customer["revision"], bed_count=INFINITY),
        mutation("customer", "update", customer["id"], customer["revision"], city="\ud800"),
    ])
    assert response.status_code == 200, response.text
    assert [r["code"] for r in response.json()["results"]] == ["bad_value", "bad_value"]
    rows, _, _, _ = rep.pull_all()
    row = rows[("customer", customer["id"])]
    assert row["bed_count"] == 300 and row["city"] is None


@pytest.mark.parametrize("seq", [2**63, 10**30, -1])
def test_a_seq_outside_the_wire_range_is_a_422_for_the_request(world, seq):
    rep = world.rep_a
    response = raw_push(rep, [mutation("customer", seq=seq, kind="hospital", name="X")])
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "invalid_request"
    assert "seq" in response.json()["detail"]


@pytest.mark.parametrize(("key", "value"), [("row_id", "a\x00b"), ("row_id", "\ud800"),
                                            ("table", "cust\x00omer"),
                                            ("base_revision", 2**63)])
def test_a_hostile_mutation_key_is_a_422_for_the_request(world, key, value):
    rep = world.rep_a
    bad = {**mutation("customer", kind="hospital", name="X"), key: value}
    response = raw_push(rep, [bad])
    assert response.status_code == 422, response.text
    assert key in response.json()["detail"]


def test_hostile_field_names_are_rejected_without_echoing_them(world):
    rep = world.rep_a
    response = raw_push(rep, [mutation("customer", kind="hospital", name="X",
                                       **{"\ud800": 1, "a\x00": 2})])
    assert response.status_code == 200, response.text
    [result] = response.json()["results"]
    assert result["code"] in {"bad_value", "unknown_field"}, result
