"""Every endpoint × every role × a foreign territory: nothing leaks, nothing is written.

Territory T1 belongs to rep_a. For rep_b (same region, other territory) and foreign_rep
(other region) T1 is foreign; the region's manager reads it and may add a customer to it (a
walk-in at their activity) or mark one lost, but changes none otherwise;
the admin administers. The test fails when an endpoint exists that it does not probe.
"""

import pytest

from tests.server.helpers import HEADERS, mutation

PUBLIC = {("GET", "/api/v1/health"), ("POST", "/api/v1/auth/token"),
          ("POST", "/api/v1/auth/refresh")}


@pytest.fixture
def setup(world, api):
    rep = world.rep_a
    customer = world.customer(rep, name="仅限T1的医院", territory_id=world.t1, tier="C")
    [visit] = rep.push(mutation("visit", customer_id=customer["id"],
                                started_at="2026-03-01T09:00:00+00:00"))
    tablet = api.login(world.names["rep_a"])
    rep.push(mutation("customer", "update", customer["id"], customer["revision"], tier="A"))
    [merged] = tablet.push(mutation("customer", "update", customer["id"],
                                    customer["revision"], tier="B"))
    return {"customer": customer, "visit": visit["row"], "conflict": merged["conflicts"][0],
            "tablet": tablet}


def _roles(world):
    return {"rep_a": world.rep_a, "rep_b": world.rep_b, "foreign_rep": world.foreign_rep,
            "manager": world.manager, "admin": world.admin}


def _no_leak(response, secret_values):
    for value in secret_values:
        assert value not in response.text, f"{value} leaked: {response.text[:300]}"


def probe_push(world, s, roles):
    c = s["customer"]
    secrets = [c["name"], s["visit"]["id"]]  # (the row id is in the caller's own request)
    for name, who in roles.items():
        field = "purchase_process" if name == "admin" else "notes"
        [update] = who.push(mutation("customer", "update", c["id"], 0,
                                     **{field: f"by {name}"}))
        [create] = who.push(mutation("customer", kind="hospital", name="新医院",
                                     territory_id=world.t1))
        [child] = who.push(mutation("visit_sample", visit_id=s["visit"]["id"], material="x",
                                    territory_id=world.t1))
        if name in ("rep_a", "admin"):
            assert update["status"] == "applied" and create["status"] == "applied"
            continue
        assert (update["status"], update["code"]) == ("rejected", "forbidden"), name
        if name == "manager":
            assert create["status"] == "applied", create  # a walk-in at their activity
        else:
            assert (create["status"], create["code"]) == ("rejected", "forbidden"), name
        # a manager writes no call report lines; for a rep, a visit outside their scope is
        # named like one that does not exist
        code = "forbidden" if name == "manager" else "bad_reference"
        assert (child["status"], child["code"]) == ("rejected", code), name
        if name == "manager":
            assert update["row"]["id"] == c["id"]  # a manager reads the region
        else:
            assert update["row"] is None and create["row"] is None
            seen = str(update) + str(create) + str(child)
            assert not [v for v in secrets if v in seen], name
    for name in ("rep_b", "foreign_rep", "manager"):
        assert f"by {name}" not in world.admin.get(
            "/api/v1/admin/audit", params={"row_id": c["id"]}).text


def probe_pull(world, s, roles):
    for name, who in roles.items():
        rows, _, _, _ = who.pull_all()
        has = ("customer", s["customer"]["id"]) in rows and ("visit", s["visit"]["id"]) in rows
        assert has == (name in ("rep_a", "manager", "admin")), name


def probe_snapshot_start(world, s, roles):
    for name, who in roles.items():
        r = who.get("/api/v1/sync/snapshot/start", params={"territory_id": world.t1})
        assert r.status_code == (200 if name in ("rep_a", "manager", "admin") else 404), name
        _no_leak(r, [] if r.status_code == 200 else [s["customer"]["id"]])


