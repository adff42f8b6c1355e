"""Property: no push body of any shape gets a server error. Generated JSON of arbitrary
structure, and well-shaped mutations of every synced table carrying hostile values (huge and
non-finite numbers, out-of-range datetimes, NULs, lone surrogates, deep JSON), are answered
with 200 (each mutation applied or rejected with a reason) or a 4xx with a message.

Deterministic: hypothesis runs derandomized, without its example database, so every run
sends the same bodies (a failure prints the body to replay)."""

from __future__ import annotations

import json
import string
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.models import SCHEMA_VERSION, SYNCED_MODELS
from tests.server.sync.test_push_values import raw_push

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=120,
                suppress_health_check=list(HealthCheck))

hostile_text = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["\x00", "a\x00b", "\ud800", "\udfff x", "x" * 5000, "", " ",
                     "9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+08:00",
                     "2026-03-01T09:30:00+00:00", "2026-03-01", "Infinity", "NaN", "1e308"]),
)
hostile_number = st.one_of(
    st.integers(), st.integers(min_value=2**31 - 2, max_value=2**31 + 2),
    st.integers(min_value=2**53 - 2, max_value=2**64 + 2).flatmap(
        lambda n: st.sampled_from([n, -n])),
    st.sampled_from([10**400, 1e308, -1e308, float("inf"), float("-inf"), float("nan"), 0.5]),
    st.floats(allow_nan=True, allow_infinity=True),
)
scalar = st.one_of(st.none(), st.booleans(), hostile_number, hostile_text)
any_json = st.recursive(scalar, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(hostile_text, inner, max_size=4)),
    max_leaves=12)


def deep(value, depth: int):
    for _ in range(depth):
        value = [value]
    return value


hostile_value = st.one_of(scalar, any_json,
                          st.integers(min_value=10, max_value=400).map(lambda d: deep(1, d)))


@st.composite
def well_shaped_mutation(draw) -> dict:
    """A mutation of a real table with real field names (mostly) and hostile values; one
    time in eight, one of its keys is hostile instead (a 4xx for the request)."""
    table = draw(st.sampled_from(sorted(SYNCED_MODELS)))
    columns = sorted(SYNCED_MODELS[table].__table__.columns.keys())
    names = st.one_of(st.sampled_from(columns), st.sampled_from(columns), hostile_text)
    changes = {"kind": "hospital", "name": "医院"} if table == "customer" else {}
    changes.update(draw(st.dictionaries(names, hostile_value, min_size=1, max_size=4)))
    mutation = {
        "seq": draw(st.integers(min_value=1, max_value=2**53 - 1)),
        "table": table,
        "row_id": str(uuid.UUID(int=draw(st.integers(min_value=0, max_value=2**128 - 1)))),
        "op": draw(st.sampled_from(["create", "create", "update", "delete"])),
        "base_revision": draw(st.integers(min_value=0, max_value=100)),
        "changes": changes,
    }
    if draw(st.integers(min_value=0, max_value=7)) == 0:
        key = draw(st.sampled_from(["seq", "table", "row_id", "op", "base_revision"]))
        mutation[key] = draw(st.one_of(hostile_number, hostile_text))
    return mutation


def _assert_no_server_error(rep, body) -> None:
    response = rep.post("/api/v1/sync/push", content=json.dumps(body).encode(),
                        headers={"Content-Type": "application/json"})
    assert response.status_code < 500, (response.status_code, response.text, body)
    if response.status_code >= 400:
        assert response.json()["detail"], response.text
    else:
        for result in response.json()["results"]:
            assert result["status"] in {"applied", "merged", "rejected"}, result
            assert result["status"] != "rejected" or result["reason"], result


def test_no_push_body_of_any_shape_gets_a_server_error(world):
    rep = world.rep_a
    envelope_keys = st.sampled_from(["device_id", "schema_version", "mutations",
                                     *string.ascii_lowercase[:3]])

    @FUZZ
    @given(st.one_of(any_json, st.dictionaries(envelope_keys, any_json, max_size=4)))
    def arbitrary(body):
        _assert_no_server_error(rep, body)

    arbitrary()


def test_no_well_shaped_push_with_hostile_values_gets_a_server_error(world):
    rep = world.rep_a

    @FUZZ
    @given(st.lists(well_shaped_mutation(), min_size=1, max_size=4))
    def hostile(mutations):
        _assert_no_server_error(rep, {"device_id": rep.device_id,
                                      "schema_version": SCHEMA_VERSION,
                                      "mutations": mutations})

    hostile()
    # the rep's device still pushes normally afterwards
    [ok] = raw_push(rep, [{"seq": 2**52 + 7, "table": "customer", "row_id": str(uuid.uuid4()),
                           "op": "create", "changes": {"kind": "hospital", "name": "X"}}]
                    ).json()["results"]
    assert ok["status"] == "applied", ok
