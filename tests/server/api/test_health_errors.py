"""Health, OpenAPI, and the error contract: JSON bodies with detail and code."""

from desktop.models import SCHEMA_VERSION
from tests.server.helpers import HEADERS, mutation


def test_health_reports_versions(api):
    body = api.client.get("/api/v1/health").json()
    assert body == {"status": "ok", "version": "0.1.0", "schema_version": SCHEMA_VERSION,
                    "min_client_schema_version": 1}


def test_openapi_lists_the_sync_endpoints(api):
    paths = api.client.get("/openapi.json").json()["paths"]
    assert {"/api/v1/sync/push", "/api/v1/sync/pull", "/api/v1/auth/token"} <= set(paths)


def test_missing_or_bad_token_is_401_json(api):
    r = api.client.get("/api/v1/sync/pull", headers=HEADERS)
    assert r.status_code == 401 and r.json()["code"] == "not_authenticated"
    r = api.client.get("/api/v1/me", headers={"Authorization": "Bearer nonsense"})
    assert r.status_code == 401 and r.json()["code"] == "token_invalid"
    assert "sign in" in r.json()["detail"].lower()


def test_malformed_json_is_422_with_a_message(world):
    r = world.rep_a.api.client.post(
        "/api/v1/sync/push", content=b'{"device_id": "x", "mutations": [',
        headers={**world.rep_a.headers, "Content-Type": "application/json"})
    assert r.status_code == 422
    assert r.json()["code"] == "invalid_request"
    assert "not valid JSON" in r.json()["detail"]


def test_missing_field_is_422_naming_it(world):
    r = world.rep_a.post("/api/v1/sync/push", json={"device_id": world.rep_a.device_id,
                                                     "schema_version": 1})
    assert r.status_code == 422 and "mutations" in r.json()["detail"]


def test_oversized_body_is_413(world):
    big = "x" * (300 * 1024)  # the test server accepts 256 KiB
    r = world.rep_a.post("/api/v1/sync/push", json={
        "device_id": world.rep_a.device_id, "schema_version": 1,
        "mutations": [mutation("customer", kind="hospital", name="A", notes=big)]})
    assert r.status_code == 413 and r.json()["code"] == "body_too_large"


def test_too_many_mutations_is_413(world):
    r = world.rep_a.post("/api/v1/sync/push", json={
        "device_id": world.rep_a.device_id, "schema_version": 1,
        "mutations": [mutation("customer", kind="hospital", name="A") for _ in range(501)]})
    assert r.status_code == 413 and "500" in r.json()["detail"]


def test_incompatible_schema_is_426_both_header_and_body(world):
    headers = {**world.rep_a.headers, "X-Rounds-Schema-Version": str(SCHEMA_VERSION + 1)}
    r = world.rep_a.api.client.get("/api/v1/sync/pull", headers=headers)
    assert r.status_code == 426
    body = r.json()
    assert body["code"] == "schema_incompatible"
    assert body["server_schema_version"] == SCHEMA_VERSION
    assert body["min_client_schema_version"] == 1
    assert "update the server" in body["detail"]
    r = world.rep_a.post("/api/v1/sync/push", json={
        "device_id": world.rep_a.device_id, "schema_version": 0, "mutations": []})
    assert r.status_code == 426 and "too old" in r.json()["detail"]
    headers.pop("X-Rounds-Schema-Version")
    r = world.rep_a.api.client.get("/api/v1/sync/pull", headers=headers)
    assert r.status_code == 426


def test_unknown_path_is_404_json(api):
    r = api.client.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