def probe_snapshot_rows(world, s, roles):
    for name, who in roles.items():
        plain = who.get("/api/v1/sync/snapshot/rows", params={"table": "customer"})
        scoped = who.get("/api/v1/sync/snapshot/rows",
                         params={"table": "visit", "territory_id": world.t1})
        if name in ("rep_a", "manager", "admin"):
            assert s["customer"]["id"] in plain.text and s["visit"]["id"] in scoped.text
        else:
            assert plain.status_code == 200 and scoped.status_code == 404, name
            _no_leak(plain, [s["customer"]["id"], s["customer"]["name"]])
            _no_leak(scoped, [s["visit"]["id"]])


def probe_verify(world, s, roles):
    """A row outside the caller's scope is answered exactly like one that does not exist."""
    import uuid

    asked = [{"table": "customer", "row_id": s["customer"]["id"],
              "revision": s["customer"]["revision"]},
             {"table": "visit", "row_id": s["visit"]["id"], "revision": s["visit"]["revision"]}]
    for name, who in roles.items():
        r = who.post("/api/v1/sync/verify", json={"rows": asked})
        assert r.status_code == 200, name
        rows = r.json()["rows"]
        if name in ("rep_a", "manager", "admin"):
            assert [row["revision"] is not None for row in rows] == [True, True], name
            continue
        missing = who.post("/api/v1/sync/verify", json={"rows": [
            {**a, "row_id": str(uuid.uuid4())} for a in asked]}).json()["rows"]
        strip = [{k: v for k, v in row.items() if k != "row_id"} for row in rows]
        assert strip == [{k: v for k, v in row.items() if k != "row_id"} for row in missing]
        assert world.t1 not in r.json()["territory_ids"], name
        _no_leak(r, [s["customer"]["name"]])


def probe_cycle(world, s, roles):
    """The one-request cycle verifies like /sync/verify, pushes like /sync/push and pages
    like /sync/pull: an outsider's sample about T1's rows holds the push, and without one
    their change of a T1 row is refused; no answer names what they may not see."""
    from desktop.models import SCHEMA_VERSION

    c = s["customer"]
    asked = [{"table": "customer", "row_id": c["id"], "revision": c["revision"]},
             {"table": "visit", "row_id": s["visit"]["id"], "revision": s["visit"]["revision"]}]
    # the page from just before these rows (other probes may have logged a thousand more)
    cursor = min(c["revision"], s["visit"]["revision"]) - 1
    for name, who in roles.items():
        body = {"device_id": who.device_id, "schema_version": SCHEMA_VERSION,
                "cursor": cursor}
        sampled = who.post("/api/v1/sync/cycle", json={**body, "verify": asked})
        assert sampled.status_code == 200, (name, sampled.text)
        answer = sampled.json()
        if name in ("rep_a", "manager", "admin"):
            ids = {change["row"]["id"] for change in answer["pull"]["changes"]}
            assert "held" not in answer and {c["id"], s["visit"]["id"]} <= ids, name
            continue
        assert answer["held"] == "verify" and answer["pull"] is None, name
        _no_leak(sampled, [c["name"]])
        edit = mutation("customer", "update", c["id"], 0, notes=f"by {name}")
        pushed = who.post("/api/v1/sync/cycle", json={**body, "mutations": [edit]})
        [result] = pushed.json()["push"]["results"]
        assert (result["status"], result["code"], result["row"]) == (
            "rejected", "forbidden", None), name
        _no_leak(pushed, [c["name"], s["visit"]["id"]])
    audit = world.admin.get("/api/v1/admin/audit", params={"row_id": c["id"]}).text
    assert "by rep_b" not in audit and "by foreign_rep" not in audit


def probe_conflicts(world, s, roles):
    roles = {**roles, "rep_a_tablet": s["tablet"]}
    for name, who in roles.items():
        r = who.get("/api/v1/sync/conflicts")
        assert r.status_code == 200
        assert (s["conflict"]["id"] in r.text) == name.startswith("rep_a"), name


def probe_resolve(world, s, roles):
    path = f"/api/v1/sync/conflicts/{s['conflict']['id']}/resolve"
    for name, who in roles.items():
        if name == "rep_a":
            continue
        r = who.post(path)
        assert r.status_code == 404, name
        _no_leak(r, [s["customer"]["id"]])
    assert roles["rep_a"].post(path).status_code == 200


def probe_me(world, s, roles):
    for name, who in roles.items():
        body = who.get("/api/v1/me").json()
        assert body["username"] == world.names[name]
        assert (world.t1 in body["territory_ids"]) == (name in ("rep_a", "manager")), name


def admin_only(method, path, body=None):
    def probe(world, s, roles):
        concrete = path.format(user_id=world.rep_b.user["id"], territory_id=world.t2)
        for name, who in roles.items():
            call = who.get if method == "GET" else who.post
            if method == "PATCH":
                r = who.api.client.patch(concrete, headers=who.headers, json=body)
            else:
                r = call(concrete, **({"json": body} if body is not None else {}))
            if name == "admin":
                assert r.status_code not in (401, 403), (name, r.text)
            else:
                assert r.status_code == 403 and r.json()["code"] == "forbidden", (name, path)
                _no_leak(r, [s["customer"]["id"], world.names["rep_b"]])
    return probe


def probe_targets_get(world, s, roles):
    for who in roles.values():
        assert who.get("/api/v1/targets").status_code == 200


def probe_targets_put(world, s, roles):
    for name, who in roles.items():
        r = who.api.client.put("/api/v1/targets", headers=who.headers, json={
            "tier": "C", "calls_per_month": 2, "region_id": world.region_id})
        allowed = name in ("manager", "admin")
        assert (r.status_code == 200) == allowed, (name, r.text)
        if not allowed:
            assert r.status_code == 403


PROBES = {
    ("POST", "/api/v1/sync/push"): probe_push,
    ("GET", "/api/v1/sync/pull"): probe_pull,
    ("GET", "/api/v1/sync/snapshot/start"): probe_snapshot_start,
    ("GET", "/api/v1/sync/snapshot/rows"): probe_snapshot_rows,
    ("GET", "/api/v1/sync/conflicts"): probe_conflicts,
    ("POST", "/api/v1/sync/verify"): probe_verify,
    ("POST", "/api/v1/sync/cycle"): probe_cycle,
    ("POST", "/api/v1/sync/conflicts/{conflict_id}/resolve"): probe_resolve,
    ("GET", "/api/v1/me"): probe_me,
    ("POST", "/api/v1/auth/revoke"): admin_only(
        "POST", "/api/v1/auth/revoke", {"user_id": "nobody", "device_id": "none"}),
    ("GET", "/api/v1/admin/users"): admin_only("GET", "/api/v1/admin/users"),
    ("POST", "/api/v1/admin/users"): admin_only(
        "POST", "/api/v1/admin/users", {"username": "x", "password": "short", "role": "rep"}),
    ("PATCH", "/api/v1/admin/users/{user_id}"): admin_only(
        "PATCH", "/api/v1/admin/users/{user_id}", {"display_name": "B"}),
    ("POST", "/api/v1/admin/territories/{territory_id}/reassign"): admin_only(
        "POST", "/api/v1/admin/territories/{territory_id}/reassign",
        {"to_username": "nobody"}),
    ("GET", "/api/v1/admin/audit"): admin_only("GET", "/api/v1/admin/audit"),
    ("GET", "/api/v1/targets"): probe_targets_get,
    ("PUT", "/api/v1/targets"): probe_targets_put,
}


def _endpoints(app) -> set[tuple[str, str]]:
    return {(method.upper(), path) for path, ops in app.openapi()["paths"].items()
            for method in ops}


def test_every_endpoint_is_probed(app):
    missing = _endpoints(app) - set(PROBES) - PUBLIC
    assert not missing, f"add these endpoints to the authorisation matrix: {sorted(missing)}"


def test_anonymous_callers_get_401_everywhere_but_public_endpoints(app, api):
    for method, path in sorted(_endpoints(app) - PUBLIC):
        concrete = path.replace("{", "").replace("}", "")
        r = api.client.request(method, concrete, headers=HEADERS, json={})
        assert r.status_code == 401, (method, path, r.status_code)
        assert r.json()["code"] == "not_authenticated"


@pytest.mark.parametrize("endpoint", sorted(PROBES), ids=lambda e: f"{e[0]} {e[1]}")
def test_role_and_foreign_territory_matrix(endpoint, app, world, setup):
    if endpoint not in _endpoints(app):
        pytest.fail(f"{endpoint} is probed but no longer exists; update the matrix")
    PROBES[endpoint](world, setup, _roles(world))
